//! `boussole`: the planner on the command line.
//!
//! `boussole plan FILE|- [--format json|table]`, `boussole review FILE|- [...]`,
//! `boussole example [--locale en] [--review]`.
//! Exit codes: 0 valid, 2 invalid input (errors as JSON on stdout, one line each on
//! stderr), 1 unreadable file or bad usage.

use std::io::{Read, Write};
use std::process::ExitCode;

use boussole::model::Locale;
use boussole::output::{Invalid, PlanResult};
use boussole::review::ReviewResult;

const USAGE: &str = "\
Usage:
  boussole plan FILE|- [--format json|table]   plan a PlanInput (JSON); - reads stdin
  boussole review FILE|- [--format json|table] review a plan with its closed quarters (`actuals`)
  boussole example [--locale fr|en] [--review] print an example plan (or review) to start from
  boussole --version | --help";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("boussole: {message}");
            ExitCode::from(1)
        }
    }
}

#[derive(Clone, Copy, PartialEq, Default)]
enum Format {
    #[default]
    Json,
    Table,
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    let Some((command, rest)) = args.split_first() else {
        return Err(format!("a command is needed\n{USAGE}"));
    };
    match command.as_str() {
        "plan" | "review" => {
            let opts = options(rest)?;
            if opts.locale.is_some() || opts.review {
                return Err(format!("{command} takes --format only\n{USAGE}"));
            }
            let file = opts
                .file
                .ok_or_else(|| format!("{command} needs a FILE or -\n{USAGE}"))?;
            let json = read_input(&file)?;
            Ok(if command == "plan" {
                match boussole::plan_json(&json) {
                    PlanResult::Ok(out) => {
                        print_ok(&*out, opts.format, boussole::table::plan_table)
                    }
                    PlanResult::Invalid(invalid) => print_invalid(&invalid),
                }
            } else {
                match boussole::review_json(&json) {
                    ReviewResult::Ok(out) => {
                        print_ok(&*out, opts.format, boussole::table::review_table)
                    }
                    ReviewResult::Invalid(invalid) => print_invalid(&invalid),
                }
            })
        }
        "example" => {
            let opts = options(rest)?;
            if opts.file.is_some() || opts.format_given {
                return Err(format!("example takes --locale and --review only\n{USAGE}"));
            }
            let locale = opts.locale.unwrap_or_default();
            let text = if opts.review {
                to_json(&boussole::example::example_review(locale))
            } else {
                to_json(&boussole::example_plan(locale))
            };
            println!("{text}");
            Ok(ExitCode::SUCCESS)
        }
        "--version" | "-V" => {
            println!("boussole {}", boussole::VERSION);
            Ok(ExitCode::SUCCESS)
        }
        "--help" | "-h" | "help" => {
            println!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        other => Err(format!("unknown command `{other}`\n{USAGE}")),
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
                    other => return Err(format!("unknown format `{other}` (json or table)")),
                }
            }
            "--locale" => {
                let v = value()?;
                opts.locale =
                    Some(Locale::parse(&v).ok_or(format!("unknown locale `{v}` (fr or en)"))?);
            }
            "--review" => opts.review = true,
            _ if name.starts_with("--") => return Err(format!("unknown option `{name}`\n{USAGE}")),
            _ if opts.file.is_none() => opts.file = Some(arg.clone()),
            _ => return Err(format!("unexpected argument `{arg}`\n{USAGE}")),
        }
    }
    Ok(opts)
}

/// The file's text, without the byte-order mark some editors write first.
fn read_input(file: &str) -> Result<String, String> {
    let text = if file == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        s
    } else {
        std::fs::read_to_string(file).map_err(|e| format!("cannot read {file}: {e}"))?
    };
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    })
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string_pretty(value).expect("plan outputs serialise to JSON")
}

fn print_ok<T: serde::Serialize>(out: &T, format: Format, table: fn(&T) -> String) -> ExitCode {
    let text = match format {
        Format::Json => to_json(out),
        Format::Table => table(out),
    };
    let _ = writeln!(std::io::stdout(), "{text}");
    ExitCode::SUCCESS
}

/// Invalid input: the errors as JSON on stdout, one readable line each on stderr, exit 2.
fn print_invalid(invalid: &Invalid) -> ExitCode {
    println!("{}", to_json(invalid));
    for e in &invalid.errors {
        eprintln!(
            "{}: {} ({})",
            e.field.as_deref().unwrap_or("-"),
            e.message,
            e.code
        );
    }
    ExitCode::from(2)
}
