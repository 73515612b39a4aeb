//! `boussole`: the planner on the command line.
//!
//! `boussole plan FILE|- [--format json|table]`, `boussole example [--locale en]`.
//! Exit codes: 0 valid, 2 invalid input (errors as JSON on stdout, one line each on
//! stderr), 1 unreadable file or bad usage.

use std::io::{Read, Write};
use std::process::ExitCode;

use boussole::model::Locale;
use boussole::output::PlanResult;

const USAGE: &str = "\
Usage:
  boussole plan FILE|- [--format json|table]   plan a PlanInput (JSON); - reads stdin
  boussole example [--locale fr|en]            print an example plan to start from
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

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Json,
    Table,
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    let Some((command, rest)) = args.split_first() else {
        return Err(format!("a command is needed\n{USAGE}"));
    };
    match command.as_str() {
        "plan" => {
            let (file, format, _) = options(rest, false)?;
            let file = file.ok_or_else(|| format!("plan needs a FILE or -\n{USAGE}"))?;
            let json = read_input(&file)?;
            Ok(print_plan(&boussole::plan_json(&json), format))
        }
        "example" => {
            let (file, _, locale) = options(rest, true)?;
            if file.is_some() {
                return Err(format!("example takes no file\n{USAGE}"));
            }
            let example = boussole::example_plan(locale);
            println!("{}", to_json(&example));
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

/// Reads `FILE [--format F] [--locale L]` in any order.
fn options(
    args: &[String],
    locale_allowed: bool,
) -> Result<(Option<String>, Format, Locale), String> {
    let mut file = None;
    let mut format = Format::Json;
    let mut locale = Locale::Fr;
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
                format = match value()?.as_str() {
                    "json" => Format::Json,
                    "table" => Format::Table,
                    other => return Err(format!("unknown format `{other}` (json or table)")),
                }
            }
            "--locale" if locale_allowed => {
                let v = value()?;
                locale = Locale::parse(&v).ok_or(format!("unknown locale `{v}` (fr or en)"))?;
            }
            _ if name.starts_with("--") => return Err(format!("unknown option `{name}`\n{USAGE}")),
            _ if file.is_none() => file = Some(arg.clone()),
            _ => return Err(format!("unexpected argument `{arg}`\n{USAGE}")),
        }
    }
    Ok((file, format, locale))
}

fn read_input(file: &str) -> Result<String, String> {
    if file == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        Ok(s)
    } else {
        std::fs::read_to_string(file).map_err(|e| format!("cannot read {file}: {e}"))
    }
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string_pretty(value).expect("plan outputs serialise to JSON")
}

fn print_plan(result: &PlanResult, format: Format) -> ExitCode {
    match result {
        PlanResult::Ok(out) => {
            let text = match format {
                Format::Json => to_json(out),
                Format::Table => boussole::table::plan_table(out),
            };
            let _ = writeln!(std::io::stdout(), "{text}");
            ExitCode::SUCCESS
        }
        PlanResult::Invalid(invalid) => {
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
    }
}
