//! Golden cases: `tests/cases/*.json`, each `{description, kind, input, expected}`, with
//! `expected` computed by the independent reference model in `tests/reference/`.
//! Every key of `expected` is compared (numbers to 1e-9 relative; `"*"` = not compared),
//! and the output may hold no key that `expected` lacks. Error messages are not compared.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use serde_json::Value;

fn run(kind: &str, input: &Value) -> Value {
    match kind {
        "plan" => serde_json::to_value(boussole::plan_value(input)).unwrap(),
        "review" => serde_json::to_value(boussole::review_value(input)).unwrap(),
        other => panic!("unknown case kind {other}"),
    }
}

/// Error messages are sentences for people; the golden files pin fields and codes.
fn without_messages(mut v: Value) -> Value {
    if let Some(errors) = v.get_mut("errors").and_then(Value::as_array_mut) {
        for e in errors {
            e.as_object_mut().unwrap().remove("message");
        }
    }
    v
}

#[test]
fn golden_cases_match_the_reference_model() {
    let cases = common::golden_cases();
    assert!(
        cases.len() >= 20,
        "expected the golden cases in tests/cases"
    );
    let mut failures = Vec::new();
    let mut kinds = std::collections::BTreeSet::new();
    for (name, case) in &cases {
        let kind = case["kind"].as_str().unwrap();
        let actual = without_messages(run(kind, &case["input"]));
        kinds.insert((kind.to_string(), actual["ok"].as_bool().unwrap()));
        let mut diffs = Vec::new();
        common::compare(&case["expected"], &actual, 1e-9, "", &mut diffs);
        if !diffs.is_empty() {
            failures.push(format!("{name}:\n  {}", diffs.join("\n  ")));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // Valid and invalid plans, and reviews, are all covered.
    assert!(kinds.contains(&("plan".into(), true)) && kinds.contains(&("plan".into(), false)));
}
