//! [9] What leaves the page besides the results: every SMART objective with its checks and the
//! OKR as text and Markdown, the SMART objectives as CSV, and the printout's header.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use boussole::format::money;
use boussole::render::{objectives_csv, objectives_markdown, objectives_text};
use boussole::view::{plan_view, CellView, PrintHeader, Results};
use boussole::words::{csv as csv_words, results};
use boussole::{Locale, PlanInput, PlanOutput};
use common::{csv_fields, csv_records};

const LOCALES: [Locale; 2] = [Locale::Fr, Locale::En];

/// The example plan with labels that try to be markup, Markdown or a formula.
fn hostile_plan() -> PlanInput {
    let mut input = boussole::example_plan(Locale::Fr);
    input.channels[0].label = "<img src=x> *bold* [link](x)".to_string();
    input.channels[1].label = "=HYPERLINK(\"http://x\";\"clic\")".to_string();
    input
}

/// Markdown's backslash escapes taken out: the text a reader sees.
fn unescape(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut chars = markdown.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.extend(chars.next()),
            c => out.push(c),
        }
    }
    out
}

/// Every objective's sentence and both reasons, and the OKR, are in `text`.
fn assert_holds_every_objective(text: &str, out: &PlanOutput) {
    assert!(!out.objectives.is_empty());
    for o in &out.objectives {
        assert!(text.contains(&o.text), "missing {:?} in\n{text}", o.text);
        for check in [&o.achievable, &o.realistic] {
            assert!(text.contains(&check.reason), "missing {:?}", check.reason);
        }
    }
    assert!(text.contains(&out.okr.objective));
    for kr in &out.okr.key_results {
        assert!(text.contains(kr.as_str()), "missing {kr:?}");
    }
}

#[test]
fn the_text_holds_every_objective_with_its_checks_then_the_okr() {
    for locale in LOCALES {
        let out = boussole::plan(&boussole::example_plan(locale));
        let text = objectives_text(&out);
        assert_holds_every_objective(&text, &out);
        assert!(text.starts_with(results::SMART_OBJECTIVES.get(locale)));
        // One numbered item per objective, each with its two checks.
        for i in 1..=out.objectives.len() {
            assert!(text.contains(&format!("\n{i}. ")), "no item {i}");
        }
        let colon = boussole::words::common::COLON.get(locale);
        for name in [results::ACHIEVABLE, results::REALISTIC] {
            let line = format!("{}{colon}", name.get(locale));
            assert_eq!(text.matches(&line).count(), out.objectives.len());
        }
        // The channel objectives say which channel.
        for c in &out.channels {
            assert!(text.contains(&c.label), "{}", c.label);
        }
        // The OKR comes last, as the OKR copy gives it.
        assert!(text.ends_with(&format!("{}\n", boussole::render::okr_text(&out))));
    }
}

#[test]
fn the_markdown_is_a_heading_then_a_numbered_list_with_the_checks_nested() {
    for locale in LOCALES {
        let out = boussole::plan(&boussole::example_plan(locale));
        let md = objectives_markdown(&out);
        assert!(md.starts_with(&format!(
            "## {}\n\n1. **",
            results::SMART_OBJECTIVES.get(locale)
        )));
        assert_holds_every_objective(&unescape(&md), &out);
        let nested = md.lines().filter(|l| l.starts_with("   - ")).count();
        assert_eq!(nested, 2 * out.objectives.len());
        assert!(md.contains(&format!("\n## {}\n", results::OKR_TITLE.get(locale))));
        assert!(
            md.contains("\n### "),
            "the OKR's objective under its heading"
        );
    }
    // A channel's name cannot become markup.
    let out = boussole::plan(&hostile_plan());
    let md = objectives_markdown(&out);
    for markup in ["<img", "*bold*", "[link]"] {
        let escaped = md
            .match_indices(markup)
            .all(|(i, _)| md[..i].ends_with('\\'));
        assert!(escaped, "{markup} unescaped in\n{md}");
    }
    assert!(md.contains("\\<img src=x\\> \\*bold\\* \\[link\\](x)"));
    assert_holds_every_objective(&unescape(&md), &out);
}

#[test]
fn the_smart_csv_has_a_row_per_objective_that_parses_back() {
    for (locale, sep) in [(Locale::Fr, ';'), (Locale::En, ',')] {
        let out = boussole::plan(&boussole::example_plan(locale));
        let csv = objectives_csv(&out);
        let records = csv_records(&csv);
        assert_eq!(records.len(), out.objectives.len() + 1);
        let header = csv_fields(records[0], sep);
        assert_eq!(header.len(), 7);
        assert_eq!(header[0], csv_words::SCOPE.get(locale));
        assert_eq!(header[2], results::OBJECTIVE.get(locale));
        assert_eq!(header[4], csv_words::ACHIEVABLE_REASON.get(locale));
        for (record, o) in records[1..].iter().zip(&out.objectives) {
            let fields = csv_fields(record, sep);
            assert_eq!(fields.len(), header.len(), "{record}");
            assert_eq!(fields[2], o.text);
            assert_eq!(fields[4], o.achievable.reason);
            assert_eq!(fields[6], o.realistic.reason);
        }
        // The plan's objective has no subject; a channel's names its channel.
        assert_eq!(csv_fields(records[1], sep)[1], "");
        assert!(out
            .channels
            .iter()
            .all(|c| records.iter().any(|r| csv_fields(r, sep)[1] == c.label)));
    }
    // A formula in a channel's name stays text, and the columns hold.
    let out = boussole::plan(&hostile_plan());
    let csv = objectives_csv(&out);
    assert!(csv.contains("\"'=HYPERLINK(\"\"http://x\"\";\"\"clic\"\")\""));
    for record in csv_records(&csv) {
        assert_eq!(csv_fields(record, ';').len(), 7, "{record}");
    }
}

/// The printout's header of the results.
fn print_header(view: &Results) -> &PrintHeader {
    view.print.as_ref().expect("a print header")
}

/// A row's name.
fn head(cell: &CellView) -> &str {
    match cell {
        CellView::Head { text } => text,
        other => panic!("not a row's name: {other:?}"),
    }
}

/// Each abbreviation of the glossary as the text spells it out where it first appears:
/// « CPA (coût par acquisition) ».
fn spelled_out(view: &Results) -> Vec<String> {
    let glossary = view.glossary.as_ref().expect("a glossary");
    glossary
        .items
        .iter()
        .filter(|(term, _)| term.len() <= 5 && term.chars().all(|c| c.is_ascii_uppercase()))
        .map(|(abbr, meaning)| {
            let short = meaning.split([':', '(']).next().unwrap();
            format!(
                "{abbr} ({})",
                short.trim_end_matches([' ', '\u{a0}', '\u{202f}'])
            )
        })
        .collect()
}

#[test]
fn the_print_header_holds_the_title_the_date_and_the_inputs() {
    for locale in LOCALES {
        let input = boussole::example_plan(locale);
        let out = boussole::plan(&input);
        let view = plan_view(&out, None, Some(&input));
        // The page draws the header before the sections (`www/view.js`), and writes the date
        // in it when it prints.
        let header = print_header(&view);
        assert_eq!(header.title, results::PRINT_TITLE.get(locale));
        assert_eq!(header.printed_on, results::PRINTED_ON.get(locale));
        let inputs = header.inputs.as_ref().expect("the inputs");
        let aov = money(input.average_order_value, &input.currency, locale);
        assert!(
            inputs.figures.iter().any(|(_, value)| *value == aov),
            "no {aov} in {:?}",
            inputs.figures
        );
        assert!(
            inputs
                .figures
                .iter()
                .any(|(_, value)| *value == out.quarters[0].label),
            "no {} in {:?}",
            out.quarters[0].label,
            inputs.figures
        );
        let names: Vec<&str> = inputs
            .channels
            .rows
            .iter()
            .map(|r| head(&r.cells[0]))
            .collect();
        let labels: Vec<&str> = input.channels.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(names, labels);
        // Abbreviations are spelled out where the screen shows them first, once, and not in
        // the header.
        let spelled = spelled_out(&view);
        assert!(spelled.len() >= 8, "{spelled:?}");
        let in_header = common::view::strings(header);
        let in_sections = common::view::strings(&view.sections);
        for s in &spelled {
            assert!(
                !in_header.iter().any(|t| t.contains(s.as_str())),
                "{s} in the header"
            );
            let times: usize = in_sections
                .iter()
                .map(|t| t.matches(s.as_str()).count())
                .sum();
            assert!(times <= 1, "{s} spelled out {times} times");
        }
        let cpa = spelled.iter().find(|s| s.starts_with("CPA ")).unwrap();
        assert!(
            in_sections.iter().any(|t| t.contains(cpa.as_str())),
            "{cpa}"
        );
        // Without the inputs, the header has the title and the date only.
        let bare = plan_view(&out, None, None);
        assert_eq!(print_header(&bare).title, header.title);
        assert!(print_header(&bare).inputs.is_none());
        assert!(!common::view::strings(print_header(&bare)).contains(&aov));
    }
    // What the visitor typed, as typed.
    let input = hostile_plan();
    let view = plan_view(&boussole::plan(&input), None, Some(&input));
    let channels = &print_header(&view).inputs.as_ref().unwrap().channels;
    assert_eq!(head(&channels.rows[0].cells[0]), input.channels[0].label);
    assert_eq!(input.channels[0].label, "<img src=x> *bold* [link](x)");
}

/// [14] A channel's name with a line break, a would-be list item, a table's bar and terminal
/// escapes (clear the screen, set the window's title, ring), as a plan built natively may hold
/// (validation refuses them in JSON).
const CONTROL_LABEL: &str = "Ads\n- item | cut\r\u{1b}[2J\u{1b}]0;pwned\u{7}\u{202e}dlrow";

/// What each writer shows of [`CONTROL_LABEL`]: every control character as its code.
const CONTROL_SHOWN: &str =
    "Ads\\u{a}- item | cut\\u{d}\\u{1b}[2J\\u{1b}]0;pwned\\u{7}\\u{202e}dlrow";

/// [14] Every text copy, Markdown copy, CSV and iCalendar file writes the control characters of
/// a name as their codes (`\u{1b}`): a line break cannot cut a table or start a list item, an
/// escape cannot reach a terminal, and the calendar's TEXT values hold no CTL (RFC 5545 §3.3.11).
#[test]
fn control_characters_in_a_name_are_shown_as_codes_in_every_writer() {
    use boussole::render::calendar::{reviews_ics, Utc};
    use boussole::render::{months_csv, okr_text, targets_csv};
    use boussole::table::{plan_markdown, plan_table, review_table};
    let mut input = boussole::example_plan(Locale::En);
    input.channels[0].label = CONTROL_LABEL.to_string();
    let out = boussole::plan(&input);
    let mut review = boussole::example::example_review(Locale::En);
    review.plan.channels[0].label = CONTROL_LABEL.to_string();
    let reviewed = boussole::review(&review);
    // Only the writers' own line ends: "\n", and "\r\n" in CSV and iCalendar.
    let lines_without_controls = |name: &str, text: &str, end: &str| {
        for line in text.split(end) {
            assert!(
                !line.chars().any(boussole::render::unseen),
                "{name}: {line:?}"
            );
            assert!(!line.trim_start().starts_with("- item"), "{name}: {line:?}");
        }
    };
    let texts = [
        ("plan_table", plan_table(&out)),
        ("review_table", review_table(&reviewed)),
        ("objectives_text", objectives_text(&out)),
        ("okr_text", okr_text(&out)),
    ];
    for (name, text) in &texts {
        lines_without_controls(name, text, "\n");
    }
    assert!(texts[0].1.contains(CONTROL_SHOWN), "{}", texts[0].1);
    assert!(texts[2].1.contains(CONTROL_SHOWN), "{}", texts[2].1);
    for (name, md) in [
        ("plan_markdown", plan_markdown(&out)),
        ("objectives_markdown", objectives_markdown(&out)),
    ] {
        lines_without_controls(name, &md, "\n");
        assert!(unescape(&md).contains(CONTROL_SHOWN), "{name}: {md}");
        // Every line of a table is a whole row: the name's line break did not cut one.
        for line in md.lines().filter(|l| l.starts_with('|')) {
            assert!(line.ends_with('|'), "{name}: {line:?}");
        }
    }
    for (name, csv) in [
        ("targets_csv", targets_csv(&out)),
        ("months_csv", months_csv(&out)),
        ("objectives_csv", objectives_csv(&out)),
    ] {
        lines_without_controls(name, &csv, "\r\n");
    }
    let ics = reviews_ics(&out, Utc(1_800_000_000));
    // Content lines unfolded (RFC 5545 §3.1): only HTAB among the CTLs, and none here.
    let unfolded = ics.replace("\r\n ", "");
    lines_without_controls("reviews_ics", &unfolded, "\r\n");
    assert!(
        unfolded.contains("Ads\\\\u{a}- item | cut\\\\u{d}\\\\u{1b}[2J\\\\u{1b}]0\\;pwned\\\\u{7}"),
        "{unfolded}"
    );
}
