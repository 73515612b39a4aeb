//! The JavaScript boundary: the engine's JS API and value conversions ([`api`]), and the
//! browser's half of the `<boussole-planner>` element (DOM changes, timers, storage,
//! clipboard, files).
//!
//! What the planner does is decided by [`Session`] (native, tested without a browser): the
//! element's script hands each event to [`Planner::handle`], and this file carries out the
//! [`Update`] that comes back.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use serde_json::Value;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, ShadowRoot};

mod api;

use crate::json::to_text;
use crate::session::{self, Dom, DomEvent, Effect, Options, Session, Settle, Update, SHARE_PREFIX};
pub use api::{example_plan, example_review, plan, review, version};
use api::{json_value, to_js};

// Talc instead of dlmalloc: about 5 KB less wasm, and faster at the many small strings the
// results are made of.
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Quiet time before the live region announces the results.
const ANNOUNCE_DELAY_MS: i32 = 1200;
/// Quiet time before what need not happen on every keystroke (saving, telling the host page).
const SETTLE_DELAY_MS: i32 = 250;

fn window() -> web_sys::Window {
    web_sys::window().expect("a window")
}

fn storage() -> Option<web_sys::Storage> {
    // Throws in sandboxed frames and with storage blocked: then there is none.
    window().local_storage().ok().flatten()
}

/// A timeout that runs once on the app, replaced when scheduled again.
#[derive(Default)]
struct Timer(Option<(i32, Closure<dyn FnMut()>)>);

impl Timer {
    fn schedule(
        &mut self,
        app: &Weak<RefCell<App>>,
        delay: i32,
        f: impl FnOnce(&mut App) + 'static,
    ) {
        self.cancel();
        let app = app.clone();
        let closure = Closure::once(move || {
            // Timers never run inside another handler: the app is free.
            if let Some(Ok(mut a)) = app.upgrade().as_ref().map(|a| a.try_borrow_mut()) {
                f(&mut a);
            }
        });
        let callback = closure.as_ref().unchecked_ref();
        let handle =
            window().set_timeout_with_callback_and_timeout_and_arguments_0(callback, delay);
        self.0 = handle.ok().map(|handle| (handle, closure));
    }

    /// Cancels the timeout; whether one was waiting.
    fn cancel(&mut self) -> bool {
        let waiting = self.0.take();
        if let Some((handle, _)) = &waiting {
            window().clear_timeout_with_handle(*handle);
        }
        waiting.is_some()
    }
}

/// One planner on the page: its shadow root, its session and its timers.
struct App {
    host: HtmlElement,
    root: ShadowRoot,
    session: Session,
    announce: Timer,
    settle: Timer,
    /// The element script's `share(link)`: it compresses the link, puts it in the address
    /// and copies it (the browser's compression is asynchronous, and costs no wasm byte).
    share: Option<js_sys::Function>,
    /// The element script's `draw(element, view)`: its templates draw a view (the results, the
    /// glance) in an element, updating only what changed.
    draw: Option<js_sys::Function>,
    /// This app, for the timers that call back into it.
    me: Weak<RefCell<App>>,
    /// The plan and review told by the `boussole-change` being dispatched: a listener that reads
    /// `element.plan` meanwhile finds the app busy, and gets these.
    told: Rc<RefCell<Option<(JsValue, JsValue)>>>,
}

/// `<boussole-planner>`'s Rust half: `new Planner(hostElement, options)` from the element's
/// script, which listens to the shadow root and hands each event to `handle`; `destroy()`
/// when the element leaves the page.
#[wasm_bindgen]
pub struct Planner {
    app: Rc<RefCell<App>>,
    told: Rc<RefCell<Option<(JsValue, JsValue)>>>,
}

#[wasm_bindgen]
impl Planner {
    #[wasm_bindgen(constructor)]
    pub fn new(host: HtmlElement, options: JsValue) -> Result<Planner, JsError> {
        // Built by the element's own script: flat, never deep.
        let function = |name: &str| {
            js_sys::Reflect::get(&options, &JsValue::from_str(name))
                .ok()
                .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        };
        let (share, draw) = (function("share"), function("draw"));
        let options_value = api::from_js(options).unwrap_or_default();
        let mut options: Options = crate::json::read(&options_value).unwrap_or_default();
        let root = match host.shadow_root() {
            Some(root) => root,
            None => host
                .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
                .map_err(|_| JsError::new("attachShadow"))?,
        };
        let shared = shared_plan();
        let saved = options.storage_key().and_then(|key| {
            let text = storage()?.get_item(&key).ok()??;
            session::Saved::restore(json_value(&text))
        });
        let styles = std::mem::take(&mut options.styles);
        let browser = window().navigator().language();
        let start = options.start(browser.as_deref(), shared, saved, json_value);
        root.set_inner_html(&session::shell_html(&styles));
        let (session, first) = Session::start(start);
        let told = Rc::new(RefCell::new(None));
        let app = Rc::new_cyclic(|me| {
            RefCell::new(App {
                host,
                root,
                session,
                announce: Timer::default(),
                settle: Timer::default(),
                share,
                draw,
                me: me.clone(),
                told: told.clone(),
            })
        });
        app.borrow_mut().apply(first);
        Ok(Planner { app, told })
    }

    /// An event of the shadow root, as the element's script read it (a `DomEvent`); whether
    /// the planner handled it (the script then prevents its default). An event fired from
    /// inside another's handler (replacing the form removes a text input whose edit then sends
    /// `change`) finds the planner busy and is left alone.
    pub fn handle(&self, event: JsValue) -> bool {
        // Read by name rather than through serde: a few bytes of wasm instead of a deserializer.
        let text = |name: &str| js_sys::Reflect::get(&event, &name.into()).ok()?.as_string();
        let event = DomEvent {
            kind: text("kind").unwrap_or_default(),
            tag: text("tag").unwrap_or_default(),
            input_type: text("inputType").unwrap_or_default(),
            name: text("name"),
            value: text("value").unwrap_or_default(),
            action: text("action"),
            index: text("index"),
            role: text("role"),
            target: text("target"),
            key: text("key").unwrap_or_default(),
            now: js_sys::Date::now(),
        };
        let Ok(mut a) = self.app.try_borrow_mut() else {
            return false;
        };
        let update = a.session.handle(&event);
        update.map(|update| a.apply(update)).is_some()
    }

    /// The text of a file the visitor chose to import.
    #[wasm_bindgen(js_name = importJson)]
    pub fn import_json(&self, text: &str) {
        if let Ok(mut a) = self.app.try_borrow_mut() {
            let update = a.session.import(&json_value(text));
            a.apply(update);
        }
    }

    /// Replaces the form with a plan (or a plan with `actuals`) given as JSON text (a new
    /// `plan` attribute); returns the errors, if any (null when it loaded).
    #[wasm_bindgen(js_name = loadPlanJson)]
    pub fn load_plan_json(&self, text: &str) -> Result<JsValue, JsError> {
        let mut a = self.app.borrow_mut();
        let loaded = a.session.load(&json_value(text));
        match loaded {
            Ok(update) => {
                a.apply(update);
                Ok(JsValue::NULL)
            }
            Err(errors) => to_js(&errors),
        }
    }

    /// An observed attribute changed after the start (`lang`, `currency`, `storage`,
    /// `compact`; `undefined` when removed).
    #[wasm_bindgen(js_name = attributeChanged)]
    pub fn attribute_changed(&self, name: &str, value: Option<String>) {
        let browser = window().navigator().language();
        let mut a = self.app.borrow_mut();
        let update = a
            .session
            .attribute(name, value.as_deref(), browser.as_deref());
        a.apply(update);
    }

    /// The plan as the form shows it now, as a `PlanInput` object (null while invalid).
    #[wasm_bindgen(js_name = currentPlan)]
    pub fn current_plan(&self) -> Result<JsValue, JsError> {
        match self.app.try_borrow() {
            Ok(a) => a.session.current_plan().map_or(Ok(JsValue::NULL), to_js),
            Err(_) => Ok(self
                .told
                .borrow()
                .as_ref()
                .map_or(JsValue::NULL, |t| t.0.clone())),
        }
    }

    /// The plan and its closed quarters as a `ReviewInput` object; null without closed
    /// quarters, or while the plan or the actuals have errors.
    #[wasm_bindgen(js_name = currentReview)]
    pub fn current_review(&self) -> Result<JsValue, JsError> {
        match self.app.try_borrow() {
            Ok(a) => a.session.current_review().map_or(Ok(JsValue::NULL), to_js),
            Err(_) => Ok(self
                .told
                .borrow()
                .as_ref()
                .map_or(JsValue::NULL, |t| t.1.clone())),
        }
    }

    /// The address changed in its fragment only: a `#plan=` link pasted while the planner is
    /// open is offered like one opened afresh (what waits is saved first: the visitor's own
    /// plan is not saved again until they choose).
    #[wasm_bindgen(js_name = hashChanged)]
    pub fn hash_changed(&self) {
        let Some(shared) = shared_plan() else { return };
        let mut a = self.app.borrow_mut();
        if a.settle.cancel() {
            a.settle_now();
        }
        let update = a.session.open_link(&shared);
        a.apply(update);
    }

    /// Saves what still waits for a pause in typing (the page is being left).
    pub fn flush(&self) {
        if let Ok(mut a) = self.app.try_borrow_mut() {
            if a.settle.cancel() {
                a.settle_now();
            }
        }
    }

    /// The element left the page: saves what waits and stops the timers (the script then
    /// frees the planner).
    pub fn destroy(&self) {
        self.flush();
        if let Ok(mut a) = self.app.try_borrow_mut() {
            a.announce.cancel();
        }
    }
}

impl App {
    fn find(&self, selector: &str) -> Option<Element> {
        self.root.query_selector(selector).ok().flatten()
    }

    /// Carries out what the session asked for, in order.
    fn apply(&mut self, update: Update) {
        for change in update.dom {
            self.change(change);
        }
        if let Some(text) = update.announce {
            // Said once typing has paused, not on every keystroke.
            let say = move |a: &mut App| a.say(&text);
            self.announce.schedule(&self.me, ANNOUNCE_DELAY_MS, say);
        }
        if let Some(effect) = update.effect {
            self.carry_out(effect);
        }
        if let Some(text) = update.say {
            self.say(&text);
        }
        match update.settle {
            Settle::No => {}
            Settle::Later => self
                .settle
                .schedule(&self.me, SETTLE_DELAY_MS, App::settle_now),
            Settle::Now => self.settle_now(),
        }
    }

    fn change(&self, change: Dom) {
        let all = |selector: &str| {
            let list = self.root.query_selector_all(selector).ok();
            let count = list.as_ref().map_or(0, |l| l.length());
            (0..count).filter_map(move |i| list.as_ref()?.item(i)?.dyn_into::<Element>().ok())
        };
        match change {
            Dom::Html(selector, html) => all(&selector).for_each(|el| el.set_inner_html(&html)),
            Dom::Results(view) => self.draw(".bp-results", &*view),
            Dom::Glance(view) => self.draw(".bp-glance", &*view),
            Dom::Replace(selector, html) => all(&selector).for_each(|el| el.set_outer_html(&html)),
            Dom::Text(selector, text) => {
                all(&selector).for_each(|el| el.set_text_content(text.as_deref()))
            }
            Dom::Attr(selector, name, value) => {
                for el in all(&selector) {
                    let _ = match &value {
                        Some(value) => el.set_attribute(name, value),
                        None => el.remove_attribute(name),
                    };
                }
            }
            Dom::Move(selector, into) => {
                if let (Some(el), Some(into)) = (self.find(&selector), self.find(&into)) {
                    if el.parent_element().as_ref() != Some(&into) {
                        let _ = into.append_child(&el);
                    }
                }
            }
            Dom::Focus(selectors) => {
                for selector in selectors {
                    let found = self.find(&selector);
                    let el = found.as_ref().and_then(|e| e.dyn_ref::<HtmlElement>());
                    let usable = |el: &HtmlElement| {
                        !el.has_attribute("disabled") && !el.has_attribute("hidden")
                    };
                    if el.is_some_and(|el| usable(el) && el.focus().is_ok()) {
                        break;
                    }
                }
            }
        }
    }

    /// Has the element's templates draw `view` in the element `selector`.
    fn draw(&self, selector: &str, view: &impl serde::Serialize) {
        if let (Some(el), Some(draw), Ok(view)) = (self.find(selector), &self.draw, to_js(view)) {
            let _ = draw.call2(&JsValue::NULL, &el, &view);
        }
    }

    /// Says something now in the live region.
    fn say(&self, text: &str) {
        if let Some(live) = self.find(".bp-live") {
            live.set_text_content(Some(text));
        }
    }

    fn carry_out(&self, effect: Effect) {
        let w = window();
        let copy = |text: &str| {
            let _ = w.navigator().clipboard().write_text(text);
        };
        match effect {
            Effect::Copy(text) => copy(&text),
            Effect::CopyLink(doc) => {
                let json = to_text(&doc, 0);
                let encoded = String::from(js_sys::encode_uri_component(&json));
                let href = w.location().href().unwrap_or_default();
                let base = href.split('#').next().unwrap_or_default();
                let link = format!("{base}{SHARE_PREFIX}{encoded}");
                if let Ok(history) = w.history() {
                    let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&link));
                }
                match &self.share {
                    Some(share) => {
                        let _ = share.call1(&JsValue::NULL, &JsValue::from_str(&link));
                    }
                    None => copy(&link),
                }
            }
            Effect::Download { name, mime, text } => download(&text, mime, name),
            Effect::DownloadJson { name, doc } => {
                let text = to_text(&doc, 2);
                download(&text, "application/json", name);
            }
            Effect::Print => {
                let _ = w.print();
            }
            Effect::OpenImport => {
                let found = self.find(".bp-import");
                if let Some(input) = found.as_ref().and_then(|i| i.dyn_ref::<HtmlInputElement>()) {
                    input.set_value("");
                    input.click();
                }
            }
        }
    }

    /// Saves now and sends `boussole-change` if the plan changed.
    fn settle_now(&mut self) {
        self.settle.cancel();
        if let (Some(key), Some(storage)) = (self.session.storage_key(), storage()) {
            if let Some(text) = self.session.saved().map(|s| to_text(&s, 0)) {
                match storage.set_item(key, &text) {
                    Ok(()) => self.session.save_succeeded(),
                    Err(_) => {
                        let update = self.session.save_failed();
                        self.apply(update);
                    }
                }
            }
        }
        let Some(Ok(detail)) = self.session.take_change().map(|d| to_js(&d)) else {
            return;
        };
        let plan = js_sys::Reflect::get(&detail, &"plan".into()).unwrap_or(JsValue::NULL);
        let review = self.session.current_review().and_then(|r| to_js(r).ok());
        *self.told.borrow_mut() = Some((plan, review.unwrap_or(JsValue::NULL)));
        let init = web_sys::CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&detail);
        if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("boussole-change", &init)
        {
            let _ = self.host.dispatch_event(&event);
        }
        self.told.borrow_mut().take();
    }
}

/// The plan in the address's `#plan=` fragment, as JSON. Read once: the address forgets it,
/// so a reload shows the latest edits.
fn shared_plan() -> Option<Value> {
    let location = window().location();
    let encoded = location
        .hash()
        .ok()?
        .strip_prefix(SHARE_PREFIX)?
        .to_string();
    let here = location.pathname().unwrap_or_default() + &location.search().unwrap_or_default();
    let _ = window()
        .history()
        .map(|h| h.replace_state_with_url(&JsValue::NULL, "", Some(&here)));
    let text = js_sys::decode_uri_component(&encoded).ok()?.as_string()?;
    Some(json_value(&text))
}

/// Offers `text` as a file to save, without any request.
fn download(text: &str, mime: &str, name: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let bag = web_sys::BlobPropertyBag::new();
    bag.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag);
    let Some(url) = blob
        .and_then(|b| web_sys::Url::create_object_url_with_blob(&b))
        .ok()
    else {
        return;
    };
    let a = window().document().and_then(|d| d.create_element("a").ok());
    if let Some(a) = a.and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok()) {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}
