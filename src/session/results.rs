//! The results a change leads to: the plan computed once and the review from it, their HTML,
//! the errors sorted and marked on their fields, and what the summary above the results says.

use super::*;

/// The results after a change, before they become [`Dom`] changes.
pub(super) struct Results {
    /// New results to draw; `None` keeps what is shown (then marked out of date).
    pub(super) view: Option<crate::view::Results>,
    /// Why the results shown are out of date; `None` when they are up to date.
    pub(super) stale: Option<&'static str>,
    /// Every error, by the element that shows it; all others are cleared.
    pub(super) errors: Vec<ErrorMark>,
    /// The plan's warnings about one shown control, by the slot beside it (`None`: left as
    /// they are, the plan shown being out of date).
    pub(super) warnings: Option<Vec<(String, String)>>,
    pub(super) announce: Option<String>,
    /// What needs the visitor: the fields to fix, those to fill in, the example's values
    /// left (empty hides it).
    pub(super) summary: Summary,
    /// Whether an error is among the folded advanced settings (they are then unfolded).
    pub(super) open_advanced: bool,
    /// The plan at a glance: new content, `None` to keep it (then marked out of date), or
    /// hidden in the review view.
    pub(super) glance: Glance,
}

/// The error and warning slots holding a message (their selectors), emptied when the next
/// results no longer need them.
#[derive(Debug, Default)]
pub(super) struct Filled {
    pub(super) errors: Vec<String>,
    pub(super) warnings: Vec<String>,
}

/// What the bar at a glance shows after a change.
pub(super) enum Glance {
    Show(Box<crate::view::Glance>),
    Stale,
    Hide,
}

/// The errors as the form shows them ([`Session::sort_errors`]).
#[derive(Default)]
pub(super) struct SortedErrors<'a> {
    /// The controls shown.
    pub(super) shown: Vec<String>,
    /// The errors to fix, each with the message to show.
    pub(super) fix: Vec<(&'a FieldError, String)>,
    /// The required controls still blank and untouched.
    pub(super) fill: Vec<&'a str>,
}

/// What needs the visitor, from [`Session::attention`].
pub(super) struct Attention {
    pub(super) summary: Summary,
    pub(super) announce: Option<String>,
    pub(super) open_advanced: bool,
}

/// Error codes the form treats apart: a blank required field, a missing goal share.
pub(super) const REQUIRED: &str = "required";
pub(super) const SHARES_INCOMPLETE: &str = "shares_incomplete";

/// Messages for one error slot (by id), and the control they are about, when it is shown.
pub(super) struct ErrorMark {
    pub(super) slot: String,
    pub(super) control: Option<String>,
    pub(super) message: String,
}

impl Results {
    /// Writes the results, the errors and the warnings. Only the slots `filled` last time are
    /// emptied (with the general slot, which holds notices): touching every slot of the form
    /// made the browser lay out and repaint the whole form on each keystroke.
    pub(super) fn write(self, update: &mut Update, filled: &mut Filled) {
        let dom = &mut update.dom;
        dom.push(Dom::Attr("[aria-invalid]".into(), "aria-invalid", None));
        let errors: Vec<String> = self.errors.iter().map(|m| format!("#{}", m.slot)).collect();
        let general = general_slot();
        for old in std::mem::take(&mut filled.errors)
            .into_iter()
            .chain([general.clone()])
            .filter(|old| !errors.contains(old))
        {
            dom.push(Dom::Text(old, None));
        }
        filled.errors = errors;
        dom.push(Dom::Attr(general, "data-tone", None));
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
        if let Some(view) = self.view {
            dom.push(Dom::Results(Box::new(view)));
        }
        let hidden = self.summary.is_empty().then(String::new);
        dom.push(Dom::Summary(self.summary));
        dom.push(Dom::Attr(SUMMARY.into(), "hidden", hidden));
        if self.open_advanced {
            dom.push(Dom::Attr(ADVANCED.into(), "open", Some(String::new())));
        }
        let (hidden, stale) = match self.glance {
            Glance::Show(glance) => {
                dom.push(Dom::Glance(glance));
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

impl Session {
    /// Recomputes from the form: the plan once, the review from it.
    pub(super) fn refresh(&mut self) -> Results {
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
                let to_fix = !sorted.fix.is_empty();
                let errors = self.error_marks(&sorted);
                self.review_results(errors, attention, to_fix)
            }
        }
    }

    pub(super) fn plan_results(&mut self, errors: &[FieldError]) -> Results {
        let sorted = self.sort_errors(errors);
        let attention = self.attention(&sorted);
        let errors = self.error_marks(&sorted);
        // The results, with the plan's history drawn before it.
        let view_of = |(input, out): &(PlanInput, PlanOutput)| {
            let history = input.history.as_ref().map(|h| crate::view::HistoryView {
                months: &h.months,
                seasonality_typed: input.seasonality.is_some(),
                growth_typed: input.past_growth_rate.is_some(),
            });
            crate::view::plan_view(out, history, Some(input))
        };
        let out = self.plan.as_ref().map(|(_, out)| out);
        if let (true, Some(plan)) = (self.plan_ok, self.plan.as_ref()) {
            self.shown = Some(View::Plan);
            return Results {
                view: Some(view_of(plan)),
                stale: None,
                errors,
                warnings: Some(self.warning_marks(&plan.1)),
                announce: Some(render::summary_text(&plan.1)),
                summary: attention.summary,
                open_advanced: false,
                glance: Glance::Show(Box::new(crate::view::glance(&plan.1))),
            };
        }
        // The last valid plan, or nothing when there has been none (an empty form).
        let view = match self.shown {
            Some(View::Plan) => None,
            _ => Some(
                self.plan
                    .as_ref()
                    .map_or_else(|| crate::view::Results::none(self.form.locale), view_of),
            ),
        };
        self.shown = Some(View::Plan);
        let stale = match out {
            Some(_) => page::STALE_PLAN,
            None => page::NO_PLAN_YET,
        };
        Results {
            view,
            stale: Some(stale.get(self.form.locale)),
            errors,
            warnings: None,
            announce: attention.announce,
            summary: attention.summary,
            open_advanced: attention.open_advanced,
            glance: match out {
                Some(_) => Glance::Stale,
                None => Glance::Hide,
            },
        }
    }

    /// The plan's warnings about a control the form shows, by the slot beside it (several
    /// about one control joined).
    pub(super) fn warning_marks(&self, out: &PlanOutput) -> Vec<(String, String)> {
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

    /// The review's results; `to_fix`: whether something typed is wrong (else what is missing
    /// is only revenue not typed yet, which the summary asks for without an error's tone).
    pub(super) fn review_results(
        &mut self,
        errors: Vec<ErrorMark>,
        attention: Attention,
        to_fix: bool,
    ) -> Results {
        let plan_ok = self.plan_ok;
        let l = self.form.locale;
        let out = self.review.as_ref().map(|(_, out)| out);
        let (view, stale, announce) = if self.form.actuals.is_empty() {
            let stale = (!plan_ok).then_some(page::PLAN_HAS_ERRORS);
            (Some(crate::view::review_empty(l)), stale, None)
        } else if let (true, Some(out)) = (self.review_ok, out) {
            (
                Some(crate::view::review_view(out)),
                None,
                Some(render::review_summary_text(out)),
            )
        } else {
            // The last valid review stays; before any, where it will show (never the empty
            // state's « no quarter closed » while one is).
            let view = match (out, self.shown) {
                (None, _) => Some(crate::view::review_pending(l)),
                (Some(_), Some(View::Review)) => None,
                (Some(out), _) => Some(crate::view::review_view(out)),
            };
            let stale = match (out.is_some(), plan_ok, to_fix) {
                (_, false, _) => Some(page::PLAN_HAS_ERRORS_FOR_REVIEW),
                // Only revenue still to type: the summary asks for it, and nothing else speaks.
                (_, true, false) => None,
                (true, true, true) => Some(page::STALE_REVIEW),
                (false, true, true) => Some(page::NO_REVIEW_YET),
            };
            (view, stale, None)
        };
        if view.is_some() {
            self.shown = Some(View::Review);
        }
        Results {
            view,
            stale: stale.map(|s| s.get(l)),
            errors,
            warnings: None,
            announce: announce.or(attention.announce),
            summary: attention.summary,
            open_advanced: false,
            glance: Glance::Hide,
        }
    }

    /// Each error beside its control when the form shows it, else in the general slot; the
    /// messages of one slot joined in the order of the page.
    pub(super) fn error_marks(&self, sorted: &SortedErrors) -> Vec<ErrorMark> {
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
    pub(super) fn sort_errors<'a>(&self, errors: &'a [FieldError]) -> SortedErrors<'a> {
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
    pub(super) fn attention(&self, sorted: &SortedErrors) -> Attention {
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
        let mut summary = Summary::default();
        if !fix.is_empty() {
            let n = fix.len();
            let noun = crate::words::counted(n, l, page::FIELD, page::FIELDS);
            summary.lists.push(SummaryList {
                title: page::TO_FIX.fill(l, &[&n, &noun]),
                inline: false,
                items: fix
                    .iter()
                    .map(|(field, message)| (field.map(str::to_string), message.to_string()))
                    .collect(),
            });
        }
        if !fill.is_empty() {
            // In the review view, the closed quarters whose revenue is still to type, by name.
            let labels = self.form.quarter_labels();
            let title = match (self.form.view, self.review.is_some()) {
                (View::Plan, _) => page::TO_FILL,
                (View::Review, false) => crate::words::review::TO_FILL,
                (View::Review, true) => crate::words::review::TO_FILL_UPDATE,
            };
            let name_of = |name: &str| match quarter_of_revenue(name).and_then(|i| labels.get(i)) {
                Some(label) => label.clone(),
                None => crate::fields::title(name, l),
            };
            summary.lists.push(SummaryList {
                title: title.get(l).to_string(),
                inline: true,
                items: fill
                    .iter()
                    .map(|name| (Some(name.to_string()), name_of(name)))
                    .collect(),
            });
        }
        // The example's values left once the visitor has typed their own: what a plan of
        // their shop would otherwise silently keep.
        let left = match (self.touched.is_empty(), self.form.view) {
            (false, View::Plan) => self.form.example_controls(),
            _ => Vec::new(),
        };
        if !left.is_empty() {
            let items = left.iter().map(|name| {
                let value = self.form.control_text(name).unwrap_or_default();
                let text = format!("{} ({value})", crate::fields::title(name, l));
                (Some(name.to_string()), text)
            });
            summary.lists.push(SummaryList {
                title: page::EXAMPLE_LEFT.get(l).to_string(),
                inline: true,
                items: items.collect(),
            });
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
            summary,
            announce,
            open_advanced,
        }
    }
}

/// `actuals[1].revenue` → 1: the closed quarter whose revenue the control holds.
fn quarter_of_revenue(name: &str) -> Option<usize> {
    let index = name.strip_prefix("actuals[")?.strip_suffix("].revenue")?;
    index.parse().ok()
}
