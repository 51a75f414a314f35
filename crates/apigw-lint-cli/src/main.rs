//! `apigw-lint`: lint Tencent Cloud API Gateway CreateApi request files.

mod inputs;
mod pretty;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use apigw_lint::{InputMode, LintOptions, Severity, rules};
use clap::{Parser, Subcommand, ValueEnum};
use serde::Serialize;

use crate::inputs::Linted;

#[derive(Parser)]
#[command(
    name = "apigw-lint",
    version,
    about = "Lint Tencent Cloud API Gateway CreateApi (2018-08-08) requests before they are sent"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Lint request files (JSON bodies or the query-string form); `-` or no path reads stdin,
    /// a directory is searched for `*.json` and `*.query` files.
    Check(CheckArgs),
    /// List the rules: id, severity, error code and summary.
    Rules,
    /// Print a rule's documentation.
    Explain {
        /// The rule id, e.g. `websocket-requires-get`.
        rule: String,
    },
}

#[derive(clap::Args)]
struct CheckArgs {
    /// Files or directories to lint.
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Pretty)]
    format: Format,
    /// Input form: decide by content, or force JSON or the query-string form.
    #[arg(long, value_enum, default_value_t = Input::Auto)]
    input: Input,
    /// When to colour the pretty output (`auto` follows the terminal and NO_COLOR).
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    color: Color,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Pretty,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum Input {
    Auto,
    Json,
    Query,
}

#[derive(Clone, Copy, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check(args) => check(args),
        Command::Rules => print_rules(),
        Command::Explain { rule } => explain(&rule),
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            // A closed pipe (`apigw-lint rules | head`) is not a failure worth a message.
            if error.kind() != std::io::ErrorKind::BrokenPipe {
                eprintln!("apigw-lint: {error}");
            }
            ExitCode::from(2)
        }
    }
}

fn check(args: CheckArgs) -> std::io::Result<ExitCode> {
    let options = LintOptions {
        input: match args.input {
            Input::Auto => InputMode::Auto,
            Input::Json => InputMode::Json,
            Input::Query => InputMode::Query,
        },
        ..LintOptions::default()
    };
    let linted = inputs::lint_all(&args.paths, &options);
    let errors = count(&linted, Severity::Error);
    let mut out = std::io::stdout().lock();
    match args.format {
        Format::Json => write_json(&mut out, &linted)?,
        Format::Pretty => {
            let color = match args.color {
                Color::Always => true,
                Color::Never => false,
                Color::Auto => {
                    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                }
            };
            pretty::write(&mut out, &linted, color)?;
        }
    }
    out.flush()?;
    Ok(if errors > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn count(linted: &[Linted], severity: Severity) -> usize {
    linted.iter().map(|file| file.report.count(severity)).sum()
}

/// The `--format json` document: a stable contract, see `schemas/report.schema.json`.
#[derive(Serialize)]
struct JsonOutput<'a> {
    version: u32,
    files: Vec<JsonFile<'a>>,
    summary: Summary,
}

#[derive(Serialize)]
struct JsonFile<'a> {
    path: &'a str,
    diagnostics: &'a [apigw_lint::Diagnostic],
}

#[derive(Serialize)]
struct Summary {
    files: usize,
    errors: usize,
    warnings: usize,
}

fn write_json(out: &mut impl Write, linted: &[Linted]) -> std::io::Result<()> {
    let output = JsonOutput {
        version: 1,
        files: linted.iter().map(|file| JsonFile { path: &file.name, diagnostics: &file.report.diagnostics }).collect(),
        summary: Summary {
            files: linted.len(),
            errors: count(linted, Severity::Error),
            warnings: count(linted, Severity::Warning),
        },
    };
    serde_json::to_writer_pretty(&mut *out, &output)?;
    writeln!(out)
}

fn print_rules() -> std::io::Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    let catalog: Vec<_> = rules::catalog().collect();
    let id_width = catalog.iter().map(|r| r.id.len()).max().unwrap_or(0);
    let code_width = catalog.iter().map(|r| r.error_code.unwrap_or("-").len()).max().unwrap_or(0);
    for rule in catalog {
        writeln!(
            out,
            "{:<id_width$}  {:<7}  {:<code_width$}  {}",
            rule.id,
            rule.severity.as_str(),
            rule.error_code.unwrap_or("-"),
            rule.summary
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

fn explain(id: &str) -> std::io::Result<ExitCode> {
    let Some(rule) = rules::find(id) else {
        eprintln!("apigw-lint: no rule `{id}`; `apigw-lint rules` lists them");
        return Ok(ExitCode::from(2));
    };
    let mut out = std::io::stdout().lock();
    writeln!(out, "# {}\n", rule.id)?;
    writeln!(out, "{}\n", rule.summary)?;
    writeln!(out, "- Severity: {}", rule.severity)?;
    writeln!(out, "- Error code: {}\n", rule.error_code.unwrap_or("none"))?;
    write!(out, "{}", rule.documentation())?;
    Ok(ExitCode::SUCCESS)
}
