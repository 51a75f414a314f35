use foldhash::{HashMap, HashMapExt};

use crate::context::Context;
use crate::document::{Node, Seg};
use crate::schema::{BACKEND_POSITIONS, POSITIONS};

declare_rule! {
    /// ## What it does
    /// Reports a backend parameter whose `RelevantRequestParameterPosition` differs from the
    /// Position of the request parameter it names.
    ///
    /// ## Why
    /// The mapping names a frontend parameter by name and position; with the wrong position
    /// there is no such parameter, and the service refuses the configuration with
    /// `InvalidParameterValue.InvalidServiceParam`.
    ///
    /// ## Decisions
    /// Positions compare without regard to letter case, and `head` equals HEADER, as the
    /// official examples write it.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "HTTP", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceConfig": {"Url": "http://10.0.0.5", "Path": "/", "Method": "GET"},
    ///  "RequestParameters": [{"Name": "id", "Position": "QUERY"}],
    ///  "ServiceParameters": [{"Name": "id", "Position": "head",
    ///                         "RelevantRequestParameterName": "id",
    ///                         "RelevantRequestParameterPosition": "head"}]}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "HTTP", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceConfig": {"Url": "http://10.0.0.5", "Path": "/", "Method": "GET"},
    ///  "RequestParameters": [{"Name": "id", "Position": "HEADER"}],
    ///  "ServiceParameters": [{"Name": "id", "Position": "head",
    ///                         "RelevantRequestParameterName": "id",
    ///                         "RelevantRequestParameterPosition": "head"}]}
    /// ```
    ///
    /// ## Source
    /// CreateApi error codes: InvalidServiceParam; ServiceParameter fields
    /// (tencent-apigw-facts.md §5, §11 item 13).
    RULE {
        id: "service-parameter-position-mismatch",
        severity: Error,
        error_code: Some("InvalidParameterValue.InvalidServiceParam"),
        summary: "A backend parameter maps from a request parameter in another position",
    }
}

/// The position of a parameter as the backend reads it (`head` is HEADER), as its index in
/// [`POSITIONS`].
fn normalized(position: &str) -> Option<usize> {
    let canonical = match BACKEND_POSITIONS.canonical(position)? {
        "HEAD" => "HEADER",
        other => other,
    };
    POSITIONS.values.iter().position(|&p| p == canonical)
}

/// A request parameter's name and normalized position, when it has both.
fn declared(parameter: Node<'_>) -> Option<(&str, usize)> {
    let name = parameter.field(key!(REQUEST_PARAMETER, "Name")).and_then(Node::as_str)?;
    let position = parameter.field(key!(REQUEST_PARAMETER, "Position")).and_then(Node::as_str)?;
    Some((name, normalized(position)?))
}

pub(crate) fn check(ctx: &mut Context<'_>) {
    let Some(service_parameters) = ctx.get(key!("ServiceParameters")) else {
        return;
    };
    let request_parameters = ctx.get(key!("RequestParameters")).map(|p| p.elements()).unwrap_or_default();
    // Each declared name with the positions it is declared in, one bit each.
    let mut positions: HashMap<&str, u8> = HashMap::with_capacity(request_parameters.len());
    for (name, position) in request_parameters.iter().filter_map(declared) {
        *positions.entry(name).or_default() |= 1 << position;
    }
    for (index, parameter) in service_parameters.elements().iter().enumerate() {
        let (Some(name), Some(position_node)) = (
            parameter.field(key!(SERVICE_PARAMETER, "RelevantRequestParameterName")).and_then(Node::as_str),
            parameter.field(key!(SERVICE_PARAMETER, "RelevantRequestParameterPosition")),
        ) else {
            continue;
        };
        let Some(wanted) = position_node.as_str().and_then(normalized) else {
            continue;
        };
        match positions.get(name) {
            Some(&mask) if mask & 1 << wanted == 0 => {}
            _ => continue,
        }
        // The positions in declaration order, for the message.
        let mut declared_in: Vec<&str> = Vec::new();
        for (_, position) in request_parameters.iter().filter_map(declared).filter(|&(declared, _)| declared == name) {
            declared_in.extend(POSITIONS.values.get(position));
        }
        let wanted = POSITIONS.values.get(wanted).copied().unwrap_or_default();
        ctx.report(
            &RULE,
            position_node.span,
            &[Seg::Key("ServiceParameters"), Seg::Index(index), Seg::Key("RelevantRequestParameterPosition")],
            format!("the request parameter `{name}` is declared in {}, not in {wanted}", declared_in.join(" and ")),
        )
        .help(format!(
            "set `RelevantRequestParameterPosition` to the request parameter's position ({})",
            declared_in.join(" or ")
        ));
    }
}
