//! Helpers shared by the native integration tests.
#![allow(dead_code)]

use serde_json::{json, Value};

pub mod form;
pub mod view;

/// A small valid plan that tests change one field at a time.
pub fn base_plan() -> Value {
    json!({
        "locale": "en",
        "start": {"year": 2027, "quarter": 1},
        "averageOrderValue": 100.0,
        "grossMarginRate": 0.5,
        "ordersPerCustomer": 3.0,
        "goal": {"growthRate": 0.3},
        "channels": [
            {"id": "seo", "label": "SEO", "kind": "seo", "sessionsPerMonth": 10000, "conversionRate": 0.02},
            {"id": "sea", "label": "Ads", "kind": "sea", "sessionsPerMonth": 5000, "conversionRate": 0.04,
             "cost": {"model": "perClick", "costPerClick": 0.8}}
        ]
    })
}

/// Sets the value at a JSON pointer (creating object keys), or removes it with `None`.
pub fn with(mut plan: Value, pointer: &str, value: Option<Value>) -> Value {
    let (parent, key) = pointer.rsplit_once('/').expect("pointer has a slash");
    let target = plan.pointer_mut(parent).expect("parent exists");
    match (target, value) {
        (Value::Object(o), Some(v)) => {
            o.insert(key.to_string(), v);
        }
        (Value::Object(o), None) => {
            o.remove(key);
        }
        (Value::Array(a), Some(v)) => a[key.parse::<usize>().unwrap()] = v,
        (Value::Array(a), None) => {
            a.remove(key.parse::<usize>().unwrap());
        }
        _ => panic!("cannot set {pointer}"),
    }
    plan
}

/// Plans a JSON value and returns the output as JSON.
pub fn plan_json(input: &Value) -> Value {
    serde_json::to_value(boussole::plan_value(input)).unwrap()
}

/// Relative closeness, with an absolute floor near zero.
pub fn close(a: f64, b: f64, rel: f64) -> bool {
    (a - b).abs() <= rel * a.abs().max(b.abs()).max(1e-12)
}

/// Walks `expected` and checks `actual` has the same values: numbers within `rel`,
/// `"*"` in `expected` matches anything. Returns the mismatches as paths.
pub fn compare(expected: &Value, actual: &Value, rel: f64, path: &str, out: &mut Vec<String>) {
    match (expected, actual) {
        (Value::String(s), _) if s == "*" => {}
        (Value::Number(e), Value::Number(a)) => {
            let (e, a) = (e.as_f64().unwrap(), a.as_f64().unwrap());
            if !close(e, a, rel) {
                out.push(format!("{path}: expected {e}, got {a}"));
            }
        }
        (Value::Object(e), Value::Object(a)) => {
            for (k, ev) in e {
                match a.get(k) {
                    Some(av) => compare(ev, av, rel, &format!("{path}.{k}"), out),
                    None => out.push(format!("{path}.{k}: missing")),
                }
            }
            for k in a.keys() {
                if !e.contains_key(k) {
                    out.push(format!("{path}.{k}: not expected"));
                }
            }
        }
        (Value::Array(e), Value::Array(a)) => {
            if e.len() != a.len() {
                out.push(format!(
                    "{path}: expected {} items, got {}",
                    e.len(),
                    a.len()
                ));
            }
            for (i, (ev, av)) in e.iter().zip(a).enumerate() {
                compare(ev, av, rel, &format!("{path}[{i}]"), out);
            }
        }
        (e, a) if e == a => {}
        (e, a) => out.push(format!("{path}: expected {e}, got {a}")),
    }
}

/// Every number in a JSON value, with its path.
pub fn numbers(value: &Value, path: &str, out: &mut Vec<(String, f64)>) {
    match value {
        Value::Number(n) => out.push((path.to_string(), n.as_f64().unwrap())),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, v)| numbers(v, &format!("{path}[{i}]"), out)),
        Value::Object(o) => o
            .iter()
            .for_each(|(k, v)| numbers(v, &format!("{path}.{k}"), out)),
        _ => {}
    }
}

/// The golden cases of `tests/cases/`, by file name in order, each `{description, kind, input, expected}`.
pub fn golden_cases() -> Vec<(String, Value)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|f| {
            let name = f.file_name().unwrap().to_string_lossy().into_owned();
            let case = serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
            (name, case)
        })
        .collect()
}

/// Splits one CSV record (RFC 4180) on `sep`.
pub fn csv_fields(line: &str, sep: char) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                fields.last_mut().unwrap().push('"');
            }
            '"' => quoted = !quoted,
            c if c == sep && !quoted => fields.push(String::new()),
            c => fields.last_mut().unwrap().push(c),
        }
    }
    assert!(!quoted, "unbalanced quotes in {line:?}");
    fields
}

/// The records of a CSV export: after its BOM, CRLF-separated, none with a bare line break.
pub fn csv_records(csv: &str) -> Vec<&str> {
    assert!(csv.ends_with("\r\n"), "CSV ends with CRLF");
    let body = csv.strip_prefix('\u{FEFF}').expect("UTF-8 BOM first");
    let records: Vec<&str> = body.strip_suffix("\r\n").unwrap().split("\r\n").collect();
    for r in &records {
        assert!(
            !r.contains('\n') && !r.contains('\r'),
            "bare line break in {r:?}"
        );
    }
    records
}

/// The candle shop of the README and the first-visit test (SEO, Google Ads at 0,45 € a click,
/// Instagram, a +40 % goal), in French.
pub fn candle_shop() -> serde_json::Value {
    json!({
        "locale": "fr",
        "start": {"year": 2027, "quarter": 1},
        "averageOrderValue": 35, "grossMarginRate": 0.55,
        "goal": {"growthRate": 0.4},
        "channels": [
            {"id": "seo", "label": "SEO", "kind": "seo", "sessionsPerMonth": 7000, "conversionRate": 0.018},
            {"id": "ads", "label": "Google Ads", "kind": "sea", "sessionsPerMonth": 3000, "conversionRate": 0.03,
             "cost": {"model": "perClick", "costPerClick": 0.45}},
            {"id": "insta", "label": "Instagram", "kind": "social", "sessionsPerMonth": 2000, "conversionRate": 0.008}
        ]
    })
}
