//! The engine's JavaScript API (`plan`, `review`, `examplePlan`, `exampleReview`, `version`)
//! and the conversions between JS values and the engine's JSON, for it and for the planner.
//!
//! Invalid input is a value (`{ok: false, errors}`); only a bug throws. A JS value nested
//! deeper than validation allows is refused before it is converted.

use serde::Serialize;
use serde_json::Value;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::Locale;
use crate::output::Invalid;

/// A value as plain JS, through JSON text and the browser's own parser: `null` for `None`,
/// objects for maps, fields in their declared order. One serde path (serde_json's) serves
/// the whole page, which is lighter than a second serde implementation for JS values.
pub(super) fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    js_sys::JSON::parse(&crate::json::to_text(value, 0)).map_err(|_| JsError::new("JSON.parse"))
}

/// Any JS value as JSON, or `None` when it nests deeper than validation's limit (converting
/// it would exhaust the stack and take every planner of the page down). What JSON cannot hold
/// (functions, symbols, `undefined`, NaN) reads as `null` or is left out, as `JSON.stringify`
/// does, and validation reports it like any wrong input.
pub(super) fn from_js(input: JsValue) -> Option<Value> {
    shallow(&input).then(|| value_of(&input))
}

/// A JS value as JSON, read by hand rather than by a serde deserializer for JS values (which
/// would be a second serde path in the wasm). Depth is bounded by [`shallow`] beforehand.
fn value_of(item: &JsValue) -> Value {
    if let Some(b) = item.as_bool() {
        return Value::Bool(b);
    }
    if let Some(x) = item.as_f64() {
        return serde_json::Number::from_f64(x).map_or(Value::Null, Value::Number);
    }
    if let Some(text) = item.as_string() {
        return Value::String(text);
    }
    if js_sys::Array::is_array(item) {
        let list = js_sys::Array::from(item);
        return Value::Array(list.iter().map(|one| value_of(&one)).collect());
    }
    if item.is_object() && !item.is_function() {
        let entries = js_sys::Object::entries(item.unchecked_ref());
        let mut map = serde_json::Map::new();
        for pair in entries.iter() {
            let pair = js_sys::Array::from(&pair);
            if let Some(key) = pair.get(0).as_string() {
                let v = pair.get(1);
                // As JSON.stringify: functions, symbols and `undefined` leave no key.
                if !(v.is_undefined() || v.is_function() || v.is_symbol()) {
                    map.insert(key, value_of(&v));
                }
            }
        }
        return Value::Object(map);
    }
    Value::Null
}

/// Whether `value` nests at most `validate::MAX_DEPTH` levels, walked depth first without
/// recursion (a cycle runs into the limit at once).
fn shallow(value: &JsValue) -> bool {
    let mut stack = vec![(value.clone(), 0)];
    while let Some((item, depth)) = stack.pop() {
        if item.is_object() {
            if depth >= crate::validate::MAX_DEPTH {
                return false;
            }
            let children = match js_sys::Array::is_array(&item) {
                true => js_sys::Array::from(&item),
                false => js_sys::Object::values(item.unchecked_ref()),
            };
            stack.extend(children.iter().map(|child| (child, depth + 1)));
        }
    }
    true
}

/// `{ok: false, errors}` for a value nested too deep.
fn too_deep() -> Invalid {
    Invalid::new(crate::validate::too_deep(Locale::default()))
}

fn locale(code: Option<String>) -> Locale {
    code.as_deref().and_then(Locale::parse).unwrap_or_default()
}

/// The engine's version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_string()
}

/// Plans a `PlanInput` object: `{ok: true, ...PlanOutput}` or `{ok: false, errors}`.
#[wasm_bindgen(skip_typescript)]
pub fn plan(input: JsValue) -> Result<JsValue, JsError> {
    match from_js(input) {
        Some(value) => to_js(&crate::plan_value(&value)),
        None => to_js(&too_deep()),
    }
}

/// Reviews a `ReviewInput` (a plan with `actuals`): `{ok: true, ...ReviewOutput}` or `{ok: false, errors}`.
#[wasm_bindgen(skip_typescript)]
pub fn review(input: JsValue) -> Result<JsValue, JsError> {
    match from_js(input) {
        Some(value) => to_js(&crate::review_value(&value)),
        None => to_js(&too_deep()),
    }
}

/// The example plan with two closed quarters, to start a review from.
#[wasm_bindgen(js_name = exampleReview, skip_typescript)]
pub fn example_review(code: Option<String>) -> Result<JsValue, JsError> {
    to_js(&crate::example::example_review(locale(code)))
}

/// A complete example plan (`PlanInput`) to start from, in `"fr"` (default) or `"en"`.
#[wasm_bindgen(js_name = examplePlan, skip_typescript)]
pub fn example_plan(code: Option<String>) -> Result<JsValue, JsError> {
    to_js(&crate::example_plan(locale(code)))
}

#[wasm_bindgen(typescript_custom_section)]
const TS_API: &'static str = include_str!("../boussole.d.ts");

/// JSON text through the browser's own parser; what is not JSON reads as `null`, which the
/// session then reports like any other wrong input.
pub(super) fn json_value(text: &str) -> Value {
    js_sys::JSON::parse(text)
        .ok()
        .and_then(from_js)
        .unwrap_or(Value::Null)
}
