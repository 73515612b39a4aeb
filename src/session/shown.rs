//! Which plan the planner shows: a link's, an imported or saved one, the previous one, the
//! first-visit choice, and the way from a link's plan to the visitor's own.

use super::*;

impl Session {
    /// The text of a share link pasted in the address of the open page, read by `read_json`
    /// ([`Session::open_link`]); past [`MAX_PLAN_BYTES`] it is not read.
    pub fn open_link_text(&mut self, text: &str, read_json: impl Fn(&str) -> Value) -> Update {
        match text.len() > MAX_PLAN_BYTES {
            true => self.link_not_read(page::LINK_TOO_LARGE),
            false => self.open_link(&read_json(text)),
        }
    }

    /// A `#plan=` link opened while the planner is on the page: as at the start, the link's
    /// plan is shown beside the visitor's own until they choose.
    pub fn open_link(&mut self, value: &Value) -> Update {
        let Ok(doc) = Doc::parse(value) else {
            return self.link_not_read(page::LINK_UNREADABLE);
        };
        let form = doc.form();
        if form.same_values(&self.form) {
            return Update::default();
        }
        if self.visiting.is_none() {
            self.visiting = Some(self.snapshot());
        }
        let mut update = self.show(Snapshot::of_form(form));
        update.say = Some(page::VISITING_SHARED.get(self.form.locale).to_string());
        update
    }

    /// Why a link was not read, shown and said: beside the first visit's choice (which hides
    /// the rest of the planner), else above the visitor's own plan, which stays.
    pub(super) fn link_not_read(&mut self, reason: Words) -> Update {
        let notice = InEach::of(|l| self.link_notice(reason, l));
        let said = notice.get(self.form.locale);
        let mut update = Update::default();
        match self.welcome {
            true => {
                self.start_notice = Some(notice);
                self.write_welcome(&mut update.dom);
                update.say = Some(said);
            }
            false => update.notice(said, true),
        }
        update
    }

    /// Why a link was not read, in words: with a plan of the visitor's shown, that it is theirs.
    pub(super) fn link_notice(&self, reason: Words, l: Locale) -> String {
        match self.welcome {
            true => reason.get(l).to_string(),
            false => format!("{} {}", reason.get(l), page::HERE_IS_YOUR_PLAN.get(l)),
        }
    }

    /// The text of a file the visitor chose to import, read by `read_json`
    /// ([`Session::import`]); past [`MAX_PLAN_BYTES`] it is not read.
    pub fn import_text(&mut self, text: &str, read_json: impl Fn(&str) -> Value) -> Update {
        if text.len() > MAX_PLAN_BYTES {
            let mut update = Update::default();
            update.notice(page::FILE_TOO_LARGE.get(self.form.locale).to_string(), true);
            return update;
        }
        self.import(&read_json(text))
    }

    /// A file the visitor chose to import, as JSON (`null` when it is not JSON at all).
    pub fn import(&mut self, value: &Value) -> Update {
        let l = self.form.locale;
        match self.load(value) {
            Ok(mut update) => {
                let said = match self.form.actuals.is_empty() {
                    true => page::PLAN_IMPORTED,
                    false => page::PLAN_AND_ACTUALS_IMPORTED,
                };
                self.replaced(said, &mut update);
                update.dom.push(way_back(Action::ImportJson));
                update
            }
            Err(errors) => {
                let first = errors.first().map_or("", |e| e.message.as_str());
                let mut update = Update::default();
                update.notice(page::NOT_A_PLAN_FILE.fill(l, &[&first]), true);
                update
            }
        }
    }

    /// Replaces the form with a plan (or a plan with its actuals), keeping the plan it
    /// replaces as the previous one; on errors the form is left as it was.
    pub fn load(&mut self, value: &Value) -> Result<Update, Vec<FieldError>> {
        let form = Doc::parse(value)?.form();
        Ok(self.replace(form))
    }

    /// What to store now; `None` while a link's plan waits for the visitor's choice (what is
    /// stored is their own plan, untouched).
    pub fn saved(&self) -> Option<SavedRef<'_>> {
        if self.visiting.is_some() || self.welcome {
            return None;
        }
        let previous = self.previous.as_ref().map(|p| Box::new(p.saved()));
        Some(SavedRef {
            version: SAVED_VERSION,
            form: &self.form,
            plan: self.plan.as_ref().map(|(input, _)| input),
            review: self.review.as_ref().map(|(input, _)| input),
            previous,
            unread: &self.unread,
        })
    }

    /// [`Session::saved`] as stored.
    pub(super) fn saved_text(&self) -> Option<String> {
        self.saved().map(|s| crate::json::to_text(&s, 0))
    }

    /// Another tab of this browser stored `text` under `key` (the `storage` event; `None`:
    /// removed, which the next save undoes); `read_json` reads JSON text. Without edits of
    /// its own left to save, this tab takes the other's plan up, so that its next save does
    /// not undo the other's edits. With some, neither is dropped: this tab's plan is saved,
    /// the other's kept as the previous plan, a button away (the visitor knows which edits
    /// they want; a merge field by field would guess).
    pub fn stored_elsewhere(
        &mut self,
        key: &str,
        text: Option<String>,
        read_json: impl Fn(&str) -> Value,
    ) -> Update {
        let l = self.form.locale;
        let (Some(text), true) = (text, self.storage_key.as_deref() == Some(key)) else {
            return Update::default();
        };
        let unsaved = self.saved_text() != self.written;
        let mut theirs = match Stored::read(text, read_json) {
            Stored::Read(saved) => saved,
            Stored::Unread(text) => {
                // Nothing to show: kept as it was, beside this plan.
                self.keep_unread(text);
                let mut update = Update::default();
                update.notice(page::OTHER_TAB_UNREAD.get(l).into(), true);
                update.settle = Settle::Now;
                return update;
            }
        };
        for text in std::mem::take(&mut theirs.unread) {
            self.keep_unread(text);
        }
        let (theirs, their_previous) = Snapshot::of_saved(*theirs);
        if let Some(own) = self.visiting.as_mut() {
            // A link's plan waits for the choice: the visitor's own is the one stored now.
            *own = theirs;
            self.previous = their_previous;
            return Update::default();
        }
        if unsaved {
            self.previous = Some(theirs);
            let mut update = Update::default();
            self.write_choices(&mut update.dom);
            update.inform(page::OTHER_TAB_KEPT.get(l).into());
            update.settle = Settle::Now;
            return update;
        }
        self.welcome = false;
        self.start_notice = None;
        self.previous = their_previous;
        let mut update = self.show(theirs);
        update.inform(page::OTHER_TAB_ADOPTED.get(self.form.locale).into());
        // What is stored is what this tab shows now: nothing to save again.
        update.settle = Settle::No;
        self.written = self.saved_text();
        update
    }

    /// Keeps a text no page could read (once), to save with the plan.
    fn keep_unread(&mut self, text: String) {
        if !self.unread.contains(&text) {
            self.unread.push(text);
        }
    }

    /// Whether a replaced plan is kept, which "Back to previous plan" brings back.
    pub fn has_previous(&self) -> bool {
        self.previous.is_some()
    }

    /// Whether a link's plan is shown while the visitor's own waits for their choice.
    pub fn is_visiting(&self) -> bool {
        self.visiting.is_some()
    }

    /// The plan as it is now.
    pub(super) fn snapshot(&self) -> Snapshot {
        Snapshot {
            form: self.form.clone(),
            plan: self.plan.as_ref().map(|(input, _)| input.clone()),
            review: self.review.as_ref().map(|(input, _)| input.clone()),
        }
    }

    /// Shows a plan in place of the one shown, from scratch.
    pub(super) fn show(&mut self, snapshot: Snapshot) -> Update {
        self.form = snapshot.form;
        self.plan = snapshot.plan.map(|input| {
            let out = engine::plan(&input);
            (input, out)
        });
        self.review = snapshot.review.map(|input| {
            let out = review::review(&input);
            (input, out)
        });
        // Nothing shown belongs to this plan, nor does the field edited last: what is said
        // next is the summary alone.
        self.shown = None;
        self.last_edited = None;
        self.before = Before::default();
        self.typing = None;
        let mut update = self.apply(Change::Structure(FormPart::Whole), None);
        update
            .dom
            .push(Dom::Attr(BACK.into(), "hidden", Some(String::new())));
        update
    }

    /// Shows `form` in place of the plan, which is kept as the previous one (while a link's
    /// plan waits for a choice, the visitor's own is kept, not the link's).
    pub(super) fn replace(&mut self, form: FormState) -> Update {
        let current = self.visiting.take().unwrap_or_else(|| self.snapshot());
        if current.form != form {
            self.previous = Some(current);
        }
        let mut update = self.show(Snapshot::of_form(form));
        update.settle = Settle::Now;
        update
    }

    /// Says what replaced the plan, and that the previous one is kept.
    pub(super) fn replaced(&self, what: crate::words::Words, update: &mut Update) {
        let l = self.form.locale;
        let mut words = vec![what.get(l)];
        if self.previous.is_some() {
            words.push(page::PREVIOUS_KEPT.get(l));
        }
        update.inform(words.join(" "));
    }

    /// The visitor chose between a link's plan (`open`) and their own.
    pub(super) fn choose(&mut self, open: bool) -> Update {
        let Some(own) = self.visiting.take() else {
            return Update::default();
        };
        let l = self.form.locale;
        let mut update = match open {
            true => {
                self.previous = Some(own);
                let mut update = Update::default();
                self.write_choices(&mut update.dom);
                let words = [page::SHARED_OPENED.get(l), page::PREVIOUS_KEPT.get(l)];
                update.inform(words.join(" "));
                update
            }
            false => {
                let mut update = self.show(own);
                update.say = Some(page::OWN_PLAN_KEPT.get(self.form.locale).to_string());
                update
            }
        };
        // The banner's buttons are gone: the keyboard goes to the view's tab.
        let tab = format!("#bp-tab-{}", self.form.view.code());
        update.dom.push(Dom::Focus(vec![tab]));
        update.settle = Settle::Now;
        update
    }

    /// Swaps the plan with the previous one: pressed again, it brings back the one left.
    pub(super) fn restore_previous(&mut self) -> Update {
        if self.visiting.is_some() {
            return Update::default();
        }
        let Some(previous) = self.previous.take() else {
            return Update::default();
        };
        self.previous = Some(self.snapshot());
        let mut update = self.show(previous);
        update.notice(page::PREVIOUS_RESTORED.get(self.form.locale).into(), true);
        let button = Action::RestorePrevious.button(None);
        update.dom.push(Dom::Focus(vec![button]));
        update.settle = Settle::Now;
        update
    }

    /// The first visit's frame: the tabs, the choice, nothing planned or drawn behind it (the
    /// form is kept, for a language switch before the choice).
    pub(super) fn welcome_frame(&mut self, form: FormState) -> Update {
        self.form = form;
        let mut update = Update::default();
        self.write_frame(&mut update.dom);
        self.write_choices(&mut update.dom);
        self.write_welcome(&mut update.dom);
        update
    }

    /// Whether the first visit's choice is still shown.
    pub fn is_welcome(&self) -> bool {
        self.welcome
    }

    /// The first visit's choice, or « Partir de mes chiffres » from the example: the example
    /// (each value marked as such) or an empty form, the keyboard on its first field.
    pub(super) fn start_with(&mut self, example: bool) -> Update {
        let l = self.form.locale;
        let currency = self.form.currency.clone();
        let mut form = match example {
            true => FormState::example(l, &currency),
            false => FormState::blank(l, &currency, self.next_quarter),
        };
        form.view = View::Plan;
        let welcome = std::mem::take(&mut self.welcome);
        let mut update = match welcome {
            // Nothing to keep: the visitor has no plan yet.
            true => self.show(Snapshot::of_form(form)),
            false => self.replace(form),
        };
        // What the start told beside the choice stays in sight (it was said already).
        if let Some(notice) = self.start_notice.take() {
            update.notice(notice.get(self.form.locale), false);
        }
        self.touched.clear();
        let said = match example {
            true => page::EXAMPLE_STARTED,
            false => page::BLANK_STARTED,
        };
        match welcome {
            true => update.say = Some(said.get(l).to_string()),
            false => self.replaced(said, &mut update),
        }
        let first = control_selector(crate::fields::AVERAGE_ORDER_VALUE.path);
        update.dom.push(Dom::Focus(vec![first]));
        update.settle = Settle::Now;
        update
    }

    /// A link of the error summary: the keyboard goes to its control (the advanced settings
    /// unfolded when it is among them).
    pub(super) fn go_to(&mut self, name: &str) -> Update {
        let mut update = Update::default();
        // A group (`channels[1].cost`) goes to its first control.
        let shown = self.form.control_names();
        let group = format!("{name}.");
        let Some(name) = shown
            .iter()
            .find(|n| *n == name || n.starts_with(&group))
            .map(String::as_str)
        else {
            return update;
        };
        if self.form.is_advanced(name) {
            update
                .dom
                .push(Dom::Attr(ADVANCED.into(), "open", Some(String::new())));
        }
        update.dom.push(Dom::Focus(vec![control_selector(name)]));
        update
    }

    /// Shows the first visit's choice, or the planner once it is made.
    pub(super) fn write_welcome(&self, dom: &mut Vec<Dom>) {
        let l = self.form.locale;
        let notice = self.start_notice.as_ref().map(|n| n.get(l));
        let welcome = self.welcome.then(|| welcome(l, notice));
        let hidden = welcome.is_none().then(String::new);
        dom.push(Dom::Welcome(welcome));
        dom.push(Dom::Attr(WELCOME.into(), "hidden", hidden));
        let on = self.welcome.then(String::new);
        dom.push(Dom::Attr(".bp-app".into(), "data-welcome", on));
    }

    /// The banner that offers the choice while a link's plan waits beside the visitor's own,
    /// and the button that brings the previous plan back, shown when there is one.
    pub(super) fn write_choices(&self, dom: &mut Vec<Dom>) {
        let l = self.form.locale;
        let banner = self.visiting.as_ref().map(|_| banner(l));
        let hidden = banner.is_none().then(String::new);
        dom.push(Dom::Banner(banner));
        dom.push(Dom::Attr(BANNER.into(), "hidden", hidden));
        let offered = self.previous.is_some() && self.visiting.is_none();
        let button = Action::RestorePrevious.button(None);
        dom.push(Dom::Attr(button, "hidden", (!offered).then(String::new)));
    }
}
