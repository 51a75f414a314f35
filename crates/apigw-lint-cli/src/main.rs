//! `apigw-lint`: lint Tencent Cloud API Gateway CreateApi request files.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use apigw_lint::{InputMode, LintOptions, Report, Severity, rules};
use clap::{Parser, Subcommand, ValueEnum};

use apigw_lint_cli::inputs::Linted;
use apigw_lint_cli::{config, fix, inputs, render};

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
    /// Print the JSON Schema (draft 2020-12) of a CreateApi request file, for editors.
    Schema,
    /// Run the Language Server over stdio: diagnostics, hover, completion, quick fixes.
    Lsp,
}

#[derive(clap::Args)]
struct CheckArgs {
    /// Files or directories to lint.
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Pretty)]
    format: Format,
    /// Input form: decide by content, or force JSON or the query-string form.
    #[arg(long, value_enum)]
    input: Option<Input>,
    /// The lowest severity that makes the exit status 1.
    #[arg(long, value_enum, default_value_t = FailLevel::Error)]
    fail_level: FailLevel,
    /// Apply the fixes that are certain (letter case, misspelt keys, a missing `/`, quoted
    /// numbers) to the files in place, then report what is left.
    #[arg(long, conflicts_with = "diff")]
    fix: bool,
    /// Show the fixes `--fix` would apply, as a unified diff, without writing; the exit
    /// status is 1 when there is something to fix.
    #[arg(long)]
    diff: bool,
    /// The largest input accepted, in bytes (default 16 MiB, the gateway's request limit).
    #[arg(long, value_name = "BYTES")]
    max_input_bytes: Option<usize>,
    /// Print only the problems: no summary line.
    #[arg(long, short)]
    quiet: bool,
    /// When to colour the pretty output (`auto` follows the terminal and NO_COLOR).
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    color: Color,
    /// The configuration file; by default `apigw-lint.toml` or `.apigw-lint.toml` in the
    /// working directory or the nearest directory above it.
    #[arg(long)]
    config: Option<PathBuf>,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Pretty,
    Json,
    Sarif,
    Github,
    Junit,
}

#[derive(Clone, Copy, ValueEnum)]
enum Input {
    Auto,
    Json,
    Query,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FailLevel {
    Error,
    Warning,
    Never,
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
        Command::Schema => print_schema(),
        Command::Lsp => match apigw_lint_cli::lsp::run() {
            Ok(()) => Ok(ExitCode::SUCCESS),
            Err(error) => {
                eprintln!("apigw-lint lsp: {error}");
                Ok(ExitCode::from(2))
            }
        },
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
    let start = std::env::current_dir()?;
    let config = match config::load(args.config.as_deref(), &start) {
        Ok(config) => config,
        Err(error) => {
            eprintln!("apigw-lint: {error}");
            return Ok(ExitCode::from(2));
        }
    };
    let input = match args.input {
        Some(Input::Auto) => InputMode::Auto,
        Some(Input::Json) => InputMode::Json,
        Some(Input::Query) => InputMode::Query,
        None => config.as_ref().and_then(|c| c.input).unwrap_or_default(),
    };
    let max_input_bytes = args.max_input_bytes.or_else(|| config.as_ref().and_then(|c| c.max_input_bytes));
    let options_for = |path: Option<&Path>| {
        let mut options = LintOptions { input, ..LintOptions::default() };
        if let Some(config) = &config {
            options.rules = config.rules_for(path);
            if let Some(max) = config.max_findings {
                options.limits.max_findings = max;
            }
        }
        if let Some(max) = max_input_bytes {
            options.limits.max_input_bytes = max;
        }
        options
    };
    let mut linted = inputs::lint_all(&args.paths, &options_for);
    if args.diff {
        return show_fixes(&linted, &options_for);
    }
    if args.fix {
        apply_fixes(&mut linted, &options_for)?;
    }
    if let Some(config) = &config {
        let unused = config.suppress(&mut linted);
        if !unused.is_empty() {
            let shown = config.path.strip_prefix(&start).unwrap_or(&config.path);
            linted.push(Linted {
                name: shown.display().to_string(),
                path: Some(config.path.clone()),
                source: Some(config.text().to_owned()),
                report: Report { diagnostics: unused, ..Report::default() },
            });
        }
    }

    let mut out = std::io::stdout().lock();
    match args.format {
        Format::Pretty => {
            let color = match args.color {
                Color::Always => true,
                Color::Never => false,
                Color::Auto => {
                    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                }
            };
            render::pretty::write(&mut out, &linted, color, args.quiet)?;
        }
        Format::Json => render::json::write(&mut out, &linted)?,
        Format::Sarif => render::sarif::write(&mut out, &linted)?,
        Format::Github => render::github::write(&mut out, &linted)?,
        Format::Junit => render::junit::write(&mut out, &linted)?,
    }
    out.flush()?;
    Ok(exit_code(&linted, args.fail_level))
}

/// The files a fix would change: (file, fixed text).
fn fixed_files<'l>(
    linted: &'l [Linted],
    options_for: &dyn Fn(Option<&Path>) -> LintOptions,
) -> Vec<(&'l Linted, String)> {
    linted
        .iter()
        .filter(|file| file.path.is_some() && file.report.iter().any(|d| d.fix.is_some()))
        .filter_map(|file| {
            let source = file.source.as_deref()?;
            let fixed = fix::fix(source, &options_for(file.path.as_deref()));
            (fixed != source).then_some((file, fixed))
        })
        .collect()
}

fn show_fixes(linted: &[Linted], options_for: &dyn Fn(Option<&Path>) -> LintOptions) -> std::io::Result<ExitCode> {
    let changes = fixed_files(linted, options_for);
    let mut out = std::io::stdout().lock();
    for (file, fixed) in &changes {
        write!(out, "{}", fix::diff(&file.name, file.source.as_deref().unwrap_or_default(), fixed))?;
    }
    Ok(if changes.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

/// Writes the fixed files and relints them, so the report shows what is left.
fn apply_fixes(linted: &mut [Linted], options_for: &dyn Fn(Option<&Path>) -> LintOptions) -> std::io::Result<()> {
    let changes: Vec<(usize, String)> = {
        let fixed = fixed_files(linted, options_for);
        fixed
            .into_iter()
            .filter_map(|(file, text)| Some((linted.iter().position(|l| std::ptr::eq(l, file))?, text)))
            .collect()
    };
    for (index, text) in changes {
        let Some(file) = linted.get_mut(index) else { continue };
        let Some(path) = file.path.clone() else { continue };
        std::fs::write(&path, &text)?;
        file.report = apigw_lint::lint_str(&text, &options_for(Some(&path)));
        file.source = Some(text);
    }
    Ok(())
}

fn exit_code(linted: &[Linted], fail_level: FailLevel) -> ExitCode {
    let threshold = match fail_level {
        FailLevel::Error => Some(Severity::Error),
        FailLevel::Warning => Some(Severity::Warning),
        FailLevel::Never => None,
    };
    ExitCode::from(inputs::exit_status(linted, threshold))
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

fn print_schema() -> std::io::Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, &apigw_lint::json_schema::json_schema())?;
    writeln!(out)?;
    Ok(ExitCode::SUCCESS)
}
