//! The engine: bytes to diagnostics.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::context::{Context, Finding};
use crate::diagnostic::Severity;
use crate::diagnostic::{Diagnostic, Edit, Fix, Location, Positions, Related, locate_in_bytes};
use crate::document::{InputFormat, Node, Span};
use crate::parse::{IssueKind, Limits, ParseIssue, Part, PathSeg, decode_utf8, detect_format, parse};
use crate::rules::{self, RuleInfo};
use crate::schema::Struct;

/// Which input form to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum InputMode {
    /// Decide by content: `{` or `[` is JSON, `Name=value&...` the query form.
    #[default]
    Auto,
    Json,
    Query,
}

/// How to lint.
#[derive(Debug, Clone, Default)]
pub struct LintOptions {
    pub input: InputMode,
    pub limits: Limits,
    pub rules: RuleSettings,
}

/// Which rules run, and at what severity.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RuleSettings {
    /// When set, only these rules run.
    pub select: Option<BTreeSet<String>>,
    /// These rules do not run at all.
    pub ignore: BTreeSet<String>,
    /// Severities that replace the rules' defaults.
    pub severity: BTreeMap<String, Severity>,
}

impl RuleSettings {
    /// Whether the rule runs.
    pub fn enabled(&self, id: &str) -> bool {
        !self.ignore.contains(id) && self.select.as_ref().is_none_or(|select| select.contains(id))
    }

    /// Whether every rule runs at its own severity, which the engine checks once per document
    /// to skip choosing checks and filtering findings.
    pub fn is_default(&self) -> bool {
        self.select.is_none() && self.ignore.is_empty() && self.severity.is_empty()
    }

    /// The severity the rule reports at.
    pub fn severity_of(&self, rule: &RuleInfo) -> Severity {
        self.severity.get(rule.id).copied().unwrap_or(rule.severity)
    }
}

/// The diagnostics of one document, in order of position, then rule.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    pub diagnostics: Vec<Diagnostic>,
    /// Byte ranges of credential values (SecretId, Signature, Token, ...), which a renderer
    /// that shows source text must mask.
    #[serde(skip)]
    pub secret_spans: Vec<(usize, usize)>,
    /// The number of elements when the document is an array of requests (a batch).
    #[serde(skip)]
    pub batch_size: Option<usize>,
}

impl Report {
    /// Whether any diagnostic is an error, i.e. the service would reject the request.
    pub fn has_errors(&self) -> bool {
        self.count(crate::Severity::Error) > 0
    }

    pub fn count(&self, severity: crate::Severity) -> usize {
        self.diagnostics.iter().filter(|d| d.severity == severity).count()
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Diagnostic> {
        self.diagnostics.iter()
    }

    /// `source` with every credential value replaced by `*`, byte for byte, so offsets hold.
    pub fn redact(&self, source: &str) -> String {
        let mut bytes = source.as_bytes().to_vec();
        for &(start, end) in &self.secret_spans {
            if let Some(range) = bytes.get_mut(start..end) {
                range.fill(b'*');
            }
        }
        String::from_utf8_lossy(&bytes).into_owned()
    }
}

impl<'r> IntoIterator for &'r Report {
    type Item = &'r Diagnostic;
    type IntoIter = std::slice::Iter<'r, Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.diagnostics.iter()
    }
}

/// The diagnostic a front end gives for an input it could not read (`reason` says why,
/// e.g. the operating system's error).
pub fn unreadable_input(reason: impl Into<String>) -> Diagnostic {
    front_end_diagnostic(&rules::unreadable_input::RULE, Location::start(), reason)
}

/// The diagnostic a front end gives when linting an input failed inside the linter itself.
pub fn internal_error(reason: impl Into<String>) -> Diagnostic {
    front_end_diagnostic(&rules::internal_error::RULE, Location::start(), reason)
}

/// The diagnostic for a configured suppression that matched no finding, at `location` in
/// the configuration file.
pub fn unused_suppression(location: Location, reason: impl Into<String>) -> Diagnostic {
    front_end_diagnostic(&rules::unused_suppression::RULE, location, reason)
}

fn front_end_diagnostic(rule: &'static RuleInfo, location: Location, message: impl Into<String>) -> Diagnostic {
    diagnostic(rule, location, String::new(), String::new(), message.into())
}

/// Lints raw bytes: they are checked to be UTF-8 first.
pub fn lint_bytes(bytes: &[u8], options: &LintOptions) -> Report {
    match decode_utf8(bytes) {
        Ok(source) => lint_str(source, options),
        Err(issue) => {
            let location = locate_in_bytes(bytes, issue.span);
            let rule = &rules::invalid_utf8::RULE;
            let diagnostics = vec![diagnostic(rule, location, String::new(), String::new(), issue.message)];
            Report { diagnostics: apply_settings(diagnostics, &options.rules), ..Report::default() }
        }
    }
}

/// Lints a document: one request object, an array of them, or the query-string form.
pub fn lint_str(source: &str, options: &LintOptions) -> Report {
    let format = match options.input {
        InputMode::Auto => detect_format(source),
        InputMode::Json => InputFormat::Json,
        InputMode::Query => InputFormat::Query,
    };
    let mut findings: Vec<Finding> = Vec::new();
    // An ignored rule does no work: the checks to run are chosen once per document, and
    // once per process for the default settings.
    static ALL_CHECKS: LazyLock<Checks> = LazyLock::new(|| Checks::enabled(&RuleSettings::default()));
    let chosen;
    let checks = if options.rules.is_default() {
        &*ALL_CHECKS
    } else {
        chosen = Checks::enabled(&options.rules);
        &chosen
    };
    let parsed = parse(source, format, options.limits, &mut |part| {
        let (node, batch_index) = match part {
            Part::Document(node) => (node, None),
            Part::Element(index, node) => (node, Some(index)),
        };
        if node.is_object() {
            lint_request(node, format, batch_index, checks, &mut findings);
        } else {
            findings.push(not_a_request(node, batch_index));
        }
    });
    findings.extend(parsed.issues.iter().map(issue_finding));
    let batch_size = parsed.batch_size;
    let secret_spans = parsed.secret_spans.iter().map(|span| (span.start, span.end)).collect();
    if !options.rules.is_default() {
        findings.retain(|finding| options.rules.enabled(finding.rule.id));
    }
    cap(&mut findings, options.limits.max_findings);
    let diagnostics = apply_settings(resolve(source, findings), &options.rules);
    Report { diagnostics, secret_spans, batch_size }
}

/// The enabled checks, split by how they look at a request.
#[derive(Default)]
struct Checks {
    per_request: Vec<fn(&mut Context<'_>)>,
    on_objects: Vec<fn(&mut Context<'_>, Node<'_>, &'static Struct)>,
}

impl Checks {
    fn enabled(settings: &RuleSettings) -> Self {
        let mut checks = Checks { per_request: Vec::with_capacity(rules::REQUEST_RULES.len()), ..Checks::default() };
        for (_, check) in rules::REQUEST_RULES.iter().filter(|(info, _)| settings.enabled(info.id)) {
            match *check {
                rules::Check::Request(check) => checks.per_request.push(check),
                rules::Check::Object(check) => checks.on_objects.push(check),
            }
        }
        checks
    }
}

/// Keeps the first `max` findings in document order and counts the rest in one finding,
/// where the first of them was.
fn cap(findings: &mut Vec<Finding>, max: usize) {
    if findings.len() <= max {
        return;
    }
    sort(findings);
    let dropped = findings.len() - max;
    let first_dropped = findings.get(max).map(|f| f.span).unwrap_or_default();
    findings.truncate(max);
    findings.push(Finding {
        rule: &rules::too_many_findings::RULE,
        span: first_dropped,
        pointer: String::new(),
        parameter: String::new(),
        message: format!("{dropped} more findings are not shown: the limit is {max} per document"),
        help: Some("fix the findings above first, or raise the limit".to_owned()),
        related: Vec::new(),
        fix: None,
    });
}

fn sort(findings: &mut [Finding]) {
    findings.sort_by(|a, b| (a.span.start, a.span.end, a.rule.id).cmp(&(b.span.start, b.span.end, b.rule.id)));
}

fn lint_request(
    request: Node<'_>,
    format: InputFormat,
    batch_index: Option<usize>,
    checks: &Checks,
    findings: &mut Vec<Finding>,
) {
    let mut ctx = Context::new(request, format, batch_index, findings);
    if !checks.on_objects.is_empty() {
        for (object, schema) in request.described_objects() {
            for check in &checks.on_objects {
                check(&mut ctx, object, schema);
            }
        }
    }
    for check in &checks.per_request {
        check(&mut ctx);
    }
}

/// Drops the diagnostics of rules that do not run and applies severity overrides.
fn apply_settings(mut diagnostics: Vec<Diagnostic>, settings: &RuleSettings) -> Vec<Diagnostic> {
    if settings.is_default() {
        return diagnostics;
    }
    diagnostics.retain(|d| settings.enabled(&d.rule));
    for diagnostic in &mut diagnostics {
        if let Some(severity) = settings.severity.get(&diagnostic.rule) {
            diagnostic.severity = *severity;
        }
    }
    diagnostics
}

fn not_a_request(node: Node<'_>, batch_index: Option<usize>) -> Finding {
    let found = node.type_name();
    Finding {
        rule: &rules::not_a_request::RULE,
        span: node.span,
        pointer: batch_index.map(|i| format!("/{i}")).unwrap_or_default(),
        parameter: String::new(),
        message: match batch_index {
            Some(i) => format!("element {i} of the batch is {found}, not a CreateApi request object"),
            None => format!("the document is {found}, not a CreateApi request object or an array of them"),
        },
        help: Some(
            "a request is a JSON object such as {\"ServiceId\": \"service-...\", \"ServiceType\": \"MOCK\", ...}"
                .to_owned(),
        ),
        related: Vec::new(),
        fix: None,
    }
}

fn issue_rule(kind: IssueKind) -> &'static RuleInfo {
    match kind {
        IssueKind::Syntax => &rules::syntax_error::RULE,
        IssueKind::InvalidUtf8 => &rules::invalid_utf8::RULE,
        IssueKind::InputTooLarge => &rules::input_too_large::RULE,
        IssueKind::NestingTooDeep => &rules::nesting_too_deep::RULE,
        IssueKind::DuplicateKey => &rules::duplicate_key::RULE,
        IssueKind::QueryIndexGap => &rules::query_index_gap::RULE,
    }
}

fn issue_finding(issue: &ParseIssue) -> Finding {
    let mut pointer = String::new();
    let mut parameter = String::new();
    for (i, seg) in issue.path.iter().enumerate() {
        pointer.push('/');
        let text = match seg {
            PathSeg::Key(key) => key.replace('~', "~0").replace('/', "~1"),
            PathSeg::Index(index) => index.to_string(),
        };
        pointer.push_str(&text);
        // A leading index is the element of a batch, not part of the parameter's name.
        if i == 0 && matches!(seg, PathSeg::Index(_)) {
            continue;
        }
        if !parameter.is_empty() {
            parameter.push('.');
        }
        match seg {
            PathSeg::Key(key) => parameter.push_str(key),
            PathSeg::Index(index) => parameter.push_str(&index.to_string()),
        }
    }
    Finding {
        rule: issue_rule(issue.kind),
        span: issue.span,
        pointer: pointer.clone(),
        parameter,
        message: issue.message.clone(),
        help: None,
        related: issue.related.iter().map(|(span, message)| (*span, pointer.clone(), message.clone())).collect(),
        fix: None,
    }
}

fn diagnostic(
    rule: &'static RuleInfo,
    location: Location,
    pointer: String,
    parameter: String,
    message: String,
) -> Diagnostic {
    Diagnostic {
        rule: rule.id.to_owned(),
        severity: rule.severity,
        error_code: rule.error_code.map(str::to_owned),
        message,
        help: None,
        pointer,
        parameter,
        location,
        related: Vec::new(),
        fix: None,
    }
}

fn resolve(source: &str, mut findings: Vec<Finding>) -> Vec<Diagnostic> {
    if findings.is_empty() {
        return Vec::new();
    }
    sort(&mut findings);
    let places = findings
        .iter()
        .flat_map(|finding| std::iter::once(finding.span).chain(finding.related.iter().map(|(span, _, _)| *span)));
    let index = Positions::new(source, places.flat_map(|span| [span.start, span.end.max(span.start)]).collect());
    findings
        .into_iter()
        .map(|finding| {
            let mut diagnostic = diagnostic(
                finding.rule,
                index.locate(source, finding.span),
                finding.pointer,
                finding.parameter,
                finding.message,
            );
            diagnostic.help = finding.help;
            diagnostic.related = finding
                .related
                .into_iter()
                .map(|(span, pointer, message)| Related { message, pointer, location: index.locate(source, span) })
                .collect();
            diagnostic.fix = finding.fix.map(|(message, edits)| Fix {
                message,
                edits: edits
                    .into_iter()
                    .map(|(span, replacement): (Span, String)| Edit {
                        offset: span.start,
                        end_offset: span.end,
                        replacement,
                    })
                    .collect(),
            });
            diagnostic
        })
        .collect()
}
