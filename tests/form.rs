//! The planner's form: number parsing, state ↔ plan, edits, actions and its view.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use boussole::form::Action;
use std::collections::{HashMap, HashSet};

use boussole::example_plan;
use boussole::form::{
    control_id, edit_text, error_slot_id, form_view, parse_number, parse_percent, Change, Control,
    FormPart, FormState, NumberProblem,
};
use boussole::model::{Goal, Locale, PlanInput};
use common::form::{
    self as cf, actions, button, buttons, channel_ids, control, controls, drawn_ids, group, input,
    names, parts, quarter_keys, select, walk,
};
use serde_json::Value;

const FR: Locale = Locale::Fr;
const EN: Locale = Locale::En;

// ---------------------------------------------------------------- numbers

/// `(text, locale, expected)`: `Ok(Some(x))`, `Ok(None)` for blank, or the problem.
type Row = (&'static str, Locale, Result<Option<f64>, NumberProblem>);

fn ok(x: f64) -> Result<Option<f64>, NumberProblem> {
    Ok(Some(x))
}

#[test]
fn parse_number_table() {
    use NumberProblem::*;
    let rows: &[Row] = &[
        // blank
        ("", FR, Ok(None)),
        ("   ", EN, Ok(None)),
        ("\u{a0}\u{202f}", FR, Ok(None)),
        // plain
        ("0", FR, ok(0.0)),
        ("42", EN, ok(42.0)),
        ("007", EN, ok(7.0)),
        ("-0", FR, ok(0.0)),
        // decimal comma and point, both locales
        ("2,5", FR, ok(2.5)),
        ("2,5", EN, ok(2.5)),
        ("2.5", FR, ok(2.5)),
        ("2.5", EN, ok(2.5)),
        (",5", FR, ok(0.5)),
        (".5", EN, ok(0.5)),
        ("5,", FR, ok(5.0)),
        ("5.", EN, ok(5.0)),
        ("0,500", EN, ok(0.5)),
        ("0.500", FR, ok(0.5)),
        ("1234,567", EN, ok(1234.567)),
        ("1.2345", FR, ok(1.2345)),
        ("12,34", EN, ok(12.34)),
        // percentages
        ("2,5 %", FR, ok(2.5)),
        ("2,5\u{202f}%", FR, ok(2.5)),
        ("2.5%", EN, ok(2.5)),
        ("45 %", EN, ok(45.0)),
        // grouped thousands
        ("1 200 000", FR, ok(1_200_000.0)),
        ("1\u{a0}200\u{a0}000", FR, ok(1_200_000.0)),
        ("1\u{202f}200\u{202f}000", EN, ok(1_200_000.0)),
        ("1,200,000", EN, ok(1_200_000.0)),
        ("1,200,000", FR, ok(1_200_000.0)),
        ("1.200.000", FR, ok(1_200_000.0)),
        ("1.200.000", EN, ok(1_200_000.0)),
        ("1 200,5", FR, ok(1200.5)),
        ("1 200.5", EN, ok(1200.5)),
        ("1.200.000,50", FR, ok(1_200_000.5)),
        ("1,200,000.50", EN, ok(1_200_000.5)),
        ("1.200,5", EN, ok(1200.5)),
        ("1,200.5", FR, ok(1200.5)),
        ("1'200", FR, ok(1200.0)),
        ("1\u{2019}200.25", EN, ok(1200.25)),
        // ambiguous: one separator and three digits
        ("1,200", EN, ok(1200.0)),
        ("1.200", EN, ok(1.2)),
        ("1,200", FR, ok(1.2)),
        ("1.200", FR, ok(1200.0)),
        ("12,345", EN, ok(12345.0)),
        ("123.456", FR, ok(123456.0)),
        ("1,2345", EN, ok(1.2345)),
        // currencies around
        ("€ 1 200", FR, ok(1200.0)),
        ("1 200 €", FR, ok(1200.0)),
        ("1200€", EN, ok(1200.0)),
        ("$1,200.50", EN, ok(1200.5)),
        ("US$ 5", EN, ok(5.0)),
        ("CHF 1'200", FR, ok(1200.0)),
        ("1 200 EUR", FR, ok(1200.0)),
        ("£0.80", EN, ok(0.8)),
        // signs
        ("+5", FR, ok(5.0)),
        ("-5", EN, ok(-5.0)),
        ("\u{2212}5,5", FR, ok(-5.5)),
        ("- 3", EN, ok(-3.0)),
        ("-€5", EN, ok(-5.0)),
        ("€-5", EN, ok(-5.0)),
        ("−12 %", FR, ok(-12.0)),
        // garbage
        ("12abc", FR, Err(NotANumber)),
        ("abc", EN, Err(NotANumber)),
        ("1a2", EN, Err(NotANumber)),
        ("NaN", EN, Err(NotANumber)),
        ("nan", FR, Err(NotANumber)),
        ("Infinity", EN, Err(NotANumber)),
        ("-inf", EN, Err(NotANumber)),
        ("1e999", EN, Err(NotANumber)),
        ("1e3", FR, Err(NotANumber)),
        ("1E3", EN, Err(NotANumber)),
        ("0x10", EN, Err(NotANumber)),
        ("%", FR, Err(NotANumber)),
        ("€", FR, Err(NotANumber)),
        (".", EN, Err(NotANumber)),
        ("5 euros", FR, Err(NotANumber)),
        ("EURO 5", EN, Err(NotANumber)),
        ("3/4", EN, Err(NotANumber)),
        ("(5)", EN, Err(NotANumber)),
        // signs in the wrong place
        ("--3", FR, Err(Sign)),
        ("+-3", EN, Err(Sign)),
        ("3-", EN, Err(Sign)),
        ("1-2", FR, Err(Sign)),
        // separators
        ("1,2,3.4.5", EN, Err(Separators)),
        ("1,2,3.4.5", FR, Err(Separators)),
        ("1..2", EN, Err(Separators)),
        ("1,,2", FR, Err(Separators)),
        ("1 2", FR, Err(Separators)),
        ("12 34", EN, Err(Separators)),
        ("1234 567", FR, Err(Separators)),
        ("1,20,000", EN, Err(Separators)),
        ("1.2.3", FR, Err(Separators)),
        ("1.200,000.5", EN, Err(Separators)),
        ("1,5 000", FR, Err(Separators)),
        // far too large
        (
            "9999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999",
            EN,
            Err(TooLarge),
        ),
    ];
    let mut failures = Vec::new();
    for (text, locale, want) in rows {
        let got = parse_number(text, *locale);
        if got != *want {
            failures.push(format!("{text:?} ({locale:?}): got {got:?}, want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn percentages_parse_to_the_nearest_fraction() {
    let rows: &[(&str, Locale, f64)] = &[
        ("2,5", FR, 0.025),
        ("2.5 %", EN, 0.025),
        ("45", FR, 0.45),
        ("7", EN, 0.07),
        ("3,5", FR, 0.035),
        ("0,1", FR, 0.001),
        ("120", EN, 1.2),
        ("-5", FR, -0.05),
        ("33,333", FR, 0.33333),
    ];
    for (text, locale, want) in rows {
        assert_eq!(
            parse_percent(text, *locale),
            Ok(Some(*want)),
            "{text:?} ({locale:?})"
        );
    }
}

#[test]
fn problems_say_what_is_expected_in_both_languages() {
    for p in [
        NumberProblem::NotANumber,
        NumberProblem::Sign,
        NumberProblem::Separators,
        NumberProblem::TooLarge,
    ] {
        let fr = p.message(FR);
        let en = p.message(EN);
        assert!(fr.starts_with("La valeur ") && fr.ends_with('.'), "{fr}");
        assert!(en.starts_with("The value ") && en.ends_with('.'), "{en}");
        assert_ne!(fr, en);
    }
    assert!(NumberProblem::NotANumber.message(FR).contains("nombre"));
    assert!(NumberProblem::NotANumber.message(EN).contains("number"));
}

#[test]
fn numbers_are_written_for_editing() {
    let rows: &[(f64, bool, Locale, &str)] = &[
        (0.025, true, FR, "2,5"),
        (0.025, true, EN, "2.5"),
        (0.45, true, FR, "45"),
        (0.07, true, EN, "7"),
        (0.035, true, FR, "3,5"),
        (1.2, true, EN, "120"),
        (-0.05, true, FR, "-5"),
        (0.1 + 0.2, false, EN, "0.3"),
        (0.30000000000000004, true, FR, "30"),
        (1_200_000.0, false, FR, "1200000"),
        (80.0, false, EN, "80"),
        (0.8, false, FR, "0,8"),
        (1.0 / 3.0, false, EN, "0.333333"),
        (80.123456789, false, EN, "80.123457"),
        (0.000_012_345_678, false, EN, "0.0000123457"),
        (1e12, false, EN, "1000000000000"),
        (0.0, true, FR, "0"),
        (-0.0, false, FR, "0"),
        (f64::NAN, false, FR, ""),
    ];
    for (x, percent, locale, want) in rows {
        assert_eq!(
            edit_text(*x, *percent, *locale),
            *want,
            "{x} {percent} {locale:?}"
        );
    }
}

// ---------------------------------------------------------------- state ↔ plan

/// Equal JSON, numbers within 1e-12 relative.
fn assert_close(a: &Value, b: &Value, path: &str) {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            let (x, y) = (x.as_f64().unwrap(), y.as_f64().unwrap());
            assert!(
                (x - y).abs() <= 1e-12 * x.abs().max(y.abs()),
                "{path}: {x} != {y}"
            );
        }
        (Value::Array(x), Value::Array(y)) => {
            assert_eq!(x.len(), y.len(), "{path}");
            for (i, (x, y)) in x.iter().zip(y).enumerate() {
                assert_close(x, y, &format!("{path}[{i}]"));
            }
        }
        (Value::Object(x), Value::Object(y)) => {
            let kx: HashSet<_> = x.keys().collect();
            let ky: HashSet<_> = y.keys().collect();
            assert_eq!(kx, ky, "{path}");
            for k in x.keys() {
                assert_close(&x[k], &y[k], &format!("{path}.{k}"));
            }
        }
        _ => assert_eq!(a, b, "{path}"),
    }
}

fn assert_same_plan(a: &PlanInput, b: &PlanInput) {
    assert_close(
        &serde_json::to_value(a).unwrap(),
        &serde_json::to_value(b).unwrap(),
        "plan",
    );
}

fn varied_plan(locale: Locale) -> PlanInput {
    let mut p = example_plan(locale);
    p.currency = "CHF".into();
    p.goal = Goal::TargetRevenue(2_000_000.0);
    p.seasonality = None;
    p.past_growth_rate = Some(-0.05);
    p.marketing_budget = None;
    p.cart_abandonment_rate = None;
    p.milestones.mode = boussole::model::MilestoneMode::Even;
    p.milestones.ramp_weights = [1.0, 2.0, 3.0, 4.5];
    p.channels[0].average_order_value = Some(95.5);
    for (c, s) in p.channels.iter_mut().zip([0.4, 0.3, 0.2, 0.1]) {
        c.goal_share = Some(s);
    }
    p.scenarios.prudent = 0.75;
    p.scenarios.ambitious = 1.333;
    p.alert_tolerance = 0.125;
    p.start.quarter = 3;
    p
}

#[test]
fn example_round_trips_in_both_locales() {
    for locale in [FR, EN] {
        for plan in [example_plan(locale), varied_plan(locale)] {
            let state = FormState::from_input(&plan);
            assert_eq!(state.locale(), locale);
            let back = state.to_plan().unwrap_or_else(|e| panic!("{e:#?}"));
            assert_same_plan(&plan, &back);
        }
    }
}

#[test]
fn from_input_writes_numbers_in_the_locale() {
    let fr = FormState::from_input(&example_plan(FR));
    assert_eq!(fr.gross_margin_rate, "45");
    assert_eq!(fr.channels[2].conversion_rate, "1");
    assert_eq!(fr.channels[3].conversion_rate, "3,5");
    assert_eq!(fr.channels[1].cost_per_click, "0,8");
    assert_eq!(fr.orders_per_customer, "1,8");
    assert_eq!(fr.growth_rate, "30");
    assert_eq!(fr.prudent, "80");
    assert_eq!(fr.ambitious, "120");
    assert_eq!(fr.alert_tolerance, "10");
    assert_eq!(
        fr.seasonality,
        ["1", "0,9", "0,95", "1,4"].map(String::from)
    );
    let en = FormState::from_input(&example_plan(EN));
    assert_eq!(en.channels[3].conversion_rate, "3.5");
    assert_eq!(en.marketing_budget, "60000");
}

#[test]
fn presets_map_to_fixed_weights() {
    let mut state = FormState::from_input(&example_plan(EN));
    assert_eq!(
        state.set("seasonalityPreset", "flat"),
        Change::Structure(FormPart::Advanced)
    );
    assert_eq!(state.to_plan().unwrap().seasonality, None);
    state.set("seasonalityPreset", "holidays");
    assert_eq!(
        state.to_plan().unwrap().seasonality,
        Some([0.9, 0.9, 0.95, 1.5])
    );
    state.set("seasonalityPreset", "summer");
    assert_eq!(
        state.to_plan().unwrap().seasonality,
        Some([0.9, 1.1, 1.4, 0.8])
    );
    // Custom keeps the weights typed before.
    state.set("seasonalityPreset", "custom");
    assert_eq!(
        state.to_plan().unwrap().seasonality,
        Some([1.0, 0.9, 0.95, 1.4])
    );
    // A plan with a preset's weights comes back as that preset.
    let mut plan = example_plan(FR);
    plan.seasonality = Some([0.9, 0.9, 0.95, 1.5]);
    let state = FormState::from_input(&plan);
    assert_eq!(state.seasonality_preset.code(), "holidays");
    // Custom starts from the preset it replaces when nothing was typed.
    let mut state = state;
    state.set("seasonalityPreset", "custom");
    assert_eq!(
        state.seasonality,
        ["0,9", "0,9", "0,95", "1,5"].map(String::from)
    );
}

#[test]
fn serde_round_trip_keeps_everything_typed() {
    let mut state = FormState::from_input(&example_plan(FR));
    state.set("averageOrderValue", "8O,5 €");
    state.set("channels[1].label", "<b>Ads</b> « été »");
    state.set("goal.growthRate", "");
    state.set("channels[0].cost.model", "fixed");
    state.set("channels[0].cost.monthly", "1 2");
    let json = serde_json::to_string(&state).unwrap();
    let back: FormState = serde_json::from_str(&json).unwrap();
    assert_eq!(back, state);
    let v: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["averageOrderValue"], "8O,5 €");
    assert_eq!(v["channels"][0]["costModel"], "fixed");
    assert_eq!(v["seasonalityPreset"], "custom");
    assert_eq!(v["goalKind"], "growthRate");
    // A saved state with missing keys still reads (defaults from the example).
    let partial: FormState = serde_json::from_str(r#"{"locale":"en","currency":"USD"}"#).unwrap();
    assert_eq!(partial.locale(), EN);
    assert_eq!(partial.currency, "USD");
    assert!(!partial.channels.is_empty());
}

// ---------------------------------------------------------------- edits

#[test]
fn set_returns_the_right_change() {
    use Change::*;
    let mut state = FormState::from_input(&example_plan(FR));
    let rows: &[(&str, &str, Change)] = &[
        ("averageOrderValue", "85", Value),
        ("grossMarginRate", "40 %", Value),
        ("ordersPerCustomer", "2", Value),
        ("pastGrowthRate", "-3", Value),
        ("cartAbandonmentRate", "", Value),
        ("seasonalityPreset", "custom", Value), // already custom
        ("seasonality[0]", "1,1", Value),
        ("seasonality[3]", "1,5", Value),
        ("seasonality[4]", "1", None),
        ("channels[0].label", "Référencement", Value),
        ("channels[0].kind", "sea", Value),
        ("channels[0].kind", "tv", None),
        ("channels[0].sessionsPerMonth", "31 000", Value),
        ("channels[0].conversionRate", "2,1", Value),
        ("channels[0].averageOrderValue", "90", Value),
        ("channels[0].goalShare", "", Value),
        (
            "channels[0].cost.model",
            "perClick",
            Structure(FormPart::Channels),
        ),
        ("channels[0].cost.model", "perClick", Value),
        ("channels[0].cost.model", "free", None),
        ("channels[0].cost.costPerClick", "0,5", Value),
        ("channels[2].cost.monthly", "2500", Value),
        ("channels[9].label", "x", None),
        ("channels[0].unknown", "x", None),
        ("goal.kind", "extraRevenue", Structure(FormPart::Goal)),
        ("goal.extraRevenue", "400000", Value),
        ("goal.kind", "bogus", None),
        ("goal.growthRate", "25", Value),
        ("start.year", "2028", Value),
        ("start.quarter", "2", Value),
        ("milestones.mode", "even", Structure(FormPart::Advanced)),
        ("milestones.mode", "fast", None),
        ("milestones.mode", "ramp", Structure(FormPart::Advanced)),
        ("milestones.rampWeights[2]", "9", Value),
        ("targetLtvToCac", "4", Value),
        ("marketingBudget", "50 000 €", Value),
        ("scenarios.prudent", "70", Value),
        ("scenarios.ambitious", "130", Value),
        ("alertTolerance", "15", Value),
        (
            "seasonalityPreset",
            "holidays",
            Structure(FormPart::Advanced),
        ),
        ("seasonalityPreset", "winter", None),
        ("currency", "USD", Structure(FormPart::Whole)),
        ("currency", "usd", None),
        ("locale", "en", Structure(FormPart::Whole)),
        ("locale", "de", None),
        ("nonsense", "1", None),
        ("", "", None),
    ];
    for (name, value, want) in rows {
        assert_eq!(state.set(name, value), *want, "set({name:?}, {value:?})");
    }
    let plan = state.to_plan().unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(plan.locale, EN);
    assert_eq!(plan.currency, "USD");
    assert_eq!(plan.average_order_value, 85.0);
    assert_eq!(plan.gross_margin_rate, 0.4);
    assert_eq!(plan.channels[0].label, "Référencement");
    assert_eq!(plan.channels[0].conversion_rate, 0.021);
    assert_eq!(
        plan.channels[0].cost,
        boussole::model::CostModel::PerClick {
            cost_per_click: 0.5,
            doubling_gain: Option::None,
        }
    );
    assert_eq!(plan.goal, Goal::ExtraRevenue(400_000.0));
    assert_eq!(plan.marketing_budget, Some(50_000.0));
    assert_eq!(plan.scenarios.prudent, 0.7);
    assert_eq!(plan.milestones.ramp_weights[2], 9.0);
    assert_eq!(plan.start.year, 2028);
    assert_eq!(plan.seasonality, Some([0.9, 0.9, 0.95, 1.5]));
}

#[test]
fn switching_locale_keeps_every_value() {
    let mut state = FormState::from_input(&example_plan(FR));
    state.set("channels[0].conversionRate", "1,200"); // 1.2 % in French
    state.set("averageOrderValue", "1.200"); // 1200 in French
    state.set("grossMarginRate", "4x"); // invalid: kept as typed
    let before = {
        let mut s = state.clone();
        s.set("grossMarginRate", "45");
        s.to_plan().unwrap()
    };
    assert_eq!(
        state.set("locale", "en"),
        Change::Structure(FormPart::Whole)
    );
    assert_eq!(state.channels[0].conversion_rate, "1.2");
    assert_eq!(state.average_order_value, "1200");
    assert_eq!(state.channels[3].conversion_rate, "3.5");
    assert_eq!(state.gross_margin_rate, "4x");
    state.set("grossMarginRate", "45");
    let after = state.to_plan().unwrap();
    let mut before = before;
    before.locale = EN;
    assert_same_plan(&before, &after);
}

#[test]
fn goal_kind_switch_prefills_an_equivalent_value() {
    let mut state = FormState::from_input(&example_plan(EN));
    let plan = state.to_plan().unwrap();
    let a = boussole::validate::baseline_revenue(&plan.channels, plan.average_order_value);
    state.set("goal.kind", "targetRevenue");
    let t: f64 = state.target_revenue.parse().unwrap();
    assert!((t - (a * 1.3).round()).abs() < 1e-6, "{t} vs {}", a * 1.3);
    // Back to growth: the text typed before is still there.
    state.set("goal.kind", "growthRate");
    assert_eq!(state.growth_rate, "30");
}

#[test]
fn actions_change_the_rows() {
    let ch = Change::Structure(FormPart::Channels);
    let mut state = FormState::from_input(&example_plan(FR));
    let ids = |s: &FormState| s.channels.iter().map(|c| c.id.clone()).collect::<Vec<_>>();
    assert_eq!(state.action(Action::AddChannel, None), ch);
    assert_eq!(ids(&state), ["seo", "sea", "social", "email", "c5"]);
    // The new row holds nothing the visitor did not type: its blank name is its kind's.
    assert_eq!(state.channels[4].label, "");
    assert_eq!(state.default_label(4), "Canal 5");
    assert_eq!(state.channels[4].kind.code(), "other");
    assert_eq!(state.channels[4].sessions_per_month, "");
    assert_eq!(state.channels[4].conversion_rate, "");
    let errors = state.to_plan().unwrap_err();
    let mut blank: Vec<String> = errors.iter().filter_map(|e| e.field.clone()).collect();
    blank.sort();
    assert_eq!(
        blank,
        ["channels[4].conversionRate", "channels[4].sessionsPerMonth"]
    );
    state.set("channels[4].sessionsPerMonth", "100");
    state.set("channels[4].conversionRate", "1");
    let plan = state.to_plan().unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(plan.channels[4].label, "Canal 5");
    state.set("channels[4].kind", "email");
    assert_eq!(state.to_plan().unwrap().channels[4].label, "Emailing");
    assert_eq!(state.action(Action::MoveChannelUp, Some(4)), ch);
    assert_eq!(ids(&state), ["seo", "sea", "social", "c5", "email"]);
    assert_eq!(state.action(Action::MoveChannelDown, Some(0)), ch);
    assert_eq!(ids(&state), ["sea", "seo", "social", "c5", "email"]);
    assert_eq!(state.action(Action::MoveChannelUp, Some(0)), Change::None);
    assert_eq!(state.action(Action::MoveChannelDown, Some(4)), Change::None);
    assert_eq!(
        state.action(Action::MoveChannelDown, Some(40)),
        Change::None
    );
    assert_eq!(state.action(Action::RemoveChannel, Some(1)), ch);
    assert_eq!(ids(&state), ["sea", "social", "c5", "email"]);
    assert_eq!(state.action(Action::RemoveChannel, None), Change::None);
    // New ids are fresh even after removals.
    state.action(Action::AddChannel, None);
    state.action(Action::AddChannel, None);
    let got = ids(&state);
    assert_eq!(got.len(), 6);
    assert_eq!(got.iter().collect::<HashSet<_>>().len(), 6, "{got:?}");
    // Up to 12, never below 1.
    while state.channels.len() < 12 {
        assert_eq!(state.action(Action::AddChannel, None), ch);
    }
    assert_eq!(state.action(Action::AddChannel, None), Change::None);
    while state.channels.len() > 1 {
        assert_eq!(state.action(Action::RemoveChannel, Some(0)), ch);
    }
    assert_eq!(state.action(Action::RemoveChannel, Some(0)), Change::None);
    assert_eq!(state.channels.len(), 1);
    // Page actions change nothing here; reset puts the example back.
    for a in [
        Action::CopyLink,
        Action::ExportJson,
        Action::ImportJson,
        Action::ExportCsv,
        Action::Print,
        Action::GoTo,
    ] {
        assert_eq!(state.action(a, None), Change::None, "{a:?}");
    }
    state.set("currency", "GBP");
    assert_eq!(
        state.action(Action::Reset, None),
        Change::Structure(FormPart::Whole)
    );
    assert_eq!(state.channels.len(), 4);
    assert_eq!(state.currency, "GBP");
}

#[test]
fn a_new_row_among_shares_says_which_share_is_missing() {
    let mut state = FormState::from_input(&varied_plan(EN));
    state.action(Action::AddChannel, None);
    assert_eq!(state.channels[4].goal_share, "");
    assert_eq!(state.default_label(4), "Channel 5");
    state.set("channels[4].sessionsPerMonth", "10");
    state.set("channels[4].conversionRate", "1");
    let errors = state.to_plan().unwrap_err();
    let fields: Vec<_> = errors.iter().filter_map(|e| e.field.as_deref()).collect();
    assert_eq!(fields, ["channels[4].goalShare"]);
}

fn fields(errors: &[boussole::FieldError]) -> Vec<(String, String)> {
    errors
        .iter()
        .map(|e| (e.field.clone().unwrap_or_default(), e.code.clone()))
        .collect()
}

#[test]
fn every_error_at_once_with_the_control_name() {
    for locale in [FR, EN] {
        let mut state = FormState::from_input(&example_plan(locale));
        state.set("averageOrderValue", "80 abc");
        state.set("grossMarginRate", "150"); // 1.5: engine range error
        state.set("channels[1].conversionRate", "--4");
        state.set("channels[2].cost.monthly", "1,2,3.4.5");
        state.set("channels[3].label", &"x".repeat(61));
        state.set("goal.growthRate", "");
        state.set("milestones.rampWeights[1]", "NaN");
        state.set("scenarios.prudent", "150");
        state.set("marketingBudget", "-5");
        let kept = state.clone();
        let errors = state.to_plan().unwrap_err();
        let got: HashSet<(String, String)> = fields(&errors).into_iter().collect();
        let want: HashSet<(String, String)> = [
            ("averageOrderValue", "not_a_number"),
            ("grossMarginRate", "out_of_range"),
            ("channels[1].conversionRate", "not_a_number"),
            ("channels[2].cost.monthly", "not_a_number"),
            ("channels[3].label", "invalid_length"),
            ("goal.growthRate", "required"),
            ("milestones.rampWeights[1]", "not_a_number"),
            ("scenarios.prudent", "out_of_range"),
            ("marketingBudget", "out_of_range"),
        ]
        .iter()
        .map(|(f, c)| (f.to_string(), c.to_string()))
        .collect();
        assert_eq!(got, want, "{locale:?}: {errors:#?}");
        assert_eq!(
            errors.len(),
            want.len(),
            "one error per control: {errors:#?}"
        );
        // Nothing typed is lost.
        assert_eq!(state, kept);
        assert_eq!(state.average_order_value, "80 abc");
        // Messages in the state's locale, naming the field; percentages for rates.
        let by_field: HashMap<String, String> = errors
            .iter()
            .map(|e| (e.field.clone().unwrap(), e.message.clone()))
            .collect();
        let conv = &by_field["channels[1].conversionRate"];
        let prudent = &by_field["scenarios.prudent"];
        let margin = &by_field["grossMarginRate"];
        match locale {
            Locale::Fr => {
                assert!(conv.starts_with("Taux de conversion (canal 2)"), "{conv}");
                assert!(conv.contains("signe"), "{conv}");
                assert!(prudent.contains("100\u{202f}%"), "{prudent}");
                assert!(margin.contains("100\u{202f}%"), "{margin}");
            }
            Locale::En => {
                assert!(conv.starts_with("Conversion rate (channel 2)"), "{conv}");
                assert!(conv.contains("sign"), "{conv}");
                assert!(prudent.contains("100%"), "{prudent}");
                assert!(margin.contains("100%"), "{margin}");
            }
        }
        // Every error has a slot in the form.
        let ids: HashSet<String> = drawn_ids(&form_view(&state)).into_iter().collect();
        for e in &errors {
            let slot = state.error_slot(e.field.as_deref());
            assert_ne!(slot, error_slot_id(""), "{e:?} has its own slot");
            assert!(ids.contains(&slot), "slot {slot} missing");
        }
    }
}

#[test]
fn group_errors_have_their_slots() {
    let mut state = FormState::from_input(&example_plan(EN));
    for i in 0..4 {
        state.set(&format!("channels[{i}].goalShare"), "30");
    }
    let errors = state.to_plan().unwrap_err();
    assert_eq!(
        fields(&errors),
        [(
            "channels".to_string(),
            "shares_do_not_sum_to_one".to_string()
        )]
    );
    for i in 0..4 {
        state.set(&format!("channels[{i}].sessionsPerMonth"), "0");
        state.set(&format!("channels[{i}].goalShare"), "");
    }
    let errors = state.to_plan().unwrap_err();
    assert_eq!(
        fields(&errors),
        [("channels".to_string(), "no_baseline".to_string())]
    );
    let ids: HashSet<String> = drawn_ids(&form_view(&state)).into_iter().collect();
    assert!(ids.contains(&state.error_slot(Some("channels"))));
    assert!(ids.contains(&state.error_slot(Some("goal"))));
    assert_eq!(state.error_slot(Some("channels[0].id")), error_slot_id(""));
    assert_eq!(state.error_slot(None), error_slot_id(""));
    // The general slot is the page's, around the form: never twice.
    assert!(!ids.contains(&error_slot_id("")));
}

#[test]
fn target_below_baseline_is_flagged_on_its_control() {
    let mut state = FormState::from_input(&example_plan(FR));
    state.set("goal.kind", "targetRevenue");
    state.set("goal.targetRevenue", "10");
    let errors = state.to_plan().unwrap_err();
    assert_eq!(
        fields(&errors),
        [(
            "goal.targetRevenue".to_string(),
            "not_above_baseline".to_string()
        )]
    );
}

// ---------------------------------------------------------------- the view

/// States that show every kind of control.
fn states() -> Vec<FormState> {
    let mut v = Vec::new();
    for locale in [FR, EN] {
        let mut a = FormState::from_input(&example_plan(locale));
        a.set("channels[0].cost.model", "fixed");
        v.push(a.clone());
        a.set("channels[0].cost.model", "spend");
        v.push(a.clone());
        a.set("seasonalityPreset", "holidays");
        a.set("milestones.mode", "compound");
        a.set("goal.kind", "extraRevenue");
        a.set("currency", "JPY");
        v.push(a.clone());
        a.set("goal.kind", "targetRevenue");
        a.action(Action::AddChannel, None);
        v.push(a);
    }
    v
}

#[test]
fn every_control_is_labelled_named_and_described() {
    for state in states() {
        let view = form_view(&state);
        let ids = drawn_ids(&view);
        let unique: HashSet<&String> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "ids are unique: {ids:?}");
        for id in &ids {
            assert!(
                id.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'),
                "id {id}"
            );
        }
        let mut names = Vec::new();
        for c in controls(&view) {
            let name = cf::name(c);
            assert_eq!(cf::id(c), control_id(name));
            // The template writes `<label for={id}>{label}</label>` for every control.
            assert!(!cf::label(c).trim().is_empty(), "{name} has a label");
            assert_eq!(cf::error_slot(c), error_slot_id(name), "{name}");
            let described = cf::described_by(c);
            assert!(described.split(' ').any(|d| d == error_slot_id(name)));
            for d in described.split(' ') {
                assert!(unique.contains(&d.to_string()), "{d} exists");
            }
            // Numbers take the decimal keypad; a signed one a keypad with a minus sign.
            if let Control::Input(i) = c {
                if !name.ends_with(".label") {
                    assert!(
                        i.inputmode == Some("decimal")
                            || (name == "pastGrowthRate" && i.inputmode == Some("text")),
                        "{name}: {:?}",
                        i.inputmode
                    );
                }
            }
            names.push(name.to_string());
        }
        for b in buttons(&view) {
            assert!(!b.label.trim().is_empty(), "{b:?} says what it does");
        }
        // The view shows exactly the controls the state lists, and `set` takes each of them.
        assert_eq!(names, state.control_names());
        for c in controls(&view) {
            let (name, value) = (cf::name(c), cf::value(c));
            let mut s = state.clone();
            assert_ne!(s.set(name, value), Change::None, "set({name:?}, {value:?})");
        }
        // Four groups (the history and the odds in sight), then the folded advanced settings.
        assert!(!view.review);
        assert_eq!(
            parts(&view),
            [
                Some("shop"),
                Some("channels"),
                Some("goal"),
                Some("outlook")
            ]
        );
        assert!(view.groups.iter().all(|g| g.class == "bp-group"));
        assert!(view.advanced.is_some());
        let actions = actions(&view);
        // What takes the plan away waits after the results (`form::share`), not in the form.
        for action in ["copy-link", "export-json", "export-csv", "print"] {
            assert!(!actions.contains(&action), "{action} in the form");
        }
        let share = boussole::form::share(state.locale, true);
        let shared: Vec<&str> = share.buttons.iter().map(|b| b.action.code()).collect();
        assert_eq!(
            shared,
            [
                "copy-link",
                "export-json",
                "export-csv",
                "export-objectives-csv",
                "copy-plan-markdown",
                "copy-plan-text",
                "export-ics",
                "print"
            ]
        );
        assert!(share.buttons.iter().all(|b| !b.disabled));
        assert!(boussole::form::share(state.locale, false)
            .buttons
            .iter()
            .all(|b| b.disabled));
        for action in [
            "reset",
            "import-json",
            "add-channel",
            "remove-channel",
            "move-channel-up",
            "move-channel-down",
        ] {
            assert!(actions.contains(&action), "{action}");
        }
    }
}

/// The session redraws the whole view after any structure change; the templates keep each
/// group by its part (`data-part`), so every part an edit names is a group of the view.
#[test]
fn the_groups_are_keyed_by_the_parts_edits_name() {
    for state in states() {
        let view = form_view(&state);
        let parts: Vec<&str> = parts(&view).into_iter().map(Option::unwrap).collect();
        let unique: HashSet<&&str> = parts.iter().collect();
        assert_eq!(unique.len(), parts.len(), "{parts:?}");
        for part in [
            FormPart::Shop,
            FormPart::Channels,
            FormPart::Goal,
            FormPart::Outlook,
        ] {
            assert!(parts.contains(&part.code()), "{}", part.code());
        }
        // The advanced settings are drawn apart (`data-part="advanced"`); their groups, like
        // the channels' rows, are no parts.
        assert!(view.advanced.is_some());
        let w = walk(&view);
        let nested: Vec<_> = w.groups.iter().filter(|g| g.class == "bp-sub").collect();
        assert!(!nested.is_empty());
        assert!(nested.iter().all(|g| g.part.is_none()));
        assert_eq!(w.groups.len(), nested.len() + view.groups.len());
    }
    let mut review = FormState::from_input(&example_plan(FR));
    review.action(Action::ViewReview, None);
    let view = form_view(&review);
    assert!(view.review);
    assert_eq!(parts(&view), [Some("actuals"), Some("dashboard")]);
    assert_eq!(FormPart::Actuals.code(), "actuals");
    assert!(view.advanced.is_none());
}

#[test]
fn the_form_speaks_the_state_language() {
    let fr = form_view(&FormState::from_input(&example_plan(FR)));
    assert_eq!(fr.lang, "fr");
    assert_eq!(group(&fr, "shop").legend, "Votre boutique");
    assert_eq!(group(&fr, "channels").legend, "Vos canaux");
    assert_eq!(group(&fr, "goal").legend, "Votre objectif");
    assert_eq!(button(&fr, "add-channel", None).label, "Ajouter un canal");
    assert_eq!(
        input(&fr, "channels[0].sessionsPerMonth").unit.as_deref(),
        Some("sessions / mois")
    );
    assert_eq!(
        button(&fr, "remove-channel", Some(0)).aria_label.as_deref(),
        Some("Supprimer le canal «\u{202f}SEO\u{202f}»")
    );
    assert_eq!(input(&fr, "averageOrderValue").unit.as_deref(), Some("€"));
    assert_eq!(input(&fr, "grossMarginRate").unit.as_deref(), Some("%"));
    let locale = select(&fr, "locale");
    assert!(locale
        .options
        .contains(&("fr".into(), "Français".into(), true)));
    let en = form_view(&FormState::from_input(&example_plan(EN)));
    assert_eq!(en.lang, "en");
    assert_eq!(group(&en, "shop").legend, "Your shop");
    assert_eq!(group(&en, "channels").legend, "Your channels");
    assert_eq!(group(&en, "goal").legend, "Your goal");
    assert_eq!(button(&en, "add-channel", None).label, "Add a channel");
    assert_eq!(
        input(&en, "channels[0].sessionsPerMonth").unit.as_deref(),
        Some("sessions / month")
    );
    assert_eq!(
        button(&en, "remove-channel", Some(0)).aria_label.as_deref(),
        Some("Remove channel “SEO”")
    );
    // Twelve channels: no more adding.
    let mut state = FormState::from_input(&example_plan(FR));
    while state.channels.len() < 12 {
        assert!(!button(&form_view(&state), "add-channel", None).disabled);
        state.action(Action::AddChannel, None);
    }
    assert!(button(&form_view(&state), "add-channel", None).disabled);
}

/// The templates write every string as text (never as HTML): the view holds what the visitor
/// typed verbatim, escaped nowhere (an entity would show as typed).
#[test]
fn user_text_is_kept_verbatim() {
    let evil = "<img src=x onerror=alert(1)>";
    let script = "\"><script>alert(1)</script>";
    let mut state = FormState::from_input(&example_plan(FR));
    state.set("channels[0].label", evil);
    state.set("averageOrderValue", script);
    state.channels[1].id = "a\"b<c>".to_string();
    state.currency = "<b>".to_string(); // a tampered saved state
    state.set("start.year", "<i>");
    let view = form_view(&state);
    assert_eq!(input(&view, "channels[0].label").value, evil);
    assert_eq!(input(&view, "averageOrderValue").value, script);
    assert_eq!(channel_ids(&view)[1], "a\"b<c>");
    assert_eq!(cf::value(control(&view, "currency")), "<b>");
    assert!(select(&view, "currency")
        .options
        .contains(&("<b>".into(), "<b>".into(), true)));
    assert_eq!(cf::value(control(&view, "start.year")), "<i>");
    let json = serde_json::to_string(&view).unwrap();
    for entity in ["&lt;", "&gt;", "&quot;", "&#39;", "&amp;"] {
        assert!(!json.contains(entity), "{entity} in the view");
    }
}

/// The templates repeat groups by their part and channel rows by their id: an edit of a value
/// (a channel's name too) keeps every key, so no element is rebuilt under the caret; a row
/// moved takes its key along.
#[test]
fn the_view_keys_stay_across_an_edit_of_values() {
    let mut state = FormState::from_input(&example_plan(FR));
    let before = form_view(&state);
    assert_eq!(channel_ids(&before), ["seo", "sea", "social", "email"]);
    for (name, value) in [
        ("channels[1].label", "Annonces"),
        ("channels[1].sessionsPerMonth", "1234"),
        ("averageOrderValue", "81"),
        ("goal.growthRate", "25"),
    ] {
        assert_eq!(state.set(name, value), Change::Value, "{name}");
        let after = form_view(&state);
        assert_eq!(cf::value(control(&after, name)), value);
        assert_eq!(parts(&after), parts(&before), "{name}");
        assert_eq!(channel_ids(&after), channel_ids(&before), "{name}");
        assert_eq!(names(&after), names(&before), "{name}");
        assert_ne!(after, before, "{name}");
    }
    // A row moved: its key goes with it.
    state.action(Action::MoveChannelUp, Some(1));
    let moved = form_view(&state);
    assert_eq!(channel_ids(&moved), ["sea", "seo", "social", "email"]);
    assert_eq!(input(&moved, "channels[0].label").value, "Annonces");
    // The closed quarters too: by index, their channels by id.
    state.action(Action::ViewReview, None);
    state.action(Action::AddQuarter, None);
    state.action(Action::AddQuarter, None);
    let before = form_view(&state);
    let keys = vec![
        ("0", vec!["sea", "seo", "social", "email"]),
        ("1", vec!["sea", "seo", "social", "email"]),
    ];
    assert_eq!(quarter_keys(&before), keys);
    for (name, value) in [
        ("actuals[0].revenue", "250000"),
        ("actuals[1].channels[0].sessions", "4200"),
    ] {
        assert_eq!(state.set(name, value), Change::Value, "{name}");
        let after = form_view(&state);
        assert_eq!(cf::value(control(&after, name)), value);
        assert_eq!(quarter_keys(&after), keys, "{name}");
        assert_eq!(parts(&after), parts(&before), "{name}");
    }
}

/// A channel's name is text wherever it shows: its field's value and the accessible names of
/// the buttons that move and remove its row.
#[test]
fn a_channel_label_with_markup_comes_back_verbatim() {
    let label = "<b>Ads</b> & \"Q4\" 'promo'";
    for locale in [FR, EN] {
        let mut state = FormState::from_input(&example_plan(locale));
        assert_eq!(state.set("channels[1].label", label), Change::Value);
        let view = form_view(&state);
        assert_eq!(input(&view, "channels[1].label").value, label);
        let row = walk(&view).channels[1];
        assert_eq!(row.id, "sea");
        let actions: Vec<&str> = row.buttons.iter().map(|b| b.action.code()).collect();
        assert_eq!(
            actions,
            ["move-channel-up", "move-channel-down", "remove-channel"]
        );
        for b in &row.buttons {
            assert_eq!(b.index, Some(1));
            let aria = b.aria_label.as_deref().expect("an accessible name");
            assert!(aria.contains(label), "{aria}");
        }
        // The neighbours name their own channel.
        let other = button(&view, "remove-channel", Some(0));
        assert!(!other.aria_label.as_deref().unwrap().contains(label));
    }
}

/// [14] A history box of 100 000 lines (another table pasted, a day a row) or of one endless
/// line is refused before it is read, with one error beside the box that says how to paste
/// it, and what was typed stays as typed; up to the limits, it is read as before.
#[test]
fn a_history_far_too_long_is_refused_unread_and_kept_as_typed() {
    use boussole::form::history::{history_for_plan, MAX_CHARS, MAX_LINES};
    let mut state = FormState::from_input(&example_plan(FR));
    let refused = |state: &FormState| {
        let errors = state.to_plan().unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:#?}");
        assert_eq!(errors[0].field.as_deref(), Some("history.months"));
        assert!(matches!(state.history_span(), Some(Err(_))));
        errors[0].message.clone()
    };
    let lines: String = (0..100_000)
        .map(|k| format!("{}\n", 90_000 + k % 1000))
        .collect();
    state.set("history.months", &lines);
    let message = refused(&state);
    assert!(
        message.starts_with("L’historique collé compte plus de 200 lignes\u{202f}: collez 12 à 36 mois de CA, un mois par ligne"),
        "{message}"
    );
    assert_eq!(state.history, lines, "what was typed is kept");
    let endless = "9".repeat(MAX_CHARS + 1);
    state.set("history.months", &endless);
    let message = refused(&state);
    assert!(
        message.starts_with("L’historique collé dépasse 20\u{202f}000 caractères"),
        "{message}"
    );
    assert_eq!(state.history, endless);
    // The command line's `--history` reads through the same door, in English too.
    let error = history_for_plan(&lines, Locale::En, None).unwrap_err();
    assert!(
        error
            .message
            .starts_with("The pasted history has more than 200 lines"),
        "{}",
        error.message
    );
    // At the limits: 36 months among blank lines, a header of many columns.
    let months: String = (1..=36).map(|m| format!("{}\n", 90_000 + m)).collect();
    let padded = months.clone() + &"\n".repeat(MAX_LINES - 36);
    assert_eq!(padded.lines().count(), MAX_LINES);
    assert_eq!(history_for_plan(&padded, FR, None).unwrap().len(), 36);
    let header = format!("{}\n", "x".repeat(MAX_CHARS - months.chars().count() - 1));
    assert_eq!((header.clone() + &months).chars().count(), MAX_CHARS);
    assert_eq!(
        history_for_plan(&(header + &months), FR, None)
            .unwrap()
            .len(),
        36
    );
}

/// [8] A history pasted from a spreadsheet reaches the plan; a cell that is no amount is named
/// beside the control; a plan's history shows as one month a line.
#[test]
fn a_pasted_history_reaches_the_plan() {
    let mut state = FormState::from_input(&example_plan(FR));
    let pasted: String = (1..=24)
        .map(|m| format!("2025-{m:02}\t{} €\n", 90_000 + m * 500))
        .collect();
    assert_eq!(state.set("history.months", &pasted), Change::Value);
    let plan = state.to_plan().unwrap_or_else(|e| panic!("{e:#?}"));
    let months = plan.history.as_ref().unwrap().months.clone();
    assert_eq!(months.len(), 24);
    assert_eq!(months[23], 102_000.0);
    let back = FormState::from_input(&plan);
    assert_eq!(back.history.lines().count(), 24);
    assert_eq!(back.to_plan().unwrap().history, plan.history);
    state.set("history.months", &pasted.replace("95500", "n/a"));
    let errors = state.to_plan().unwrap_err();
    assert_eq!(errors[0].field.as_deref(), Some("history.months"));
    assert!(
        errors[0].message.starts_with("Ligne 11, colonne 2"),
        "{}",
        errors[0].message
    );
    state.set("history.months", "1\n2\n3");
    let errors = state.to_plan().unwrap_err();
    assert!(
        errors[0].message.contains("3 mois lus"),
        "{}",
        errors[0].message
    );
}

/// [8] Rows pasted with their months are dated by them, not by the plan's start: « janv. 2024
/// … déc. 2025 » for a plan starting in T1 2027 are an error beside the history that names the
/// months; the same rows a year later give the plan the numbers of the bare column; the page
/// can show the months taken before they are used.
#[test]
fn a_history_with_its_months_is_dated_by_them() {
    use boussole::form::history::{span_sentence, MonthSpan, YearMonth};
    let mut state = FormState::from_input(&example_plan(FR));
    assert_eq!(
        (state.start_year.as_str(), state.start_quarter.as_str()),
        ("2027", "1")
    );
    assert_eq!(state.history_span(), None);
    let months = [
        "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
        "déc.",
    ];
    let rows = |first_year: i32| -> String {
        (0..24)
            .map(|k| {
                format!(
                    "{} {}\t{} €\n",
                    months[k % 12],
                    first_year + k as i32 / 12,
                    90_000 + k * 500
                )
            })
            .collect()
    };
    // The merchant's rows: a year before the months the plan needs.
    state.set("history.months", &rows(2024));
    let errors = state.to_plan().unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].field.as_deref(), Some("history.months"));
    let message = errors[0].message.replace('\u{a0}', " ");
    assert!(
        message.starts_with("Les 24 mois de l’historique vont de janvier 2024 à décembre 2025, mais le plan commence en janvier 2027\u{202f}:")
            && message.contains("jusqu’à décembre 2026. Ajoutez les 12 mois de janvier 2026 à décembre 2026"),
        "{message}"
    );
    let Some(Err(e)) = state.history_span() else {
        panic!("no error for the span")
    };
    assert_eq!(e.message, errors[0].message);
    // Starting the plan a year earlier, as the message offers, makes them its history.
    state.set("start.year", "2026");
    let span = state.history_span().unwrap().unwrap();
    assert_eq!(
        span.first,
        YearMonth {
            year: 2024,
            month: 1
        }
    );
    assert_eq!(
        span_sentence(span, FR).replace('\u{a0}', " "),
        "Historique\u{202f}: janvier 2024 – décembre 2025"
    );
    assert!(state.to_plan().is_ok());
    // The rows a year later, for the plan in 2027: the same plan as the bare column.
    state.set("start.year", "2027");
    state.set("history.months", &rows(2025));
    let labelled = state.to_plan().unwrap_or_else(|e| panic!("{e:#?}"));
    let column: String = (0..24).map(|k| format!("{}\n", 90_000 + k * 500)).collect();
    state.set("history.months", &column);
    assert_eq!(
        state.history_span(),
        Some(Ok(MonthSpan {
            first: YearMonth {
                year: 2025,
                month: 1
            },
            last: YearMonth {
                year: 2026,
                month: 12
            },
        }))
    );
    let bare = state.to_plan().unwrap();
    assert_eq!(labelled, bare);
    assert_eq!(labelled.history.unwrap().months[23], 101_500.0);
    // A gap (May written as June) is named by its line, in the visitor's language.
    let mut english = FormState::from_input(&example_plan(EN));
    english.set(
        "history.months",
        &rows(2025).replace("mai 2025", "juin 2025"),
    );
    let errors = english.to_plan().unwrap_err();
    assert_eq!(errors[0].field.as_deref(), Some("history.months"));
    assert!(
        errors[0]
            .message
            .starts_with("Line 5, column 1: May\u{a0}2025 is missing."),
        "{}",
        errors[0].message
    );
    // No span while the start is no year.
    english.set("start.year", "");
    assert_eq!(english.history_span(), None);
}
