//! The JavaScript door: the engine's API and the planner's [`Session`], whose updates the
//! element's script (`www/boussole.js`) carries out. Rust never calls back into the page, so a
//! host may change attributes inside its listeners. A panic (a bug) stops every planner.

mod values;

use crate::model::Locale;
use crate::session::{self, DomEvent, Options, Session};
use values::{checked, from_js, json_value, to_js};
use wasm_bindgen::prelude::*;

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
        let (session, first) = Session::start(options.into_start(|t| json_value(t, true)));
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
        to_js(&self.session.import_text(text, |t| json_value(t, false)))
    }

    /// A new `plan` attribute (JSON text): `{update}`, or `{errors}` when it does not load.
    #[wasm_bindgen(js_name = loadPlanJson)]
    pub fn load_plan_json(&mut self, text: &str) -> JsValue {
        to_js(&self.session.load(&json_value(text, false)))
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
        to_js(&self.session.open_link_text(text, |t| json_value(t, false)))
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

    /// Another tab stored `text` under `key` (a `storage` event; `undefined`: removed).
    #[wasm_bindgen(js_name = storedElsewhere)]
    pub fn stored_elsewhere(&mut self, key: &str, text: Option<String>) -> JsValue {
        to_js(
            &self
                .session
                .stored_elsewhere(key, text, |t| json_value(t, true)),
        )
    }

    /// The clipboard refused what a button copied: an update that says so beside it.
    #[wasm_bindgen(js_name = copyFailed)]
    pub fn copy_failed(&mut self) -> JsValue {
        to_js(&self.session.copy_failed())
    }
}
