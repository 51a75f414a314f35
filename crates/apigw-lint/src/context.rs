//! What a rule sees (one request and where it is) and how it reports.

use crate::document::{InputFormat, Node, Seg, Span, json_pointer, parameter_name};
use crate::rules::RuleInfo;
use crate::schema::{self, FieldKey};

/// A finding before line and column are resolved.
#[derive(Debug, Clone)]
pub(crate) struct Finding {
    pub rule: &'static RuleInfo,
    pub span: Span,
    pub pointer: String,
    pub parameter: String,
    pub message: String,
    pub help: Option<String>,
    pub related: Vec<(Span, String, String)>,
    pub fix: Option<(String, Vec<(Span, String)>)>,
}

/// A finding being built; it is recorded when the builder goes out of scope, so a rule
/// writes `ctx.report(..).help(..);` and nothing more.
pub(crate) struct Reported<'f> {
    findings: &'f mut Vec<Finding>,
    batch_index: Option<usize>,
    finding: Option<Finding>,
}

impl Reported<'_> {
    pub fn help(&mut self, help: impl Into<String>) -> &mut Self {
        if let Some(finding) = &mut self.finding {
            finding.help = Some(help.into());
        }
        self
    }

    /// Another place that causes the problem, if it is in the document.
    pub fn related(&mut self, span: Option<Span>, path: &[Seg<'_>], message: impl Into<String>) -> &mut Self {
        if let (Some(finding), Some(span)) = (&mut self.finding, span) {
            finding.related.push((span, json_pointer(self.batch_index, path), message.into()));
        }
        self
    }

    /// A fix that is certain to be right.
    pub fn fix(&mut self, message: impl Into<String>, edits: Vec<(Span, String)>) -> &mut Self {
        if let Some(finding) = &mut self.finding {
            finding.fix = Some((message.into(), edits));
        }
        self
    }
}

impl Drop for Reported<'_> {
    fn drop(&mut self) {
        if let Some(finding) = self.finding.take() {
            self.findings.push(finding);
        }
    }
}

/// One request being linted.
pub struct Context<'r> {
    /// The request object.
    pub request: Node<'r>,
    pub format: InputFormat,
    batch_index: Option<usize>,
    findings: &'r mut Vec<Finding>,
    /// The settings most rules depend on, looked up once per request.
    service_type: Option<&'static str>,
    protocol: Option<&'static str>,
    auth_type: Option<&'static str>,
    method: Option<&'static str>,
    request_config: Option<Node<'r>>,
    service_config: Option<Node<'r>>,
}

impl<'r> Context<'r> {
    pub(crate) fn new(
        request: Node<'r>,
        format: InputFormat,
        batch_index: Option<usize>,
        findings: &'r mut Vec<Finding>,
    ) -> Self {
        let mut ctx = Context {
            request,
            format,
            batch_index,
            findings,
            service_type: None,
            protocol: None,
            auth_type: None,
            method: None,
            request_config: request.field(key!("RequestConfig")).filter(Node::is_object),
            service_config: request.field(key!("ServiceConfig")).filter(Node::is_object),
        };
        ctx.service_type = ctx.choice(key!("ServiceType"), &schema::SERVICE_TYPES);
        ctx.protocol = ctx.choice(key!("Protocol"), &schema::PROTOCOLS);
        ctx.auth_type = ctx.choice(key!("AuthType"), &schema::AUTH_TYPES);
        ctx.method = ctx
            .request_config()
            .and_then(|config| config.field(key!(API_REQUEST_CONFIG, "Method")))
            .and_then(Node::as_str)
            .and_then(|m| schema::METHODS.canonical(m));
        ctx
    }

    /// Reports `message` for `rule` at `span`, the place `path` names.
    pub(crate) fn report(
        &mut self,
        rule: &'static RuleInfo,
        span: Span,
        path: &[Seg<'_>],
        message: impl Into<String>,
    ) -> Reported<'_> {
        let finding = Finding {
            rule,
            span,
            pointer: json_pointer(self.batch_index, path),
            parameter: parameter_name(path),
            message: message.into(),
            help: None,
            related: Vec::new(),
            fix: None,
        };
        Reported { findings: self.findings, batch_index: self.batch_index, finding: Some(finding) }
    }

    /// The span of a top-level parameter's value, for a related location.
    pub fn span_of(&self, name: &str) -> Option<Span> {
        self.request.get(name).map(|node| node.span)
    }

    /// The backend type, in canonical spelling.
    pub fn service_type(&self) -> Option<&'static str> {
        self.service_type
    }

    /// The frontend protocol, in canonical spelling.
    pub fn protocol(&self) -> Option<&'static str> {
        self.protocol
    }

    /// The authentication type, in canonical spelling.
    pub fn auth_type(&self) -> Option<&'static str> {
        self.auth_type
    }

    /// The frontend method (`RequestConfig.Method`), in canonical spelling.
    pub fn method(&self) -> Option<&'static str> {
        self.method
    }

    pub fn request_config(&self) -> Option<Node<'r>> {
        self.request_config
    }

    /// `ServiceConfig`, when it is an object.
    pub fn service_config(&self) -> Option<Node<'r>> {
        self.service_config
    }

    /// The value of a top-level parameter, unless absent or null.
    pub fn get(&self, key: FieldKey) -> Option<Node<'r>> {
        self.request.field(key)
    }

    /// A top-level String parameter's text, unless absent, null or not a string.
    pub fn str(&self, key: FieldKey) -> Option<&'r str> {
        self.request.field(key).and_then(Node::as_str)
    }

    /// The canonical value of a top-level enumerated parameter, matched in any letter case so
    /// that one misspelling does not hide every rule that depends on it.
    pub fn choice(&self, key: FieldKey, values: &schema::Enumeration) -> Option<&'static str> {
        self.str(key).and_then(|v| values.canonical(v))
    }

    /// The place where something missing from `node` would be written: its first character.
    pub fn head(&self, node: Node<'_>) -> Span {
        Span::new(node.span.start, (node.span.start + 1).min(node.span.end.max(node.span.start)))
    }
}
