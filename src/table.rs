//! A plain-text summary of a plan, for the terminal (`boussole plan --format table`).
//!
//! The tables are the page's ([`table_model`]): same columns, same words, written as a
//! padded grid.

use crate::format::{money, percent, signed_percent};
use crate::output::PlanOutput;
use crate::render::table_model::{self, write_text};
use crate::render::{check_word, Ctx};
use crate::review::ReviewOutput;
use crate::text::reforecast_word;
use crate::words::{results, table};

/// The whole plan as text: headline, unit economics, channel targets, the paid split,
/// quarters, scenarios, levers, SMART objectives, OKR and warnings.
pub fn plan_table(out: &PlanOutput) -> String {
    let l = out.locale;
    let ctx = Ctx::new(l, &out.currency);
    let m = |x: f64| money(x, &out.currency, l);
    let or_dash = |x: Option<f64>| x.map_or("—".into(), |x| crate::format::amount(x, l));
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
    let u = &out.unit_economics;
    s += "\n\n";
    s += &table::UNIT_ECONOMICS_LINE.fill(
        l,
        &[
            &m(u.margin_per_order),
            &or_dash(u.break_even_roas),
            &m(u.max_cpa_first_order),
            &m(u.max_cpa_lifetime),
            &m(u.target_cpa),
            &or_dash(u.target_roas),
        ],
    );
    let section = |s: &mut String, title: &str, body: String| {
        *s += "\n\n";
        *s += title;
        *s += "\n\n";
        *s += &body;
    };
    let t = &out.totals;
    let totals = table::TOTALS_LINE.fill(
        l,
        &[
            &m(t.extra_cost),
            &t.paid_cpa.map_or("—".into(), m),
            &t.cost_per_extra_order.map_or("—".into(), m),
            &m(t.extra_contribution),
        ],
    );
    let channels = write_text(&table_model::channel_targets(&ctx, out)) + "\n" + &totals;
    section(&mut s, results::TARGETS_PER_CHANNEL.get(l), channels);
    if let (Some(split), Some(model)) = (
        &out.paid_allocation,
        table_model::paid_allocation(&ctx, out),
    ) {
        let most = split
            .max_profitable_extra_revenue
            .map_or_else(|| results::NO_LIMIT.get(l).to_string(), m);
        let line = table::SPLIT_LINE.fill(l, &[&m(split.saving), &most]);
        let body = write_text(&model) + "\n" + &line;
        section(&mut s, results::PAID_ALLOCATION.get(l), body);
    }
    let quarters = write_text(&table_model::quarters(&ctx, out));
    section(&mut s, results::QUARTERLY_MILESTONES.get(l), quarters);
    let scenarios = write_text(&table_model::scenarios(&ctx, out));
    section(&mut s, results::SCENARIOS.get(l), scenarios);
    if let (Some(o), Some(model)) = (&out.outlook, table_model::outlook(&ctx, out)) {
        let line = table::OUTLOOK_LINE.fill(
            l,
            &[
                &percent(o.probability_of_goal, 0, l),
                &percent(o.probability_of_loss, 0, l),
                &crate::format::count(f64::from(o.draws), l),
            ],
        );
        section(
            &mut s,
            results::OUTLOOK.get(l),
            line + "\n\n" + &write_text(&model),
        );
    }
    let levers = write_text(&table_model::levers(&ctx, out));
    section(&mut s, results::ONE_LEVER_ALONE.get(l), levers);
    let mut objectives = String::new();
    for o in &out.objectives {
        let (_, achievable) = check_word(o.achievable.status, &ctx);
        let (_, realistic) = check_word(o.realistic.status, &ctx);
        objectives += &table::OBJECTIVE_LINE.fill(l, &[&o.text, &achievable, &realistic]);
        objectives += "\n";
    }
    section(
        &mut s,
        results::SMART_OBJECTIVES.get(l),
        objectives.trim_end().into(),
    );
    let mut okr = out.okr.objective.clone();
    for kr in &out.okr.key_results {
        okr += "\n  - ";
        okr += kr;
    }
    section(&mut s, results::OKR_TITLE.get(l), okr);
    if !out.warnings.is_empty() {
        let lines: Vec<String> = out
            .warnings
            .iter()
            .map(|w| format!("! {}", w.message))
            .collect();
        section(&mut s, results::POINTS_TO_WATCH.get(l), lines.join("\n"));
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
