//! The plan: from a valid [`PlanInput`] to its [`PlanOutput`] (§2–§10, §12).

use serde_json::Value;

use crate::formulas::{self as f, ratio};
use crate::model::{
    ChannelInput, CostModel, MilestoneMode, PlanInput, Reference, Uncertainty, CART_ABANDONMENT,
};
use crate::objectives;
use crate::output::*;
use crate::text;
use crate::validate;
use crate::words::warnings as warns;

mod outlook;
mod warnings;

/// Validates a JSON document and plans it: the output, or every error.
pub fn plan_value(value: &Value) -> PlanResult {
    match validate::parse_plan(value) {
        Ok(input) => PlanResult::Ok(Box::new(plan(&input))),
        Err(errors) => PlanResult::Invalid(Invalid::new(errors)),
    }
}

/// Validates JSON text and plans it.
pub fn plan_json(json: &str) -> PlanResult {
    match validate::json_value(json) {
        Ok(value) => plan_value(&value),
        Err(errors) => PlanResult::Invalid(Invalid::new(errors)),
    }
}

/// What the engine knows of a channel's current state.
struct Current {
    aov: f64,
    orders: f64,
    revenue: f64,
}

/// A paid channel's response curve (§5.2), `None` for other channels and for a paid channel
/// without traffic (no curve goes through zero orders).
pub fn channel_curve(c: &ChannelInput) -> Option<f::Curve> {
    let beta = f::curve_exponent(c.cost.doubling_gain()?);
    let orders = c.sessions_per_month * c.conversion_rate;
    (orders > 0.0).then_some(f::Curve {
        orders,
        spend: current_spend(c),
        beta,
    })
}

/// What a channel spends a month today: its clicks for `perClick`, its spend for `spend`, its
/// fixed cost for `fixed`.
fn current_spend(c: &ChannelInput) -> f64 {
    match c.cost {
        CostModel::PerClick { cost_per_click, .. } => c.sessions_per_month * cost_per_click,
        CostModel::Spend {
            current_monthly, ..
        } => current_monthly,
        CostModel::Fixed { monthly } => monthly,
        CostModel::None => 0.0,
    }
}

/// Whether the plan prices a channel's extra: a fixed cost, or a paid channel on its curve (a
/// paid channel without traffic has none, so its cost cannot be estimated).
fn priced(c: &ChannelInput, target: &ChannelTarget) -> bool {
    matches!(c.cost, CostModel::Fixed { .. }) || target.current_cpa.is_some()
}

/// What the shop's own trend and the planned spend deliver (§14's momentum): a priced
/// channel's planned revenue, every other channel's revenue grown by the past growth (0 when
/// none is known).
pub(crate) fn momentum_revenue(input: &PlanInput, channels: &[ChannelTarget]) -> f64 {
    let trend = input.past_growth_rate.unwrap_or(0.0);
    input
        .channels
        .iter()
        .zip(channels)
        .map(|(c, target)| match priced(c, target) {
            true => target.current_revenue + target.extra_revenue,
            false => target.current_revenue * (1.0 + trend),
        })
        .sum()
}

fn current(channel: &ChannelInput, plan_aov: f64) -> Current {
    let aov = channel.aov(plan_aov);
    let orders = f::annual_orders(channel.sessions_per_month, channel.conversion_rate);
    Current {
        aov,
        orders,
        revenue: f::revenue(orders, aov),
    }
}

/// Plans a valid input. Never panics; every number it returns is finite.
///
/// A history (§15) gives the seasonality and the past growth the input leaves out; what the
/// input says wins.
pub fn plan(input: &PlanInput) -> PlanOutput {
    let Some(history) = &input.history else {
        return plan_of(input, None, f::EVEN_MONTHS);
    };
    let past = f::past_facts(&history.months, input.start.quarter);
    let mut used = input.clone();
    used.seasonality = input.seasonality.or(past.seasonality);
    used.past_growth_rate = input.past_growth_rate.or(past.growth);
    let facts = HistoryOutput {
        months: history.months.len(),
        last_year_revenue: past.last_year_revenue,
        seasonality: used.seasonality.map(|w| f::seasonal_shares(Some(w))),
        past_growth_rate: used.past_growth_rate,
    };
    plan_of(&used, Some(facts), past.month_weights)
}

fn plan_of(
    input: &PlanInput,
    history: Option<HistoryOutput>,
    month_weights: [f64; 12],
) -> PlanOutput {
    let locale = input.locale;
    let currents: Vec<Current> = input
        .channels
        .iter()
        .map(|c| current(c, input.average_order_value))
        .collect();

    // §2
    let annual_revenue: f64 = currents.iter().map(|c| c.revenue).sum();
    let annual_orders: f64 = currents.iter().map(|c| c.orders).sum();
    let sessions: f64 = input.channels.iter().map(|c| c.sessions_per_month).sum();
    let baseline = Baseline {
        annual_revenue,
        sessions_per_month: sessions,
        annual_orders,
        blended_conversion_rate: f::blended_conversion_rate(annual_orders, sessions),
        blended_aov: annual_revenue / annual_orders,
    };

    // §3
    let (extra, growth) = f::extra_and_growth(input.goal, annual_revenue);
    let goal = GoalOutput {
        target_revenue: annual_revenue + extra,
        extra_revenue: extra,
        growth_rate: growth,
        achievability: f::achievability(growth, input.past_growth_rate),
    };

    // §4
    let unit_economics = unit_economics(input, input.average_order_value);

    // §5
    let channels: Vec<ChannelTarget> = input
        .channels
        .iter()
        .zip(&currents)
        .map(|(c, cur)| channel_target(input, c, cur, extra, annual_revenue))
        .collect();
    let totals = totals(input, &channels, extra);
    let paid_allocation = paid_allocation(input, &channels);

    // §6
    let quarters = quarters(input, &channels, annual_revenue, extra);
    let months = months(input, &quarters, month_weights);

    // §7
    let total_extra_orders: f64 = channels.iter().map(|c| c.extra_orders).sum();
    let scenarios = [
        (ScenarioName::Prudent, input.scenarios.prudent),
        (ScenarioName::Median, 1.0),
        (ScenarioName::Ambitious, input.scenarios.ambitious),
    ]
    .into_iter()
    .map(|(name, factor)| {
        scenario(
            name,
            factor,
            annual_revenue,
            extra,
            total_extra_orders,
            &totals,
        )
    })
    .collect();

    // §8
    let levers = Levers {
        sessions_per_month: f::grown(sessions, growth),
        conversion_rate: f::grown(baseline.blended_conversion_rate, growth),
        average_order_value: f::grown(baseline.blended_aov, growth),
        orders_per_customer: f::grown(input.orders_per_customer, growth),
        cart_abandonment_rate: input
            .cart_abandonment_rate
            .and_then(|a| f::cart_abandonment_for_growth(a, growth)),
        value_of_one_percent_aov: f::value_of_one_percent_aov(annual_revenue),
        value_of_one_point_abandonment: input
            .cart_abandonment_rate
            .map(|a| f::value_of_one_point_abandonment(annual_revenue, a)),
    };

    let mut out = PlanOutput {
        ok: True,
        locale,
        currency: input.currency.clone(),
        baseline,
        goal,
        unit_economics,
        channels,
        totals,
        quarters,
        months,
        scenarios,
        levers,
        objectives: Vec::new(),
        warnings: Vec::new(),
        alert_rules: Vec::new(),
        okr: Okr {
            objective: String::new(),
            key_results: Vec::new(),
        },
        paid_allocation,
        outlook: None,
        benchmarks: benchmarks(input),
        history,
    };
    out.outlook = input.uncertainty.map(|u| outlook::outlook(input, &out, u));
    out.warnings = warnings::warnings(input, &out);
    let (objectives, okr) = objectives::objectives_and_okr(input, &out);
    out.objectives = objectives;
    out.alert_rules = alert_rules(input, &out);
    out.okr = okr;
    out
}

/// §4 for an average order value (the plan's, or a channel's own).
pub(crate) fn unit_economics(input: &PlanInput, aov: f64) -> UnitEconomics {
    let m = input.gross_margin_rate;
    let costs = input.order_costs.unwrap_or_default();
    let per_order = f::margin_per_order(aov, m, costs);
    let first = f::first_order_margin(aov, m, costs);
    let customer = f::customer_margin(first, per_order, input.orders_per_customer);
    let target_cpa = f::target_cpa(customer, input.target_ltv_to_cac);
    UnitEconomics {
        margin_per_order: per_order,
        first_order_margin: first,
        break_even_roas: f::break_even_roas(aov, first),
        customer_margin: customer,
        max_cpa_first_order: first,
        max_cpa_lifetime: customer,
        target_cpa,
        target_roas: f::target_roas(aov, target_cpa),
    }
}

/// §4 for channel `i`, at its own average order value.
pub(crate) fn channel_economics(input: &PlanInput, i: usize) -> UnitEconomics {
    let c = &input.channels[i];
    unit_economics(input, c.aov(input.average_order_value))
}

fn channel_target(
    input: &PlanInput,
    c: &ChannelInput,
    cur: &Current,
    extra: f64,
    annual_revenue: f64,
) -> ChannelTarget {
    let share = c.goal_share.unwrap_or(cur.revenue / annual_revenue);
    let extra_revenue = extra * share;
    let extra_orders = extra_revenue / cur.aov;
    let cr = c.conversion_rate;
    let extra_sessions = f::extra_sessions_per_month(extra_orders, cr);
    let economics = unit_economics(input, cur.aov);
    // A curve whose spend at the plan's level overflows (a trickle of orders asked to grow
    // by twenty orders of magnitude) prices nothing: it counts as no curve.
    let priced_curve = channel_curve(c)
        .filter(|curve| curve.extra_spend_for(extra_orders / f::MONTHS).is_finite());
    let cost = match (c.cost, priced_curve) {
        (CostModel::Fixed { monthly }, _) => f::fixed_cost(monthly, extra_orders, extra_revenue),
        (_, Some(curve)) => f::paid_cost(
            curve,
            extra_orders,
            extra_revenue,
            economics.target_cpa,
            economics.max_cpa_lifetime,
            cur.aov,
        ),
        // No cost, or a paid channel without traffic: no curve, nothing to buy (the latter
        // keeps today's spend planned).
        _ => f::ChannelCost {
            planned_monthly_spend: current_spend(c),
            ..f::ChannelCost::default()
        },
    };
    ChannelTarget {
        id: c.id.as_str().into(),
        label: c.label.clone(),
        kind: c.kind,
        share,
        current_revenue: cur.revenue,
        current_orders: cur.orders,
        extra_revenue,
        extra_orders,
        extra_sessions_per_month: extra_sessions,
        target_sessions_per_month: c.sessions_per_month + extra_sessions,
        traffic_growth_rate: ratio(extra_sessions, c.sessions_per_month),
        required_conversion_rate: f::required_conversion_rate(
            cur.orders,
            extra_orders,
            c.sessions_per_month,
        ),
        target_cpa: economics.target_cpa,
        max_cpc: c
            .cost
            .kind()
            .is_paid()
            .then(|| f::max_cpc(economics.target_cpa, cr)),
        extra_cost: cost.extra_cost,
        cpa: cost.cpa,
        marginal_cpa: cost.marginal_cpa,
        total_cpa: cost.total_cpa,
        current_cpa: cost.current_cpa,
        roas: cost.roas,
        feasible: cost.feasible,
        feasible_extra_revenue: cost.feasible_extra_revenue,
        spend_multiple: cost.spend_multiple,
        current_marginal_cpa: cost.current_marginal_cpa,
        spend_at_break_even: cost.break_even.spend,
        break_even_extra_revenue: cost.break_even.extra_revenue,
        profitable: cost.break_even.profitable,
        planned_monthly_spend: cost.planned_monthly_spend,
        verdict: cost
            .cpa
            .map(|cpa| f::verdict(cpa, economics.target_cpa, economics.max_cpa_lifetime)),
        first_order_profitable: cost
            .cpa
            .map(|cpa| f::at_most(cpa, economics.max_cpa_first_order)),
        over_spent: cost.break_even.over_spent,
        max_cpa_lifetime: economics.max_cpa_lifetime,
    }
}

/// §5.3: the extra effort's totals, with the paid channels' CPA apart from the cost per extra
/// order of every channel.
fn totals(input: &PlanInput, channels: &[ChannelTarget], extra: f64) -> Totals {
    let extra_cost: f64 = channels.iter().map(|c| c.extra_cost).sum();
    let extra_orders: f64 = channels.iter().map(|c| c.extra_orders).sum();
    // An order bought with a cost is a new customer's, worth their 12-month margin (what the
    // verdict compares its CPA with); one that comes without cost is a repeat order's margin.
    let margin: f64 = (0..channels.len())
        .map(|i| {
            let economics = channel_economics(input, i);
            let value = match priced(&input.channels[i], &channels[i]) {
                true => economics.customer_margin,
                false => economics.margin_per_order,
            };
            channels[i].extra_orders * value
        })
        .sum();
    let extra_contribution = margin - extra_cost;
    // Paid channels on a curve (a paid channel without traffic has none): those with a CPA
    // today.
    let paid = || channels.iter().filter(|c| c.current_cpa.is_some());
    let paid_cost: f64 = paid().map(|c| c.extra_cost).sum();
    let paid_orders: f64 = paid().map(|c| c.extra_orders).sum();
    Totals {
        extra_cost,
        extra_contribution,
        cost_per_extra_order: ratio(extra_cost, extra_orders),
        paid_cpa: ratio(paid_cost, paid_orders),
        mer: ratio(extra, extra_cost),
        roi: ratio(extra_contribution, extra_cost),
        budget_fits: input.marketing_budget.map(|b| f::at_most(extra_cost, b)),
    }
}

/// §13: the cheapest split of the paid part of the goal among the channels on a saturating
/// curve, beside the plan's split.
fn paid_allocation(input: &PlanInput, channels: &[ChannelTarget]) -> Option<PaidAllocation> {
    let on_curve: Vec<(usize, f::Curve)> = input
        .channels
        .iter()
        .enumerate()
        .filter(|(i, _)| channels[*i].current_cpa.is_some())
        .filter_map(|(i, c)| channel_curve(c).map(|k| (i, k)))
        .filter(|(_, k)| k.beta < 1.0)
        .collect();
    let revenue: f64 = on_curve
        .iter()
        .map(|&(i, _)| channels[i].extra_revenue)
        .sum();
    if on_curve.is_empty() || revenue == 0.0 {
        return None;
    }
    let aov = |i: usize| input.channels[i].aov(input.average_order_value);
    let curves: Vec<(f::Curve, f64)> = on_curve.iter().map(|&(i, k)| (k, aov(i))).collect();
    // One channel has no split to find: the plan's own figures (a saving of exactly 0).
    let split = match on_curve.as_slice() {
        [(i, _)] => vec![f::Allotment {
            extra_revenue: channels[*i].extra_revenue,
            extra_cost: channels[*i].extra_cost,
            marginal_cpa: channels[*i].marginal_cpa.unwrap_or_default(),
            spend_multiple: channels[*i].spend_multiple.unwrap_or(1.0),
        }],
        _ => f::cheapest_split(&curves, revenue),
    };
    let extra_cost: f64 = split.iter().map(|a| a.extra_cost).sum();
    let planned: f64 = on_curve.iter().map(|&(i, _)| channels[i].extra_cost).sum();
    let ceilings: Option<f64> = on_curve
        .iter()
        .map(|&(i, _)| channels[i].feasible_extra_revenue)
        .sum();
    let break_even: Option<f64> = on_curve
        .iter()
        .map(|&(i, _)| channels[i].break_even_extra_revenue.map(|r| r.max(0.0)))
        .sum();
    let loses_money = |i: usize, a: &f::Allotment| {
        a.extra_revenue > 0.0 && f::above(a.marginal_cpa, channels[i].max_cpa_lifetime)
    };
    let loss_making = on_curve
        .iter()
        .zip(&split)
        .any(|(&(i, _), a)| loses_money(i, a));
    Some(PaidAllocation {
        paid_extra_revenue: revenue,
        channels: on_curve
            .iter()
            .zip(&split)
            .map(|(&(i, _), a)| AllocatedChannel {
                id: channels[i].id.clone(),
                extra_revenue: a.extra_revenue,
                extra_cost: a.extra_cost,
                marginal_cpa: a.marginal_cpa,
                spend_multiple: a.spend_multiple,
                loses_money: loses_money(i, a),
            })
            .collect(),
        extra_cost,
        planned_extra_cost: planned,
        saving: planned - extra_cost,
        max_profitable_extra_revenue: ceilings,
        max_break_even_extra_revenue: break_even,
        loss_making,
    })
}

fn quarters(
    input: &PlanInput,
    channels: &[ChannelTarget],
    annual_revenue: f64,
    extra: f64,
) -> Vec<Quarter> {
    let shares = f::seasonal_shares(input.seasonality);
    let calendar: [(i32, u8); 4] =
        [1, 2, 3, 4].map(|q| f::calendar_quarter(input.start.year, input.start.quarter, q));
    let sigma = calendar.map(|(_, cq)| shares[usize::from(cq) - 1]);
    let baselines = sigma.map(|s| annual_revenue * s);
    let extras = match input.milestones.mode {
        MilestoneMode::Ramp => f::ramp_extras(extra, input.milestones.ramp_weights, baselines),
        MilestoneMode::Even => f::even_extras(extra, sigma),
        MilestoneMode::Compound => f::compound_extras(extra, baselines),
    };
    let mut cumulative = 0.0;
    (0..4)
        .map(|i| {
            let (year, quarter) = calendar[i];
            cumulative += extras[i];
            let quarter_channels: Vec<QuarterChannel> = channels
                .iter()
                .zip(&input.channels)
                .map(|(target, c)| {
                    let extra_revenue = target.extra_revenue * extras[i] / extra;
                    let aov = c.aov(input.average_order_value);
                    // Media spend is paced with the season; a fixed cost stays flat.
                    let planned_spend = match c.cost {
                        CostModel::Fixed { monthly } => 3.0 * monthly,
                        _ => f::MONTHS * sigma[i] * target.planned_monthly_spend,
                    };
                    let planned_orders =
                        target.current_orders * sigma[i] + target.extra_orders * extras[i] / extra;
                    QuarterChannel {
                        id: target.id.clone(),
                        extra_revenue,
                        target_sessions_per_month: f::quarter_target_sessions_per_month(
                            c.sessions_per_month,
                            sigma[i],
                            extra_revenue,
                            c.conversion_rate,
                            aov,
                        ),
                        planned_spend,
                        planned_orders,
                        planned_cpa: ratio(planned_spend, planned_orders)
                            .filter(|_| priced(c, target)),
                    }
                })
                .collect();
            Quarter {
                index: i as u8 + 1,
                year,
                quarter,
                label: text::quarter_label(year, quarter, input.locale),
                baseline_revenue: baselines[i],
                extra_revenue: extras[i],
                target_revenue: baselines[i] + extras[i],
                planned_spend: quarter_channels.iter().map(|c| c.planned_spend).sum(),
                yoy_growth_rate: extras[i] / baselines[i],
                contribution_points: extras[i] / annual_revenue,
                cumulative_extra_revenue: cumulative,
                cumulative_goal_share: cumulative / extra,
                channels: quarter_channels,
            }
        })
        .collect()
}

/// §6: the twelve months, each its quarter's figures by its weight (`weights` by calendar
/// month, from the history's last 12 months or a third each); a fixed cost stays flat.
fn months(input: &PlanInput, quarters: &[Quarter], weights: [f64; 12]) -> Vec<Month> {
    let fixed: f64 = input
        .channels
        .iter()
        .map(|c| match c.cost {
            CostModel::Fixed { monthly } => monthly,
            _ => 0.0,
        })
        .sum();
    let mut list = Vec::with_capacity(12);
    for q in quarters {
        let media: f64 = q
            .channels
            .iter()
            .zip(&input.channels)
            .filter(|(_, c)| c.cost.kind().is_paid())
            .map(|(qc, _)| qc.planned_spend)
            .sum();
        for m in 0..3u8 {
            let month = 3 * (q.quarter - 1) + m + 1;
            let w = weights[usize::from(month) - 1];
            list.push(Month {
                index: list.len() as u8 + 1,
                year: q.year,
                month,
                label: text::month_label(q.year, month, input.locale),
                baseline_revenue: q.baseline_revenue * w,
                extra_revenue: q.extra_revenue * w,
                target_revenue: q.target_revenue * w,
                planned_spend: media * w + fixed,
            });
        }
    }
    list
}

/// §7: the extra traffic converts `factor` times as planned, at the same spend.
fn scenario(
    name: ScenarioName,
    factor: f64,
    annual_revenue: f64,
    extra: f64,
    extra_orders: f64,
    totals: &Totals,
) -> Scenario {
    let extra_revenue = extra * factor;
    let orders = factor * extra_orders;
    let cost = totals.extra_cost;
    let contribution = factor * (totals.extra_contribution + cost) - cost;
    Scenario {
        name,
        factor,
        extra_revenue,
        revenue: annual_revenue + extra_revenue,
        goal_attainment: factor,
        extra_orders: orders,
        cost_per_extra_order: ratio(cost, orders),
        contribution,
        roi: ratio(contribution, cost),
    }
}

/// Each input that has a cited reference, beside it; `None` when none has.
fn benchmarks(input: &PlanInput) -> Option<Vec<Benchmark>> {
    let note = crate::words::results::BROAD_REFERENCE.get(input.locale);
    let entry = |field: String, value: f64, r: &Reference| Benchmark {
        field,
        value,
        reference: r.value,
        source: r.source.to_string(),
        year: r.year,
        note: note.to_string(),
    };
    let mut list: Vec<Benchmark> = input
        .channels
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let reference = c.kind.conversion_reference()?;
            let field = format!("channels[{i}].conversionRate");
            Some(entry(field, c.conversion_rate, reference))
        })
        .collect();
    if let Some(a) = input.cart_abandonment_rate {
        list.push(entry("cartAbandonmentRate".into(), a, &CART_ABANDONMENT));
    }
    (!list.is_empty()).then_some(list)
}

/// §12: per quarter the revenue floor, then per channel its sessions, conversion and CPA.
fn alert_rules(input: &PlanInput, out: &PlanOutput) -> Vec<AlertRule> {
    let t = input.alert_tolerance;
    let with_cpa = input
        .channels
        .iter()
        .zip(&out.channels)
        .filter(|(c, target)| priced(c, target))
        .count();
    let per_quarter = 1 + 2 * input.channels.len() + with_cpa;
    let mut rules = Vec::with_capacity(out.quarters.len() * per_quarter);
    for q in &out.quarters {
        rules.push(AlertRule {
            quarter: q.index,
            channel: None,
            metric: Metric::Revenue,
            comparator: Comparator::AtLeast,
            threshold: f::floor_threshold(q.target_revenue, t),
        });
        for (qc, c) in q.channels.iter().zip(&input.channels) {
            let rule = |metric, comparator, threshold| AlertRule {
                quarter: q.index,
                channel: Some(qc.id.clone()),
                metric,
                comparator,
                threshold,
            };
            rules.push(rule(
                Metric::Sessions,
                Comparator::AtLeast,
                f::floor_threshold(f::quarter_sessions(qc.target_sessions_per_month), t),
            ));
            rules.push(rule(
                Metric::ConversionRate,
                Comparator::AtLeast,
                f::floor_threshold(c.conversion_rate, t),
            ));
            // The quarter's planned CPA, over all the channel's orders like the review's.
            if let Some(planned) = qc.planned_cpa {
                rules.push(rule(
                    Metric::Cpa,
                    Comparator::AtMost,
                    f::ceiling_threshold(planned, t),
                ));
            }
        }
    }
    rules
}
