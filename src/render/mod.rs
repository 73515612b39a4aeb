//! The results of a plan as HTML and SVG strings, for the page.
//! STUB: the interface the page is wired against; to be implemented.

use crate::output::PlanOutput;

/// Every section of the results, in the plan's locale; user text escaped.
pub fn results_html(_out: &PlanOutput) -> String {
    String::new()
}

/// Channel × quarter targets as CSV (French: `;` and decimal comma), for spreadsheets.
pub fn targets_csv(_out: &PlanOutput) -> String {
    String::new()
}

/// A one-sentence summary for screen readers (the live region).
pub fn summary_text(_out: &PlanOutput) -> String {
    String::new()
}
