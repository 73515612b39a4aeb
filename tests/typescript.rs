//! The TypeScript declarations (`src/boussole.d.ts`, shipped in `www/pkg/boussole.d.ts`) name
//! every key the engine writes, so that a change to the output cannot leave them behind.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use serde_json::Value;

fn keys(value: &Value, out: &mut BTreeSet<String>) {
    match value {
        Value::Object(o) => {
            for (k, v) in o {
                out.insert(k.clone());
                keys(v, out);
            }
        }
        Value::Array(a) => a.iter().for_each(|v| keys(v, out)),
        _ => {}
    }
}

#[test]
fn every_output_and_input_key_is_declared() {
    let dts = include_str!("../src/boussole.d.ts");
    let declared =
        |key: &str| dts.contains(&format!(" {key}:")) || dts.contains(&format!(" {key}?:"));
    let mut all = BTreeSet::new();
    for locale in [boussole::Locale::Fr, boussole::Locale::En] {
        let review = boussole::example::example_review(locale);
        keys(&serde_json::to_value(&review).unwrap(), &mut all);
        keys(
            &serde_json::to_value(boussole::review(&review)).unwrap(),
            &mut all,
        );
        let invalid = boussole::plan_value(&serde_json::json!({"channels": 3}));
        keys(&serde_json::to_value(invalid).unwrap(), &mut all);
    }
    let missing: Vec<&String> = all.iter().filter(|k| !declared(k)).collect();
    assert!(
        missing.is_empty(),
        "keys missing from boussole.d.ts: {missing:?}"
    );
}
