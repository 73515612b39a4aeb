//! A plain-text summary of a plan, for the terminal (`boussole plan --format table`).
//!
//! The tables are the page's ([`table_model`]): same columns, same words, written as a
//! padded grid.

use crate::format::{money, percent, signed_percent};
use crate::output::PlanOutput;
use crate::render::table_model::{self, write_text};
use crate::render::Ctx;
use crate::review::ReviewOutput;
use crate::text::reforecast_word;
use crate::words::table;

/// The plan's headline, channel targets, unit economics and quarters as text.
pub fn plan_table(out: &PlanOutput) -> String {
    let l = out.locale;
    let ctx = Ctx::new(l, &out.currency);
    let m = |x: f64| money(x, &out.currency, l);
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
    s += &write_text(&table_model::channel_targets(&ctx, out));
    let u = &out.unit_economics;
    s += "\n\n";
    s += &table::UNIT_ECONOMICS_LINE.fill(
        l,
        &[
            &m(u.margin_per_order),
            &u.break_even_roas
                .map_or("—".into(), |x| crate::format::amount(x, l)),
            &m(u.max_cpa_first_order),
            &m(u.max_cpa_lifetime),
            &m(u.target_cpa),
            &u.target_roas
                .map_or("—".into(), |x| crate::format::amount(x, l)),
        ],
    );
    s += "\n\n";
    s += &write_text(&table_model::quarters(&ctx, out));
    for w in &out.warnings {
        s += &format!("\n! {}", w.message);
    }
    s
}

/// The review's quarters, progress and alerts as text.
pub fn review_table(out: &ReviewOutput) -> String {
    let l = out.plan.locale;
    let m = |x: f64| money(x, &out.plan.currency, l);
    let ctx = Ctx::new(l, &out.plan.currency);
    let p = &out.progress;
    let mut s = write_text(&table_model::review_quarters(&ctx, out));
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
