//! What the planner's buttons do: copies and files of the plan shown, links, imports, the
//! first-visit choice, rows and views; and the arrow keys on the view tabs.

use super::*;

/// The buttons that copy a text of the plan shown: the action, the text, what the page says.
type Copy = (Action, fn(&PlanOutput) -> String, Words);
const COPIES: [Copy; 7] = [
    (Action::CopyOkr, render::okr_text, page::OKR_COPIED),
    (Action::CopyOkrText, render::okr_text, page::OKR_COPIED),
    (
        Action::CopyOkrMarkdown,
        render::okr_markdown,
        page::OKR_COPIED_MARKDOWN,
    ),
    (
        Action::CopyPlanMarkdown,
        crate::table::plan_markdown,
        page::PLAN_COPIED_MARKDOWN,
    ),
    (
        Action::CopyPlanText,
        crate::table::plan_table,
        page::PLAN_COPIED,
    ),
    (
        Action::CopyObjectives,
        render::objectives_text,
        page::OBJECTIVES_COPIED,
    ),
    (
        Action::CopyObjectivesMarkdown,
        render::objectives_markdown,
        page::OBJECTIVES_COPIED_MARKDOWN,
    ),
];

/// The buttons that save a file of the plan shown: the action, the file's name, its type, and
/// its text (given the page's clock, for the calendar's stamp).
type File = (Action, Words, &'static str, fn(&PlanOutput, f64) -> String);
const CSV: &str = "text/csv;charset=utf-8";
const FILES: [File; 5] = [
    (Action::ExportCsv, files::TARGETS, CSV, |out, _| {
        render::targets_csv(out)
    }),
    (Action::ExportMonthsCsv, files::MONTHS, CSV, |out, _| {
        render::months_csv(out)
    }),
    (
        Action::ExportObjectivesCsv,
        files::SMART_OBJECTIVES,
        CSV,
        |out, _| render::objectives_csv(out),
    ),
    (
        Action::ExportAlertRules,
        files::ALERT_RULES,
        CSV,
        |out, _| render::alert_rules_csv(out),
    ),
    (
        Action::ExportIcs,
        files::REVIEWS_CALENDAR,
        "text/calendar;charset=utf-8",
        |out, now| {
            render::calendar::reviews_ics(out, render::calendar::Utc((now / 1000.0).floor() as i64))
        },
    ),
];

impl Session {
    /// A button with `data-action` (and `data-index`) was pressed.
    pub fn action(&mut self, action: Action, index: Option<usize>) -> Update {
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
                Action::Copy => {
                    let text = plan.and_then(|out| out.objectives.get(index?));
                    let Some(objective) = text else {
                        return Update::default();
                    };
                    (
                        Effect::Copy(objective.text.clone()),
                        Some(page::OBJECTIVE_COPIED),
                    )
                }
                Action::CopyLink => match self.shared_doc() {
                    Some(doc) => (Effect::CopyLink(doc), Some(page::LINK_COPIED)),
                    None => return Update::default(),
                },
                Action::ExportJson => match self.shared_doc() {
                    Some(doc) => {
                        let name = match doc {
                            Doc::Plan(_) => files::PLAN.get(l),
                            Doc::Review(_) => files::REVIEW.get(l),
                        };
                        (Effect::DownloadJson { name, doc }, None)
                    }
                    None => return Update::default(),
                },
                Action::ImportJson => (Effect::OpenImport, None),
                Action::Print => (Effect::Print, None),
                Action::Reset => {
                    // The example plan in the current locale, currency and view, without actuals.
                    let mut form = self.form.clone();
                    form.action(Action::Reset, None);
                    let mut update = self.replace(form);
                    self.replaced(page::EXAMPLE_RESTORED, &mut update);
                    update.dom.push(way_back(Action::Reset));
                    return update;
                }
                Action::OpenShared | Action::KeepMine => {
                    return self.choose(action == Action::OpenShared)
                }
                Action::StartExample | Action::StartBlank => {
                    return self.start_with(action == Action::StartExample)
                }
                // Its field comes with the click ([`Session::handle`]).
                Action::GoTo => return Update::default(),
                // The skip link, the keyboard's first stop: straight to the results.
                Action::SkipToResults => {
                    return Update {
                        dom: vec![Dom::Focus(vec![RESULTS.to_string()])],
                        ..Update::default()
                    };
                }
                // From the bar at a glance to the results, and back to the field edited last.
                Action::ToResults => {
                    let to = vec![BACK.to_string(), RESULTS.to_string()];
                    return Update {
                        dom: vec![Dom::Focus(to)],
                        ..Update::default()
                    };
                }
                Action::BackToField => match self.last_edited.clone() {
                    Some(name) => return self.go_to(&name),
                    None => return Update::default(),
                },
                Action::RestorePrevious => return self.restore_previous(),
                other => {
                    // Switching views is not a change of the plan; the rest makes a link's plan
                    // the visitor's.
                    let adopted = !other.switches_view() && self.adopt_shared();
                    let removed = match (other, index) {
                        (Action::RemoveChannel, Some(i)) => self.form.channel_label(i),
                        _ => None,
                    };
                    self.typing = None;
                    self.remember(None);
                    let change = self.form.action(other, index);
                    let mut update = self.apply(change, None);
                    if update != Update::default() {
                        // After adding, removing or moving a row, the keyboard stays where it was.
                        update.dom.push(Dom::Focus(self.refocus(other, index)));
                        let n = self.form.channels.len();
                        let said = match (other, removed) {
                            (Action::AddChannel, _) => Some(page::CHANNEL_ADDED.fill(l, &[&n])),
                            (Action::RemoveChannel, Some(name)) => {
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
    pub(super) fn tab_key(&mut self, key: &str) -> Option<Update> {
        let view = match key {
            "ArrowLeft" | "ArrowRight" => match self.form.view {
                View::Plan => View::Review,
                View::Review => View::Plan,
            },
            "Home" => View::Plan,
            "End" => View::Review,
            _ => return None,
        };
        let action = match view {
            View::Plan => Action::ViewPlan,
            View::Review => Action::ViewReview,
        };
        Some(self.action(action, None))
    }
}
