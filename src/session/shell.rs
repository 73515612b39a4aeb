//! The planner's own markup around the form and the results: the first-visit welcome, the
//! banner of a link's plan, and the selectors the session writes to (the frame they sit in is
//! the element's template, `shell` in `www/view.js`).

use super::*;

/// The first form shown when there is neither a link's plan nor a saved one: the `plan`
/// attribute's, else the example in the `currency` attribute's currency.
pub(super) fn first_form(start: &Start) -> FormState {
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
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Banner {
    pub text: &'static str,
    pub open: &'static str,
    pub keep: &'static str,
}

pub(super) fn banner(l: Locale) -> Banner {
    Banner {
        text: page::VISITING_SHARED.get(l),
        open: page::OPEN_SHARED.get(l),
        keep: page::KEEP_MINE.get(l),
    }
}

/// The banner's element.
pub(super) const BANNER: &str = ".bp-banner";

/// The first visit's choice, and the folded advanced settings.
pub(super) const WELCOME: &str = ".bp-welcome";
pub(super) const ADVANCED: &str = ".bp-advanced";

/// The first visit: what Boussole is, and two ways to start (an empty form, the example).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Welcome {
    pub title: &'static str,
    pub text: &'static str,
    pub blank: &'static str,
    pub blank_hint: &'static str,
    pub example: &'static str,
    pub example_hint: &'static str,
    /// What the start had to tell (a saved plan that did not read…), where it is seen.
    pub notice: Option<String>,
}

pub(super) fn welcome(l: Locale, notice: Option<String>) -> Welcome {
    use crate::words::form as words;
    Welcome {
        notice,
        title: page::WELCOME_TITLE.get(l),
        text: page::WELCOME_TEXT.get(l),
        blank: words::START_BLANK.get(l),
        blank_hint: page::START_BLANK_HINT.get(l),
        example: words::START_EXAMPLE.get(l),
        example_hint: page::START_EXAMPLE_HINT.get(l),
    }
}

/// What needs the visitor, above the results: the fields to fix, those still to fill in, the
/// example's values left; each a list of ways to the field (or a sentence, for an error no
/// field shows).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Summary {
    pub lists: Vec<SummaryList>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SummaryList {
    pub title: String,
    /// Items side by side (the short ones: names of fields).
    pub inline: bool,
    /// `(field, words)`: a way to the field, or words alone without one.
    pub items: Vec<(Option<String>, String)>,
}

impl Summary {
    pub fn is_empty(&self) -> bool {
        self.lists.is_empty()
    }
}

/// After a replacement rewrote the form, the keyboard goes to the way back (« Revenir au plan
/// précédent »), else to the button of the action that replaced it.
pub(super) fn way_back(action: Action) -> Dom {
    Dom::Focus(vec![
        Action::RestorePrevious.button(None),
        action.button(None),
    ])
}

/// The selector of the page's general slot: errors no field shows, and notices.
pub(super) fn general_slot() -> String {
    format!("#{}", form::error_slot_id(""))
}

/// The selector of the control named `name`.
pub(super) fn control_selector(name: &str) -> String {
    let quoted = name.replace('\\', "\\\\").replace('"', "\\\"");
    format!("[name=\"{quoted}\"]")
}
