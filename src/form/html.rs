//! The form as HTML: a toolbar, then three fieldsets (shop, channels, goal).
//!
//! Every control has a `<label for>` (or an `aria-label`), an id derived from its name
//! ([`control_id`]) and an error slot ([`error_slot_id`], class `field-error bp-field-error`)
//! that its `aria-describedby` names. The general slot (`error_slot_id("")`) is the page's.
//! Every text the user typed (labels, ids, values, the currency) is escaped. No inline
//! style, no event handler attribute: the page styles the `bp-` classes (`www/css/form.css`)
//! and listens for `input`, `change` and clicks on `[data-action]`.

use std::sync::OnceLock;

use super::{
    control_id, cost_fields, error_slot_id, warning_slot_id, ChannelRow, FormPart, FormState,
    GoalKind, SeasonalityPreset, UncertaintyPreset, View, ACTUAL_FIGURES, CHANNEL_NUMBERS,
    CURRENCIES, MAX_ACTUALS, ORDER_COST_NUMBERS, SETTINGS_NUMBERS, SHOP_NUMBERS,
    UNCERTAINTY_NUMBERS,
};
use crate::fields::{self, Blank, Field, Number, Unit};
use crate::model::{
    ChannelKind, CostKind, Locale, MilestoneMode, Reference, CART_ABANDONMENT, MAX_CHANNELS,
};
use crate::render::html::escape;
use crate::render::w;
use crate::words::{common, form as words, Words};

mod controls;
use controls::*;

/// The whole form of the current view as HTML: in the plan view, the toolbar and the three
/// groups (shop, channels, goal); in the review view, the toolbar, the closed quarters and
/// the dashboard exports.
pub fn form_html(state: &FormState) -> String {
    if state.view == View::Review {
        return review_form_html(state);
    }
    let l = state.locale;
    let mut s = String::with_capacity(24_000);
    w!(
        s,
        "<form class=\"bp-form\" data-part=\"whole\" novalidate aria-label=\"{}\" lang=\"{}\">",
        words::YOUR_PLAN.get(l),
        l.code()
    );
    toolbar(&mut s, state);
    example_note(&mut s, state);
    // The general slot, `error_slot_id("")`, belongs to the page around the form.
    shop(&mut s, state);
    channels(&mut s, state);
    goal(&mut s, state);
    advanced(&mut s, state, false);
    s.push_str("</form>");
    s
}

/// One part of the form as HTML, to replace the element with `data-part="…"`.
pub fn part_html(state: &FormState, part: FormPart) -> String {
    let mut s = String::with_capacity(12_000);
    match part {
        FormPart::Whole => return form_html(state),
        FormPart::Shop => shop(&mut s, state),
        FormPart::Channels => channels(&mut s, state),
        FormPart::Goal => goal(&mut s, state),
        // Re-rendered because something inside it changed: the visitor is in it.
        FormPart::Advanced => advanced(&mut s, state, true),
        FormPart::Actuals => actuals(&mut s, state),
    }
    s
}

/// The view switch: a tab list (`Plan` / `Revue trimestrielle`), the current view selected.
/// Tab `bp-tab-{view}` controls the panel `bp-panel-{view}`, which the page provides; only
/// the selected tab is in the tab order (the arrow keys move between tabs).
pub fn tabs_html(state: &FormState) -> String {
    let l = state.locale;
    let mut s = String::with_capacity(600);
    for (view, label) in [
        (View::Plan, common::PLAN.get(l)),
        (View::Review, common::QUARTERLY_REVIEW.get(l)),
    ] {
        let selected = view == state.view;
        let code = view.code();
        w!(
            s,
            "<button type=\"button\" role=\"tab\" class=\"bp-tab\" id=\"bp-tab-{code}\" \
             aria-selected=\"{selected}\" aria-controls=\"bp-panel-{code}\" tabindex=\"{}\" \
             data-action=\"view-{code}\">{label}</button>",
            if selected { "0" } else { "-1" }
        );
    }
    s
}

fn review_form_html(state: &FormState) -> String {
    let l = state.locale;
    let mut s = String::with_capacity(16_000);
    w!(
        s,
        "<form class=\"bp-form bp-review-form\" data-part=\"whole\" novalidate aria-label=\"{}\" lang=\"{}\">",
        words::YOUR_ACTUALS.get(l),
        l.code()
    );
    toolbar(&mut s, state);
    actuals(&mut s, state);
    dashboard(&mut s, state);
    s.push_str("</form>");
    s
}

/// The closed quarters: each one's revenue, then each channel's sessions, orders and spend.
fn actuals(s: &mut String, state: &FormState) {
    let l = state.locale;
    let labels = state.quarter_labels();
    s.push_str("<fieldset class=\"bp-group\" data-part=\"actuals\">");
    w!(
        s,
        "<legend>{}</legend><p class=\"bp-hint\">{}</p>",
        words::CLOSED_QUARTERS.get(l),
        words::CLOSED_QUARTERS_HINT.get(l)
    );
    let n = state.actuals.len();
    if n > 0 {
        s.push_str("<ol class=\"bp-quarters\">");
    }
    for (i, q) in state.actuals.iter().enumerate() {
        w!(
            s,
            "<li class=\"bp-quarter\"><fieldset class=\"bp-sub\"><legend>{}</legend><div class=\"bp-grid\">",
            escape(labels.get(i).map_or("", String::as_str))
        );
        let revenue = &fields::ACTUAL_REVENUE;
        let name = format!("actuals[{i}].{}", revenue.path);
        number_field(s, Num::of(revenue, name, &q.revenue, state), l);
        s.push_str("</div>");
        w!(
            s,
            "<p class=\"bp-hint bp-quarter-hint\">{}</p>",
            words::BY_CHANNEL_OPTIONAL.get(l)
        );
        for (k, c) in state.channels.iter().enumerate() {
            let figures = q.channels.get(&c.id);
            let label = c.label.trim();
            w!(
                s,
                "<fieldset class=\"bp-sub bp-quarter-channel\" data-id=\"{}\"><legend>{}</legend><div class=\"bp-grid bp-grid-3\">",
                escape(&c.id),
                if label.is_empty() {
                    format!("{} {}", common::CHANNEL.get(l), k + 1)
                } else {
                    escape(label)
                }
            );
            for field in ACTUAL_FIGURES {
                let name = format!("actuals[{i}].channels[{k}].{}", field.path);
                let value = figures.and_then(|f| f.text(field.path)).unwrap_or_default();
                number_field(s, Num::of(field, name, value, state), l);
            }
            s.push_str("</div></fieldset>");
        }
        s.push_str("</fieldset></li>");
    }
    if n > 0 {
        s.push_str("</ol>");
    } else {
        w!(
            s,
            "<p class=\"bp-empty\">{}</p>",
            words::NO_CLOSED_QUARTER_YET.get(l)
        );
    }
    w!(
        s,
        "<p class=\"field-error bp-field-error bp-group-error\" id=\"{}\" aria-live=\"off\"></p>",
        error_slot_id("actuals")
    );
    s.push_str("<div class=\"bp-row-actions bp-quarter-actions\">");
    let add = match labels.get(n) {
        Some(next) => format!("{} {}", words::CLOSE_QUARTER.get(l), escape(next)),
        None => words::ALL_QUARTERS_CLOSED.get(l).to_string(),
    };
    w!(
        s,
        "<button type=\"button\" class=\"bp-btn\" data-action=\"add-quarter\"{}>{add}</button>",
        if n >= MAX_ACTUALS { " disabled" } else { "" }
    );
    let remove = match n.checked_sub(1).and_then(|i| labels.get(i)) {
        Some(last) => format!("{} {}", words::REOPEN_QUARTER.get(l), escape(last)),
        None => words::REOPEN_THE_LAST_QUARTER.get(l).to_string(),
    };
    w!(
        s,
        "<button type=\"button\" class=\"bp-btn\" data-action=\"remove-quarter\"{}>{remove}</button>",
        if n == 0 { " disabled" } else { "" }
    );
    s.push_str("</div></fieldset>");
}

/// What a dashboard needs: the alert rules as CSV, the OKR as text or Markdown.
fn dashboard(s: &mut String, state: &FormState) {
    let l = state.locale;
    w!(
        s,
        "<fieldset class=\"bp-group\" data-part=\"dashboard\"><legend>{}</legend><p class=\"bp-hint\">{}</p><div class=\"bp-actions bp-dashboard-actions\">",
        words::DASHBOARD.get(l),
        words::DASHBOARD_HINT.get(l)
    );
    let buttons = [
        ("export-alert-rules", words::EXPORT_ALERT_RULES_CSV.get(l)),
        ("copy-okr-text", words::COPY_OKR_TEXT.get(l)),
        ("copy-okr-markdown", words::COPY_OKR_MARKDOWN.get(l)),
    ];
    for (action, label) in buttons {
        w!(
            s,
            "<button type=\"button\" class=\"bp-btn\" data-action=\"{action}\">{label}</button>"
        );
    }
    s.push_str("</div></fieldset>");
}

fn toolbar(s: &mut String, state: &FormState) {
    let l = state.locale;
    s.push_str("<div class=\"bp-toolbar\">");
    let locales = [("fr", "Français"), ("en", "English")];
    select(
        s,
        "locale",
        words::LANGUAGE.get(l),
        &locales.map(|(v, x)| (v.to_string(), x.to_string())),
        l.code(),
        None,
        "bp-field bp-field-inline",
    );
    let mut currencies: Vec<(String, String)> = CURRENCIES
        .iter()
        .map(|c| (c.to_string(), c.to_string()))
        .collect();
    if !CURRENCIES.contains(&state.currency.as_str()) {
        currencies.push((state.currency.clone(), state.currency.clone()));
    }
    select(
        s,
        "currency",
        words::CURRENCY.get(l),
        &currencies,
        &state.currency,
        None,
        "bp-field bp-field-inline",
    );
    s.push_str("<div class=\"bp-actions\">");
    let buttons = [
        ("copy-link", words::COPY_LINK.get(l)),
        ("reset", words::RESET.get(l)),
        ("export-json", words::EXPORT_JSON.get(l)),
        ("import-json", words::IMPORT_JSON.get(l)),
        ("export-csv", words::EXPORT_TARGETS_CSV.get(l)),
        ("export-objectives-csv", words::EXPORT_OBJECTIVES_CSV.get(l)),
        ("copy-plan-markdown", words::COPY_PLAN_MARKDOWN.get(l)),
        ("copy-plan-text", words::COPY_PLAN_TEXT.get(l)),
        ("export-ics", words::EXPORT_ICS.get(l)),
        ("print", words::PRINT.get(l)),
    ];
    for (action, label) in buttons {
        w!(
            s,
            "<button type=\"button\" class=\"bp-btn\" data-action=\"{action}\">{label}</button>"
        );
    }
    // Shown by the session while it keeps a replaced plan.
    w!(
        s,
        "<button type=\"button\" class=\"bp-btn\" data-action=\"restore-previous\" hidden>{}</button>",
        words::RESTORE_PREVIOUS.get(l)
    );
    s.push_str("</div></div>");
}

fn shop(s: &mut String, state: &FormState) {
    let l = state.locale;
    s.push_str("<fieldset class=\"bp-group\" data-part=\"shop\">");
    w!(
        s,
        "<legend>{}</legend><div class=\"bp-grid\">",
        words::YOUR_SHOP.get(l)
    );
    for field in SHOP_NUMBERS {
        let mut num = Num::plan(field, state);
        if field.path == fields::CART_ABANDONMENT_RATE.path {
            num.reference = Some(reference_html(
                &CART_ABANDONMENT,
                words::AVERAGE_OF_STUDIES,
                l,
            ));
        }
        number_field(s, num, l);
    }
    s.push_str("</div></fieldset>");
}

/// The months of revenue of the past, as pasted from a spreadsheet (read by the engine's
/// reader: one column, or the month then the revenue).
fn history_field(s: &mut String, state: &FormState) {
    let l = state.locale;
    let name = fields::HISTORY_MONTHS.path;
    let id = control_id(name);
    w!(
        s,
        "<div class=\"bp-field bp-field-wide\"><label for=\"{id}\">{} <span class=\"bp-optional\">{}</span></label>",
        words::HISTORY_LABEL.get(l),
        optional_mark(l)
    );
    w!(
        s,
        "<textarea id=\"{id}\" name=\"{name}\" rows=\"4\" spellcheck=\"false\" autocomplete=\"off\" aria-describedby=\"{}\">{}</textarea>",
        described_by(name, false, true, false),
        escape(&state.history)
    );
    w!(
        s,
        "<span class=\"bp-hint\" id=\"{id}-hint\">{}</span>",
        words::HISTORY_HINT.get(l)
    );
    // A file is read in the page, into the same box (the element's script does it).
    w!(
        s,
        "<label class=\"bp-file\">{} <input type=\"file\" class=\"bp-history-file\" accept=\".csv,.tsv,.txt,text/csv,text/plain\"></label>",
        words::HISTORY_FILE.get(l)
    );
    error_slot(s, name);
    warning_slot(s, name);
    s.push_str("</div>");
}

/// Opens a group of the advanced settings: its legend, its hint, and its grid of fields
/// (`grid`: the grid's classes), closed by `</div></fieldset>`.
fn open_sub(s: &mut String, legend: &str, hint: &str, grid: &str) {
    w!(
        s,
        "<fieldset class=\"bp-sub\"><legend>{legend}</legend><p class=\"bp-hint\">{hint}</p><div class=\"{grid}\">"
    );
}

/// The outlook's uncertainty: a preset, or three half-widths typed.
fn uncertainty(s: &mut String, state: &FormState) {
    let l = state.locale;
    open_sub(
        s,
        words::UNCERTAINTY.get(l),
        words::UNCERTAINTY_HINT.get(l),
        "bp-grid",
    );
    let presets = options(&[
        (
            UncertaintyPreset::None.code(),
            words::UNCERTAINTY_NONE.get(l),
        ),
        (
            UncertaintyPreset::Sure.code(),
            words::UNCERTAINTY_SURE.get(l),
        ),
        (
            UncertaintyPreset::Usual.code(),
            words::UNCERTAINTY_USUAL.get(l),
        ),
        (
            UncertaintyPreset::Uncertain.code(),
            words::UNCERTAINTY_UNCERTAIN.get(l),
        ),
        (
            UncertaintyPreset::Custom.code(),
            words::UNCERTAINTY_CUSTOM.get(l),
        ),
    ]);
    select(
        s,
        "uncertaintyPreset",
        words::UNCERTAINTY_LEVEL.get(l),
        &presets,
        state.uncertainty_preset.code(),
        None,
        "bp-field",
    );
    if state.uncertainty_preset == UncertaintyPreset::Custom {
        for field in UNCERTAINTY_NUMBERS {
            number_field(s, Num::plan(field, state), l);
        }
    }
    s.push_str("</div></fieldset>");
}

pub(super) fn kind_name(kind: ChannelKind, l: Locale) -> &'static str {
    match kind {
        ChannelKind::Seo => words::KIND_SEO.get(l),
        ChannelKind::Sea => words::KIND_SEA.get(l),
        ChannelKind::Social => words::KIND_SOCIAL.get(l),
        ChannelKind::Email => words::KIND_EMAIL.get(l),
        ChannelKind::Other => words::KIND_OTHER.get(l),
    }
}

fn channels(s: &mut String, state: &FormState) {
    let l = state.locale;
    s.push_str("<fieldset class=\"bp-group\" data-part=\"channels\">");
    w!(
        s,
        "<legend>{}</legend><p class=\"bp-hint\">{}</p>",
        words::YOUR_CHANNELS.get(l),
        words::YOUR_CHANNELS_HINT.get(l)
    );
    let n = state.channels.len();
    s.push_str("<ol class=\"bp-channels\">");
    for (i, row) in state.channels.iter().enumerate() {
        channel_row(s, state, i, row, n);
    }
    s.push_str("</ol>");
    w!(
        s,
        "<p class=\"field-error bp-field-error bp-group-error\" id=\"{}\" aria-live=\"off\"></p>",
        error_slot_id("channels")
    );
    w!(
        s,
        "<button type=\"button\" class=\"bp-btn bp-add\" data-action=\"add-channel\"{}>{}</button>",
        if n >= MAX_CHANNELS { " disabled" } else { "" },
        words::ADD_A_CHANNEL.get(l)
    );
    s.push_str("</fieldset>");
}

fn channel_row(s: &mut String, state: &FormState, i: usize, row: &ChannelRow, n: usize) {
    let l = state.locale;
    let name = |k: &str| format!("channels[{i}].{k}");
    w!(
        s,
        "<li class=\"bp-channel\" data-id=\"{}\"><fieldset class=\"bp-sub\">",
        escape(&row.id)
    );
    w!(
        s,
        "<legend>{} {}</legend><div class=\"bp-grid bp-channel-grid\">",
        common::CHANNEL.get(l),
        i + 1
    );
    // Name first: it is what people recognise a row by.
    let label_name = name("label");
    let id = control_id(&label_name);
    let example = state.is_example(&label_name);
    // Blank, the row takes its kind's name: the placeholder shows it.
    w!(
        s,
        "<div class=\"bp-field\"><label for=\"{id}\"{}>{}</label><span class=\"bp-input\">\
         <input type=\"text\" autocomplete=\"off\" spellcheck=\"false\" maxlength=\"60\" \
         id=\"{id}\" name=\"{}\" value=\"{}\" placeholder=\"{}\"{} aria-describedby=\"{}\">\
         </span>",
        example_tag(example, l),
        words::CHANNEL_NAME.get(l),
        escape(&label_name),
        escape(&row.label),
        escape(&state.default_label(i)),
        if example { " data-example" } else { "" },
        described_by(&label_name, false, false, false)
    );
    error_slot(s, &label_name);
    s.push_str("</div>");
    let kinds: Vec<(String, String)> = ChannelKind::ALL
        .iter()
        .map(|k| (k.code().to_string(), kind_name(*k, l).to_string()))
        .collect();
    select(
        s,
        &name("kind"),
        words::CHANNEL_KIND.get(l),
        &kinds,
        row.kind.code(),
        None,
        "bp-field",
    );
    for field in CHANNEL_NUMBERS {
        let value = row.text(field.path).unwrap_or_default();
        let mut num = Num::of(field, name(field.path), value, state);
        if field.path == fields::CONVERSION_RATE.path {
            num.reference = row
                .kind
                .conversion_reference()
                .map(|r| reference_html(r, words::METHOD_EXAMPLE, l));
        }
        number_field(s, num, l);
    }
    let kinds = [
        CostKind::None,
        CostKind::PerClick,
        CostKind::Spend,
        CostKind::Fixed,
    ];
    let costs = options(&kinds.map(|k| (k.code(), crate::text::cost_model_word(k, l))));
    select(
        s,
        &name("cost.model"),
        common::COST_OF_THE_EXTRA_EFFORT.get(l),
        &costs,
        row.cost_model.code(),
        None,
        "bp-field",
    );
    for field in cost_fields(row.cost_model) {
        let value = row.text(field.path).unwrap_or_default();
        number_field(s, Num::of(field, name(field.path), value, state), l);
    }
    s.push_str("</div><div class=\"bp-row-actions\">");
    let label = escape(&state.channel_label(i).unwrap_or_default());
    let (open, close) = (common::OPEN_QUOTE.get(l), common::CLOSE_QUOTE.get(l));
    let buttons = [
        (
            "move-channel-up",
            words::MOVE_CHANNEL_UP.get(l),
            "↑",
            i == 0,
        ),
        (
            "move-channel-down",
            words::MOVE_CHANNEL_DOWN.get(l),
            "↓",
            i + 1 >= n,
        ),
        (
            "remove-channel",
            words::REMOVE_CHANNEL.get(l),
            words::REMOVE.get(l),
            n <= 1,
        ),
    ];
    for (action, aria, text, disabled) in buttons {
        w!(
            s,
            "<button type=\"button\" class=\"bp-btn bp-btn-small\" data-action=\"{action}\" \
             data-index=\"{i}\" aria-label=\"{aria} {open}{label}{close}\"{}>{text}</button>",
            if disabled { " disabled" } else { "" }
        );
    }
    s.push_str("</div></fieldset></li>");
}

fn goal(s: &mut String, state: &FormState) {
    let l = state.locale;
    s.push_str("<fieldset class=\"bp-group\" data-part=\"goal\">");
    w!(
        s,
        "<legend>{}</legend><div class=\"bp-grid\">",
        words::YOUR_GOAL.get(l)
    );
    let kinds = options(&[
        (GoalKind::GrowthRate.code(), words::GOAL_AS_GROWTH.get(l)),
        (
            GoalKind::ExtraRevenue.code(),
            words::GOAL_AS_EXTRA_REVENUE.get(l),
        ),
        (
            GoalKind::TargetRevenue.code(),
            words::GOAL_AS_TARGET_REVENUE.get(l),
        ),
    ]);
    select(
        s,
        "goal.kind",
        words::GOAL_GIVEN_AS.get(l),
        &kinds,
        state.goal_kind.code(),
        None,
        "bp-field",
    );
    let value = Num::plan(state.goal_kind.field(), state);
    number_field(s, value, l);
    w!(
        s,
        "<p class=\"field-error bp-field-error bp-group-error\" id=\"{}\" aria-live=\"off\"></p>",
        error_slot_id("goal")
    );
    // Years around the plan's start (the page has no clock here).
    let year: i32 = state.start_year.trim().parse().unwrap_or(2027);
    let first = (year.min(2100) - 3).max(2000);
    let mut years: Vec<(String, String)> = (first..=(first + 9).min(2100))
        .map(|y| (y.to_string(), y.to_string()))
        .collect();
    if !years.iter().any(|(v, _)| v == &state.start_year) {
        years.insert(0, (state.start_year.clone(), state.start_year.clone()));
    }
    select(
        s,
        "start.year",
        words::START_YEAR.get(l),
        &years,
        &state.start_year,
        None,
        "bp-field",
    );
    let quarters = options(&[
        ("1", words::Q1_CALENDAR.get(l)),
        ("2", words::Q2_CALENDAR.get(l)),
        ("3", words::Q3_CALENDAR.get(l)),
        ("4", words::Q4_CALENDAR.get(l)),
    ]);
    select(
        s,
        "start.quarter",
        words::START_QUARTER.get(l),
        &quarters,
        state.start_quarter.trim(),
        None,
        "bp-field",
    );
    s.push_str("</div></fieldset>");
}

/// The settings with a default that a first plan can leave alone, folded: seasonality, order
/// costs, history, milestones, profitability and scenarios, the outlook. `open` when the
/// visitor is working in it.
fn advanced(s: &mut String, state: &FormState, open: bool) {
    let l = state.locale;
    w!(
        s,
        "<details class=\"bp-advanced\" data-part=\"advanced\"{}><summary>{} <span class=\"bp-hint\">{}</span></summary>",
        if open { " open" } else { "" },
        words::ADVANCED_SETTINGS.get(l),
        words::ADVANCED_SETTINGS_HINT.get(l)
    );
    open_sub(
        s,
        words::SEASONALITY.get(l),
        words::SEASONALITY_HINT.get(l),
        "bp-grid",
    );
    let presets = options(&[
        (
            SeasonalityPreset::Flat.code(),
            words::SEASONALITY_FLAT.get(l),
        ),
        (
            SeasonalityPreset::Holidays.code(),
            words::SEASONALITY_HOLIDAYS.get(l),
        ),
        (
            SeasonalityPreset::Summer.code(),
            words::SEASONALITY_SUMMER.get(l),
        ),
        (
            SeasonalityPreset::Custom.code(),
            words::SEASONALITY_CUSTOM.get(l),
        ),
    ]);
    select(
        s,
        "seasonalityPreset",
        words::SEASONALITY.get(l),
        &presets,
        state.seasonality_preset.code(),
        None,
        "bp-field",
    );
    s.push_str("</div></fieldset>");
    if state.seasonality_preset == SeasonalityPreset::Custom {
        w!(
            s,
            "<fieldset class=\"bp-sub\"><legend>{}</legend><div class=\"bp-grid bp-grid-4\">",
            words::SEASONALITY_WEIGHTS.get(l)
        );
        let calendar_quarters = [
            words::Q1_CALENDAR,
            words::Q2_CALENDAR,
            words::Q3_CALENDAR,
            words::Q4_CALENDAR,
        ];
        for (i, quarter) in calendar_quarters.iter().enumerate() {
            let label = quarter.get(l);
            let name = format!("{}[{i}]", fields::SEASONALITY.path);
            let weight = Num::of(&fields::SEASONALITY, name, &state.seasonality[i], state);
            number_field(
                s,
                Num {
                    label: label.into(),
                    ..weight
                },
                l,
            );
        }
        s.push_str("</div></fieldset>");
    }
    open_sub(
        s,
        words::ORDER_COSTS.get(l),
        words::ORDER_COSTS_HINT.get(l),
        "bp-grid",
    );
    for field in ORDER_COST_NUMBERS {
        number_field(s, Num::plan(field, state), l);
    }
    s.push_str("</div></fieldset>");
    history_field(s, state);
    w!(
        s,
        "<fieldset class=\"bp-sub\"><legend>{}</legend><div class=\"bp-grid\">",
        words::QUARTERLY_MILESTONES.get(l)
    );
    let modes = options(&[
        (MilestoneMode::Ramp.code(), words::MILESTONES_RAMP.get(l)),
        (MilestoneMode::Even.code(), words::MILESTONES_EVEN.get(l)),
        (
            MilestoneMode::Compound.code(),
            words::MILESTONES_COMPOUND.get(l),
        ),
    ]);
    let mode = state.milestone_mode.code();
    select(
        s,
        "milestones.mode",
        words::QUARTERLY_MILESTONES.get(l),
        &modes,
        mode,
        None,
        "bp-field",
    );
    s.push_str("</div></fieldset>");
    if state.milestone_mode == MilestoneMode::Ramp {
        open_sub(
            s,
            words::RAMP_WEIGHTS.get(l),
            words::RAMP_WEIGHTS_HINT.get(l),
            "bp-grid bp-grid-4",
        );
        for i in 0..4 {
            let label = format!("{} {}", common::QUARTER.get(l), i + 1);
            let name = format!("{}[{i}]", fields::RAMP_WEIGHTS.path);
            let weight = Num::of(&fields::RAMP_WEIGHTS, name, &state.ramp_weights[i], state);
            number_field(s, Num { label, ..weight }, l);
        }
        s.push_str("</div></fieldset>");
    }
    w!(
        s,
        "<fieldset class=\"bp-sub\"><legend>{}</legend><div class=\"bp-grid\">",
        words::PROFITABILITY_AND_SCENARIOS.get(l)
    );
    for field in SETTINGS_NUMBERS {
        number_field(s, Num::plan(field, state), l);
    }
    s.push_str("</div></fieldset>");
    uncertainty(s, state);
    s.push_str("</details>");
}

/// While the form shows the example's values: what they are, and the way to an empty form.
fn example_note(s: &mut String, state: &FormState) {
    if state.example.is_empty() {
        return;
    }
    let l = state.locale;
    w!(
        s,
        "<div class=\"bp-example-note\" id=\"bp-example-note\"><p>{}</p>\
         <button type=\"button\" class=\"bp-btn\" data-action=\"start-blank\">{}</button></div>",
        words::EXAMPLE_NOTE.get(l),
        words::START_BLANK.get(l)
    );
}

/// ` data-tag="exemple"` on a label whose control still shows the example's value (the
/// stylesheet shows the tag).
fn example_tag(example: bool, l: Locale) -> String {
    match example {
        true => format!(" data-tag=\"{}\"", words::EXAMPLE_TAG.get(l)),
        false => String::new(),
    }
}

/// ` placeholder="ex. 80"`, or nothing.
fn placeholder_attr(text: Option<&str>) -> String {
    text.map_or_else(String::new, |t| format!(" placeholder=\"{}\"", escape(t)))
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
