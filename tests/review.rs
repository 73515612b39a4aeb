//! The quarterly review's formulas (§11) at every status boundary, the projection on a case
//! computed by hand, and each alert just at and just past its threshold.
#![cfg(not(target_arch = "wasm32"))]

use boussole::model::*;
use boussole::review::{
    quarter_status, reforecast_status, AlertCode, ChannelActuals, QuarterActuals, QuarterStatus,
    ReforecastStatus, ReviewInput, ReviewOutput,
};

/// A plan whose numbers are round and exact in binary: one channel of 1 000 sessions a month
/// converting at 12.5 % with an AOV of 100 → 1 500 orders, 150 000 a year, 37 500 a quarter
/// (no seasonality); a 15 000 extra revenue goal spread evenly → 3 750 extra and a 41 250
/// target per quarter. Every figure below is an exact binary fraction, so the boundaries
/// are hit exactly, not within a rounding error.
fn round_plan() -> PlanInput {
    let mut plan = boussole::example_plan(Locale::En);
    plan.average_order_value = 100.0;
    plan.seasonality = None;
    plan.goal = Goal::ExtraRevenue(15_000.0);
    plan.milestones.mode = MilestoneMode::Even;
    plan.marketing_budget = None;
    plan.channels.truncate(1);
    let c = &mut plan.channels[0];
    c.sessions_per_month = 1_000.0;
    c.conversion_rate = 0.125;
    c.average_order_value = None;
    c.goal_share = None;
    c.cost = CostModel::None;
    plan
}

fn quarter(q: u8, revenue: f64) -> QuarterActuals {
    QuarterActuals {
        quarter: q,
        revenue,
        channels: Vec::new(),
    }
}

fn run(plan: &PlanInput, revenues: &[f64]) -> ReviewOutput {
    let actuals = revenues
        .iter()
        .enumerate()
        .map(|(i, r)| quarter(i as u8 + 1, *r))
        .collect();
    boussole::review(&ReviewInput {
        plan: plan.clone(),
        actuals,
    })
}

#[test]
fn the_round_plan_is_round() {
    let out = boussole::plan(&round_plan());
    assert_eq!(out.baseline.annual_revenue, 150_000.0);
    assert_eq!(out.goal.extra_revenue, 15_000.0);
    for q in &out.quarters {
        assert_eq!(q.baseline_revenue, 37_500.0);
        assert_eq!(q.extra_revenue, 3_750.0);
        assert_eq!(q.target_revenue, 41_250.0);
    }
}

#[test]
fn quarter_status_boundaries() {
    assert_eq!(quarter_status(1.0), QuarterStatus::Achieved);
    assert_eq!(quarter_status(1.05), QuarterStatus::Exceeded);
    assert_eq!(quarter_status(1.0f64.past_below()), QuarterStatus::Missed);
    assert_eq!(
        quarter_status(1.05f64.past_below()),
        QuarterStatus::Achieved
    );
    assert_eq!(quarter_status(0.0), QuarterStatus::Missed);
    // The last bit of a float never flips a status (within a relative 1e-12).
    assert_eq!(quarter_status(1.0f64.next_down()), QuarterStatus::Achieved);
    assert_eq!(quarter_status(1.05f64.next_down()), QuarterStatus::Exceeded);
    assert_eq!(quarter_status(2.0), QuarterStatus::Exceeded);

    // Through a full review: 41 250 × 1.05 = 43 312.5 exactly, and 43 312.5 / 41 250 is the
    // double nearest 1.05, i.e. the literal 1.05 (division is correctly rounded).
    let plan = round_plan();
    let cases = [
        (41_250.0, QuarterStatus::Achieved, 1.0),
        (43_312.5, QuarterStatus::Exceeded, 1.05),
        (
            41_250f64.past_below(),
            QuarterStatus::Missed,
            41_250f64.past_below() / 41_250.0,
        ),
        (
            43_312.5f64.past_below(),
            QuarterStatus::Achieved,
            43_312.5f64.past_below() / 41_250.0,
        ),
    ];
    for (revenue, status, attainment) in cases {
        let out = run(&plan, &[revenue]);
        let q1 = &out.quarters[0];
        assert_eq!(q1.status, status, "{revenue}");
        assert_eq!(q1.attainment, Some(attainment));
        assert_eq!(q1.actual_revenue, Some(revenue));
        assert!(out.quarters[1..]
            .iter()
            .all(|q| q.status == QuarterStatus::Open));
    }
}

#[test]
fn reforecast_status_boundaries() {
    use ReforecastStatus::*;
    assert_eq!(reforecast_status(1.0, Some(1.0)), OnTrack);
    assert_eq!(reforecast_status(1.0, Some(1.5)), CatchUp);
    assert_eq!(
        reforecast_status(1.0, Some(1.5f64.past_above())),
        ReviseGoal
    );
    assert_eq!(reforecast_status(1.0, Some(1.0f64.past_above())), CatchUp);
    assert_eq!(reforecast_status(0.0, Some(3.0)), GoalReached);
    assert_eq!(reforecast_status(-1.0, None), GoalReached);
    assert_eq!(reforecast_status(0.0, None), GoalReached);
    // The last bit of a float never flips a status (within a relative 1e-12).
    assert_eq!(reforecast_status(1.0, Some(1.5f64.next_up())), CatchUp);
    assert_eq!(reforecast_status(1.0, Some(1.0f64.next_up())), OnTrack);
    assert_eq!(reforecast_status(1.0, None), GoalMissed);

    let plan = round_plan();
    // Q1 on target: 3 750 extra of 15 000, 11 250 left for 11 250 planned → exactly 1.
    let out = run(&plan, &[41_250.0]);
    assert_eq!(out.progress.remaining_extra, 11_250.0);
    assert_eq!(out.progress.required_vs_planned, Some(1.0));
    assert_eq!(out.progress.reforecast_status, OnTrack);
    // 1.5 × 11 250 = 16 875 left → 1 875 short in Q1: 41 250 − 5 625 = 35 625.
    let out = run(&plan, &[35_625.0]);
    assert_eq!(out.progress.remaining_extra, 16_875.0);
    assert_eq!(out.progress.required_vs_planned, Some(1.5));
    assert_eq!(out.progress.reforecast_status, CatchUp);
    // One cent less: just above 1.5.
    let out = run(&plan, &[35_624.99]);
    assert!(out.progress.required_vs_planned.unwrap() > 1.5);
    assert_eq!(out.progress.reforecast_status, ReviseGoal);
    // The whole goal in Q1: nothing left.
    let out = run(&plan, &[37_500.0 + 15_000.0]);
    assert_eq!(out.progress.remaining_extra, 0.0);
    assert_eq!(out.progress.reforecast_status, GoalReached);
    let out = run(&plan, &[60_000.0]);
    assert!(out.progress.remaining_extra < 0.0);
    assert_eq!(out.progress.reforecast_status, GoalReached);
    // Four closed quarters, 1 short: goal missed, nothing to reforecast.
    let out = run(&plan, &[41_250.0, 41_250.0, 41_250.0, 41_249.0]);
    assert_eq!(out.progress.remaining_extra, 1.0);
    assert_eq!(out.progress.required_vs_planned, None);
    assert_eq!(out.progress.reforecast_status, GoalMissed);
    assert!(out
        .quarters
        .iter()
        .all(|q| q.reforecast_target_revenue.is_none()));
    // Four closed quarters on target: reached.
    let out = run(&plan, &[41_250.0; 4]);
    assert_eq!(out.progress.reforecast_status, GoalReached);
}

#[test]
fn projection_and_reforecast_by_hand() {
    // Q1 = 39 375: 1 875 extra so far, half the 3 750 planned → pace 0.5.
    // Projected: 39 375 + 3 × (37 500 + 3 750 × 0.5) = 39 375 + 3 × 39 375 = 157 500;
    // attainment of the goal: (157 500 − 150 000) / 15 000 = 0.5.
    // Left: 13 125 over 11 250 planned → 7/6; each open quarter gets 13 125 / 3 = 4 375 extra,
    // a 41 875 reforecast target, 4 375 / 37 500 = 11.666…% year on year.
    let out = run(&round_plan(), &[39_375.0]);
    let p = &out.progress;
    assert_eq!(p.extra_so_far, 1_875.0);
    assert_eq!(p.goal_share_reached, 0.125);
    assert_eq!(p.remaining_extra, 13_125.0);
    assert_eq!(p.pace_factor, Some(0.5));
    assert_eq!(p.projected_revenue, 157_500.0);
    assert_eq!(p.projected_goal_attainment, 0.5);
    assert_eq!(p.required_vs_planned, Some(13_125.0 / 11_250.0));
    assert_eq!(p.reforecast_status, ReforecastStatus::CatchUp);
    for q in &out.quarters[1..] {
        assert_eq!(q.reforecast_target_revenue, Some(41_875.0));
        assert_eq!(q.reforecast_yoy_growth_rate, Some(4_375.0 / 37_500.0));
        assert_eq!(q.target_revenue, 41_250.0);
    }
    assert_eq!(out.quarters[0].reforecast_target_revenue, None);
}

/// Two channels: `free` (no cost model) and `paid` (per click); alert tolerance 10 %.
fn alert_plan() -> PlanInput {
    let mut plan = boussole::example_plan(Locale::Fr);
    plan.channels.truncate(2);
    plan.channels[0].id = "free".into();
    plan.channels[0].cost = CostModel::None;
    plan.channels[1].id = "paid".into();
    plan.channels[1].cost = CostModel::PerClick {
        cost_per_click: 0.9,
        doubling_gain: None,
    };
    for c in &mut plan.channels {
        c.goal_share = None;
    }
    plan
}

/// The threshold of the plan's alert rule for Q1, `channel` and `metric` (§12).
fn rule(out: &boussole::PlanOutput, channel: Option<&str>, metric: &str) -> f64 {
    let rules = serde_json::to_value(&out.alert_rules).unwrap();
    rules
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["quarter"] == 1 && r["channel"].as_str() == channel && r["metric"] == metric)
        .unwrap_or_else(|| panic!("no rule {channel:?} {metric}"))["threshold"]
        .as_f64()
        .unwrap()
}

/// Reviews Q1 with `revenue` and one channel's figures; the alert codes raised for `id`
/// (or for the plan when `id` is `None`).
fn alerts_for(
    plan: &PlanInput,
    revenue: f64,
    channel: Option<ChannelActuals>,
    id: Option<&str>,
) -> Vec<AlertCode> {
    let input = ReviewInput {
        plan: plan.clone(),
        actuals: vec![QuarterActuals {
            quarter: 1,
            revenue,
            channels: channel.into_iter().collect(),
        }],
    };
    let out = boussole::review(&input);
    for a in &out.alerts {
        assert!(a.actual.is_finite() && a.threshold.is_finite());
        assert!(!a.message.is_empty());
    }
    out.alerts
        .iter()
        .filter(|a| a.channel.as_deref() == id)
        .map(|a| a.code)
        .collect()
}

fn figures(
    id: &str,
    sessions: Option<f64>,
    orders: Option<f64>,
    spend: Option<f64>,
) -> ChannelActuals {
    ChannelActuals {
        id: id.into(),
        sessions,
        orders,
        spend,
    }
}

#[test]
fn each_alert_fires_strictly_past_its_threshold() {
    let plan = alert_plan();
    let out = boussole::plan(&plan);
    let target = out.quarters[0].target_revenue;
    use AlertCode::*;

    // Revenue: strictly below target × (1 − t).
    let floor = rule(&out, None, "revenue");
    assert_eq!(floor, target * (1.0 - plan.alert_tolerance));
    assert_eq!(alerts_for(&plan, floor, None, None), []);
    assert_eq!(
        alerts_for(&plan, floor.past_below(), None, None),
        [RevenueBelowTarget]
    );
    assert_eq!(alerts_for(&plan, target, None, None), []);

    for id in ["free", "paid"] {
        // Sessions: strictly below 3 × target sessions per month × (1 − t).
        let floor = rule(&out, Some(id), "sessions");
        let s = |x| Some(figures(id, Some(x), None, None));
        assert_eq!(alerts_for(&plan, target, s(floor), Some(id)), []);
        assert_eq!(
            alerts_for(&plan, target, s(floor.past_below()), Some(id)),
            [SessionsBelowTarget]
        );

        // Conversion: orders / sessions strictly below cr × (1 − t). With 1 session the
        // rate is the orders exactly (and plenty of sessions would not change the rate).
        let floor = rule(&out, Some(id), "conversionRate");
        let sessions = rule(&out, Some(id), "sessions") * 2.0;
        let c = |orders: f64| Some(figures(id, Some(sessions), Some(orders * sessions), None));
        // orders × sessions / sessions can round: use one session and the rate as orders.
        let exact = |rate: f64| Some(figures(id, Some(1.0), Some(rate), None));
        let codes = alerts_for(&plan, target, exact(floor), Some(id));
        assert!(!codes.contains(&ConversionBelowFloor), "{codes:?}");
        let codes = alerts_for(&plan, target, exact(floor.past_below()), Some(id));
        assert!(codes.contains(&ConversionBelowFloor), "{codes:?}");
        // Well above the floor with plenty of sessions: no alert at all.
        assert_eq!(alerts_for(&plan, target, c(floor * 1.5), Some(id)), []);
    }

    // CPA: spend / orders strictly above the quarter's planned CPA × (1 + t) (v3: over all
    // the channel's orders, like the review's CPA), for the paid channel only.
    let ceiling = rule(&out, Some("paid"), "cpa");
    let planned = out.quarters[0].channels[1].planned_cpa.unwrap();
    assert_eq!(ceiling, planned * (1.0 + plan.alert_tolerance));
    // One order: the CPA is the spend exactly.
    let cpa = |spend: f64| Some(figures("paid", None, Some(1.0), Some(spend)));
    assert_eq!(alerts_for(&plan, target, cpa(ceiling), Some("paid")), []);
    assert_eq!(
        alerts_for(&plan, target, cpa(ceiling.past_above()), Some("paid")),
        [CpaAbovePlan]
    );
    // No cost model: no CPA rule, and never a CPA alert, however large the CPA.
    let rules = serde_json::to_value(&out.alert_rules).unwrap();
    assert!(!rules
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["channel"] == "free" && r["metric"] == "cpa"));
    let huge = Some(figures("free", None, Some(1.0), Some(1e12)));
    assert_eq!(alerts_for(&plan, target, huge, Some("free")), []);
    let input = ReviewInput {
        plan: plan.clone(),
        actuals: vec![QuarterActuals {
            quarter: 1,
            revenue: target,
            channels: vec![figures("free", None, Some(1.0), Some(1e12))],
        }],
    };
    // Its CPA is still reported as a KPI.
    assert_eq!(boussole::review(&input).channel_kpis[0].cpa, Some(1e12));
}

#[test]
fn alert_tolerance_moves_the_thresholds() {
    let mut plan = round_plan();
    plan.alert_tolerance = 0.25;
    // 41 250 × 0.75 = 30 937.5, exact.
    let out = run(&plan, &[30_937.5]);
    assert!(out.alerts.is_empty());
    let out = run(&plan, &[30_937.5f64.past_below()]);
    assert_eq!(out.alerts.len(), 1);
    assert_eq!(out.alerts[0].code, AlertCode::RevenueBelowTarget);
    assert_eq!(out.alerts[0].threshold, 30_937.5);
    assert_eq!(out.alerts[0].channel, None);
}

/// Values just past a threshold, beyond the relative 1e-12 within which the contract counts a
/// figure as equal to its threshold.
trait PastThreshold {
    fn past_below(self) -> Self;
    fn past_above(self) -> Self;
}

impl PastThreshold for f64 {
    fn past_below(self) -> f64 {
        self * (1.0 - 1e-11)
    }
    fn past_above(self) -> f64 {
        self * (1.0 + 1e-11)
    }
}
