//! The JavaScript boundary: plain JS objects in and out, through serde.
//!
//! Invalid input is a value (`{ok: false, errors}`); only a bug throws.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::model::Locale;

/// Serialises as plain JSON-compatible JS: `null` for `None`, objects for maps.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}

/// Any JS value as JSON; what JSON cannot hold (functions, symbols, cycles) reads as `null`,
/// which validation then reports like any other wrong input. NaN and ±∞ read as `null` too.
fn from_js(input: JsValue) -> serde_json::Value {
    serde_wasm_bindgen::from_value(input).unwrap_or(serde_json::Value::Null)
}

/// The engine's version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_string()
}

/// Plans a `PlanInput` object: `{ok: true, ...PlanOutput}` or `{ok: false, errors}`.
#[wasm_bindgen(skip_typescript)]
pub fn plan(input: JsValue) -> Result<JsValue, JsError> {
    let value: serde_json::Value =
        serde_wasm_bindgen::from_value(input).unwrap_or(serde_json::Value::Null);
    to_js(&crate::plan_value(&value))
}

/// Reviews a `ReviewInput` (a plan with `actuals`): `{ok: true, ...ReviewOutput}` or `{ok: false, errors}`.
#[wasm_bindgen(skip_typescript)]
pub fn review(input: JsValue) -> Result<JsValue, JsError> {
    to_js(&crate::review_value(&from_js(input)))
}

/// The example plan with two closed quarters, to start a review from.
#[wasm_bindgen(js_name = exampleReview, skip_typescript)]
pub fn example_review(locale: Option<String>) -> Result<JsValue, JsError> {
    let locale = locale
        .as_deref()
        .and_then(Locale::parse)
        .unwrap_or_default();
    to_js(&crate::example::example_review(locale))
}

/// A complete example plan (`PlanInput`) to start from, in `"fr"` (default) or `"en"`.
#[wasm_bindgen(js_name = examplePlan, skip_typescript)]
pub fn example_plan(locale: Option<String>) -> Result<JsValue, JsError> {
    let locale = locale
        .as_deref()
        .and_then(Locale::parse)
        .unwrap_or_default();
    to_js(&crate::example_plan(locale))
}

#[wasm_bindgen(typescript_custom_section)]
const TS_API: &'static str = include_str!("boussole.d.ts");
