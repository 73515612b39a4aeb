//! A plain-text summary of a plan, for the terminal (`boussole plan --format table`).

use crate::format::{count, money, percent, signed_percent};
use crate::model::Locale;
use crate::output::{PlanOutput, Verdict};
use crate::words::{common, table};

/// Columns padded to their widest cell; numbers right-aligned.
fn grid(header: &[&str], rows: &[Vec<String>]) -> String {
    let width = |i: usize| {
        rows.iter()
            .map(|r| r[i].chars().count())
            .chain(std::iter::once(header[i].chars().count()))
            .max()
            .unwrap_or(0)
    };
    let widths: Vec<usize> = (0..header.len()).map(width).collect();
    let line = |cells: Vec<&str>| {
        cells
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let pad = widths[i] - c.chars().count();
                if i == 0 {
                    format!("{c}{}", " ".repeat(pad))
                } else {
                    format!("{}{c}", " ".repeat(pad))
                }
            })
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_string()
    };
    let mut out = vec![line(header.to_vec())];
    out.push(
        widths
            .iter()
            .map(|w| "-".repeat(*w))
            .collect::<Vec<_>>()
            .join("  "),
    );
    for r in rows {
        out.push(line(r.iter().map(String::as_str).collect()));
    }
    out.join("\n")
}

fn verdict_word(v: Option<Verdict>, locale: Locale) -> &'static str {
    v.map_or("-", |v| crate::text::verdict_word(v, locale))
}

/// The plan's headline, channel targets, unit economics and quarters as text.
pub fn plan_table(out: &PlanOutput) -> String {
    let l = out.locale;
    let m = |x: f64| money(x, &out.currency, l);
    let opt_m = |x: Option<f64>| x.map(m).unwrap_or_else(|| "-".into());
    let mut s = String::new();
    let g = &out.goal;
    s += &table::HEADLINE.fill(
        l,
        &[
            &m(out.baseline.annual_revenue),
            &m(g.target_revenue),
            &signed_percent(g.growth_rate, 1, l),
        ],
    );
    s += "\n\n";
    let header = [
        common::CHANNEL,
        common::EXTRA_REVENUE_ABBR,
        common::EXTRA_ORDERS_ABBR,
        table::TARGET_SESSIONS_PER_MONTH,
        table::REQUIRED_CONVERSION,
        common::CPA,
        common::TARGET_CPA,
        common::VERDICT,
    ]
    .map(|w| w.get(l));
    let rows: Vec<Vec<String>> = out
        .channels
        .iter()
        .map(|c| {
            vec![
                c.label.clone(),
                m(c.extra_revenue),
                count(c.extra_orders, l),
                count(c.target_sessions_per_month, l),
                c.required_conversion_rate
                    .map(|r| percent(r, 2, l))
                    .unwrap_or_else(|| "-".into()),
                opt_m(c.cpa),
                m(c.target_cpa),
                verdict_word(c.verdict, l).to_string(),
            ]
        })
        .collect();
    s += &grid(&header, &rows);
    let u = &out.unit_economics;
    s += "\n\n";
    s += &table::UNIT_ECONOMICS_LINE.fill(
        l,
        &[
            &m(u.margin_per_order),
            &crate::format::amount(u.break_even_roas, l),
            &m(u.max_cpa_first_order),
            &m(u.max_cpa_lifetime),
            &m(u.target_cpa),
            &crate::format::amount(u.target_roas, l),
        ],
    );
    s += "\n";
    s += &table::COSTS.fill(
        l,
        &[&m(out.totals.extra_cost), &opt_m(out.totals.blended_cpa)],
    );
    s += "\n\n";
    let header = [
        common::QUARTER,
        common::BASELINE_REVENUE,
        common::EXTRA_REVENUE_ABBR,
        common::TARGET_REVENUE,
        common::YEAR_ON_YEAR,
        common::GOAL_SO_FAR,
    ]
    .map(|w| w.get(l));
    let rows: Vec<Vec<String>> = out
        .quarters
        .iter()
        .map(|q| {
            vec![
                q.label.clone(),
                m(q.baseline_revenue),
                m(q.extra_revenue),
                m(q.target_revenue),
                signed_percent(q.yoy_growth_rate, 1, l),
                percent(q.cumulative_goal_share, 0, l),
            ]
        })
        .collect();
    s += &grid(&header, &rows);
    for w in &out.warnings {
        s += &format!("\n! {}", w.message);
    }
    s
}

use crate::text::{quarter_status_word as status_word, reforecast_word};

/// The review's quarters, progress and alerts as text.
pub fn review_table(out: &crate::review::ReviewOutput) -> String {
    let l = out.plan.locale;
    let m = |x: f64| money(x, &out.plan.currency, l);
    let opt = |x: Option<String>| x.unwrap_or_else(|| "-".into());
    let header = [
        common::QUARTER,
        common::STATUS,
        common::ACTUAL_REVENUE,
        common::TARGET_REVENUE,
        common::ATTAINMENT,
        common::REFORECAST,
        table::REFORECAST_YOY,
    ]
    .map(|w| w.get(l));
    let rows: Vec<Vec<String>> = out
        .quarters
        .iter()
        .map(|q| {
            vec![
                q.label.clone(),
                status_word(q.status, l).to_string(),
                opt(q.actual_revenue.map(m)),
                m(q.target_revenue),
                opt(q.attainment.map(|a| percent(a, 1, l))),
                opt(q.reforecast_target_revenue.map(m)),
                opt(q
                    .reforecast_yoy_growth_rate
                    .map(|g| signed_percent(g, 1, l))),
            ]
        })
        .collect();
    let p = &out.progress;
    let mut s = grid(&header, &rows);
    s += "\n\n";
    s += &table::REVIEW_PROGRESS.fill(
        l,
        &[
            &m(p.extra_so_far),
            &percent(p.goal_share_reached, 0, l),
            &m(p.remaining_extra),
            &m(p.projected_revenue),
            &percent(p.projected_goal_attainment, 0, l),
            &reforecast_word(p.reforecast_status, l),
        ],
    );
    for a in &out.alerts {
        s += &format!("\n! {}", a.message);
    }
    s
}
