//! The `boussole` command line: outputs, exit codes, formats.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::{json, Value};

fn boussole(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_boussole"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    if let Some(text) = stdin {
        // The command may exit (bad usage) before reading its input.
        let _ = child.stdin.take().unwrap().write_all(text.as_bytes());
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().unwrap()
}

fn stdout_json(out: &Output) -> Value {
    as_floats(serde_json::from_slice(&out.stdout).expect("stdout is JSON"))
}

/// Every number as a float: the command line writes `80` where serde_json's value holds `80.0`.
fn as_floats(value: Value) -> Value {
    match value {
        Value::Number(n) => json!(n.as_f64().unwrap()),
        Value::Array(list) => Value::Array(list.into_iter().map(as_floats).collect()),
        Value::Object(map) => map.into_iter().map(|(k, v)| (k, as_floats(v))).collect(),
        other => other,
    }
}

#[test]
fn example_then_plan_through_a_pipe_agrees_with_the_library() {
    for locale in ["fr", "en"] {
        let example = boussole(&["example", "--locale", locale], None);
        assert!(example.status.success());
        let input = String::from_utf8(example.stdout).unwrap();
        let planned = boussole(&["plan", "-"], Some(&input));
        assert_eq!(planned.status.code(), Some(0));
        let from_cli = stdout_json(&planned);
        let from_lib = as_floats(serde_json::to_value(boussole::plan_json(&input)).unwrap());
        assert_eq!(from_cli, from_lib);
        assert_eq!(from_cli["locale"], json!(locale));
        // The example is the shop the issue describes: about 1.2 M€, four channels, +30 %.
        let revenue = from_cli["baseline"]["annualRevenue"].as_f64().unwrap();
        assert!((1.1e6..1.3e6).contains(&revenue), "{revenue}");
        assert_eq!(from_cli["channels"].as_array().unwrap().len(), 4);
        assert_eq!(from_cli["goal"]["growthRate"], json!(0.3));
    }
}

#[test]
fn plan_reads_a_file() {
    let dir = std::env::temp_dir().join(format!("boussole-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("plan.json");
    let example = boussole(&["example"], None);
    std::fs::write(&file, &example.stdout).unwrap();
    let out = boussole(&["plan", file.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout_json(&out)["ok"], json!(true));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn invalid_input_exits_2_with_json_and_one_line_per_error() {
    let input = r#"{"start": {"year": 2027, "quarter": 9}, "averageOrderValue": -1, "grossMarginRate": 0.4,
                    "goal": {"growthRate": 0.2}, "locale": "en",
                    "channels": [{"id": "seo", "label": "SEO", "kind": "seo", "sessionsPerMonth": 100, "conversionRate": 0.02}]}"#;
    let out = boussole(&["plan", "-"], Some(input));
    assert_eq!(out.status.code(), Some(2));
    let json = stdout_json(&out);
    assert_eq!(json["ok"], json!(false));
    assert_eq!(json["errors"].as_array().unwrap().len(), 2);
    let stderr = String::from_utf8(out.stderr).unwrap();
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 2, "{stderr}");
    assert!(
        lines[0].starts_with("start.quarter: Quarter: must be at least 1 and at most 4."),
        "{stderr}"
    );
    assert!(lines[1].contains("averageOrderValue"), "{stderr}");
}

#[test]
fn text_that_is_not_json_is_invalid_input() {
    let out = boussole(&["plan", "-"], Some("{ not json"));
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stdout_json(&out)["errors"][0]["code"],
        json!("invalid_json")
    );
}

#[test]
fn unreadable_file_and_bad_usage_exit_1() {
    for args in [
        &["plan", "/nonexistent/plan.json"][..],
        &["plan"],
        &[],
        &["frobnicate"],
        &["plan", "-", "--format", "xml"],
        &["example", "--locale", "de"],
    ] {
        let out = boussole(args, Some("{}"));
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(!out.stderr.is_empty());
    }
}

#[test]
fn table_format_shows_targets_economics_and_quarters() {
    let example = boussole(&["example", "--locale", "en"], None);
    let input = String::from_utf8(example.stdout).unwrap();
    let out = boussole(&["plan", "-", "--format", "table"], Some(&input));
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    let planned: Value = serde_json::to_value(boussole::plan_json(&input)).unwrap();
    for needle in [
        "Channel",
        "Target CPA",
        "Quarter",
        "Q1\u{a0}2027",
        "Q4\u{a0}2027",
        "Social media",
        "paid back within 12 months",
    ] {
        assert!(text.contains(needle), "missing {needle}:\n{text}");
    }
    // The headline's target revenue, as English formatting writes it.
    let target = planned["goal"]["targetRevenue"].as_f64().unwrap();
    assert!(
        text.contains(&boussole::format::money(
            target,
            "EUR",
            boussole::Locale::En
        )),
        "{text}"
    );
}

#[test]
fn version_and_help() {
    let out = boussole(&["--version"], None);
    assert_eq!(
        String::from_utf8(out.stdout).unwrap().trim(),
        format!("boussole {}", env!("CARGO_PKG_VERSION"))
    );
    let out = boussole(&["--help"], None);
    assert!(String::from_utf8(out.stdout)
        .unwrap()
        .contains("boussole plan"));
}

#[test]
fn review_of_the_example_agrees_with_the_library() {
    for locale in ["fr", "en"] {
        let example = boussole(&["example", "--review", "--locale", locale], None);
        assert!(example.status.success());
        let input = String::from_utf8(example.stdout).unwrap();
        let reviewed = boussole(&["review", "-"], Some(&input));
        assert_eq!(
            reviewed.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&reviewed.stderr)
        );
        let from_cli = stdout_json(&reviewed);
        assert_eq!(
            from_cli,
            as_floats(serde_json::to_value(boussole::review_json(&input)).unwrap())
        );
        // Two closed quarters, two open ones.
        let statuses: Vec<&str> = from_cli["quarters"]
            .as_array()
            .unwrap()
            .iter()
            .map(|q| q["status"].as_str().unwrap())
            .collect();
        assert_eq!(&statuses[2..], ["open", "open"]);
        assert!(statuses[..2].iter().all(|s| *s != "open"));
        let table = boussole(&["review", "-", "--format", "table"], Some(&input));
        let text = String::from_utf8(table.stdout).unwrap();
        let open = if locale == "fr" { "à venir" } else { "open" };
        assert!(text.contains(open), "{text}");
        // The terminal's columns are the page's, in the page's order.
        let header = if locale == "fr" {
            "Trimestre  Statut     CA visé  CA réalisé  Atteinte"
        } else {
            "Quarter  Status    Target revenue  Actual revenue  Attainment"
        };
        assert!(text.starts_with(header), "{text}");
    }
}

#[test]
fn invalid_review_exits_2() {
    let example = boussole(&["example", "--review", "--locale", "en"], None);
    let mut input: Value = serde_json::from_slice(&example.stdout).unwrap();
    input["actuals"][1]["quarter"] = json!(3);
    input["actuals"][0]["channels"][0]["id"] = json!("tiktok");
    let out = boussole(&["review", "-"], Some(&input.to_string()));
    assert_eq!(out.status.code(), Some(2));
    let errors = stdout_json(&out)["errors"].clone();
    assert_eq!(errors[0]["field"], json!("actuals[0].channels[0].id"));
    assert_eq!(errors[0]["code"], json!("unknown_channel"));
    assert_eq!(errors[1]["field"], json!("actuals[1].quarter"));
    assert_eq!(errors[1]["code"], json!("actuals_not_in_order"));
    // A plan without actuals is not a review.
    let plan = boussole(&["example"], None);
    let out = boussole(
        &["review", "-"],
        Some(&String::from_utf8(plan.stdout).unwrap()),
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stdout_json(&out)["errors"][0]["field"], json!("actuals"));
}

#[test]
fn a_byte_order_mark_is_not_an_error() {
    let example = boussole(&["example"], None);
    let with_bom = format!("\u{feff}{}", String::from_utf8(example.stdout).unwrap());
    let out = boussole(&["plan", "-"], Some(&with_bom));
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

// ---------------------------------------------------------------------------------------------
// Output that cannot be written, inputs too large

/// The command with its standard output sent to `stdout`.
fn boussole_to(args: &[&str], stdout: Stdio) -> Output {
    Command::new(env!("CARGO_BIN_EXE_boussole"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(Stdio::piped())
        .output()
        .expect("the binary runs")
}

#[test]
fn a_full_disk_is_an_error_not_a_panic_nor_a_success() {
    let dir = std::env::temp_dir().join(format!("boussole-full-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let plan = dir.join("plan.json");
    std::fs::write(&plan, boussole(&["example"], None).stdout).unwrap();
    for args in [
        vec!["example"],
        vec!["plan", plan.to_str().unwrap()],
        vec!["plan", plan.to_str().unwrap(), "--format", "table"],
        vec!["--version"],
    ] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let out = boussole_to(&args, Stdio::from(full));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(
            stderr.contains("cannot write to standard output"),
            "{args:?}: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_boussole"))
        .args(["example", "--review"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The reader goes away before the command writes (or while it does).
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        matches!(out.status.code(), Some(0 | 141)),
        "{:?}",
        out.status
    );
    assert!(stderr.is_empty(), "{stderr}");
}

#[test]
fn inputs_over_ten_megabytes_are_refused() {
    let big = " ".repeat(10 * 1024 * 1024 + 1);
    let out = boussole(&["plan", "-"], Some(&big));
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("more than 10 MB"), "{stderr}");
    // An endless file is cut short, not read until memory runs out.
    let out = boussole(&["review", "/dev/zero"], None);
    assert_eq!(out.status.code(), Some(1));
    // Just under the limit is read (and is not a plan).
    let out = boussole(&["plan", "-"], Some(&" ".repeat(1024 * 1024)));
    assert_eq!(out.status.code(), Some(2));
}

/// [8] `--history` reads a spreadsheet's months (here a French CSV with a header) into the
/// plan: its seasonality and past growth are derived; a cell that is no amount is named.
#[test]
fn history_comes_from_a_csv_file() {
    let dir = std::env::temp_dir().join(format!("boussole-history-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let csv = dir.join("months.csv");
    let mut text = String::from("Mois;CA\n");
    for m in 0..24 {
        // The example starts in Q1 2027: 2025-01 … 2026-12, a strong December.
        let revenue = if m % 12 == 11 {
            150_000
        } else {
            95_000 + 1000 * (m / 12)
        };
        text += &format!("{}-{:02};{} €\n", 2025 + m / 12, m % 12 + 1, revenue);
    }
    std::fs::write(&csv, &text).unwrap();
    let example = String::from_utf8(boussole(&["example"], None).stdout).unwrap();
    let out = boussole(
        &["plan", "-", "--history", csv.to_str().unwrap()],
        Some(&example),
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let plan = stdout_json(&out);
    assert_eq!(plan["history"]["months"], json!(24.0));
    // The example's own seasonality and past growth win over the derived ones.
    assert_eq!(plan["history"]["pastGrowthRate"], json!(0.18));
    let mut bare: Value = serde_json::from_str(&example).unwrap();
    bare["seasonality"] = Value::Null;
    bare["pastGrowthRate"] = Value::Null;
    let out = boussole(
        &["plan", "-", "--history", csv.to_str().unwrap()],
        Some(&bare.to_string()),
    );
    let plan = stdout_json(&out);
    let growth = plan["history"]["pastGrowthRate"].as_f64().unwrap();
    assert!(
        (growth - (11.0 * 96_000.0 + 150_000.0) / (11.0 * 95_000.0 + 150_000.0) + 1.0).abs()
            < 1e-12
    );
    assert!(plan["history"]["seasonality"][3].as_f64().unwrap() > 0.25);
    // A cell that is no amount: invalid input, named.
    std::fs::write(&csv, text.replace("96000 €", "n/a")).unwrap();
    let out = boussole(
        &["plan", "-", "--history", csv.to_str().unwrap()],
        Some(&example),
    );
    assert_eq!(out.status.code(), Some(2));
    let errors = stdout_json(&out)["errors"].clone();
    assert_eq!(errors[0]["field"], json!("history.months"));
    assert!(errors[0]["message"]
        .as_str()
        .unwrap()
        .starts_with("Ligne 14, colonne 2"));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// [8] `--history` dates rows by their months as the page does: a year-old export for a plan
/// starting in Q1 2027 is invalid input that names the months, not a history re-dated.
#[test]
fn a_csv_history_is_dated_by_its_months() {
    let dir = std::env::temp_dir().join(format!("boussole-dated-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let csv = dir.join("months.csv");
    let months = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let rows = |first_year: usize| -> String {
        (0..24)
            .map(|k| {
                format!(
                    "{}-{},{}\n",
                    months[k % 12],
                    (first_year + k / 12) % 100,
                    95_000 + k
                )
            })
            .collect()
    };
    let example = String::from_utf8(boussole(&["example"], None).stdout).unwrap();
    let plan_with = |text: &str| {
        std::fs::write(&csv, text).unwrap();
        boussole(
            &["plan", "-", "--history", csv.to_str().unwrap()],
            Some(&example),
        )
    };
    let out = plan_with(&rows(2024));
    assert_eq!(out.status.code(), Some(2));
    let errors = stdout_json(&out)["errors"].clone();
    assert_eq!(errors[0]["field"], json!("history.months"));
    let message = errors[0]["message"]
        .as_str()
        .unwrap()
        .replace('\u{a0}', " ");
    assert!(
        message.starts_with("Les 24 mois de l’historique vont de janvier 2024 à décembre 2025, mais le plan commence en janvier 2027"),
        "{message}"
    );
    // A year later, they are the plan's history, with the numbers of the bare column.
    let out = plan_with(&rows(2025));
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let column: String = (0..24).map(|k| format!("{}\n", 95_000 + k)).collect();
    assert_eq!(stdout_json(&out), stdout_json(&plan_with(&column)));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The example plan in `locale`, as the command line prints it.
fn example_in(locale: &str) -> String {
    String::from_utf8(boussole(&["example", "--locale", locale], None).stdout).unwrap()
}

#[test]
fn the_reviews_as_a_calendar_file() {
    let input = example_in("fr");
    let first = boussole(&["plan", "-", "--format", "ics"], Some(&input));
    assert_eq!(first.status.code(), Some(0));
    let ics = String::from_utf8(first.stdout).unwrap();
    // CRLF line ends only, lines of at most 75 octets, no newline added after the last.
    assert!(ics.ends_with("END:VCALENDAR\r\n"), "{ics}");
    assert!(!ics.replace("\r\n", "").contains('\n'));
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    let unfolded = ics.replace("\r\n ", "");
    let values = |key: &str| -> Vec<String> {
        unfolded
            .split("\r\n")
            .filter_map(|l| l.strip_prefix(key))
            .map(String::from)
            .collect()
    };
    // The example starts in 2027: Q4 ends on Friday 31 December, 1 January 2028 is a Saturday.
    assert_eq!(
        values("DTSTART;VALUE=DATE:"),
        ["20270401", "20270701", "20271001", "20280103"]
    );
    assert_eq!(values("SUMMARY:")[0], "Revue T1 2027 — Boussole");
    assert!(values("DESCRIPTION:")[3].contains("T4 2027"));
    // Exported again, the same events: same UIDs.
    let again = boussole(&["plan", "-", "--format", "ics"], Some(&input));
    let uids = |text: &str| -> Vec<String> {
        text.split("\r\n")
            .filter(|l| l.starts_with("UID:"))
            .map(String::from)
            .collect()
    };
    assert_eq!(uids(&ics).len(), 4);
    assert_eq!(uids(&ics), uids(&String::from_utf8(again.stdout).unwrap()));
    // In English.
    let en = boussole(&["plan", "-", "--format", "ics"], Some(&example_in("en")));
    let en = String::from_utf8(en.stdout).unwrap().replace("\r\n ", "");
    assert!(en.contains("SUMMARY:Q1 2027 review — Boussole\r\n"), "{en}");
    assert!(en.contains("3. Decision: what to change next quarter?"));
    // A review is not a plan to put in a calendar.
    let review = String::from_utf8(boussole(&["example", "--review"], None).stdout).unwrap();
    let out = boussole(&["review", "-", "--format", "ics"], Some(&review));
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn the_plan_as_markdown_has_the_tables_of_the_terminal() {
    let input = example_in("en");
    let out = boussole(&["plan", "-", "--format", "markdown"], Some(&input));
    assert_eq!(out.status.code(), Some(0));
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.starts_with("# Boussole objectives plan\n"), "{md}");
    let text = boussole(&["plan", "-", "--format", "table"], Some(&input));
    let text = String::from_utf8(text.stdout).unwrap();
    // Every section title of the text is a heading of the Markdown.
    for title in [
        "Targets per channel",
        "Quarterly milestones",
        "Scenarios",
        "SMART objectives",
    ] {
        assert!(
            text.contains(&format!("\n\n{title}\n")),
            "{title} in the text"
        );
        assert!(
            md.contains(&format!("\n## {title}\n")),
            "{title} in the Markdown"
        );
    }
    // The channel table: a header, its alignment row, 4 channels and the total.
    let table: Vec<&str> = md
        .split("## Targets per channel\n\n")
        .nth(1)
        .unwrap()
        .lines()
        .take_while(|l| l.starts_with('|'))
        .collect();
    assert_eq!(table.len(), 2 + 4 + 1, "{table:?}");
    assert!(table[1].contains("---:"));
    assert!(table[6].starts_with("| **Total** |"));
}

/// [14] Standard input can be read once: `plan - --history -` is bad usage (exit 1, as the
/// README says), with the reason, not a plan whose history came out empty (exit 2).
#[test]
fn plan_and_history_cannot_both_come_from_standard_input() {
    for command in ["plan", "review"] {
        let out = boussole(&[command, "-", "--history", "-"], Some(&example_in("fr")));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{command}: {stderr}");
        assert!(out.stdout.is_empty(), "{command}");
        assert!(
            stderr.contains("standard input") && stderr.contains("--history FILE"),
            "{command}: {stderr}"
        );
    }
}

/// [14] What the command line echoes of its input cannot drive the terminal: a name with
/// escapes is refused (`invalid_format`) in every format, and an unknown key, an unknown
/// command or option, or a file's name is echoed on stderr with its control characters as
/// their codes (`\u{1b}`).
#[test]
fn control_characters_never_reach_the_terminal() {
    let escapes = "\u{1b}[2J\u{1b}]0;pwned\u{7}";
    let raw = |out: &Output| {
        let text = [&out.stdout[..], &out.stderr[..]].concat();
        let text = String::from_utf8_lossy(&text).into_owned();
        text.chars().any(|c| c.is_control() && c != '\n')
    };
    let mut plan: Value = serde_json::from_str(&example_in("en")).unwrap();
    plan["channels"][0]["label"] = json!(format!("SEO{escapes}"));
    for format in ["json", "table", "markdown", "ics"] {
        let out = boussole(&["plan", "-", "--format", format], Some(&plan.to_string()));
        assert_eq!(out.status.code(), Some(2), "{format}");
        assert_eq!(
            stdout_json(&out)["errors"][0]["code"],
            json!("invalid_format")
        );
        assert!(!raw(&out), "{format}: {out:?}");
    }
    let mut plan: Value = serde_json::from_str(&example_in("en")).unwrap();
    plan[format!("colour{escapes}")] = json!(1);
    let out = boussole(&["plan", "-", "--format", "table"], Some(&plan.to_string()));
    assert_eq!(out.status.code(), Some(2));
    assert!(!raw(&out), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with("colour\\u{1b}[2J\\u{1b}]0;pwned\\u{7}: "),
        "{stderr}"
    );
    for args in [
        vec![escapes],
        vec!["plan", "-", "--fo\u{1b}[31m"],
        vec!["plan", "-", "--format", escapes],
        vec!["plan", "/nonexistent/\u{1b}[2J.json"],
        vec!["example", "--locale", escapes],
        vec!["plan", "-", escapes],
    ] {
        let out = boussole(&args, Some("{}"));
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(!raw(&out), "{args:?}: {out:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("\\u{1b}"),
            "{args:?}"
        );
    }
}
