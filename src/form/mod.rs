//! The planner's form: what the user typed, kept as text, and its way to a [`PlanInput`].
//! STUB: the interface the page is wired against; to be implemented.

use serde::{Deserialize, Serialize};

use crate::model::{FieldError, Locale, PlanInput};

/// Everything the form shows, as the user typed it (strings), so nothing typed is ever lost.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FormState {
    pub locale: Locale,
    pub currency: String,
}

/// What an edit changed: only values (recompute the results), or the form's structure
/// (re-render the part of the form named by `FormPart`, then recompute).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    None,
    Value,
    Structure(FormPart),
}

/// A part of the form that can be re-rendered alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormPart {
    Whole,
    Channels,
    Goal,
    Shop,
}

impl FormState {
    /// The form showing a plan.
    pub fn from_input(input: &PlanInput) -> FormState {
        FormState {
            locale: input.locale,
            currency: input.currency.clone(),
        }
    }

    /// Sets the control named `name` to `value`.
    pub fn set(&mut self, _name: &str, _value: &str) -> Change {
        Change::None
    }

    /// Runs a button's `data-action` (with its `data-index`).
    pub fn action(&mut self, _action: &str, _index: Option<usize>) -> Change {
        Change::None
    }

    /// The plan the form describes, or every error with `field` = the control's name.
    pub fn to_plan(&self) -> Result<PlanInput, Vec<FieldError>> {
        Ok(crate::example_plan(self.locale))
    }
}

/// The whole form (toolbar and the three groups) as HTML.
pub fn form_html(_state: &FormState) -> String {
    String::new()
}

/// One part of the form as HTML, to replace the element with `data-part="…"`.
pub fn part_html(_state: &FormState, _part: FormPart) -> String {
    String::new()
}

/// The id of the element that shows the error of control `name`.
pub fn error_slot_id(name: &str) -> String {
    format!("err-{name}")
}
