//! Bad input: one table row per rule of §1, each naming the field and its code.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{base_plan, plan_json, with};
use serde_json::{json, Value};

/// Changes `pointer` (None: removes it) and expects exactly these `(field, code)` errors.
fn expect_errors(pointer: &str, value: Option<Value>, want: &[(&str, &str)]) {
    let out = plan_json(&with(base_plan(), pointer, value.clone()));
    assert_eq!(
        out["ok"],
        json!(false),
        "{pointer} = {value:?} should be invalid"
    );
    let got: Vec<(String, String)> = out["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["field"].as_str().unwrap_or("").to_string(),
                e["code"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(f, c)| (f.to_string(), c.to_string()))
        .collect();
    assert_eq!(got, want, "{pointer} = {value:?}");
    for e in out["errors"].as_array().unwrap() {
        assert!(!e["message"].as_str().unwrap().is_empty());
    }
}

/// A change (pointer, new value or removal) and the errors it must give.
type Row = (
    &'static str,
    Option<Value>,
    Vec<(&'static str, &'static str)>,
);

#[test]
fn each_rule_names_its_field_and_code() {
    let rows: Vec<Row> = vec![
        (
            "/locale",
            Some(json!("de")),
            vec![("locale", "not_a_choice")],
        ),
        (
            "/currency",
            Some(json!("euro")),
            vec![("currency", "invalid_format")],
        ),
        (
            "/currency",
            Some(json!(978)),
            vec![("currency", "wrong_type")],
        ),
        ("/start", None, vec![("start", "required")]),
        (
            "/start/year",
            Some(json!(1999)),
            vec![("start.year", "out_of_range")],
        ),
        (
            "/start/year",
            Some(json!(2027.5)),
            vec![("start.year", "not_an_integer")],
        ),
        (
            "/start/quarter",
            Some(json!(5)),
            vec![("start.quarter", "out_of_range")],
        ),
        (
            "/start/month",
            Some(json!(1)),
            vec![("start.month", "unknown_field")],
        ),
        (
            "/averageOrderValue",
            Some(json!(0)),
            vec![("averageOrderValue", "out_of_range")],
        ),
        (
            "/averageOrderValue",
            Some(json!("80")),
            vec![("averageOrderValue", "not_a_number")],
        ),
        (
            "/averageOrderValue",
            Some(json!(1e13)),
            vec![("averageOrderValue", "out_of_range")],
        ),
        (
            "/averageOrderValue",
            Some(json!(1e-12)),
            vec![("averageOrderValue", "out_of_range")],
        ),
        (
            "/averageOrderValue",
            None,
            vec![("averageOrderValue", "required")],
        ),
        (
            "/grossMarginRate",
            Some(json!(0)),
            vec![("grossMarginRate", "out_of_range")],
        ),
        (
            "/grossMarginRate",
            Some(json!(1.01)),
            vec![("grossMarginRate", "out_of_range")],
        ),
        (
            "/ordersPerCustomer",
            Some(json!(0.9)),
            vec![("ordersPerCustomer", "out_of_range")],
        ),
        (
            "/pastGrowthRate",
            Some(json!(-1)),
            vec![("pastGrowthRate", "out_of_range")],
        ),
        (
            "/seasonality",
            Some(json!([1, 1, 1])),
            vec![("seasonality", "wrong_length")],
        ),
        (
            "/seasonality",
            Some(json!([1, 0, 1, 1])),
            vec![("seasonality[1]", "out_of_range")],
        ),
        (
            "/seasonality",
            Some(json!("flat")),
            vec![("seasonality", "wrong_type")],
        ),
        ("/goal", Some(json!({})), vec![("goal", "required")]),
        ("/goal", None, vec![("goal", "required")]),
        (
            "/goal",
            Some(json!({"growthRate": 0.1, "extraRevenue": 5})),
            vec![("goal", "conflicting_goals")],
        ),
        (
            "/goal",
            Some(json!({"growthRate": 0})),
            vec![("goal.growthRate", "out_of_range")],
        ),
        (
            "/goal",
            Some(json!({"extraRevenue": -5})),
            vec![("goal.extraRevenue", "out_of_range")],
        ),
        (
            "/goal",
            Some(json!({"targetRevenue": 10})),
            vec![("goal.targetRevenue", "not_above_baseline")],
        ),
        (
            "/goal",
            Some(json!({"growth": 0.3})),
            vec![("goal.growth", "unknown_field"), ("goal", "required")],
        ),
        (
            "/milestones",
            Some(json!({"mode": "linear"})),
            vec![("milestones.mode", "not_a_choice")],
        ),
        (
            "/milestones",
            Some(json!({"mode": "ramp", "rampWeights": [1, 2, 3, -4]})),
            vec![("milestones.rampWeights[3]", "out_of_range")],
        ),
        (
            "/targetLtvToCac",
            Some(json!(0.5)),
            vec![("targetLtvToCac", "out_of_range")],
        ),
        (
            "/marketingBudget",
            Some(json!(-1)),
            vec![("marketingBudget", "out_of_range")],
        ),
        (
            "/scenarios",
            Some(json!({"prudent": 1.1, "ambitious": 1.2})),
            vec![("scenarios.prudent", "out_of_range")],
        ),
        (
            "/scenarios",
            Some(json!({"prudent": 0.8, "ambitious": 3.5})),
            vec![("scenarios.ambitious", "out_of_range")],
        ),
        (
            "/cartAbandonmentRate",
            Some(json!(1)),
            vec![("cartAbandonmentRate", "out_of_range")],
        ),
        (
            "/alertTolerance",
            Some(json!(1)),
            vec![("alertTolerance", "out_of_range")],
        ),
        (
            "/extra",
            Some(json!(true)),
            vec![("extra", "unknown_field")],
        ),
        (
            "/channels",
            Some(json!([])),
            vec![("channels", "no_channels")],
        ),
        (
            "/channels",
            Some(json!({})),
            vec![("channels", "wrong_type")],
        ),
        (
            "/channels/0/id",
            Some(json!("SEO")),
            vec![("channels[0].id", "invalid_format")],
        ),
        (
            "/channels/0/id",
            Some(json!("")),
            vec![("channels[0].id", "invalid_format")],
        ),
        (
            "/channels/0/id",
            Some(json!("a".repeat(33))),
            vec![("channels[0].id", "invalid_format")],
        ),
        (
            "/channels/1/id",
            Some(json!("seo")),
            vec![("channels[1].id", "duplicate_id")],
        ),
        (
            "/channels/0/label",
            Some(json!("")),
            vec![("channels[0].label", "invalid_length")],
        ),
        (
            "/channels/0/label",
            Some(json!("é".repeat(61))),
            vec![("channels[0].label", "invalid_length")],
        ),
        (
            "/channels/0/kind",
            Some(json!("tv")),
            vec![("channels[0].kind", "not_a_choice")],
        ),
        (
            "/channels/0/sessionsPerMonth",
            Some(json!(-1)),
            vec![("channels[0].sessionsPerMonth", "out_of_range")],
        ),
        (
            "/channels/1/conversionRate",
            Some(json!(0)),
            vec![("channels[1].conversionRate", "out_of_range")],
        ),
        (
            "/channels/1/conversionRate",
            Some(json!(1.5)),
            vec![("channels[1].conversionRate", "out_of_range")],
        ),
        (
            "/channels/1/averageOrderValue",
            Some(json!(0)),
            vec![("channels[1].averageOrderValue", "out_of_range")],
        ),
        (
            "/channels/0/goalShare",
            Some(json!(1)),
            vec![("channels[1].goalShare", "shares_incomplete")],
        ),
        (
            "/channels/1/cost",
            Some(json!({"model": "perClick"})),
            vec![("channels[1].cost.costPerClick", "required")],
        ),
        (
            "/channels/1/cost",
            Some(json!({"model": "perClick", "costPerClick": 0})),
            vec![("channels[1].cost.costPerClick", "out_of_range")],
        ),
        (
            "/channels/1/cost",
            Some(json!({"model": "monthly", "amount": -3})),
            vec![("channels[1].cost.amount", "out_of_range")],
        ),
        (
            "/channels/1/cost",
            Some(json!({"model": "monthly", "amount": 3, "costPerClick": 1})),
            vec![("channels[1].cost.costPerClick", "unknown_field")],
        ),
        // v2's cost models and their bounds.
        (
            "/channels/1/cost",
            Some(json!({"model": "spend"})),
            vec![("channels[1].cost.currentMonthly", "required")],
        ),
        (
            "/channels/1/cost",
            Some(json!({"model": "spend", "currentMonthly": 500, "doublingGain": 0.01})),
            vec![("channels[1].cost.doublingGain", "out_of_range")],
        ),
        (
            "/channels/1/cost",
            Some(json!({"model": "perClick", "costPerClick": 1, "doublingGain": 0.97})),
            vec![("channels[1].cost.doublingGain", "out_of_range")],
        ),
        (
            "/channels/1/cost",
            Some(json!({"model": "fixed", "monthly": -1})),
            vec![("channels[1].cost.monthly", "out_of_range")],
        ),
        (
            "/channels/1/cost",
            Some(json!({"model": "fixed", "monthly": 10, "doublingGain": 0.5})),
            vec![("channels[1].cost.doublingGain", "unknown_field")],
        ),
        (
            "/orderCosts",
            Some(json!({"returnRate": 1})),
            vec![("orderCosts.returnRate", "out_of_range")],
        ),
        (
            "/orderCosts",
            Some(json!({"perOrder": 2, "vat": 0.2})),
            vec![("orderCosts.vat", "unknown_field")],
        ),
        (
            "/channels/1/cost",
            Some(json!({"model": "cpm"})),
            vec![("channels[1].cost.model", "not_a_choice")],
        ),
        (
            "/channels/1/cost",
            Some(json!({})),
            vec![("channels[1].cost.model", "required")],
        ),
        (
            "/channels/1/utm",
            Some(json!("x")),
            vec![("channels[1].utm", "unknown_field")],
        ),
        (
            "/channels/1",
            Some(json!(7)),
            vec![("channels[1]", "wrong_type")],
        ),
    ];
    for (pointer, value, want) in rows {
        expect_errors(pointer, value, &want);
    }
}

#[test]
fn shares_must_sum_to_one() {
    let plan = with(
        with(base_plan(), "/channels/0/goalShare", Some(json!(0.5))),
        "/channels/1/goalShare",
        Some(json!(0.4)),
    );
    let out = plan_json(&plan);
    assert_eq!(out["errors"][0]["field"], json!("channels"));
    assert_eq!(out["errors"][0]["code"], json!("shares_do_not_sum_to_one"));
    let within = with(plan, "/channels/1/goalShare", Some(json!(0.5000005)));
    assert_eq!(plan_json(&within)["ok"], json!(true));
}

#[test]
fn no_baseline_without_sessions() {
    let plan = with(
        with(base_plan(), "/channels/0/sessionsPerMonth", Some(json!(0))),
        "/channels/1/sessionsPerMonth",
        Some(json!(0)),
    );
    let out = plan_json(&plan);
    assert_eq!(
        out["errors"],
        json!([{"field": "channels", "code": "no_baseline", "message": out["errors"][0]["message"]}])
    );
}

#[test]
fn every_error_comes_at_once() {
    let plan = json!({
        "locale": "fr",
        "start": {"year": 3000, "quarter": 0},
        "averageOrderValue": -1,
        "grossMarginRate": "40 %",
        "goal": {"growthRate": -0.1},
        "channels": [{"id": "a", "label": "A", "kind": "seo", "sessionsPerMonth": 1, "conversionRate": 2}],
        "bogus": 1
    });
    let out = plan_json(&plan);
    let fields: Vec<&str> = out["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(
        fields,
        [
            "bogus",
            "start.year",
            "start.quarter",
            "averageOrderValue",
            "grossMarginRate",
            "channels[0].conversionRate",
            "goal.growthRate"
        ]
    );
    // French messages, naming the field.
    assert_eq!(
        out["errors"][5]["message"],
        json!("Taux de conversion (canal 1)\u{202f}: doit dépasser 0\u{202f}% et valoir au plus 100\u{202f}%. Dans un fichier JSON, un taux s’écrit en fraction\u{202f}: 0.02 pour 2\u{202f}%.")
    );
}

/// [7] A rate out of range says how to write one: as a fraction in a file, as a percentage
/// in the form.
#[test]
fn a_rate_out_of_range_says_how_to_write_it() {
    let mut plan = common::base_plan();
    plan["locale"] = json!("en");
    plan["grossMarginRate"] = json!(45);
    let out = common::plan_json(&plan);
    let message = out["errors"][0]["message"].as_str().unwrap();
    assert!(
        message.ends_with("In a JSON file, a rate is written as a fraction: 0.02 for 2%."),
        "{message}"
    );
    let mut form =
        boussole::form::FormState::from_input(&boussole::example_plan(boussole::Locale::Fr));
    form.set("grossMarginRate", "145");
    let errors = form.to_plan().unwrap_err();
    assert!(
        errors[0].message.ends_with("Saisissez 2 pour 2\u{202f}%."),
        "{}",
        errors[0].message
    );
}

#[test]
fn messages_follow_the_locale() {
    let en = plan_json(&with(base_plan(), "/averageOrderValue", Some(json!(-2))));
    assert_eq!(
        en["errors"][0]["message"],
        json!("Average order value: must be more than €0 and at most €1,000,000,000,000.")
    );
    let fr = plan_json(&with(
        with(base_plan(), "/locale", Some(json!("fr"))),
        "/averageOrderValue",
        Some(json!(-2)),
    ));
    assert_eq!(
        fr["errors"][0]["message"],
        json!("Panier moyen\u{202f}: doit dépasser 0\u{a0}€ et valoir au plus 1\u{202f}000\u{202f}000\u{202f}000\u{202f}000\u{a0}€.")
    );
}

#[test]
fn not_an_object_and_not_json() {
    for doc in [json!(null), json!([]), json!("plan"), json!(3)] {
        let out = plan_json(&doc);
        assert_eq!(out["ok"], json!(false));
        assert_eq!(out["errors"][0]["field"], json!(null));
        assert_eq!(out["errors"][0]["code"], json!("wrong_type"));
    }
    let out = serde_json::to_value(boussole::plan_json("{\"start\": ")).unwrap();
    assert_eq!(out["errors"][0]["code"], json!("invalid_json"));
}

#[test]
fn nulls_mean_defaults_for_optional_fields() {
    let mut plan = base_plan();
    for key in [
        "locale",
        "currency",
        "ordersPerCustomer",
        "pastGrowthRate",
        "seasonality",
        "milestones",
        "targetLtvToCac",
        "marketingBudget",
        "scenarios",
        "cartAbandonmentRate",
        "alertTolerance",
    ] {
        plan = with(plan, &format!("/{key}"), Some(json!(null)));
    }
    let out = plan_json(&plan);
    assert_eq!(out["ok"], json!(true), "{out}");
    assert_eq!(out["locale"], json!("fr"));
    assert_eq!(out["currency"], json!("EUR"));
}
