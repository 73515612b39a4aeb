//! Every formula of `planning-model.md`, one function each, named after the
//! quantity it gives. Inputs are assumed valid (see [`crate::validate`]).

use crate::output::{Achievability, Verdict};

/// Months in the plan's year.
pub const MONTHS: f64 = 12.0;

/// `a / b`, or `None` when the divisor is 0 ("a division by zero gives null").
pub fn ratio(a: f64, b: f64) -> Option<f64> {
    if b == 0.0 {
        None
    } else {
        Some(a / b)
    }
}

// §2 Baseline

/// Annual orders of a channel: `sessionsPerMonth × 12 × cr`.
pub fn annual_orders(sessions_per_month: f64, conversion_rate: f64) -> f64 {
    sessions_per_month * MONTHS * conversion_rate
}

/// Revenue of a number of orders: `orders × aov`.
pub fn revenue(orders: f64, aov: f64) -> f64 {
    orders * aov
}

/// Blended conversion rate: `orders / (sessions × 12)`.
pub fn blended_conversion_rate(annual_orders: f64, sessions_per_month: f64) -> f64 {
    annual_orders / (sessions_per_month * MONTHS)
}

// §3 Goal

/// Extra revenue `E` and growth `g` from the goal, given the baseline `A`.
/// `growthRate g → E = A·g`; `extraRevenue E → g = E/A`; `targetRevenue T → E = T − A`.
pub fn extra_and_growth(goal: crate::model::Goal, baseline: f64) -> (f64, f64) {
    use crate::model::Goal;
    match goal {
        Goal::GrowthRate(g) => (baseline * g, g),
        Goal::ExtraRevenue(e) => (e, e / baseline),
        Goal::TargetRevenue(t) => (t - baseline, (t - baseline) / baseline),
    }
}

/// Achievability of a growth rate: against `1.25·r` and `2·r` with a positive past
/// growth `r`, else against 15 % and 30 %.
pub fn achievability(growth: f64, past_growth: Option<f64>) -> Achievability {
    let (in_line, stretch) = match past_growth {
        Some(r) if r > 0.0 => (1.25 * r, 2.0 * r),
        _ => (0.15, 0.30),
    };
    if growth <= in_line {
        Achievability::InLine
    } else if growth <= stretch {
        Achievability::Stretch
    } else {
        Achievability::Aggressive
    }
}

// §4 Unit economics (AOV `a`, margin `m`, orders per customer `n`, LTV:CAC target `k`)

/// Margin per order and break-even CPA on the first order: `a·m`.
pub fn margin_per_order(aov: f64, margin: f64) -> f64 {
    aov * margin
}

/// ROAS at which ads pay for the goods and nothing more: `1/m`.
pub fn break_even_roas(margin: f64) -> f64 {
    1.0 / margin
}

/// 12-month customer value in margin, and break-even CPA over 12 months: `a·m·n`.
pub fn customer_margin(aov: f64, margin: f64, orders_per_customer: f64) -> f64 {
    aov * margin * orders_per_customer
}

/// CPA that meets the LTV:CAC target: `a·m·n / k`.
pub fn target_cpa(aov: f64, margin: f64, orders_per_customer: f64, ltv_to_cac: f64) -> f64 {
    customer_margin(aov, margin, orders_per_customer) / ltv_to_cac
}

/// First-order revenue per unit of ad spend at the target CPA: `a / targetCpa`.
pub fn target_roas(aov: f64, target_cpa: f64) -> f64 {
    aov / target_cpa
}

// §5 Channel targets

/// Monthly sessions that bring `extra_orders` a year: `extraOrders / cr / 12`.
pub fn extra_sessions_per_month(extra_orders: f64, conversion_rate: f64) -> f64 {
    extra_orders / conversion_rate / MONTHS
}

/// Conversion rate that brings the extra orders with today's traffic:
/// `(orders + extraOrders) / (sessionsPerMonth × 12)`; `None` without traffic.
pub fn required_conversion_rate(
    annual_orders: f64,
    extra_orders: f64,
    sessions_per_month: f64,
) -> Option<f64> {
    ratio(annual_orders + extra_orders, sessions_per_month * MONTHS)
}

/// Highest cost per click that keeps the CPA at target: `targetCpa · cr`.
pub fn max_cpc(target_cpa: f64, conversion_rate: f64) -> f64 {
    target_cpa * conversion_rate
}

/// Cost of the extra effort on a channel with its CPA and ROAS.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChannelCost {
    pub extra_cost: f64,
    pub cpa: Option<f64>,
    pub roas: Option<f64>,
}

/// Per click: `extraCost = extraSessions·12·cpc`, `cpa = cpc / cr`, `roas = aov·cr / cpc`.
pub fn per_click_cost(
    cost_per_click: f64,
    extra_sessions_per_month: f64,
    conversion_rate: f64,
    aov: f64,
) -> ChannelCost {
    ChannelCost {
        extra_cost: extra_sessions_per_month * MONTHS * cost_per_click,
        cpa: ratio(cost_per_click, conversion_rate),
        roas: ratio(aov * conversion_rate, cost_per_click),
    }
}

/// Monthly spend: `extraCost = amount·12`, `cpa = extraCost / extraOrders`,
/// `roas = extraRevenue / extraCost`.
pub fn monthly_cost(amount: f64, extra_orders: f64, extra_revenue: f64) -> ChannelCost {
    let extra_cost = amount * MONTHS;
    ChannelCost {
        extra_cost,
        cpa: ratio(extra_cost, extra_orders),
        roas: ratio(extra_revenue, extra_cost),
    }
}

/// Verdict of a CPA: within the target, paid back within 12 months, or lost.
pub fn verdict(cpa: f64, target_cpa: f64, max_cpa_lifetime: f64) -> Verdict {
    if cpa <= target_cpa {
        Verdict::WithinTarget
    } else if cpa <= max_cpa_lifetime {
        Verdict::BelowTarget
    } else {
        Verdict::LossMaking
    }
}

/// Contribution of the extra revenue after its cost: `Σ extraRevenue·m − extraCost`.
pub fn contribution(extra_revenue: f64, margin: f64, extra_cost: f64) -> f64 {
    extra_revenue * margin - extra_cost
}

// §6 Quarterly milestones

/// Calendar quarter (1–4) and year of plan quarter `index` (1–4).
pub fn calendar_quarter(start_year: i32, start_quarter: u8, index: u8) -> (i32, u8) {
    let offset = i32::from(start_quarter - 1) + i32::from(index - 1);
    (start_year + offset / 4, (offset % 4) as u8 + 1)
}

/// Seasonal shares of the calendar quarters, normalised to sum to 1 (equal without).
pub fn seasonal_shares(seasonality: Option<[f64; 4]>) -> [f64; 4] {
    match seasonality {
        Some(s) => {
            let total: f64 = s.iter().sum();
            s.map(|x| x / total)
        }
        None => [0.25; 4],
    }
}

/// Ramp: `E_q = E·w_q / Σw`.
pub fn ramp_extras(extra: f64, weights: [f64; 4]) -> [f64; 4] {
    let total: f64 = weights.iter().sum();
    weights.map(|w| extra * w / total)
}

/// Even: `E_q = E·σ_q`, the same year-over-year growth every quarter.
pub fn even_extras(extra: f64, shares: [f64; 4]) -> [f64; 4] {
    shares.map(|s| extra * s)
}

/// Compound: `E_q = B_q·((1+x)^q − 1)` with `x` such that `Σ E_q = E`.
pub fn compound_extras(extra: f64, baselines: [f64; 4]) -> [f64; 4] {
    let x = compound_rate(extra, baselines);
    let mut out = [0.0; 4];
    for (q, b) in baselines.iter().enumerate() {
        out[q] = b * growth_factor_minus_one(x, q as i32 + 1);
    }
    out
}

/// `(1+x)^q − 1`, accurate even when `x` is tiny.
fn growth_factor_minus_one(x: f64, q: i32) -> f64 {
    (f64::from(q) * x.ln_1p()).exp_m1()
}

/// Quarterly rate `x > 0` with `Σ B_q·((1+x)^q − 1) = E`, to a relative error far below 1e-9.
///
/// The sum grows strictly with `x`, so Newton's method from a bracketed start
/// converges; bisection takes over whenever a Newton step leaves the bracket.
pub fn compound_rate(extra: f64, baselines: [f64; 4]) -> f64 {
    let total = |x: f64| -> (f64, f64) {
        let mut value = -extra;
        let mut slope = 0.0;
        for (i, b) in baselines.iter().enumerate() {
            let q = i as i32 + 1;
            value += b * growth_factor_minus_one(x, q);
            slope += b * f64::from(q) * (1.0 + x).powi(q - 1);
        }
        (value, slope)
    };
    let (mut lo, mut hi) = (0.0_f64, 1.0_f64);
    while total(hi).0 < 0.0 {
        lo = hi;
        hi *= 2.0;
    }
    let mut x = (lo + hi) / 2.0;
    for _ in 0..200 {
        let (value, slope) = total(x);
        if value.abs() <= extra * 1e-15 {
            break;
        }
        if value < 0.0 {
            lo = x;
        } else {
            hi = x;
        }
        let newton = x - value / slope;
        x = if newton > lo && newton < hi {
            newton
        } else {
            (lo + hi) / 2.0
        };
        if hi - lo <= f64::EPSILON * hi {
            break;
        }
    }
    x
}

/// Monthly sessions a channel needs in a quarter: its seasonal traffic plus the
/// sessions that bring its share of the quarter's extra revenue:
/// `(sessionsPerMonth·12·σ_q + extraRevenue_cq / (cr·aov)) / 3`.
pub fn quarter_target_sessions_per_month(
    sessions_per_month: f64,
    seasonal_share: f64,
    extra_revenue: f64,
    conversion_rate: f64,
    aov: f64,
) -> f64 {
    (sessions_per_month * MONTHS * seasonal_share + extra_revenue / (conversion_rate * aov)) / 3.0
}

// §8 Levers

/// A quantity grown by `g`: `x·(1+g)`.
pub fn grown(x: f64, growth: f64) -> f64 {
    x * (1.0 + growth)
}

/// Cart abandonment that gives `g` more orders alone: `1 − (1−a)(1+g)`; `None` below 0.
pub fn cart_abandonment_for_growth(abandonment: f64, growth: f64) -> Option<f64> {
    let needed = 1.0 - (1.0 - abandonment) * (1.0 + growth);
    (needed >= 0.0).then_some(needed)
}

/// Revenue from +1 % of average order value: `A·0.01`.
pub fn value_of_one_percent_aov(baseline: f64) -> f64 {
    baseline * 0.01
}

/// Revenue from one point less of cart abandonment: `A·0.01 / (1−a)`.
pub fn value_of_one_point_abandonment(baseline: f64, abandonment: f64) -> f64 {
    baseline * 0.01 / (1.0 - abandonment)
}

// §11–§12 Alerts

/// Sessions of a quarter from a monthly figure: `3 · perMonth`.
pub fn quarter_sessions(per_month: f64) -> f64 {
    3.0 * per_month
}

/// Threshold below which a "higher is better" metric alerts: `target·(1−t)`.
pub fn floor_threshold(target: f64, tolerance: f64) -> f64 {
    target * (1.0 - tolerance)
}

/// Threshold above which a "lower is better" metric alerts: `target·(1+t)`.
pub fn ceiling_threshold(target: f64, tolerance: f64) -> f64 {
    target * (1.0 + tolerance)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compound_solves_to_the_goal() {
        for (extra, b) in [
            (300.0, [250.0; 4]),
            (1e-6, [1.0, 2.0, 3.0, 4.0]),
            (1e9, [1.0, 1.0, 1.0, 1.0]),
            (0.5, [0.1, 0.7, 0.1, 0.1]),
        ] {
            let sum: f64 = compound_extras(extra, b).iter().sum();
            assert!((sum - extra).abs() <= extra * 1e-12, "{extra}: {sum}");
        }
    }

    #[test]
    fn calendar_quarters_wrap_into_next_year() {
        assert_eq!(calendar_quarter(2027, 3, 1), (2027, 3));
        assert_eq!(calendar_quarter(2027, 3, 2), (2027, 4));
        assert_eq!(calendar_quarter(2027, 3, 3), (2028, 1));
        assert_eq!(calendar_quarter(2027, 4, 4), (2028, 3));
    }
}
