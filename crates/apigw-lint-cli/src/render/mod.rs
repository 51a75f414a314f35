//! The report formats: pretty (miette), JSON, SARIF, GitHub workflow commands, JUnit XML.

pub mod github;
pub mod json;
pub mod junit;
pub mod pretty;
pub mod sarif;

use apigw_lint::Severity;

use crate::inputs::Linted;

/// Counts over every input.
pub struct Summary {
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
}

impl Summary {
    pub fn of(linted: &[Linted]) -> Self {
        let count = |severity| linted.iter().map(|file| file.report.count(severity)).sum();
        Summary { files: linted.len(), errors: count(Severity::Error), warnings: count(Severity::Warning) }
    }
}
