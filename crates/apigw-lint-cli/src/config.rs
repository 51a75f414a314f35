//! `apigw-lint.toml`: which rules run and how severe they are, per-path overrides, and
//! suppressions of single findings, each with its reason.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use apigw_lint::document::Span;
use apigw_lint::{Diagnostic, InputMode, LineIndex, RuleSettings, Severity, rules, unused_suppression};
use globset::{Glob, GlobMatcher};
use serde::Deserialize;
use toml::Spanned;

use crate::inputs::Linted;

/// The names a configuration file may have, looked for from the working directory upward.
pub const FILE_NAMES: [&str; 2] = ["apigw-lint.toml", ".apigw-lint.toml"];

/// Rule selection, at the top level or in an override. (Written out in both tables rather
/// than flattened: serde cannot refuse unknown keys through `flatten`.)
struct RuleTable {
    /// When given, only these rules run.
    select: Option<Vec<Spanned<String>>>,
    ignore: Vec<Spanned<String>>,
    severity: BTreeMap<Spanned<String>, Severity>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct ConfigFile {
    select: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    ignore: Vec<Spanned<String>>,
    #[serde(default)]
    severity: BTreeMap<Spanned<String>, Severity>,
    input: Option<InputMode>,
    max_input_bytes: Option<usize>,
    max_findings: Option<usize>,
    /// Globs of the documents that are CreateApi requests, for the language server.
    files: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    overrides: Vec<OverrideTable>,
    #[serde(default)]
    suppress: Vec<Spanned<SuppressionTable>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct OverrideTable {
    files: Vec<Spanned<String>>,
    select: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    ignore: Vec<Spanned<String>>,
    #[serde(default)]
    severity: BTreeMap<Spanned<String>, Severity>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct SuppressionTable {
    file: String,
    pointer: String,
    rule: Spanned<String>,
    reason: Spanned<String>,
}

/// A configuration that has been read and checked.
pub struct Config {
    pub path: PathBuf,
    text: String,
    /// Paths in the configuration are relative to its directory.
    base: PathBuf,
    pub input: Option<InputMode>,
    pub max_input_bytes: Option<usize>,
    pub max_findings: Option<usize>,
    files: Option<Vec<GlobMatcher>>,
    rules: RuleTable,
    overrides: Vec<(Vec<GlobMatcher>, RuleTable)>,
    suppressions: Vec<Suppression>,
}

struct Suppression {
    file: String,
    pointer: String,
    rule: String,
    span: Range<usize>,
}

/// A configuration file that cannot be used, with where and why.
#[derive(Debug)]
pub struct ConfigError(pub String);

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The configuration: the one named, or the nearest one from `start` upward, or none.
pub fn load(explicit: Option<&Path>, start: &Path) -> Result<Option<Config>, ConfigError> {
    let path = match explicit {
        Some(path) => path.to_path_buf(),
        None => match find(start) {
            Some(path) => path,
            None => return Ok(None),
        },
    };
    let text =
        std::fs::read_to_string(&path).map_err(|e| ConfigError(format!("{}: cannot read: {e}", path.display())))?;
    parse(path, text).map(Some)
}

fn find(start: &Path) -> Option<PathBuf> {
    start.ancestors().flat_map(|dir| FILE_NAMES.iter().map(move |name| dir.join(name))).find(|path| path.is_file())
}

/// Reads a configuration from its text; `path` names it in error messages and anchors the
/// paths it contains.
pub fn parse(path: PathBuf, text: String) -> Result<Config, ConfigError> {
    let located = |span: Option<Range<usize>>, message: &str| {
        let location = LineIndex::new(&text).locate(Span::at(span.map_or(0, |s| s.start)));
        let (line, column) = (location.line, location.column);
        ConfigError(format!("{}:{line}:{column}: {message}", path.display()))
    };
    let file: ConfigFile = toml::from_str(&text).map_err(|e| located(e.span(), e.message()))?;
    let rules = RuleTable { select: file.select, ignore: file.ignore, severity: file.severity };
    check_rules(&rules).map_err(|(span, message)| located(Some(span), &message))?;
    let mut overrides = Vec::new();
    for table in file.overrides {
        let rules = RuleTable { select: table.select, ignore: table.ignore, severity: table.severity };
        check_rules(&rules).map_err(|(span, message)| located(Some(span), &message))?;
        let mut matchers = Vec::new();
        for pattern in &table.files {
            let glob = Glob::new(pattern.get_ref())
                .map_err(|e| located(Some(pattern.span()), &format!("invalid glob: {e}")))?;
            matchers.push(glob.compile_matcher());
        }
        overrides.push((matchers, rules));
    }
    let files = match &file.files {
        Some(patterns) => Some(compile_globs(patterns).map_err(|(span, message)| located(Some(span), &message))?),
        None => None,
    };
    let mut suppressions = Vec::new();
    for entry in &file.suppress {
        let table = entry.get_ref();
        check_rule_id(&table.rule).map_err(|(span, message)| located(Some(span), &message))?;
        if table.reason.get_ref().trim().is_empty() {
            return Err(located(Some(table.reason.span()), "a suppression needs a reason"));
        }
        suppressions.push(Suppression {
            file: normalize(&table.file),
            pointer: table.pointer.clone(),
            rule: table.rule.get_ref().clone(),
            span: entry.span(),
        });
    }
    let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
    Ok(Config {
        path,
        text,
        base,
        input: file.input,
        max_input_bytes: file.max_input_bytes,
        max_findings: file.max_findings,
        files,
        rules,
        overrides,
        suppressions,
    })
}

fn compile_globs(patterns: &[Spanned<String>]) -> Result<Vec<GlobMatcher>, (Range<usize>, String)> {
    patterns
        .iter()
        .map(|pattern| {
            Glob::new(pattern.get_ref())
                .map(|glob| glob.compile_matcher())
                .map_err(|e| (pattern.span(), format!("invalid glob: {e}")))
        })
        .collect()
}

fn check_rules(table: &RuleTable) -> Result<(), (Range<usize>, String)> {
    table.select.iter().flatten().chain(&table.ignore).chain(table.severity.keys()).try_for_each(check_rule_id)
}

fn check_rule_id(id: &Spanned<String>) -> Result<(), (Range<usize>, String)> {
    match rules::find(id.get_ref()) {
        Some(_) => Ok(()),
        None => Err((id.span(), format!("no rule `{}`; `apigw-lint rules` lists them", id.get_ref()))),
    }
}

fn normalize(path: &str) -> String {
    path.trim_start_matches("./").replace('\\', "/")
}

fn apply(settings: &mut RuleSettings, table: &RuleTable) {
    if let Some(select) = &table.select {
        settings.select = Some(select.iter().map(|id| id.get_ref().clone()).collect());
    }
    settings.ignore.extend(table.ignore.iter().map(|id| id.get_ref().clone()));
    settings.severity.extend(table.severity.iter().map(|(id, severity)| (id.get_ref().clone(), *severity)));
}

impl Config {
    /// The path of an input relative to the configuration's directory, as the
    /// configuration writes paths.
    pub fn relative(&self, input: &Path) -> String {
        let absolute = std::fs::canonicalize(input).unwrap_or_else(|_| input.to_path_buf());
        let base = std::fs::canonicalize(&self.base).unwrap_or_else(|_| self.base.clone());
        normalize(&absolute.strip_prefix(&base).unwrap_or(input).to_string_lossy())
    }

    /// The rule settings for an input (the overrides whose globs match it applied in order);
    /// standard input gets the top-level settings.
    pub fn rules_for(&self, input: Option<&Path>) -> RuleSettings {
        let mut settings = RuleSettings::default();
        apply(&mut settings, &self.rules);
        if let Some(path) = input {
            let relative = self.relative(path);
            for (matchers, table) in &self.overrides {
                if matchers.iter().any(|m| m.is_match(&relative)) {
                    apply(&mut settings, table);
                }
            }
        }
        settings
    }

    /// Whether the configuration's `files` globs mark `path` as a CreateApi request; `None`
    /// when it has no `files`.
    pub fn marks_as_request(&self, path: &Path) -> Option<bool> {
        let relative = self.relative(path);
        self.files.as_ref().map(|globs| globs.iter().any(|glob| glob.is_match(&relative)))
    }

    /// Removes suppressed findings; returns the findings about suppressions that matched
    /// nothing in the inputs they name, located in the configuration file.
    pub fn suppress(&self, linted: &mut [Linted]) -> Vec<Diagnostic> {
        let mut used = vec![false; self.suppressions.len()];
        let mut present = vec![false; self.suppressions.len()];
        for file in linted.iter_mut() {
            let Some(path) = &file.path else { continue };
            let relative = self.relative(path);
            for (index, suppression) in self.suppressions.iter().enumerate() {
                if suppression.file != relative {
                    continue;
                }
                if let Some(flag) = present.get_mut(index) {
                    *flag = true;
                }
                let before = file.report.diagnostics.len();
                file.report.diagnostics.retain(|d| !(d.rule == suppression.rule && d.pointer == suppression.pointer));
                if file.report.diagnostics.len() != before
                    && let Some(flag) = used.get_mut(index)
                {
                    *flag = true;
                }
            }
        }
        let index = LineIndex::new(&self.text);
        self.suppressions
            .iter()
            .zip(used.iter().zip(&present))
            .filter(|(_, (used, present))| **present && !**used)
            .map(|(suppression, _)| {
                let location = index.locate(Span::new(suppression.span.start, suppression.span.end));
                unused_suppression(
                    location,
                    format!(
                        "the suppression of `{}` at `{}` in `{}` matches no finding",
                        suppression.rule, suppression.pointer, suppression.file
                    ),
                )
            })
            .collect()
    }

    pub fn text(&self) -> &str {
        &self.text
    }
}
