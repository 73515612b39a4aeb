//! What leaves the page as text: the exports (CSV, iCalendar, Markdown, plain text), the
//! sentences the live region says, and what the page and the terminal share to word and
//! format the results (the tables' model, the objectives' naming, [`Ctx`]). The page's own
//! results are a view model ([`crate::view`]), drawn by the element's templates.

pub mod calendar;
pub(crate) mod changes;
mod csv;
mod export;
pub mod html;
pub(crate) mod naming;
pub(crate) mod table_model;
pub(crate) mod table_write;

use std::borrow::Cow;
use std::fmt::{self, Display, Write};

use crate::format::{Money, Number, Percent};
use crate::model::Locale;
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
    let mut s = visible(&out.okr.objective).into_owned();
    for kr in &out.okr.key_results {
        s.push_str("\n- ");
        s.push_str(&visible(kr));
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

/// Whether `c` acts on what a terminal or an editor shows without being seen: a control
/// character (U+0000–U+001F, U+007F–U+009F), or a bidirectional override or isolate
/// (U+202A–U+202E, U+2066–U+2069), which shows the rest of a line in another order.
pub fn unseen(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` with each [`unseen`] character written as its code, `\u{1b}`: a name echoed to a
/// terminal, a copy or a file can then neither clear the screen, cut a line nor reorder it.
/// Validation refuses control characters in names; a plan built natively may hold them.
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(unseen) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        push_visible(&mut out, c);
    }
    Cow::Owned(out)
}

/// Appends `c`, as its code when it is [`unseen`] (see [`visible`]).
pub(crate) fn push_visible(out: &mut String, c: char) {
    match unseen(c) {
        true => w!(out, "\\u{{{:x}}}", u32::from(c)),
        false => out.push(c),
    }
}

/// `text` escaped for Markdown (see [`MarkdownText`]).
pub(crate) fn markdown_text(text: &str) -> String {
    MarkdownText(text).to_string()
}

/// Text as Markdown shows it literally: what could be markup or HTML (`*`, `_`, `[`, `<`, `` ` ``…),
/// for instance in a channel's name, is escaped with a backslash; a control character, a line
/// break included, is shown as its code ([`visible`]), so it can neither cut a table nor start
/// a list item.
struct MarkdownText<'a>(&'a str);

impl Display for MarkdownText<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in visible(self.0).chars() {
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

/// A one-sentence summary for screen readers (the live region):
/// `Objectif : 1 597 440 € (+30 %), CPA cible 21,60 €, 4 canaux.` (plain text, not HTML).
pub fn summary_text(out: &PlanOutput) -> String {
    let ctx = Ctx::new(out.locale, &out.currency);
    let money = |x: f64| ctx.money(x).money;
    let n = out.channels.len();
    let l = ctx.l;
    let channels = if n > 1 {
        results::CHANNEL_NOUN_MANY
    } else {
        results::CHANNEL_NOUN_ONE
    };
    let mut s = results::SUMMARY.fill(
        l,
        &[
            &money(out.goal.target_revenue),
            &ctx.spct(out.goal.growth_rate, 1),
            &money(out.unit_economics.target_cpa),
            &n,
            &channels.get(l),
        ],
    );
    let k = out.warnings.len();
    if k > 0 {
        let points = if k > 1 {
            results::POINT_TO_WATCH_MANY
        } else {
            results::POINT_TO_WATCH_ONE
        };
        w!(&mut s, ", {k} {}", points.get(l));
    }
    s.push('.');
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

    /// What `a → b` says aloud: `a à b` / `a to b`.
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
