//! The JavaScript boundary, run under node: `plan` and `review` take and give plain JS
//! objects, with the numbers of the native engine (the golden cases, computed natively
//! by the independent reference model and checked against the native engine in `golden.rs`).
#![cfg(target_arch = "wasm32")]

use boussole::wasm;
use js_sys::{Array, Object, Reflect};
use serde_json::Value;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

/// Plain JS objects, made by the browser's own parser (not by the code under test).
fn to_js(value: &Value) -> JsValue {
    js_sys::JSON::parse(&value.to_string()).unwrap()
}

fn from_js(value: JsValue) -> Value {
    serde_json::from_str(
        &js_sys::JSON::stringify(&value)
            .unwrap()
            .as_string()
            .unwrap(),
    )
    .unwrap()
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
        };
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
        let input = wasm::example_plan(Some(locale.into()));
        assert_eq!(
            Reflect::get(&input, &"locale".into()).unwrap(),
            JsValue::from_str(locale)
        );
        let out = wasm::plan(input.clone());
        let native = serde_json::to_value(boussole::plan_value(&from_js(input))).unwrap();
        // JS has one number type: compare numbers as numbers.
        same_numbers(&native, &from_js(out), locale);
    }
    let review = wasm::example_review(None);
    let out = from_js(wasm::review(review));
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
        let out = from_js(wasm::plan(input));
        assert_eq!(out["ok"], Value::Bool(false));
        assert_eq!(out["errors"][0]["code"], "wrong_type");
    }
    // NaN and Infinity in a number field are reported, never computed with.
    let example = wasm::example_plan(Some("en".into()));
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
    let out = from_js(wasm::plan(example));
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
        for out in [wasm::plan(input.clone().into()), wasm::review(input.into())] {
            let out = from_js(out);
            assert_eq!(out["ok"], Value::Bool(false));
            assert_eq!(out["errors"][0]["code"], "too_deep");
        }
    }
    let example = wasm::example_plan(None);
    assert_eq!(from_js(wasm::plan(example))["ok"], Value::Bool(true));
}

/// [14] A saved plan with one value nested too deep (a hand edit) loses that value only: the
/// plan shows, and the value is named, instead of the first visit's choice that erased it.
#[wasm_bindgen_test]
fn a_saved_value_nested_too_deep_costs_that_value_only() {
    let mut label = Value::from("SEO");
    for _ in 0..70 {
        label = Value::Array(vec![label]);
    }
    let form = boussole::form::FormState::from_input(&boussole::example::example_plan(
        boussole::model::Locale::Fr,
    ));
    let mut state = serde_json::json!({ "version": 3, "form": form });
    state["form"]["averageOrderValue"] = "91".into();
    state["form"]["channels"][0]["label"] = label;
    let options = serde_json::json!({ "saved": state.to_string() });
    let started = wasm::Planner::start(to_js(&options));
    let update = from_js(started.get(1));
    let said = update["say"].as_str().unwrap_or_default();
    let words = boussole::words::page::SAVED_VALUES_DROPPED.fr;
    let before = words.split("{}").next().unwrap();
    assert!(
        said.starts_with(before) && said.contains("(canal 1)"),
        "{said}"
    );
    // The plan drawn is the saved one, not the first visit's choice.
    assert!(control_value(&update, "averageOrderValue") == Some("91"));
}

/// The value of the control `name` in a form drawn by an update.
fn control_value<'a>(value: &'a Value, name: &str) -> Option<&'a str> {
    match value {
        Value::Object(o) if o.get("name").and_then(Value::as_str) == Some(name) => {
            o.get("value").and_then(Value::as_str)
        }
        Value::Object(o) => o.values().find_map(|v| control_value(v, name)),
        Value::Array(items) => items.iter().find_map(|v| control_value(v, name)),
        _ => None,
    }
}

/// `levels` lists, each holding the one before twice: `levels + 1` objects, `2^levels` paths.
fn doubled(levels: usize) -> JsValue {
    let mut shared = JsValue::from(1.0);
    for _ in 0..levels {
        shared = Array::of2(&shared, &shared).into();
    }
    shared
}

/// [14] A value whose members share references (`a = [a, a]`, 27 times) is 28 objects but
/// 2^27 paths: walking every path took a minute. The walk counts what it visits and refuses
/// past `MAX_VALUES`, at once, with `too_large`; the engine keeps working.
#[wasm_bindgen_test]
fn shared_references_are_counted_on_every_path_and_refused_at_once() {
    for (kind, api) in [
        ("plan", wasm::plan as fn(JsValue) -> JsValue),
        ("review", wasm::review),
    ] {
        let months = Object::new();
        Reflect::set(&months, &"months".into(), &doubled(27)).unwrap();
        let input = Object::new();
        Reflect::set(&input, &"history".into(), &months).unwrap();
        let started = js_sys::Date::now();
        let out = from_js(api(input.into()));
        let took = js_sys::Date::now() - started;
        assert_eq!(out["ok"], Value::Bool(false), "{kind}");
        assert_eq!(out["errors"][0]["code"], "too_large", "{kind}: {out}");
        let message = out["errors"][0]["message"].as_str().unwrap();
        assert!(message.contains("20\u{202f}000"), "{kind}: {message}");
        // Within a few thousand times the cost of one visit, not 2^27 of them.
        assert!(took < 1000.0, "{kind}: {took} ms");
    }
    // Shared references within the limit are read as the copies they stand for.
    let example = wasm::example_plan(None);
    let channels: Array = Reflect::get(&example, &"channels".into())
        .unwrap()
        .unchecked_into();
    channels.set(1, channels.get(0));
    let out = from_js(wasm::plan(example));
    assert_eq!(out["errors"][0]["code"], "duplicate_id", "{out}");
    assert_eq!(
        from_js(wasm::plan(wasm::example_plan(None)))["ok"],
        Value::Bool(true)
    );
}

/// A small seeded generator (xorshift64*): the same cases on every run, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// Any JS value JSON can hold, nested at most `depth` levels (objects and arrays).
    fn value(&mut self, depth: usize) -> JsValue {
        const KEYS: &[&str] = &[
            "channels",
            "goal",
            "kind",
            "growthRate",
            "sessions",
            "conversionRate",
            "cost",
            "model",
            "amount",
            "actuals",
            "quarter",
            "revenue",
            "orders",
            "locale",
            "currency",
            "averageOrderValue",
            "grossMargin",
            "start",
            "year",
            "milestones",
            "scenarios",
            "seasonality",
            "label",
            "x",
        ];
        let leaf = depth == 0 || self.below(3) == 0;
        match (leaf, self.below(9)) {
            (_, 0) => JsValue::NULL,
            (_, 1) => JsValue::from_bool(self.below(2) == 0),
            (_, 2) => JsValue::from_f64(
                [0.0, -1.0, 1e308, -1e-308, 0.5, 2e9, f64::NAN, f64::INFINITY]
                    [self.below(8) as usize],
            ),
            (_, 3) => JsValue::from_f64(self.below(100_000) as f64 / 7.0),
            (_, 4) => JsValue::from_str(
                [
                    "",
                    "fr",
                    "en",
                    "EUR",
                    "paid",
                    "cpc",
                    "1,5",
                    "<b>",
                    "\u{0}",
                    "é",
                    "SEO\u{1b}[2J\u{1b}]0;pwned\u{7}",
                    "a\nb\r\tc",
                    "\u{85}\u{9f}\u{7f}",
                ][self.below(13) as usize],
            ),
            (true, _) => JsValue::from_f64(self.below(1000) as f64),
            (false, 5 | 6) => {
                let list = Array::new();
                for _ in 0..self.below(5) {
                    let member = self.value(depth - 1);
                    list.push(&member);
                    // The same member again, by reference.
                    if self.below(4) == 0 {
                        list.push(&member);
                    }
                }
                list.into()
            }
            (false, _) => {
                let object = Object::new();
                for _ in 0..self.below(6) {
                    let key = KEYS[self.below(KEYS.len() as u64) as usize];
                    Reflect::set(&object, &key.into(), &self.value(depth - 1)).unwrap();
                }
                object.into()
            }
        }
    }

    /// The example plan (with closed quarters) with a few values replaced by any value, or by
    /// lists that hold one list twice, up to 27 times over (`shared`).
    fn mutated_example(&mut self, shared: bool) -> JsValue {
        let example = wasm::example_review(None);
        for _ in 0..1 + self.below(3) {
            let mut at = example.clone();
            // Walk down a few levels, then replace one member.
            for _ in 0..self.below(3) {
                let keys = Object::keys(at.unchecked_ref::<Object>());
                if keys.length() == 0 {
                    break;
                }
                let key = keys.get(self.below(keys.length() as u64) as u32);
                let next = Reflect::get(&at, &key).unwrap();
                if !next.is_object() {
                    break;
                }
                at = next;
            }
            let keys = Object::keys(at.unchecked_ref::<Object>());
            if keys.length() > 0 {
                let key = keys.get(self.below(keys.length() as u64) as u32);
                let old = Reflect::get(&at, &key).unwrap();
                // A number half the time stays a number, scaled (edges of the engine's
                // ranges); else any value.
                let value = match (old.as_f64(), self.below(2)) {
                    (Some(x), 0) => {
                        JsValue::from_f64(x * [0.0, 0.01, 3.0, 1e6][self.below(4) as usize])
                    }
                    // A few copies, or far more paths than the limit.
                    _ if shared => doubled([0, 1, 2, 5, 9, 27][self.below(6) as usize]),
                    _ => {
                        let depth = self.below(8) as usize;
                        self.value(depth)
                    }
                };
                Reflect::set(&at, &key, &value).unwrap();
            }
        }
        example
    }
}

/// Only finite numbers in an engine's answer (a NaN or an infinity would become `null`).
fn numbers_are_finite(value: &JsValue) -> bool {
    if let Some(x) = value.as_f64() {
        return x.is_finite();
    }
    if Array::is_array(value) {
        return Array::from(value).iter().all(|v| numbers_are_finite(&v));
    }
    if value.is_object() {
        return Object::values(value.unchecked_ref())
            .iter()
            .all(|v| numbers_are_finite(&v));
    }
    true
}

#[wasm_bindgen_test]
fn any_json_gets_an_answer_and_the_engine_keeps_working() {
    let limit = boussole::validate::MAX_DEPTH;
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let (mut valid, mut refused) = (0, 0);
    for case in 0..700 {
        let input = match case % 7 {
            // Up to the limit and a little beyond it.
            0 | 1 => {
                let depth = rng.below(limit as u64 + 8) as usize;
                rng.value(depth)
            }
            2 | 3 => {
                let depth = rng.below(6) as usize;
                rng.value(depth)
            }
            4 | 5 => rng.mutated_example(false),
            _ => rng.mutated_example(true),
        };
        for (kind, api) in [
            ("plan", wasm::plan as fn(JsValue) -> JsValue),
            ("review", wasm::review),
        ] {
            let started = js_sys::Date::now();
            let out = api(input.clone());
            // Shared references are counted, not walked path by path.
            let took = js_sys::Date::now() - started;
            assert!(took < 2000.0, "case {case}: {kind} took {took} ms");
            let ok = Reflect::get(&out, &"ok".into()).unwrap();
            assert!(ok.as_bool().is_some(), "case {case}: {kind} has no ok");
            match ok.as_bool() == Some(true) {
                true => valid += 1,
                false => {
                    refused += 1;
                    let errors: Array = Reflect::get(&out, &"errors".into()).unwrap().into();
                    assert!(
                        errors.length() > 0,
                        "case {case}: {kind} refused without a reason"
                    );
                }
            }
            assert!(
                numbers_are_finite(&out),
                "case {case}: {kind} gave a non-finite number"
            );
        }
        let example = wasm::example_plan(None);
        let out = wasm::plan(example);
        assert_eq!(
            Reflect::get(&out, &"ok".into()).unwrap(),
            JsValue::TRUE,
            "case {case}: the engine stopped answering"
        );
    }
    // The generator reaches both outcomes (else the test proves little).
    assert!(
        valid > 20 && refused > 200,
        "valid {valid}, refused {refused}"
    );
}

/// Runs `f` from JS as the element's script runs the planner: what it throws, or `undefined`.
fn thrown_by(f: impl FnMut() + 'static) -> JsValue {
    let f = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(f);
    let call = js_sys::Function::new_with_args("f", "try { f(); } catch (e) { return e; }");
    call.call1(&JsValue::NULL, f.as_ref()).unwrap()
}

/// The page's `globalThis.__boussolePanic`: a stub that records each message in
/// `globalThis.__panics` (or none at all, as on a page that uses the JS API alone), and
/// `console.error` recording in `globalThis.__console`.
fn stub_the_page(hook: bool) {
    let body = format!(
        "globalThis.__panics = []; globalThis.__console = [];
         globalThis.__consoleError ??= console.error;
         console.error = (m) => globalThis.__console.push(String(m));
         {}",
        match hook {
            true => "globalThis.__boussolePanic = (m) => globalThis.__panics.push(m);",
            false => "delete globalThis.__boussolePanic;",
        }
    );
    js_sys::Function::new_no_args(&body)
        .call0(&JsValue::NULL)
        .unwrap();
}

/// What the stubs recorded: the messages told to the hook, and those written to the console.
fn told() -> (Vec<String>, Vec<String>) {
    js_sys::Function::new_no_args("console.error = globalThis.__consoleError;")
        .call0(&JsValue::NULL)
        .unwrap();
    let list = |name: &str| -> Vec<String> {
        let list: Array = Reflect::get(&js_sys::global(), &name.into())
            .unwrap()
            .into();
        list.iter().map(|m| m.as_string().unwrap()).collect()
    };
    (list("__panics"), list("__console"))
}

/// Whether the panic under way is one a test causes on purpose.
static ON_PURPOSE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Runs `f` with the wasm's own panic hook, as the shipped module has it. The test harness put
/// its hook in place of it (after the module's start), and no hook can be set once a panic has
/// aborted (the thread stays "panicking"): so both are chained once for all, the wasm's for the
/// panics caused on purpose, the harness's for the others (a failing test).
fn with_the_wasm_hook<T>(f: impl FnOnce() -> T) -> T {
    use std::sync::atomic::Ordering::SeqCst;
    static CHAINED: std::sync::Once = std::sync::Once::new();
    CHAINED.call_once(|| {
        let harness = std::panic::take_hook();
        wasm::set_panic_hook();
        let ours = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| match ON_PURPOSE.load(SeqCst) {
            true => ours(info),
            false => harness(info),
        }));
    });
    ON_PURPOSE.store(true, SeqCst);
    let out = f();
    ON_PURPOSE.store(false, SeqCst);
    out
}

fn is_runtime_error(thrown: &JsValue) -> bool {
    thrown.is_instance_of::<js_sys::WebAssembly::RuntimeError>()
}

#[wasm_bindgen_test]
fn a_panic_tells_the_page_its_message_then_stops_the_call() {
    stub_the_page(true);
    let thrown = with_the_wasm_hook(|| {
        thrown_by(|| {
            let divisor = js_sys::Math::random() as usize; // 0, which the compiler cannot see
            let _ = 1 / divisor;
        })
    });
    let (panics, _) = told();
    assert_eq!(panics.len(), 1, "{panics:?}");
    assert!(
        panics[0].starts_with("panicked at tests/wasm.rs:"),
        "{panics:?}"
    );
    assert!(
        panics[0].ends_with("attempt to divide by zero"),
        "{panics:?}"
    );
    // Then the call stops (wasm32-unknown-unknown aborts): the script gets a RuntimeError, and
    // the element never calls this instance again.
    assert!(is_runtime_error(&thrown), "{thrown:?}");
}

#[wasm_bindgen_test]
fn with_the_js_api_alone_a_panic_is_written_to_the_console_and_the_next_one_told_too() {
    // No element's script on the page: nothing to tell but the console.
    stub_the_page(false);
    let thrown = with_the_wasm_hook(|| thrown_by(|| panic!("a bug met through plan()")));
    let (panics, console) = told();
    assert!(is_runtime_error(&thrown), "the hook threw: {thrown:?}");
    assert_eq!(panics, Vec::<String>::new());
    assert_eq!(console.len(), 1, "{console:?}");
    assert!(
        console[0].ends_with("a bug met through plan()"),
        "{console:?}"
    );
    // The hook ran to its end: a later panic is told like the first.
    stub_the_page(true);
    let thrown = with_the_wasm_hook(|| thrown_by(|| panic!("a later bug")));
    assert!(is_runtime_error(&thrown), "{thrown:?}");
    let (panics, _) = told();
    assert_eq!(panics.len(), 1, "{panics:?}");
    assert!(panics[0].ends_with("a later bug"), "{panics:?}");
}
