//! The review view's form: actuals as typed text ↔ `ReviewInput`, edits, errors by control,
//! channels removed or moved, saved states from before the review, and its view.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use boussole::example::example_review;
use boussole::form::Action;
use boussole::form::{
    control_id, error_slot_id, form_view, tabs, Change, FormPart, FormState, Tab, View,
};
use boussole::model::Locale;
use boussole::review::ReviewInput;
use common::form::{
    self as cf, actions, button, controls, drawn_ids, find_control, group, input, names, parts,
    walk,
};

fn review_state(locale: Locale) -> FormState {
    FormState::from_review(&example_review(locale))
}

/// The figures of channel `id` in closed quarter `q` (1-based) of a review input.
fn figures(
    input: &ReviewInput,
    q: usize,
    id: &str,
) -> Option<(Option<f64>, Option<f64>, Option<f64>)> {
    input.actuals[q - 1]
        .channels
        .iter()
        .find(|c| c.id == id)
        .map(|c| (c.sessions, c.orders, c.spend))
}

#[test]
fn the_example_review_round_trips_through_the_form() {
    for locale in [Locale::Fr, Locale::En] {
        let expected = example_review(locale);
        let state = FormState::from_review(&expected);
        assert_eq!(state.view, View::Review);
        assert_eq!(state.actuals.len(), 2);
        assert_eq!(state.to_review().unwrap(), expected, "{locale:?}");
        // The plan alone is the example plan.
        assert_eq!(state.to_plan().unwrap(), expected.plan);
    }
    // Numbers are typed in the locale's way.
    let fr = review_state(Locale::Fr);
    assert_eq!(fr.actuals[0].revenue, "352400");
    assert_eq!(fr.actuals[0].channels["sea"].spend, "22300");
    assert_eq!(fr.actuals[0].channels["seo"].spend, "");
}

#[test]
fn the_review_json_leaves_blank_figures_out() {
    let mut state = FormState::default();
    assert_eq!(
        state.action(Action::AddQuarter, None),
        Change::Structure(FormPart::Actuals)
    );
    assert_eq!(state.set("actuals[0].revenue", "300 000"), Change::Value);
    assert_eq!(
        state.set("actuals[0].channels[1].sessions", "25 000,5"),
        Change::Value
    );
    let input = state.to_review().unwrap();
    assert_eq!(input.actuals[0].quarter, 1);
    assert_eq!(input.actuals[0].revenue, 300_000.0);
    // Only the channel with a figure, with only that figure.
    assert_eq!(input.actuals[0].channels.len(), 1);
    assert_eq!(
        figures(&input, 1, "sea"),
        Some((Some(25_000.5), None, None))
    );
    let json = serde_json::to_value(&input).unwrap();
    assert_eq!(
        json["actuals"][0]["channels"],
        serde_json::json!([{"id": "sea", "sessions": 25000.5}])
    );
    // Blanking the figure again removes the channel from the quarter (and from the state).
    state.set("actuals[0].channels[1].sessions", "  ");
    assert!(state.actuals[0].channels.is_empty());
    assert!(state.to_review().unwrap().actuals[0].channels.is_empty());
}

#[test]
fn edits_and_actions_say_what_changed() {
    let mut state = FormState::default();
    assert_eq!(state.view, View::Plan);
    // Nothing to edit before a quarter is closed.
    assert_eq!(state.set("actuals[0].revenue", "1"), Change::None);
    assert_eq!(state.action(Action::RemoveQuarter, None), Change::None);
    for n in 1..=4 {
        assert_eq!(
            state.action(Action::AddQuarter, None),
            Change::Structure(FormPart::Actuals)
        );
        assert_eq!(state.actuals.len(), n);
    }
    assert_eq!(
        state.action(Action::AddQuarter, None),
        Change::None,
        "4 quarters at most"
    );
    assert_eq!(state.set("actuals[3].revenue", "1"), Change::Value);
    assert_eq!(state.set("actuals[4].revenue", "1"), Change::None);
    assert_eq!(
        state.set("actuals[0].channels[3].orders", "12"),
        Change::Value
    );
    assert_eq!(
        state.set("actuals[0].channels[4].orders", "12"),
        Change::None,
        "no 5th channel"
    );
    assert_eq!(
        state.set("actuals[0].channels[0].clicks", "12"),
        Change::None
    );
    assert_eq!(state.set("actuals[0].quarter", "2"), Change::None);
    assert_eq!(
        state.action(Action::RemoveQuarter, None),
        Change::Structure(FormPart::Actuals)
    );
    assert_eq!(state.actuals.len(), 3);
    // Views.
    assert_eq!(
        state.action(Action::ViewReview, None),
        Change::Structure(FormPart::Whole)
    );
    assert_eq!(state.view, View::Review);
    assert_eq!(state.action(Action::ViewReview, None), Change::None);
    // Reset: the example plan, no actuals, same view.
    assert_eq!(
        state.action(Action::Reset, None),
        Change::Structure(FormPart::Whole)
    );
    assert_eq!(state.view, View::Review);
    assert!(state.actuals.is_empty());
    assert_eq!(
        state.action(Action::ViewPlan, None),
        Change::Structure(FormPart::Whole)
    );
    assert_eq!(state.view, View::Plan);
    assert_eq!(FormPart::Actuals.code(), "actuals");
}

#[test]
fn errors_name_the_controls_of_the_actuals() {
    let mut state = review_state(Locale::Fr);
    state.set("actuals[0].revenue", "abc"); // not a number (the form's check)
    state.set("actuals[1].revenue", "-5"); // out of range (the engine's check)
    state.set("actuals[0].channels[2].spend", "-1"); // the engine's, in a channel
    state.set("actuals[1].channels[3].orders", "1,2,3"); // misplaced separators
    let errors = state.to_review().unwrap_err();
    let fields: Vec<&str> = errors.iter().map(|e| e.field.as_deref().unwrap()).collect();
    assert_eq!(
        fields,
        [
            "actuals[0].revenue",
            "actuals[0].channels[2].spend",
            "actuals[1].revenue",
            "actuals[1].channels[3].orders",
        ],
        "{errors:#?}"
    );
    let names = state.control_names();
    let view = form_view(&state);
    let ids = drawn_ids(&view);
    for e in &errors {
        let field = e.field.as_deref().unwrap();
        assert!(names.iter().any(|n| n == field), "{field} is not a control");
        assert!(
            find_control(&view, field).is_some(),
            "{field} not in the form"
        );
        assert_eq!(state.error_slot(Some(field)), error_slot_id(field));
        assert!(ids.contains(&error_slot_id(field)));
    }
    assert_eq!(errors[0].code, "not_a_number");
    assert_eq!(errors[1].code, "out_of_range");
    assert!(
        errors[1].message.contains("canal 3"),
        "{}",
        errors[1].message
    );
    assert!(
        errors[0].message.contains("trimestre réalisé 1"),
        "{}",
        errors[0].message
    );
    // A blank revenue is required.
    state.set("actuals[0].revenue", "");
    let errors = state.to_review().unwrap_err();
    assert!(errors
        .iter()
        .any(|e| e.field.as_deref() == Some("actuals[0].revenue") && e.code == "required"));
    // The plan's own errors come too, first, named after the plan's controls.
    let mut state = review_state(Locale::En);
    state.set("grossMarginRate", "150");
    state.set("actuals[1].revenue", "x");
    let errors = state.to_review().unwrap_err();
    let fields: Vec<&str> = errors.iter().map(|e| e.field.as_deref().unwrap()).collect();
    assert_eq!(fields, ["grossMarginRate", "actuals[1].revenue"]);
    // In the review view the plan's controls are not shown: their errors go to the general slot.
    assert_eq!(state.error_slot(Some("grossMarginRate")), error_slot_id(""));
    assert_eq!(state.error_slot(Some("actuals")), error_slot_id("actuals"));
}

#[test]
fn saved_states_from_before_the_review_still_load() {
    let old = FormState::from_input(&boussole::example_plan(Locale::En));
    let mut json = serde_json::to_value(&old).unwrap();
    let o = json.as_object_mut().unwrap();
    assert!(o.remove("actuals").is_some());
    assert!(o.remove("view").is_some());
    let back: FormState = serde_json::from_value(json).unwrap();
    assert_eq!(back, old);
    assert_eq!(back.view, View::Plan);
    assert!(back.actuals.is_empty());
    // And a state with actuals round-trips exactly (it is what localStorage keeps).
    let mut state = review_state(Locale::Fr);
    state.set("actuals[1].channels[0].orders", "12x");
    let text = serde_json::to_string(&state).unwrap();
    assert_eq!(serde_json::from_str::<FormState>(&text).unwrap(), state);
    // A partial quarter row reads with blanks.
    let partial: FormState =
        serde_json::from_str(r#"{"view":"review","actuals":[{"revenue":"1"},{}]}"#).unwrap();
    assert_eq!(partial.view, View::Review);
    assert_eq!(partial.actuals[1].revenue, "");
}

#[test]
fn actuals_follow_their_channel_when_channels_move_or_go() {
    let original = example_review(Locale::Fr);
    let mut state = FormState::from_review(&original);
    // Move SEO (row 0) down twice: its figures stay SEO's.
    assert_eq!(
        state.action(Action::MoveChannelDown, Some(0)),
        Change::Structure(FormPart::Channels)
    );
    state.action(Action::MoveChannelDown, Some(1));
    let ids: Vec<&str> = state.channels.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["sea", "social", "seo", "email"]);
    let moved = state.to_review().unwrap();
    for q in 1..=2 {
        for id in ids.iter() {
            assert_eq!(
                figures(&moved, q, id),
                figures(&original, q, id),
                "{id} in Q{q}"
            );
        }
        // In the plan's (new) order.
        let order: Vec<&str> = moved.actuals[q - 1]
            .channels
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        assert_eq!(order, ids);
    }
    // The row index in a control name is the channel's row now.
    state.set("actuals[0].channels[2].sessions", "5");
    assert_eq!(
        figures(&state.to_review().unwrap(), 1, "seo").unwrap().0,
        Some(5.0)
    );

    // Remove Google Ads (row 0 now): its actuals go with it, the others stay.
    assert_eq!(
        state.action(Action::RemoveChannel, Some(0)),
        Change::Structure(FormPart::Channels)
    );
    assert!(state
        .actuals
        .iter()
        .all(|q| !q.channels.contains_key("sea")));
    let removed = state.to_review().unwrap();
    for q in 1..=2 {
        assert_eq!(figures(&removed, q, "sea"), None);
        assert_eq!(
            figures(&removed, q, "email"),
            figures(&original, q, "email")
        );
    }
    // A new channel starts with blank figures (even if it had the id of a removed one).
    state.action(Action::AddChannel, None);
    let last = state.channels.len() - 1;
    let view = form_view(&state);
    let name = format!("actuals[0].channels[{last}].sessions");
    assert_eq!(input(&view, &name).value, "", "{name}");
}

#[test]
fn switching_language_keeps_the_actuals_values() {
    let mut state = review_state(Locale::Fr);
    state.set("actuals[0].revenue", "352 400,5");
    state.set("actuals[0].channels[1].spend", "22300,25");
    let before = state.to_review().unwrap();
    assert_eq!(
        state.set("locale", "en"),
        Change::Structure(FormPart::Whole)
    );
    assert_eq!(state.actuals[0].revenue, "352400.5");
    let after = state.to_review().unwrap();
    assert_eq!(after.actuals, before.actuals);
    assert_eq!(after.plan.locale, Locale::En);
}

#[test]
fn quarter_labels_follow_the_start() {
    let mut state = FormState::default();
    assert_eq!(
        state.quarter_labels(),
        ["T1 2027", "T2 2027", "T3 2027", "T4 2027"]
    );
    state.set("start.quarter", "3");
    state.set("locale", "en");
    assert_eq!(
        state.quarter_labels(),
        ["Q3 2027", "Q4 2027", "Q1 2028", "Q2 2028"]
    );
    state.set("start.year", "abc");
    assert_eq!(state.quarter_labels()[1], "Quarter 2");
}

#[test]
fn the_review_form_is_an_accessible_view() {
    let mut state = review_state(Locale::Fr);
    state.channels[0].label = "<b>SEO & co</b>".into();
    let view = form_view(&state);
    assert!(view.review);
    assert_eq!(view.lang, "fr");
    // Toolbar, closed quarters, dashboard.
    assert_eq!(parts(&view), [Some("actuals"), Some("dashboard")]);
    let w = walk(&view);
    let legends: Vec<&str> = w.quarters.iter().map(|q| q.legend.as_str()).collect();
    assert_eq!(legends, ["T1 2027", "T2 2027"]);
    // A channel's name is text, kept as typed (the templates write it as text).
    for q in &w.quarters {
        assert_eq!(q.channels[0].legend, "<b>SEO & co</b>");
        assert_eq!(q.channels[0].id, state.channels[0].id);
    }
    assert_eq!(button(&view, "add-quarter", None).label, "Clore T3 2027");
    assert_eq!(
        button(&view, "remove-quarter", None).label,
        "Rouvrir T2 2027"
    );
    assert!(button(&view, "export-alert-rules", None)
        .label
        .starts_with("Exporter les règles d’alerte (CSV)"));
    let actions = actions(&view);
    // The share link waits after the results (`form::share`), in the review view too.
    for action in ["copy-okr-text", "copy-okr-markdown", "import-json"] {
        assert!(actions.contains(&action), "{action} missing");
    }
    // Every control is named, labelled and described by its error slot, which is drawn.
    let ids = drawn_ids(&view);
    for c in controls(&view) {
        let name = cf::name(c);
        assert_eq!(cf::id(c), control_id(name));
        assert!(!cf::label(c).trim().is_empty(), "{name} has no label");
        let slot = error_slot_id(name);
        assert_eq!(cf::error_slot(c), slot);
        assert!(cf::described_by(c).split(' ').any(|d| d == slot));
        for d in cf::described_by(c).split(' ') {
            assert!(ids.contains(&d.to_string()), "{d}");
        }
    }
    assert_eq!(names(&view), state.control_names());
    assert_eq!(names(&view).len(), 2 + 2 * (1 + 4 * 3));
    // Unique ids.
    let mut sorted = ids.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), ids.len());
    // The closed quarters are the part the edits of quarters name.
    assert_eq!(
        state.clone().action(Action::AddQuarter, None),
        Change::Structure(FormPart::Actuals)
    );
    assert_eq!(group(&view, FormPart::Actuals.code()).class, "bp-group");

    // With 4 closed quarters the add button is disabled; with none, the remove button.
    let mut full = state.clone();
    full.action(Action::AddQuarter, None);
    assert!(!button(&form_view(&full), "add-quarter", None).disabled);
    full.action(Action::AddQuarter, None);
    assert!(button(&form_view(&full), "add-quarter", None).disabled);
    assert!(!button(&form_view(&full), "remove-quarter", None).disabled);
    let mut empty = FormState::default();
    empty.action(Action::ViewReview, None);
    let view = form_view(&empty);
    assert!(button(&view, "remove-quarter", None).disabled);
    assert!(!button(&view, "add-quarter", None).disabled);
    let empty_text = walk(&view).empty;
    assert_eq!(empty_text.len(), 1);
    assert!(
        empty_text[0].starts_with("Aucun trimestre clos"),
        "{empty_text:?}"
    );
    // The plan view's form is as before.
    empty.action(Action::ViewPlan, None);
    assert_eq!(group(&form_view(&empty), "shop").class, "bp-group");
}

/// [Defects] Beside each closed quarter, what its state does not hold: the plan's target as its
/// revenue's hint, each channel's planned sessions and orders, and (by the page's clock) a note
/// when it is not over yet, which its revenue field is described by.
#[test]
fn the_closed_quarters_show_the_plans_targets_and_whether_they_are_over() {
    use boussole::form::{form_view_in, FormContext};
    let state = review_state(Locale::En);
    let out = boussole::plan(&state.to_plan().unwrap());
    // February 2027: Q1 2027 is not over, nor Q2.
    let cx = FormContext {
        plan: Some(&out),
        today: Some((2027, 2)),
    };
    let view = form_view_in(&state, &cx);
    let w = walk(&view);
    assert_eq!(w.quarters.len(), 2);
    let ids = drawn_ids(&view);
    for (q, quarter) in w.quarters.iter().enumerate() {
        let planned = &out.quarters[q];
        let revenue = input(&view, &format!("actuals[{q}].revenue"));
        let target = boussole::format::money(planned.target_revenue, "EUR", Locale::En);
        assert_eq!(
            revenue.hint.as_deref(),
            Some(format!("The quarter’s target: {target}").as_str())
        );
        let note = quarter.note.as_deref().expect("a note");
        assert!(note.starts_with(&quarter.legend), "{note}");
        assert!(note.ends_with("its figures are provisional."), "{note}");
        // Every id the revenue is described by is drawn: the note's too.
        for d in revenue.described_by.split(' ') {
            assert!(ids.contains(&d.to_string()), "{d}");
        }
        assert!(revenue
            .described_by
            .ends_with(&format!("{0}-hint {0}-note", revenue.id)));
        let sessions = input(&view, &format!("actuals[{q}].channels[1].sessions"));
        let planned_sessions = 3.0 * planned.channels[1].target_sessions_per_month;
        let expected = format!(
            "Planned: {}",
            boussole::format::count(planned_sessions, Locale::En)
        );
        assert_eq!(sessions.hint.as_deref(), Some(expected.as_str()));
    }
    // Without a plan nor a clock: the form as its state alone draws it.
    assert_eq!(
        form_view_in(&state, &FormContext::default()),
        form_view(&state)
    );
    let bare = form_view(&state);
    assert!(walk(&bare).quarters.iter().all(|q| q.note.is_none()));
    assert_eq!(input(&bare, "actuals[0].revenue").hint, None);
    // July 2027: both quarters are over, nothing said.
    let later = FormContext {
        today: Some((2027, 7)),
        ..cx
    };
    let view = form_view_in(&state, &later);
    assert!(walk(&view).quarters.iter().all(|q| q.note.is_none()));
}

/// Tab `bp-tab-{code}` controls panel `bp-panel-{code}` (and is in the tab order) when it is
/// selected (the template derives its ids, `aria-selected` and `tabindex` from these).
#[test]
fn the_tabs_say_which_view_is_shown() {
    let tab = |code, label: &str, selected| Tab {
        code,
        action: match code {
            "plan" => Action::ViewPlan,
            _ => Action::ViewReview,
        },
        label: label.to_string(),
        selected,
    };
    let mut state = FormState::default();
    assert_eq!(
        tabs(&state),
        [
            tab("plan", "Plan", true),
            tab("review", "Revue trimestrielle", false)
        ]
    );
    state.set("locale", "en");
    state.action(Action::ViewReview, None);
    assert_eq!(
        tabs(&state),
        [
            tab("plan", "Plan", false),
            tab("review", "Quarterly review", true)
        ]
    );
    // Each tab's action switches to its view.
    for t in tabs(&state) {
        let mut s = state.clone();
        s.action(t.action, None);
        assert_eq!(s.view.code(), t.code);
    }
}

/// The page reads a saved form with `json::read` (no error messages, so no float printing in
/// the wasm): it must take and refuse what serde_json's `from_value` does, but for structs
/// written as arrays.
#[test]
fn a_saved_form_reads_back_as_serde_json_reads_it() {
    use serde_json::{json, Value};
    let reads = |v: &Value| -> (Option<FormState>, Option<FormState>) {
        (
            boussole::json::read::<FormState>(v),
            serde_json::from_value::<FormState>(v.clone()).ok(),
        )
    };
    let mut forms = vec![
        FormState::from_review(&example_review(Locale::Fr)),
        FormState::from_review(&example_review(Locale::En)),
        FormState::blank(Locale::Fr, "EUR", (2027, 1)),
    ];
    let mut odd = forms[0].clone();
    odd.uncertainty_draws = Some(4000);
    odd.uncertainty_seed = Some(u64::MAX);
    forms.push(odd);
    for form in forms {
        let value = serde_json::to_value(&form).unwrap();
        let (ours, theirs) = reads(&value);
        assert_eq!(ours.as_ref(), Some(&form));
        assert_eq!(ours, theirs);
        // Each key given a value of another kind, one at a time: read or refused alike.
        for key in value.as_object().unwrap().keys() {
            for other in [
                json!(3),
                json!(2.5),
                json!("x"),
                json!(null),
                json!([]),
                json!({}),
                json!(true),
            ] {
                let mut changed = value.clone();
                changed[key] = other.clone();
                assert_eq!(reads(&changed).0, reads(&changed).1, "{key} = {other}");
            }
        }
    }
    // Rows with a missing, an unknown and a mistyped key; an enum that is no variant.
    for value in [
        json!({"channels": [{"label": "A"}]}),
        json!({"channels": [{"kind": "seo", "extra": 1}]}),
        json!({"channels": [{"kind": "nope"}]}),
        json!({"actuals": [{"revenue": "1", "channels": {"seo": {"sessions": "2"}}}]}),
        json!({"actuals": [{"channels": {"seo": {"sessions": 2}}}]}),
        json!({"seasonality": ["1", "2", "3"]}),
        json!({"uncertaintyDraws": 4000.5}),
        json!({"uncertaintyDraws": -1}),
        json!("form"),
    ] {
        assert_eq!(reads(&value).0, reads(&value).1, "{value}");
    }
    // One difference, on purpose: serde_json reads a struct from an array, by position (an
    // empty one gives the defaults); no saved state holds one, and the page refuses it.
    for value in [json!([]), json!({"channels": [["c1", "seo"]]})] {
        assert_eq!(reads(&value).0, None, "{value}");
        assert!(reads(&value).1.is_some(), "{value}");
    }
}
