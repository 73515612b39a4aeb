//! Values across the door: Rust's out as JSON text through the browser's `JSON.parse`, the
//! page's in through serde-wasm-bindgen, after a walk that refuses what is too deep or too
//! large to copy.

use crate::model::{FieldError, Locale};
use crate::output::Invalid;
use serde::Serialize;
use serde_json::Value;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// A value as a plain JS object (`null` for `None`), through JSON text (see the README).
pub(super) fn to_js<T: Serialize + ?Sized>(value: &T) -> JsValue {
    js_sys::JSON::parse(&crate::json::to_text(value, 0)).unwrap_or(JsValue::NULL)
}

/// Any JS value as JSON, or the errors that refuse it: nested too deep or too large to convert.
pub(super) fn from_js(input: &JsValue) -> Result<Value, Vec<FieldError>> {
    small(input, false)?;
    Ok(serde_wasm_bindgen::from_value(input.clone()).unwrap_or(Value::Null))
}

/// Whether `value` holds at most `validate::MAX_VALUES` values, counted on every path as the
/// conversion will copy them (a list that holds another twice, 27 times over, is 2^27), and
/// nests at most `validate::MAX_DEPTH` levels (a cycle runs into the limit). With `prune`, a
/// part nested deeper is set to `null` instead: what a planner saved is read value by value,
/// so such a part costs itself only.
fn small(value: &JsValue, prune: bool) -> Result<(), Vec<FieldError>> {
    use crate::validate::{too_deep, too_large, MAX_DEPTH, MAX_VALUES};
    use js_sys::Reflect;
    let mut stack = vec![(value.clone(), 0)];
    let mut left = MAX_VALUES;
    while let Some((item, depth)) = stack.pop() {
        if !item.is_object() {
            continue;
        }
        if depth >= MAX_DEPTH {
            return Err(too_deep(Locale::default()));
        }
        // A list's length is read before its members are (a typed array of millions).
        let length = match js_sys::Array::is_array(&item) || js_sys::ArrayBuffer::is_view(&item) {
            true => Reflect::get(&item, &"length".into())
                .ok()
                .and_then(|n| n.as_f64()),
            false => None,
        };
        let keys = js_sys::Object::keys(item.unchecked_ref::<js_sys::Object>());
        match left.checked_sub(keys.length() as usize) {
            Some(rest) if length.is_none_or(|n| n <= left as f64) => left = rest,
            _ => return Err(too_large(Locale::default())),
        }
        for key in keys.iter() {
            let child = Reflect::get(&item, &key).unwrap_or(JsValue::NULL);
            match prune && child.is_object() && depth + 1 >= MAX_DEPTH {
                true => drop(Reflect::set(&item, &key, &JsValue::NULL)),
                false => stack.push((child, depth + 1)),
            }
        }
    }
    Ok(())
}

/// JSON text as a value, by the browser's parser (Rust's float reader costs ~10 KB); `null`
/// for text that is no JSON or too large a value. `prune`: as [`small`].
pub(super) fn json_value(text: &str, prune: bool) -> Value {
    let parsed = js_sys::JSON::parse(text).ok();
    let read = parsed.filter(|v| small(v, prune).is_ok());
    read.and_then(|v| serde_wasm_bindgen::from_value(v).ok())
        .unwrap_or(Value::Null)
}

/// `f` of the input, or `{ok: false, errors}` for a value nested too deep or too large.
pub(super) fn checked(input: &JsValue, f: fn(&Value) -> JsValue) -> JsValue {
    match from_js(input) {
        Ok(value) => f(&value),
        Err(errors) => to_js(&Invalid::new(errors)),
    }
}
