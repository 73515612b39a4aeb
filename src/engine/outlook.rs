//! §14: the odds of the goal, drawn around what the shop's trend and planned spend deliver.

use super::*;

/// §14: the goal's odds over `draws` random years centred on the momentum, what the shop's own
/// trend and the planned paid spend deliver (not on the plan, which would put any goal near
/// 50 %): traffic, conversion, order value and the curves' doubling gain stray by up to their
/// half-widths (symmetric triangular factors, one SplitMix64 stream, four numbers a draw).
pub(super) fn outlook(input: &PlanInput, out: &PlanOutput, u: Uncertainty) -> Outlook {
    let trend = input.past_growth_rate.unwrap_or(0.0);
    let momentum_revenue = momentum_revenue(input, &out.channels);
    let target = out.goal.target_revenue;

    // The draws' sums, gathered once: a channel that follows the trend (`revenue·(1 + ρ)`) moves
    // with all three factors; a fixed cost's extra (`revenue + extra·f_t`) with the traffic too;
    // a paid channel at its planned spend (`12·o0·(S1/S0)^β·aov`) with its drawn curve.
    let (mut trend_sum, mut fixed_sum, mut fixed_extra) = (0.0, 0.0, 0.0);
    // Each paid channel's revenue today, `ln(S1/S0)` and its doubling gain's index in `gains`.
    let mut paid: Vec<(f64, f64, usize)> = Vec::new();
    // The paid channels' distinct doubling gains: most share the default, one curve a draw.
    let mut gains: Vec<f64> = Vec::new();
    for (ci, co) in input.channels.iter().zip(&out.channels) {
        let curve = channel_curve(ci).filter(|_| co.current_cpa.is_some());
        match (ci.cost, curve) {
            (CostModel::Fixed { .. }, _) => {
                fixed_sum += co.current_revenue;
                fixed_extra += co.extra_revenue;
            }
            (cost, Some(curve)) => {
                let gain = cost.doubling_gain().unwrap_or(1.0);
                let k = gains.iter().position(|g| *g == gain).unwrap_or_else(|| {
                    gains.push(gain);
                    gains.len() - 1
                });
                let log_multiple = (co.planned_monthly_spend / curve.spend).ln();
                paid.push((co.current_revenue, log_multiple, k));
            }
            _ => trend_sum += co.current_revenue * (1.0 + trend),
        }
    }
    let mut betas = vec![0.0; gains.len()];
    let mut stream = f::SplitMix64::new(u.seed);
    let n = u.draws as usize;
    let (a, e) = (out.baseline.annual_revenue, out.goal.extra_revenue);
    let (cost, contribution) = (out.totals.extra_cost, out.totals.extra_contribution);
    let mut revenues = Vec::with_capacity(n);
    let mut contributions = Vec::with_capacity(n);
    for _ in 0..n {
        let t = f::triangular(u.traffic, stream.uniform());
        let c = f::triangular(u.conversion_rate, stream.uniform());
        let v = f::triangular(u.average_order_value, stream.uniform());
        let d = f::triangular(u.doubling_gain, stream.uniform());
        // A straight line (d = 1) stays one.
        for (beta, gain) in betas.iter_mut().zip(&gains) {
            *beta = match *gain < 1.0 {
                true => f::curve_exponent((gain * d).min(0.95)),
                false => 1.0,
            };
        }
        let bought: f64 = paid
            .iter()
            .map(|&(revenue, log_multiple, k)| revenue * (betas[k] * log_multiple).exp())
            .sum();
        let revenue = (trend_sum * t + fixed_sum + fixed_extra * t + bought) * c * v;
        revenues.push(revenue);
        contributions.push((revenue - a) * (contribution + cost) / e - cost);
    }
    let share = |count: usize| count as f64 / n as f64;
    let reached = share(revenues.iter().filter(|r| f::at_least(**r, target)).count());
    let losing = share(contributions.iter().filter(|c| **c < 0.0).count());
    let spread = spread_of(&revenues);
    // The values a full sort would put at the three indices, found by selection (linear
    // rather than n·log n: the outlook runs on every keystroke).
    let quantiles = |mut list: Vec<f64>| {
        let at = |p| f::quantile_index(p, list.len());
        let (i10, i50, i90) = (at(10), at(50), at(90));
        list.select_nth_unstable_by(i50, f64::total_cmp);
        let (below, above) = list.split_at_mut(i50);
        let p50 = above[0];
        let p10 = match i10 < i50 {
            true => *below.select_nth_unstable_by(i10, f64::total_cmp).1,
            false => p50,
        };
        let p90 = *above.select_nth_unstable_by(i90 - i50, f64::total_cmp).1;
        Quantiles { p10, p50, p90 }
    };
    Outlook {
        draws: u.draws,
        reference_growth: trend,
        momentum_revenue,
        effort_gap: (target - momentum_revenue).max(0.0),
        probability_of_goal: reached,
        revenue: quantiles(revenues),
        contribution: quantiles(contributions),
        probability_of_loss: losing,
        spread: Some(spread),
        trend_known: input.past_growth_rate.is_some(),
    }
}

/// The draws counted in 30 equal bins between the lowest and the highest.
fn spread_of(values: &[f64]) -> Spread {
    const BINS: usize = 30;
    let low = values.iter().copied().fold(f64::INFINITY, f64::min);
    let high = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let width = (high - low) / BINS as f64;
    let mut counts = vec![0; BINS];
    for v in values {
        let bin = if width > 0.0 {
            ((v - low) / width) as usize
        } else {
            0
        };
        counts[bin.min(BINS - 1)] += 1;
    }
    Spread { low, high, counts }
}
