//! The JavaScript boundary: plain JS objects in and out through serde, and the
//! `<boussole-planner>` element's life in the page (events, DOM patches, storage).
//!
//! Invalid input is a value (`{ok: false, errors}`); only a bug throws. The pure parts
//! (form, engine, rendering) live elsewhere and are tested natively; this file only
//! moves strings between them and the DOM.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlElement, HtmlInputElement, HtmlSelectElement, ShadowRoot};

use crate::form::{self, Change, FormPart, FormState, View};
use crate::model::{FieldError, Locale, PlanInput};
use crate::output::PlanOutput;
use crate::render;
use crate::review::{ReviewInput, ReviewOutput};

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
    to_js(&crate::plan_value(&from_js(input)))
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

// ---------------------------------------------------------------------------------------
// The planner element

/// Version of what is saved in localStorage; bump when `FormState` changes shape.
const STORAGE_PREFIX: &str = "boussole:v1:";
/// Prefix of the plan in a share link's fragment (never sent to a server).
const SHARE_PREFIX: &str = "#plan=";
/// Quiet time before the live region announces the results.
const ANNOUNCE_DELAY_MS: i32 = 1200;
/// Quiet time before what need not happen on every keystroke (saving, telling the host page).
const SETTLE_DELAY_MS: i32 = 250;

fn window() -> web_sys::Window {
    web_sys::window().expect("a window")
}

/// One planner on the page: its shadow root, what the user typed, the last valid plan.
struct App {
    host: HtmlElement,
    root: ShadowRoot,
    form: FormState,
    /// The last plan that computed, shown (marked out of date) while the form has errors.
    last_valid: Option<(PlanInput, PlanOutput)>,
    /// The last review that computed (none without closed quarters), shown the same way.
    last_review: Option<(ReviewInput, ReviewOutput)>,
    /// Whether `last_review` is what the form describes now (no error in plan or actuals).
    review_ok: bool,
    /// The view whose results `.bp-results` holds.
    shown: Option<View>,
    storage_key: Option<String>,
    announce_timer: Option<i32>,
    announce: Option<Closure<dyn FnMut()>>,
    /// Saving and the `boussole-change` event wait for a pause in typing.
    settle_timer: Option<i32>,
    settle: Option<Closure<dyn FnMut()>>,
    /// Whether the plan changed since the host page was last told.
    change_pending: bool,
    /// This app, for the timers that call back into it.
    me: Weak<RefCell<App>>,
}

/// `<boussole-planner>`'s Rust half: `new Planner(hostElement, options)` from the element's script.
#[wasm_bindgen]
pub struct Planner {
    app: Rc<RefCell<App>>,
    _listeners: Vec<Listener>,
}

/// Options the element reads from its attributes.
#[derive(serde::Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
struct Options {
    /// `lang` attribute, else the browser's language.
    lang: Option<String>,
    currency: Option<String>,
    /// Base URL of the stylesheets (beside the script).
    css_base: String,
    /// `storage="none"` switches localStorage off.
    storage: Option<String>,
    /// A plan as JSON text (the `plan` attribute, or a fetched file).
    plan: Option<String>,
    /// A name that keeps two planners' saved plans apart (the element's id).
    key: Option<String>,
}

#[wasm_bindgen]
impl Planner {
    #[wasm_bindgen(constructor)]
    pub fn new(host: HtmlElement, options: JsValue) -> Result<Planner, JsError> {
        let options: Options = serde_wasm_bindgen::from_value(options).unwrap_or_default();
        let root = match host.shadow_root() {
            Some(root) => root,
            None => host
                .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
                .map_err(js_error)?,
        };
        let storage_key = (options.storage.as_deref() != Some("none")).then(|| {
            format!(
                "{STORAGE_PREFIX}{}",
                options.key.as_deref().unwrap_or("plan")
            )
        });
        let locale = options
            .lang
            .as_deref()
            .map(|l| l.get(..2).unwrap_or(l).to_ascii_lowercase())
            .and_then(|l| Locale::parse(&l))
            .or_else(|| {
                let lang = window().navigator().language()?;
                Some(if lang.to_ascii_lowercase().starts_with("fr") {
                    Locale::Fr
                } else {
                    Locale::En
                })
            })
            .unwrap_or_default();
        let (form, saved_plan, saved_review) =
            initial_form(&options, storage_key.as_deref(), locale);
        root.set_inner_html(&shell_html(&options.css_base));
        let last_valid = saved_plan.map(|input| {
            let out = crate::plan(&input);
            (input, out)
        });
        let last_review = saved_review.map(|input| {
            let out = crate::review(&input);
            (input, out)
        });
        let app = Rc::new(RefCell::new(App {
            host,
            root: root.clone(),
            form,
            last_valid,
            last_review,
            review_ok: false,
            shown: None,
            storage_key,
            announce_timer: None,
            announce: None,
            settle_timer: None,
            settle: None,
            change_pending: false,
            me: Weak::new(),
        }));
        {
            let mut a = app.borrow_mut();
            a.me = Rc::downgrade(&app);
            a.render_form(FormPart::Whole);
            a.refresh();
            a.settle_now();
        }
        let mut listeners = listen(&app, &root)?;
        // Leaving the page saves what is still waiting for a pause.
        let weak = Rc::downgrade(&app);
        let on_hide = Listener::new(move |_: Event| {
            if let Some(app) = weak.upgrade() {
                if let Ok(mut a) = app.try_borrow_mut() {
                    if a.settle_timer.is_some() {
                        a.settle_now();
                    }
                }
            }
        });
        window()
            .add_event_listener_with_callback("pagehide", on_hide.as_ref().unchecked_ref())
            .map_err(js_error)?;
        listeners.push(on_hide);
        Ok(Planner {
            app,
            _listeners: listeners,
        })
    }

    /// The plan as the form shows it now, as a `PlanInput` object (null while invalid).
    #[wasm_bindgen(js_name = currentPlan)]
    pub fn current_plan(&self) -> Result<JsValue, JsError> {
        match &self.app.borrow().last_valid {
            Some((input, _)) => to_js(input),
            None => Ok(JsValue::NULL),
        }
    }

    /// The plan and its closed quarters as a `ReviewInput` object; null without closed
    /// quarters, or while the plan or the actuals have errors.
    #[wasm_bindgen(js_name = currentReview)]
    pub fn current_review(&self) -> Result<JsValue, JsError> {
        let app = self.app.borrow();
        match (&app.last_review, app.review_ok) {
            (Some((input, _)), true) => to_js(input),
            _ => Ok(JsValue::NULL),
        }
    }

    /// Replaces the form with a plan (or a plan with `actuals`) given as JSON text; returns
    /// the errors, if any.
    #[wasm_bindgen(js_name = loadPlanJson)]
    pub fn load_plan_json(&self, text: &str) -> Result<JsValue, JsError> {
        let outcome = self.app.borrow_mut().load_json(text);
        match outcome {
            Ok(()) => Ok(JsValue::NULL),
            Err(errors) => to_js(&errors),
        }
    }
}

fn js_error(e: JsValue) -> JsError {
    JsError::new(&e.as_string().unwrap_or_else(|| format!("{e:?}")))
}

/// The first form shown: a share link, else what was saved, else the `plan` attribute, else the
/// example; with the last valid plan and review when what was saved does not compute.
fn initial_form(
    options: &Options,
    storage_key: Option<&str>,
    locale: Locale,
) -> (FormState, Option<PlanInput>, Option<ReviewInput>) {
    let hash = window().location().hash().unwrap_or_default();
    if let Some(encoded) = hash.strip_prefix(SHARE_PREFIX) {
        let decoded = js_sys::decode_uri_component(encoded)
            .ok()
            .and_then(|s| s.as_string());
        if let Some(doc) = decoded.as_deref().and_then(|t| parse_doc_text(t).ok()) {
            return (doc.form(), None, None);
        }
    }
    if let Some(saved) = storage_key.and_then(load_saved) {
        // What was saved went through storage: validate it again before trusting it.
        let plan = saved
            .plan
            .and_then(|v| crate::validate::parse_plan(&v).ok());
        let review = saved
            .review
            .and_then(|v| crate::review::parse_review(&v).ok());
        return (saved.form, plan, review);
    }
    if let Some(doc) = options.plan.as_deref().and_then(|t| parse_doc_text(t).ok()) {
        return (doc.form(), None, None);
    }
    let mut example = crate::example_plan(locale);
    if let Some(c) = options.currency.as_deref().filter(|c| c.len() == 3) {
        example.currency = c.to_ascii_uppercase();
    }
    (FormState::from_input(&example), None, None)
}

/// What a share link, a file or the `plan` attribute holds: a plan, or a plan with `actuals`.
enum Doc {
    Plan(PlanInput),
    Review(ReviewInput),
}

impl Doc {
    /// The form showing it: a review opens in the review view.
    fn form(&self) -> FormState {
        match self {
            Doc::Plan(input) => FormState::from_input(input),
            Doc::Review(input) => FormState::from_review(input),
        }
    }
}

/// A plan, or a plan with its `actuals`, from JSON text, through the browser's own JSON parser.
fn parse_doc_text(text: &str) -> Result<Doc, Vec<FieldError>> {
    let value = js_sys::JSON::parse(text)
        .map(from_js)
        .unwrap_or(serde_json::Value::Null);
    if value.get("actuals").is_some() {
        crate::review::parse_review(&value).map(Doc::Review)
    } else {
        crate::validate::parse_plan(&value).map(Doc::Plan)
    }
}

fn storage() -> Option<web_sys::Storage> {
    // Throws in sandboxed frames and with storage blocked: then there is none.
    window().local_storage().ok().flatten()
}

/// What a planner keeps in localStorage: the form as typed, and the last plan that computed
/// (shown, marked out of date, while the form has errors, even after a reload).
#[derive(serde::Deserialize)]
struct Saved {
    form: FormState,
    /// Kept as JSON and validated again on load (and no `Deserialize` for `PlanInput` in the wasm).
    #[serde(default)]
    plan: Option<serde_json::Value>,
    /// The last review that computed (a `ReviewInput`), kept the same way.
    #[serde(default)]
    review: Option<serde_json::Value>,
}

fn load_saved(key: &str) -> Option<Saved> {
    let text = storage()?.get_item(key).ok()??;
    let value = js_sys::JSON::parse(&text).ok()?;
    serde_wasm_bindgen::from_value(value).ok()
}

/// The element's fixed frame; the form and the results are filled in by `App`.
fn shell_html(css_base: &str) -> String {
    let href = |name: &str| render::html::escape(&format!("{css_base}{name}")).to_string();
    format!(
        concat!(
            r#"<link rel="stylesheet" href="{base}"><link rel="stylesheet" href="{form}"><link rel="stylesheet" href="{results}">"#,
            // Hidden until its stylesheets have loaded (the element's script shows it), so
            // nobody sees, and no tool checks, the planner unstyled.
            r#"<div class="bp-app" part="app" hidden>"#,
            r#"<div class="bp-tabs" role="tablist"></div>"#,
            r#"<div class="bp-panel" role="tabpanel" id="bp-panel-plan" aria-labelledby="bp-tab-plan">"#,
            r#"<div class="bp-view">"#,
            r#"<div class="bp-form-slot"></div>"#,
            r#"<div class="bp-results-wrap"><p class="bp-stale" role="status" hidden></p>"#,
            r#"<p class="bp-field-error bp-general-error" id="{general}"></p>"#,
            r#"<div class="bp-results" data-testid="results"></div></div>"#,
            r#"</div></div>"#,
            r#"<div class="bp-panel" role="tabpanel" id="bp-panel-review" aria-labelledby="bp-tab-review" hidden></div>"#,
            r#"<div class="bp-live bp-visually-hidden" role="status" aria-live="polite" aria-atomic="true"></div>"#,
            r#"<input type="file" class="bp-import" accept="application/json,.json" hidden aria-label="JSON">"#,
            r#"</div>"#
        ),
        base = href("base.css"),
        form = href("form.css"),
        results = href("results.css"),
        general = render::html::escape(&form::error_slot_id("")),
    )
}

/// A DOM event listener kept alive as long as its planner. `Fn`, not `FnMut`: an event can
/// fire inside another's handler (replacing the form removes a text input whose edit then
/// sends `change`), and a `FnMut` closure cannot be re-entered. Handlers return before
/// borrowing the app for the events that can nest (text inputs' `change`).
type Listener = Closure<dyn Fn(Event)>;
/// What handles one kind of event.
type Handler = fn(&Rc<RefCell<App>>, Event);

/// One listener per kind of event, on the shadow root (events bubble to it).
fn listen(app: &Rc<RefCell<App>>, root: &ShadowRoot) -> Result<Vec<Listener>, JsError> {
    let mut listeners = Vec::new();
    for (kind, handler) in [
        ("input", App::on_input as Handler),
        ("change", App::on_change),
        ("click", App::on_click),
        ("keydown", App::on_keydown),
    ] {
        let app = app.clone();
        let closure = Listener::new(move |event: Event| {
            // An event fired from inside another's handler (the app is borrowed) is ignored.
            if app.try_borrow_mut().is_ok() {
                handler(&app, event);
            }
        });
        root.add_event_listener_with_callback(kind, closure.as_ref().unchecked_ref())
            .map_err(js_error)?;
        listeners.push(closure);
    }
    Ok(listeners)
}

/// The name and current value of a form control (checkboxes: "true"/"false").
fn control_value(target: &Element) -> Option<(String, String)> {
    let name = target.get_attribute("name")?;
    if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
        if input.type_() == "file" {
            return None;
        }
        let value = if input.type_() == "checkbox" {
            input.checked().to_string()
        } else {
            input.value()
        };
        return Some((name, value));
    }
    target
        .dyn_ref::<HtmlSelectElement>()
        .map(|s| (name, s.value()))
}

impl App {
    fn on_input(app: &Rc<RefCell<App>>, event: Event) {
        let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        if target.tag_name() == "SELECT" {
            return; // handled on change
        }
        if let Some((name, value)) = control_value(&target) {
            let change = app.borrow_mut().form.set(&name, &value);
            App::apply(app, change, Some(&name));
        }
    }

    fn on_change(app: &Rc<RefCell<App>>, event: Event) {
        let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        if target.class_list().contains("bp-import") {
            App::import_file(app, &target);
            return;
        }
        if target.tag_name() != "SELECT"
            && target.get_attribute("type").as_deref() != Some("checkbox")
        {
            return; // text inputs were handled on input
        }
        if let Some((name, value)) = control_value(&target) {
            let change = app.borrow_mut().form.set(&name, &value);
            App::apply(app, change, Some(&name));
        }
    }

    fn on_click(app: &Rc<RefCell<App>>, event: Event) {
        let Some(button) = event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|t| t.closest("[data-action]").ok().flatten())
        else {
            return;
        };
        let action = button.get_attribute("data-action").unwrap_or_default();
        let index = button
            .get_attribute("data-index")
            .and_then(|i| i.parse::<usize>().ok());
        event.prevent_default();
        match action.as_str() {
            "copy" => app.borrow().copy_objective(index),
            "copy-okr" | "copy-okr-text" => app.borrow().copy_okr(false),
            "copy-okr-markdown" => app.borrow().copy_okr(true),
            "export-alert-rules" => app.borrow().export_alert_rules(),
            "copy-link" => app.borrow().copy_link(),
            "export-json" => app.borrow().export_json(),
            "export-csv" => app.borrow().export_csv(),
            "import-json" => app.borrow().open_import(),
            "print" => {
                let _ = window().print();
            }
            "reset" => {
                let mut a = app.borrow_mut();
                let locale = a.form.locale;
                // The example plan in the current locale, currency and view, without actuals.
                a.form.action("reset", None);
                a.render_form(FormPart::Whole);
                a.refresh();
                a.say(match locale {
                    Locale::Fr => "Plan d'exemple rétabli.",
                    Locale::En => "Example plan restored.",
                });
            }
            other => {
                let change = app.borrow_mut().form.action(other, index);
                // After adding, removing or moving a row, keep the keyboard where it was.
                App::apply(app, change, None);
                app.borrow().refocus_action(other, index);
            }
        }
    }

    /// The arrow keys, Home and End move between the view tabs (and switch views).
    fn on_keydown(app: &Rc<RefCell<App>>, event: Event) {
        let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        if target.get_attribute("role").as_deref() != Some("tab") {
            return;
        }
        let key = js_sys::Reflect::get(&event, &JsValue::from_str("key"))
            .ok()
            .and_then(|k| k.as_string())
            .unwrap_or_default();
        let current = app.borrow().form.view;
        let view = match key.as_str() {
            "ArrowLeft" | "ArrowRight" => match current {
                View::Plan => View::Review,
                View::Review => View::Plan,
            },
            "Home" => View::Plan,
            "End" => View::Review,
            _ => return,
        };
        event.prevent_default();
        let action = format!("view-{}", view.code());
        let change = app.borrow_mut().form.action(&action, None);
        App::apply(app, change, None);
        app.borrow().refocus_action(&action, None);
    }

    /// Applies what an edit changed, then recomputes.
    fn apply(app: &Rc<RefCell<App>>, change: Change, focused: Option<&str>) {
        let mut a = app.borrow_mut();
        match change {
            Change::None => return,
            Change::Value => {}
            Change::Structure(part) => {
                a.render_form(part);
                if let Some(name) = focused {
                    a.focus_control(name);
                }
            }
        }
        a.refresh();
    }

    fn form_slot(&self) -> Option<Element> {
        self.root.query_selector(".bp-form-slot").ok().flatten()
    }

    /// Re-renders one part of the form (the whole form on `Whole`).
    fn render_form(&mut self, part: FormPart) {
        if part == FormPart::Whole {
            self.render_view();
            if let Some(slot) = self.form_slot() {
                slot.set_inner_html(&form::form_html(&self.form));
            }
            if let Some(app) = self.root.query_selector(".bp-app").ok().flatten() {
                let _ = app.set_attribute("lang", self.form.locale.code());
            }
            return;
        }
        let selector = format!("[data-part=\"{}\"]", part.code());
        if let Some(old) = self.root.query_selector(&selector).ok().flatten() {
            old.set_outer_html(&form::part_html(&self.form, part));
        }
    }

    /// The tabs, and the view's form and results moved into the selected tab's panel.
    fn render_view(&mut self) {
        let view = self.form.view;
        if let Some(tabs) = self.root.query_selector(".bp-tabs").ok().flatten() {
            tabs.set_inner_html(&form::tabs_html(&self.form));
            let label = match self.form.locale {
                Locale::Fr => "Vue",
                Locale::En => "View",
            };
            let _ = tabs.set_attribute("aria-label", label);
        }
        let content = self.root.query_selector(".bp-view").ok().flatten();
        for v in [View::Plan, View::Review] {
            let id = format!("bp-panel-{}", v.code());
            let Some(panel) = self.root.get_element_by_id(&id) else {
                continue;
            };
            if v == view {
                if let Some(content) = &content {
                    if content.parent_element().as_ref() != Some(&panel) {
                        let _ = panel.append_child(content);
                    }
                }
                let _ = panel.remove_attribute("hidden");
            } else {
                let _ = panel.set_attribute("hidden", "");
            }
        }
    }

    fn focus_control(&self, name: &str) {
        let selector = format!("[name=\"{}\"]", css_string(name));
        if let Some(el) = self.root.query_selector(&selector).ok().flatten() {
            if let Some(el) = el.dyn_ref::<HtmlElement>() {
                let _ = el.focus();
            }
        }
    }

    /// After a row action, focus the same action on the row that moved, or a sensible neighbour.
    fn refocus_action(&self, action: &str, index: Option<usize>) {
        let closed = self.form.actuals.len();
        let target = match (action, index) {
            ("view-plan", _) | ("view-review", _) => {
                format!("#bp-tab-{}", self.form.view.code())
            }
            ("add-quarter", _) if closed > 0 => {
                format!("[name=\"actuals[{}].revenue\"]", closed - 1)
            }
            ("add-quarter", _) | ("remove-quarter", _) if closed > 0 => {
                "[data-action=\"remove-quarter\"]".to_string()
            }
            ("add-quarter", _) | ("remove-quarter", _) => {
                "[data-action=\"add-quarter\"]".to_string()
            }
            ("move-channel-up", Some(i)) if i > 0 => {
                format!("[data-action=\"{action}\"][data-index=\"{}\"]", i - 1)
            }
            ("move-channel-down", Some(i)) => {
                format!("[data-action=\"{action}\"][data-index=\"{}\"]", i + 1)
            }
            ("remove-channel", _) | ("add-channel", _) => {
                "[data-action=\"add-channel\"]".to_string()
            }
            _ => return,
        };
        let found = self.root.query_selector(&target).ok().flatten();
        if let Some(el) = found.as_ref().and_then(|e| e.dyn_ref::<HtmlElement>()) {
            if el.focus().is_ok() && !el.has_attribute("disabled") {
                return;
            }
        }
        // The moved row reached an end, or the button is disabled: focus the row's first field.
        if action == "add-channel" {
            let rows = self.root.query_selector_all("[name$=\".label\"]").ok();
            if let Some(last) = rows.and_then(|r| r.item(r.length().checked_sub(1)?)) {
                if let Some(el) = last.dyn_ref::<HtmlElement>() {
                    let _ = el.focus();
                }
            }
        }
    }

    /// Recomputes from the form: results, field errors, saved state, announcement.
    fn refresh(&mut self) {
        self.clear_errors();
        let plan = self.form.to_plan();
        // The review is kept up to date in both views (it is saved, shared and exported).
        let review = (!self.form.actuals.is_empty()).then(|| self.form.to_review());
        let plan_ok = plan.is_ok();
        let plan_errors = match plan {
            Ok(input) => {
                let out = crate::plan(&input);
                self.change_pending = true;
                self.last_valid = Some((input, out));
                Vec::new()
            }
            Err(errors) => errors,
        };
        let review_errors = match review {
            None => {
                self.last_review = None;
                self.review_ok = false;
                Vec::new()
            }
            Some(Ok(input)) => {
                let out = crate::review(&input);
                self.last_review = Some((input, out));
                self.review_ok = true;
                Vec::new()
            }
            Some(Err(errors)) => {
                self.review_ok = false;
                errors
            }
        };
        let l = self.form.locale;
        match self.form.view {
            View::Plan => {
                for e in &plan_errors {
                    self.show_error(e.field.as_deref().unwrap_or(""), &e.message);
                }
                if plan_ok {
                    if let Some((_, out)) = &self.last_valid {
                        let html = render::results_html(out);
                        self.schedule_announce(render::summary_text(out));
                        self.show_results(View::Plan, Some(html));
                    }
                } else {
                    let last = self.last_valid.as_ref().map(|(_, out)| out);
                    let html = (self.shown != Some(View::Plan))
                        .then(|| last.map(render::results_html))
                        .flatten();
                    self.show_results(View::Plan, html);
                    let has_last = self.last_valid.is_some();
                    self.show_stale(Some(match (l, has_last) {
                        (Locale::Fr, true) => "Résultats du dernier plan valide : corrigez les champs signalés pour les mettre à jour.",
                        (Locale::En, true) => "Results of the last valid plan: fix the highlighted fields to update them.",
                        (Locale::Fr, false) => "Corrigez les champs signalés pour calculer le plan.",
                        (Locale::En, false) => "Fix the highlighted fields to compute the plan.",
                    }));
                }
            }
            View::Review => {
                // The plan's errors too: their controls are not shown, so the general slot
                // says them.
                let errors = if self.form.actuals.is_empty() {
                    &plan_errors
                } else {
                    &review_errors
                };
                for e in errors {
                    self.show_error(e.field.as_deref().unwrap_or(""), &e.message);
                }
                if self.form.actuals.is_empty() {
                    self.show_results(View::Review, Some(render::review_empty_html(l)));
                    if !plan_ok {
                        self.show_stale(Some(match l {
                            Locale::Fr => "Le plan a des erreurs : corrigez-les dans la vue Plan.",
                            Locale::En => "The plan has errors: fix them in the Plan view.",
                        }));
                    }
                } else if self.review_ok {
                    if let Some((_, out)) = &self.last_review {
                        let html = render::review_html(out);
                        self.schedule_announce(render::review_summary_text(out));
                        self.show_results(View::Review, Some(html));
                    }
                } else {
                    let last = self.last_review.as_ref().map(|(_, out)| out);
                    let html = (self.shown != Some(View::Review)).then(|| {
                        last.map_or_else(|| render::review_empty_html(l), render::review_html)
                    });
                    self.show_results(View::Review, html);
                    let has_last = self.last_review.is_some();
                    self.show_stale(Some(match (l, has_last, plan_ok) {
                        (Locale::Fr, true, true) => "Résultats de la dernière revue valide : corrigez les champs signalés pour les mettre à jour.",
                        (Locale::En, true, true) => "Results of the last valid review: fix the highlighted fields to update them.",
                        (Locale::Fr, false, true) => "Corrigez les champs signalés pour calculer la revue.",
                        (Locale::En, false, true) => "Fix the highlighted fields to compute the review.",
                        (Locale::Fr, _, false) => "Le plan a des erreurs : corrigez-les dans la vue Plan pour mettre la revue à jour.",
                        (Locale::En, _, false) => "The plan has errors: fix them in the Plan view to update the review.",
                    }));
                }
            }
        }
        self.schedule_settle();
    }

    /// Saves and tells the host page once typing pauses, not on every keystroke.
    fn schedule_settle(&mut self) {
        let w = window();
        if let Some(timer) = self.settle_timer.take() {
            w.clear_timeout_with_handle(timer);
        }
        let me = self.me.clone();
        let closure = Closure::<dyn FnMut()>::new(move || {
            if let Some(app) = me.upgrade() {
                // Timers never run inside another handler: the app is free.
                if let Ok(mut a) = app.try_borrow_mut() {
                    a.settle_now();
                }
            }
        });
        self.settle_timer = w
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                closure.as_ref().unchecked_ref(),
                SETTLE_DELAY_MS,
            )
            .ok();
        self.settle = Some(closure);
    }

    /// Saves now and sends `boussole-change` if the plan changed.
    fn settle_now(&mut self) {
        if let Some(timer) = self.settle_timer.take() {
            window().clear_timeout_with_handle(timer);
        }
        self.save();
        if std::mem::take(&mut self.change_pending) {
            if let Some((input, out)) = &self.last_valid {
                self.emit_change(input, out);
            }
        }
    }

    /// Puts `html` in the results (when given) for `view`; up to date unless `show_stale` follows.
    fn show_results(&mut self, view: View, html: Option<String>) {
        let results = self.root.query_selector(".bp-results").ok().flatten();
        if let (Some(results), Some(html)) = (&results, html) {
            results.set_inner_html(&html);
            self.shown = Some(view);
        }
        if let Some(results) = &results {
            let _ = results.remove_attribute("data-stale");
        }
        self.show_stale(None);
    }

    /// Marks the results out of date with a message, or (`None`) up to date.
    fn show_stale(&self, message: Option<&str>) {
        let stale = self.root.query_selector(".bp-stale").ok().flatten();
        let results = self.root.query_selector(".bp-results").ok().flatten();
        match message {
            Some(message) => {
                if let Some(results) = results {
                    let _ = results.set_attribute("data-stale", "");
                }
                if let Some(stale) = stale {
                    stale.set_text_content(Some(message));
                    let _ = stale.remove_attribute("hidden");
                }
            }
            None => {
                if let Some(stale) = stale {
                    let _ = stale.set_attribute("hidden", "");
                }
            }
        }
    }

    fn clear_errors(&self) {
        if let Ok(list) = self.root.query_selector_all("[aria-invalid=\"true\"]") {
            for i in 0..list.length() {
                if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                    let _ = el.remove_attribute("aria-invalid");
                }
            }
        }
        if let Ok(list) = self.root.query_selector_all(".bp-field-error") {
            for i in 0..list.length() {
                if let Some(node) = list.item(i) {
                    node.set_text_content(None);
                }
            }
        }
    }

    /// Shows a message beside the control named `field` (or in the general slot).
    fn show_error(&self, field: &str, message: &str) {
        let slot = self
            .root
            .get_element_by_id(&form::error_slot_id(field))
            .or_else(|| self.root.get_element_by_id(&form::error_slot_id("")));
        if let Some(slot) = slot {
            let text = slot.text_content().unwrap_or_default();
            let joined = if text.is_empty() {
                message.to_string()
            } else {
                format!("{text} {message}")
            };
            slot.set_text_content(Some(&joined));
        }
        if field.is_empty() {
            return;
        }
        let selector = format!("[name=\"{}\"]", css_string(field));
        if let Some(control) = self.root.query_selector(&selector).ok().flatten() {
            let _ = control.set_attribute("aria-invalid", "true");
        }
    }

    fn save(&self) {
        let (Some(key), Some(storage)) = (&self.storage_key, storage()) else {
            return;
        };
        #[derive(Serialize)]
        struct SavedRef<'a> {
            form: &'a FormState,
            plan: Option<&'a PlanInput>,
            review: Option<&'a ReviewInput>,
        }
        let saved = SavedRef {
            form: &self.form,
            plan: self.last_valid.as_ref().map(|(input, _)| input),
            review: self.last_review.as_ref().map(|(input, _)| input),
        };
        if let Ok(value) = to_js(&saved) {
            if let Some(text) = js_sys::JSON::stringify(&value)
                .ok()
                .and_then(|s| s.as_string())
            {
                let _ = storage.set_item(key, &text);
            }
        }
    }

    /// Tells the host page: `boussole-change` with the plan and a summary (bubbles, composed).
    fn emit_change(&self, input: &PlanInput, out: &PlanOutput) {
        #[derive(Serialize)]
        #[serde(rename_all = "camelCase")]
        struct Detail<'a> {
            plan: &'a PlanInput,
            target_revenue: f64,
            extra_revenue: f64,
            growth_rate: f64,
            target_cpa: f64,
            summary: String,
        }
        let detail = Detail {
            plan: input,
            target_revenue: out.goal.target_revenue,
            extra_revenue: out.goal.extra_revenue,
            growth_rate: out.goal.growth_rate,
            target_cpa: out.unit_economics.target_cpa,
            summary: render::summary_text(out),
        };
        let Ok(detail) = to_js(&detail) else { return };
        let init = web_sys::CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&detail);
        if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("boussole-change", &init)
        {
            let _ = self.host.dispatch_event(&event);
        }
    }

    /// Announces the results once typing has paused, not on every keystroke.
    fn schedule_announce(&mut self, text: String) {
        let w = window();
        if let Some(timer) = self.announce_timer.take() {
            w.clear_timeout_with_handle(timer);
        }
        let live = self.root.query_selector(".bp-live").ok().flatten();
        let closure = Closure::<dyn FnMut()>::new(move || {
            if let Some(live) = &live {
                live.set_text_content(Some(&text));
            }
        });
        self.announce_timer = w
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                closure.as_ref().unchecked_ref(),
                ANNOUNCE_DELAY_MS,
            )
            .ok();
        self.announce = Some(closure);
    }

    /// Says something now in the live region (after an action the user asked for).
    fn say(&self, text: &str) {
        if let Some(live) = self.root.query_selector(".bp-live").ok().flatten() {
            live.set_text_content(Some(text));
        }
    }

    fn copy(&self, text: &str, done: (&str, &str)) {
        let _ = window().navigator().clipboard().write_text(text);
        self.say(match self.form.locale {
            Locale::Fr => done.0,
            Locale::En => done.1,
        });
    }

    fn copy_objective(&self, index: Option<usize>) {
        let text = self
            .last_valid
            .as_ref()
            .and_then(|(_, out)| out.objectives.get(index?))
            .map(|o| o.text.clone());
        if let Some(text) = text {
            self.copy(&text, ("Objectif copié.", "Objective copied."));
        }
    }

    /// The OKR as plain text or as Markdown, to the clipboard.
    fn copy_okr(&self, markdown: bool) {
        if let Some((_, out)) = &self.last_valid {
            if markdown {
                let text = render::okr_markdown(out);
                self.copy(
                    &text,
                    ("OKR copiés en Markdown.", "OKR copied as Markdown."),
                );
            } else {
                let text = render::okr_text(out);
                self.copy(&text, ("OKR copiés.", "OKR copied."));
            }
        }
    }

    /// The alert rules (§12) as a CSV file, for a dashboard.
    fn export_alert_rules(&self) {
        if let Some((_, out)) = &self.last_valid {
            let name = match out.locale {
                Locale::Fr => "boussole-alertes.csv",
                Locale::En => "boussole-alert-rules.csv",
            };
            download(
                &render::alert_rules_csv(out),
                "text/csv;charset=utf-8",
                name,
            );
        }
    }

    /// What a link or an export holds: the plan with its actuals while they are valid,
    /// else the last valid plan alone.
    fn shared_document(&self) -> Option<(JsValue, bool)> {
        if let (Some((input, _)), true) = (&self.last_review, self.review_ok) {
            return to_js(input).ok().map(|v| (v, true));
        }
        let (input, _) = self.last_valid.as_ref()?;
        to_js(input).ok().map(|v| (v, false))
    }

    /// Puts the whole plan (and its actuals) in the URL fragment (never sent to a server) and
    /// copies the link.
    fn copy_link(&self) {
        let Some(json) = self
            .shared_document()
            .and_then(|(v, _)| js_sys::JSON::stringify(&v).ok())
        else {
            return;
        };
        let encoded: String = js_sys::encode_uri_component(&String::from(json)).into();
        let location = window().location();
        let base = location.href().unwrap_or_default();
        let base = base.split('#').next().unwrap_or_default().to_string();
        let link = format!("{base}{SHARE_PREFIX}{encoded}");
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&link));
        }
        self.copy(
            &link,
            (
                "Lien copié : il contient tout le plan.",
                "Link copied: it holds the whole plan.",
            ),
        );
    }

    fn export_json(&self) {
        let Some((value, review)) = self.shared_document() else {
            return;
        };
        let text = js_sys::JSON::stringify_with_replacer_and_space(
            &value,
            &JsValue::NULL,
            &JsValue::from(2),
        )
        .ok()
        .and_then(|s| s.as_string());
        let name = match (review, self.form.locale) {
            (false, _) => "boussole-plan.json",
            (true, Locale::Fr) => "boussole-revue.json",
            (true, Locale::En) => "boussole-review.json",
        };
        if let Some(text) = text {
            download(&text, "application/json", name);
        }
    }

    fn export_csv(&self) {
        if let Some((_, out)) = &self.last_valid {
            let name = match out.locale {
                Locale::Fr => "boussole-objectifs.csv",
                Locale::En => "boussole-targets.csv",
            };
            download(&render::targets_csv(out), "text/csv;charset=utf-8", name);
        }
    }

    fn open_import(&self) {
        if let Some(input) = self.root.query_selector(".bp-import").ok().flatten() {
            if let Some(input) = input.dyn_ref::<HtmlInputElement>() {
                input.set_value("");
                input.click();
            }
        }
    }

    fn import_file(app: &Rc<RefCell<App>>, target: &Element) {
        let Some(file) = target
            .dyn_ref::<HtmlInputElement>()
            .and_then(|i| i.files())
            .and_then(|f| f.get(0))
        else {
            return;
        };
        let app = app.clone();
        let on_text = Closure::once(move |text: JsValue| {
            let text = text.as_string().unwrap_or_default();
            let outcome = app.borrow_mut().load_json(&text);
            let a = app.borrow();
            match outcome {
                Ok(()) => a.say(match (a.form.locale, a.form.actuals.is_empty()) {
                    (Locale::Fr, true) => "Plan importé.",
                    (Locale::En, true) => "Plan imported.",
                    (Locale::Fr, false) => "Plan et réalisé importés.",
                    (Locale::En, false) => "Plan and actuals imported.",
                }),
                Err(errors) => {
                    let first = errors
                        .first()
                        .map(|e| e.message.as_str())
                        .unwrap_or_default();
                    let message = match a.form.locale {
                        Locale::Fr => {
                            format!("Ce fichier n'est pas un plan Boussole valide : {first}")
                        }
                        Locale::En => format!("This file is not a valid Boussole plan: {first}"),
                    };
                    a.show_error("", &message);
                    a.say(&message);
                }
            }
        });
        let _ = file.text().then(&on_text);
        on_text.forget();
    }

    /// Loads a plan (or a plan with its actuals) from JSON text into the form; on errors the
    /// form is left as it was.
    fn load_json(&mut self, text: &str) -> Result<(), Vec<FieldError>> {
        self.form = parse_doc_text(text)?.form();
        self.render_form(FormPart::Whole);
        self.refresh();
        Ok(())
    }
}

/// A value safe inside a double-quoted CSS attribute selector.
fn css_string(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

/// Offers `text` as a file to save, without any request.
fn download(text: &str, mime: &str, name: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let bag = web_sys::BlobPropertyBag::new();
    bag.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let document = window().document().expect("a document");
    if let Ok(a) = document.create_element("a") {
        if let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() {
            a.set_href(&url);
            a.set_download(name);
            a.click();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}
