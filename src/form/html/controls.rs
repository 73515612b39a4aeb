//! The form's controls as HTML: a number field with its label, unit, hint, reference and
//! error slot, and a select; each named after its contract path.

use super::*;

/// The symbol shown next to money fields.
pub(super) fn currency_unit(code: &str, locale: Locale) -> String {
    crate::format::currency_symbol(code, locale).to_string()
}

/// What a number field shows and says about itself.
pub(super) struct Num<'a> {
    pub(super) name: String,
    pub(super) label: String,
    pub(super) value: &'a str,
    pub(super) unit: Option<String>,
    pub(super) hint: Option<&'static str>,
    /// A cited reference to set the figure beside (§16), as HTML.
    pub(super) reference: Option<String>,
    pub(super) required: bool,
    pub(super) optional: bool,
    /// `text` where a minus sign must be reachable on phones' keypads.
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
        let money = || currency_unit(&state.currency, l);
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
            hint: field.hint.map(|h| h.get(l)),
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

pub(super) fn optional_mark(locale: Locale) -> &'static str {
    words::OPTIONAL.get(locale)
}

/// `aria-describedby` ids: the error slot first, then the unit and the hint.
pub(super) fn described_by(name: &str, unit: bool, hint: bool, reference: bool) -> String {
    let id = control_id(name);
    let mut d = error_slot_id(name);
    if unit {
        w!(d, " {id}-unit");
    }
    if hint {
        w!(d, " {id}-hint");
    }
    if reference {
        w!(d, " {id}-ref");
    }
    d
}

/// « Repère : 2 % (source, année), un repère large, pas une norme », the source a link when
/// it is online (a link requests nothing until followed).
pub(super) fn reference_html(r: &Reference, scope: Words, locale: Locale) -> String {
    let value = crate::format::percent(r.value, 1, locale);
    let source = match r.url {
        Some(url) => format!(
            "<a href=\"{}\" target=\"_blank\" rel=\"noopener noreferrer\">{}</a>",
            escape(url),
            escape(r.source)
        ),
        None => escape(r.source).to_string(),
    };
    let scope = scope.get(locale);
    words::REFERENCE_HINT.fill(locale, &[&value, &scope, &source, &r.year])
}

pub(super) fn number_field(s: &mut String, f: Num, locale: Locale) {
    let id = control_id(&f.name);
    w!(
        s,
        "<div class=\"bp-field\"><label for=\"{id}\"{}>{}",
        example_tag(f.example, locale),
        escape(&f.label)
    );
    if f.optional {
        w!(
            s,
            " <span class=\"bp-optional\">{}</span>",
            optional_mark(locale)
        );
    }
    s.push_str("</label><span class=\"bp-input\">");
    w!(
        s,
        "<input type=\"text\" inputmode=\"{}\" autocomplete=\"off\" spellcheck=\"false\" \
         id=\"{id}\" name=\"{}\" value=\"{}\"{}{} aria-describedby=\"{}\"{}>",
        f.inputmode,
        escape(&f.name),
        escape(f.value),
        placeholder_attr(f.placeholder.as_deref()),
        if f.example { " data-example" } else { "" },
        described_by(
            &f.name,
            f.unit.is_some(),
            f.hint.is_some(),
            f.reference.is_some()
        ),
        if f.required {
            " aria-required=\"true\""
        } else {
            ""
        }
    );
    if let Some(unit) = &f.unit {
        w!(
            s,
            "<span class=\"bp-unit\" id=\"{id}-unit\">{}</span>",
            escape(unit)
        );
    }
    s.push_str("</span>");
    if let Some(hint) = f.hint {
        w!(s, "<span class=\"bp-hint\" id=\"{id}-hint\">{hint}</span>");
    }
    if let Some(reference) = &f.reference {
        w!(
            s,
            "<span class=\"bp-hint bp-reference\" id=\"{id}-ref\">{reference}</span>"
        );
    }
    error_slot(s, &f.name);
    warning_slot(s, &f.name);
    s.push_str("</div>");
}

pub(super) fn error_slot(s: &mut String, name: &str) {
    w!(
        s,
        "<p class=\"field-error bp-field-error\" id=\"{}\" aria-live=\"off\"></p>",
        error_slot_id(name)
    );
}

/// Where a warning about this field's value is shown, beside it (the session fills it).
pub(super) fn warning_slot(s: &mut String, name: &str) {
    w!(
        s,
        "<p class=\"bp-field-warning\" id=\"{}\"></p>",
        warning_slot_id(name)
    );
}

pub(super) fn select(
    s: &mut String,
    name: &str,
    label: &str,
    options: &[(String, String)],
    selected: &str,
    hint: Option<&str>,
    class: &str,
) {
    let id = control_id(name);
    w!(
        s,
        "<div class=\"{class}\"><label for=\"{id}\">{}</label>",
        escape(label)
    );
    w!(
        s,
        "<select id=\"{id}\" name=\"{}\" aria-describedby=\"{}\">",
        escape(name),
        described_by(name, false, hint.is_some(), false)
    );
    for (value, text) in options {
        w!(
            s,
            "<option value=\"{}\"{}>{}</option>",
            escape(value),
            if value == selected { " selected" } else { "" },
            escape(text)
        );
    }
    s.push_str("</select>");
    if let Some(hint) = hint {
        w!(
            s,
            "<span class=\"bp-hint\" id=\"{id}-hint\">{}</span>",
            escape(hint)
        );
    }
    error_slot(s, name);
    s.push_str("</div>");
}

pub(super) fn options(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(v, x)| (v.to_string(), x.to_string()))
        .collect()
}
