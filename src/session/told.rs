//! What the live region says after a change, once typing pauses: the plausibility hint of the
//! field just edited when it is new (« 0,5 % ? Vouliez-vous dire 50 % ? »), then the figures
//! that moved and their value before (« CPA payant : 16,06 € (avant 24,09 €). »), then the
//! summary. The first announcement of a plan (nothing before it) is the summary alone.

use super::*;
use crate::render::changes::{self, PlanFigures, ReviewFigures};

/// The live region's pause after the last keystroke (`ANNOUNCE_DELAY_MS` in
/// `www/boussole.js`): keystrokes in one control closer together than this are one edit, said
/// once, and compared with what was there before the first of them.
pub const ANNOUNCE_PAUSE_MS: f64 = 1200.0;

/// What the visitor had before their current change.
#[derive(Debug, Default)]
pub(super) struct Before {
    /// The key figures of the results shown (the plan's in the plan view, the review's in the
    /// review view); `None` when nothing shown belongs to this plan.
    plan: Option<PlanFigures>,
    review: Option<ReviewFigures>,
    /// The control edited (`None` for a button), and the plausibility hint it had.
    edited: Option<String>,
    hint: Option<String>,
}

impl Session {
    /// Keeps what is shown now as what the next announcement compares with, before a change to
    /// the control `edited` (`None`: a button's).
    pub(super) fn remember(&mut self, edited: Option<&str>) {
        let shown = self.shown;
        self.before = Before {
            plan: (shown == Some(View::Plan))
                .then_some(self.plan.as_ref())
                .flatten()
                .map(|(_, out)| PlanFigures::of(out)),
            review: (shown == Some(View::Review))
                .then_some(self.review.as_ref())
                .flatten()
                .map(|(_, out)| ReviewFigures::of(out)),
            edited: edited.map(str::to_string),
            hint: edited.and_then(|name| self.hint(name)),
        };
    }

    /// Whether a keystroke in `name` at `at` (the page's clock) continues what the visitor is
    /// typing: the same control, before the live region has spoken.
    pub(super) fn keystroke(&mut self, name: &str, at: f64) -> bool {
        let continues =
            matches!(&self.typing, Some((n, t)) if n == name && at - t < ANNOUNCE_PAUSE_MS);
        self.typing = Some((name.to_string(), at));
        continues
    }

    /// The plausibility hint of the control `name`, when what it holds looks like a slip.
    fn hint(&self, name: &str) -> Option<String> {
        let mut hints = self.form.plausibility_hints().into_iter();
        hints.find(|(n, _)| n == name).map(|(_, h)| h)
    }

    /// Puts before the summary what the change brought: the edited control's new hint, and the
    /// figures that moved (at most two, the most telling first).
    pub(super) fn tell_changes(&self, results: &mut Results) {
        let Some(summary) = results.announce.take() else {
            return;
        };
        let before = &self.before;
        let edited = before.edited.as_deref();
        let mut said = Vec::new();
        match self.form.view {
            // The summary is said only for a plan that computed (else an error is).
            View::Plan if self.plan_ok => {
                let hint = edited.and_then(|name| self.hint(name));
                said.extend(hint.filter(|h| before.hint.as_ref() != Some(h)));
                if let (Some(before), Some((_, out))) = (&before.plan, &self.plan) {
                    let channel = edited.and_then(form::channel_index);
                    said.extend(changes::plan_changes(before, out, channel));
                }
            }
            View::Review if self.review_ok && !self.form.actuals.is_empty() => {
                if let (Some(before), Some((_, out))) = (&before.review, &self.review) {
                    said.extend(changes::review_changes(before, out));
                }
            }
            _ => {}
        }
        said.push(summary);
        results.announce = Some(said.join(" "));
    }
}
