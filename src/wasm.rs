//! The JavaScript door: the engine's API and the planner's [`Session`], whose updates the
//! element's script (`www/boussole.js`) carries out. Rust never calls back into the page, so a
//! host may change attributes inside its listeners. A panic (a bug) stops every planner.

use crate::model::{FieldError, Locale};
use crate::output::Invalid;
use crate::session::{self, DomEvent, Options, Session};
use serde::Serialize;
use serde_json::Value;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    // Set by the element's script: every planner of the page goes to its error state.
    #[wasm_bindgen(catch, js_namespace = globalThis, js_name = __boussolePanic)]
    fn panicked(message: &str) -> Result<(), JsValue>;
    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn console_error(message: &str);
}

/// Has every panic tell the page (at the start; public for `tests/wasm.rs`). Without the
/// element's script only the console is told: an exception must not leave the hook.
#[wasm_bindgen(start)]
pub fn set_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        if panicked(&message).is_err() {
            console_error(&message);
        }
    }));
}

/// A value as a plain JS object (`null` for `None`), through JSON text (see the README).
fn to_js<T: Serialize + ?Sized>(value: &T) -> JsValue {
    js_sys::JSON::parse(&crate::json::to_text(value, 0)).unwrap_or(JsValue::NULL)
}

/// Any JS value as JSON, or the errors that refuse it: nested too deep or too large to convert.
fn from_js(input: &JsValue) -> Result<Value, Vec<FieldError>> {
    small(input)?;
    Ok(serde_wasm_bindgen::from_value(input.clone()).unwrap_or(Value::Null))
}

/// Whether `value` nests at most `validate::MAX_DEPTH` levels (a cycle runs into the limit)
/// and holds at most `validate::MAX_VALUES` values. Values are counted on every path, as the
/// conversion will copy them: a list that holds another twice, 27 times over, is 2^27.
fn small(value: &JsValue) -> Result<(), Vec<FieldError>> {
    use crate::validate::{too_deep, too_large, MAX_DEPTH, MAX_VALUES};
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
            true => js_sys::Reflect::get(&item, &"length".into())
                .ok()
                .and_then(|n| n.as_f64()),
            false => None,
        };
        if length.is_some_and(|n| n > left as f64) {
            return Err(too_large(Locale::default()));
        }
        let children = js_sys::Object::values(item.unchecked_ref());
        left = match left.checked_sub(children.length() as usize) {
            Some(left) => left,
            None => return Err(too_large(Locale::default())),
        };
        stack.extend(children.iter().map(|child| (child, depth + 1)));
    }
    Ok(())
}

/// JSON text as a value, by the browser's parser (Rust's float reader costs ~10 KB); `null`
/// for text that is no JSON or too large a value.
fn json_value(text: &str) -> Value {
    let parsed = js_sys::JSON::parse(text).ok();
    parsed.and_then(|v| from_js(&v).ok()).unwrap_or(Value::Null)
}

/// `f` of the input, or `{ok: false, errors}` for a value nested too deep or too large.
fn checked(input: &JsValue, f: fn(&Value) -> JsValue) -> JsValue {
    match from_js(input) {
        Ok(value) => f(&value),
        Err(errors) => to_js(&Invalid::new(errors)),
    }
}

/// The engine's version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_string()
}

/// Plans a `PlanInput` object: `{ok: true, ...PlanOutput}` or `{ok: false, errors}`.
#[wasm_bindgen(skip_typescript)]
pub fn plan(input: JsValue) -> JsValue {
    checked(&input, |v| to_js(&crate::plan_value(v)))
}

/// Reviews a `ReviewInput` (a plan with `actuals`), answered as `plan` does.
#[wasm_bindgen(skip_typescript)]
pub fn review(input: JsValue) -> JsValue {
    checked(&input, |v| to_js(&crate::review_value(v)))
}

/// A complete example plan (`PlanInput`) to start from, in `"fr"` (default) or `"en"`.
#[wasm_bindgen(js_name = examplePlan, skip_typescript)]
pub fn example_plan(code: Option<String>) -> JsValue {
    to_js(&crate::example_plan(Locale::of(code.as_deref())))
}

/// The example plan with two closed quarters, to start a review from.
#[wasm_bindgen(js_name = exampleReview, skip_typescript)]
pub fn example_review(code: Option<String>) -> JsValue {
    to_js(&crate::example::example_review(Locale::of(code.as_deref())))
}

#[wasm_bindgen(typescript_custom_section)]
const TS_API: &'static str = include_str!("boussole.d.ts");

/// Where a planner saves: `storage="none"` saves nowhere; `id` keeps planners apart.
#[wasm_bindgen(js_name = storageKey)]
pub fn storage_key(storage: Option<String>, id: Option<String>) -> Option<String> {
    session::storage_key(storage.as_deref(), id.as_deref())
}

/// `<boussole-planner>`'s session: each call returns the update the element carries out.
#[wasm_bindgen]
pub struct Planner {
    session: Session,
}

#[wasm_bindgen]
impl Planner {
    /// `[planner, update]`, from the element's attributes and what the page read (`Options`).
    pub fn start(options: JsValue) -> js_sys::Array {
        let options: Options = from_js(&options)
            .ok()
            .and_then(|v| serde_json::from_value(v).ok())
            .unwrap_or_default();
        let (session, first) = Session::start(options.into_start(json_value));
        js_sys::Array::of2(&Planner { session }.into(), &to_js(&first))
    }

    /// An event of the shadow root (a `DomEvent`): the update, or null when it is not the
    /// planner's (the script then leaves its default alone).
    pub fn handle(&mut self, event: JsValue) -> JsValue {
        let Ok(mut event) = serde_wasm_bindgen::from_value::<DomEvent>(event) else {
            return JsValue::NULL;
        };
        event.now = js_sys::Date::now();
        to_js(&self.session.handle(&event))
    }

    /// The text of a file the visitor chose to import (its first `MAX_PLAN_BYTES` + 1 bytes).
    #[wasm_bindgen(js_name = importJson)]
    pub fn import_json(&mut self, text: &str) -> JsValue {
        to_js(&self.session.import_text(text, json_value))
    }

    /// A new `plan` attribute (JSON text): `{update}`, or `{errors}` when it does not load.
    #[wasm_bindgen(js_name = loadPlanJson)]
    pub fn load_plan_json(&mut self, text: &str) -> JsValue {
        to_js(&self.session.load(&json_value(text)))
    }

    /// An observed attribute changed (`lang`, `currency`, `storage`; `undefined` when removed).
    #[wasm_bindgen(js_name = attributeChanged)]
    pub fn attribute_changed(
        &mut self,
        name: &str,
        value: Option<String>,
        browser: Option<String>,
    ) -> JsValue {
        let update = self
            .session
            .attribute(name, value.as_deref(), browser.as_deref());
        to_js(&update)
    }

    /// A share link's plan (JSON text) pasted in the address of the open page.
    #[wasm_bindgen(js_name = openLink)]
    pub fn open_link(&mut self, text: &str) -> JsValue {
        to_js(&self.session.open_link_text(text, json_value))
    }

    /// The plan as the form shows it now, as a `PlanInput` object (null while invalid).
    #[wasm_bindgen(js_name = currentPlan)]
    pub fn current_plan(&self) -> JsValue {
        to_js(&self.session.current_plan())
    }

    /// The plan and its closed quarters as a `ReviewInput` object (null while invalid).
    #[wasm_bindgen(js_name = currentReview)]
    pub fn current_review(&self) -> JsValue {
        to_js(&self.session.current_review())
    }

    /// What to save and tell once typing pauses (`Settled`).
    pub fn settle(&mut self) -> JsValue {
        to_js(&self.session.settle())
    }

    /// Whether saving worked: an update that says so when it did not.
    #[wasm_bindgen(js_name = saveResult)]
    pub fn save_result(&mut self, ok: bool) -> JsValue {
        to_js(&self.session.save_result(ok))
    }

    /// The clipboard refused what a button copied: an update that says so beside it.
    #[wasm_bindgen(js_name = copyFailed)]
    pub fn copy_failed(&mut self) -> JsValue {
        to_js(&self.session.copy_failed())
    }
}
