//! Shapes that several rules share: a parameter one setting requires, and parameters that
//! one setting makes pointless.

use crate::context::Context;
use crate::document::{Node, Seg};
use crate::rules::RuleInfo;
use crate::schema::FieldKey;

/// Reports each of `names` (a path below the request) that is not provided, because of the
/// top-level parameter `cause` (e.g. ServiceType), explained by `because`.
pub(crate) fn require_all(
    ctx: &mut Context<'_>,
    rule: &'static RuleInfo,
    parent: &[&str],
    names: &[&str],
    cause: &str,
    because: &str,
) {
    let mut container: Node<'_> = ctx.request;
    let mut container_path: Vec<Seg<'_>> = Vec::new();
    for key in parent {
        match container.get(key) {
            Some(node) => {
                container = node;
                container_path.push(Seg::Key(key));
            }
            None => {
                // The whole structure is missing: one finding for it.
                let path: Vec<Seg<'_>> = parent.iter().map(|k| Seg::Key(k)).collect();
                let head = ctx.head(container);
                let cause_span = ctx.span_of(cause);
                let wanted = names.join(", ");
                ctx.report(
                    rule,
                    head,
                    &path,
                    format!("`{}` is required {because}", crate::document::parameter_name(&path)),
                )
                .help(format!("add `{}` with {wanted}", parent.join(".")))
                .related(cause_span, &[Seg::Key(cause)], format!("`{cause}` is set here"));
                return;
            }
        }
    }
    if !container.is_object() {
        return;
    }
    for name in names {
        if container.get(name).is_some_and(Node::is_provided) {
            continue;
        }
        let mut path = container_path.clone();
        path.push(Seg::Key(name));
        let place = container.member(name).map_or_else(|| ctx.head(container), |m| m.value.span);
        let cause_span = ctx.span_of(cause);
        ctx.report(rule, place, &path, format!("`{}` is required {because}", crate::document::parameter_name(&path)))
            .related(cause_span, &[Seg::Key(cause)], format!("`{cause}` is set here"));
    }
}

/// Warns for each of `names` (top-level parameters) that is set to something meaningful
/// although `reason` says it has no effect.
pub(crate) fn warn_ineffective(
    ctx: &mut Context<'_>,
    rule: &'static RuleInfo,
    keys: &[FieldKey],
    reason: &str,
    cause: &str,
) {
    for &key in keys {
        // Nearly always absent: the member and its key are only looked at when it is set.
        if !ctx.request.field(key).is_some_and(Node::is_meaningful) {
            continue;
        }
        let Some(member) = ctx.request.field_member(key) else {
            continue;
        };
        let name = member.key;
        let cause_span = ctx.span_of(cause);
        ctx.report(rule, member.key_span, &[Seg::Key(name)], format!("`{name}` has no effect: {reason}"))
            .help(format!("remove `{name}`, or change `{cause}` if this is the setting you meant"))
            .related(cause_span, &[Seg::Key(cause)], format!("`{cause}` is set here"));
    }
}

/// The span of bytes `start..end` of a string value's text, when the text is written
/// without escapes (so that its bytes are the source's); otherwise the whole value.
pub(crate) fn sub_span(
    node: Node<'_>,
    format: crate::document::InputFormat,
    start: usize,
    end: usize,
) -> crate::document::Span {
    let text = node.text_span(format);
    match node.as_str() {
        Some(value) if text.end - text.start == value.len() => {
            crate::document::Span::new(text.start + start, text.start + end)
        }
        _ => node.span,
    }
}

/// The `{name}` variables of a frontend path, with their byte ranges (braces included).
pub(crate) fn path_variables(path: &str) -> Vec<(&str, usize, usize)> {
    let mut variables = Vec::new();
    let mut rest = path;
    let mut offset = 0;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest.get(open..).and_then(|tail| tail.find('}')) else {
            break;
        };
        let name = rest.get(open + 1..open + close).unwrap_or_default();
        variables.push((name, offset + open, offset + open + close + 1));
        offset += open + close + 1;
        rest = rest.get(open + close + 1..).unwrap_or_default();
    }
    variables
}

/// The parts of a backend URL, as byte ranges into it. Split by hand: the `url` crate's
/// IDNA tables would dominate the WebAssembly build, and only these parts are checked.
#[derive(Debug, Default)]
pub(crate) struct UrlParts<'u> {
    pub scheme: Option<&'u str>,
    pub host: (&'u str, usize, usize),
    pub port: Option<(&'u str, usize, usize)>,
    /// Whether the host is written in brackets, as an IPv6 literal.
    pub bracketed: bool,
}

pub(crate) fn split_url(url: &str) -> UrlParts<'_> {
    let (scheme, authority_start) = match url.find("://") {
        Some(at) => (url.get(..at), at + 3),
        None => (None, 0),
    };
    let after = url.get(authority_start..).unwrap_or_default();
    let authority_len = after.find(['/', '?', '#']).unwrap_or(after.len());
    let authority = after.get(..authority_len).unwrap_or_default();
    // Credentials in the authority are skipped, never shown.
    let host_start = authority.rfind('@').map_or(0, |at| at + 1);
    let host_port = authority.get(host_start..).unwrap_or_default();
    let base = authority_start + host_start;
    if let Some(inner) = host_port.strip_prefix('[') {
        let close = inner.find(']').unwrap_or(inner.len());
        let host = (inner.get(..close).unwrap_or_default(), base + 1, base + 1 + close);
        let port = inner
            .get(close + 1..)
            .and_then(|rest| rest.strip_prefix(':'))
            .map(|p| (p, base + close + 3, base + close + 3 + p.len()));
        return UrlParts { scheme, host, port, bracketed: true };
    }
    match host_port.rfind(':') {
        Some(colon) => UrlParts {
            scheme,
            host: (host_port.get(..colon).unwrap_or_default(), base, base + colon),
            port: host_port.get(colon + 1..).map(|p| (p, base + colon + 1, base + host_port.len())),
            bracketed: false,
        },
        None => UrlParts { scheme, host: (host_port, base, base + host_port.len()), port: None, bracketed: false },
    }
}

/// Whether a host is written as an IPv4 address (digits and dots only), valid or not.
pub(crate) fn looks_like_ipv4(host: &str) -> bool {
    !host.is_empty() && host.contains('.') && host.bytes().all(|b| b.is_ascii_digit() || b == b'.')
}
