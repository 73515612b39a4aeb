//! `boussole`: the planner on the command line.
//!
//! `boussole plan FILE|- [--format json|table|markdown|ics]`, `boussole review FILE|- [...]`,
//! `boussole example [--locale en] [--review]`.
//! Exit codes: 0 valid, 2 invalid input (errors as JSON on stdout, one line each on
//! stderr), 1 unreadable or oversized input, output that cannot be written, or bad usage;
//! 141 when the reader of the output went away (`boussole example | head -c1`), quietly.

use std::io::{Read, Write};
use std::process::ExitCode;

use boussole::model::Locale;
use boussole::output::{Invalid, PlanResult};
use boussole::render::visible as shown;
use boussole::review::ReviewResult;

const USAGE: &str = "\
Usage:
  boussole plan FILE|- [--format json|table|markdown|ics] [--history MONTHS.csv]
                                               plan a PlanInput (JSON); - reads stdin;
                                               markdown: the plan to paste; ics: its
                                               quarterly reviews as calendar events
  boussole review FILE|- [--format json|table] [--history MONTHS.csv]
                                               review a plan with its closed quarters (`actuals`)
  --history reads 12 to 36 months of revenue, oldest first (one column, or month and revenue),
  and puts them in the plan as its `history`; months given must end the month before the
  plan starts
  boussole example [--locale fr|en] [--review] print an example plan (or review) to start from
  boussole --version | --help";

/// The largest input read: a plan is a few kilobytes; anything larger is a mistake.
const MAX_INPUT_BYTES: u64 = 10 * 1024 * 1024;

/// Why the command stops early.
enum Failure {
    /// Said on stderr, exit 1.
    Message(String),
    /// The reader of standard output has gone: stop without a word, exit 141 like a program
    /// ended by SIGPIPE.
    ClosedPipe,
}

impl From<String> for Failure {
    fn from(message: String) -> Self {
        Failure::Message(message)
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(Failure::Message(message)) => {
            // Standard error may be closed too: then there is no one left to tell.
            let _ = writeln!(std::io::stderr(), "boussole: {message}");
            ExitCode::from(1)
        }
        Err(Failure::ClosedPipe) => ExitCode::from(141),
    }
}

/// Writes `text` and a newline (unless it ends with one) to standard output, and makes sure it got there.
fn emit(text: &str) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    // Text that ends its own lines (an .ics file ends in CRLF) gets no extra newline.
    let end = if text.ends_with('\n') { "" } else { "\n" };
    match write!(out, "{text}{end}").and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Err(Failure::ClosedPipe),
        Err(e) => Err(Failure::Message(format!(
            "cannot write to standard output: {e}"
        ))),
    }
}

#[derive(Clone, Copy, PartialEq, Default)]
enum Format {
    #[default]
    Json,
    Table,
    Markdown,
    Ics,
}

fn run(args: &[String]) -> Result<ExitCode, Failure> {
    let Some((command, rest)) = args.split_first() else {
        return Err(format!("a command is needed\n{USAGE}").into());
    };
    match command.as_str() {
        "plan" | "review" => {
            let opts = options(rest)?;
            if opts.locale.is_some() || opts.review {
                return Err(format!("{command} takes --format and --history only\n{USAGE}").into());
            }
            let file = opts
                .file
                .ok_or_else(|| format!("{command} needs a FILE or -\n{USAGE}"))?;
            if file == "-" && opts.history.as_deref() == Some("-") {
                // The plan would take all of it and leave the history empty.
                return Err(format!(
                    "standard input can be read only once: give the plan or the history as a file (--history FILE)\n{USAGE}"
                )
                .into());
            }
            let json = read_input(&file)?;
            let value = match boussole::validate::json_value(&json) {
                Ok(value) => value,
                Err(errors) => return print_invalid(&Invalid::new(errors)),
            };
            let value = match &opts.history {
                Some(csv) => match with_history(value, &read_input(csv)?) {
                    Ok(value) => value,
                    Err(invalid) => return print_invalid(&invalid),
                },
                None => value,
            };
            if command == "plan" {
                match boussole::plan_value(&value) {
                    PlanResult::Ok(out) => {
                        let text = match opts.format {
                            Format::Json => to_json(&out),
                            Format::Table => boussole::table::plan_table(&out),
                            Format::Markdown => boussole::table::plan_markdown(&out),
                            Format::Ics => reviews_ics(&out),
                        };
                        emit(&text)?;
                        Ok(ExitCode::SUCCESS)
                    }
                    PlanResult::Invalid(invalid) => print_invalid(&invalid),
                }
            } else {
                match boussole::review_value(&value) {
                    ReviewResult::Ok(out) => {
                        let text = match opts.format {
                            Format::Json => to_json(&out),
                            Format::Table => boussole::table::review_table(&out),
                            Format::Markdown | Format::Ics => {
                                return Err("review takes --format json or table"
                                    .to_string()
                                    .into())
                            }
                        };
                        emit(&text)?;
                        Ok(ExitCode::SUCCESS)
                    }
                    ReviewResult::Invalid(invalid) => print_invalid(&invalid),
                }
            }
        }
        "example" => {
            let opts = options(rest)?;
            if opts.file.is_some() || opts.format_given || opts.history.is_some() {
                return Err(format!("example takes --locale and --review only\n{USAGE}").into());
            }
            let locale = opts.locale.unwrap_or_default();
            let text = if opts.review {
                to_json(&boussole::example::example_review(locale))
            } else {
                to_json(&boussole::example_plan(locale))
            };
            emit(&text)?;
            Ok(ExitCode::SUCCESS)
        }
        "--version" | "-V" => {
            emit(&format!("boussole {}", boussole::VERSION))?;
            Ok(ExitCode::SUCCESS)
        }
        "--help" | "-h" | "help" => {
            emit(USAGE)?;
            Ok(ExitCode::SUCCESS)
        }
        other => Err(format!("unknown command `{}`\n{USAGE}", shown(other)).into()),
    }
}

/// What follows the command.
#[derive(Default)]
struct Options {
    file: Option<String>,
    format: Format,
    format_given: bool,
    locale: Option<Locale>,
    review: bool,
    history: Option<String>,
}

/// Reads `FILE`, `--format F`, `--locale L`, `--review` in any order.
fn options(args: &[String]) -> Result<Options, String> {
    let mut opts = Options::default();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v.to_string())),
            _ => (arg.as_str(), None),
        };
        let mut value = || {
            inline
                .clone()
                .or_else(|| it.next().cloned())
                .ok_or(format!("{name} needs a value"))
        };
        match name {
            "--format" => {
                opts.format_given = true;
                opts.format = match value()?.as_str() {
                    "json" => Format::Json,
                    "table" => Format::Table,
                    "markdown" => Format::Markdown,
                    "ics" => Format::Ics,
                    other => {
                        return Err(format!(
                            "unknown format `{}` (json, table, markdown or ics)",
                            shown(other)
                        ))
                    }
                }
            }
            "--locale" => {
                let v = value()?;
                opts.locale = Some(
                    Locale::parse(&v)
                        .ok_or(format!("unknown locale `{}` (fr or en)", shown(&v)))?,
                );
            }
            "--review" => opts.review = true,
            "--history" => opts.history = Some(value()?),
            _ if name.starts_with("--") => {
                return Err(format!("unknown option `{}`\n{USAGE}", shown(name)))
            }
            _ if opts.file.is_none() => opts.file = Some(arg.clone()),
            _ => return Err(format!("unexpected argument `{}`\n{USAGE}", shown(arg))),
        }
    }
    Ok(opts)
}

/// The file's text (standard input for `-`), without the byte-order mark some editors write
/// first; at most [`MAX_INPUT_BYTES`].
fn read_input(file: &str) -> Result<String, String> {
    let (name, source): (_, Box<dyn Read>) = if file == "-" {
        ("standard input".into(), Box::new(std::io::stdin()))
    } else {
        let name = shown(file);
        let opened = std::fs::File::open(file).map_err(|e| format!("cannot read {name}: {e}"))?;
        (name, Box::new(opened))
    };
    let mut bytes = Vec::new();
    source
        .take(MAX_INPUT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read {name}: {e}"))?;
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(format!(
            "{name} holds more than {} MB: a plan is a few kilobytes of JSON",
            MAX_INPUT_BYTES / (1024 * 1024)
        ));
    }
    let text = String::from_utf8(bytes).map_err(|_| format!("{name} is not UTF-8 text"))?;
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    })
}

/// The plan with the months of `csv` as its history (in place of any it has); a history that
/// cannot be read, or whose months are not the ones before the plan's start, is invalid
/// input, named at `history.months`.
fn with_history(mut value: serde_json::Value, csv: &str) -> Result<serde_json::Value, Invalid> {
    use boussole::form::history::{history_for_plan, YearMonth};
    let locale = boussole::validate::requested_locale(&value);
    // A start that is no year and quarter is the plan's own error, said by the engine.
    let start = |field: &str| value.pointer(&format!("/start/{field}"))?.as_i64();
    let plan_start = start("year")
        .zip(start("quarter"))
        .and_then(|(y, q)| YearMonth::first_of_quarter(y.try_into().ok()?, q.try_into().ok()?));
    match history_for_plan(csv, locale, plan_start) {
        Ok(months) => {
            if let Some(plan) = value.as_object_mut() {
                plan.insert("history".into(), serde_json::json!({ "months": months }));
            }
            Ok(value)
        }
        Err(e) => Err(Invalid::new(vec![boussole::FieldError {
            field: Some("history.months".into()),
            code: "invalid_format".into(),
            message: e.message,
        }])),
    }
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    boussole::json::to_text(value, 2)
}

/// The plan's quarterly reviews as an iCalendar file, stamped with this moment.
fn reviews_ics(out: &boussole::PlanOutput) -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    boussole::render::calendar::reviews_ics(out, boussole::render::calendar::Utc(now))
}

/// Invalid input: the errors as JSON on stdout, one readable line each on stderr, exit 2.
/// A key or a value echoed shows its control characters as their codes (`\u{1b}`).
fn print_invalid(invalid: &Invalid) -> Result<ExitCode, Failure> {
    emit(&to_json(invalid))?;
    let mut err = std::io::stderr().lock();
    for e in &invalid.errors {
        let field = shown(e.field.as_deref().unwrap_or("-"));
        let _ = writeln!(err, "{field}: {} ({})", shown(&e.message), e.code);
    }
    Ok(ExitCode::from(2))
}
