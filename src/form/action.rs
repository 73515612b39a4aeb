//! What the planner's buttons do, as one type: the views put an [`Action`] on each button
//! (`data-action`), the page sends it back with a click, and the form and the session match
//! on it. A misspelt action is a compile error, not a dead button.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Declares [`Action`] with each variant's name in the page, written once.
macro_rules! actions {
    ($( $(#[doc = $doc:literal])* $name:ident = $code:literal, )*) => {
        /// A button's `data-action`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Action {
            $( $(#[doc = $doc])* $name, )*
        }

        impl Action {
            /// Its name in the page (`data-action`).
            pub const fn code(self) -> &'static str {
                match self {
                    $( Action::$name => $code, )*
                }
            }
        }

        /// Every action.
        const ALL: &[Action] = &[$( Action::$name, )*];
    };
}

actions! {
    AddChannel = "add-channel",
    RemoveChannel = "remove-channel",
    MoveChannelUp = "move-channel-up",
    MoveChannelDown = "move-channel-down",
    /// Closes the next quarter.
    AddQuarter = "add-quarter",
    /// Reopens the last closed quarter.
    RemoveQuarter = "remove-quarter",
    ViewPlan = "view-plan",
    ViewReview = "view-review",
    /// The example plan again, in the current language, currency and view.
    Reset = "reset",
    /// One SMART objective (with its row).
    Copy = "copy",
    CopyLink = "copy-link",
    CopyOkr = "copy-okr",
    CopyOkrText = "copy-okr-text",
    CopyOkrMarkdown = "copy-okr-markdown",
    CopyPlanMarkdown = "copy-plan-markdown",
    CopyPlanText = "copy-plan-text",
    CopyObjectives = "copy-objectives",
    CopyObjectivesMarkdown = "copy-objectives-markdown",
    ExportCsv = "export-csv",
    ExportMonthsCsv = "export-months-csv",
    ExportObjectivesCsv = "export-objectives-csv",
    ExportAlertRules = "export-alert-rules",
    ExportIcs = "export-ics",
    ExportJson = "export-json",
    ImportJson = "import-json",
    Print = "print",
    /// The first visit's two ways in.
    StartExample = "start-example",
    StartBlank = "start-blank",
    /// A link's plan, opened or left aside.
    OpenShared = "open-shared",
    KeepMine = "keep-mine",
    /// The plan replaced last, back.
    RestorePrevious = "restore-previous",
    /// A field named in a summary (its name in `data-target`).
    GoTo = "go-to",
    /// The skip link, the keyboard's first stop.
    SkipToResults = "skip-to-results",
    /// From the bar at a glance to the results, and back to the field edited last.
    ToResults = "to-results",
    BackToField = "back-to-field",
}

impl Action {
    /// The button that does it (on row `index`): where the keyboard goes.
    pub fn button(self, index: Option<usize>) -> String {
        match index {
            Some(i) => format!("[data-action=\"{}\"][data-index=\"{i}\"]", self.code()),
            None => format!("[data-action=\"{}\"]", self.code()),
        }
    }

    /// Switching views is not a change of the plan.
    pub fn switches_view(self) -> bool {
        matches!(self, Action::ViewPlan | Action::ViewReview)
    }
}

// By name, through [`Action::code`]: serde's derive would spell each name a second time (and
// cost the page 1,7 KB gzip).
impl Serialize for Action {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Action {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Action, D::Error> {
        let code = String::deserialize(d)?;
        ALL.iter()
            .copied()
            .find(|a| a.code() == code)
            .ok_or_else(|| serde::de::Error::custom(format!("no action `{code}`")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `data-action` the element's own templates write is an action the session knows,
    /// and every action's name reads back as itself.
    #[test]
    fn the_pages_actions_are_the_sessions() {
        for a in ALL {
            let back: Action = serde_json::from_value(serde_json::json!(a.code())).unwrap();
            assert_eq!(back, *a);
        }
        let templates = include_str!("../../www/view.js");
        let mut found = 0;
        for part in templates.split("data-action=\"").skip(1) {
            let code = &part[..part.find('"').unwrap()];
            assert!(
                ALL.iter().any(|a| a.code() == code),
                "www/view.js has data-action=\"{code}\", which no Action is"
            );
            found += 1;
        }
        assert!(
            found >= 8,
            "only {found} literal actions found in www/view.js"
        );
    }
}
