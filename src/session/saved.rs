//! What a planner keeps in localStorage, and how it reads back: versioned, migrated step by
//! step, and read value by value, so that one value a page cannot read never costs the rest.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::fields;
use crate::form::{self, FormState};
use crate::format;
use crate::model::{Locale, PlanInput, MAX_CHANNELS};
use crate::review::ReviewInput;
use crate::words::{page, Words};

/// The shape of what is saved. Bump it, and add the step from the version before to
/// [`MIGRATIONS`], whenever a saved value changes name or meaning.
pub const SAVED_VERSION: u64 = 3;

/// `MIGRATIONS[v - 1]` turns a state saved in version `v` into version `v + 1`.
const MIGRATIONS: &[fn(&mut Map<String, Value>)] = &[
    // 1 → 2: version 1 wrote no `version` and kept no previous plan; every value it wrote
    // keeps its name and meaning.
    |_| {},
    // 2 → 3: the planning model's v2 cost models. A channel's `monthly` budget (an amount
    // kept in `costAmount`) is the fixed monthly cost it always meant.
    |state| {
        let Some(rows) = state.get_mut("form").and_then(|f| f.get_mut("channels")) else {
            return;
        };
        for row in rows.as_array_mut().into_iter().flatten() {
            let Some(row) = row.as_object_mut() else {
                continue;
            };
            if row.get("costModel").and_then(Value::as_str) == Some(crate::model::V1_MONTHLY) {
                row.insert("costModel".into(), Value::from("fixed"));
            }
            if let Some(amount) = row.remove("costAmount") {
                row.insert("fixedMonthly".into(), amount);
            }
        }
    },
];

/// Brings a saved state to [`SAVED_VERSION`], one step at a time, and says which version it
/// was written in (1 when it says none). A state from a newer page is left as it is: it is
/// read value by value like any other.
pub fn migrate(state: &mut Map<String, Value>) -> u64 {
    let written = state.get("version").and_then(Value::as_u64).unwrap_or(1);
    for step in MIGRATIONS.iter().skip(written.saturating_sub(1) as usize) {
        step(state);
        // The previous plan was written in the same version.
        if let Some(Value::Object(previous)) = state.get_mut("previous") {
            step(previous);
        }
    }
    state.insert("version".into(), Value::from(SAVED_VERSION.max(written)));
    written
}

/// What a planner keeps in localStorage: the form as typed, the last plan and review that
/// computed (shown, marked out of date, while the form has errors, even after a reload), and
/// the plan it replaced last (a link opened, a file imported, the example restored), so that
/// the replacement can be undone.
#[derive(Debug, Default, Deserialize)]
pub struct Saved {
    pub form: FormState,
    /// Kept as JSON and validated again on load: it went through storage.
    #[serde(default)]
    pub plan: Option<Value>,
    #[serde(default)]
    pub review: Option<Value>,
    /// The plan replaced last (itself without a previous one).
    #[serde(default)]
    pub previous: Option<Box<Saved>>,
    /// The version it was written in (before [`migrate`]).
    #[serde(default)]
    pub version: u64,
    /// What [`Saved::restore`] could not read, by name for people (`Type de canal (canal 2)`).
    #[serde(skip)]
    pub dropped: Vec<String>,
    /// The saved lists longer than a plan allows, cut to their first items: what they hold,
    /// how many items were saved, how many are kept.
    #[serde(skip)]
    pub cut: Vec<(Words, usize, usize)>,
    /// What this browser held that no page could read (a saved state without a form, one
    /// whose previous plan has none), kept as it was: saved again with every plan, never
    /// erased.
    #[serde(skip)]
    pub unread: Vec<String>,
    /// Whether a previous plan was saved that does not read (then [`Stored::read`] keeps the
    /// whole text in `unread`).
    #[serde(skip)]
    pub previous_unread: bool,
}

/// What localStorage held for a planner, as the page read it.
#[derive(Debug)]
pub enum Stored {
    Read(Box<Saved>),
    /// Text that holds no saved state this page can read (not JSON, no form): kept as it is.
    Unread(String),
}

impl Stored {
    /// The text stored; `read_json` reads JSON text.
    pub fn read(text: String, read_json: impl Fn(&str) -> Value) -> Stored {
        match Saved::restore(read_json(&text)) {
            Some(mut saved) => {
                // A previous plan that does not read may be all that is left of one: the
                // whole text is kept as it was.
                if saved.previous_unread {
                    saved.unread.push(text);
                }
                Stored::Read(Box::new(saved))
            }
            None => Stored::Unread(text),
        }
    }
}

impl Saved {
    /// What localStorage held, read as far as it can be: each value that does not read (a
    /// newer or older page, a hand edit) takes the example's and is named in `dropped`, rather
    /// than the whole plan being thrown away. `None` only when it holds no form at all.
    pub fn restore(value: Value) -> Option<Saved> {
        let Value::Object(mut state) = value else {
            return None;
        };
        let version = migrate(&mut state);
        let mut saved = Saved::read(&state)?;
        let unread = state.get("unread").and_then(Value::as_array);
        for text in unread.into_iter().flatten().filter_map(Value::as_str) {
            saved.unread.push(text.to_string());
        }
        // One level only: what a previous plan holds beside its form is not read.
        let previous = state.get("previous").filter(|p| !p.is_null());
        saved.previous = previous
            .and_then(Value::as_object)
            .and_then(Saved::read)
            .map(Box::new);
        saved.previous_unread = previous.is_some() && saved.previous.is_none();
        saved.version = version;
        Some(saved)
    }

    /// What the visitor is told of what did not read, of this plan and of the previous one.
    pub fn notices(&self, l: Locale) -> Vec<String> {
        let mut said = Vec::new();
        self.told(l, page::LIST_CUT, page::SAVED_VALUES_DROPPED, &mut said);
        if let Some(previous) = &self.previous {
            let (cut, dropped) = (page::PREVIOUS_LIST_CUT, page::PREVIOUS_VALUES_DROPPED);
            previous.told(l, cut, dropped, &mut said);
        }
        said
    }

    /// The lists cut, in `cut`'s words, then the values dropped, in `dropped`'s.
    fn told(&self, l: Locale, cut: Words, dropped: Words, said: &mut Vec<String>) {
        for (what, saved, kept) in &self.cut {
            let saved = format::count(*saved as f64, l);
            said.push(cut.fill(l, &[&saved, &what.get(l), kept]));
        }
        if !self.dropped.is_empty() {
            said.push(dropped.fill(l, &[&self.dropped.join(", ")]));
        }
    }

    /// A state already migrated, without its previous plan.
    fn read(state: &Map<String, Value>) -> Option<Saved> {
        let saved = state.get("form")?.as_object()?;
        let locale = saved
            .get("locale")
            .and_then(Value::as_str)
            .and_then(Locale::parse)
            .unwrap_or_default();
        // The example in the saved language: its numbers are typed the same way.
        let example = FormState::from_input(&crate::example::example_plan(locale));
        let mut form = encode(&example)?;
        let mut dropped = Vec::new();
        let reads = |form: &Value| decode(form).is_some();
        // An empty row of each list, as JSON; also the form each value is tried in (the
        // form's values read one by one, so a value reads there as it does anywhere, and a
        // trial costs the value's size only).
        let rows = encode(&FormState {
            channels: vec![form::ChannelRow::default()],
            actuals: vec![form::QuarterRow::default()],
            ..example
        })?;
        let mut cut = Vec::new();
        for (key, item) in saved {
            let capped;
            let item = match (LISTS.iter().find(|list| list.0 == key), item.as_array()) {
                (Some(&(_, most, what)), Some(items)) if items.len() > most => {
                    cut.push((what, items.len(), most));
                    capped = Value::Array(items[..most].to_vec());
                    &capped
                }
                _ => item,
            };
            let mut trial = rows.clone();
            trial[key] = item.clone();
            if reads(&trial) {
                form[key] = item.clone();
                continue;
            }
            // A number where the form keeps text (an older page, a hand edit): its text.
            if let Some(x) = item.as_f64() {
                let text = Value::String(form::edit_text(x, false, locale));
                trial[key] = text.clone();
                if reads(&trial) {
                    form[key] = text;
                    continue;
                }
            }
            // A list of rows (channels, closed quarters): keep each row, and each value of a
            // row, that reads. Any other list (four weights given as 3 or 12) takes the
            // example's whole: its items mean nothing one by one.
            let base = rows.get(key).and_then(|list| list.get(0));
            let base = base.filter(|row| row.is_object()).cloned();
            let (Some(items), Some(base)) = (item.as_array(), base) else {
                dropped.push(form_title(key, locale));
                continue;
            };
            let mut kept = Vec::new();
            for (i, one) in items.iter().enumerate() {
                let mut row = base.clone();
                for (field, v) in one.as_object().into_iter().flatten() {
                    let mut trial = rows.clone();
                    let mut candidate = row.clone();
                    candidate[field] = v.clone();
                    trial[key] = Value::Array(vec![candidate.clone()]);
                    match reads(&trial) {
                        true => row = candidate,
                        false => dropped.push(form_title(&format!("{key}[{i}].{field}"), locale)),
                    }
                }
                kept.push(row);
            }
            form[key] = Value::Array(kept);
        }
        let mut form: FormState = decode(&form)?;
        // The figures of channels the form does not hold (cut, or never there): the form
        // keeps none, as when a channel is removed.
        for quarter in &mut form.actuals {
            let mut figures = std::mem::take(&mut quarter.channels);
            for id in form.channels.iter().map(|c| &c.id) {
                if let Some(kept) = figures.remove(id) {
                    quarter.channels.insert(id.clone(), kept);
                }
            }
        }
        Some(Saved {
            form,
            plan: state.get("plan").cloned(),
            review: state.get("review").cloned(),
            dropped,
            cut,
            ..Saved::default()
        })
    }
}

/// The lists of a saved form the model bounds: their key, the most a plan holds, what they
/// hold. A longer one (a hand edit) keeps its first items; the others are counted, not read
/// (5 000 channels read row by row took seconds, and the page showed them all).
const LISTS: [(&str, usize, Words); 2] = [
    (
        "channels",
        MAX_CHANNELS,
        crate::words::results::CHANNEL_NOUN_MANY,
    ),
    ("actuals", form::MAX_ACTUALS, page::CLOSED_QUARTERS),
];

fn encode(form: &FormState) -> Option<Value> {
    serde_json::to_value(form).ok()
}

fn decode(form: &Value) -> Option<FormState> {
    crate::json::read(form)
}

/// How people call a value of the saved form (`channels[1].costModel` → `Modèle de coût
/// (canal 2)`): its contract path where the form names it otherwise.
fn form_title(key: &str, locale: Locale) -> String {
    let (head, field) = key.rsplit_once('.').unwrap_or(("", key));
    let path = match field {
        "goalKind" => "goal",
        "growthRate" => "goal.growthRate",
        "extraRevenue" => "goal.extraRevenue",
        "targetRevenue" => "goal.targetRevenue",
        "startYear" => "start.year",
        "startQuarter" => "start.quarter",
        "milestoneMode" => "milestones.mode",
        "rampWeights" => "milestones.rampWeights",
        "prudent" => "scenarios.prudent",
        "ambitious" => "scenarios.ambitious",
        "seasonalityPreset" => "seasonality",
        "costModel" => "cost.model",
        "costPerClick" => "cost.costPerClick",
        "currentMonthly" => "cost.currentMonthly",
        "fixedMonthly" => "cost.monthly",
        "doublingGain" => "cost.doublingGain",
        "costPerOrder" => "orderCosts.perOrder",
        "returnRate" => "orderCosts.returnRate",
        "firstOrderDiscount" => "orderCosts.firstOrderDiscount",
        "view" => return page::VIEW_TABS.get(locale).to_string(),
        other => other,
    };
    match head {
        "" => fields::title(path, locale),
        head => fields::title(&format!("{head}.{path}"), locale),
    }
}

/// What [`Session::saved`] gives to store: the shape [`Saved`] reads back.
#[derive(Debug, Serialize)]
pub struct SavedRef<'a> {
    pub version: u64,
    pub form: &'a FormState,
    pub plan: Option<&'a PlanInput>,
    pub review: Option<&'a ReviewInput>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous: Option<Box<SavedRef<'a>>>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub unread: &'a [String],
}
