//! The results as the page draws them (the view model of `boussole::view`) and as CSV:
//! snapshots of the example plan, its review and the candle shop in both locales, user text
//! kept verbatim and no markup written by Rust, keys that stay the same across an edit, no
//! NaN/inf on edge plans, CSV conventions, and the time to build a 12-channel plan's view.
//!
//! Snapshots live in `tests/snapshots/`. A missing or different one fails the test; only
//! `UPDATE_SNAPSHOTS=1 cargo test --test render` writes them (never in CI). Review them by eye.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::view::{
    cards, figure, figure_value, has_section, keys, notes, section, section_ids, skeleton, strings,
    table, testids, warning_count,
};
use common::{csv_fields, csv_records};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

use boussole::model::{CostModel, PlanInput};
use boussole::render::{summary_text, targets_csv};
use boussole::view::{plan_view, review_view, Block, CellView, Results};
use boussole::{Locale, PlanOutput, PlanResult};
use serde_json::Value;

// ---------------------------------------------------------------------------------------------
// Helpers

fn snapshot_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots")
}

/// Compares `actual` with the snapshot `name`; writes it only when `UPDATE_SNAPSHOTS=1` asks
/// to (and never under CI), so that a lost snapshot fails instead of being silently recreated.
fn snapshot(name: &str, actual: &str) {
    let path = snapshot_dir().join(name);
    let update = std::env::var("UPDATE_SNAPSHOTS").is_ok_and(|v| v == "1");
    let ci = std::env::var_os("CI").is_some_and(|v| !v.is_empty() && v != "false");
    if update && !ci {
        std::fs::create_dir_all(snapshot_dir()).unwrap();
        std::fs::write(&path, actual).unwrap();
        eprintln!("wrote snapshot {}", path.display());
        return;
    }
    let Ok(expected) = std::fs::read_to_string(&path) else {
        panic!(
            "snapshot {} is missing: run `UPDATE_SNAPSHOTS=1 cargo test --test render` to write it, and review it",
            path.display()
        );
    };
    if expected != actual {
        panic!(
            "snapshot {name} differs (UPDATE_SNAPSHOTS=1 to accept):\n{}",
            line_diff(&expected, actual)
        );
    }
}

/// A view as its snapshot holds it: pretty JSON, one value a line, so that a diff says which.
fn view_json<T: serde::Serialize>(view: &T) -> String {
    serde_json::to_string_pretty(view).unwrap() + "\n"
}

/// The differing lines, with their numbers (at most 40).
fn line_diff(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.split('\n').collect();
    let a: Vec<&str> = actual.split('\n').collect();
    let mut out = String::new();
    let mut shown = 0;
    for i in 0..e.len().max(a.len()) {
        let (x, y) = (e.get(i), a.get(i));
        if x != y {
            out += &format!(
                "line {}:\n  - {}\n  + {}\n",
                i + 1,
                x.unwrap_or(&"<none>"),
                y.unwrap_or(&"<none>")
            );
            shown += 1;
            if shown == 40 {
                out += "…\n";
                break;
            }
        }
    }
    out
}

/// The view's strings with markup in them, once the user's own text (`typed`: labels and the
/// currency code), which may hold anything, is taken out: the view is text for the templates
/// to write as text, never HTML nor HTML escaped.
fn markup_in<T: serde::Serialize>(view: &T, typed: &[&str], currency: &str) -> Vec<String> {
    strings(view)
        .into_iter()
        .filter(|s| {
            let mut rest = s.clone();
            let typed = typed.iter().copied().chain([currency]);
            for t in typed {
                if !t.is_empty() {
                    rest = rest.replace(t, "");
                }
            }
            rest.contains(['<', '>', '&'])
        })
        .collect()
}

/// No text a broken number would print.
fn assert_finite_text(name: &str, text: &str) {
    assert!(!text.contains("NaN"), "{name}: NaN in output");
    for (i, _) in text.match_indices("inf") {
        let next = text[i + 3..].chars().next();
        assert!(
            next.is_some_and(char::is_alphabetic),
            "{name}: `inf` in output near {:?}",
            &text[i.saturating_sub(40)..(i + 10).min(text.len())]
        );
    }
    assert!(!text.contains('∞'), "{name}: ∞ in output");
}

/// No string of the view a broken number would print.
fn assert_finite_view<T: serde::Serialize>(name: &str, view: &T) {
    for s in strings(view) {
        assert_finite_text(name, &s);
    }
}

/// The keys the page repeats by are unique where they are repeated (a duplicate would make the
/// templates mix two items up), and so are the ids the templates make of them.
fn assert_keys_unique(name: &str, r: &Results) {
    let keys = keys(r);
    let distinct: HashSet<&String> = keys.iter().collect();
    assert_eq!(
        distinct.len(),
        keys.len(),
        "{name}: a key repeated in {keys:#?}"
    );
    let mut ids: Vec<String> = section_ids(r).iter().map(|id| format!("bp-{id}")).collect();
    for block in r.sections.iter().flat_map(|s| &s.blocks) {
        match block {
            Block::Chart(c) => ids.push(c.id.clone()),
            Block::Charts { items } => ids.extend(items.iter().map(|c| c.id.clone())),
            _ => {}
        }
    }
    let distinct: HashSet<&String> = ids.iter().collect();
    assert_eq!(
        distinct.len(),
        ids.len(),
        "{name}: an id repeated in {ids:?}"
    );
}

fn plan_of(input: &PlanInput) -> PlanOutput {
    boussole::plan(input)
}

fn example(locale: Locale) -> PlanOutput {
    plan_of(&boussole::example_plan(locale))
}

/// The results as `results_html` gave them: without the plan's inputs (no next steps, no
/// inputs in the printout's header) nor its history.
fn view_of(out: &PlanOutput) -> Results {
    plan_view(out, None, None)
}

/// The results as the page shows them: with the plan's inputs.
fn page_view(input: &PlanInput) -> Results {
    plan_view(&plan_of(input), None, Some(input))
}

/// The candle shop (`tests/common`) in `locale`.
fn candle_shop(locale: Locale) -> PlanInput {
    let mut value = common::candle_shop();
    value["locale"] = serde_json::json!(locale.code());
    boussole::validate::parse_plan(&value).unwrap()
}

/// The example plan with labels that try to be markup, formulas or CSV syntax.
fn hostile_plan() -> PlanInput {
    let mut input = boussole::example_plan(Locale::Fr);
    input.currency = "X<Y".to_string();
    input.channels[0].label = "<img src=x onerror=alert(1)>".to_string();
    input.channels[1].label = "=HYPERLINK(\"http://x\";\"clic\")".to_string();
    input.channels[2].label = "\"Réseaux\" & 'sociaux'; <b>".to_string();
    input.channels[3].label = "@SUM(A1:A2)".to_string();
    input
}

/// All the valid plans of the golden cases, plus a few hand-made edge plans.
fn edge_plans() -> Vec<(String, PlanOutput)> {
    let mut plans = Vec::new();
    for (name, case) in common::golden_cases() {
        if case["kind"] != "plan" {
            continue;
        }
        if let PlanResult::Ok(out) = boussole::plan_value(&case["input"]) {
            plans.push((name, *out));
        }
    }
    // No budget, no cart abandonment, no past growth (the small base plan).
    if let PlanResult::Ok(out) = boussole::plan_value(&common::base_plan()) {
        plans.push(("base-plan".into(), *out));
    }
    // A new channel with no sessions and no monthly spend, next to a zero-cost one.
    let mut input = boussole::example_plan(Locale::En);
    input.marketing_budget = None;
    input.cart_abandonment_rate = None;
    input.past_growth_rate = None;
    input.channels[2].sessions_per_month = 0.0;
    input.channels[2].cost = CostModel::Fixed { monthly: 0.0 };
    input.channels[3].cost = CostModel::Fixed { monthly: 0.0 };
    plans.push(("zero-sessions-zero-amount".into(), plan_of(&input)));
    plans.push(("hostile".into(), plan_of(&hostile_plan())));
    assert!(plans.len() >= 20, "the golden cases are missing");
    plans
}

// ---------------------------------------------------------------------------------------------
// Snapshots

#[test]
fn example_plan_snapshots() {
    for (locale, code) in [(Locale::Fr, "fr"), (Locale::En, "en")] {
        let input = boussole::example_plan(locale);
        let out = plan_of(&input);
        snapshot(
            &format!("results-{code}.json"),
            &view_json(&page_view(&input)),
        );
        snapshot(&format!("targets-{code}.csv"), &targets_csv(&out));
        snapshot(&format!("summary-{code}.txt"), &summary_text(&out));
        let review = boussole::review(&boussole::example::example_review(locale));
        snapshot(
            &format!("review-{code}.json"),
            &view_json(&review_view(&review)),
        );
    }
}

/// The candle shop of the README and the first-visit test: Google Ads at 0,45 € a click, past
/// its break-even point, whose click may cost at most 0,19 € to keep the CPA on target.
#[test]
fn candle_shop_snapshots() {
    for (locale, code, max_cpc, paid) in [
        (Locale::Fr, "fr", "0,19\u{a0}€", "0,45\u{a0}€"),
        (Locale::En, "en", "€0.19", "€0.45"),
    ] {
        let input = candle_shop(locale);
        let out = plan_of(&input);
        // The snapshot is the one the issue describes.
        let ads = &out.channels[1];
        let money = |x: f64| boussole::format::money(x, "EUR", locale);
        assert_eq!(money(ads.max_cpc.unwrap()), max_cpc);
        let CostModel::PerClick { cost_per_click, .. } = input.channels[1].cost else {
            panic!("Google Ads is paid by the click");
        };
        assert_eq!(money(cost_per_click), paid);
        let view = page_view(&input);
        assert_eq!(
            notes(&view, "next-steps")[0].code,
            "cut_spend",
            "cut Google Ads back first"
        );
        snapshot(&format!("candle-{code}.json"), &view_json(&view));
    }
}

// ---------------------------------------------------------------------------------------------
// The view

#[test]
fn headline_carries_the_target_and_the_target_cpa_as_numbers() {
    for locale in [Locale::Fr, Locale::En] {
        let out = example(locale);
        let view = view_of(&out);
        // Fifteen significant digits: the engine's value to within 1e-14.
        for (testid, value) in [
            ("target-revenue", out.goal.target_revenue),
            ("target-cpa", out.unit_economics.target_cpa),
            ("growth", out.goal.growth_rate),
        ] {
            let shown = figure_value(&view, testid);
            assert!(
                (shown - value).abs() <= 1e-14 * value.abs(),
                "{testid}: {shown} vs {value}"
            );
        }
        let ids = testids(&view);
        for testid in [
            "channel-targets",
            "quarters",
            "quarter-chart",
            "quarter-sessions",
            "scenarios",
            "levers",
            "objectives",
            "okr",
            "achievability",
            "totals",
        ] {
            assert!(ids.iter().any(|t| t == testid), "{testid} missing");
        }
    }
}

#[test]
fn texts_follow_the_locale() {
    let fr = view_of(&example(Locale::Fr));
    let en = view_of(&example(Locale::En));
    assert_eq!(section(&fr, "channels").title, "Objectifs par canal");
    assert_eq!(section(&fr, "quarters").title, "Jalons trimestriels");
    assert_eq!(section(&en, "channels").title, "Targets per channel");
    assert_eq!(section(&en, "quarters").title, "Quarterly milestones");
    assert_eq!(
        figure(&fr, "target-revenue").text,
        "1\u{202F}597\u{202F}440\u{A0}€",
        "French money"
    );
    assert_eq!(
        figure(&en, "target-revenue").text,
        "€1,597,440",
        "English money"
    );
    assert_eq!(figure(&fr, "growth").text, "+30\u{202F}%");
    assert_eq!(figure(&en, "growth").text, "+30%");
    // The example: SEO and email cost nothing, paid search is above target but paid back.
    let verdict = |view: &Results, id: &str| {
        let card = cards(view, "channel-targets")
            .items
            .iter()
            .find(|c| c.key == id)
            .unwrap_or_else(|| panic!("no card {id}"));
        card.status.as_ref().expect("a verdict").word.clone()
    };
    for (view, none, above) in [
        (&fr, "pas de coût", "hors cible, rentabilisé sur 12 mois"),
        (&en, "no cost", "above target, paid back within 12 months"),
    ] {
        assert_eq!(verdict(view, "seo"), none);
        assert_eq!(verdict(view, "email"), none);
        assert_eq!(verdict(view, "sea"), above);
    }
}

/// What the visitor typed reaches the page as text, as typed: never escaped, never taken for
/// markup; the view itself writes no markup.
#[test]
fn every_label_is_kept_as_typed_and_no_markup_is_written() {
    let input = hostile_plan();
    let out = plan_of(&input);
    let view = page_view(&input);
    let labels: Vec<&str> = input.channels.iter().map(|c| c.label.as_str()).collect();
    // Each card's title, each row's name, each line of the printout's channels: as typed.
    let titles: Vec<&str> = cards(&view, "channel-targets")
        .items
        .iter()
        .map(|c| c.title.as_str())
        .collect();
    assert_eq!(titles[..labels.len()], labels[..]);
    for testid in ["quarter-sessions", "print-channels"] {
        let heads: Vec<&str> = table(&view, testid)
            .rows
            .iter()
            .map(|r| match &r.cells[0] {
                CellView::Head { text } => text.as_str(),
                other => panic!("{testid}: {other:?}"),
            })
            .collect();
        assert_eq!(heads, labels, "{testid}");
    }
    // The currency code too, in every amount.
    assert!(
        figure(&view, "target-revenue").text.contains("X<Y"),
        "{}",
        figure(&view, "target-revenue").text
    );
    for testid in ["target-revenue", "target-cpa"] {
        assert!(!figure(&view, testid).text.contains("&lt;"), "{testid}");
    }
    assert_eq!(
        markup_in(&view, &labels, &input.currency),
        Vec::<String>::new()
    );
    // Copy buttons point at their objective.
    let objectives = view
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .find_map(|b| match b {
            Block::Objectives { items } => Some(items),
            _ => None,
        })
        .expect("objectives");
    assert_eq!(objectives.len(), out.objectives.len());
    for (i, o) in objectives.iter().enumerate() {
        assert_eq!(o.copy.action.code(), "copy");
        assert_eq!(o.copy.index, Some(i));
        assert_eq!(o.text, out.objectives[i].text);
    }
    let okr_copies = view
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .filter(|b| matches!(b, Block::Okr(okr) if okr.copy.action.code() == "copy-okr"))
        .count();
    assert_eq!(okr_copies, 1);
    // The summary is plain text (a live region's textContent) too.
    assert!(summary_text(&out).contains("X<Y"));
}

/// The example's view in both languages writes no markup of its own either.
#[test]
fn the_view_writes_no_markup() {
    for locale in [Locale::Fr, Locale::En] {
        let input = boussole::example_plan(locale);
        let view = page_view(&input);
        assert_eq!(markup_in(&view, &[], ""), Vec::<String>::new());
        let review = boussole::review(&boussole::example::example_review(locale));
        let view = review_view(&review);
        assert_eq!(markup_in(&view, &[], ""), Vec::<String>::new());
    }
}

#[test]
fn edge_plans_give_finite_views_with_their_sections() {
    for (name, out) in edge_plans() {
        let view = view_of(&out);
        assert_finite_view(&name, &view);
        assert_finite_text(&name, &targets_csv(&out));
        assert_finite_text(&name, &summary_text(&out));
        assert_keys_unique(&name, &view);
        // Sections: warnings only when there are some.
        assert_eq!(
            has_section(&view, "warnings"),
            !out.warnings.is_empty(),
            "{name}"
        );
        assert_eq!(warning_count(&view), out.warnings.len(), "{name}");
        // Paid curves and the paid split only with paid channels on a curve.
        let curves = out.channels.iter().any(|c| c.marginal_cpa.is_some());
        assert_eq!(has_section(&view, "paid-curves"), curves, "{name}");
        assert_eq!(
            has_section(&view, "paid-allocation"),
            out.paid_allocation.is_some(),
            "{name}"
        );
        // v3: the months' targets and budget are a section of their own.
        assert!(has_section(&view, "months"), "{name}");
        assert_eq!(
            view.sections.len(),
            8 + usize::from(!out.warnings.is_empty())
                + usize::from(curves)
                + usize::from(out.paid_allocation.is_some())
                + usize::from(out.outlook.is_some())
                + usize::from(out.history.is_some()),
            "{name}: {:?}",
            section_ids(&view)
        );
    }
}

#[test]
fn reviews_give_finite_views() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut count = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let case: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        if case["kind"] != "review" {
            continue;
        }
        if let boussole::ReviewResult::Ok(review) = boussole::review_value(&case["input"]) {
            let name = path.display().to_string();
            let view = review_view(&review);
            assert_finite_view(&name, &view);
            assert_keys_unique(&name, &view);
            assert_eq!(warning_count(&view), review.alerts.len(), "{name}");
            count += 1;
        }
    }
    assert!(count >= 5);
    // Labels kept as typed in the review too.
    let mut input = boussole::example::example_review(Locale::Fr);
    input.plan = hostile_plan();
    let review = boussole::review(&input);
    let view = review_view(&review);
    let label = &input.plan.channels[0].label;
    let id = &input.plan.channels[0].id;
    let rows: Vec<_> = table(&view, "channel-kpis")
        .rows
        .iter()
        .filter(|r| r.marks.id.as_ref() == Some(id))
        .collect();
    assert!(!rows.is_empty(), "the example review has figures for {id}");
    for row in rows {
        assert_eq!(
            row.cells[0],
            CellView::Head {
                text: label.clone()
            }
        );
    }
    let labels: Vec<&str> = input.plan.channels.iter().map(|c| &*c.label).collect();
    assert_eq!(
        markup_in(&view, &labels, &input.plan.currency),
        Vec::<String>::new()
    );
}

/// An edit that changes only values keeps every key the page repeats by (sections, rows,
/// cards, curves, notes, objectives) and the view's shape: the templates then update texts
/// and attributes in place, and create or remove no element.
#[test]
fn an_edit_of_values_keeps_the_keys_and_the_shape() {
    // The average order value one euro up: the example's 80 € to 81 €, as in the planner.
    for (name, input) in [
        ("example", boussole::example_plan(Locale::Fr)),
        ("example-en", boussole::example_plan(Locale::En)),
        ("candle", candle_shop(Locale::Fr)),
    ] {
        let before = page_view(&input);
        let mut edited = input.clone();
        edited.average_order_value += 1.0;
        if name.starts_with("example") {
            assert_eq!(edited.average_order_value, 81.0);
        }
        let after = page_view(&edited);
        assert_ne!(before, after, "{name}: the edit changes figures");
        assert_ne!(
            figure(&before, "target-revenue").text,
            figure(&after, "target-revenue").text,
            "{name}"
        );
        let keys_before = keys(&before);
        assert!(keys_before.len() > 20, "{name}: {keys_before:#?}");
        for kind in ["section ", "/row ", "/card ", "/objective ", "/note "] {
            assert!(
                keys_before.iter().any(|k| k.contains(kind)),
                "{name}: no {kind:?} key"
            );
        }
        assert_eq!(keys_before, keys(&after), "{name}");
        assert_eq!(skeleton(&before), skeleton(&after), "{name}");
    }
    // Removing a channel removes its keys, and only those.
    let input = boussole::example_plan(Locale::Fr);
    let before = page_view(&input);
    let mut fewer = input.clone();
    let gone = fewer.channels.remove(3).id;
    let after = page_view(&fewer);
    let (kb, ka) = (keys(&before), keys(&after));
    let removed: Vec<&String> = kb.iter().filter(|k| !ka.contains(k)).collect();
    assert!(!removed.is_empty());
    for k in &removed {
        let key = k.rsplit(' ').next().unwrap();
        assert!(
            key == &*gone || key.ends_with(&format!(":{gone}")),
            "{k} went with {gone}"
        );
    }
    assert!(kb.len() > removed.len());
    assert!(ka.iter().all(|k| kb.contains(k)), "no new key");
    assert_eq!(section_ids(&before), section_ids(&after));
}

// ---------------------------------------------------------------------------------------------
// CSV

#[test]
fn csv_follows_the_locale() {
    let fr = example(Locale::Fr);
    let csv = targets_csv(&fr);
    let records = csv_records(&csv);
    assert_eq!(records.len(), 4 * (fr.channels.len() + 1) + 1);
    assert_eq!(
        csv_fields(records[0], ';'),
        [
            "Trimestre",
            "Identifiant du canal",
            "Canal",
            "CA supplémentaire (EUR)",
            "Sessions visées par mois",
            "CA visé (EUR)",
            "Dépense prévue (EUR)",
            "Commandes prévues"
        ]
    );
    for r in &records {
        assert_eq!(csv_fields(r, ';').len(), 8, "{r}");
    }
    let total = csv_fields(records[fr.channels.len() + 1], ';');
    assert_eq!(total[0], fr.quarters[0].label);
    assert_eq!(total[2], "Total");
    let revenue: f64 = total[5].replace(',', ".").parse().unwrap();
    assert!((revenue - fr.quarters[0].target_revenue).abs() < 0.006);
    // The quarter's budget: its planned spend, and every channel's orders.
    let spend: f64 = total[6].replace(',', ".").parse().unwrap();
    assert!((spend - fr.quarters[0].planned_spend).abs() < 0.006);
    let orders: f64 = total[7].parse().unwrap();
    let planned: f64 = fr.quarters[0]
        .channels
        .iter()
        .map(|c| c.planned_orders)
        .sum();
    assert!((orders - planned).abs() <= 0.5, "{orders} vs {planned}");
    assert!(total[5].contains(','), "decimal comma: {}", total[5]);
    assert!(!total[5].contains(['\u{202F}', ' ', '.']), "no grouping");

    let en = example(Locale::En);
    let csv = targets_csv(&en);
    assert!(!csv.contains(';'));
    let records = csv_records(&csv);
    assert_eq!(records.len(), 4 * (en.channels.len() + 1) + 1);
    let first = csv_fields(records[1], ',');
    assert_eq!(first.len(), 8);
    assert_eq!(first[1], "seo");
    let extra: f64 = first[3].parse().unwrap();
    assert!((extra - en.quarters[0].channels[0].extra_revenue).abs() < 0.006);
    assert!(first[3].contains('.'));
    // Every label is quoted.
    assert!(records[1].starts_with(&format!("\"{}\",\"seo\",\"SEO\",", en.quarters[0].label)));
}

#[test]
fn csv_neutralises_formulas_and_quotes() {
    let out = plan_of(&hostile_plan());
    let csv = targets_csv(&out);
    let records = csv_records(&csv);
    assert_eq!(records.len(), 4 * (out.channels.len() + 1) + 1);
    for r in &records[1..] {
        let fields = csv_fields(r, ';');
        assert_eq!(fields.len(), 8, "{r}");
        for f in &fields[..3] {
            assert!(
                !f.starts_with(['=', '+', '-', '@']),
                "formula-like cell {f:?}"
            );
        }
    }
    assert!(csv.contains("\"'=HYPERLINK(\"\"http://x\"\";\"\"clic\"\")\""));
    assert!(csv.contains("\"'@SUM(A1:A2)\""));
    assert!(csv.contains("\"\"\"Réseaux\"\" & 'sociaux'; <b>\""));
}

// ---------------------------------------------------------------------------------------------
// Summary

#[test]
fn summary_is_one_sentence() {
    let fr = summary_text(&example(Locale::Fr));
    assert!(
        fr.starts_with(
            "Objectif\u{202F}: 1\u{202F}597\u{202F}440\u{A0}€ (+30\u{202F}%), CPA cible "
        ),
        "{fr}"
    );
    assert!(fr.contains(", 4 canaux") && fr.ends_with('.'), "{fr}");
    let en = summary_text(&example(Locale::En));
    assert!(
        en.starts_with("Goal: €1,597,440 (+30%), target CPA "),
        "{en}"
    );
    assert!(en.contains(", 4 channels"), "{en}");
}

// ---------------------------------------------------------------------------------------------
// Time

fn twelve_channels() -> PlanInput {
    boussole::example::example_plan_with_channels(Locale::Fr, 12)
}

#[test]
fn view_of_a_twelve_channel_plan_and_its_weight() {
    let out = plan_of(&twelve_channels());
    let view = view_of(&out);
    assert_eq!(cards(&view, "channel-targets").items.len(), 12 + 1);
    let runs = 200;
    let start = std::time::Instant::now();
    let mut bytes = 0;
    for _ in 0..runs {
        // What crosses to the page: the view, as JSON.
        let view = plan_view(std::hint::black_box(&out), None, None);
        bytes += std::hint::black_box(serde_json::to_string(&view).unwrap()).len();
    }
    let each = start.elapsed() / runs;
    eprintln!(
        "plan_view + JSON, 12 channels: {each:?} per view, {} bytes of JSON (unoptimised test build; see benches/render.rs)",
        bytes / runs as usize
    );
    // A figure, not a verdict: speed is checked by `scripts/bench`, not by a timed test.
    assert!(bytes > 0);
}

#[test]
fn alert_rules_csv_holds_every_rule_with_its_threshold() {
    for locale in [Locale::Fr, Locale::En] {
        let out = boussole::plan(&boussole::example_plan(locale));
        let csv = boussole::render::alert_rules_csv(&out);
        assert!(csv.starts_with('\u{FEFF}'));
        let lines: Vec<&str> = csv
            .trim_start_matches('\u{FEFF}')
            .trim_end()
            .split("\r\n")
            .collect();
        assert_eq!(lines.len(), 1 + out.alert_rules.len());
        let sep = if locale == Locale::Fr { ';' } else { ',' };
        for (line, rule) in lines[1..].iter().zip(&out.alert_rules) {
            let cells: Vec<&str> = line.split(sep).collect();
            assert_eq!(cells.len(), 5, "{line}");
            assert_eq!(
                cells[0],
                format!("\"{}\"", out.quarters[usize::from(rule.quarter) - 1].label)
            );
            assert_eq!(
                cells[1],
                format!("\"{}\"", rule.channel.as_deref().unwrap_or(""))
            );
            assert_eq!(cells[2], format!("\"{}\"", rule.metric.code()));
            assert_eq!(cells[3], format!("\"{}\"", rule.comparator.symbol()));
            let threshold: f64 = cells[4].replace(',', ".").parse().unwrap();
            assert!((threshold - rule.threshold).abs() <= 0.005 + 1e-9, "{line}");
        }
    }
}

#[test]
fn okr_as_text_and_markdown() {
    let out = boussole::plan(&boussole::example_plan(Locale::En));
    let text = boussole::render::okr_text(&out);
    assert!(text.starts_with(&out.okr.objective));
    assert_eq!(text.lines().count(), 1 + out.okr.key_results.len());
    let md = boussole::render::okr_markdown(&out);
    assert!(md.starts_with("## Objective: "));
    for (i, kr) in out.okr.key_results.iter().enumerate() {
        assert!(md.contains(&format!("{}. {kr}\n", i + 1)), "{md}");
    }
}

/// [6] What the user typed (a channel's name) reaches a Markdown renderer as text, never as
/// markup or HTML.
#[test]
fn okr_markdown_escapes_what_the_user_typed() {
    let mut input = boussole::example_plan(Locale::En);
    input.channels[0].label = "<img src=x onerror=alert(1)> *bold* [link](http://x)".into();
    let md = boussole::render::okr_markdown(&boussole::plan(&input));
    assert!(
        md.contains(r"\<img src=x onerror=alert(1)\> \*bold\* \[link\](http://x)"),
        "{md}"
    );
    let unescaped = md.match_indices('<').any(|(i, _)| !md[..i].ends_with('\\'));
    assert!(!unescaped, "{md}");
}

/// What a merchant scans first comes first: the goal, then each warning (with a way to its
/// field), then one card per channel whose title holds its verdict; a reason repeated across
/// objectives is given in full once.
#[test]
fn results_put_the_goal_the_verdicts_and_the_warnings_first() {
    let out = example(Locale::Fr);
    assert!(!out.warnings.is_empty());
    let view = view_of(&out);
    let ids = section_ids(&view);
    let at = |id: &str| {
        ids.iter()
            .position(|s| *s == id)
            .unwrap_or_else(|| panic!("{id} missing"))
    };
    assert_eq!(at("headline"), 0);
    // The verdicts before the points to watch: every verdict within two phone screens.
    assert!(at("headline") < at("channels"));
    assert!(at("channels") < at("warnings"));
    assert!(at("warnings") < at("economics"));
    let warnings = notes(&view, "warnings");
    assert_eq!(warnings.len(), out.warnings.len());
    for (note, w) in warnings.iter().zip(&out.warnings) {
        let field = w
            .field
            .as_deref()
            .expect("the example's warnings name a field");
        assert_eq!(note.code, w.code);
        let go_to = note.go_to.as_ref().unwrap_or_else(|| panic!("{field}"));
        assert_eq!(go_to.field, field);
    }
    // Each channel's card: its name, then its verdict, in the title.
    let cards = &cards(&view, "channel-targets").items;
    for c in &out.channels {
        let card = cards.iter().find(|k| *k.key == *c.id).unwrap();
        assert_eq!(card.marks.id.as_deref(), Some(&*c.id));
        assert_eq!(card.title, c.label);
        assert!(card.status.is_some(), "no verdict for {}", c.id);
    }
    // No reason in full twice.
    let reasons: Vec<&str> = view
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .filter_map(|b| match b {
            Block::Objectives { items } => Some(items),
            _ => None,
        })
        .flatten()
        .flat_map(|o| &o.checks)
        .map(|c| c.reason.as_str())
        .collect();
    let full: Vec<&&str> = reasons
        .iter()
        .filter(|r| !r.starts_with("Même motif"))
        .collect();
    let distinct: HashSet<&&&str> = full.iter().collect();
    assert_eq!(full.len(), distinct.len(), "{full:#?}");
    assert!(reasons.len() > full.len(), "the example repeats a reason");
}

#[test]
fn months_csv_holds_the_twelve_months_and_their_budget() {
    let fr = example(Locale::Fr);
    let csv = boussole::render::months_csv(&fr);
    let records = csv_records(&csv);
    assert_eq!(records.len(), 13);
    assert_eq!(
        csv_fields(records[0], ';'),
        [
            "Mois",
            "Année",
            "Numéro du mois",
            "CA de référence (EUR)",
            "CA supplémentaire (EUR)",
            "CA visé (EUR)",
            "Dépense prévue (EUR)"
        ]
    );
    let amount = |s: &str| -> f64 { s.replace(',', ".").parse().unwrap() };
    let (mut target, mut spend) = (0.0, 0.0);
    for (r, m) in records[1..].iter().zip(&fr.months) {
        let fields = csv_fields(r, ';');
        assert_eq!(fields[0], m.label);
        assert_eq!(fields[2], m.month.to_string());
        target += amount(&fields[5]);
        spend += amount(&fields[6]);
    }
    // The months add up to the year: the goal, and the quarters' planned spend.
    assert!((target - fr.goal.target_revenue).abs() < 0.06, "{target}");
    let planned: f64 = fr.quarters.iter().map(|q| q.planned_spend).sum();
    assert!((spend - planned).abs() < 0.06, "{spend} vs {planned}");
    assert_eq!(csv_fields(records[1], ';')[0], "janv. 2027");
    let en = example(Locale::En);
    let csv_en = boussole::render::months_csv(&en);
    let records_en = csv_records(&csv_en);
    assert_eq!(csv_fields(records_en[1], ',')[0], "Jan 2027");
}

/// The history's last 12 months and the plan's current revenue, said apart when they differ
/// (a merchant read 104 834 € in the history and 97 440 € as the plan's start, with no word).
#[test]
fn a_history_that_is_not_the_plans_start_says_so() {
    for locale in [Locale::Fr, Locale::En] {
        let input = boussole::example_plan(locale);
        let baseline = plan_of(&input).baseline.annual_revenue;
        let hint_of = |months: Vec<f64>| {
            let mut input = input.clone();
            input.history = Some(boussole::model::History { months });
            let out = plan_of(&input);
            let view = plan_view(&out, None, Some(&input));
            section(&view, "history")
                .blocks
                .iter()
                .find_map(|b| match b {
                    Block::Hint { text } => Some(text.clone()),
                    _ => None,
                })
        };
        // Twelve months that sum to the plan's current revenue: nothing to say.
        assert_eq!(hint_of(vec![baseline / 12.0; 12]), None, "{locale:?}");
        // 7 % more in the history than the channels give: both figures, said.
        let hint = hint_of(vec![baseline * 1.07 / 12.0; 12]).expect("the difference said");
        let money = |x: f64| boussole::format::money(x, "EUR", locale);
        assert!(hint.contains(&money(baseline * 1.07)), "{hint}");
        assert!(hint.contains(&money(baseline)), "{hint}");
    }
}
