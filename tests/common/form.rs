//! Reading the form's view model (`boussole::form::FormView`) as the page draws it (`form`
//! in `www/view.js`): every control and button in document order, the ids the templates
//! write, controls by name, buttons by action, and the keys the templates repeat by.

use boussole::form::{Button, ChannelView, Control, FormView, Group, Item, QuarterView};

/// What a form view holds, in the order the page draws it.
#[derive(Default)]
pub struct Walk<'a> {
    /// The toolbar's selects, then each group's controls (grids, nested groups, channel rows,
    /// closed quarters: revenue then each channel's figures), then the advanced settings'.
    pub controls: Vec<&'a Control>,
    /// The toolbar's buttons, then the rows' and the groups' (not the two the template adds
    /// itself: `restore-previous` and `start-blank`).
    pub buttons: Vec<&'a Button>,
    /// Every group, nested ones too (`<fieldset>`).
    pub groups: Vec<&'a Group>,
    /// The channel rows of the plan view (keyed by id).
    pub channels: Vec<&'a ChannelView>,
    /// The closed quarters (keyed by `key`), whose channels are keyed by id.
    pub quarters: Vec<&'a QuarterView>,
    /// The ids of the groups' error slots.
    pub group_errors: Vec<&'a str>,
    /// What shows where a list is empty.
    pub empty: Vec<&'a str>,
}

impl<'a> Walk<'a> {
    fn items(&mut self, items: &'a [Item]) {
        for item in items {
            match item {
                Item::Grid { controls, .. } => self.controls.extend(controls),
                Item::Group(g) => self.group(g),
                Item::Channels { rows } => {
                    for row in rows {
                        self.channels.push(row);
                        self.controls.extend(&row.controls);
                        self.buttons.extend(&row.buttons);
                    }
                }
                Item::Quarters { rows } => {
                    for q in rows {
                        self.quarters.push(q);
                        self.controls.push(&q.revenue);
                        for c in &q.channels {
                            self.controls.extend(&c.controls);
                            self.buttons.extend(&c.buttons);
                        }
                    }
                }
                Item::Empty { text } => self.empty.push(text),
                Item::GroupError { id } => self.group_errors.push(id),
                Item::Field { control } => self.controls.push(control),
                Item::Buttons { buttons, .. } => self.buttons.extend(buttons),
            }
        }
    }

    fn group(&mut self, g: &'a Group) {
        self.groups.push(g);
        self.items(&g.items);
    }
}

/// Walks the whole form view.
pub fn walk(f: &FormView) -> Walk<'_> {
    let mut w = Walk::default();
    w.controls.extend(&f.toolbar.selects);
    w.buttons.extend(&f.toolbar.buttons);
    for g in &f.groups {
        w.group(g);
    }
    if let Some(a) = &f.advanced {
        w.items(&a.items);
    }
    w
}

/// Every control, in document order.
pub fn controls(f: &FormView) -> Vec<&Control> {
    walk(f).controls
}

/// The names of the controls, in document order.
pub fn names(f: &FormView) -> Vec<String> {
    controls(f)
        .into_iter()
        .map(|c| name(c).to_string())
        .collect()
}

/// Every button of the view, in document order.
pub fn buttons(f: &FormView) -> Vec<&Button> {
    walk(f).buttons
}

/// The control named `name`, if the form shows it.
pub fn find_control<'a>(f: &'a FormView, name_: &str) -> Option<&'a Control> {
    controls(f).into_iter().find(|c| name(c) == name_)
}

/// The control named `name`; panics when the form does not show it.
pub fn control<'a>(f: &'a FormView, name_: &str) -> &'a Control {
    find_control(f, name_).unwrap_or_else(|| panic!("no control {name_} among {:?}", names(f)))
}

/// The button with `action` (and row `index`); panics when there is none.
pub fn button<'a>(f: &'a FormView, action: &str, index: Option<usize>) -> &'a Button {
    buttons(f)
        .into_iter()
        .find(|b| b.action.code() == action && b.index == index)
        .unwrap_or_else(|| panic!("no button {action} {index:?}"))
}

/// The actions of the buttons, in document order.
pub fn actions(f: &FormView) -> Vec<&'static str> {
    buttons(f).into_iter().map(|b| b.action.code()).collect()
}

/// The top-level group `part` (`data-part`); panics when there is none.
pub fn group<'a>(f: &'a FormView, part: &str) -> &'a Group {
    f.groups
        .iter()
        .find(|g| g.part == Some(part))
        .unwrap_or_else(|| panic!("no group {part} among {:?}", parts(f)))
}

/// The keys the template repeats the groups by (`data-part`), in order.
pub fn parts(f: &FormView) -> Vec<Option<&'static str>> {
    f.groups.iter().map(|g| g.part).collect()
}

/// The ids of the channel rows (the key they are repeated by), in order.
pub fn channel_ids(f: &FormView) -> Vec<&str> {
    walk(f).channels.iter().map(|r| r.id.as_str()).collect()
}

/// The key of each closed quarter, with the ids of its channels.
pub fn quarter_keys(f: &FormView) -> Vec<(&str, Vec<&str>)> {
    walk(f)
        .quarters
        .iter()
        .map(|q| {
            let ids = q.channels.iter().map(|c| c.id.as_str()).collect();
            (q.key.as_str(), ids)
        })
        .collect()
}

pub fn name(c: &Control) -> &str {
    match c {
        Control::Input(i) => &i.name,
        Control::Select(s) => &s.name,
        Control::History(h) => h.name,
    }
}

pub fn id(c: &Control) -> &str {
    match c {
        Control::Input(i) => &i.id,
        Control::Select(s) => &s.id,
        Control::History(h) => &h.id,
    }
}

/// The `<label for>` text.
pub fn label(c: &Control) -> &str {
    match c {
        Control::Input(i) => &i.label,
        Control::Select(s) => &s.label,
        Control::History(h) => &h.label,
    }
}

/// `aria-describedby`.
pub fn described_by(c: &Control) -> &str {
    match c {
        Control::Input(i) => &i.described_by,
        Control::Select(s) => &s.described_by,
        Control::History(h) => &h.described_by,
    }
}

/// The id of the control's error slot.
pub fn error_slot(c: &Control) -> &str {
    match c {
        Control::Input(i) => &i.error,
        Control::Select(s) => &s.error,
        Control::History(h) => &h.error,
    }
}

/// The value the control shows: an input's or the history's text, a select's selected option
/// (panics unless exactly one is selected).
pub fn value(c: &Control) -> &str {
    match c {
        Control::Input(i) => &i.value,
        Control::History(h) => &h.value,
        Control::Select(s) => {
            let selected: Vec<&str> = s
                .options
                .iter()
                .filter(|(_, _, on)| *on)
                .map(|(v, _, _)| v.as_str())
                .collect();
            assert_eq!(selected.len(), 1, "{} selects one option", s.name);
            selected[0]
        }
    }
}

/// The text input `name`; panics when it is no text input.
pub fn input<'a>(f: &'a FormView, name_: &str) -> &'a boussole::form::Input {
    match control(f, name_) {
        Control::Input(i) => i,
        other => panic!("{name_} is no text input: {other:?}"),
    }
}

/// The select `name`; panics when it is no select.
pub fn select<'a>(f: &'a FormView, name_: &str) -> &'a boussole::form::Select {
    match control(f, name_) {
        Control::Select(s) => s,
        other => panic!("{name_} is no select: {other:?}"),
    }
}

/// Every `id` the template writes for the form (as many times as it writes it): each
/// control's, its unit's, hint's and reference's (`{id}-unit`, `{id}-hint`, `{id}-ref`), its
/// error and warning slots; the groups' error slots; the example note's; each closed
/// quarter's note.
pub fn drawn_ids(f: &FormView) -> Vec<String> {
    let w = walk(f);
    let mut ids = Vec::new();
    if f.example_note.is_some() {
        ids.push("bp-example-note".to_string());
    }
    for c in &w.controls {
        match c {
            Control::Input(i) => {
                ids.push(i.id.clone());
                if i.unit.is_some() {
                    ids.push(format!("{}-unit", i.id));
                }
                if i.hint.is_some() {
                    ids.push(format!("{}-hint", i.id));
                }
                if i.reference.is_some() {
                    ids.push(format!("{}-ref", i.id));
                }
                ids.push(i.error.clone());
                ids.extend(i.warning.clone());
            }
            Control::Select(s) => {
                ids.push(s.id.clone());
                ids.push(s.error.clone());
            }
            Control::History(h) => {
                ids.push(h.id.clone());
                ids.push(format!("{}-hint", h.id));
                ids.push(h.error.clone());
                ids.push(h.warning.clone());
            }
        }
    }
    ids.extend(w.group_errors.iter().map(|id| id.to_string()));
    // A closed quarter's note, drawn after its legend (`{revenue id}-note`).
    for q in w.quarters.iter().filter(|q| q.note.is_some()) {
        ids.push(format!("{}-note", id(&q.revenue)));
    }
    ids
}
