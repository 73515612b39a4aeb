//! §10: the warnings a plan raises, each with the input it is about.

use super::*;

/// §10: every warning, in the order of the contract's list of codes, the plan's before its
/// channels', each with the input it is about.
pub(super) fn warnings(input: &PlanInput, out: &PlanOutput) -> Vec<Warning> {
    let l = input.locale;
    let money = |x: f64| crate::format::money(x, &input.currency, l);
    let channel_field = |i: usize, key: &str| Some(format!("channels[{i}].{key}"));
    let mut list: Vec<(&str, Option<String>, String)> = Vec::new();
    let channels = || out.channels.iter().zip(&input.channels).enumerate();
    for (i, (c, _)) in channels() {
        if c.required_conversion_rate
            .is_some_and(|cr| f::above(cr, 1.0))
        {
            let text = text::warning_conversion_above_100(&c.label, l);
            list.push((
                "conversion_above_100",
                channel_field(i, "conversionRate"),
                text,
            ));
        }
    }
    if let (Some(a), None) = (
        input.cart_abandonment_rate,
        out.levers.cart_abandonment_rate,
    ) {
        let text = text::warning_lever_out_of_reach(a, out.goal.growth_rate, l);
        list.push((
            "lever_out_of_reach",
            Some("cartAbandonmentRate".into()),
            text,
        ));
    }
    if out.totals.budget_fits == Some(false) {
        let budget = input.marketing_budget.unwrap_or(0.0);
        let text = text::warning_budget_exceeded(out.totals.extra_cost, budget, &input.currency, l);
        list.push(("budget_exceeded", Some("marketingBudget".into()), text));
    }
    for (i, (c, _)) in channels() {
        if c.verdict == Some(Verdict::LossMaking) {
            let cpa = c.cpa.unwrap_or(0.0);
            let text =
                text::warning_loss_making(&c.label, cpa, c.max_cpa_lifetime, &input.currency, l);
            list.push(("loss_making_channel", channel_field(i, "cost"), text));
        }
    }
    if out.goal.achievability == Achievability::Aggressive {
        let text = text::warning_aggressive_goal(out.goal.growth_rate, input.past_growth_rate, l);
        list.push(("aggressive_goal", Some("goal".into()), text));
    }
    for (i, (c, ci)) in channels() {
        if ci.sessions_per_month == 0.0 && c.extra_revenue > 0.0 {
            let text =
                text::warning_channel_without_traffic(&c.label, c.target_sessions_per_month, l);
            list.push((
                "channel_without_traffic",
                channel_field(i, "sessionsPerMonth"),
                text,
            ));
        }
    }
    for (i, (c, _)) in channels() {
        if c.feasible == Some(false) {
            let (marginal, target) = (money(c.marginal_cpa.unwrap_or(0.0)), money(c.target_cpa));
            let text = match c.feasible_extra_revenue.filter(|r| *r > 0.0) {
                Some(r) => {
                    warns::BEYOND_FEASIBLE.fill(l, &[&c.label, &marginal, &target, &money(r)])
                }
                None => warns::BEYOND_FEASIBLE_TODAY.fill(l, &[&c.label, &marginal, &target]),
            };
            list.push(("beyond_feasible", channel_field(i, "cost"), text));
        }
    }
    if out.goal.extra_revenue > 0.0 && out.totals.extra_cost == 0.0 {
        list.push((
            "no_cost_planned",
            None,
            warns::NO_COST_PLANNED.get(l).into(),
        ));
    }
    if let Some(prudent) = out.scenarios.first().filter(|s| s.contribution < 0.0) {
        let text = warns::PRUDENT_SCENARIO_LOSES_MONEY.fill(l, &[&money(prudent.contribution)]);
        list.push((
            "prudent_scenario_loses_money",
            Some("scenarios.prudent".into()),
            text,
        ));
    }
    let negative = |u: &UnitEconomics| u.first_order_margin <= 0.0 || u.customer_margin <= 0.0;
    let u = &out.unit_economics;
    if negative(u) {
        let (first, customer) = (money(u.first_order_margin), money(u.customer_margin));
        let text = warns::NEGATIVE_UNIT_MARGIN.fill(l, &[&first, &customer]);
        list.push((
            "negative_unit_margin",
            Some("orderCosts.perOrder".into()),
            text,
        ));
    }
    for (i, (c, ci)) in channels() {
        let own = channel_economics(input, i);
        if ci.average_order_value.is_some() && negative(&own) {
            let (first, customer) = (money(own.first_order_margin), money(own.customer_margin));
            let text = warns::CHANNEL_NEGATIVE_UNIT_MARGIN.fill(l, &[&c.label, &first, &customer]);
            list.push((
                "negative_unit_margin",
                channel_field(i, "averageOrderValue"),
                text,
            ));
        }
    }
    for (i, (c, ci)) in channels() {
        if ci.conversion_rate > 0.25 {
            let typed = crate::format::percent(ci.conversion_rate, 2, l);
            let meant = crate::format::percent(ci.conversion_rate / 100.0, 2, l);
            let text = warns::IMPLAUSIBLE_CONVERSION_RATE.fill(l, &[&c.label, &typed, &meant]);
            list.push((
                "implausible_conversion_rate",
                channel_field(i, "conversionRate"),
                text,
            ));
        }
    }
    if let Some(h) = out.history.as_ref().filter(|h| h.last_year_revenue > 0.0) {
        let a = out.baseline.annual_revenue;
        if f::above((a / h.last_year_revenue - 1.0).abs(), 0.10) {
            let text = warns::BASELINE_DIFFERS_FROM_HISTORY
                .fill(l, &[&money(a), &money(h.last_year_revenue)]);
            list.push((
                "baseline_differs_from_history",
                Some("history.months".into()),
                text,
            ));
        }
    }
    if out.totals.extra_contribution < 0.0 {
        let text = warns::PLAN_LOSES_MONEY.fill(l, &[&money(out.totals.extra_contribution)]);
        list.push(("plan_loses_money", Some("goal".into()), text));
    }
    for (i, (c, _)) in channels() {
        if c.over_spent {
            let text = warns::PAID_CHANNEL_OVER_SPENT.fill(
                l,
                &[
                    &c.label,
                    &money(c.current_marginal_cpa.unwrap_or(0.0)),
                    &money(c.max_cpa_lifetime),
                    &money(c.spend_at_break_even.unwrap_or(0.0)),
                ],
            );
            list.push(("paid_channel_over_spent", channel_field(i, "cost"), text));
        }
    }
    if let Some(split) = out.paid_allocation.as_ref().filter(|s| s.loss_making) {
        let losing: Vec<String> = split
            .channels
            .iter()
            .filter(|a| a.loses_money)
            .map(|a| {
                let label = out.channels.iter().find(|c| c.id == a.id);
                text::quoted(label.map_or(&*a.id, |c| c.label.as_str()), l)
            })
            .collect();
        let sep = crate::words::common::LIST_SEPARATOR.get(l);
        let text = warns::PAID_SPLIT_LOSES_MONEY.fill(l, &[&losing.join(sep)]);
        list.push(("paid_split_loses_money", None, text));
    }
    list.into_iter()
        .map(|(code, field, message)| Warning {
            code: code.to_string(),
            field,
            message,
        })
        .collect()
}
