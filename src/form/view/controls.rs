//! The form's controls as data: a text field (a number with its unit, hint and reference, or a
//! channel's name), a select, the history's box; each named after its contract path.

use super::*;

/// One control, with its label and the slots the session fills beside it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Control {
    Input(Input),
    Select(Select),
    History(History),
}

/// A text field.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Input {
    pub name: String,
    pub id: String,
    pub label: String,
    /// « exemple »: the label's tag while the value is still the example's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub optional: Option<String>,
    pub value: String,
    /// `decimal`, or `text` where a minus sign must be reachable on phones' keypads.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inputmode: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maxlength: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub placeholder: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<Link>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub required: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub example: bool,
    pub described_by: String,
    pub error: String,
    /// The warning slot's id (none for a channel's name).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warning: Option<String>,
}

impl Input {
    pub(super) fn new(name: &str, label: &str, value: &str, _l: Locale) -> Input {
        Input {
            name: name.to_string(),
            id: control_id(name),
            label: label.to_string(),
            tag: None,
            optional: None,
            value: value.to_string(),
            inputmode: Some("decimal"),
            maxlength: None,
            placeholder: None,
            unit: None,
            hint: None,
            reference: None,
            required: false,
            example: false,
            described_by: error_slot_id(name),
            error: error_slot_id(name),
            warning: Some(warning_slot_id(name)),
        }
    }

    pub(super) fn example(mut self, example: bool, l: Locale) -> Input {
        self.example = example;
        self.tag = example.then(|| words::EXAMPLE_TAG.get(l).to_string());
        self
    }
}

/// A sentence with a link in it: `before` [`source`](url) `after`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Link {
    pub before: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<&'static str>,
    pub source: &'static str,
    pub after: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Select {
    pub name: String,
    pub id: String,
    pub label: String,
    /// The field's classes (`bp-field`, `bp-field bp-field-inline`).
    pub class: &'static str,
    /// `(value, words, selected)`.
    pub options: Vec<(String, String, bool)>,
    pub described_by: String,
    pub error: String,
}

/// The months of revenue of the past, as pasted from a spreadsheet or read from a file.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct History {
    pub name: &'static str,
    pub id: String,
    pub label: String,
    pub optional: String,
    pub value: String,
    pub hint: String,
    /// « Historique : janvier 2025 – décembre 2026 »: the months the rows are taken to cover.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<String>,
    pub file: String,
    pub described_by: String,
    pub error: String,
    pub warning: String,
}

/// What a number field shows and says about itself.
pub(super) struct Num<'a> {
    pub(super) name: String,
    pub(super) label: String,
    pub(super) value: &'a str,
    pub(super) unit: Option<String>,
    pub(super) hint: Option<String>,
    /// A cited reference to set the figure beside (§16).
    pub(super) reference: Option<Link>,
    pub(super) required: bool,
    pub(super) optional: bool,
    pub(super) inputmode: &'static str,
    /// What the example plan has here, shown while the field is blank.
    pub(super) placeholder: Option<String>,
    /// Whether the value is still the example's.
    pub(super) example: bool,
}

impl<'a> Num<'a> {
    /// The control named `name` of `field`, showing `value`.
    pub(super) fn of(field: &Field, name: String, value: &'a str, state: &FormState) -> Self {
        let l = state.locale;
        let money = || crate::format::currency_symbol(&state.currency, l).to_string();
        let Some(Number { unit, blank, .. }) = field.number() else {
            return Num::new(name, field.label.get(l), value);
        };
        let placeholder = value
            .trim()
            .is_empty()
            .then(|| placeholder(&name, l))
            .flatten();
        let example = state.is_example(&name);
        let unit = match unit {
            Unit::Money => Some(money()),
            Unit::MoneyPerMonth => Some(format!("{} {}", money(), words::PER_MONTH.get(l))),
            Unit::MoneyPerYear => Some(format!("{} {}", money(), words::PER_YEAR.get(l))),
            Unit::Percent => Some("%".to_string()),
            Unit::SessionsPerMonth => Some(words::SESSIONS_PER_MONTH_UNIT.get(l).to_string()),
            Unit::Plain => None,
        };
        Num {
            unit,
            hint: field.hint.map(|h| h.get(l).to_string()),
            required: blank == Blank::Required,
            optional: blank == Blank::Optional,
            inputmode: if field.signed { "text" } else { "decimal" },
            placeholder,
            example,
            ..Num::new(name, field.label.get(l), value)
        }
    }

    /// A plan-level field, named by its path.
    pub(super) fn plan(field: &Field, state: &'a FormState) -> Self {
        let value = state.text(field.path).unwrap_or_default();
        Num::of(field, field.path.to_string(), value, state)
    }

    pub(super) fn new(name: impl Into<String>, label: impl Into<String>, value: &'a str) -> Self {
        Num {
            name: name.into(),
            label: label.into(),
            value,
            unit: None,
            hint: None,
            reference: None,
            required: true,
            optional: false,
            inputmode: "decimal",
            placeholder: None,
            example: false,
        }
    }
}

/// `aria-describedby` ids: the error slot first, then the unit and the hint.
fn described_by(name: &str, unit: bool, hint: bool, reference: bool) -> String {
    let id = control_id(name);
    let mut d = error_slot_id(name);
    for (has, suffix) in [(unit, "unit"), (hint, "hint"), (reference, "ref")] {
        if has {
            d.push_str(&format!(" {id}-{suffix}"));
        }
    }
    d
}

/// « Repère : 2 % (source, année), un repère large, pas une norme », the source a link when
/// it is online (a link requests nothing until followed).
pub(super) fn reference(r: &Reference, scope: Words, l: Locale) -> Link {
    // The sentence filled with a mark where the source goes, then cut there.
    const MARK: &str = "\u{1}";
    let value = crate::format::percent(r.value, 1, l);
    let text = words::REFERENCE_HINT.fill(l, &[&value, &scope.get(l), &MARK, &r.year]);
    let (before, after) = text.split_once(MARK).unwrap_or((&text, ""));
    Link {
        before: before.to_string(),
        url: r.url,
        source: r.source,
        after: after.to_string(),
    }
}

pub(super) fn number(f: Num, l: Locale) -> Control {
    let described = described_by(
        &f.name,
        f.unit.is_some(),
        f.hint.is_some(),
        f.reference.is_some(),
    );
    Control::Input(Input {
        optional: f.optional.then(|| words::OPTIONAL.get(l).to_string()),
        inputmode: Some(f.inputmode),
        placeholder: f.placeholder,
        unit: f.unit,
        hint: f.hint,
        reference: f.reference,
        required: f.required,
        described_by: described,
        ..Input::new(&f.name, &f.label, f.value, l).example(f.example, l)
    })
}

pub(super) fn select(
    name: &str,
    label: &str,
    options: &[(&str, &str)],
    selected: &str,
    class: &'static str,
) -> Control {
    Control::Select(Select {
        name: name.to_string(),
        id: control_id(name),
        label: label.to_string(),
        class,
        options: options
            .iter()
            .map(|(v, x)| (v.to_string(), x.to_string(), *v == selected))
            .collect(),
        described_by: error_slot_id(name),
        error: error_slot_id(name),
    })
}

/// The history's box: pasted months, or a file read in the page into the same box.
pub(super) fn history(state: &FormState) -> Control {
    let l = state.locale;
    let name = fields::HISTORY_MONTHS.path;
    let span = match state.history_span() {
        Some(Ok(span)) => Some(super::super::history::span_sentence(span, l)),
        _ => None,
    };
    Control::History(History {
        name,
        id: control_id(name),
        label: words::HISTORY_LABEL.get(l).to_string(),
        optional: words::OPTIONAL.get(l).to_string(),
        value: state.history.clone(),
        hint: words::HISTORY_HINT.get(l).to_string(),
        span,
        file: words::HISTORY_FILE.get(l).to_string(),
        described_by: described_by(name, false, true, false),
        error: error_slot_id(name),
        warning: warning_slot_id(name),
    })
}
