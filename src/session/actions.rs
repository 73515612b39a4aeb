//! What the planner's buttons do: copies and files of the plan shown, links, imports, the
//! first-visit choice, rows and views; and the arrow keys on the view tabs.

use super::*;

/// The buttons that copy a text of the plan shown: the action, the text, what the page says.
type Copy = (&'static str, fn(&PlanOutput) -> String, Words);
const COPIES: [Copy; 7] = [
    ("copy-okr", render::okr_text, page::OKR_COPIED),
    ("copy-okr-text", render::okr_text, page::OKR_COPIED),
    (
        "copy-okr-markdown",
        render::okr_markdown,
        page::OKR_COPIED_MARKDOWN,
    ),
    (
        "copy-plan-markdown",
        crate::table::plan_markdown,
        page::PLAN_COPIED_MARKDOWN,
    ),
    (
        "copy-plan-text",
        crate::table::plan_table,
        page::PLAN_COPIED,
    ),
    (
        "copy-objectives",
        render::objectives_text,
        page::OBJECTIVES_COPIED,
    ),
    (
        "copy-objectives-markdown",
        render::objectives_markdown,
        page::OBJECTIVES_COPIED_MARKDOWN,
    ),
];

/// The buttons that save a file of the plan shown: the action, the file's name, its type, and
/// its text (given the page's clock, for the calendar's stamp).
type File = (
    &'static str,
    Words,
    &'static str,
    fn(&PlanOutput, f64) -> String,
);
const CSV: &str = "text/csv;charset=utf-8";
const FILES: [File; 5] = [
    ("export-csv", files::TARGETS, CSV, |out, _| {
        render::targets_csv(out)
    }),
    ("export-months-csv", files::MONTHS, CSV, |out, _| {
        render::months_csv(out)
    }),
    (
        "export-objectives-csv",
        files::SMART_OBJECTIVES,
        CSV,
        |out, _| render::objectives_csv(out),
    ),
    ("export-alert-rules", files::ALERT_RULES, CSV, |out, _| {
        render::alert_rules_csv(out)
    }),
    (
        "export-ics",
        files::REVIEWS_CALENDAR,
        "text/calendar;charset=utf-8",
        |out, now| {
            render::calendar::reviews_ics(out, render::calendar::Utc((now / 1000.0).floor() as i64))
        },
    ),
];

impl Session {
    /// A button with `data-action` (and `data-index`) was pressed.
    pub fn action(&mut self, action: &str, index: Option<usize>) -> Update {
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
                "copy" => {
                    let text = plan.and_then(|out| out.objectives.get(index?));
                    let Some(objective) = text else {
                        return Update::default();
                    };
                    (
                        Effect::Copy(objective.text.clone()),
                        Some(page::OBJECTIVE_COPIED),
                    )
                }
                "copy-link" => match self.shared_doc() {
                    Some(doc) => (Effect::CopyLink(doc), Some(page::LINK_COPIED)),
                    None => return Update::default(),
                },
                "export-json" => match self.shared_doc() {
                    Some(doc) => {
                        let name = match doc {
                            Doc::Plan(_) => files::PLAN.get(l),
                            Doc::Review(_) => files::REVIEW.get(l),
                        };
                        (Effect::DownloadJson { name, doc }, None)
                    }
                    None => return Update::default(),
                },
                "import-json" => (Effect::OpenImport, None),
                "print" => (Effect::Print, None),
                "reset" => {
                    // The example plan in the current locale, currency and view, without actuals.
                    let mut form = self.form.clone();
                    form.action("reset", None);
                    let mut update = self.replace(form);
                    self.replaced(page::EXAMPLE_RESTORED, &mut update);
                    update.dom.push(way_back("reset"));
                    return update;
                }
                "open-shared" | "keep-mine" => return self.choose(action == "open-shared"),
                "start-example" | "start-blank" => {
                    return self.start_with(action == "start-example")
                }
                // The skip link, the keyboard's first stop: straight to the results.
                "skip-to-results" => {
                    return Update {
                        dom: vec![Dom::Focus(vec![RESULTS.to_string()])],
                        ..Update::default()
                    };
                }
                // From the bar at a glance to the results, and back to the field edited last.
                "to-results" => {
                    let to = vec![BACK.to_string(), RESULTS.to_string()];
                    return Update {
                        dom: vec![Dom::Focus(to)],
                        ..Update::default()
                    };
                }
                "back-to-field" => match self.last_edited.clone() {
                    Some(name) => return self.go_to(&name),
                    None => return Update::default(),
                },
                "restore-previous" => return self.restore_previous(),
                other => {
                    // Switching views is not a change of the plan; the rest makes a link's plan
                    // the visitor's.
                    let adopted = !other.starts_with("view-") && self.adopt_shared();
                    let removed = match (other, index) {
                        ("remove-channel", Some(i)) => self.form.channel_label(i),
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
                            ("add-channel", _) => Some(page::CHANNEL_ADDED.fill(l, &[&n])),
                            ("remove-channel", Some(name)) => {
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
        Some(self.action(&format!("view-{}", view.code()), None))
    }
}
