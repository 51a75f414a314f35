//! Finding, reading and linting the inputs: files, directories and standard input.

use std::io::Read;
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};

use apigw_lint::{LintOptions, Report, internal_error, lint_bytes, unreadable_input};
use rayon::prelude::*;

/// One input and its findings.
pub struct Linted {
    /// The path as given or found, or `<stdin>`.
    pub name: String,
    /// The file's path; `None` for standard input.
    pub path: Option<PathBuf>,
    /// The input text, for code frames; `None` if it could not be read or is not UTF-8.
    pub source: Option<String>,
    pub report: Report,
}

enum Source {
    Stdin,
    File(PathBuf),
    /// A path that could not be walked, with the reason.
    Unwalkable(PathBuf, String),
}

/// The options for an input (by its path; `None` for standard input).
pub type OptionsFor<'f> = dyn Fn(Option<&Path>) -> LintOptions + Sync + 'f;

/// The linter the inputs are given to: `apigw_lint::lint_bytes`, or a stand-in in tests.
pub type Linter<'f> = dyn Fn(&[u8], &LintOptions) -> Report + Sync + 'f;

/// Lints every input with the options `options_for` gives its path; files are read and
/// linted in parallel, and the results keep input order.
pub fn lint_all(paths: &[PathBuf], options_for: &OptionsFor<'_>) -> Vec<Linted> {
    lint_all_with(paths, options_for, &lint_bytes)
}

/// [`lint_all`] with the given linter. A panic inside it becomes an `internal-error`
/// finding for that input, and the other inputs are still linted.
pub fn lint_all_with(paths: &[PathBuf], options_for: &OptionsFor<'_>, linter: &Linter<'_>) -> Vec<Linted> {
    let sources = collect(paths);
    sources.into_par_iter().map(|source| lint_one(source, options_for, linter)).collect()
}

fn collect(paths: &[PathBuf]) -> Vec<Source> {
    if paths.is_empty() {
        return vec![Source::Stdin];
    }
    let mut sources = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            sources.push(Source::Stdin);
        } else if path.is_dir() {
            walk(path, &mut sources);
        } else {
            sources.push(Source::File(path.clone()));
        }
    }
    sources
}

/// The request files under a directory: `*.json` and `*.query`, in name order.
fn walk(dir: &Path, sources: &mut Vec<Source>) {
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        match entry {
            Ok(entry) if entry.file_type().is_file() && is_request_file(entry.path()) => {
                sources.push(Source::File(entry.into_path()));
            }
            Ok(_) => {}
            Err(error) => {
                let path = error.path().unwrap_or(dir).to_path_buf();
                sources.push(Source::Unwalkable(path, error.to_string()));
            }
        }
    }
}

fn is_request_file(path: &Path) -> bool {
    path.extension().is_some_and(|ext| ext == "json" || ext == "query")
}

fn lint_one(source: Source, options_for: &OptionsFor<'_>, linter: &Linter<'_>) -> Linted {
    let path = match &source {
        Source::File(path) | Source::Unwalkable(path, _) => Some(path.clone()),
        Source::Stdin => None,
    };
    let options = options_for(path.as_deref());
    let (name, bytes) = match source {
        Source::Stdin => {
            let mut bytes = Vec::new();
            let read = std::io::stdin().lock().read_to_end(&mut bytes).map(|_| bytes);
            ("<stdin>".to_owned(), read.map_err(|e| format!("cannot read standard input: {e}")))
        }
        Source::File(path) => {
            let name = path.display().to_string();
            let read = std::fs::read(&path).map_err(|e| format!("cannot read `{name}`: {e}"));
            (name, read)
        }
        Source::Unwalkable(path, reason) => (path.display().to_string(), Err(format!("cannot read: {reason}"))),
    };
    match bytes {
        Ok(bytes) => {
            // A bug in a rule must not take the other files down: it becomes a finding.
            // The linter keeps no state across inputs, so nothing half-updated can be seen after
            // a panic.
            let report =
                std::panic::catch_unwind(AssertUnwindSafe(|| linter(&bytes, &options))).unwrap_or_else(|panic| {
                    let detail = panic
                        .downcast_ref::<&str>()
                        .map(|s| (*s).to_owned())
                        .or_else(|| panic.downcast_ref::<String>().cloned())
                        .unwrap_or_default();
                    let message =
                        format!("apigw-lint failed on this input ({detail}); please report it with the input");
                    Report { diagnostics: vec![internal_error(message)], ..Report::default() }
                });
            Linted { name, path, source: String::from_utf8(bytes).ok(), report }
        }
        Err(reason) => {
            let report = Report { diagnostics: vec![unreadable_input(reason)], ..Report::default() };
            Linted { name, path, source: None, report }
        }
    }
}

/// The exit status of a run: 2 if the linter failed on an input, 1 if a finding is at least
/// as severe as `threshold` (`None`: never), else 0.
pub fn exit_status(linted: &[Linted], threshold: Option<apigw_lint::Severity>) -> u8 {
    let all = || linted.iter().flat_map(|file| &file.report.diagnostics);
    if all().any(|d| d.rule == apigw_lint::rules::internal_error::RULE.id) {
        return 2;
    }
    match threshold {
        Some(threshold) if all().any(|d| d.severity <= threshold) => 1,
        _ => 0,
    }
}
