//! What to do now: at most three actions a merchant can take on Monday, derived from the plan,
//! in order: a paid channel to cut back past its break-even point, the most a paid channel may
//! bid or spend, and the growth the plan does not price.

use crate::engine::momentum_revenue;
use crate::format::{money, percent};
use crate::formulas::Curve;
use crate::model::{CostModel, Locale, PlanInput};
use crate::output::{ChannelTarget, PlanOutput};
use crate::text::quoted;
use crate::words::{advice as words, common};

/// One action, with the input it is about (`None` when no single input is).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// `cut_spend`, `bid_cap`, `budget` or `unpriced_effort`.
    pub code: &'static str,
    pub field: Option<String>,
    pub text: String,
}

/// At most three steps: cut back the first channel past its break-even point today, cap the
/// largest paid channel still worth growing, and price the effort the plan leaves unpriced.
pub fn next_steps(input: &PlanInput, out: &PlanOutput) -> Vec<Step> {
    let l = input.locale;
    let m = |x: f64| money(x, &input.currency, l);
    let named = |c: &ChannelTarget| quoted(&c.label, l);
    let cost_field = |i: usize| Some(format!("channels[{i}].cost"));
    let mut steps = Vec::with_capacity(3);

    let paid = || {
        out.channels
            .iter()
            .enumerate()
            .filter(|(_, c)| c.current_cpa.is_some())
    };
    if let Some((i, c)) = paid().find(|(_, c)| c.over_spent) {
        let text = words::CUT_SPEND.fill(
            l,
            &[
                &named(c),
                &m(c.spend_at_break_even.unwrap_or(0.0)),
                &m(c.current_marginal_cpa.unwrap_or(0.0)),
                &m(c.max_cpa_lifetime),
            ],
        );
        steps.push(step("cut_spend", cost_field(i), text));
    }

    // The paid channel the plan leans on most, among those still worth growing.
    let largest = paid()
        .filter(|(_, c)| !c.over_spent && c.extra_revenue > 0.0)
        .max_by(|(_, a), (_, b)| a.extra_revenue.total_cmp(&b.extra_revenue));
    if let Some(step) = largest.and_then(|(i, c)| paid_step(input, i, c, l)) {
        steps.push(step);
    }

    // What the shop's trend and the planned spend leave to effort the plan does not price.
    let gap = out.goal.target_revenue - momentum_revenue(input, &out.channels);
    let unpriced: Vec<String> = out
        .channels
        .iter()
        .filter(|c| c.verdict.is_none() && c.current_cpa.is_none() && c.extra_revenue > 0.0)
        .map(named)
        .collect();
    if gap > 0.0 && !unpriced.is_empty() {
        let list = listed(&unpriced, l);
        let text = words::UNPRICED_EFFORT.fill(l, &[&list, &m(gap)]);
        steps.push(step("unpriced_effort", None, text));
    }
    steps
}

/// `A`, `A et B`, `A, B et C`.
fn listed(items: &[String], l: Locale) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{}{}{last}", rest.join(", "), common::AND.get(l)),
    }
}

fn step(code: &'static str, field: Option<String>, text: String) -> Step {
    Step { code, field, text }
}

/// A paid channel's cap: by the click when it pays more than the click that keeps its CPA on
/// target, else its monthly budget (and where the target ceiling stops it).
fn paid_step(input: &PlanInput, i: usize, c: &ChannelTarget, l: Locale) -> Option<Step> {
    let m = |x: f64| money(x, &input.currency, l);
    let field = Some(format!("channels[{i}].cost"));
    let label = quoted(&c.label, l);
    let channel = &input.channels[i];
    if let (CostModel::PerClick { cost_per_click, .. }, Some(max_cpc)) = (channel.cost, c.max_cpc) {
        if cost_per_click > max_cpc {
            let text = words::BID_CAP.fill(
                l,
                &[&label, &m(max_cpc), &m(c.target_cpa), &m(cost_per_click)],
            );
            return Some(step("bid_cap", field, text));
        }
    }
    let curve = Curve::of_target(c)?;
    let multiple = c.spend_multiple.unwrap_or(1.0);
    let (today, planned) = (m(curve.spend), m(c.planned_monthly_spend));
    let growth = percent(multiple - 1.0, 0, l);
    let mut text = words::BUDGET.fill(l, &[&label, &today, &planned, &growth]);
    match (c.feasible, c.feasible_extra_revenue) {
        (Some(false), Some(r)) if r <= 0.0 => {
            text += &words::ALREADY_BEYOND_TARGET_CEILING.fill(l, &[&m(c.target_cpa)]);
        }
        // The ceiling's spend: where the next order costs the target CPA.
        (Some(false), Some(r)) => {
            let aov = c.current_revenue / c.current_orders;
            let spend = curve.spend_for(curve.orders_with(r, aov));
            text += &words::BEYOND_TARGET_CEILING.fill(l, &[&m(spend), &m(c.target_cpa)]);
        }
        _ => {}
    }
    text.push('.');
    Some(step("budget", field, text))
}
