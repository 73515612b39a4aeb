//! The results as HTML/SVG and CSV: snapshots of the example plan in both locales, escaping,
//! markup that the strict page accepts (no `style=`, no `on…=` handlers, balanced tags),
//! no NaN/inf on edge plans, CSV conventions, and the render time of a 12-channel plan.
//!
//! Snapshots live in `tests/snapshots/`. A missing or different one fails the test; only
//! `UPDATE_SNAPSHOTS=1 cargo test --test render` writes them (never in CI). Review them by eye.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{csv_fields, csv_records};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

use boussole::model::{CostModel, PlanInput};
use boussole::render::{escape, results_html, review_html, summary_text, targets_csv};
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

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// A start tag's name and its attributes as (name, value).
struct Tag<'a> {
    name: String,
    attrs: Vec<(String, &'a str)>,
}

/// A tiny HTML checker: tags nest and close in order (void and `/>` elements excepted),
/// attributes are double-quoted, no `style` and no `on…` handler attribute, ids unique,
/// `aria-labelledby` points to ids of the fragment. Returns the start tags.
fn check_markup(html: &str) -> Vec<Tag<'_>> {
    let mut stack: Vec<String> = Vec::new();
    let mut tags = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        rest = &rest[start + 1..];
        if let Some(after) = rest.strip_prefix("!--") {
            let end = after.find("-->").expect("comment closed");
            rest = &after[end + 3..];
            continue;
        }
        let end = rest.find('>').expect("tag closed with >");
        let inner = &rest[..end];
        rest = &rest[end + 1..];
        assert!(!inner.contains('<'), "`<` inside a tag: <{inner}>");
        if let Some(name) = inner.strip_prefix('/') {
            let name = name.trim().to_ascii_lowercase();
            let open = stack
                .pop()
                .unwrap_or_else(|| panic!("</{name}> never opened"));
            assert_eq!(open, name, "<{open}> closed by </{name}>");
            continue;
        }
        let self_closing = inner.ends_with('/');
        let inner = inner.trim_end_matches('/');
        let name_end = inner
            .find(|c: char| c.is_whitespace())
            .unwrap_or(inner.len());
        let name = inner[..name_end].to_ascii_lowercase();
        assert!(
            !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'),
            "bad tag name in <{inner}>"
        );
        let mut attrs = Vec::new();
        let mut a = inner[name_end..].trim_start();
        while !a.is_empty() {
            let key_end = a
                .find(|c: char| c == '=' || c.is_whitespace())
                .unwrap_or(a.len());
            let key = a[..key_end].to_ascii_lowercase();
            a = &a[key_end..];
            let value = if let Some(v) = a.strip_prefix("=\"") {
                let close = v.find('"').expect("attribute value closed");
                a = &v[close + 1..];
                &v[..close]
            } else {
                assert!(!a.starts_with('='), "unquoted attribute value in <{inner}>");
                ""
            };
            assert_ne!(key, "style", "inline style in <{inner}>");
            assert!(!key.starts_with("on"), "event handler in <{inner}>");
            attrs.push((key, value));
            a = a.trim_start();
        }
        if !self_closing && !VOID.contains(&name.as_str()) {
            stack.push(name.clone());
        }
        tags.push(Tag { name, attrs });
    }
    assert!(stack.is_empty(), "unclosed tags: {stack:?}");

    let mut ids = HashSet::new();
    for t in &tags {
        for (k, v) in &t.attrs {
            if k == "id" {
                assert!(ids.insert(*v), "duplicate id {v}");
            }
        }
    }
    for t in &tags {
        for (k, v) in &t.attrs {
            if k == "aria-labelledby" {
                for id in v.split_whitespace() {
                    assert!(ids.contains(id), "aria-labelledby to a missing id {id}");
                }
            }
        }
    }
    tags
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

fn plan_of(input: &PlanInput) -> PlanOutput {
    boussole::plan(input)
}

fn example(locale: Locale) -> PlanOutput {
    plan_of(&boussole::example_plan(locale))
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

/// The `data-value` of the element with `data-testid`.
fn data_value(html: &str, testid: &str) -> f64 {
    let tags = check_markup(html);
    let tag = tags
        .iter()
        .find(|t| {
            t.attrs
                .iter()
                .any(|(k, v)| k == "data-testid" && *v == testid)
        })
        .unwrap_or_else(|| panic!("no element with data-testid={testid}"));
    let (_, v) = tag.attrs.iter().find(|(k, _)| k == "data-value").unwrap();
    v.parse().unwrap()
}

// ---------------------------------------------------------------------------------------------
// Snapshots

#[test]
fn example_plan_snapshots() {
    for (locale, code) in [(Locale::Fr, "fr"), (Locale::En, "en")] {
        let out = example(locale);
        snapshot(&format!("results-{code}.html"), &results_html(&out));
        snapshot(&format!("targets-{code}.csv"), &targets_csv(&out));
        snapshot(&format!("summary-{code}.txt"), &summary_text(&out));
        let review = boussole::review(&boussole::example::example_review(locale));
        snapshot(&format!("review-{code}.html"), &review_html(&review));
    }
}

// ---------------------------------------------------------------------------------------------
// HTML

#[test]
fn headline_carries_the_target_and_the_target_cpa_as_numbers() {
    for locale in [Locale::Fr, Locale::En] {
        let out = example(locale);
        let html = results_html(&out);
        // Fifteen significant digits: the engine's value to within 1e-14.
        for (testid, value) in [
            ("target-revenue", out.goal.target_revenue),
            ("target-cpa", out.unit_economics.target_cpa),
            ("growth", out.goal.growth_rate),
        ] {
            let shown = data_value(&html, testid);
            assert!(
                (shown - value).abs() <= 1e-14 * value.abs(),
                "{testid}: {shown} vs {value}"
            );
        }
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
            assert!(
                html.contains(&format!("data-testid=\"{testid}\"")),
                "{testid} missing"
            );
        }
    }
}

#[test]
fn texts_follow_the_locale() {
    let fr = results_html(&example(Locale::Fr));
    let en = results_html(&example(Locale::En));
    assert!(fr.contains("Objectifs par canal") && fr.contains("Jalons trimestriels"));
    assert!(en.contains("Targets per channel") && en.contains("Quarterly milestones"));
    assert!(
        fr.contains("1\u{202F}597\u{202F}440\u{A0}€"),
        "French money"
    );
    assert!(en.contains("€1,597,440"), "English money");
    assert!(fr.contains("+30\u{202F}%") && en.contains("+30%"));
    // The example: SEO and email cost nothing, paid search is above target but paid back.
    assert!(fr.contains("pas de coût") && fr.contains("hors cible, rentabilisé sur 12 mois"));
    assert!(en.contains("no cost") && en.contains("above target, paid back within 12 months"));
}

#[test]
fn every_label_is_escaped_and_no_markup_gets_through() {
    let input = hostile_plan();
    let out = plan_of(&input);
    let html = results_html(&out);
    let tags = check_markup(&html);
    for c in &input.channels {
        assert!(
            html.contains(&escape(&c.label)),
            "{} not shown escaped",
            c.label
        );
    }
    assert!(!html.contains("<img"), "an unescaped <img> got through");
    assert!(!html.contains("<b>"));
    assert!(!html.contains("X<Y"), "the currency code is escaped");
    assert!(html.contains("X&lt;Y"));
    assert!(!tags
        .iter()
        .any(|t| t.name == "img" || t.name == "script" || t.name == "b"));
    // Copy buttons point at their objective.
    let copy: Vec<&Tag> = tags
        .iter()
        .filter(|t| {
            t.attrs
                .iter()
                .any(|(k, v)| k == "data-action" && *v == "copy")
        })
        .collect();
    assert_eq!(copy.len(), out.objectives.len());
    for (i, t) in copy.iter().enumerate() {
        assert!(t
            .attrs
            .iter()
            .any(|(k, v)| k == "data-index" && *v == i.to_string()));
        assert!(t.attrs.iter().any(|(k, v)| k == "type" && *v == "button"));
    }
    assert_eq!(html.matches("data-action=\"copy-okr\"").count(), 1);
    // The summary is plain text (a live region's textContent): it does not escape.
    assert!(summary_text(&out).contains("X<Y"));
}

#[test]
fn edge_plans_render_well_formed_and_finite() {
    for (name, out) in edge_plans() {
        let html = results_html(&out);
        check_markup(&html);
        assert_finite_text(&name, &html);
        assert_finite_text(&name, &targets_csv(&out));
        assert_finite_text(&name, &summary_text(&out));
        assert!(!html.contains("style="), "{name}: style attribute");
        // Sections: warnings only when there are some.
        assert_eq!(
            html.contains("id=\"bp-warnings\""),
            !out.warnings.is_empty(),
            "{name}"
        );
        assert_eq!(
            html.matches("role=\"note\"").count(),
            out.warnings.len(),
            "{name}"
        );
        // Paid curves and the paid split only with paid channels on a curve.
        let curves = out.channels.iter().any(|c| c.marginal_cpa.is_some());
        assert_eq!(html.contains("id=\"bp-paid-curves\""), curves, "{name}");
        assert_eq!(
            html.contains("id=\"bp-paid-allocation\""),
            out.paid_allocation.is_some(),
            "{name}"
        );
        // v3: the months' targets and budget are a section of their own.
        assert_eq!(
            html.matches("<section").count(),
            8 + usize::from(!out.warnings.is_empty())
                + usize::from(curves)
                + usize::from(out.paid_allocation.is_some())
                + usize::from(out.outlook.is_some())
                + usize::from(out.history.is_some()),
            "{name}"
        );
    }
}

#[test]
fn reviews_render_well_formed_and_finite() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut count = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let case: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        if case["kind"] != "review" {
            continue;
        }
        if let boussole::ReviewResult::Ok(review) = boussole::review_value(&case["input"]) {
            let html = review_html(&review);
            check_markup(&html);
            assert_finite_text(&path.display().to_string(), &html);
            assert_eq!(html.matches("role=\"note\"").count(), review.alerts.len());
            count += 1;
        }
    }
    assert!(count >= 5);
    // Labels escaped in the review too.
    let mut input = boussole::example::example_review(Locale::Fr);
    input.plan = hostile_plan();
    let html = review_html(&boussole::review(&input));
    check_markup(&html);
    assert!(!html.contains("<img"));
    assert!(html.contains(&escape("<img src=x onerror=alert(1)>")));
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
fn render_time_of_a_twelve_channel_plan() {
    let out = plan_of(&twelve_channels());
    let html = results_html(&out);
    check_markup(&html);
    let runs = 200;
    let start = std::time::Instant::now();
    let mut bytes = 0;
    for _ in 0..runs {
        bytes += std::hint::black_box(results_html(std::hint::black_box(&out))).len();
    }
    let each = start.elapsed() / runs;
    eprintln!(
        "results_html, 12 channels: {each:?} per render, {} bytes (unoptimised test build; see benches/render.rs)",
        bytes / runs as usize
    );
    // Generous: a debug build is far slower than the release/wasm one.
    assert!(each < std::time::Duration::from_millis(20), "{each:?}");
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

/// What a merchant scans first comes first: the goal, then each warning (with a link to its
/// field), then one card per channel whose title holds its verdict; a reason repeated across
/// objectives is given in full once.
#[test]
fn results_put_the_goal_the_warnings_and_the_verdicts_first() {
    let out = example(Locale::Fr);
    assert!(!out.warnings.is_empty());
    let html = results_html(&out);
    let at = |needle: &str| {
        html.find(needle)
            .unwrap_or_else(|| panic!("{needle} missing"))
    };
    assert!(at("id=\"bp-headline\"") < at("id=\"bp-warnings\""));
    assert!(at("id=\"bp-warnings\"") < at("id=\"bp-channels\""));
    assert!(at("id=\"bp-channels\"") < at("id=\"bp-economics\""));
    for w in out.warnings.iter() {
        let field = w
            .field
            .as_deref()
            .expect("the example's warnings name a field");
        assert!(
            html.contains(&format!("data-action=\"go-to\" data-target=\"{field}\"")),
            "{field}"
        );
    }
    // Each channel's card: its name, then its verdict, in the title.
    for c in &out.channels {
        let card = &html[at(&format!("<li class=\"bp-card\" data-id=\"{}\"", c.id))..];
        let title = &card[..card.find("</h3>").unwrap()];
        assert!(title.contains(&escape(&c.label).to_string()), "{title}");
        assert!(title.contains("bp-badge"), "no verdict in {title}");
    }
    // No reason in full twice.
    let reasons: Vec<&str> = html
        .split("<span class=\"bp-reason\">")
        .skip(1)
        .map(|r| &r[..r.find("</span>").unwrap()])
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
