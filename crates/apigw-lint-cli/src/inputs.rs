//! Finding, reading and linting the inputs: files, directories and standard input.

use std::io::Read;
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

/// Lints every input with the options `options_for` gives its path; files are read and
/// linted in parallel, and the results keep input order.
pub fn lint_all(paths: &[PathBuf], options_for: &(dyn Fn(Option<&Path>) -> LintOptions + Sync)) -> Vec<Linted> {
    let sources = collect(paths);
    sources.into_par_iter().map(|source| lint_one(source, options_for)).collect()
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

fn lint_one(source: Source, options_for: &(dyn Fn(Option<&Path>) -> LintOptions + Sync)) -> Linted {
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
            let report = std::panic::catch_unwind(|| lint_bytes(&bytes, &options)).unwrap_or_else(|panic| {
                let detail = panic
                    .downcast_ref::<&str>()
                    .map(|s| (*s).to_owned())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                let message = format!("apigw-lint failed on this input ({detail}); please report it with the input");
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
