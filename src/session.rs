//! One planner on a page, without the browser: what it holds, and how it answers each thing the
//! visitor or the host page does.
//!
//! `wasm.rs` turns DOM events into calls of [`Session`] and applies the [`Update`] that comes
//! back: it rewrites the form or a part of it, puts the results, marks errors, moves focus,
//! speaks, copies, downloads and saves. Everything that decides lives here, where native tests
//! reach it: what is shown and when it is out of date, where each error goes, what a share link
//! or an export holds, what is said. The plan is computed once per change and the review
//! derived from it.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::engine;
use crate::form::{self, Action, Change, FormPart, FormState, View};
use crate::model::{FieldError, Locale, PlanInput};
use crate::output::PlanOutput;
use crate::render;
use crate::review::{self, ReviewInput, ReviewOutput};
use crate::validate;
use crate::words::{files, page, Words};

mod actions;
mod results;
use results::*;
mod saved;
mod shell;
mod shown;
mod start;
mod told;
mod update;
use told::Before;
pub use told::ANNOUNCE_PAUSE_MS;
pub use update::{ChangeDetail, Dom, Effect, Settle, Settled, Update};

pub use saved::{migrate, Saved, SavedRef, Stored, SAVED_VERSION};
use shell::*;
pub use shell::{Banner, Summary, SummaryList, Welcome};
use start::next_quarter;
pub use start::{FirstForm, Options, Start};

/// Prefix of the localStorage keys. What is stored carries its own version
/// ([`SAVED_VERSION`]) and is migrated, so the key stays.
pub const STORAGE_PREFIX: &str = "boussole:v1:";
/// Prefix of the plan in a share link's fragment (a fragment is never sent to a server).
pub const SHARE_PREFIX: &str = "#plan=";

/// The most text a plan may come in (a share link once expanded, a file to import; the
/// element's script caps the `plan` attribute's file the same): a plan is a few kilobytes.
/// The script reads no more than a byte past it, so that a deflate bomb or a huge file is
/// refused unread.
pub const MAX_PLAN_BYTES: usize = 1024 * 1024;

/// The localStorage key of a planner: `None` with `storage="none"`; `id` keeps the plans of
/// several planners on one page apart.
pub fn storage_key(storage: Option<&str>, id: Option<&str>) -> Option<String> {
    (storage != Some("none")).then(|| format!("{STORAGE_PREFIX}{}", id.unwrap_or("plan")))
}

/// The planner's language: the `lang` attribute when it names French or English (`fr-CA`
/// counts), else the browser's (French when it starts with `fr`, English otherwise), else
/// French.
pub fn locale_of(attribute: Option<&str>, browser: Option<&str>) -> Locale {
    let primary = |tag: &str| {
        let tag = tag.trim().to_ascii_lowercase();
        Locale::parse(tag.split(['-', '_']).next().unwrap_or_default())
    };
    attribute
        .and_then(primary)
        .or_else(|| {
            browser.map(|b| match primary(b) {
                Some(Locale::Fr) => Locale::Fr,
                _ => Locale::En,
            })
        })
        .unwrap_or_default()
}

/// A plan, or a plan with its closed quarters: what a share link, a file, the `plan`
/// attribute or an export holds.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Doc {
    Plan(PlanInput),
    Review(ReviewInput),
}

impl Doc {
    /// Reads JSON as a plan, or as a review when it has `actuals`.
    pub fn parse(value: &Value) -> Result<Doc, Vec<FieldError>> {
        if value.get("actuals").is_some() {
            review::parse_review(value).map(Doc::Review)
        } else {
            validate::parse_plan(value).map(Doc::Plan)
        }
    }

    /// The form showing it: a review opens in the review view.
    fn form(&self) -> FormState {
        match self {
            Doc::Plan(input) => FormState::from_input(input),
            Doc::Review(input) => FormState::from_review(input),
        }
    }
}

/// A sentence in each of the planner's languages: what stays in sight while the visitor may
/// change the language.
#[derive(Debug, Clone)]
struct InEach(Vec<String>);

impl InEach {
    fn of(write: impl Fn(Locale) -> String) -> InEach {
        InEach(Locale::ALL.iter().map(|l| write(*l)).collect())
    }

    fn get(&self, l: Locale) -> String {
        let i = Locale::ALL.iter().position(|one| *one == l).unwrap_or(0);
        self.0.get(i).cloned().unwrap_or_default()
    }
}

/// Where a copy or an export is confirmed, in sight (the live region says it too).
const TOAST: &str = ".bp-toast";

/// The results' element, and the notice that says they are out of date.
const RESULTS: &str = ".bp-results";
/// What needs the visitor, above the results.
const SUMMARY: &str = ".bp-summary";
/// The plan at a glance, and the way back from the results to the field edited last.
const GLANCE: &str = ".bp-glance";
const BACK: &str = ".bp-back";
const STALE: &str = ".bp-stale";

/// One planner: the form as typed and the last plan and review that computed.
#[derive(Debug)]
pub struct Session {
    form: FormState,
    /// The last plan that computed, shown (marked out of date) while the form has errors.
    plan: Option<(PlanInput, PlanOutput)>,
    /// The last review that computed (none without closed quarters), shown the same way.
    review: Option<(ReviewInput, ReviewOutput)>,
    /// Whether `plan` is what the form describes now.
    plan_ok: bool,
    /// Whether `review` is what the form describes now.
    review_ok: bool,
    /// The view whose results the page shows.
    shown: Option<View>,
    /// Whether the plan changed since the host page was last told.
    change_pending: bool,
    /// The element's `id` and the localStorage key it gives (`None`: nothing is saved).
    id: Option<String>,
    storage_key: Option<String>,
    /// Whether the visitor was told that saving failed (said once, shown until it works).
    save_failure_said: bool,
    /// Whether the browser refuses the page its storage: nothing is tried, it was said once.
    storage_blocked: bool,
    /// The text last handed to storage (`None`: nothing, or it failed): whether this tab has
    /// edits another tab's save would overwrite ([`Session::stored_elsewhere`]).
    written: Option<String>,
    /// The plan replaced last (by a link, an import, the example or the host page), which
    /// "Back to previous plan" brings back.
    previous: Option<Snapshot>,
    /// While a link's plan is shown beside the visitor's own: their own, saved and untouched
    /// until they choose (or type in the link's plan, which makes it theirs).
    visiting: Option<Snapshot>,
    /// Whether the first visit's choice (the example, or an empty form) is still to make.
    welcome: bool,
    /// What the start had to tell (a saved plan that did not read…) while the first visit's
    /// choice hides the general slot: shown with the choice, then above the results, in the
    /// language of the moment.
    start_notice: Option<InEach>,
    /// What storage held that no page could read, saved again with the plan ([`Saved::unread`]).
    unread: Vec<String>,
    /// The quarter an empty plan starts with.
    next_quarter: (i32, u8),
    /// The page's clock (year, month) at the start, when known.
    today: Option<(i32, u8)>,
    /// The controls edited since the page opened: a blank required field says so only once
    /// touched (the summary lists the others as still to fill in).
    touched: Vec<String>,
    /// The control edited last, whose error is announced.
    last_edited: Option<String>,
    /// What the visitor had before their current change, which the next announcement
    /// compares with.
    before: Before,
    /// The control typed in last, and when (the page's clock): keystrokes in one control
    /// closer together than the live region's pause are one change.
    typing: Option<(String, f64)>,
    /// The error and warning slots that hold a message.
    filled: Filled,
    /// The page's clock at the last event handled (milliseconds since 1970, UTC), which an
    /// export stamps with its time.
    now: f64,
}

/// A plan as the visitor left it: the form, and the last plan and review that computed.
#[derive(Debug, Clone)]
struct Snapshot {
    form: FormState,
    plan: Option<PlanInput>,
    review: Option<ReviewInput>,
}

impl Snapshot {
    fn of_form(form: FormState) -> Snapshot {
        Snapshot {
            form,
            plan: None,
            review: None,
        }
    }

    /// A saved state and the previous plan saved with it. What was saved went through
    /// storage: its plan and review are validated again before they are trusted (its lists
    /// were cut to the model's limits as it was read: [`Saved::restore`]).
    fn of_saved(saved: Saved) -> (Snapshot, Option<Snapshot>) {
        let previous = saved.previous.map(|p| Snapshot::of_saved(*p).0);
        let snapshot = Snapshot {
            form: saved.form,
            plan: saved.plan.and_then(|v| validate::parse_plan(&v).ok()),
            review: saved.review.and_then(|v| review::parse_review(&v).ok()),
        };
        (snapshot, previous)
    }

    fn saved(&self) -> SavedRef<'_> {
        SavedRef {
            version: SAVED_VERSION,
            form: &self.form,
            plan: self.plan.as_ref(),
            review: self.review.as_ref(),
            previous: None,
            unread: &[],
        }
    }
}

/// A DOM event inside the planner, as the element's script read it from its target (the
/// same names in camelCase).
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct DomEvent {
    /// `input`, `change`, `click` or `keydown`.
    pub kind: String,
    /// The target's tag name (`INPUT`, `SELECT`, …) and `type` attribute.
    pub tag: String,
    pub input_type: String,
    /// The target control's `name`, and its value (checkboxes: `"true"`/`"false"`).
    pub name: Option<String>,
    pub value: String,
    /// `data-action` and `data-index` of the button clicked (the target or an ancestor).
    pub action: Option<Action>,
    pub index: Option<String>,
    /// The target's `role` and, for `keydown`, the key.
    pub role: Option<String>,
    /// The button's `data-target`: the control a link of the error summary goes to.
    pub target: Option<String>,
    pub key: String,
    /// When it happened, in milliseconds since 1970 (UTC): the page's clock, for what an
    /// export stamps with its time.
    pub now: f64,
}

impl Session {
    /// The planner at its start, and the first things to show (saved and told at once).
    pub fn start(mut start: Start) -> (Session, Update) {
        let (id, storage_key) = (start.id.take(), start.storage_key.take());
        // Storage refused: said once now (before anything typed is lost), never tried.
        let blocked = start.blocked && storage_key.is_some();
        let storage_key = storage_key.filter(|_| !start.blocked);
        let told = InEach::of(|l| {
            start
                .saved
                .as_ref()
                .map(|s| s.notices(l).join(" "))
                .unwrap_or_default()
        });
        let carried = start.saved.as_mut().map(|s| std::mem::take(&mut s.unread));
        let mut unread = carried.unwrap_or_default();
        // Storage holds no plan this page can read: nothing to show, but the choice made now
        // must not erase it (a newer page may read it, or the visitor a copy of it), so it is
        // saved again, as it was, beside the new plan.
        let unread_now = start.unread.take();
        unread.extend(unread_now.clone());
        let shared = start.shared.take().map(|v| Doc::parse(&v));
        let link_not_read = match (start.link_too_large, &shared) {
            (true, _) => Some(page::LINK_TOO_LARGE),
            (false, Some(Err(_))) => Some(page::LINK_UNREADABLE),
            _ => None,
        };
        let shared = shared.and_then(Result::ok).map(|doc| doc.form());
        let (own, previous) = match start.saved.take().map(Snapshot::of_saved) {
            Some((own, previous)) => (Some(own), previous),
            None => (None, None),
        };
        // A link's plan never takes the place of the visitor's own without their choice.
        // A first visit: nothing saved, no link, no plan given by the host page.
        let fresh = shared.is_none() && own.is_none() && start.attribute.is_none();
        let welcome = fresh && start.first.is_none();
        let (first, visiting) = match (shared, own) {
            (Some(form), Some(own)) if !form.same_values(&own.form) => {
                (Snapshot::of_form(form), Some(own))
            }
            (Some(form), None) => (Snapshot::of_form(form), None),
            (_, Some(own)) => (own, None),
            (None, None) => (Snapshot::of_form(first_form(&start)), None),
        };

        let mut session = Session {
            form: first.form.clone(),
            plan: None,
            review: None,
            plan_ok: false,
            review_ok: false,
            shown: None,
            change_pending: false,
            id,
            storage_key,
            save_failure_said: false,
            storage_blocked: start.blocked,
            written: None,
            previous,
            visiting,
            welcome,
            start_notice: None,
            unread,
            next_quarter: next_quarter(start.today),
            today: start.today,
            touched: Vec::new(),
            last_edited: None,
            before: Before::default(),
            typing: None,
            filled: Filled::default(),
            now: 0.0,
        };
        let l = first.form.locale;
        let notice = InEach::of(|l| {
            let mut notices = Vec::new();
            if let Some(reason) = link_not_read {
                notices.push(session.link_notice(reason, l));
            }
            notices.push(told.get(l));
            if unread_now.is_some() {
                notices.push(page::UNREAD_KEPT.get(l).to_string());
            }
            if blocked {
                notices.push(page::STORAGE_BLOCKED.get(l).to_string());
            }
            notices.retain(|n| !n.is_empty());
            notices.join(" ")
        });
        let notice = (!notice.get(l).is_empty()).then_some(notice);
        let told_now = notice.as_ref().map(|n| n.get(l));
        // A first visit draws only the choice: the example is planned once chosen.
        let mut update = match session.welcome {
            true => {
                session.start_notice = notice;
                session.welcome_frame(first.form)
            }
            false => {
                let mut update = session.show(first);
                if let Some(notice) = notice {
                    update.notice(notice.get(l), false);
                }
                update
            }
        };
        update.settle = Settle::Now;
        // The banner shows the choice; the live region says it with the rest.
        let choice = session
            .visiting
            .as_ref()
            .map(|_| page::VISITING_SHARED.get(l));
        let said: Vec<&str> = told_now.as_deref().into_iter().chain(choice).collect();
        if !said.is_empty() {
            update.say = Some(said.join(" "));
        }
        (session, update)
    }

    /// The form as typed.
    pub fn form(&self) -> &FormState {
        &self.form
    }

    /// The plan the form shows now, `None` while it has errors.
    pub fn current_plan(&self) -> Option<&PlanInput> {
        self.plan
            .as_ref()
            .filter(|_| self.plan_ok)
            .map(|(input, _)| input)
    }

    /// The plan and its closed quarters, `None` without closed quarters or while the plan or
    /// the actuals have errors.
    pub fn current_review(&self) -> Option<&ReviewInput> {
        self.review
            .as_ref()
            .filter(|_| self.review_ok)
            .map(|(input, _)| input)
    }

    /// Where this planner saves now (`None`: nowhere).
    pub fn storage_key(&self) -> Option<&str> {
        self.storage_key.as_deref()
    }

    /// Answers an event of the planner's DOM; `None` when it is not the planner's (the page then
    /// leaves it alone), `Some` when handled (the page prevents its default).
    pub fn handle(&mut self, e: &DomEvent) -> Option<Update> {
        self.now = e.now;
        let control = e.name.as_deref().filter(|_| e.input_type != "file");
        match (e.kind.as_str(), control) {
            // Text is read on every keystroke; selects and checkboxes once they change.
            ("input", Some(name)) if e.tag != "SELECT" => Some(self.typed(name, &e.value)),
            ("change", Some(name)) if e.tag == "SELECT" || e.input_type == "checkbox" => {
                Some(self.typed(name, &e.value))
            }
            // A text field left after an edit: the page has said what waited for a pause.
            ("change", Some(_)) => {
                self.typing = None;
                None
            }
            ("click", _) => match (e.action?, e.target.as_deref()) {
                (Action::GoTo, Some(name)) => Some(self.go_to(name)),
                (action, _) => {
                    let index = e.index.as_deref().and_then(|i| i.parse().ok());
                    Some(self.action(action, index))
                }
            },
            ("keydown", _) if e.role.as_deref() == Some("tab") => self.tab_key(&e.key),
            _ => None,
        }
    }

    /// An attribute of the element changed after its start (`None`: removed). `browser` is the
    /// browser's language. `plan` is loaded with [`Session::load`]; `compact` is the
    /// stylesheet's business.
    pub fn attribute(&mut self, name: &str, value: Option<&str>, browser: Option<&str>) -> Update {
        match (name, value) {
            ("lang", _) => self.set_language(value, browser),
            ("currency", Some(code)) => self.set_currency(code),
            ("storage", _) => {
                let key = storage_key(value, self.id.as_deref());
                self.storage_key = key.filter(|_| !self.storage_blocked);
                Update {
                    settle: Settle::Now,
                    ..Update::default()
                }
            }
            _ => Update::default(),
        }
    }

    /// The visitor typed `value` in the control `name` (checkboxes: `"true"`/`"false"`).
    /// Typing in a link's plan makes it theirs: their own is kept as the previous plan.
    /// What is announced names the figures this edit moved, with their value before it.
    pub fn edit(&mut self, name: &str, value: &str) -> Update {
        self.typing = None;
        self.edit_as(name, value, false)
    }

    /// A keystroke (or a select's change) in `name`: while the visitor types on in one
    /// control, what is announced compares with what was there before their first keystroke.
    fn typed(&mut self, name: &str, value: &str) -> Update {
        let continues = self.keystroke(name, self.now);
        self.edit_as(name, value, continues)
    }

    /// An edit; `continues` when it goes on with what the visitor is typing in `name`.
    fn edit_as(&mut self, name: &str, value: &str, continues: bool) -> Update {
        let adopted = self.adopt_shared();
        let mut update = self.set(name, value, continues);
        self.adopted(adopted, &mut update);
        update
    }

    /// The control `name` now holds `value`; `continues` when it goes on with what the visitor
    /// is typing there.
    fn set(&mut self, name: &str, value: &str, continues: bool) -> Update {
        if !continues {
            self.remember(Some(name));
        }
        let example = self.form.is_example(name);
        if !self.touched.iter().any(|t| t == name) {
            self.touched.push(name.to_string());
        }
        self.last_edited = Some(name.to_string());
        let change = self.form.set(name, value);
        let mut update = self.apply(change, Some(name));
        // The way back from the results to this field (named fields of the form only).
        let shown = self.form.control_names();
        let named = crate::fields::find(name).is_some() && !matches!(name, "locale" | "currency");
        if change != Change::None && named && shown.iter().any(|n| n == name) {
            let title = crate::fields::title(name, self.form.locale);
            let back = page::BACK_TO_FIELD.fill(self.form.locale, &[&title]);
            update.dom.insert(0, Dom::Text(BACK.into(), Some(back)));
            update.dom.insert(1, Dom::Attr(BACK.into(), "hidden", None));
        }
        if example && change == Change::Value {
            // Typed over: no longer the example's.
            let id = form::control_id(name);
            update
                .dom
                .push(Dom::Attr(format!("#{id}"), "data-example", None));
            let label = format!("label[for=\"{id}\"]");
            update.dom.push(Dom::Attr(label, "data-tag", None));
        }
        update
    }

    /// Ends the choice between a link's plan and the visitor's own in favour of the link's,
    /// keeping theirs as the previous plan; whether there was a choice.
    fn adopt_shared(&mut self) -> bool {
        match self.visiting.take() {
            Some(own) => {
                self.previous = Some(own);
                true
            }
            None => false,
        }
    }

    /// After [`Session::adopt_shared`] said yes: the banner goes, the previous-plan button
    /// comes, the visitor is told, and the plan is saved at once.
    fn adopted(&self, adopted: bool, update: &mut Update) {
        if !adopted {
            return;
        }
        let l = self.form.locale;
        self.write_choices(&mut update.dom);
        let words = [page::SHARED_ADOPTED.get(l), page::PREVIOUS_KEPT.get(l)];
        update.inform(words.join(" "));
        update.settle = Settle::Now;
    }

    /// The `lang` attribute changed: the planner speaks it, or the browser's language when it
    /// is neither French nor English (as at the start, see [`locale_of`]).
    fn set_language(&mut self, attribute: Option<&str>, browser: Option<&str>) -> Update {
        self.set("locale", locale_of(attribute, browser).code(), false)
    }

    /// The `currency` attribute changed (a three-letter code, in any case).
    fn set_currency(&mut self, code: &str) -> Update {
        self.set("currency", &code.trim().to_ascii_uppercase(), false)
    }

    /// Saving failed (storage full, or refused): the form keeps everything, and the visitor is
    /// shown how not to lose it; the live region says it the first time only.
    pub fn save_failed(&mut self) -> Update {
        self.written = None;
        let first = !std::mem::replace(&mut self.save_failure_said, true);
        let mut update = Update::default();
        update.notice(page::SAVE_FAILED.get(self.form.locale).to_string(), first);
        update
    }

    /// The clipboard refused a copy (a frame without `allow="clipboard-write"`, a browser that
    /// asks first): the visitor is told, beside the buttons and by the live region, instead of
    /// the confirmation shown a moment ago.
    pub fn copy_failed(&mut self) -> Update {
        let text = page::COPY_FAILED.get(self.form.locale).to_string();
        Update {
            dom: vec![Dom::Text(TOAST.into(), Some(text.clone()))],
            say: Some(text),
            ..Update::default()
        }
    }

    /// Whether saving worked: what to show when it did not.
    pub fn save_result(&mut self, ok: bool) -> Option<Update> {
        match ok {
            true => {
                self.save_succeeded();
                None
            }
            false => Some(self.save_failed()),
        }
    }

    /// Saving worked (again).
    pub fn save_succeeded(&mut self) {
        self.save_failure_said = false;
    }

    /// What to save now and what to tell the host page ([`Settled`]).
    pub fn settle(&mut self) -> Settled<'_> {
        let saved = self.saved_text();
        self.written.clone_from(&saved);
        let pending = std::mem::take(&mut self.change_pending) && !self.welcome;
        let change = self
            .plan
            .as_ref()
            .filter(|_| pending)
            .map(|(input, out)| ChangeDetail {
                plan: input,
                target_revenue: out.goal.target_revenue,
                extra_revenue: out.goal.extra_revenue,
                growth_rate: out.goal.growth_rate,
                target_cpa: out.unit_economics.target_cpa,
                summary: render::summary_text(out),
            });
        Settled {
            key: self.storage_key.as_deref(),
            saved,
            change,
        }
    }

    /// What a link or an export holds: the plan with its actuals while they are valid, else
    /// the last valid plan alone.
    fn shared_doc(&self) -> Option<Doc> {
        if let Some(input) = self.current_review() {
            return Some(Doc::Review(input.clone()));
        }
        let (input, _) = self.plan.as_ref()?;
        Some(Doc::Plan(input.clone()))
    }

    /// Applies what an edit changed: the plan and review computed, the form part to rewrite
    /// (its closed quarters show the plan's targets), then the results.
    fn apply(&mut self, change: Change, focused: Option<&str>) -> Update {
        let mut update = Update::default();
        if change == Change::None {
            return update;
        }
        // The plan first: the form shows its targets beside the closed quarters.
        let had_plan = self.plan.is_some();
        let mut results = self.refresh();
        self.tell_changes(&mut results);
        match change {
            Change::None | Change::Value => {}
            Change::Structure(FormPart::Whole) => {
                self.write_frame(&mut update.dom);
                update.dom.push(Dom::Form(Box::new(self.form_view())));
                self.write_choices(&mut update.dom);
                self.write_welcome(&mut update.dom);
            }
            Change::Structure(part) => {
                update.dom.push(Dom::Form(Box::new(self.form_view())));
                if part == FormPart::Advanced {
                    // Redrawn because something inside it changed: the visitor is in it.
                    let open = Some(String::new());
                    update.dom.push(Dom::Attr(ADVANCED.into(), "open", open));
                }
            }
        }
        results.write(&mut update, &mut self.filled);
        // The exports depend only on the language and on whether there is a plan: drawn again
        // when the form is (a language switch is a structure change) or the first plan comes.
        if matches!(change, Change::Structure(_)) || had_plan != self.plan.is_some() {
            let share = form::share(self.form.locale, self.plan.is_some());
            update.dom.push(Dom::Share(share));
        }
        if let (Change::Structure(_), Some(name)) = (change, focused) {
            update.dom.push(Dom::Focus(vec![control_selector(name)]));
        }
        update.settle = Settle::Later;
        update
    }

    /// The form as drawn: the closed quarters with the last valid plan's targets, and a note
    /// on those not over yet by the page's clock.
    fn form_view(&self) -> form::FormView {
        let cx = form::FormContext {
            plan: self.plan.as_ref().map(|(_, out)| out),
            today: self.today,
        };
        form::form_view_in(&self.form, &cx)
    }

    /// The tabs, the planner's language, and the view's form and results moved into the
    /// selected tab's panel.
    fn write_frame(&self, dom: &mut Vec<Dom>) {
        let l = self.form.locale;
        dom.push(Dom::Tabs(form::tabs(&self.form)));
        let skip = page::SKIP_TO_RESULTS.get(l).to_string();
        dom.push(Dom::Text(".bp-skip".into(), Some(skip)));
        let label = page::VIEW_TABS.get(l).to_string();
        dom.push(Dom::Attr(".bp-tabs".into(), "aria-label", Some(label)));
        dom.push(Dom::Attr(".bp-app".into(), "lang", Some(l.code().into())));
        let glance = page::GLANCE.get(l).to_string();
        dom.push(Dom::Attr(GLANCE.into(), "aria-label", Some(glance)));
        for view in [View::Plan, View::Review] {
            let panel = format!("#bp-panel-{}", view.code());
            if view == self.form.view {
                dom.push(Dom::Move(".bp-view".into(), panel.clone()));
            }
            let hidden = (view != self.form.view).then(String::new);
            dom.push(Dom::Attr(panel, "hidden", hidden));
        }
    }

    /// After a row or view action, the same action on the row that moved, or a neighbour.
    fn refocus(&self, action: Action, index: Option<usize>) -> Vec<String> {
        let closed = self.form.actuals.len();
        match (action, index) {
            (Action::ViewPlan | Action::ViewReview, _) => {
                vec![format!("#bp-tab-{}", self.form.view.code())]
            }
            (Action::AddQuarter, _) if closed > 0 => vec![control_selector(&format!(
                "actuals[{}].revenue",
                closed - 1
            ))],
            (Action::RemoveQuarter, _) if closed > 0 => vec![action.button(None)],
            (Action::AddQuarter | Action::RemoveQuarter, _) => {
                vec![Action::AddQuarter.button(None)]
            }
            // At an end, the button that moved is disabled: the other way on the same row.
            (Action::MoveChannelUp, Some(i)) if i > 0 => vec![
                action.button(Some(i - 1)),
                Action::MoveChannelDown.button(Some(i - 1)),
            ],
            (Action::MoveChannelDown, Some(i)) => vec![
                action.button(Some(i + 1)),
                Action::MoveChannelUp.button(Some(i + 1)),
            ],
            (Action::RemoveChannel, _) => vec![Action::AddChannel.button(None)],
            // The new row's first field, to type its name.
            (Action::AddChannel, _) => vec![control_selector(&format!(
                "channels[{}].label",
                self.form.channels.len().saturating_sub(1)
            ))],
            _ => Vec::new(),
        }
    }
}
