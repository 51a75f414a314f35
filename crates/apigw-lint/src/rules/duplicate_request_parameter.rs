use std::borrow::Cow;

use foldhash::{HashMap, HashMapExt};

use crate::context::Context;
use crate::document::{Node, Seg};
use crate::schema::POSITIONS;

declare_rule! {
    /// ## What it does
    /// Reports two request parameters with the same name in the same position. Header names
    /// are compared without regard to letter case, as HTTP does.
    ///
    /// ## Why
    /// The gateway could not tell which declaration a value belongs to; the service refuses
    /// the list with `InvalidParameterValue.InvalidRequestParameters`.
    ///
    /// ## Decisions
    /// The same name in different positions (`id` in the query and in a header) is allowed.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock",
    ///  "RequestParameters": [{"Name": "X-Trace", "Position": "HEADER"},
    ///                        {"Name": "x-trace", "Position": "HEADER"}]}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock",
    ///  "RequestParameters": [{"Name": "id", "Position": "HEADER"},
    ///                        {"Name": "id", "Position": "QUERY"}]}
    /// ```
    ///
    /// ## Source
    /// CreateApi error codes: InvalidRequestParameters; RFC 9110 §5.1 (field names are
    /// case-insensitive).
    RULE {
        id: "duplicate-request-parameter",
        severity: Error,
        error_code: Some("InvalidParameterValue.InvalidRequestParameters"),
        summary: "Two request parameters have the same name and position",
    }
}

/// What makes a parameter the same as another: its position in any letter case, and its name
/// (in any letter case for a header, as HTTP compares header names).
fn identity(parameter: Node<'_>) -> Option<(Cow<'_, str>, Cow<'_, str>)> {
    let name = parameter.field(key!(REQUEST_PARAMETER, "Name"))?.as_str()?;
    let position = parameter.field(key!(REQUEST_PARAMETER, "Position")).and_then(Node::as_str).unwrap_or("");
    let position = match POSITIONS.canonical(position) {
        Some(canonical) => Cow::Borrowed(canonical),
        None => Cow::Owned(position.to_ascii_uppercase()),
    };
    let name = if position == "HEADER" && name.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(name.to_ascii_lowercase())
    } else {
        Cow::Borrowed(name)
    };
    Some((position, name))
}

pub(crate) fn check(ctx: &mut Context<'_>) {
    let Some(parameters) = ctx.get(key!("RequestParameters")) else {
        return;
    };
    let mut seen: HashMap<(Cow<'_, str>, Cow<'_, str>), usize> = HashMap::with_capacity(parameters.elements().len());
    for (index, parameter) in parameters.elements().iter().enumerate() {
        let Some(key) = identity(parameter) else {
            continue;
        };
        match seen.get(&key) {
            Some(first) => {
                let first_span = parameters
                    .elements()
                    .get(*first)
                    .and_then(|p| p.field(key!(REQUEST_PARAMETER, "Name")))
                    .map(|n| n.span);
                let Some(name_node) = parameter.field(key!(REQUEST_PARAMETER, "Name")) else {
                    continue;
                };
                let name = name_node.as_str().unwrap_or_default();
                let position = if key.0.is_empty() { "without a position".to_owned() } else { format!("in {}", key.0) };
                ctx.report(
                    &RULE,
                    name_node.span,
                    &[Seg::Key("RequestParameters"), Seg::Index(index), Seg::Key("Name")],
                    format!("the request parameter `{name}` {position} is declared twice"),
                )
                .help("remove one of the declarations, or rename one")
                .related(
                    first_span,
                    &[Seg::Key("RequestParameters"), Seg::Index(*first), Seg::Key("Name")],
                    "first declared here",
                );
            }
            None => {
                seen.insert(key, index);
            }
        }
    }
}
