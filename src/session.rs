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
use crate::form::{self, Change, FormPart, FormState, View};
use crate::model::{FieldError, Locale, PlanInput};
use crate::output::PlanOutput;
use crate::render;
use crate::review::{self, ReviewInput, ReviewOutput};
use crate::validate;
use crate::words::{files, page, Words};

mod saved;
pub use saved::{migrate, Saved, SavedRef, SAVED_VERSION};

/// Prefix of the localStorage keys. What is stored carries its own version
/// ([`SAVED_VERSION`]) and is migrated, so the key stays.
pub const STORAGE_PREFIX: &str = "boussole:v1:";
/// Prefix of the plan in a share link's fragment (a fragment is never sent to a server).
pub const SHARE_PREFIX: &str = "#plan=";

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

/// The detail of the `boussole-change` event the host page receives.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ChangeDetail<'a> {
    pub plan: &'a PlanInput,
    pub target_revenue: f64,
    pub extra_revenue: f64,
    pub growth_rate: f64,
    pub target_cpa: f64,
    pub summary: String,
}

/// What the element's script passes at the start: its attributes (`lang`, `currency`,
/// `storage`, `plan` as JSON text, fetched when it names a file), its `id` as `key`, and the
/// URLs of the stylesheets.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Options {
    pub lang: Option<String>,
    pub currency: Option<String>,
    /// The stylesheets' URLs, in order (each its own: a bundler renames each file).
    pub styles: Vec<String>,
    pub storage: Option<String>,
    pub plan: Option<String>,
    pub key: Option<String>,
    /// Today's year and month (`2026-11`), for the start of an empty plan.
    pub today: Option<String>,
    /// The `start` attribute: `example` or `blank` skip the first visit's choice.
    pub start: Option<String>,
}

impl Options {
    /// Where the planner saves ([`storage_key`]).
    pub fn storage_key(&self) -> Option<String> {
        storage_key(self.storage.as_deref(), self.key.as_deref())
    }

    /// The start of a planner with these options, in a browser whose language is `browser`;
    /// `read_json` reads the `plan` attribute's JSON text.
    pub fn start(
        self,
        browser: Option<&str>,
        shared: Option<Value>,
        saved: Option<Saved>,
        read_json: impl Fn(&str) -> Value,
    ) -> Start {
        Start {
            locale: locale_of(self.lang.as_deref(), browser),
            storage_key: self.storage_key(),
            currency: self.currency,
            id: self.key,
            shared,
            saved,
            attribute: self.plan.as_deref().map(read_json),
            today: self.today.as_deref().and_then(year_month),
            first: self.start.as_deref().and_then(FirstForm::parse),
        }
    }
}

/// What the page knows when a planner starts. The first plan shown is the share link's, else
/// the one saved in this browser, else the `plan` attribute's, else the example.
#[derive(Debug, Default)]
pub struct Start {
    pub locale: Locale,
    /// The element's `id`, which keeps the saved plans of several planners apart.
    pub id: Option<String>,
    /// Where this planner saves ([`storage_key`]).
    pub storage_key: Option<String>,
    /// The `currency` attribute, for the example plan.
    pub currency: Option<String>,
    /// The plan in the address's `#plan=` fragment, as JSON.
    pub shared: Option<Value>,
    /// What this planner saved last time.
    pub saved: Option<Saved>,
    /// The `plan` attribute (JSON text, or the file it names), as JSON.
    pub attribute: Option<Value>,
    /// Today's year and month (1–12), when the page knows them.
    pub today: Option<(i32, u8)>,
    /// What a first visit starts with, when the host page chose (`None`: the visitor does).
    pub first: Option<FirstForm>,
}

crate::model::coded! {
    /// What a first visit starts with, when the host page chooses it (`start` attribute).
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum FirstForm {
        /// The example plan, its values marked as the example's.
        Example = "example",
        /// An empty form.
        Blank = "blank",
    }
}

/// `2026-11` → (2026, 11).
fn year_month(text: &str) -> Option<(i32, u8)> {
    let (y, m) = text.split_once('-')?;
    let (y, m) = (y.parse().ok()?, m.parse().ok()?);
    ((2000..=2100).contains(&y) && (1..=12).contains(&m)).then_some((y, m))
}

/// The quarter after the one of `today` (the first a new plan can cover), else the example's.
fn next_quarter(today: Option<(i32, u8)>) -> (i32, u8) {
    match today {
        Some((y, m)) if m >= 10 => (y + 1, 1),
        Some((y, m)) => (y, (m - 1) / 3 + 2),
        None => (2027, 1),
    }
}

/// What the page must do after a call.
#[derive(Debug, Default, PartialEq)]
pub struct Update {
    /// Changes to the planner's DOM, in order.
    pub dom: Vec<Dom>,
    /// Said by the live region once typing pauses (the results' summary).
    pub announce: Option<String>,
    /// Something to do outside the planner.
    pub effect: Option<Effect>,
    /// Said at once by the live region (after an action the visitor asked for).
    pub say: Option<String>,
    /// When to save and tell the host page.
    pub settle: Settle,
}

impl Update {
    /// Shows `notice` in the general slot, beside the field errors, and with `say` has the
    /// live region say it.
    fn notice(&mut self, notice: String, say: bool) {
        let general = format!("#{}", form::error_slot_id(""));
        self.dom.push(Dom::Text(general, Some(notice.clone())));
        if say {
            self.say = Some(notice);
        }
    }
}

/// One change to the planner's shadow root, by CSS selector: `Html`, `Replace`, `Text` and
/// `Attr` apply to every element found, `Move` to the first.
#[derive(Debug, Clone, PartialEq)]
pub enum Dom {
    /// Sets the inner HTML.
    Html(String, String),
    /// Replaces the element with this HTML.
    Replace(String, String),
    /// Sets the text content (`None` empties it).
    Text(String, Option<String>),
    /// Sets (`Some`) or removes (`None`) an attribute.
    Attr(String, &'static str, Option<String>),
    /// Moves the first element into the second, unless it is there already.
    Move(String, String),
    /// Focuses the first element found that is neither disabled nor hidden.
    Focus(Vec<String>),
    /// Changes the element's content part by part ([`render::patch`]): each top-level part
    /// kept, patched in its texts and attributes, or replaced; when the content does not have
    /// the parts' shape, sets the inner HTML (the last field) instead.
    Patch(String, Vec<render::patch::Part>, String),
}

/// The results after a change, before they become [`Dom`] changes.
struct Results {
    /// New HTML for the results; `None` keeps what is shown (then marked out of date).
    html: Option<String>,
    /// Why the results shown are out of date; `None` when they are up to date.
    stale: Option<&'static str>,
    /// Every error, by the element that shows it; all others are cleared.
    errors: Vec<ErrorMark>,
    /// The plan's warnings about one shown control, by the slot beside it (`None`: left as
    /// they are, the plan shown being out of date).
    warnings: Option<Vec<(String, String)>>,
    announce: Option<String>,
    /// What needs the visitor: the fields to fix, those to fill in, the example's values
    /// left (HTML; empty hides it).
    summary: String,
    /// Whether an error is among the folded advanced settings (they are then unfolded).
    open_advanced: bool,
    /// The plan at a glance: new content, `None` to keep it (then marked out of date), or
    /// hidden in the review view.
    glance: Glance,
}

/// The error and warning slots holding a message (their selectors), emptied when the next
/// results no longer need them.
#[derive(Debug, Default)]
struct Filled {
    errors: Vec<String>,
    warnings: Vec<String>,
}

/// What the bar at a glance shows after a change.
enum Glance {
    Show(String),
    Stale,
    Hide,
}

/// The errors as the form shows them ([`Session::sort_errors`]).
#[derive(Default)]
struct SortedErrors<'a> {
    /// The controls shown.
    shown: Vec<String>,
    /// The errors to fix, each with the message to show.
    fix: Vec<(&'a FieldError, String)>,
    /// The required controls still blank and untouched.
    fill: Vec<&'a str>,
}

/// What needs the visitor, from [`Session::attention`].
struct Attention {
    html: String,
    announce: Option<String>,
    open_advanced: bool,
}

/// Error codes the form treats apart: a blank required field, a missing goal share.
const REQUIRED: &str = "required";
const SHARES_INCOMPLETE: &str = "shares_incomplete";

/// Messages for one error slot (by id), and the control they are about, when it is shown.
struct ErrorMark {
    slot: String,
    control: Option<String>,
    message: String,
}

impl Results {
    /// Writes the results, the errors and the warnings. Only the slots `filled` last time are
    /// emptied (with the general slot, which holds notices): touching every slot of the form
    /// made the browser lay out and repaint the whole form on each keystroke.
    /// `written` is the results' HTML as the page writes it ([`Session::write_results`]).
    fn write(self, update: &mut Update, filled: &mut Filled, written: Option<Dom>) {
        let dom = &mut update.dom;
        dom.push(Dom::Attr("[aria-invalid]".into(), "aria-invalid", None));
        let errors: Vec<String> = self.errors.iter().map(|m| format!("#{}", m.slot)).collect();
        let general = format!("#{}", form::error_slot_id(""));
        for old in std::mem::take(&mut filled.errors)
            .into_iter()
            .chain([general])
            .filter(|old| !errors.contains(old))
        {
            dom.push(Dom::Text(old, None));
        }
        filled.errors = errors;
        dom.push(Dom::Text(TOAST.into(), None));
        if let Some(warnings) = self.warnings {
            let slots: Vec<String> = warnings
                .iter()
                .map(|(slot, _)| format!("#{slot}"))
                .collect();
            for old in std::mem::take(&mut filled.warnings) {
                if !slots.contains(&old) {
                    dom.push(Dom::Text(old, None));
                }
            }
            for (slot, message) in warnings {
                dom.push(Dom::Text(format!("#{slot}"), Some(message)));
            }
            filled.warnings = slots;
        }
        for mark in self.errors {
            dom.push(Dom::Text(format!("#{}", mark.slot), Some(mark.message)));
            if let Some(control) = mark.control {
                let control = control_selector(&control);
                dom.push(Dom::Attr(control, "aria-invalid", Some("true".into())));
            }
        }
        dom.extend(written);
        let hidden = self.summary.is_empty().then(String::new);
        dom.push(Dom::Html(SUMMARY.into(), self.summary));
        dom.push(Dom::Attr(SUMMARY.into(), "hidden", hidden));
        if self.open_advanced {
            dom.push(Dom::Attr(ADVANCED.into(), "open", Some(String::new())));
        }
        let (hidden, stale) = match self.glance {
            Glance::Show(html) => {
                dom.push(Dom::Html(GLANCE.into(), html));
                (None, None)
            }
            Glance::Stale => (None, Some(String::new())),
            Glance::Hide => (Some(String::new()), None),
        };
        dom.push(Dom::Attr(GLANCE.into(), "hidden", hidden));
        dom.push(Dom::Attr(GLANCE.into(), "data-stale", stale));
        let stale = self.stale.is_some().then(String::new);
        dom.push(Dom::Attr(RESULTS.into(), "data-stale", stale));
        let hidden = self.stale.is_none().then(String::new);
        dom.push(Dom::Attr(STALE.into(), "hidden", hidden));
        if let Some(message) = self.stale {
            dom.push(Dom::Text(STALE.into(), Some(message.into())));
        }
        update.announce = self.announce;
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

/// A side effect the page carries out.
#[derive(Debug, PartialEq)]
pub enum Effect {
    Copy(String),
    /// Put the document in the address's fragment (after [`SHARE_PREFIX`]) and copy the link.
    CopyLink(Doc),
    Download {
        name: &'static str,
        mime: &'static str,
        text: String,
    },
    /// Offer the document as an indented JSON file.
    DownloadJson {
        name: &'static str,
        doc: Doc,
    },
    Print,
    /// Open the file picker of the import.
    OpenImport,
}

/// When to save and send `boussole-change`.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub enum Settle {
    #[default]
    No,
    /// Once typing pauses.
    Later,
    Now,
}

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
    /// The plan replaced last (by a link, an import, the example or the host page), which
    /// "Back to previous plan" brings back.
    previous: Option<Snapshot>,
    /// While a link's plan is shown beside the visitor's own: their own, saved and untouched
    /// until they choose (or type in the link's plan, which makes it theirs).
    visiting: Option<Snapshot>,
    /// Whether the first visit's choice (the example, or an empty form) is still to make.
    welcome: bool,
    /// The quarter an empty plan starts with.
    next_quarter: (i32, u8),
    /// The controls edited since the page opened: a blank required field says so only once
    /// touched (the summary lists the others as still to fill in).
    touched: Vec<String>,
    /// The control edited last, whose error is announced.
    last_edited: Option<String>,
    /// The results' HTML the page shows, which the next results are patched from.
    results_shown: Option<render::patch::Shown>,
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
    /// storage: its plan and review are validated again before they are trusted, and a form
    /// never holds more closed quarters than a year has (an older or edited state).
    fn of_saved(saved: Saved) -> (Snapshot, Option<Snapshot>) {
        let previous = saved.previous.map(|p| Snapshot::of_saved(*p).0);
        let mut form = saved.form;
        form.actuals.truncate(form::MAX_ACTUALS);
        let snapshot = Snapshot {
            form,
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
        }
    }
}

/// The buttons that copy a text of the plan shown: the action, the text, what the page says.
type Copy = (&'static str, fn(&PlanOutput) -> String, Words);
const COPIES: [Copy; 7] = [
    ("copy-okr", render::okr_text, page::OKR_COPIED),
    ("copy-okr-text", render::okr_text, page::OKR_COPIED),
    (
        "copy-okr-markdown",
        render::okr_markdown,
        page::OKR_COPIED_MARKDOWN,
    ),
    (
        "copy-plan-markdown",
        crate::table::plan_markdown,
        page::PLAN_COPIED_MARKDOWN,
    ),
    (
        "copy-plan-text",
        crate::table::plan_table,
        page::PLAN_COPIED,
    ),
    (
        "copy-objectives",
        render::objectives_text,
        page::OBJECTIVES_COPIED,
    ),
    (
        "copy-objectives-markdown",
        render::objectives_markdown,
        page::OBJECTIVES_COPIED_MARKDOWN,
    ),
];

/// The buttons that save a file of the plan shown: the action, the file's name, its type, and
/// its text (given the page's clock, for the calendar's stamp).
type File = (
    &'static str,
    Words,
    &'static str,
    fn(&PlanOutput, f64) -> String,
);
const CSV: &str = "text/csv;charset=utf-8";
const FILES: [File; 5] = [
    ("export-csv", files::TARGETS, CSV, |out, _| {
        render::targets_csv(out)
    }),
    ("export-months-csv", files::MONTHS, CSV, |out, _| {
        render::months_csv(out)
    }),
    (
        "export-objectives-csv",
        files::SMART_OBJECTIVES,
        CSV,
        |out, _| render::objectives_csv(out),
    ),
    ("export-alert-rules", files::ALERT_RULES, CSV, |out, _| {
        render::alert_rules_csv(out)
    }),
    (
        "export-ics",
        files::REVIEWS_CALENDAR,
        "text/calendar;charset=utf-8",
        |out, now| {
            render::calendar::reviews_ics(out, render::calendar::Utc((now / 1000.0).floor() as i64))
        },
    ),
];

/// A DOM event inside the planner, as the element's script read it from its target (the
/// same names in camelCase).
#[derive(Debug, Default, Clone)]
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
    pub action: Option<String>,
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
        let saved_quarters = start.saved.as_ref().map_or(0, |s| s.form.actuals.len());
        let dropped = start.saved.as_ref().map(|s| s.dropped.join(", "));
        let shared = start.shared.take().map(|v| Doc::parse(&v));
        let broken_link = matches!(shared, Some(Err(_)));
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
            previous,
            visiting,
            welcome,
            next_quarter: next_quarter(start.today),
            touched: Vec::new(),
            last_edited: None,
            results_shown: None,
            filled: Filled::default(),
            now: 0.0,
        };
        // A first visit draws only the choice: the example is planned once chosen.
        let mut update = match session.welcome {
            true => session.welcome_frame(first.form),
            false => session.show(first),
        };
        update.settle = Settle::Now;
        let l = session.form.locale;
        let mut notices = Vec::new();
        if broken_link {
            notices.push(page::BROKEN_LINK.get(l).to_string());
        }
        if saved_quarters > form::MAX_ACTUALS {
            notices.push(page::EXTRA_QUARTERS_DROPPED.fill(l, &[&saved_quarters]));
        }
        if let Some(names) = dropped.filter(|names| !names.is_empty()) {
            notices.push(page::SAVED_VALUES_DROPPED.fill(l, &[&names]));
        }
        if !notices.is_empty() {
            update.notice(notices.join(" "), false);
        }
        // The banner shows the choice; the live region says it with the rest.
        let choice = session
            .visiting
            .as_ref()
            .map(|_| page::VISITING_SHARED.get(l));
        let said: Vec<&str> = notices.iter().map(String::as_str).chain(choice).collect();
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
            ("input", Some(name)) if e.tag != "SELECT" => Some(self.edit(name, &e.value)),
            ("change", Some(name)) if e.tag == "SELECT" || e.input_type == "checkbox" => {
                Some(self.edit(name, &e.value))
            }
            ("click", _) => match (e.action.as_deref()?, e.target.as_deref()) {
                ("go-to", Some(name)) => Some(self.go_to(name)),
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
                self.storage_key = storage_key(value, self.id.as_deref());
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
    pub fn edit(&mut self, name: &str, value: &str) -> Update {
        let adopted = self.adopt_shared();
        let mut update = self.set(name, value);
        self.adopted(adopted, &mut update);
        update
    }

    /// The control `name` now holds `value`.
    fn set(&mut self, name: &str, value: &str) -> Update {
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
        update.notice(words.join(" "), true);
        update.settle = Settle::Now;
    }

    /// The `lang` attribute changed: the planner speaks it, or the browser's language when it
    /// is neither French nor English (as at the start, see [`locale_of`]).
    fn set_language(&mut self, attribute: Option<&str>, browser: Option<&str>) -> Update {
        self.set("locale", locale_of(attribute, browser).code())
    }

    /// The `currency` attribute changed (a three-letter code, in any case).
    fn set_currency(&mut self, code: &str) -> Update {
        self.set("currency", &code.trim().to_ascii_uppercase())
    }

    /// A button with `data-action` (and `data-index`) was pressed.
    pub fn action(&mut self, action: &str, index: Option<usize>) -> Update {
        let l = self.form.locale;
        let plan = self.plan.as_ref().map(|(_, out)| out);
        let copy = COPIES.iter().find(|c| c.0 == action);
        let file = FILES.iter().find(|f| f.0 == action);
        let (effect, say) = if let Some(&(_, text, said)) = copy {
            let Some(out) = plan else {
                return Update::default();
            };
            (Effect::Copy(text(out)), Some(said))
        } else if let Some(&(_, name, mime, text)) = file {
            let Some(out) = plan else {
                return Update::default();
            };
            let (name, text) = (name.get(out.locale), text(out, self.now));
            (Effect::Download { name, mime, text }, None)
        } else {
            match action {
                "copy" => {
                    let text = plan.and_then(|out| out.objectives.get(index?));
                    let Some(objective) = text else {
                        return Update::default();
                    };
                    (
                        Effect::Copy(objective.text.clone()),
                        Some(page::OBJECTIVE_COPIED),
                    )
                }
                "copy-link" => match self.shared_doc() {
                    Some(doc) => (Effect::CopyLink(doc), Some(page::LINK_COPIED)),
                    None => return Update::default(),
                },
                "export-json" => match self.shared_doc() {
                    Some(doc) => {
                        let name = match doc {
                            Doc::Plan(_) => files::PLAN.get(l),
                            Doc::Review(_) => files::REVIEW.get(l),
                        };
                        (Effect::DownloadJson { name, doc }, None)
                    }
                    None => return Update::default(),
                },
                "import-json" => (Effect::OpenImport, None),
                "print" => (Effect::Print, None),
                "reset" => {
                    // The example plan in the current locale, currency and view, without actuals.
                    let mut form = self.form.clone();
                    form.action("reset", None);
                    let mut update = self.replace(form);
                    self.replaced(page::EXAMPLE_RESTORED, &mut update);
                    update.dom.push(way_back("reset"));
                    return update;
                }
                "open-shared" | "keep-mine" => return self.choose(action == "open-shared"),
                "start-example" | "start-blank" => {
                    return self.start_with(action == "start-example")
                }
                // From the bar at a glance to the results, and back to the field edited last.
                "to-results" => {
                    let to = vec![BACK.to_string(), RESULTS.to_string()];
                    return Update {
                        dom: vec![Dom::Focus(to)],
                        ..Update::default()
                    };
                }
                "back-to-field" => match self.last_edited.clone() {
                    Some(name) => return self.go_to(&name),
                    None => return Update::default(),
                },
                "restore-previous" => return self.restore_previous(),
                other => {
                    // Switching views is not a change of the plan; the rest makes a link's plan
                    // the visitor's.
                    let adopted = !other.starts_with("view-") && self.adopt_shared();
                    let removed = match (other, index) {
                        ("remove-channel", Some(i)) => self.form.channel_label(i),
                        _ => None,
                    };
                    let change = self.form.action(other, index);
                    let mut update = self.apply(change, None);
                    if update != Update::default() {
                        // After adding, removing or moving a row, the keyboard stays where it was.
                        update.dom.push(Dom::Focus(self.refocus(other, index)));
                        let n = self.form.channels.len();
                        let said = match (other, removed) {
                            ("add-channel", _) => Some(page::CHANNEL_ADDED.fill(l, &[&n])),
                            ("remove-channel", Some(name)) => {
                                Some(page::CHANNEL_REMOVED.fill(l, &[&name]))
                            }
                            _ => None,
                        };
                        update.say = said.or(update.say);
                    }
                    self.adopted(adopted, &mut update);
                    return update;
                }
            }
        };
        // What is copied or exported while the form has errors is the last valid plan: say so.
        let exported = !matches!(effect, Effect::Print | Effect::OpenImport);
        let stale = (exported && !self.plan_ok).then(|| page::FROM_LAST_VALID_PLAN.get(l));
        // A download says which file it gave.
        let file = match &effect {
            Effect::Download { name, .. } | Effect::DownloadJson { name, .. } => {
                Some(page::FILE_SAVED.fill(l, &[name]))
            }
            _ => None,
        };
        let mut said: Vec<String> = say.map(|s| s.get(l).to_string()).into_iter().collect();
        said.extend(file);
        said.extend(stale.map(str::to_string));
        let said = (!said.is_empty()).then(|| said.join(" "));
        // Shown as well as said, until the next change: the visitor sees it happened.
        let dom = said
            .iter()
            .map(|text| Dom::Text(TOAST.into(), Some(text.clone())))
            .collect();
        Update {
            dom,
            effect: Some(effect),
            say: said,
            ..Update::default()
        }
    }

    /// A key pressed on a view tab: the arrows, Home and End switch views. `None` when the key
    /// means nothing there (the page then lets it through).
    fn tab_key(&mut self, key: &str) -> Option<Update> {
        let view = match key {
            "ArrowLeft" | "ArrowRight" => match self.form.view {
                View::Plan => View::Review,
                View::Review => View::Plan,
            },
            "Home" => View::Plan,
            "End" => View::Review,
            _ => return None,
        };
        Some(self.action(&format!("view-{}", view.code()), None))
    }

    /// A `#plan=` link opened while the planner is on the page: as at the start, the link's
    /// plan is shown beside the visitor's own until they choose.
    pub fn open_link(&mut self, value: &Value) -> Update {
        let l = self.form.locale;
        let Ok(doc) = Doc::parse(value) else {
            let mut update = Update::default();
            update.notice(page::BROKEN_LINK.get(l).to_string(), true);
            return update;
        };
        let form = doc.form();
        if form.same_values(&self.form) {
            return Update::default();
        }
        if self.visiting.is_none() {
            self.visiting = Some(self.snapshot());
        }
        let mut update = self.show(Snapshot::of_form(form));
        update.say = Some(page::VISITING_SHARED.get(self.form.locale).to_string());
        update
    }

    /// A file the visitor chose to import, as JSON (`null` when it is not JSON at all).
    pub fn import(&mut self, value: &Value) -> Update {
        let l = self.form.locale;
        match self.load(value) {
            Ok(mut update) => {
                let said = match self.form.actuals.is_empty() {
                    true => page::PLAN_IMPORTED,
                    false => page::PLAN_AND_ACTUALS_IMPORTED,
                };
                self.replaced(said, &mut update);
                update.dom.push(way_back("import-json"));
                update
            }
            Err(errors) => {
                let first = errors.first().map_or("", |e| e.message.as_str());
                let mut update = Update::default();
                update.notice(page::NOT_A_PLAN_FILE.fill(l, &[&first]), true);
                update
            }
        }
    }

    /// Replaces the form with a plan (or a plan with its actuals), keeping the plan it
    /// replaces as the previous one; on errors the form is left as it was.
    pub fn load(&mut self, value: &Value) -> Result<Update, Vec<FieldError>> {
        let form = Doc::parse(value)?.form();
        Ok(self.replace(form))
    }

    /// What to store now; `None` while a link's plan waits for the visitor's choice (what is
    /// stored is their own plan, untouched).
    pub fn saved(&self) -> Option<SavedRef<'_>> {
        if self.visiting.is_some() || self.welcome {
            return None;
        }
        let previous = self.previous.as_ref().map(|p| Box::new(p.saved()));
        Some(SavedRef {
            version: SAVED_VERSION,
            form: &self.form,
            plan: self.plan.as_ref().map(|(input, _)| input),
            review: self.review.as_ref().map(|(input, _)| input),
            previous,
        })
    }

    /// Whether a replaced plan is kept, which "Back to previous plan" brings back.
    pub fn has_previous(&self) -> bool {
        self.previous.is_some()
    }

    /// Whether a link's plan is shown while the visitor's own waits for their choice.
    pub fn is_visiting(&self) -> bool {
        self.visiting.is_some()
    }

    /// The plan as it is now.
    fn snapshot(&self) -> Snapshot {
        Snapshot {
            form: self.form.clone(),
            plan: self.plan.as_ref().map(|(input, _)| input.clone()),
            review: self.review.as_ref().map(|(input, _)| input.clone()),
        }
    }

    /// Shows a plan in place of the one shown, from scratch.
    fn show(&mut self, snapshot: Snapshot) -> Update {
        self.form = snapshot.form;
        self.plan = snapshot.plan.map(|input| {
            let out = engine::plan(&input);
            (input, out)
        });
        self.review = snapshot.review.map(|input| {
            let out = review::review(&input);
            (input, out)
        });
        // Nothing shown belongs to this plan, nor does the field edited last.
        self.shown = None;
        self.last_edited = None;
        let mut update = self.apply(Change::Structure(FormPart::Whole), None);
        update
            .dom
            .push(Dom::Attr(BACK.into(), "hidden", Some(String::new())));
        update
    }

    /// Shows `form` in place of the plan, which is kept as the previous one (while a link's
    /// plan waits for a choice, the visitor's own is kept, not the link's).
    fn replace(&mut self, form: FormState) -> Update {
        let current = self.visiting.take().unwrap_or_else(|| self.snapshot());
        if current.form != form {
            self.previous = Some(current);
        }
        let mut update = self.show(Snapshot::of_form(form));
        update.settle = Settle::Now;
        update
    }

    /// Says what replaced the plan, and that the previous one is kept.
    fn replaced(&self, what: crate::words::Words, update: &mut Update) {
        let l = self.form.locale;
        let mut words = vec![what.get(l)];
        if self.previous.is_some() {
            words.push(page::PREVIOUS_KEPT.get(l));
        }
        update.notice(words.join(" "), true);
    }

    /// The visitor chose between a link's plan (`open`) and their own.
    fn choose(&mut self, open: bool) -> Update {
        let Some(own) = self.visiting.take() else {
            return Update::default();
        };
        let l = self.form.locale;
        let mut update = match open {
            true => {
                self.previous = Some(own);
                let mut update = Update::default();
                self.write_choices(&mut update.dom);
                let words = [page::SHARED_OPENED.get(l), page::PREVIOUS_KEPT.get(l)];
                update.notice(words.join(" "), true);
                update
            }
            false => {
                let mut update = self.show(own);
                update.say = Some(page::OWN_PLAN_KEPT.get(self.form.locale).to_string());
                update
            }
        };
        // The banner's buttons are gone: the keyboard goes to the view's tab.
        let tab = format!("#bp-tab-{}", self.form.view.code());
        update.dom.push(Dom::Focus(vec![tab]));
        update.settle = Settle::Now;
        update
    }

    /// Swaps the plan with the previous one: pressed again, it brings back the one left.
    fn restore_previous(&mut self) -> Update {
        if self.visiting.is_some() {
            return Update::default();
        }
        let Some(previous) = self.previous.take() else {
            return Update::default();
        };
        self.previous = Some(self.snapshot());
        let mut update = self.show(previous);
        update.notice(page::PREVIOUS_RESTORED.get(self.form.locale).into(), true);
        let button = "[data-action=\"restore-previous\"]".to_string();
        update.dom.push(Dom::Focus(vec![button]));
        update.settle = Settle::Now;
        update
    }

    /// The first visit's frame: the tabs, the choice, nothing planned or drawn behind it (the
    /// form is kept, for a language switch before the choice).
    fn welcome_frame(&mut self, form: FormState) -> Update {
        self.form = form;
        let mut update = Update::default();
        self.write_frame(&mut update.dom);
        self.write_choices(&mut update.dom);
        self.write_welcome(&mut update.dom);
        update
    }

    /// Whether the first visit's choice is still shown.
    pub fn is_welcome(&self) -> bool {
        self.welcome
    }

    /// The first visit's choice, or « Partir de mes chiffres » from the example: the example
    /// (each value marked as such) or an empty form, the keyboard on its first field.
    fn start_with(&mut self, example: bool) -> Update {
        let l = self.form.locale;
        let currency = self.form.currency.clone();
        let mut form = match example {
            true => FormState::example(l, &currency),
            false => FormState::blank(l, &currency, self.next_quarter),
        };
        form.view = View::Plan;
        let welcome = std::mem::take(&mut self.welcome);
        let mut update = match welcome {
            // Nothing to keep: the visitor has no plan yet.
            true => self.show(Snapshot::of_form(form)),
            false => self.replace(form),
        };
        self.touched.clear();
        let said = match example {
            true => page::EXAMPLE_STARTED,
            false => page::BLANK_STARTED,
        };
        match welcome {
            true => update.say = Some(said.get(l).to_string()),
            false => self.replaced(said, &mut update),
        }
        let first = control_selector(crate::fields::AVERAGE_ORDER_VALUE.path);
        update.dom.push(Dom::Focus(vec![first]));
        update.settle = Settle::Now;
        update
    }

    /// A link of the error summary: the keyboard goes to its control (the advanced settings
    /// unfolded when it is among them).
    fn go_to(&mut self, name: &str) -> Update {
        let mut update = Update::default();
        // A group (`channels[1].cost`) goes to its first control.
        let shown = self.form.control_names();
        let group = format!("{name}.");
        let Some(name) = shown
            .iter()
            .find(|n| *n == name || n.starts_with(&group))
            .map(String::as_str)
        else {
            return update;
        };
        if self.form.is_advanced(name) {
            update
                .dom
                .push(Dom::Attr(ADVANCED.into(), "open", Some(String::new())));
        }
        update.dom.push(Dom::Focus(vec![control_selector(name)]));
        update
    }

    /// Shows the first visit's choice, or the planner once it is made.
    fn write_welcome(&self, dom: &mut Vec<Dom>) {
        let l = self.form.locale;
        let html = self.welcome.then(|| welcome_html(l));
        dom.push(Dom::Html(WELCOME.into(), html.clone().unwrap_or_default()));
        dom.push(Dom::Attr(
            WELCOME.into(),
            "hidden",
            html.is_none().then(String::new),
        ));
        let on = self.welcome.then(String::new);
        dom.push(Dom::Attr(".bp-app".into(), "data-welcome", on));
    }

    /// The banner that offers the choice while a link's plan waits beside the visitor's own,
    /// and the button that brings the previous plan back, shown when there is one.
    fn write_choices(&self, dom: &mut Vec<Dom>) {
        let l = self.form.locale;
        let banner = self.visiting.as_ref().map(|_| banner_html(l));
        dom.push(Dom::Html(BANNER.into(), banner.clone().unwrap_or_default()));
        dom.push(Dom::Attr(
            BANNER.into(),
            "hidden",
            banner.is_none().then(String::new),
        ));
        let offered = self.previous.is_some() && self.visiting.is_none();
        let button = "[data-action=\"restore-previous\"]".to_string();
        dom.push(Dom::Attr(button, "hidden", (!offered).then(String::new)));
    }

    /// Saving failed (storage full, or refused): the form keeps everything, and the visitor is
    /// shown how not to lose it; the live region says it the first time only.
    pub fn save_failed(&mut self) -> Update {
        let first = !std::mem::replace(&mut self.save_failure_said, true);
        let mut update = Update::default();
        update.notice(page::SAVE_FAILED.get(self.form.locale).to_string(), first);
        update
    }

    /// Saving worked (again).
    pub fn save_succeeded(&mut self) {
        self.save_failure_said = false;
    }

    /// The `boussole-change` detail, when the plan changed since the host page was last told.
    pub fn take_change(&mut self) -> Option<ChangeDetail<'_>> {
        if !std::mem::take(&mut self.change_pending) || self.welcome {
            return None;
        }
        let (input, out) = self.plan.as_ref()?;
        Some(ChangeDetail {
            plan: input,
            target_revenue: out.goal.target_revenue,
            extra_revenue: out.goal.extra_revenue,
            growth_rate: out.goal.growth_rate,
            target_cpa: out.unit_economics.target_cpa,
            summary: render::summary_text(out),
        })
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

    /// Applies what an edit changed: the form part to rewrite, then the results.
    fn apply(&mut self, change: Change, focused: Option<&str>) -> Update {
        let mut update = Update::default();
        match change {
            Change::None => return update,
            Change::Value => {}
            Change::Structure(FormPart::Whole) => {
                self.write_frame(&mut update.dom);
                let html = form::form_html(&self.form);
                update.dom.push(Dom::Html(".bp-form-slot".into(), html));
                self.write_choices(&mut update.dom);
                self.write_welcome(&mut update.dom);
            }
            Change::Structure(part) => {
                let html = form::part_html(&self.form, part);
                let selector = format!("[data-part=\"{}\"]", part.code());
                update.dom.push(Dom::Replace(selector, html));
            }
        }
        let mut results = self.refresh();
        let written = results.html.take().map(|html| self.write_results(html));
        results.write(&mut update, &mut self.filled, written);
        if let (Change::Structure(_), Some(name)) = (change, focused) {
            update.dom.push(Dom::Focus(vec![control_selector(name)]));
        }
        update.settle = Settle::Later;
        update
    }

    /// The results' new HTML as the page writes it: patched when the results shown have the
    /// same elements (a keystroke parses no HTML), else whole.
    fn write_results(&mut self, html: String) -> Dom {
        let shown = render::patch::Shown::new(html);
        let patch = self
            .results_shown
            .as_ref()
            .and_then(|old| render::patch::diff_parts(old, &shown));
        let dom = match patch {
            Some(patch) => Dom::Patch(RESULTS.into(), patch, shown.html.clone()),
            None => Dom::Html(RESULTS.into(), shown.html.clone()),
        };
        self.results_shown = Some(shown);
        dom
    }

    /// The tabs, the planner's language, and the view's form and results moved into the
    /// selected tab's panel.
    fn write_frame(&self, dom: &mut Vec<Dom>) {
        let l = self.form.locale;
        dom.push(Dom::Html(".bp-tabs".into(), form::tabs_html(&self.form)));
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

    /// Recomputes from the form: the plan once, the review from it.
    fn refresh(&mut self) -> Results {
        let (plan, review) = self.form.to_plan_and_review();
        self.plan_ok = plan.is_ok();
        let plan_errors = match plan {
            Ok(input) => {
                let out = engine::plan(&input);
                self.change_pending = true;
                self.plan = Some((input, out));
                Vec::new()
            }
            Err(errors) => errors,
        };
        // The review is kept up to date in both views (it is saved, shared and exported).
        let review_errors = match review {
            None => {
                self.review = None;
                self.review_ok = false;
                Vec::new()
            }
            Some(Ok(input)) => {
                // A valid review has a valid plan, computed just above: the review holds a
                // copy of its output rather than planning again.
                let planned = self.plan.as_ref().map(|(_, out)| out.clone());
                let planned = planned.unwrap_or_else(|| engine::plan(&input.plan));
                let out = review::review_of_plan(&input, planned);
                self.review = Some((input, out));
                self.review_ok = true;
                Vec::new()
            }
            Some(Err(errors)) => {
                self.review_ok = false;
                errors
            }
        };
        match self.form.view {
            View::Plan => self.plan_results(&plan_errors),
            View::Review => {
                // With no closed quarter, the plan's errors: their controls are not shown, so
                // the general slot says them.
                let errors = match self.form.actuals.is_empty() {
                    true => &plan_errors,
                    false => &review_errors,
                };
                let sorted = self.sort_errors(errors);
                let attention = self.attention(&sorted);
                let errors = self.error_marks(&sorted);
                self.review_results(errors, attention)
            }
        }
    }

    fn plan_results(&mut self, errors: &[FieldError]) -> Results {
        let sorted = self.sort_errors(errors);
        let attention = self.attention(&sorted);
        let errors = self.error_marks(&sorted);
        // The results, with the plan's history drawn before it.
        let html_of = |(input, out): &(PlanInput, PlanOutput)| {
            let view = input.history.as_ref().map(|h| render::HistoryView {
                months: &h.months,
                seasonality_typed: input.seasonality.is_some(),
                growth_typed: input.past_growth_rate.is_some(),
            });
            render::results_html_with_history(out, view, Some(input))
        };
        let out = self.plan.as_ref().map(|(_, out)| out);
        if let (true, Some(plan)) = (self.plan_ok, self.plan.as_ref()) {
            self.shown = Some(View::Plan);
            return Results {
                html: Some(html_of(plan)),
                stale: None,
                errors,
                warnings: Some(self.warning_marks(&plan.1)),
                announce: Some(render::summary_text(&plan.1)),
                summary: attention.html,
                open_advanced: false,
                glance: Glance::Show(render::glance_html(&plan.1)),
            };
        }
        // The last valid plan, or nothing when there has been none (an empty form).
        let html = match self.shown {
            Some(View::Plan) => None,
            _ => Some(self.plan.as_ref().map_or_else(String::new, html_of)),
        };
        self.shown = Some(View::Plan);
        let stale = match out {
            Some(_) => page::STALE_PLAN,
            None => page::NO_PLAN_YET,
        };
        Results {
            html,
            stale: Some(stale.get(self.form.locale)),
            errors,
            warnings: None,
            announce: attention.announce,
            summary: attention.html,
            open_advanced: attention.open_advanced,
            glance: match out {
                Some(_) => Glance::Stale,
                None => Glance::Hide,
            },
        }
    }

    /// The plan's warnings about a control the form shows, by the slot beside it (several
    /// about one control joined).
    fn warning_marks(&self, out: &PlanOutput) -> Vec<(String, String)> {
        let shown = self.form.control_names();
        // What was typed looks like a slip first (« 0,55 % ? Vouliez-vous dire 55 % ? »).
        let mut marks: Vec<(String, String)> = self
            .form
            .plausibility_hints()
            .into_iter()
            .map(|(name, hint)| (form::warning_slot_id(&name), hint))
            .collect();
        let about = out
            .warnings
            .iter()
            .filter_map(|w| Some((w.field.as_deref()?, w)));
        for (field, w) in about.filter(|(f, _)| shown.iter().any(|s| s == f)) {
            let slot = form::warning_slot_id(field);
            match marks.iter_mut().find(|(s, _)| *s == slot) {
                Some((_, text)) => {
                    text.push(' ');
                    text.push_str(&w.message);
                }
                None => marks.push((slot, w.message.clone())),
            }
        }
        marks
    }

    fn review_results(&mut self, errors: Vec<ErrorMark>, attention: Attention) -> Results {
        let plan_ok = self.plan_ok;
        let l = self.form.locale;
        let out = self.review.as_ref().map(|(_, out)| out);
        let (html, stale, announce) = if self.form.actuals.is_empty() {
            let stale = (!plan_ok).then_some(page::PLAN_HAS_ERRORS);
            (Some(render::review_empty_html(l)), stale, None)
        } else if let (true, Some(out)) = (self.review_ok, out) {
            (
                Some(render::review_html(out)),
                None,
                Some(render::review_summary_text(out)),
            )
        } else {
            let html = match self.shown {
                Some(View::Review) => None,
                _ => Some(out.map_or_else(|| render::review_empty_html(l), render::review_html)),
            };
            let stale = match (out.is_some(), plan_ok) {
                (_, false) => page::PLAN_HAS_ERRORS_FOR_REVIEW,
                (true, true) => page::STALE_REVIEW,
                (false, true) => page::NO_REVIEW_YET,
            };
            (html, Some(stale), None)
        };
        if html.is_some() {
            self.shown = Some(View::Review);
        }
        Results {
            html,
            stale: stale.map(|s| s.get(l)),
            errors,
            warnings: None,
            announce: announce.or(attention.announce),
            summary: attention.html,
            open_advanced: false,
            glance: Glance::Hide,
        }
    }

    /// Each error beside its control when the form shows it, else in the general slot; the
    /// messages of one slot joined in the order of the page.
    fn error_marks(&self, sorted: &SortedErrors) -> Vec<ErrorMark> {
        let mut marks: Vec<ErrorMark> = Vec::new();
        let shown = &sorted.shown;
        for (e, message) in &sorted.fix {
            let message = message.clone();
            let (slot, control) = match e.code.as_str() {
                // One message for the channels group, naming the rows without a share.
                SHARES_INCOMPLETE => (form::error_slot_id("channels"), None),
                _ => {
                    let slot = self.form.error_slot_among(e.field.as_deref(), shown);
                    (slot, e.field.clone().filter(|f| shown.contains(f)))
                }
            };
            if marks
                .iter()
                .any(|m| m.slot == slot && m.message.contains(&message))
            {
                continue;
            }
            match marks.iter_mut().find(|m| m.slot == slot) {
                Some(mark) => {
                    mark.message.push(' ');
                    mark.message.push_str(&message);
                    if mark.control.is_none() {
                        mark.control = control;
                    }
                }
                None => marks.push(ErrorMark {
                    slot,
                    control,
                    message,
                }),
            }
        }
        marks
    }

    /// The errors as the form shows them, read once for the marks and the summary: the
    /// required fields left blank that the visitor has not touched (listed as still to fill
    /// in, not flagged beside their control), and the others with their message (a missing
    /// goal share: one message for the group, naming the rows without one).
    fn sort_errors<'a>(&self, errors: &'a [FieldError]) -> SortedErrors<'a> {
        let shown = self.form.control_names();
        let l = self.form.locale;
        let rows = errors
            .iter()
            .filter(|e| e.code == SHARES_INCOMPLETE)
            .filter_map(|e| form::channel_index(e.field.as_deref()?));
        let missing: Vec<String> = rows.filter_map(|i| self.form.channel_label(i)).collect();
        let mut sorted = SortedErrors::default();
        for e in errors {
            let field = e.field.as_deref().filter(|f| shown.iter().any(|s| s == f));
            match field {
                Some(f) if e.code == REQUIRED && !self.touched.iter().any(|t| t == f) => {
                    sorted.fill.push(f)
                }
                _ => {
                    let message = match e.code.as_str() {
                        SHARES_INCOMPLETE => page::SHARES_MISSING.fill(l, &[&missing.join(", ")]),
                        _ => e.message.clone(),
                    };
                    sorted.fix.push((e, message));
                }
            }
        }
        sorted.shown = shown;
        sorted
    }

    /// What needs the visitor, listed above the results: each field to fix as a link to it,
    /// the required fields still blank, and (once they have typed) the example's values left.
    fn attention(&self, sorted: &SortedErrors) -> Attention {
        let l = self.form.locale;
        let shown = &sorted.shown;
        let mut fix: Vec<(Option<&str>, &str)> = Vec::new();
        for (e, message) in &sorted.fix {
            let field = e.field.as_deref().filter(|f| shown.iter().any(|s| s == f));
            if !fix.iter().any(|(_, m)| m == message) {
                fix.push((field, message));
            }
        }
        let fill = &sorted.fill;
        let mut html = String::new();
        let link = |name: &str, text: &str| {
            format!(
                "<li><button type=\"button\" class=\"bp-link\" data-action=\"go-to\" data-target=\"{}\">{}</button></li>",
                render::escape(name),
                render::escape(text)
            )
        };
        if !fix.is_empty() {
            let n = fix.len();
            let noun = crate::words::counted(n, l, page::FIELD, page::FIELDS);
            html.push_str(&format!(
                "<p class=\"bp-summary-title\">{}</p><ul class=\"bp-summary-list\">",
                page::TO_FIX.fill(l, &[&n, &noun])
            ));
            for (field, message) in &fix {
                match field {
                    Some(name) => html.push_str(&link(name, message)),
                    None => html.push_str(&format!("<li>{}</li>", render::escape(message))),
                }
            }
            html.push_str("</ul>");
        }
        if !fill.is_empty() {
            html.push_str(&format!(
                "<p class=\"bp-summary-title\">{}</p><ul class=\"bp-summary-list bp-summary-inline\">",
                page::TO_FILL.get(l)
            ));
            for name in fill {
                html.push_str(&link(name, &crate::fields::title(name, l)));
            }
            html.push_str("</ul>");
        }
        // The example's values left once the visitor has typed their own: what a plan of
        // their shop would otherwise silently keep.
        let left = match (self.touched.is_empty(), self.form.view) {
            (false, View::Plan) => self.form.example_controls(),
            _ => Vec::new(),
        };
        if !left.is_empty() {
            html.push_str(&format!(
                "<p class=\"bp-summary-title\">{}</p><ul class=\"bp-summary-list bp-summary-inline\">",
                page::EXAMPLE_LEFT.get(l)
            ));
            for name in &left {
                let value = self.form.control_text(name).unwrap_or_default();
                let text = format!("{} ({value})", crate::fields::title(name, l));
                html.push_str(&link(name, &text));
            }
            html.push_str("</ul>");
        }
        // The error of the field just edited is said once typing pauses.
        let edited = self.last_edited.as_deref();
        let announce = fix
            .iter()
            .find(|(f, _)| f.is_some() && *f == edited)
            .map(|(_, m)| m.to_string());
        let open_advanced = fix
            .iter()
            .filter_map(|(f, _)| *f)
            .chain(fill.iter().copied())
            .any(|name| self.form.is_advanced(name));
        Attention {
            html,
            announce,
            open_advanced,
        }
    }

    /// After a row or view action, the same action on the row that moved, or a neighbour.
    fn refocus(&self, action: &str, index: Option<usize>) -> Vec<String> {
        let button = |action: &str, i: Option<usize>| match i {
            Some(i) => format!("[data-action=\"{action}\"][data-index=\"{i}\"]"),
            None => format!("[data-action=\"{action}\"]"),
        };
        let closed = self.form.actuals.len();
        match (action, index) {
            ("view-plan" | "view-review", _) => {
                vec![format!("#bp-tab-{}", self.form.view.code())]
            }
            ("add-quarter", _) if closed > 0 => vec![control_selector(&format!(
                "actuals[{}].revenue",
                closed - 1
            ))],
            ("remove-quarter", _) if closed > 0 => vec![button("remove-quarter", None)],
            ("add-quarter" | "remove-quarter", _) => vec![button("add-quarter", None)],
            // At an end, the button that moved is disabled: the other way on the same row.
            ("move-channel-up", Some(i)) if i > 0 => vec![
                button(action, Some(i - 1)),
                button("move-channel-down", Some(i - 1)),
            ],
            ("move-channel-down", Some(i)) => vec![
                button(action, Some(i + 1)),
                button("move-channel-up", Some(i + 1)),
            ],
            ("remove-channel", _) => vec![button("add-channel", None)],
            // The new row's first field, to type its name.
            ("add-channel", _) => vec![control_selector(&format!(
                "channels[{}].label",
                self.form.channels.len().saturating_sub(1)
            ))],
            _ => Vec::new(),
        }
    }
}

/// The first form shown when there is neither a link's plan nor a saved one: the `plan`
/// attribute's, else the example in the `currency` attribute's currency.
fn first_form(start: &Start) -> FormState {
    if let Some(doc) = start.attribute.as_ref().and_then(|v| Doc::parse(v).ok()) {
        return doc.form();
    }
    let currency = start.currency.as_deref().filter(|c| c.len() == 3);
    let currency = currency.map_or_else(|| "EUR".to_string(), str::to_ascii_uppercase);
    match start.first {
        Some(FirstForm::Blank) => {
            FormState::blank(start.locale, &currency, next_quarter(start.today))
        }
        _ => FormState::example(start.locale, &currency),
    }
}

/// The banner of a link's plan shown beside the visitor's own: what it is, and the choice.
fn banner_html(l: Locale) -> String {
    format!(
        concat!(
            r#"<p>{text}</p><div class="bp-actions">"#,
            r#"<button type="button" class="bp-btn" data-action="open-shared">{open}</button>"#,
            r#"<button type="button" class="bp-btn" data-action="keep-mine">{keep}</button></div>"#
        ),
        text = page::VISITING_SHARED.get(l),
        open = page::OPEN_SHARED.get(l),
        keep = page::KEEP_MINE.get(l),
    )
}

/// The banner's element.
const BANNER: &str = ".bp-banner";

/// The first visit's choice, and the folded advanced settings.
const WELCOME: &str = ".bp-welcome";
const ADVANCED: &str = ".bp-advanced";

/// The first visit: what Boussole is, and two ways to start.
fn welcome_html(l: Locale) -> String {
    use crate::words::form as words;
    format!(
        concat!(
            r#"<h2 class="bp-welcome-title" id="bp-welcome-title">{title}</h2><p>{text}</p>"#,
            r#"<ul class="bp-starts"><li><button type="button" class="bp-btn bp-btn-primary" data-action="start-blank" aria-describedby="bp-start-blank">{blank}</button>"#,
            r#"<p class="bp-hint" id="bp-start-blank">{blank_hint}</p></li>"#,
            r#"<li><button type="button" class="bp-btn" data-action="start-example" aria-describedby="bp-start-example">{example}</button>"#,
            r#"<p class="bp-hint" id="bp-start-example">{example_hint}</p></li></ul>"#
        ),
        title = page::WELCOME_TITLE.get(l),
        text = page::WELCOME_TEXT.get(l),
        blank = words::START_BLANK.get(l),
        blank_hint = page::START_BLANK_HINT.get(l),
        example = words::START_EXAMPLE.get(l),
        example_hint = page::START_EXAMPLE_HINT.get(l),
    )
}

/// After a replacement rewrote the form, the keyboard goes to the way back (« Revenir au plan
/// précédent »), else to the button of the action that replaced it.
fn way_back(action: &str) -> Dom {
    let button = |a: &str| format!("[data-action=\"{a}\"]");
    Dom::Focus(vec![button("restore-previous"), button(action)])
}

/// The selector of the control named `name`.
fn control_selector(name: &str) -> String {
    let quoted = name.replace('\\', "\\\\").replace('"', "\\\"");
    format!("[name=\"{quoted}\"]")
}

/// The element's fixed frame: its stylesheets (`styles`, in order), the tabs, the two panels,
/// the form and results slots, the live region and the import's file input.
pub fn shell_html(styles: &[String]) -> String {
    let links: String = styles
        .iter()
        .map(|url| format!("<link rel=\"stylesheet\" href=\"{}\">", render::escape(url)))
        .collect();
    format!(
        concat!(
            "{links}",
            // Hidden until its stylesheets have loaded (the element's script shows it), so
            // nobody sees, and no tool checks, the planner unstyled.
            r#"<div class="bp-app" part="app" hidden>"#,
            r#"<div class="bp-banner" hidden></div>"#,
            r#"<section class="bp-welcome" aria-labelledby="bp-welcome-title" hidden></section>"#,
            r#"<div class="bp-tabs" role="tablist"></div>"#,
            r#"<div class="bp-panel" role="tabpanel" id="bp-panel-plan" aria-labelledby="bp-tab-plan">"#,
            r#"<div class="bp-view">"#,
            r#"<div class="bp-form-slot"></div>"#,
            r#"<div class="bp-results-wrap"><button type="button" class="bp-link bp-back" data-action="back-to-field" hidden></button><p class="bp-stale" role="status" hidden></p>"#,
            r#"<div class="bp-summary" hidden></div>"#,
            r#"<p class="bp-field-error bp-general-error" id="{general}"></p>"#,
            r#"<div class="bp-results" data-testid="results" tabindex="-1"></div></div>"#,
            r#"</div></div>"#,
            r#"<div class="bp-panel" role="tabpanel" id="bp-panel-review" aria-labelledby="bp-tab-review" hidden></div>"#,
            // The plan at a glance, in sight while editing (see `render::glance_html`).
            r#"<div class="bp-glance" role="region" data-testid="glance" hidden></div>"#,
            r#"<div class="bp-live bp-visually-hidden" role="status" aria-live="polite" aria-atomic="true"></div>"#,
            // Seen, not read twice: the live region above says the same.
            r#"<p class="bp-toast" aria-hidden="true"></p>"#,
            r#"<input type="file" class="bp-import" accept="application/json,.json" hidden aria-label="JSON">"#,
            r#"</div>"#
        ),
        links = links,
        general = render::escape(&form::error_slot_id("")),
    )
}
