//! The form as a view model: a toolbar, then groups of controls (shop, channels, goal, the
//! folded advanced settings; in the review view, the closed quarters and the dashboard's
//! exports), drawn by the element's templates (`form` in `www/view.js`).
//!
//! Every control carries its name (its contract path), its id ([`control_id`]), its error and
//! warning slots ([`error_slot_id`], [`warning_slot_id`]) and the ids its `aria-describedby`
//! names. Every word is in the form's language; values are the text as typed. The session
//! fills the slots and marks invalid controls; the templates keep each control's element
//! across edits (channels keyed by their id), so typing never loses focus.

use std::sync::OnceLock;

use serde::Serialize;

use super::{
    control_id, cost_fields, error_slot_id, warning_slot_id, Action, ChannelRow, FormPart,
    FormState, GoalKind, QuarterRow, SeasonalityPreset, UncertaintyPreset, View, ACTUAL_FIGURES,
    CHANNEL_NUMBERS, CURRENCIES, MAX_ACTUALS, ORDER_COST_NUMBERS, SETTINGS_NUMBERS, SHOP_NUMBERS,
    UNCERTAINTY_NUMBERS,
};
use crate::fields::{self, Blank, Field, Number, Unit};
use crate::model::{
    ChannelKind, CostKind, Locale, MilestoneMode, Reference, CART_ABANDONMENT, MAX_CHANNELS,
};
use crate::words::{common, form as words, Words};

mod controls;
use controls::*;
pub use controls::{Control, History, Input, Link, Select};
mod quarters;
pub use quarters::FormContext;

/// The whole form of the current view.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FormView {
    pub review: bool,
    pub label: String,
    pub lang: &'static str,
    pub toolbar: Toolbar,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub example_note: Option<ExampleNote>,
    pub groups: Vec<Group>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub advanced: Option<Advanced>,
}

/// The language and currency, and the buttons that act on the whole plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Toolbar {
    pub selects: Vec<Control>,
    pub buttons: Vec<Button>,
    /// « Revenir au plan précédent »: hidden until the session shows it.
    pub restore: String,
}

/// While the form shows the example's values: what they are, and the way to an empty form.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExampleNote {
    pub text: String,
    pub button: String,
}

/// A `<fieldset>`: its legend, an explanation, and what it holds.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Group {
    /// `data-part`, for the groups the session may redraw.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part: Option<&'static str>,
    /// `bp-group` (top level) or `bp-sub`.
    pub class: &'static str,
    pub legend: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    pub items: Vec<Item>,
}

/// What a group holds.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Item {
    /// Controls side by side (`class`: the grid's classes).
    Grid {
        class: &'static str,
        controls: Vec<Control>,
    },
    Group(Group),
    /// The channels, keyed by their id.
    Channels {
        rows: Vec<ChannelView>,
    },
    /// The closed quarters, keyed by their index.
    Quarters {
        rows: Vec<QuarterView>,
    },
    /// What shows where a list is empty.
    Empty {
        text: String,
    },
    /// The error slot of a whole group (`channels`, `goal`, `actuals`).
    GroupError {
        id: String,
    },
    /// A control on its own line.
    Field {
        control: Box<Control>,
    },
    /// Buttons (`class`: their container's classes).
    Buttons {
        class: &'static str,
        buttons: Vec<Button>,
    },
}

/// A channel's row: its fields, then the buttons that move or remove it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChannelView {
    pub id: String,
    pub legend: String,
    pub controls: Vec<Control>,
    pub buttons: Vec<Button>,
}

/// A closed quarter: its revenue, then each channel's figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuarterView {
    pub key: String,
    pub legend: String,
    /// « T1 2027 n'est pas terminé… »: a quarter closed before its end, by the page's clock
    /// (drawn as `{revenue id}-note`, which describes the revenue).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Its hint: the last valid plan's target for the quarter.
    pub revenue: Control,
    pub hint: String,
    pub channels: Vec<ChannelView>,
}

/// A button: its action (and row), its words, whether it can be pressed now.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Button {
    pub action: Action,
    pub label: String,
    pub class: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub index: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aria_label: Option<String>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub disabled: bool,
}

impl Button {
    pub fn new(action: Action, label: impl Into<String>) -> Button {
        Button {
            action,
            label: label.into(),
            class: "bp-btn",
            index: None,
            aria_label: None,
            disabled: false,
        }
    }

    pub fn disabled(mut self, disabled: bool) -> Button {
        self.disabled = disabled;
        self
    }

    /// On row `index`, or of item `index` (an objective).
    pub fn at(mut self, index: usize) -> Button {
        self.index = Some(index);
        self
    }

    pub fn class(mut self, class: &'static str) -> Button {
        self.class = class;
        self
    }

    /// What a screen reader says instead of the label (a row's arrows, a copy of one item).
    pub fn said(mut self, aria_label: String) -> Button {
        self.aria_label = Some(aria_label);
        self
    }
}

/// The settings a first plan can leave alone, folded (`open` when the visitor works in them).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Advanced {
    pub title: String,
    pub hint: String,
    pub items: Vec<Item>,
}

/// The form of the current view: in the plan view, the toolbar and the three groups (shop,
/// channels, goal) and the advanced settings; in the review view, the toolbar, the closed
/// quarters and the dashboard's exports.
pub fn form_view(state: &FormState) -> FormView {
    form_view_in(state, &FormContext::default())
}

/// The form of the current view, the closed quarters with what `cx` knows beside them (the
/// plan's targets, whether each quarter is over).
pub fn form_view_in(state: &FormState, cx: &FormContext) -> FormView {
    let l = state.locale;
    let review = state.view == View::Review;
    let (label, groups, advanced) = match review {
        true => (
            words::YOUR_ACTUALS,
            vec![quarters::actuals(state, cx), dashboard(state)],
            None,
        ),
        false => (
            words::YOUR_PLAN,
            vec![shop(state), channels(state), goal(state), outlook(state)],
            Some(advanced(state)),
        ),
    };
    FormView {
        review,
        label: label.get(l).to_string(),
        lang: l.code(),
        toolbar: toolbar(state),
        example_note: (!review && !state.example.is_empty()).then(|| ExampleNote {
            text: words::EXAMPLE_NOTE.get(l).to_string(),
            button: words::START_BLANK.get(l).to_string(),
        }),
        groups,
        advanced,
    }
}

/// The view switch: `Plan` / `Revue trimestrielle`, the current view selected.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Tab {
    pub code: &'static str,
    pub action: Action,
    pub label: String,
    pub selected: bool,
}

/// The tabs: tab `bp-tab-{code}` controls the panel `bp-panel-{code}`; only the selected tab
/// is in the tab order (the arrow keys move between tabs).
pub fn tabs(state: &FormState) -> Vec<Tab> {
    let l = state.locale;
    [
        (View::Plan, common::PLAN.get(l)),
        (View::Review, common::QUARTERLY_REVIEW.get(l)),
    ]
    .map(|(view, label)| Tab {
        code: view.code(),
        action: match view {
            View::Plan => Action::ViewPlan,
            View::Review => Action::ViewReview,
        },
        label: label.to_string(),
        selected: view == state.view,
    })
    .to_vec()
}

fn group(
    part: Option<&'static str>,
    class: &'static str,
    legend: &str,
    hint: Option<&str>,
    items: Vec<Item>,
) -> Group {
    Group {
        part,
        class,
        legend: legend.to_string(),
        hint: hint.map(str::to_string),
        items,
    }
}

fn grid(class: &'static str, controls: Vec<Control>) -> Item {
    Item::Grid { class, controls }
}

/// What a dashboard needs: the alert rules as CSV, the OKR as text or Markdown.
fn dashboard(state: &FormState) -> Group {
    let l = state.locale;
    let buttons = [
        (Action::ExportAlertRules, words::EXPORT_ALERT_RULES_CSV),
        (Action::CopyOkrText, words::COPY_OKR_TEXT),
        (Action::CopyOkrMarkdown, words::COPY_OKR_MARKDOWN),
    ]
    .map(|(action, label)| Button::new(action, label.get(l)))
    .to_vec();
    group(
        Some("dashboard"),
        "bp-group",
        words::DASHBOARD.get(l),
        Some(words::DASHBOARD_HINT.get(l)),
        vec![Item::Buttons {
            class: "bp-actions bp-dashboard-actions",
            buttons,
        }],
    )
}

fn toolbar(state: &FormState) -> Toolbar {
    let l = state.locale;
    let locales = [("fr", "Français"), ("en", "English")];
    let mut currencies = CURRENCIES.to_vec();
    if !CURRENCIES.contains(&state.currency.as_str()) {
        currencies.push(state.currency.as_str());
    }
    let currencies: Vec<(&str, &str)> = currencies.iter().map(|c| (*c, *c)).collect();
    let inline = "bp-field bp-field-inline";
    // What acts on the form; what takes the plan away waits after the results ([`share`]).
    let buttons = [
        (Action::Reset, words::RESET),
        (Action::ImportJson, words::IMPORT_JSON),
    ];
    Toolbar {
        selects: vec![
            select("locale", words::LANGUAGE.get(l), &locales, l.code(), inline),
            select(
                "currency",
                words::CURRENCY.get(l),
                &currencies,
                &state.currency,
                inline,
            ),
        ],
        buttons: buttons
            .iter()
            .map(|&(action, label)| Button::new(action, label.get(l)))
            .collect(),
        restore: words::RESTORE_PREVIOUS.get(l).to_string(),
    }
}

/// « Partager / exporter », after the results: every way to take the plan away, disabled
/// while there is no plan to take.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Share {
    pub title: String,
    /// Why the buttons wait, while they do.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub waiting: Option<String>,
    pub buttons: Vec<Button>,
}

pub fn share(l: Locale, has_plan: bool) -> Share {
    let buttons = [
        (Action::CopyLink, words::COPY_LINK),
        (Action::ExportJson, words::EXPORT_JSON),
        (Action::ExportCsv, words::EXPORT_TARGETS_CSV),
        (Action::ExportObjectivesCsv, words::EXPORT_OBJECTIVES_CSV),
        (Action::CopyPlanMarkdown, words::COPY_PLAN_MARKDOWN),
        (Action::CopyPlanText, words::COPY_PLAN_TEXT),
        (Action::ExportIcs, words::EXPORT_ICS),
        (Action::Print, words::PRINT),
    ];
    Share {
        title: crate::words::page::SHARE_TITLE.get(l).to_string(),
        waiting: (!has_plan).then(|| crate::words::page::SHARE_WAITING.get(l).to_string()),
        buttons: buttons
            .iter()
            .map(|&(action, label)| Button::new(action, label.get(l)).disabled(!has_plan))
            .collect(),
    }
}

fn shop(state: &FormState) -> Group {
    let l = state.locale;
    let controls = SHOP_NUMBERS
        .iter()
        .map(|field| {
            let mut num = Num::plan(field, state);
            if field.path == fields::CART_ABANDONMENT_RATE.path {
                num.reference = Some(reference(&CART_ABANDONMENT, words::AVERAGE_OF_STUDIES, l));
            }
            number(num, l)
        })
        .collect();
    group(
        Some("shop"),
        "bp-group",
        words::YOUR_SHOP.get(l),
        None,
        vec![grid("bp-grid", controls)],
    )
}

pub(in crate::form) fn kind_name(kind: ChannelKind, l: Locale) -> &'static str {
    match kind {
        ChannelKind::Seo => words::KIND_SEO.get(l),
        ChannelKind::Sea => words::KIND_SEA.get(l),
        ChannelKind::Social => words::KIND_SOCIAL.get(l),
        ChannelKind::Email => words::KIND_EMAIL.get(l),
        ChannelKind::Other => words::KIND_OTHER.get(l),
    }
}

fn channels(state: &FormState) -> Group {
    let l = state.locale;
    let n = state.channels.len();
    let rows = state
        .channels
        .iter()
        .enumerate()
        .map(|(i, row)| channel_row(state, i, row, n))
        .collect();
    group(
        Some("channels"),
        "bp-group",
        words::YOUR_CHANNELS.get(l),
        Some(words::YOUR_CHANNELS_HINT.get(l)),
        vec![
            Item::Channels { rows },
            Item::GroupError {
                id: error_slot_id("channels"),
            },
            Item::Buttons {
                class: "bp-add-row",
                buttons: vec![Button {
                    class: "bp-btn bp-add",
                    ..Button::new(Action::AddChannel, words::ADD_A_CHANNEL.get(l))
                        .disabled(n >= MAX_CHANNELS)
                }],
            },
        ],
    )
}

fn channel_row(state: &FormState, i: usize, row: &ChannelRow, n: usize) -> ChannelView {
    let l = state.locale;
    let name = |k: &str| format!("channels[{i}].{k}");
    // Name first: it is what people recognise a row by. Blank, the row takes its kind's
    // name: the placeholder shows it.
    let label_name = name("label");
    let mut controls = vec![Control::Input(Input {
        maxlength: Some(60),
        inputmode: None,
        warning: None,
        placeholder: Some(state.default_label(i)),
        ..Input::new(&label_name, words::CHANNEL_NAME.get(l), &row.label, l)
            .example(state.is_example(&label_name), l)
    })];
    let kinds: Vec<(&str, &str)> = ChannelKind::ALL
        .iter()
        .map(|k| (k.code(), kind_name(*k, l)))
        .collect();
    controls.push(select(
        &name("kind"),
        words::CHANNEL_KIND.get(l),
        &kinds,
        row.kind.code(),
        "bp-field",
    ));
    for field in CHANNEL_NUMBERS {
        let value = row.text(field.path).unwrap_or_default();
        let mut num = Num::of(field, name(field.path), value, state);
        if field.path == fields::CONVERSION_RATE.path {
            num.reference = row
                .kind
                .conversion_reference()
                .map(|r| reference(r, words::METHOD_EXAMPLE, l));
        }
        controls.push(number(num, l));
    }
    let kinds = [
        CostKind::None,
        CostKind::PerClick,
        CostKind::Spend,
        CostKind::Fixed,
    ]
    .map(|k| (k.code(), crate::text::cost_model_word(k, l)));
    controls.push(select(
        &name("cost.model"),
        common::COST_OF_THE_EXTRA_EFFORT.get(l),
        &kinds,
        row.cost_model.code(),
        "bp-field",
    ));
    for field in cost_fields(row.cost_model) {
        let value = row.text(field.path).unwrap_or_default();
        controls.push(number(Num::of(field, name(field.path), value, state), l));
    }
    let label = state.channel_label(i).unwrap_or_default();
    let (open, close) = (common::OPEN_QUOTE.get(l), common::CLOSE_QUOTE.get(l));
    let buttons = [
        (Action::MoveChannelUp, words::MOVE_CHANNEL_UP, "↑", i == 0),
        (
            Action::MoveChannelDown,
            words::MOVE_CHANNEL_DOWN,
            "↓",
            i + 1 >= n,
        ),
        (
            Action::RemoveChannel,
            words::REMOVE_CHANNEL,
            words::REMOVE.get(l),
            n <= 1,
        ),
    ]
    .map(|(action, aria, text, disabled)| Button {
        class: "bp-btn bp-btn-small",
        index: Some(i),
        aria_label: Some(format!("{} {open}{label}{close}", aria.get(l))),
        ..Button::new(action, text).disabled(disabled)
    })
    .to_vec();
    ChannelView {
        id: row.id.clone(),
        legend: format!("{} {}", common::CHANNEL.get(l), i + 1),
        controls,
        buttons,
    }
}

fn goal(state: &FormState) -> Group {
    let l = state.locale;
    let kinds = [
        (GoalKind::GrowthRate.code(), words::GOAL_AS_GROWTH.get(l)),
        (
            GoalKind::ExtraRevenue.code(),
            words::GOAL_AS_EXTRA_REVENUE.get(l),
        ),
        (
            GoalKind::TargetRevenue.code(),
            words::GOAL_AS_TARGET_REVENUE.get(l),
        ),
    ];
    // Years around the plan's start (the page has no clock here).
    let year: i32 = state.start_year.trim().parse().unwrap_or(2027);
    let first = (year.min(2100) - 3).max(2000);
    let mut years: Vec<String> = (first..=(first + 9).min(2100))
        .map(|y| y.to_string())
        .collect();
    if !years.contains(&state.start_year) {
        years.insert(0, state.start_year.clone());
    }
    let years: Vec<(&str, &str)> = years.iter().map(|y| (y.as_str(), y.as_str())).collect();
    let quarters = [
        ("1", words::Q1_CALENDAR.get(l)),
        ("2", words::Q2_CALENDAR.get(l)),
        ("3", words::Q3_CALENDAR.get(l)),
        ("4", words::Q4_CALENDAR.get(l)),
    ];
    group(
        Some("goal"),
        "bp-group",
        words::YOUR_GOAL.get(l),
        None,
        vec![
            grid(
                "bp-grid",
                vec![
                    select(
                        "goal.kind",
                        words::GOAL_GIVEN_AS.get(l),
                        &kinds,
                        state.goal_kind.code(),
                        "bp-field",
                    ),
                    number(Num::plan(state.goal_kind.field(), state), l),
                ],
            ),
            Item::GroupError {
                id: error_slot_id("goal"),
            },
            grid(
                "bp-grid",
                vec![
                    select(
                        "start.year",
                        words::START_YEAR.get(l),
                        &years,
                        &state.start_year,
                        "bp-field",
                    ),
                    select(
                        "start.quarter",
                        words::START_QUARTER.get(l),
                        &quarters,
                        state.start_quarter.trim(),
                        "bp-field",
                    ),
                ],
            ),
        ],
    )
}

/// A group of the advanced settings: its legend, its hint, and its grid of controls.
fn sub(
    legend: Words,
    hint: Option<Words>,
    class: &'static str,
    controls: Vec<Control>,
    l: Locale,
) -> Group {
    group(
        None,
        "bp-sub",
        legend.get(l),
        hint.map(|h| h.get(l)),
        vec![grid(class, controls)],
    )
}

/// Seasonality, order costs, milestones, profitability and scenarios.
fn advanced(state: &FormState) -> Advanced {
    let l = state.locale;
    let presets = [
        (SeasonalityPreset::Flat, words::SEASONALITY_FLAT),
        (SeasonalityPreset::Holidays, words::SEASONALITY_HOLIDAYS),
        (SeasonalityPreset::Summer, words::SEASONALITY_SUMMER),
        (SeasonalityPreset::Custom, words::SEASONALITY_CUSTOM),
    ]
    .map(|(p, w)| (p.code(), w.get(l)));
    let seasonality = select(
        "seasonalityPreset",
        words::SEASONALITY.get(l),
        &presets,
        state.seasonality_preset.code(),
        "bp-field",
    );
    let mut groups = vec![sub(
        words::SEASONALITY,
        Some(words::SEASONALITY_HINT),
        "bp-grid",
        vec![seasonality],
        l,
    )];
    if state.seasonality_preset == SeasonalityPreset::Custom {
        let quarters = [
            words::Q1_CALENDAR,
            words::Q2_CALENDAR,
            words::Q3_CALENDAR,
            words::Q4_CALENDAR,
        ];
        let label = |i: usize| quarters[i].get(l).to_string();
        let weights = four_weights(&fields::SEASONALITY, &state.seasonality, label, state);
        groups.push(sub(
            words::SEASONALITY_WEIGHTS,
            None,
            "bp-grid bp-grid-4",
            weights,
            l,
        ));
    }
    let order_costs = ORDER_COST_NUMBERS
        .iter()
        .map(|f| number(Num::plan(f, state), l))
        .collect();
    groups.push(sub(
        words::ORDER_COSTS,
        Some(words::ORDER_COSTS_HINT),
        "bp-grid",
        order_costs,
        l,
    ));
    let modes = [
        (MilestoneMode::Ramp, words::MILESTONES_RAMP),
        (MilestoneMode::Even, words::MILESTONES_EVEN),
        (MilestoneMode::Compound, words::MILESTONES_COMPOUND),
    ]
    .map(|(m, w)| (m.code(), w.get(l)));
    let mode = select(
        "milestones.mode",
        words::QUARTERLY_MILESTONES.get(l),
        &modes,
        state.milestone_mode.code(),
        "bp-field",
    );
    groups.push(sub(
        words::QUARTERLY_MILESTONES,
        None,
        "bp-grid",
        vec![mode],
        l,
    ));
    if state.milestone_mode == MilestoneMode::Ramp {
        let label = |i: usize| format!("{} {}", common::QUARTER.get(l), i + 1);
        let weights = four_weights(&fields::RAMP_WEIGHTS, &state.ramp_weights, label, state);
        groups.push(sub(
            words::RAMP_WEIGHTS,
            Some(words::RAMP_WEIGHTS_HINT),
            "bp-grid bp-grid-4",
            weights,
            l,
        ));
    }
    let settings = SETTINGS_NUMBERS
        .iter()
        .map(|f| number(Num::plan(f, state), l))
        .collect();
    groups.push(sub(
        words::PROFITABILITY_AND_SCENARIOS,
        None,
        "bp-grid",
        settings,
        l,
    ));
    Advanced {
        title: words::ADVANCED_SETTINGS.get(l).to_string(),
        hint: words::ADVANCED_SETTINGS_HINT.get(l).to_string(),
        items: groups.into_iter().map(Item::Group).collect(),
    }
}

/// The four weights of a list field (`seasonality[0]`…), each labelled by `label(i)`.
fn four_weights(
    field: &Field,
    texts: &[String; 4],
    label: impl Fn(usize) -> String,
    state: &FormState,
) -> Vec<Control> {
    (0..4)
        .map(|i| {
            let name = format!("{}[{i}]", field.path);
            let weight = Num::of(field, name, &texts[i], state);
            number(
                Num {
                    label: label(i),
                    ..weight
                },
                state.locale,
            )
        })
        .collect()
}

/// The history and the odds of the goal, optional but in sight: what a shop knows of its past
/// changes the plan's seasonality and trend, and the odds are what a plan is judged by.
fn outlook(state: &FormState) -> Group {
    let history = Item::Field {
        control: Box::new(history(state)),
    };
    group(
        Some(FormPart::Outlook.code()),
        "bp-group",
        words::HISTORY_AND_ODDS.get(state.locale),
        Some(words::HISTORY_AND_ODDS_HINT.get(state.locale)),
        vec![history, Item::Group(uncertainty(state))],
    )
}

/// The outlook's uncertainty: a preset, or three half-widths typed.
fn uncertainty(state: &FormState) -> Group {
    let l = state.locale;
    let presets = [
        (UncertaintyPreset::None, words::UNCERTAINTY_NONE),
        (UncertaintyPreset::Sure, words::UNCERTAINTY_SURE),
        (UncertaintyPreset::Usual, words::UNCERTAINTY_USUAL),
        (UncertaintyPreset::Uncertain, words::UNCERTAINTY_UNCERTAIN),
        (UncertaintyPreset::Custom, words::UNCERTAINTY_CUSTOM),
    ]
    .map(|(p, w)| (p.code(), w.get(l)));
    let mut controls = vec![select(
        "uncertaintyPreset",
        words::UNCERTAINTY_LEVEL.get(l),
        &presets,
        state.uncertainty_preset.code(),
        "bp-field",
    )];
    if state.uncertainty_preset == UncertaintyPreset::Custom {
        controls.extend(
            UNCERTAINTY_NUMBERS
                .iter()
                .map(|f| number(Num::plan(f, state), l)),
        );
    }
    sub(
        words::UNCERTAINTY,
        Some(words::UNCERTAINTY_HINT),
        "bp-grid",
        controls,
        l,
    )
}

/// « ex. 80 »: what the example plan has in the control `name`, for a blank field.
fn placeholder(name: &str, l: Locale) -> Option<String> {
    static EXAMPLES: [OnceLock<FormState>; 2] = [OnceLock::new(), OnceLock::new()];
    let i = match l {
        Locale::Fr => 0,
        Locale::En => 1,
    };
    let example =
        EXAMPLES[i].get_or_init(|| FormState::from_input(&crate::example::example_plan(l)));
    let text = example.control_text(name)?.trim();
    if text.is_empty() {
        return None;
    }
    Some(words::EXAMPLE_PLACEHOLDER.fill(l, &[&text]))
}
