//! Properties of every valid plan, and robustness against arbitrary JSON.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use boussole::model::*;
use common::{close, numbers};
use proptest::prelude::*;
use proptest::test_runner::{FailurePersistence, FileFailurePersistence, PersistedSeed};
use serde_json::{json, Value};

/// The failing seeds saved in `properties.proptest-regressions` are replayed on every run;
/// a new one is saved there only outside CI, so that CI never writes into the source tree.
#[derive(Debug, Clone, PartialEq)]
struct Regressions(FileFailurePersistence);

impl FailurePersistence for Regressions {
    fn load_persisted_failures2(&self, source_file: Option<&'static str>) -> Vec<PersistedSeed> {
        self.0.load_persisted_failures2(source_file)
    }

    fn save_persisted_failure2(
        &mut self,
        source_file: Option<&'static str>,
        seed: PersistedSeed,
        shrunken_value: &dyn std::fmt::Debug,
    ) {
        let ci = std::env::var_os("CI").is_some_and(|v| !v.is_empty() && v != "false");
        if !ci {
            self.0
                .save_persisted_failure2(source_file, seed, shrunken_value);
        }
    }

    fn box_clone(&self) -> Box<dyn FailurePersistence> {
        Box::new(self.clone())
    }

    fn eq(&self, other: &dyn FailurePersistence) -> bool {
        other.as_any().downcast_ref::<Self>() == Some(self)
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// `cases` random cases, after the saved failing ones.
fn config(cases: u32) -> ProptestConfig {
    let saved = FileFailurePersistence::SourceParallel("proptest-regressions");
    ProptestConfig {
        cases,
        failure_persistence: Some(Box::new(Regressions(saved))),
        ..ProptestConfig::default()
    }
}

/// Output keys that may be `null` (§10, §12); any other `null` is a bug (a NaN or ±∞ in disguise).
const NULLABLE: &[&str] = &[
    "trafficGrowthRate",
    "requiredConversionRate",
    "cpa",
    "roas",
    "verdict",
    "firstOrderProfitable",
    "costPerExtraOrder",
    "paidCpa",
    "marginalCpa",
    "totalCpa",
    "currentCpa",
    "feasible",
    "feasibleExtraRevenue",
    "breakEvenRoas",
    "targetRoas",
    "paidAllocation",
    "maxProfitableExtraRevenue",
    // v3: the break-even point and the curve's figures exist for paid channels on a curve only.
    "spendMultiple",
    "currentMarginalCpa",
    "spendAtBreakEven",
    "breakEvenExtraRevenue",
    "profitable",
    "plannedCpa",
    "maxBreakEvenExtraRevenue",
    "maxCpc",
    // §14–§16: only when the plan gives what they need; the history's derived values.
    "outlook",
    "benchmarks",
    "history",
    "pastGrowthRate",
    "seasonality",
    "mer",
    "roi",
    "budgetFits",
    "cartAbandonmentRate",
    "valueOfOnePointAbandonment",
    "field",
    "ref",
    "channel",
];

fn unexpected_nulls(value: &Value, key: &str, out: &mut Vec<String>) {
    match value {
        Value::Null if !NULLABLE.contains(&key) => out.push(key.to_string()),
        Value::Array(a) => a.iter().for_each(|v| unexpected_nulls(v, key, out)),
        Value::Object(o) => o.iter().for_each(|(k, v)| unexpected_nulls(v, k, out)),
        _ => {}
    }
}

fn money() -> impl Strategy<Value = f64> {
    prop_oneof![1.0..500.0f64, 0.01..1e6f64]
}

/// A doubling gain: the default, any in range, or a straight line.
fn doubling_gain() -> impl Strategy<Value = Option<f64>> {
    prop_oneof![Just(None), (0.05..=0.95f64).prop_map(Some), Just(Some(1.0))]
}

fn cost() -> impl Strategy<Value = CostModel> {
    prop_oneof![
        Just(CostModel::None),
        (0.01..10.0f64, doubling_gain()).prop_map(|(cost_per_click, doubling_gain)| {
            CostModel::PerClick {
                cost_per_click,
                doubling_gain,
            }
        }),
        (1.0..100_000.0f64, doubling_gain()).prop_map(|(current_monthly, doubling_gain)| {
            CostModel::Spend {
                current_monthly,
                doubling_gain,
            }
        }),
        (0.0..100_000.0f64).prop_map(|monthly| CostModel::Fixed { monthly }),
    ]
}

/// Sometimes an uncertainty (few draws, to stay quick).
fn uncertainty() -> impl Strategy<Value = Option<Uncertainty>> {
    proptest::option::of(
        (
            0.0..0.9f64,
            0.0..0.9f64,
            0.0..0.9f64,
            0.0..0.9f64,
            100..300u32,
            any::<u32>(),
        )
            .prop_map(
                |(traffic, conversion_rate, average_order_value, doubling_gain, draws, seed)| {
                    Uncertainty {
                        traffic,
                        conversion_rate,
                        average_order_value,
                        doubling_gain,
                        draws,
                        seed: u64::from(seed),
                    }
                },
            ),
    )
}

/// Sometimes 12 to 36 months of history, a month at 0 now and then.
fn history() -> impl Strategy<Value = Option<History>> {
    let month = prop_oneof![1 => Just(0.0), 9 => 0.0..1e6f64];
    proptest::option::of(
        proptest::collection::vec(month, 12..=36).prop_map(|months| History { months }),
    )
}

fn order_costs() -> impl Strategy<Value = Option<OrderCosts>> {
    proptest::option::of(
        (0.0..50.0f64, 0.0..0.5f64, 0.0..0.5f64).prop_map(|(p, r, d)| OrderCosts {
            per_order: p,
            return_rate: r,
            first_order_discount: d,
        }),
    )
}

fn channel(i: usize) -> impl Strategy<Value = ChannelInput> {
    (
        prop_oneof![Just(0.0), 1.0..1e6f64],
        1e-4..1.0f64,
        proptest::option::of(money()),
        cost(),
        0..5usize,
    )
        .prop_map(move |(sessions, cr, aov, cost, kind)| ChannelInput {
            id: format!("c{i}"),
            label: format!("<b>Canal {i}</b>"),
            kind: ChannelKind::ALL[kind],
            sessions_per_month: sessions,
            conversion_rate: cr,
            average_order_value: aov,
            goal_share: None,
            cost,
        })
}

fn plan_input() -> impl Strategy<Value = PlanInput> {
    let channels = (1..=12usize).prop_flat_map(|n| {
        let list: Vec<_> = (0..n).map(channel).collect();
        (
            list,
            any::<bool>(),
            proptest::collection::vec(0.0..1.0f64, n),
        )
    });
    (
        (
            money(),
            0.01..=1.0f64,
            1.0..10.0f64,
            proptest::option::of(-0.9..3.0f64),
        ),
        (
            proptest::option::of([0.1..5.0f64, 0.1..5.0, 0.1..5.0, 0.1..5.0]),
            0..3usize,
            [0.1..20.0f64, 0.1..20.0, 0.1..20.0, 0.1..20.0],
        ),
        (
            prop_oneof![
                (0.001..5.0f64).prop_map(Goal::GrowthRate),
                (1.0..1e7f64).prop_map(Goal::ExtraRevenue),
            ],
            1.0..10.0f64,
            proptest::option::of(0.0..1e6f64),
            proptest::option::of(0.0..0.99f64),
        ),
        (2000..=2100i32, 1..=4u8, any::<bool>(), order_costs()),
        channels,
        (uncertainty(), history()),
    )
        .prop_map(
            |(
                (aov, margin, n, past),
                (season, mode, weights),
                (goal, k, budget, abandonment),
                (year, quarter, en, order_costs),
                (mut channels, shares, raw),
                (uncertainty, history),
            )| {
                if channels.iter().all(|c| c.sessions_per_month == 0.0) {
                    channels[0].sessions_per_month = 100.0;
                }
                // An extra revenue is at most ten times the baseline (§1).
                let baseline: f64 = channels
                    .iter()
                    .map(|c| c.sessions_per_month * 12.0 * c.conversion_rate * c.aov(aov))
                    .sum();
                let goal = match goal {
                    Goal::ExtraRevenue(e) => Goal::ExtraRevenue(e.min(10.0 * baseline)),
                    g => g,
                };
                if shares {
                    let total: f64 = raw.iter().sum::<f64>().max(1e-9);
                    let len = channels.len();
                    for (c, r) in channels.iter_mut().zip(&raw) {
                        c.goal_share = Some(if total > 1e-9 {
                            r / total
                        } else {
                            1.0 / len as f64
                        });
                    }
                }
                PlanInput {
                    locale: if en { Locale::En } else { Locale::Fr },
                    currency: "EUR".into(),
                    start: Start { year, quarter },
                    average_order_value: aov,
                    gross_margin_rate: margin,
                    order_costs,
                    orders_per_customer: n,
                    past_growth_rate: past,
                    seasonality: season,
                    goal,
                    milestones: Milestones {
                        mode: [
                            MilestoneMode::Ramp,
                            MilestoneMode::Even,
                            MilestoneMode::Compound,
                        ][mode],
                        ramp_weights: weights,
                    },
                    target_ltv_to_cac: k,
                    marketing_budget: budget,
                    scenarios: ScenarioFactors::default(),
                    cart_abandonment_rate: abandonment,
                    alert_tolerance: 0.1,
                    uncertainty,
                    history,
                    channels,
                }
            },
        )
}

proptest! {
    #![proptest_config(config(400))]

    #[test]
    fn valid_plans_keep_their_invariants(input in plan_input()) {
        // The JSON round trip is the path every caller takes.
        let json = serde_json::to_value(&input).unwrap();
        let out = serde_json::to_value(boussole::plan_value(&json)).unwrap();
        prop_assert_eq!(&out["ok"], &json!(true), "{}", out);

        let mut nulls = Vec::new();
        unexpected_nulls(&out, "", &mut nulls);
        prop_assert!(nulls.is_empty(), "null (non-finite?) at {:?}", nulls);
        let mut all = Vec::new();
        numbers(&out, "", &mut all);
        for (path, x) in &all {
            prop_assert!(x.is_finite(), "{} = {}", path, x);
        }

        let e = out["goal"]["extraRevenue"].as_f64().unwrap();
        let sum = |key: &str, list: &Value| -> f64 {
            list.as_array().unwrap().iter().map(|v| v[key].as_f64().unwrap()).sum()
        };
        prop_assert!(close(sum("extraRevenue", &out["channels"]), e, 1e-9));
        prop_assert!(close(sum("extraRevenue", &out["quarters"]), e, 1e-9));
        prop_assert!(close(out["quarters"][3]["cumulativeGoalShare"].as_f64().unwrap(), 1.0, 1e-9));
        for (c, input_c) in out["channels"].as_array().unwrap().iter().zip(&input.channels) {
            prop_assert!(c["targetSessionsPerMonth"].as_f64().unwrap() >= input_c.sessions_per_month);
        }
        // Every quarter's channels share out the quarter's extra revenue.
        for q in out["quarters"].as_array().unwrap() {
            prop_assert!(close(sum("extraRevenue", &q["channels"]), q["extraRevenue"].as_f64().unwrap(), 1e-9));
        }
        // Labels stay text: never rewritten, whatever they hold.
        prop_assert_eq!(&out["channels"][0]["label"], &json!("<b>Canal 0</b>"));
        // Objectives: plan + channels with extra revenue + quarters; OKR has 3 to 6 key results.
        let growing = out["channels"].as_array().unwrap().iter()
            .filter(|c| c["extraRevenue"].as_f64().unwrap() > 0.0).count();
        prop_assert_eq!(out["objectives"].as_array().unwrap().len(), 1 + growing + 4);
        let krs = out["okr"]["keyResults"].as_array().unwrap().len();
        prop_assert!((3..=6).contains(&krs), "{} key results", krs);
    }
}

/// Any JSON value at all.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>()
            .prop_filter("finite", |x| x.is_finite())
            .prop_map(|x| json!(x)),
        any::<i64>().prop_map(|x| json!(x)),
        "[a-zA-Z0-9 <>&\"'%,.-]{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::btree_map("[a-zA-Z]{1,8}", inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

const FIELDS: &[&str] = &[
    "/locale",
    "/currency",
    "/start",
    "/start/year",
    "/start/quarter",
    "/averageOrderValue",
    "/grossMarginRate",
    "/ordersPerCustomer",
    "/pastGrowthRate",
    "/seasonality",
    "/goal",
    "/goal/growthRate",
    "/milestones",
    "/milestones/rampWeights",
    "/targetLtvToCac",
    "/marketingBudget",
    "/scenarios",
    "/cartAbandonmentRate",
    "/alertTolerance",
    "/channels",
    "/channels/0",
    "/channels/0/id",
    "/channels/0/label",
    "/channels/0/kind",
    "/channels/0/sessionsPerMonth",
    "/channels/0/conversionRate",
    "/channels/0/averageOrderValue",
    "/channels/0/goalShare",
    "/channels/0/cost",
    "/channels/1/cost/costPerClick",
    "/channels/1/sessionsPerMonth",
];

proptest! {
    #![proptest_config(config(600))]

    #[test]
    fn arbitrary_values_in_any_field_never_panic(
        fields in proptest::collection::vec((0..FIELDS.len(), any_json()), 1..4),
    ) {
        let mut plan = common::base_plan();
        for (i, value) in fields {
            let pointer = FIELDS[i];
            let (parent, key) = pointer.rsplit_once('/').unwrap();
            let settable = match plan.pointer(parent) {
                Some(Value::Object(_)) => true,
                Some(Value::Array(a)) => key.parse::<usize>().is_ok_and(|i| i < a.len()),
                _ => false,
            };
            if settable {
                plan = common::with(plan, pointer, Some(value));
            }
        }
        let out = serde_json::to_value(boussole::plan_value(&plan)).unwrap();
        match out["ok"].as_bool() {
            Some(true) => {
                let mut nulls = Vec::new();
                unexpected_nulls(&out, "", &mut nulls);
                prop_assert!(nulls.is_empty(), "{:?}", nulls);
            }
            Some(false) => {
                let errors = out["errors"].as_array().unwrap();
                prop_assert!(!errors.is_empty());
                for e in errors {
                    prop_assert!(e["code"].as_str().is_some_and(|c| !c.is_empty()));
                    prop_assert!(e["message"].as_str().is_some_and(|m| !m.is_empty()));
                }
            }
            None => prop_assert!(false, "no ok flag: {}", out),
        }
    }

    #[test]
    fn arbitrary_documents_never_panic(doc in any_json()) {
        let out = serde_json::to_value(boussole::plan_value(&doc)).unwrap();
        prop_assert_eq!(&out["ok"], &json!(false));
    }
}

#[test]
fn extreme_but_valid_numbers_stay_finite() {
    let mut plan = common::base_plan();
    for (pointer, value) in [
        ("/averageOrderValue", json!(1e-9)),
        ("/channels/0/conversionRate", json!(1e-9)),
        ("/channels/0/sessionsPerMonth", json!(1e-9)),
        ("/channels/1/sessionsPerMonth", json!(0)),
        ("/goal", json!({"growthRate": 10})),
        ("/grossMarginRate", json!(1e-9)),
        ("/cartAbandonmentRate", json!(0.999999999)),
        ("/milestones", json!({"mode": "compound"})),
        ("/seasonality", json!([1e-9, 1e12, 1e-9, 1])),
    ] {
        plan = common::with(plan, pointer, Some(value));
    }
    let out = common::plan_json(&plan);
    assert_eq!(out["ok"], json!(true), "{out}");
    let mut nulls = Vec::new();
    unexpected_nulls(&out, "", &mut nulls);
    assert!(nulls.is_empty(), "{nulls:?}");
}

/// Actuals for 1 to 4 closed quarters: each revenue a factor of the quarter's baseline (0 to
/// 3×), and per channel optional sessions, orders and spend (0 included).
type RawActuals = (
    usize,
    [f64; 4],
    Vec<[(Option<f64>, Option<f64>, Option<f64>); 4]>,
);

fn raw_actuals() -> impl Strategy<Value = RawActuals> {
    let figure = || proptest::option::of(prop_oneof![Just(0.0), 0.0..1e7f64]);
    let factor = || prop_oneof![Just(0.0), Just(1.0), 0.0..3.0f64];
    (
        1..=4usize,
        [factor(), factor(), factor(), factor()],
        proptest::collection::vec(
            [
                (figure(), figure(), figure()),
                (figure(), figure(), figure()),
                (figure(), figure(), figure()),
                (figure(), figure(), figure()),
            ],
            12,
        ),
    )
}

/// Every number of a review, `None`s left out: `(path, value)`.
fn review_numbers(out: &boussole::ReviewOutput) -> Vec<(String, f64)> {
    let mut v = Vec::new();
    let mut put = |path: String, x: Option<f64>| {
        if let Some(x) = x {
            v.push((path, x));
        }
    };
    for q in &out.quarters {
        let i = q.index;
        put(format!("q{i}.actual"), q.actual_revenue);
        put(format!("q{i}.target"), Some(q.target_revenue));
        put(format!("q{i}.attainment"), q.attainment);
        put(format!("q{i}.reforecast"), q.reforecast_target_revenue);
        put(format!("q{i}.reforecastYoy"), q.reforecast_yoy_growth_rate);
    }
    let p = &out.progress;
    put("extraSoFar".into(), Some(p.extra_so_far));
    put("goalShareReached".into(), Some(p.goal_share_reached));
    put("remainingExtra".into(), Some(p.remaining_extra));
    put("paceFactor".into(), p.pace_factor);
    put("projectedRevenue".into(), Some(p.projected_revenue));
    put(
        "projectedGoalAttainment".into(),
        Some(p.projected_goal_attainment),
    );
    put("requiredVsPlanned".into(), p.required_vs_planned);
    for k in &out.channel_kpis {
        let at = format!("kpi.q{}.{}", k.quarter, &*k.id);
        put(format!("{at}.sessions"), k.sessions);
        put(format!("{at}.targetSessions"), Some(k.target_sessions));
        put(format!("{at}.conversionRate"), k.conversion_rate);
        put(
            format!("{at}.plannedConversionRate"),
            Some(k.planned_conversion_rate),
        );
        put(format!("{at}.cpa"), k.cpa);
        put(format!("{at}.targetCpa"), Some(k.target_cpa));
    }
    for a in &out.alerts {
        put(format!("alert.{:?}.actual", a.code), Some(a.actual));
        put(format!("alert.{:?}.threshold", a.code), Some(a.threshold));
    }
    v
}

proptest! {
    #![proptest_config(config(300))]

    #[test]
    fn valid_reviews_keep_their_invariants(input in plan_input(), raw in raw_actuals()) {
        use boussole::review::{ChannelActuals, QuarterActuals, QuarterStatus, ReviewInput};
        let plan = boussole::plan(&input);
        let (closed, factors, figures) = raw;
        let actuals: Vec<QuarterActuals> = (0..closed)
            .map(|q| QuarterActuals {
                quarter: q as u8 + 1,
                // Within the bounds of any number in the contract (at most 1e12).
                revenue: (factors[q] * plan.quarters[q].baseline_revenue).min(1e12),
                channels: input
                    .channels
                    .iter()
                    .zip(&figures)
                    .filter_map(|(c, f)| {
                        let (sessions, orders, spend) = f[q];
                        (sessions.is_some() || orders.is_some() || spend.is_some()).then(|| {
                            ChannelActuals { id: c.id.clone(), sessions, orders, spend }
                        })
                    })
                    .collect(),
            })
            .collect();
        let review = ReviewInput { plan: input, actuals };
        // Valid through the contract's JSON (the path every caller takes), and the same review.
        let json = serde_json::to_value(&review).unwrap();
        let out = match boussole::review_value(&json) {
            boussole::ReviewResult::Ok(out) => out,
            boussole::ReviewResult::Invalid(e) => {
                return Err(TestCaseError::fail(format!("invalid: {e:?}")));
            }
        };
        prop_assert_eq!(&*out, &boussole::review(&review));

        for (path, x) in review_numbers(&out) {
            prop_assert!(x.is_finite(), "{} = {}", path, x);
        }
        let plan_json = serde_json::to_value(&out.plan).unwrap();
        let mut nulls = Vec::new();
        unexpected_nulls(&plan_json, "", &mut nulls);
        prop_assert!(nulls.is_empty(), "null (non-finite?) at {:?}", nulls);
        let mut all = Vec::new();
        numbers(&serde_json::to_value(&*out).unwrap(), "", &mut all);
        for (path, x) in &all {
            prop_assert!(x.is_finite(), "{} = {}", path, x);
        }

        // Closed quarters have a status and an actual; open ones a reforecast.
        for (i, q) in out.quarters.iter().enumerate() {
            prop_assert_eq!(q.status == QuarterStatus::Open, i >= closed);
            prop_assert_eq!(q.actual_revenue.is_some(), i < closed);
            prop_assert_eq!(q.reforecast_target_revenue.is_some(), i >= closed);
        }
        // The reforecast shares out exactly what is left to do, or keeps the plan once the goal
        // is reached.
        let p = &out.progress;
        if closed < 4 {
            let reforecast_extra: f64 = out.quarters[closed..]
                .iter()
                .zip(&plan.quarters[closed..])
                .map(|(q, planned)| q.reforecast_target_revenue.unwrap() - planned.baseline_revenue)
                .sum();
            // Relative to the goal's size (the remaining extra itself may be near zero), and to
            // the revenue the targets are computed from: a target of 7e10 holds an extra of 1
            // to about 1e-5 only.
            let baseline: f64 = plan.quarters[closed..].iter().map(|q| q.baseline_revenue).sum();
            let scale = p.remaining_extra.abs().max(plan.goal.extra_revenue).max(baseline);
            let planned: f64 = plan.quarters[closed..].iter().map(|q| q.extra_revenue).sum();
            let expected = if p.remaining_extra > 0.0 { p.remaining_extra } else { planned };
            prop_assert!(
                (reforecast_extra - expected).abs() <= 1e-9 * scale,
                "Σ reforecast extra {} vs {}", reforecast_extra, expected
            );
            prop_assert!(p.required_vs_planned.is_some());
        } else {
            prop_assert!(p.required_vs_planned.is_none());
        }
        // What is done and what is left make the goal.
        let e = plan.goal.extra_revenue;
        prop_assert!((p.extra_so_far + p.remaining_extra - e).abs() <= 1e-9 * p.extra_so_far.abs().max(e));
        // One KPI per channel entry, in order.
        let entries: usize = review.actuals.iter().map(|a| a.channels.len()).sum();
        prop_assert_eq!(out.channel_kpis.len(), entries);
    }
}

// --- [7] planning model v2 --------------------------------------------------------------------

/// The plan with every paid channel on a straight line and no order costs.
fn straight(mut input: PlanInput) -> PlanInput {
    input.order_costs = None;
    for c in &mut input.channels {
        match &mut c.cost {
            CostModel::PerClick { doubling_gain, .. } | CostModel::Spend { doubling_gain, .. } => {
                *doubling_gain = Some(1.0)
            }
            _ => {}
        }
    }
    input
}

proptest! {
    #![proptest_config(config(200))]

    /// Doubling gain 1 and no order costs give v1's figures: a click keeps its price (extra cost
    /// `12·cpc·extraSessions`, CPA `cpc/cr`), margins are `a·m` and `a·m·n`, ramp points follow
    /// the weights without seasonality.
    #[test]
    fn a_straight_line_without_order_costs_gives_v1s_figures(input in plan_input()) {
        let input = straight(input);
        let out = boussole::plan(&input);
        let u = &out.unit_economics;
        let (a, m, n) = (input.average_order_value, input.gross_margin_rate, input.orders_per_customer);
        prop_assert!(close(u.margin_per_order, a * m, 1e-12));
        prop_assert!(close(u.customer_margin, a * m * n, 1e-12));
        prop_assert!(close(u.break_even_roas.unwrap(), 1.0 / m, 1e-12));
        for (c, t) in input.channels.iter().zip(&out.channels) {
            if let (CostModel::PerClick { cost_per_click, .. }, true) = (c.cost, c.sessions_per_month > 0.0) {
                prop_assert!(close(t.extra_cost, 12.0 * cost_per_click * t.extra_sessions_per_month, 1e-9));
                if t.extra_orders > 0.0 {
                    prop_assert!(close(t.cpa.unwrap(), cost_per_click / c.conversion_rate, 1e-9));
                }
                prop_assert!(close(t.marginal_cpa.unwrap(), t.current_cpa.unwrap(), 1e-9));
            }
        }
    }

    /// At a paid channel's ceiling the next order costs the target CPA; the cheapest split
    /// gives every channel one marginal cost per unit of revenue, and sums to the paid part.
    #[test]
    fn ceilings_and_the_cheapest_split_meet_their_definitions(input in plan_input()) {
        let out = boussole::plan(&input);
        for (c, t) in input.channels.iter().zip(&out.channels) {
            let (Some(curve), Some(revenue)) = (boussole::channel_curve(c), t.feasible_extra_revenue) else {
                continue;
            };
            let aov = c.aov(input.average_order_value);
            let ceiling = curve.orders + revenue / 12.0 / aov;
            if revenue > 0.0 && curve.beta < 1.0 {
                prop_assert!(close(curve.marginal_cpa(ceiling), t.target_cpa, 1e-6), "{} vs {}", curve.marginal_cpa(ceiling), t.target_cpa);
            }
            prop_assert_eq!(t.feasible, Some(t.extra_orders / 12.0 + curve.orders <= ceiling * (1.0 + 1e-12)));
        }
        if let Some(split) = &out.paid_allocation {
            let total: f64 = split.channels.iter().map(|c| c.extra_revenue).sum();
            prop_assert!(close(total, split.paid_extra_revenue, 1e-9), "{} vs {}", total, split.paid_extra_revenue);
            let aov = |id: &str| {
                let c = input.channels.iter().find(|c| c.id == id).unwrap();
                c.aov(input.average_order_value)
            };
            let costs: Vec<f64> = split
                .channels
                .iter()
                .filter(|c| c.extra_revenue > 1e-6 * split.paid_extra_revenue)
                .map(|c| c.marginal_cpa / aov(&c.id))
                .collect();
            for pair in costs.windows(2) {
                prop_assert!(close(pair[0], pair[1], 1e-6), "{:?}", costs);
            }
            prop_assert!(split.saving >= -1e-9 * split.planned_extra_cost.abs().max(1.0));
        }
    }
}

#[test]
fn the_ramp_without_seasonality_gives_5_7_8_10_points_of_growth() {
    let mut input = boussole::example_plan(Locale::En);
    input.seasonality = None;
    let out = boussole::plan(&input);
    let points: Vec<f64> = out
        .quarters
        .iter()
        .map(|q| q.contribution_points * 100.0)
        .collect();
    for (got, want) in points.iter().zip([5.0, 7.0, 8.0, 10.0]) {
        assert!(close(*got, want, 1e-12), "{points:?}");
    }
    // With seasonality, each quarter's growth still rises through the year.
    let out = boussole::plan(&boussole::example_plan(Locale::En));
    let growth: Vec<f64> = out.quarters.iter().map(|q| q.yoy_growth_rate).collect();
    assert!(growth.windows(2).all(|w| w[0] < w[1]), "{growth:?}");
}

proptest! {
    #![proptest_config(config(100))]

    /// [8] With no uncertainty every draw is the momentum itself (the shop's trend and the
    /// planned spend): the goal is reached in all of them or in none, as the momentum reaches
    /// it or not, and the quantiles are one value.
    #[test]
    fn no_uncertainty_gives_certain_odds(input in plan_input()) {
        let mut input = input;
        input.uncertainty = Some(Uncertainty {
            traffic: 0.0,
            conversion_rate: 0.0,
            average_order_value: 0.0,
            doubling_gain: 0.0,
            draws: 100,
            seed: 7,
        });
        let out = boussole::plan(&input);
        let o = out.outlook.unwrap();
        prop_assert!(o.probability_of_goal == 0.0 || o.probability_of_goal == 1.0);
        prop_assert!(o.revenue.p10 == o.revenue.p50 && o.revenue.p50 == o.revenue.p90);
        prop_assert!(close(o.revenue.p50, o.momentum_revenue, 1e-9), "{} vs {}", o.revenue.p50, o.momentum_revenue);
        let target = out.goal.target_revenue;
        if !close(o.momentum_revenue, target, 1e-9) {
            prop_assert_eq!(o.probability_of_goal == 1.0, o.momentum_revenue > target);
        }
        prop_assert_eq!(o.effort_gap, (target - o.momentum_revenue).max(0.0));
        prop_assert!(o.contribution.p10 == o.contribution.p90);
    }
}

/// A labelled month as a spreadsheet may write it: ISO, French day first, French or English
/// names, Excel's `janv.-24`.
fn month_cell(format: usize, year: i32, month: u8) -> String {
    const FR: [&str; 12] = [
        "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
        "déc.",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let name = usize::from(month) - 1;
    match format {
        0 => format!("{year}-{month:02}"),
        1 => format!("01/{month:02}/{year}"),
        2 => format!("{} {year}", FR[name]),
        3 => format!("{} {year}", EN[name]),
        _ => format!("{}-{:02}", FR[name], year % 100),
    }
}

proptest! {
    #![proptest_config(config(300))]

    /// [8] Rows labelled with consecutive months are the plan's history exactly when they end
    /// the month before it starts, whatever their form or order; one row dropped, repeated or
    /// moved is named by its line; nothing read from a paste panics.
    #[test]
    fn labelled_histories_are_dated_by_their_months(
        // The rows start at most six years before: in 2001 or later, so that `janv.-24` is
        // read as 2024 (two-digit years are 20xx).
        start in (2008i32..2090, 1u8..=4),
        // How many months the rows end after the month before the plan: mostly none.
        shift in prop_oneof![3 => Just(0i64), 1 => -40i64..40],
        n in 12usize..=36,
        format in 0usize..5,
        latest_first in any::<bool>(),
        // 0: none; 1: a row dropped; 2: a row twice; 3: two rows swapped; inside the rows.
        fault in (0usize..4, 1usize..35),
    ) {
        use boussole::form::history::{read_history_before, YearMonth};
        let plan_start = YearMonth::first_of_quarter(start.0, start.1).unwrap();
        let last = plan_start.plus(shift - 1);
        let first = last.plus(1 - n as i64);
        let mut rows: Vec<String> = (0..n)
            .map(|k| {
                let m = first.plus(k as i64);
                format!("{};{}\n", month_cell(format, m.year, m.month), 1000 + k)
            })
            .collect();
        if latest_first {
            rows.reverse();
        }
        let at = fault.1.min(n - 2);
        let faulty_line = match fault.0 {
            1 => { rows.remove(at); at + 1 }
            2 => { let row = rows[at].clone(); rows.insert(at + 1, row); at + 2 }
            3 => { rows.swap(at, at + 1); at + 1 }
            _ => 0,
        };
        let text = rows.concat();
        match read_history_before(&text, Locale::Fr, plan_start) {
            Ok(h) => {
                prop_assert_eq!((fault.0, shift), (0, 0));
                let column: Vec<f64> = (0..n).map(|k| 1000.0 + k as f64).collect();
                prop_assert_eq!(h.revenues, column);
                prop_assert_eq!((h.span.first, h.span.last), (first, last));
            }
            Err(e) if fault.0 == 0 => {
                prop_assert!(shift != 0, "{}", e.message);
                prop_assert_eq!(e.cell, None);
                let said = format!("Les {n} mois de l’historique");
                prop_assert!(e.message.starts_with(&said), "{}", e.message);
            }
            Err(e) => prop_assert_eq!(e.cell, Some((faulty_line, 1)), "{}", e.message),
        }
    }

    /// Whatever is pasted, the reader answers with months or an error, never a panic.
    #[test]
    fn pasted_text_never_panics(
        rows in proptest::collection::vec(
            ("[0-9]{0,5}[-/. ]{0,2}[0-9a-zéû.]{0,6}[-/. ]{0,2}[0-9]{0,5}", "[0-9 ,.€-]{0,9}", 0usize..3),
            0..40,
        ),
        start in (-3000i32..3000, 0u8..6),
    ) {
        use boussole::form::history::{history_for_plan, YearMonth};
        let text: String = rows
            .iter()
            .map(|(label, amount, sep)| format!("{label}{}{amount}\n", ["\t", ";", ","][*sep]))
            .collect();
        let plan_start = YearMonth::first_of_quarter(start.0, start.1);
        for locale in [Locale::Fr, Locale::En] {
            if let Ok(months) = history_for_plan(&text, locale, plan_start) {
                prop_assert!((12..=36).contains(&months.len()));
            }
        }
    }
}
