//! The JavaScript door: the engine's API (`plan`, `review`, `examplePlan`, `exampleReview`,
//! `version`) and the planner's session, values passed in and out with serde-wasm-bindgen.
//!
//! Nothing here decides or touches the DOM: [`Session`] (native, tested without a browser)
//! answers each call with an [`crate::session::Update`], and the element's script
//! (`www/boussole.js`) carries it out. Rust never calls back into the page, so a host that
//! changes an attribute from inside its `boussole-change` listener simply makes the next call.
//!
//! Invalid input is a value (`{ok: false, errors}`); only a bug throws, and a panic puts the
//! element in its error state (the hook below tells the script first).

use serde::Serialize;
use serde_json::Value;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::Locale;
use crate::output::Invalid;
use crate::session::{self, DomEvent, Options, Session};

// Talc instead of dlmalloc: about 5 KB less wasm, and faster at the many small strings the
// views are made of.
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[wasm_bindgen]
extern "C" {
    /// `globalThis.__boussolePanic(message)`, set by the element's script: every planner of the
    /// page goes to its error state (a panicked instance must not be called again).
    #[wasm_bindgen(catch, js_namespace = globalThis, js_name = __boussolePanic)]
    fn panicked(message: &str) -> Result<(), JsValue>;

    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn console_error(message: &str);
}

#[wasm_bindgen(start)]
fn start() {
    set_panic_hook();
}

/// Has every panic tell the page (called at the start). Public for `tests/wasm.rs`, whose
/// harness puts its own hook in place after the start; not exported to JS.
pub fn set_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        // Without the element's script (the JS API alone) only the console can be told. An
        // exception must not leave the hook: the panic would end as that exception, and every
        // later one would abort before its hook.
        if panicked(&message).is_err() {
            console_error(&message);
        }
    }));
}

/// A value as a plain JS value: objects for structs and maps, `null` for `None`.
fn to_js<T: Serialize + ?Sized>(value: &T) -> JsValue {
    js_sys::JSON::parse(&crate::json::to_text(value, 0)).unwrap_or(JsValue::NULL)
}

/// Any JS value as JSON, or `None` when it nests deeper than validation's limit (converting
/// it would exhaust the stack). What JSON cannot hold reads as `null` and is reported by
/// validation like any wrong input.
fn from_js(input: &JsValue) -> Option<Value> {
    shallow(input).then(|| serde_wasm_bindgen::from_value(input.clone()).unwrap_or(Value::Null))
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

/// JSON text as a value; what is not JSON (or nests too deep) reads as `null`, which the
/// session reports like any other wrong input.
fn json_value(text: &str) -> Value {
    // The browser's parser: Rust's would add its float reader (~10 KB) to the page.
    let parsed = js_sys::JSON::parse(text).ok();
    parsed.and_then(|v| from_js(&v)).unwrap_or(Value::Null)
}

fn checked(input: &JsValue, f: fn(&Value) -> JsValue) -> JsValue {
    match from_js(input) {
        Some(value) => f(&value),
        None => to_js(&Invalid::new(crate::validate::too_deep(Locale::default()))),
    }
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
pub fn plan(input: JsValue) -> JsValue {
    checked(&input, |v| to_js(&crate::plan_value(v)))
}

/// Reviews a `ReviewInput` (a plan with `actuals`): `{ok: true, ...ReviewOutput}` or `{ok: false, errors}`.
#[wasm_bindgen(skip_typescript)]
pub fn review(input: JsValue) -> JsValue {
    checked(&input, |v| to_js(&crate::review_value(v)))
}

/// A complete example plan (`PlanInput`) to start from, in `"fr"` (default) or `"en"`.
#[wasm_bindgen(js_name = examplePlan, skip_typescript)]
pub fn example_plan(code: Option<String>) -> JsValue {
    to_js(&crate::example_plan(locale(code)))
}

/// The example plan with two closed quarters, to start a review from.
#[wasm_bindgen(js_name = exampleReview, skip_typescript)]
pub fn example_review(code: Option<String>) -> JsValue {
    to_js(&crate::example::example_review(locale(code)))
}

#[wasm_bindgen(typescript_custom_section)]
const TS_API: &'static str = include_str!("boussole.d.ts");

/// Where a planner saves: `storage="none"` saves nowhere; `id` keeps planners apart.
#[wasm_bindgen(js_name = storageKey)]
pub fn storage_key(storage: Option<String>, id: Option<String>) -> Option<String> {
    session::storage_key(storage.as_deref(), id.as_deref())
}

/// `<boussole-planner>`'s session: `new Planner(options)` from the element's script, which
/// hands it each event and carries out the update each call returns.
#[wasm_bindgen]
pub struct Planner {
    session: Session,
    first: Option<session::Update>,
}

#[wasm_bindgen]
impl Planner {
    /// `options`: the element's attributes (`Options`), the browser's language, and what the
    /// page holds for it: the text it saved (`saved`) and a share link's plan (`shared`).
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue) -> Planner {
        let text = |name: &str| {
            js_sys::Reflect::get(&options, &name.into())
                .ok()
                .and_then(|v| v.as_string())
        };
        let saved = text("saved").and_then(|t| session::Saved::restore(json_value(&t)));
        let shared = text("shared").map(|t| json_value(&t));
        let browser = text("browser");
        let options: Options = from_js(&options)
            .and_then(|v| serde_json::from_value(v).ok())
            .unwrap_or_default();
        let start = options.start(browser.as_deref(), shared, saved, json_value);
        let (session, first) = Session::start(start);
        Planner {
            session,
            first: Some(first),
        }
    }

    /// What to show first (once).
    pub fn first(&mut self) -> JsValue {
        to_js(&self.first.take())
    }

    /// An event of the shadow root, as the script read it (a `DomEvent`): the update, or null
    /// when it is not the planner's (the script then leaves its default alone).
    pub fn handle(&mut self, event: JsValue) -> JsValue {
        let Ok(mut event) = serde_wasm_bindgen::from_value::<DomEvent>(event) else {
            return JsValue::NULL;
        };
        event.now = js_sys::Date::now();
        to_js(&self.session.handle(&event))
    }

    /// The text of a file the visitor chose to import.
    #[wasm_bindgen(js_name = importJson)]
    pub fn import_json(&mut self, text: &str) -> JsValue {
        to_js(&self.session.import(&json_value(text)))
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
        to_js(
            &self
                .session
                .attribute(name, value.as_deref(), browser.as_deref()),
        )
    }

    /// A share link's plan (JSON text) pasted in the address of the open page.
    #[wasm_bindgen(js_name = openLink)]
    pub fn open_link(&mut self, text: &str) -> JsValue {
        to_js(&self.session.open_link(&json_value(text)))
    }

    /// The plan as the form shows it now, as a `PlanInput` object (null while invalid).
    #[wasm_bindgen(js_name = currentPlan)]
    pub fn current_plan(&self) -> JsValue {
        to_js(&self.session.current_plan())
    }

    /// The plan and its closed quarters as a `ReviewInput` object (null without closed
    /// quarters, or while the plan or the actuals have errors).
    #[wasm_bindgen(js_name = currentReview)]
    pub fn current_review(&self) -> JsValue {
        to_js(&self.session.current_review())
    }

    /// What to save and tell once typing pauses: `{key, saved, change, review}` (the text to
    /// store under `key`, the `boussole-change` detail when the plan changed, and the review).
    pub fn settle(&mut self) -> JsValue {
        let saved = self.session.saved().map(|s| crate::json::to_text(&s, 0));
        let key = self.session.storage_key().map(str::to_string);
        let review = to_js(&self.session.current_review());
        let change = to_js(&self.session.take_change());
        let out = js_sys::Object::new();
        for (name, value) in [
            ("key", to_js(&key)),
            ("saved", to_js(&saved)),
            ("change", change),
            ("review", review),
        ] {
            let _ = js_sys::Reflect::set(&out, &name.into(), &value);
        }
        out.into()
    }

    /// Whether saving worked: an update that says so when it did not.
    #[wasm_bindgen(js_name = saveResult)]
    pub fn save_result(&mut self, ok: bool) -> JsValue {
        match ok {
            true => {
                self.session.save_succeeded();
                JsValue::NULL
            }
            false => to_js(&self.session.save_failed()),
        }
    }

    /// The clipboard refused what a button copied: an update that says so beside it.
    #[wasm_bindgen(js_name = copyFailed)]
    pub fn copy_failed(&mut self) -> JsValue {
        to_js(&self.session.copy_failed())
    }
}
