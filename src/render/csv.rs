//! The plan as CSV for spreadsheets (RFC 4180, CRLF, UTF-8 BOM): channel × quarter targets
//! and budget, monthly targets and budget, alert rules, SMART objectives.
//!
//! French: `;` between fields and a decimal comma, as French Excel expects; English: `,` and `.`.
//! No thousands separators. Text cells are always quoted; one that starts like a formula
//! (`=`, `+`, `-`, `@`) gets a leading `'` so a spreadsheet shows it as text, and a control
//! character (a tab, a line break in a name) is written as its code (`\u{9}`).

use super::push_visible;
use crate::model::Locale;
use crate::output::PlanOutput;
use crate::words::{common, csv, results};

/// A text cell, always quoted, quotes doubled, formula-like starts neutralised.
fn text(s: &mut String, value: &str) {
    s.push('"');
    if value.starts_with(['=', '+', '-', '@']) {
        s.push('\'');
    }
    for c in value.chars() {
        if c == '"' {
            s.push('"');
        }
        push_visible(s, c);
    }
    s.push('"');
}

/// A number with `decimals` places, the locale's decimal mark, no grouping; empty if not finite.
fn number(s: &mut String, x: f64, decimals: usize, locale: Locale) {
    if !x.is_finite() {
        return;
    }
    let point = match locale {
        Locale::Fr => ',',
        Locale::En => '.',
    };
    s.push_str(&crate::format::fixed(x, decimals, point));
}

/// `;` in French (whose decimal mark is the comma), `,` in English.
fn separator(locale: Locale) -> char {
    match locale {
        Locale::Fr => ';',
        Locale::En => ',',
    }
}

/// The header row: each name a text cell.
fn header(s: &mut String, sep: char, names: &[&str]) {
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            s.push(sep);
        }
        text(s, name);
    }
    s.push_str("\r\n");
}

/// The header row, the currency after each amount's name (`CA visé (EUR)`), so that amounts
/// are not read as another currency. `money[i]` says whether column `i` is an amount.
fn money_header(s: &mut String, sep: char, names: &[&str], money: &[bool], currency: &str) {
    let named: Vec<String> = names
        .iter()
        .zip(money)
        .map(|(name, m)| match m {
            true => format!("{name} ({currency})"),
            false => name.to_string(),
        })
        .collect();
    let named: Vec<&str> = named.iter().map(String::as_str).collect();
    header(s, sep, &named);
}

/// Channel × quarter targets with the budget (planned spend and all the orders it should
/// bring), each quarter closed by its total row.
pub(crate) fn targets_csv(out: &PlanOutput) -> String {
    let locale = out.locale;
    let sep = separator(locale);
    let mut s = String::with_capacity(256 + 128 * 4 * (out.channels.len() + 1));
    s.push('\u{FEFF}');
    let names = [
        common::QUARTER,
        csv::CHANNEL_ID,
        common::CHANNEL,
        common::EXTRA_REVENUE,
        csv::TARGET_SESSIONS_PER_MONTH,
        common::TARGET_REVENUE,
        results::PLANNED_SPEND,
        csv::PLANNED_ORDERS,
    ]
    .map(|w| w.get(locale));
    let money = [false, false, false, true, false, true, true, false];
    money_header(&mut s, sep, &names, &money, &out.currency);
    let total = common::TOTAL.get(locale);
    for q in &out.quarters {
        let mut sessions = 0.0;
        let mut orders = 0.0;
        for (c, qc) in out.channels.iter().zip(&q.channels) {
            sessions += qc.target_sessions_per_month;
            orders += qc.planned_orders;
            text(&mut s, &q.label);
            s.push(sep);
            text(&mut s, &c.id);
            s.push(sep);
            text(&mut s, &c.label);
            s.push(sep);
            number(&mut s, qc.extra_revenue, 2, locale);
            s.push(sep);
            number(&mut s, qc.target_sessions_per_month, 0, locale);
            s.push(sep);
            s.push(sep);
            number(&mut s, qc.planned_spend, 2, locale);
            s.push(sep);
            number(&mut s, qc.planned_orders, 0, locale);
            s.push_str("\r\n");
        }
        text(&mut s, &q.label);
        s.push(sep);
        s.push_str("\"\"");
        s.push(sep);
        text(&mut s, total);
        s.push(sep);
        number(&mut s, q.extra_revenue, 2, locale);
        s.push(sep);
        number(&mut s, sessions, 0, locale);
        s.push(sep);
        number(&mut s, q.target_revenue, 2, locale);
        s.push(sep);
        number(&mut s, q.planned_spend, 2, locale);
        s.push(sep);
        number(&mut s, orders, 0, locale);
        s.push_str("\r\n");
    }
    s
}

/// The twelve months: revenue target and planned spend, for a monthly budget and follow-up.
pub(crate) fn months_csv(out: &PlanOutput) -> String {
    let locale = out.locale;
    let sep = separator(locale);
    let mut s = String::with_capacity(128 + 96 * out.months.len());
    s.push('\u{FEFF}');
    let names = [
        results::MONTH,
        csv::YEAR,
        csv::MONTH_NUMBER,
        common::BASELINE_REVENUE,
        common::EXTRA_REVENUE,
        common::TARGET_REVENUE,
        results::PLANNED_SPEND,
    ]
    .map(|w| w.get(locale));
    let money = [false, false, false, true, true, true, true];
    money_header(&mut s, sep, &names, &money, &out.currency);
    for m in &out.months {
        text(&mut s, &m.label);
        s.push(sep);
        number(&mut s, f64::from(m.year), 0, locale);
        s.push(sep);
        number(&mut s, f64::from(m.month), 0, locale);
        for amount in [
            m.baseline_revenue,
            m.extra_revenue,
            m.target_revenue,
            m.planned_spend,
        ] {
            s.push(sep);
            number(&mut s, amount, 2, locale);
        }
        s.push_str("\r\n");
    }
    s
}

/// The alert rules (§12) for a dashboard or a spreadsheet: quarter, channel, metric,
/// comparator, threshold. Metrics and comparators are the contract's codes, stable across
/// languages; the channel is its id (empty for the quarter's revenue).
pub(crate) fn alert_rules_csv(out: &PlanOutput) -> String {
    use crate::output::Metric;
    let locale = out.locale;
    let sep = separator(locale);
    let mut s = String::with_capacity(64 + 64 * out.alert_rules.len());
    s.push('\u{FEFF}');
    let names = [
        common::QUARTER,
        common::CHANNEL,
        csv::METRIC,
        csv::COMPARATOR,
        csv::THRESHOLD,
    ];
    header(&mut s, sep, &names.map(|w| w.get(locale)));
    for rule in &out.alert_rules {
        let label = out
            .quarters
            .get(usize::from(rule.quarter).saturating_sub(1))
            .map_or("", |q| q.label.as_str());
        text(&mut s, label);
        s.push(sep);
        text(&mut s, rule.channel.as_deref().unwrap_or(""));
        s.push(sep);
        text(&mut s, rule.metric.code());
        s.push(sep);
        text(&mut s, rule.comparator.symbol());
        s.push(sep);
        let decimals = if rule.metric == Metric::ConversionRate {
            6
        } else {
            2
        };
        number(&mut s, rule.threshold, decimals, locale);
        s.push_str("\r\n");
    }
    s
}

/// The SMART objectives, one row each: scope, subject (empty for the plan's), sentence, then
/// each check's status word and reason, as the page shows them.
pub(crate) fn objectives_csv(out: &PlanOutput) -> String {
    use super::naming::{objective_about, scope_word};
    let locale = out.locale;
    let ctx = super::Ctx::new(locale, &out.currency);
    let sep = separator(locale);
    let mut s = String::with_capacity(128 + 512 * out.objectives.len());
    s.push('\u{FEFF}');
    let names = [
        csv::SCOPE,
        csv::SUBJECT,
        results::OBJECTIVE,
        results::ACHIEVABLE,
        csv::ACHIEVABLE_REASON,
        results::REALISTIC,
        csv::REALISTIC_REASON,
    ];
    header(&mut s, sep, &names.map(|w| w.get(locale)));
    for o in &out.objectives {
        text(&mut s, scope_word(o.scope, &ctx));
        s.push(sep);
        text(
            &mut s,
            objective_about(&ctx, out, o).as_deref().unwrap_or(""),
        );
        s.push(sep);
        text(&mut s, &o.text);
        for (_, check, (_, word)) in super::naming::named_checks(&ctx, o) {
            s.push(sep);
            text(&mut s, word);
            s.push(sep);
            text(&mut s, &check.reason);
        }
        s.push_str("\r\n");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells() {
        let mut s = String::new();
        text(&mut s, "=HYPERLINK(\"x\")");
        assert_eq!(s, "\"'=HYPERLINK(\"\"x\"\")\"");
        let mut s = String::new();
        number(&mut s, 1234.5, 2, Locale::Fr);
        s.push('|');
        number(&mut s, -0.001, 2, Locale::En);
        s.push('|');
        number(&mut s, f64::NAN, 2, Locale::En);
        assert_eq!(s, "1234,50|0.00|");
    }
}
