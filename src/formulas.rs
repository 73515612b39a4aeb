//! Every formula of `docs/model.md`, one function each, named after the
//! quantity it gives. Inputs are assumed valid (see [`crate::validate`]).

use crate::model::OrderCosts;
use crate::output::{Achievability, Verdict};

/// Months in the plan's year.
pub const MONTHS: f64 = 12.0;

/// How close a computed figure must be to a threshold to count as equal to it (relative), so
/// that the last bit of a float never flips a status (+30 % computed as 0.30000000000000004
/// is +30 %). A comparison with 0 stays exact.
const CLOSE: f64 = 1e-12;

/// `x ≤ threshold`, a relative 1e-12 above it included.
pub fn at_most(x: f64, threshold: f64) -> bool {
    x <= threshold + CLOSE * threshold.abs()
}

/// `x ≥ threshold`, a relative 1e-12 below it included.
pub fn at_least(x: f64, threshold: f64) -> bool {
    x >= threshold - CLOSE * threshold.abs()
}

/// `x > threshold` by more than a relative 1e-12.
pub fn above(x: f64, threshold: f64) -> bool {
    !at_most(x, threshold)
}

/// `x < threshold` by more than a relative 1e-12.
pub fn below(x: f64, threshold: f64) -> bool {
    !at_least(x, threshold)
}

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
    if at_most(growth, in_line) {
        Achievability::InLine
    } else if at_most(growth, stretch) {
        Achievability::Stretch
    } else {
        Achievability::Aggressive
    }
}

// §4 Unit economics (AOV `a`, margin `m`, orders per customer `n`, LTV:CAC target `k`; order
// costs: per order `p`, return rate `r`, first-order discount `d`)

/// Margin of a repeat order after its costs: `a·(1−r)·m − p`.
pub fn margin_per_order(aov: f64, margin: f64, costs: OrderCosts) -> f64 {
    aov * (1.0 - costs.return_rate) * margin - costs.per_order
}

/// Margin of a new customer's first order, the break-even CPA on it: `a·(1−d)·(1−r)·m − p`.
pub fn first_order_margin(aov: f64, margin: f64, costs: OrderCosts) -> f64 {
    aov * (1.0 - costs.first_order_discount) * (1.0 - costs.return_rate) * margin - costs.per_order
}

/// Revenue per unit of ad spend that pays back the first order: `a / firstOrderMargin`;
/// `None` when the first order makes no margin.
pub fn break_even_roas(aov: f64, first_order_margin: f64) -> Option<f64> {
    (first_order_margin > 0.0).then(|| aov / first_order_margin)
}

/// 12-month customer value in margin, the break-even CPA over 12 months:
/// `firstOrderMargin + (n−1)·marginPerOrder`.
pub fn customer_margin(first_order_margin: f64, margin_per_order: f64, orders: f64) -> f64 {
    first_order_margin + (orders - 1.0) * margin_per_order
}

/// CPA that meets the LTV:CAC target: `customerMargin / k`.
pub fn target_cpa(customer_margin: f64, ltv_to_cac: f64) -> f64 {
    customer_margin / ltv_to_cac
}

/// First-order revenue per unit of ad spend at the target CPA: `a / targetCpa`; `None` when
/// the target CPA is not positive.
pub fn target_roas(aov: f64, target_cpa: f64) -> Option<f64> {
    (target_cpa > 0.0).then(|| aov / target_cpa)
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

/// Cost of the extra effort on a channel: the §5.2 figures.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct ChannelCost {
    pub extra_cost: f64,
    pub cpa: Option<f64>,
    pub marginal_cpa: Option<f64>,
    pub total_cpa: Option<f64>,
    pub current_cpa: Option<f64>,
    pub roas: Option<f64>,
    pub feasible: Option<bool>,
    pub feasible_extra_revenue: Option<f64>,
    pub spend_multiple: Option<f64>,
    pub current_marginal_cpa: Option<f64>,
    pub break_even: BreakEven,
    /// All the channel's spend a month under the plan, not only the extra.
    pub planned_monthly_spend: f64,
}

/// Where a paid channel's next order costs what a new customer brings in 12 months.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct BreakEven {
    /// Monthly spend at the break-even point (`None` without one).
    pub spend: Option<f64>,
    /// Extra revenue a year up to it, negative when today's spend is already past it.
    pub extra_revenue: Option<f64>,
    /// Whether the plan's level stays at or below it.
    pub profitable: Option<bool>,
    /// Today's spend is already past it: cut, do not grow.
    pub over_spent: bool,
}

/// A fixed monthly cost: `extraCost = 12·monthly`, `cpa = extraCost / extraOrders`,
/// `roas = extraRevenue / extraCost`.
pub fn fixed_cost(monthly: f64, extra_orders: f64, extra_revenue: f64) -> ChannelCost {
    let extra_cost = monthly * MONTHS;
    ChannelCost {
        extra_cost,
        cpa: ratio(extra_cost, extra_orders),
        roas: ratio(extra_revenue, extra_cost),
        planned_monthly_spend: monthly,
        ..ChannelCost::default()
    }
}

/// Exponent of a paid channel's response curve: `β = log2(1 + doublingGain)` (doubling the
/// spend multiplies the orders by `2^β = 1 + doublingGain`).
pub fn curve_exponent(doubling_gain: f64) -> f64 {
    // ln(1 + d) / ln 2: the wasm build then needs no `log2` of its own.
    doubling_gain.ln_1p() / std::f64::consts::LN_2
}

/// A paid channel's response curve `orders(S) = o0·(S/S0)^β`, from today's monthly orders `o0`
/// and spend `S0`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Curve {
    pub orders: f64,
    pub spend: f64,
    pub beta: f64,
}

impl Curve {
    /// A paid channel's curve read back from its output (§5.2): today's orders `o0` and CPA
    /// give today's spend, and `β = totalCpa / marginalCpa` (both are `S1/o1`, one divided by
    /// `β`); `None` for a channel without one.
    pub fn of_target(c: &crate::output::ChannelTarget) -> Option<Curve> {
        let orders = c.current_orders / MONTHS;
        let beta = c.total_cpa? / c.marginal_cpa?;
        let curve = Curve {
            orders,
            spend: c.current_cpa? * orders,
            beta,
        };
        (orders > 0.0 && beta > 0.0 && beta.is_finite()).then_some(curve)
    }

    /// Monthly orders once `extra_revenue` a year more is sold at `aov`: `o0 + E/12/aov`.
    pub fn orders_with(self, extra_revenue: f64, aov: f64) -> f64 {
        self.orders + extra_revenue / MONTHS / aov
    }

    /// Monthly spend that buys `orders` a month: `S0·(o/o0)^(1/β)` (as `exp(ln(o/o0)/β)`:
    /// the wasm build then needs no `pow`).
    pub fn spend_for(self, orders: f64) -> f64 {
        self.spend * ((orders / self.orders).ln() / self.beta).exp()
    }

    /// Monthly orders that `spend` buys: `o0·(S/S0)^β`.
    pub fn orders_for(self, spend: f64) -> f64 {
        self.orders * ((spend / self.spend).ln() * self.beta).exp()
    }

    /// What `extra` more orders a month cost a month: `S0·((1 + extra/o0)^(1/β) − 1)`, written
    /// with `expm1` and `ln_1p` so that a small extra keeps all its digits.
    pub fn extra_spend_for(self, extra: f64) -> f64 {
        self.spend * ((extra / self.orders).ln_1p() / self.beta).exp_m1()
    }

    /// What today's orders cost: `S0 / o0`.
    pub fn current_cpa(self) -> f64 {
        self.spend / self.orders
    }

    /// What the last order costs at `orders` a month: `S/(β·o)`.
    pub fn marginal_cpa(self, orders: f64) -> f64 {
        self.spend_for(orders) / (self.beta * orders)
    }

    /// Monthly orders beyond today's at which the next order costs `marginal_cpa`, never below
    /// today: `o0·(max(1, marginalCpa·β / currentCpa)^(β/(1−β)) − 1)`; with `β = 1`, `None`
    /// (no limit) when today's CPA is at most `marginal_cpa`, else 0. `None` too when the
    /// number overflows.
    pub fn extra_orders_at_marginal_cpa(self, marginal_cpa: f64) -> Option<f64> {
        if self.beta >= 1.0 {
            return above(self.current_cpa(), marginal_cpa).then_some(0.0);
        }
        let extra = self.extra_orders_at(self.log_base(marginal_cpa).max(0.0));
        extra.is_finite().then_some(extra)
    }

    /// `ln(marginalCpa·β / currentCpa)`: where the next order costs `marginal_cpa`, relative to
    /// today (negative when today's last order already costs more).
    pub fn log_base(self, marginal_cpa: f64) -> f64 {
        (marginal_cpa * self.beta / self.current_cpa()).ln()
    }

    /// Monthly orders beyond today's at `log_base` (`β < 1`): `o0·expm1(β/(1−β)·logBase)`.
    pub fn extra_orders_at(self, log_base: f64) -> f64 {
        self.orders * (self.beta / (1.0 - self.beta) * log_base).exp_m1()
    }

    /// The break-even point for a customer worth `lifetime` over 12 months, at `o1` orders a
    /// month planned: where the next order costs `lifetime`, which may lie below today.
    /// `β < 1`: `oBreakEven = o0·(lifetime·β/currentCpa)^(β/(1−β))`; `β = 1`: no limit when
    /// today's CPA is at most `lifetime`, else 0 (every order loses money).
    pub fn break_even(self, lifetime: f64, o1: f64, aov: f64) -> BreakEven {
        if lifetime <= 0.0 {
            return BreakEven::default();
        }
        let unlimited = BreakEven {
            profitable: Some(true),
            ..BreakEven::default()
        };
        let (orders, spend, extra_revenue) = if self.beta >= 1.0 {
            if at_most(self.current_cpa(), lifetime) {
                return unlimited;
            }
            (0.0, 0.0, -MONTHS * self.orders * aov)
        } else {
            let log_base = self.log_base(lifetime);
            let extra = self.extra_orders_at(log_base);
            let spend = self.spend * (log_base / (1.0 - self.beta)).exp();
            (self.orders + extra, spend, MONTHS * extra * aov)
        };
        if !(orders.is_finite() && spend.is_finite() && extra_revenue.is_finite()) {
            return unlimited;
        }
        BreakEven {
            spend: Some(spend),
            extra_revenue: Some(extra_revenue),
            profitable: Some(at_most(o1, orders)),
            over_spent: below(orders, self.orders),
        }
    }
}

/// A paid channel buying `extra_orders` a year more (`o1 = o0 + extraOrders/12`, spend at the
/// target `S1 = S0·(o1/o0)^(1/β)`): `extraCost = 12·(S1 − S0)`, `cpa = extraCost/extraOrders`,
/// `marginalCpa = S1/(β·o1)`, `totalCpa = S1/o1`, `currentCpa = S0/o0`,
/// `roas = extraRevenue/extraCost`, the target ceiling where the next order costs `target_cpa`
/// (`feasible = o1 ≤ oMax`, `feasibleExtraRevenue = 12·(oMax − o0)·aov`, `None` without limit),
/// and the break-even point where it costs `lifetime` (a new customer's 12-month margin).
pub fn paid_cost(
    curve: Curve,
    extra_orders: f64,
    extra_revenue: f64,
    target_cpa: f64,
    lifetime: f64,
    aov: f64,
) -> ChannelCost {
    let o1 = curve.orders + extra_orders / MONTHS;
    let extra_spend = curve.extra_spend_for(extra_orders / MONTHS);
    let s1 = curve.spend + extra_spend;
    let extra_cost = MONTHS * extra_spend;
    let ceiling = curve
        .extra_orders_at_marginal_cpa(target_cpa)
        .filter(|max| (MONTHS * max * aov).is_finite());
    let current_cpa = curve.current_cpa();
    ChannelCost {
        extra_cost,
        cpa: ratio(extra_cost, extra_orders),
        marginal_cpa: Some(s1 / (curve.beta * o1)),
        total_cpa: Some(s1 / o1),
        current_cpa: Some(current_cpa),
        roas: ratio(extra_revenue, extra_cost),
        feasible: Some(ceiling.is_none_or(|max| at_most(o1, curve.orders + max))),
        feasible_extra_revenue: ceiling.map(|max| MONTHS * max * aov),
        spend_multiple: Some(1.0 + extra_spend / curve.spend),
        current_marginal_cpa: Some(current_cpa / curve.beta),
        break_even: curve.break_even(lifetime, o1, aov),
        planned_monthly_spend: s1,
    }
}

/// A paid channel's share of the cheapest split (§13): its extra revenue and extra cost a
/// year, and the marginal CPA it runs at.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Allotment {
    pub extra_revenue: f64,
    pub extra_cost: f64,
    pub marginal_cpa: f64,
    /// How many times today's spend: `S(o)/S0`.
    pub spend_multiple: f64,
}

/// What a channel (curve with `β < 1`, average order value `aov`) takes at a common marginal
/// cost `μ` per unit of extra revenue, given as `log_base = max(0, ln(μ·aov·β/currentCpa))`:
/// `o(μ) = o0·max(1, μ·aov·β/currentCpa)^(β/(1−β))`, `extraRevenue = 12·(o − o0)·aov`,
/// `extraCost = 12·(S(o) − S0)`, `marginalCpa = S/(β·o)`.
pub fn allotment(curve: Curve, aov: f64, log_base: f64) -> Allotment {
    let extra = curve.extra_orders_at(log_base);
    let extra_spend = curve.extra_spend_for(extra);
    Allotment {
        extra_revenue: MONTHS * extra * aov,
        extra_cost: MONTHS * extra_spend,
        marginal_cpa: curve.marginal_cpa(curve.orders + extra),
        spend_multiple: 1.0 + extra_spend / curve.spend,
    }
}

/// The cheapest split of `revenue` a year among channels (curves with `β < 1`, each with its
/// average order value): the common marginal cost `μ` at which their extra revenues sum to
/// `revenue`, found by bisection down to the last bit. The unknown is `y = ln(μ/μ0)`, where
/// `μ0` is where the cheapest channel starts to buy: its `log_base` is `y` itself, so a small
/// revenue keeps all its digits.
pub fn cheapest_split(channels: &[(Curve, f64)], revenue: f64) -> Vec<Allotment> {
    // ln μ at which each channel starts to buy.
    let starts: Vec<f64> = channels
        .iter()
        .map(|&(c, aov)| (c.current_cpa() / (aov * c.beta)).ln())
        .collect();
    let first = starts.iter().copied().fold(f64::INFINITY, f64::min);
    let at = |y: f64| -> Vec<Allotment> {
        let split = channels.iter().zip(&starts);
        let log_base = |start: f64| (y + (first - start)).max(0.0);
        split
            .map(|(&(c, aov), &start)| allotment(c, aov, log_base(start)))
            .collect()
    };
    // The extra revenue at `y`, and its slope: each channel buying adds
    // `12·aov·o0·k·e^(k·logBase)` (k = β/(1−β)).
    let total = |y: f64| -> (f64, f64) {
        let mut sum = (0.0, 0.0);
        for (&(c, aov), &start) in channels.iter().zip(&starts) {
            let log_base = y + (first - start);
            if log_base > 0.0 {
                let k = c.beta / (1.0 - c.beta);
                sum.0 += MONTHS * aov * c.extra_orders_at(log_base);
                sum.1 += MONTHS * aov * c.orders * k * (k * log_base).exp();
            }
        }
        sum
    };
    let (mut lo, mut hi) = (0.0, 1.0);
    while total(hi).0 < revenue && hi.is_finite() {
        lo = hi;
        hi *= 2.0;
    }
    // Newton's steps on the logarithm of the revenue (nearly a straight line in y, where the
    // revenue itself is a steep exponential whose plain Newton steps crawl) inside the bracket,
    // a bisection when one would leave it, down to the last bit: a few dozen evaluations.
    let mut y = hi;
    for _ in 0..400 {
        let (value, slope) = total(y);
        if value < revenue {
            lo = y;
        } else {
            hi = y;
        }
        if value == revenue {
            break;
        }
        let newton = y - (value / revenue).ln() * value / slope;
        let next = if newton > lo && newton < hi {
            newton
        } else {
            0.5 * (lo + hi)
        };
        if next == y || hi - lo <= f64::EPSILON * hi {
            break;
        }
        y = next;
    }
    at(y)
}

// §14 Outlook

/// SplitMix64: the stream of uniform numbers of the outlook's draws, seeded once.
#[derive(Debug, Clone)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    pub fn new(seed: u64) -> Self {
        SplitMix64(seed)
    }

    /// The next uniform number in `[0, 1)`: `(z >> 11)·2^−53`.
    pub fn uniform(&mut self) -> f64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        (z >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }
}

/// A factor drawn on the symmetric triangle `[1 − u, 1 + u]` from a uniform `U`:
/// `1 − u + u·√(2U)` below one half, `1 + u − u·√(2(1 − U))` from it.
pub fn triangular(half_width: f64, uniform: f64) -> f64 {
    if uniform < 0.5 {
        1.0 - half_width + half_width * (2.0 * uniform).sqrt()
    } else {
        1.0 + half_width - half_width * (2.0 * (1.0 - uniform)).sqrt()
    }
}

/// The index of percentile `p` in `n` sorted draws: `⌊p·(n − 1)/100⌋`.
pub fn quantile_index(p: usize, n: usize) -> usize {
    p * n.saturating_sub(1) / 100
}

// §15 History

/// What a shop's monthly history says: its last 12 months' revenue, the seasonal shares of
/// their calendar quarters (none when a quarter sums to 0), and the growth of the last 12
/// months over the 12 before (from 24 months on; none when those sum to 0).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PastFacts {
    pub last_year_revenue: f64,
    pub seasonality: Option<[f64; 4]>,
    pub growth: Option<f64>,
    /// Each calendar month's share of its calendar quarter (January first).
    pub month_weights: [f64; 12],
}

/// Months split evenly inside their quarter: what a plan without history uses.
pub const EVEN_MONTHS: [f64; 12] = [1.0 / 3.0; 12];

/// `months` oldest first, the last being the month before the plan's first quarter
/// (`start_quarter`, a calendar quarter).
pub fn past_facts(months: &[f64], start_quarter: u8) -> PastFacts {
    let n = months.len();
    let last_year = &months[n.saturating_sub(12)..];
    let last_year_revenue: f64 = last_year.iter().sum();
    // Calendar month (0–11) of the last entry: the month before the plan's start.
    let last_month = (3 * usize::from(start_quarter - 1) + 11) % 12;
    let mut quarters = [0.0; 4];
    let mut by_month = [0.0; 12];
    for (k, revenue) in last_year.iter().rev().enumerate() {
        let month = (last_month + 12 - k % 12) % 12;
        quarters[month / 3] += revenue;
        by_month[month] = *revenue;
    }
    let month_weights =
        std::array::from_fn(|m| ratio(by_month[m], quarters[m / 3]).unwrap_or(1.0 / 3.0));
    let seasonality = (last_year_revenue > 0.0 && quarters.iter().all(|q| *q > 0.0))
        .then(|| quarters.map(|q| q / last_year_revenue));
    let growth = (n >= 24)
        .then(|| months[n - 24..n - 12].iter().sum::<f64>())
        .and_then(|before| ratio(last_year_revenue, before))
        .map(|r| r - 1.0);
    PastFacts {
        last_year_revenue,
        seasonality,
        growth,
        month_weights,
    }
}

/// Verdict of a CPA: within the target, paid back within 12 months, or lost.
pub fn verdict(cpa: f64, target_cpa: f64, max_cpa_lifetime: f64) -> Verdict {
    if at_most(cpa, target_cpa) {
        Verdict::WithinTarget
    } else if at_most(cpa, max_cpa_lifetime) {
        Verdict::BelowTarget
    } else {
        Verdict::LossMaking
    }
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

/// Ramp: each quarter's year-over-year growth follows the weights: `E_q = λ·B_q·w_q` with
/// `λ = E / Σ B_q·w_q` (without seasonality, `E·w_q / Σw`).
pub fn ramp_extras(extra: f64, weights: [f64; 4], baselines: [f64; 4]) -> [f64; 4] {
    let weighted: f64 = (0..4).map(|q| baselines[q] * weights[q]).sum();
    let lambda = extra / weighted;
    std::array::from_fn(|q| lambda * baselines[q] * weights[q])
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
    fn splitmix64_gives_the_reference_stream() {
        // The reference implementation's first output for seed 0 is 0xE220A8397B1DCDAF.
        let mut stream = SplitMix64::new(0);
        let first = stream.uniform();
        assert_eq!(
            first,
            (0xE220_A839_7B1D_CDAF_u64 >> 11) as f64 / (1u64 << 53) as f64
        );
        assert!((0.0..1.0).contains(&stream.uniform()));
    }

    #[test]
    fn triangular_factors_span_the_half_width() {
        assert_eq!(triangular(0.2, 0.0), 0.8);
        assert_eq!(triangular(0.2, 0.5), 1.0);
        assert!((triangular(0.2, 1.0 - f64::EPSILON) - 1.2).abs() < 1e-7);
        assert_eq!(
            [0, 10, 50, 90].map(|p| quantile_index(p, 4000)),
            [0, 399, 1999, 3599]
        );
    }

    #[test]
    fn a_history_gives_its_seasonality_and_growth() {
        // 24 months ending in December (a plan starting in Q1): 100 a month the year before,
        // then Q1 100, Q2 200, Q3 300, Q4 400 a month.
        let mut months = vec![100.0; 12];
        months.extend([100.0, 100.0, 100.0, 200.0, 200.0, 200.0]);
        months.extend([300.0, 300.0, 300.0, 400.0, 400.0, 400.0]);
        let facts = past_facts(&months, 1);
        assert_eq!(facts.last_year_revenue, 3000.0);
        assert_eq!(facts.seasonality, Some([0.1, 0.2, 0.3, 0.4]));
        assert_eq!(facts.growth, Some(1.5));
        // Starting in Q3, the last month is June: the same 12 months fall in other quarters.
        let facts = past_facts(&months[12..], 3);
        assert_eq!(facts.seasonality, Some([0.3, 0.4, 0.1, 0.2]));
        assert_eq!(facts.growth, None);
    }

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
