//! The JavaScript boundary, run under node: `plan` and `review` take and give plain JS
//! objects, with the numbers of the native engine (the golden cases, computed natively
//! by the independent reference model and checked against the native engine in `golden.rs`).
#![cfg(target_arch = "wasm32")]

use boussole::wasm;
use js_sys::{Array, Object, Reflect};
use serde::Serialize;
use serde_json::Value;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

fn to_js(value: &Value) -> JsValue {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap()
}

fn from_js(value: JsValue) -> Value {
    serde_wasm_bindgen::from_value(value).unwrap()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1e-12)
}

/// Every number of `expected` is in `actual` at the same place (`"*"`: not compared).
fn same_numbers(expected: &Value, actual: &Value, path: &str) {
    match (expected, actual) {
        (Value::String(s), _) if s == "*" => {}
        (Value::Number(e), Value::Number(a)) => {
            assert!(
                close(e.as_f64().unwrap(), a.as_f64().unwrap()),
                "{path}: {e} vs {a}"
            )
        }
        (Value::Object(e), Value::Object(a)) => {
            for (k, v) in e {
                same_numbers(v, &a[k], &format!("{path}.{k}"));
            }
            assert_eq!(e.len(), a.len(), "{path}: keys");
        }
        (Value::Array(e), Value::Array(a)) => {
            assert_eq!(e.len(), a.len(), "{path}: length");
            for (i, (ev, av)) in e.iter().zip(a).enumerate() {
                same_numbers(ev, av, &format!("{path}[{i}]"));
            }
        }
        (e, a) => assert_eq!(e, a, "{path}"),
    }
}

const CASES: &[(&str, &str)] = &[
    ("example-fr", include_str!("cases/example-fr.json")),
    (
        "compound-growth",
        include_str!("cases/compound-growth.json"),
    ),
    (
        "zero-session-channel",
        include_str!("cases/zero-session-channel.json"),
    ),
    (
        "review-two-quarters",
        include_str!("cases/review-two-quarters.json"),
    ),
];

#[wasm_bindgen_test]
fn plan_and_review_through_js_give_the_engine_numbers() {
    for (name, text) in CASES {
        let case: Value = serde_json::from_str(text).unwrap();
        let input = to_js(&case["input"]);
        let output = match case["kind"].as_str().unwrap() {
            "plan" => wasm::plan(input),
            _ => wasm::review(input),
        }
        .unwrap_or_else(|_| panic!("{name} threw"));
        // A plain object (not a Map), with the §10 keys.
        assert!(
            output.is_object()
                && Object::get_prototype_of(&output) == Object::get_prototype_of(&Object::new())
        );
        assert_eq!(
            Reflect::get(&output, &"ok".into()).unwrap(),
            JsValue::TRUE,
            "{name}"
        );
        same_numbers(&case["expected"], &from_js(output), name);
    }
}

#[wasm_bindgen_test]
fn example_plan_round_trips_through_js() {
    for locale in ["fr", "en"] {
        let input = wasm::example_plan(Some(locale.into())).unwrap();
        assert_eq!(
            Reflect::get(&input, &"locale".into()).unwrap(),
            JsValue::from_str(locale)
        );
        let out = wasm::plan(input.clone()).unwrap();
        let native = serde_json::to_value(boussole::plan_value(&from_js(input))).unwrap();
        // JS has one number type: compare numbers as numbers.
        same_numbers(&native, &from_js(out), locale);
    }
    let review = wasm::example_review(None).unwrap();
    let out = from_js(wasm::review(review).unwrap());
    assert_eq!(out["ok"], Value::Bool(true));
    assert!(!wasm::version().is_empty());
}

#[wasm_bindgen_test]
fn bad_input_is_a_value_not_an_exception() {
    let hostile = [
        JsValue::UNDEFINED,
        JsValue::NULL,
        JsValue::from_f64(f64::NAN),
        JsValue::from_str("plan"),
        Array::new().into(),
        js_sys::Function::new_no_args("return 1").into(),
    ];
    for input in hostile {
        let out = from_js(wasm::plan(input).unwrap());
        assert_eq!(out["ok"], Value::Bool(false));
        assert_eq!(out["errors"][0]["code"], "wrong_type");
    }
    // NaN and Infinity in a number field are reported, never computed with.
    let example = wasm::example_plan(Some("en".into())).unwrap();
    Reflect::set(
        &example,
        &"averageOrderValue".into(),
        &JsValue::from_f64(f64::INFINITY),
    )
    .unwrap();
    let channels: Array = Reflect::get(&example, &"channels".into()).unwrap().into();
    Reflect::set(
        &channels.get(1),
        &"conversionRate".into(),
        &JsValue::from_f64(f64::NAN),
    )
    .unwrap();
    let out = from_js(wasm::plan(example).unwrap());
    assert_eq!(out["ok"], Value::Bool(false));
    let fields: Vec<&str> = out["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["averageOrderValue", "channels[1].conversionRate"]);
}

#[wasm_bindgen_test]
fn values_nested_too_deep_are_refused_and_the_engine_keeps_working() {
    // 5 000 levels: converting them one by one would exhaust the stack and kill the module.
    let mut deep = JsValue::from(1.0);
    for _ in 0..5000 {
        let list = Array::new();
        list.push(&deep);
        deep = list.into();
    }
    let root = Object::new();
    Reflect::set(&root, &"channels".into(), &deep).unwrap();
    let cyclic = Object::new();
    Reflect::set(&cyclic, &"goal".into(), &cyclic).unwrap();
    for input in [root, cyclic] {
        for out in [
            wasm::plan(input.clone().into()).unwrap(),
            wasm::review(input.into()).unwrap(),
        ] {
            let out = from_js(out);
            assert_eq!(out["ok"], Value::Bool(false));
            assert_eq!(out["errors"][0]["code"], "too_deep");
        }
    }
    let example = wasm::example_plan(None).unwrap();
    assert_eq!(
        from_js(wasm::plan(example).unwrap())["ok"],
        Value::Bool(true)
    );
}
