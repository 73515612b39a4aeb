//! The worked examples of the source article, and small table-driven formula checks.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use boussole::formulas as f;
use boussole::output::{Achievability, Verdict};
use common::{base_plan, close, plan_json, with};
use serde_json::json;

#[test]
fn thirty_percent_a_year_is_five_seven_eight_ten_points() {
    let out = plan_json(&base_plan());
    let points: Vec<f64> = out["quarters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["contributionPoints"].as_f64().unwrap())
        .collect();
    for (got, want) in points.iter().zip([0.05, 0.07, 0.08, 0.10]) {
        assert!(close(*got, want, 1e-12), "{points:?}");
    }
    assert!(close(
        out["quarters"][3]["cumulativeGoalShare"].as_f64().unwrap(),
        1.0,
        1e-12
    ));
}

#[test]
fn customer_worth_150_with_ltv_cac_3_gives_a_50_target_cpa() {
    // 100 € × 50 % margin × 3 orders = 150 € of margin over 12 months.
    let none = boussole::model::OrderCosts::default();
    let per_order = f::margin_per_order(100.0, 0.5, none);
    let first = f::first_order_margin(100.0, 0.5, none);
    assert_eq!(f::customer_margin(first, per_order, 3.0), 150.0);
    assert_eq!(f::target_cpa(150.0, 3.0), 50.0);
    assert_eq!(f::verdict(40.0, 50.0, 150.0), Verdict::WithinTarget);
    // The same through the whole plan: a 0.80 € click converting at 2 % costs 40 € an order,
    // when clicks keep their price (the article's straight line: doubling gain 1).
    let plan = with(
        base_plan(),
        "/channels/1",
        Some(
            json!({"id": "sea", "label": "Ads", "kind": "sea", "sessionsPerMonth": 5000,
                    "conversionRate": 0.02, "cost": {"model": "perClick", "costPerClick": 0.8, "doublingGain": 1}}),
        ),
    );
    let out = plan_json(&plan);
    assert_eq!(out["unitEconomics"]["targetCpa"], json!(50.0));
    assert!(close(
        out["channels"][1]["cpa"].as_f64().unwrap(),
        40.0,
        1e-12
    ));
    assert_eq!(out["channels"][1]["verdict"], json!("withinTarget"));
}

#[test]
fn five_hundred_thousand_extra_split_over_four_channels_gives_sessions_needed() {
    let plan = json!({
        "start": {"year": 2027, "quarter": 1},
        "averageOrderValue": 80, "grossMarginRate": 0.4,
        "goal": {"extraRevenue": 500000},
        "channels": [
            {"id": "seo", "label": "SEO", "kind": "seo", "sessionsPerMonth": 40000, "conversionRate": 0.02, "goalShare": 0.4},
            {"id": "sea", "label": "SEA", "kind": "sea", "sessionsPerMonth": 10000, "conversionRate": 0.04, "goalShare": 0.3},
            {"id": "social", "label": "Réseaux sociaux", "kind": "social", "sessionsPerMonth": 20000, "conversionRate": 0.01, "goalShare": 0.2},
            {"id": "email", "label": "Email", "kind": "email", "sessionsPerMonth": 5000, "conversionRate": 0.05, "goalShare": 0.1}
        ]
    });
    let out = plan_json(&plan);
    // extra sessions a month = 500 000 × share / 80 € / cr / 12
    let expected = [
        ("seo", 200_000.0 / 80.0 / 0.02 / 12.0),
        ("sea", 150_000.0 / 80.0 / 0.04 / 12.0),
        ("social", 100_000.0 / 80.0 / 0.01 / 12.0),
        ("email", 50_000.0 / 80.0 / 0.05 / 12.0),
    ];
    for (i, (id, sessions)) in expected.iter().enumerate() {
        let c = &out["channels"][i];
        assert_eq!(c["id"], json!(id));
        assert!(
            close(
                c["extraSessionsPerMonth"].as_f64().unwrap(),
                *sessions,
                1e-12
            ),
            "{id}"
        );
    }
    assert!(close(
        out["channels"][0]["extraSessionsPerMonth"]
            .as_f64()
            .unwrap(),
        10_416.666_666_666_666,
        1e-12
    ));
}

#[test]
fn cart_abandonment_from_60_to_45_percent_is_the_37_5_percent_orders_lever() {
    assert!(close(
        f::cart_abandonment_for_growth(0.60, 0.375).unwrap(),
        0.45,
        1e-12
    ));
    let plan = with(
        with(base_plan(), "/goal", Some(json!({"growthRate": 0.375}))),
        "/cartAbandonmentRate",
        Some(json!(0.6)),
    );
    let out = plan_json(&plan);
    assert!(close(
        out["levers"]["cartAbandonmentRate"].as_f64().unwrap(),
        0.45,
        1e-12
    ));
    // One point less of abandonment is worth A·0.01/(1−0.6).
    let a = out["baseline"]["annualRevenue"].as_f64().unwrap();
    assert!(close(
        out["levers"]["valueOfOnePointAbandonment"]
            .as_f64()
            .unwrap(),
        a * 0.025,
        1e-12
    ));
}

#[test]
fn roas_4_at_40_percent_margin_is_profitable() {
    // Without order costs, a / (a·m) = 1/m.
    let first = f::first_order_margin(80.0, 0.40, Default::default());
    let roas = f::break_even_roas(80.0, first).unwrap();
    assert!(close(roas, 2.5, 1e-12));
    assert!(4.0 > roas && 2.0 < roas);
}

#[test]
fn achievability_thresholds() {
    use Achievability::*;
    let cases = [
        (0.15, None, InLine),
        (0.1500001, None, Stretch),
        (0.30, None, Stretch),
        (0.31, None, Aggressive),
        (0.25, Some(0.2), InLine),
        (0.26, Some(0.2), Stretch),
        (0.40, Some(0.2), Stretch),
        (0.41, Some(0.2), Aggressive),
        (0.10, Some(-0.1), InLine),
        (0.20, Some(0.0), Stretch),
    ];
    for (g, past, want) in cases {
        assert_eq!(f::achievability(g, past), want, "g={g} past={past:?}");
    }
}

#[test]
fn verdict_boundaries() {
    let cases = [
        (50.0, Verdict::WithinTarget),
        (50.01, Verdict::BelowTarget),
        (150.0, Verdict::BelowTarget),
        (150.01, Verdict::LossMaking),
    ];
    for (cpa, want) in cases {
        assert_eq!(f::verdict(cpa, 50.0, 150.0), want, "{cpa}");
    }
}

#[test]
fn costs_by_model() {
    // A straight line (doubling gain 1): 1 000 extra sessions a month at 0.50 € a click and
    // 2.5 % conversion, from 4 000 sessions today: v1's figures.
    let line = f::Curve {
        orders: 4000.0 * 0.025,
        spend: 4000.0 * 0.5,
        beta: f::curve_exponent(1.0),
    };
    let c = f::paid_cost(line, 1000.0 * 12.0 * 0.025, 24000.0, 40.0, 120.0, 80.0);
    assert!(close(c.extra_cost, 6000.0, 1e-12));
    assert!(close(c.cpa.unwrap(), 20.0, 1e-12));
    assert!(close(c.roas.unwrap(), 4.0, 1e-12));
    let c = f::fixed_cost(1000.0, 300.0, 24000.0);
    assert_eq!(c.extra_cost, 12000.0);
    assert!(close(c.cpa.unwrap(), 40.0, 1e-12));
    assert!(close(c.roas.unwrap(), 2.0, 1e-12));
    let c = f::fixed_cost(0.0, 300.0, 24000.0);
    assert_eq!((c.cpa, c.roas), (Some(0.0), None));
    let c = f::fixed_cost(500.0, 0.0, 0.0);
    assert_eq!((c.cpa, c.roas), (None, Some(0.0)));
}

#[test]
fn milestone_modes_sum_to_the_goal() {
    let baselines = [300.0, 200.0, 250.0, 450.0];
    let shares = baselines.map(|b| b / 1200.0);
    for extras in [
        f::ramp_extras(360.0, [5.0, 7.0, 8.0, 10.0], baselines),
        f::ramp_extras(360.0, [1.0, 1.0, 1.0, 1.0], baselines),
        f::even_extras(360.0, shares),
        f::compound_extras(360.0, baselines),
    ] {
        assert!(
            close(extras.iter().sum::<f64>(), 360.0, 1e-12),
            "{extras:?}"
        );
    }
    // Even: the same year-over-year growth every quarter.
    let even = f::even_extras(360.0, shares);
    for (e, b) in even.iter().zip(baselines) {
        assert!(close(e / b, 0.3, 1e-12));
    }
    // Compound: growth builds quarter after quarter.
    let c = f::compound_extras(360.0, baselines);
    let growth: Vec<f64> = c.iter().zip(baselines).map(|(e, b)| e / b).collect();
    assert!(growth.windows(2).all(|w| w[0] < w[1]), "{growth:?}");
}

#[test]
fn seasonality_is_read_by_calendar_quarter() {
    // A plan starting in Q3: its first quarter takes the calendar Q3 share.
    let plan = with(
        with(
            base_plan(),
            "/start",
            Some(json!({"year": 2026, "quarter": 3})),
        ),
        "/seasonality",
        Some(json!([1, 1, 2, 4])),
    );
    let out = plan_json(&plan);
    let a = out["baseline"]["annualRevenue"].as_f64().unwrap();
    let labels: Vec<&str> = out["quarters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["label"].as_str().unwrap())
        .collect();
    assert_eq!(labels, ["Q3 2026", "Q4 2026", "Q1 2027", "Q2 2027"]);
    let base: Vec<f64> = out["quarters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["baselineRevenue"].as_f64().unwrap())
        .collect();
    for (got, share) in base
        .iter()
        .zip([2.0 / 8.0, 4.0 / 8.0, 1.0 / 8.0, 1.0 / 8.0])
    {
        assert!(close(*got, a * share, 1e-12));
    }
}

#[test]
fn levers_grow_one_quantity_by_the_goal() {
    let out = plan_json(&base_plan());
    let b = &out["baseline"];
    let l = &out["levers"];
    for (lever, base) in [
        ("sessionsPerMonth", b["sessionsPerMonth"].as_f64().unwrap()),
        (
            "conversionRate",
            b["blendedConversionRate"].as_f64().unwrap(),
        ),
        ("averageOrderValue", b["blendedAov"].as_f64().unwrap()),
        ("ordersPerCustomer", 3.0),
    ] {
        assert!(
            close(l[lever].as_f64().unwrap(), base * 1.3, 1e-12),
            "{lever}"
        );
    }
    assert_eq!(l["cartAbandonmentRate"], json!(null));
    assert_eq!(l["valueOfOnePointAbandonment"], json!(null));
}
