//! The results of a plan (and of a quarterly review) as HTML and SVG strings, for the page.
//!
//! Everything is written into one `String` with `write!`; every text that comes from the user
//! (channel labels and ids, sentences that embed them, messages, the currency) is escaped with
//! [`html::Esc`]. No inline `style`, no event handler attribute, no script: the page styles the
//! `bp-` classes from `www/css/results.css` and handles the `data-action` buttons itself.

pub mod calendar;
mod chart;
mod csv;
mod curve;
mod export;
mod glance;
mod glossary;
pub mod html;
mod milestones;
pub(crate) mod naming;
mod parts;
pub mod patch;
mod plan;
mod review;
pub(crate) mod table_model;
pub(crate) mod table_write;

use std::fmt::{self, Display, Write};

use crate::format::{Money, Number, Percent};
use crate::model::{Locale, PlanInput};
use crate::output::PlanOutput;
use crate::review::ReviewOutput;
use crate::words::{common, counted, results, review as words_review, Words};

pub use html::{escape, Esc};
pub(crate) use naming::named_checks;

/// `write!` into a `String` (or a `&mut String`), which cannot fail: the one `w!` of the crate.
macro_rules! w {
    ($dst:expr, $($arg:tt)*) => {{
        use ::std::fmt::Write as _;
        let _ = $dst.write_fmt(format_args!($($arg)*));
    }};
}
pub(crate) use w;

/// Every section of the results, in the plan's locale; user text escaped.
pub fn results_html(out: &PlanOutput) -> String {
    plan::results_html(out, None, None)
}

/// What the results show of the plan's history beyond its output: the months themselves, and
/// whether the seasonality and the past growth were typed (else the history gave them).
#[derive(Debug, Clone, Copy)]
pub struct HistoryView<'a> {
    pub months: &'a [f64],
    pub seasonality_typed: bool,
    pub growth_typed: bool,
}

/// The same, with the plan's history drawn before its own months (§15), and the plan's
/// inputs in the printout's header when given.
pub fn results_html_with_history(
    out: &PlanOutput,
    history: Option<HistoryView>,
    input: Option<&PlanInput>,
) -> String {
    plan::results_html(out, history, input)
}

/// Channel × quarter targets as CSV (French: `;` and decimal comma), for spreadsheets:
/// UTF-8 BOM, a header row, one row per quarter and channel then the quarter's total, CRLF.
pub fn targets_csv(out: &PlanOutput) -> String {
    csv::targets_csv(out)
}

/// The alert rules (§12) as CSV, for Looker Studio, Power BI or a spreadsheet.
/// The twelve months' revenue targets and planned spend as CSV.
pub fn months_csv(out: &PlanOutput) -> String {
    csv::months_csv(out)
}

pub fn alert_rules_csv(out: &PlanOutput) -> String {
    csv::alert_rules_csv(out)
}

/// The SMART objectives as CSV, one row each: scope, subject, sentence, and both checks.
pub fn objectives_csv(out: &PlanOutput) -> String {
    csv::objectives_csv(out)
}

pub use export::{objectives_markdown, objectives_text};

/// The OKR as plain text: the objective, then one key result per line.
pub fn okr_text(out: &PlanOutput) -> String {
    let mut s = out.okr.objective.clone();
    for kr in &out.okr.key_results {
        s.push_str("\n- ");
        s.push_str(kr);
    }
    s
}

/// The OKR as Markdown: the objective as a heading, the key results as a numbered list.
pub fn okr_markdown(out: &PlanOutput) -> String {
    okr_markdown_at(out, "##")
}

/// The same with the objective's heading at `level` (`##`, `###`), to nest it under another.
fn okr_markdown_at(out: &PlanOutput, level: &str) -> String {
    let l = out.locale;
    let mut s = format!(
        "{level} {}{}{}\n\n",
        results::OBJECTIVE.get(l),
        common::COLON.get(l),
        MarkdownText(&out.okr.objective)
    );
    for (i, kr) in out.okr.key_results.iter().enumerate() {
        w!(&mut s, "{}. {}\n", i + 1, MarkdownText(kr));
    }
    s
}

/// `text` escaped for Markdown (see [`MarkdownText`]).
pub(crate) fn markdown_text(text: &str) -> String {
    MarkdownText(text).to_string()
}

/// Text as Markdown shows it literally: what could be markup or HTML (`*`, `_`, `[`, `<`, `` ` ``…),
/// for instance in a channel's name, is escaped with a backslash.
struct MarkdownText<'a>(&'a str);

impl Display for MarkdownText<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in self.0.chars() {
            if matches!(
                c,
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '!' | '&'
            ) {
                f.write_char('\\')?;
            }
            f.write_char(c)?;
        }
        Ok(())
    }
}

/// The plan at a glance, for the bar that stays in sight while editing.
pub fn glance_html(out: &PlanOutput) -> String {
    glance::glance_html(out)
}

/// A one-sentence summary for screen readers (the live region).
pub fn summary_text(out: &PlanOutput) -> String {
    plan::summary_text(out)
}

/// A quarterly review: closed quarters against the plan, the reforecast, channel KPIs, alerts.
pub fn review_html(review: &ReviewOutput) -> String {
    review::review_html(review)
}

/// What the review view shows before any quarter is closed: what a review is, and how to start.
pub fn review_empty_html(locale: Locale) -> String {
    let ctx = Ctx::new(locale, "EUR");
    let mut s = String::with_capacity(1_000);
    w!(
        &mut s,
        "<div class=\"bp-review\" lang=\"{}\" data-testid=\"review-empty\">\n",
        locale.code()
    );
    parts::open_section(&mut s, "review-intro", common::QUARTERLY_REVIEW.get(ctx.l));
    w!(
        &mut s,
        "<p class=\"bp-intro\">{}</p>\n<p class=\"bp-intro\">{}</p>\n",
        words_review::EMPTY_NOTHING_CLOSED.get(ctx.l),
        words_review::EMPTY_WHAT_IT_DOES.get(ctx.l)
    );
    parts::close_section(&mut s);
    s.push_str("</div>\n");
    s
}

/// A one-sentence summary of a review for screen readers (the live region).
pub fn review_summary_text(review: &ReviewOutput) -> String {
    let out = &review.plan;
    let ctx = Ctx::new(out.locale, &out.currency);
    let closed = review
        .quarters
        .iter()
        .filter(|q| q.actual_revenue.is_some())
        .count();
    let status = crate::text::reforecast_word(review.progress.reforecast_status, out.locale);
    let projected = ctx.money(review.progress.projected_revenue).money;
    let alerts = review.alerts.len();
    let l = out.locale;
    let quarters = counted(
        closed,
        l,
        words_review::CLOSED_ONE,
        words_review::CLOSED_MANY,
    );
    let quarters = Words {
        fr: quarters,
        en: quarters,
    }
    .fill(l, &[&closed]);
    let alert_noun = counted(
        alerts,
        l,
        words_review::ALERT_NOUN_ONE,
        words_review::ALERT_NOUN_MANY,
    );
    words_review::SUMMARY.fill(l, &[&quarters, &status, &projected, &alerts, &alert_noun])
}

/// Locale, currency and number formatting for one rendering.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Ctx<'a> {
    pub l: Locale,
    pub cur: &'a str,
    /// The currency code cannot hold markup (a validated ISO code): money needs no escaping.
    plain_cur: bool,
}

impl<'a> Ctx<'a> {
    pub(crate) fn new(l: Locale, cur: &'a str) -> Self {
        Ctx {
            l,
            cur,
            plain_cur: cur.bytes().all(|b| b.is_ascii_alphanumeric()),
        }
    }

    /// Money, escaped when the currency code (user input) could hold markup.
    pub(crate) fn money(&self, x: f64) -> MoneyHtml<'a> {
        MoneyHtml {
            money: Money {
                amount: x,
                currency: self.cur,
                locale: self.l,
            },
            escape: !self.plain_cur,
        }
    }

    pub(crate) fn pct(&self, rate: f64, max_decimals: usize) -> Percent {
        Percent {
            rate,
            max_decimals,
            signed: false,
            locale: self.l,
        }
    }

    pub(crate) fn spct(&self, rate: f64, max_decimals: usize) -> Percent {
        Percent {
            signed: true,
            ..self.pct(rate, max_decimals)
        }
    }

    pub(crate) fn count(&self, x: f64) -> Number {
        Number {
            value: x,
            decimals: 0,
            trim: false,
            locale: self.l,
        }
    }

    /// A ratio such as a ROAS: up to two decimals (`2,22`, `6.5`).
    pub(crate) fn ratio(&self, x: f64) -> Number {
        Number {
            value: x,
            decimals: 2,
            trim: true,
            locale: self.l,
        }
    }

    /// Percentage points with their sign (`+5 pts`, `−4,5 pts`).
    pub(crate) fn points(&self, fraction: f64) -> Points {
        Points {
            value: fraction * 100.0,
            locale: self.l,
        }
    }

    /// ` : ` in French, `: ` in English.
    pub(crate) fn colon(&self) -> &'static str {
        common::COLON.get(self.l)
    }

    /// Visually `a → b`; read aloud as `a à b` / `a to b`.
    pub(crate) fn arrow(&self) -> &'static str {
        common::ARROW.get(self.l)
    }
}

/// See [`Ctx::money`]; `.money` is the plain-text value.
#[derive(Debug, Clone, Copy)]
pub(crate) struct MoneyHtml<'a> {
    pub money: Money<'a>,
    escape: bool,
}

impl Display for MoneyHtml<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.escape {
            Esc(self.money).fmt(f)
        } else {
            self.money.fmt(f)
        }
    }
}

/// See [`Ctx::points`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct Points {
    value: f64,
    locale: Locale,
}

impl Display for Points {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = Number {
            value: self.value,
            decimals: 1,
            trim: true,
            locale: self.locale,
        };
        let rounded = (self.value * 10.0).round() / 10.0;
        if rounded > 0.0 {
            f.write_char('+')?;
        }
        let unit = if rounded.abs() <= 1.0 { "pt" } else { "pts" };
        write!(f, "{n}\u{A0}{unit}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::review::{review, QuarterActuals, ReviewInput};

    /// The example plan reviewed after `closed` quarters, each made at `revenue`.
    fn summary(locale: Locale, closed: u8, revenue: f64) -> String {
        let actuals = (1..=closed)
            .map(|quarter| QuarterActuals {
                quarter,
                revenue,
                channels: Vec::new(),
            })
            .collect();
        review_summary_text(&review(&ReviewInput {
            plan: crate::example::example_plan(locale),
            actuals,
        }))
    }

    #[test]
    fn review_summary_counts_quarters_and_alerts_in_each_language() {
        use Locale::{En, Fr};
        // A good quarter raises no alert; each quarter made at 1 raises one.
        let (good, bad) = (400_000.0, 1.0);
        let cases = [
            (
                En,
                1,
                good,
                "Review of one closed quarter: on track",
                ", 0 alerts.",
            ),
            (En, 1, bad, "Review of one closed quarter: ", ", 1 alert."),
            (En, 2, bad, "Review of 2 closed quarters: ", ", 2 alerts."),
            (
                Fr,
                1,
                good,
                "Revue d’un trimestre clos\u{202f}: en bonne voie",
                ", 0 alerte.",
            ),
            (
                Fr,
                1,
                bad,
                "Revue d’un trimestre clos\u{202f}: ",
                ", 1 alerte.",
            ),
            (
                Fr,
                2,
                bad,
                "Revue de 2 trimestres clos\u{202f}: ",
                ", 2 alertes.",
            ),
        ];
        for (locale, closed, revenue, start, end) in cases {
            let text = summary(locale, closed, revenue);
            assert!(text.starts_with(start) && text.ends_with(end), "{text}");
        }
    }
}
