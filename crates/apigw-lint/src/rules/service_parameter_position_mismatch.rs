use foldhash::{HashMap, HashMapExt};

use crate::context::Context;
use crate::document::Seg;
use crate::schema::BACKEND_POSITIONS;

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

fn normalized(position: &str) -> Option<&'static str> {
    match BACKEND_POSITIONS.canonical(position)? {
        "HEAD" => Some("HEADER"),
        other => Some(other),
    }
}

pub(crate) fn check(ctx: &mut Context<'_>) {
    let Some(service_parameters) = ctx.get(key!("ServiceParameters")) else {
        return;
    };
    // Each declared name and the positions it is declared in, in declaration order.
    let mut positions: HashMap<&str, Vec<&'static str>> = HashMap::new();
    for parameter in ctx.get(key!("RequestParameters")).map(|p| p.elements()).unwrap_or_default() {
        let name = parameter.get("Name").and_then(|n| n.as_str());
        let position = parameter.get("Position").and_then(|n| n.as_str()).and_then(normalized);
        if let (Some(name), Some(position)) = (name, position) {
            positions.entry(name).or_default().push(position);
        }
    }
    for (index, parameter) in service_parameters.elements().iter().enumerate() {
        let (Some(name), Some(position_node)) = (
            parameter.get("RelevantRequestParameterName").and_then(|n| n.as_str()),
            parameter.get("RelevantRequestParameterPosition"),
        ) else {
            continue;
        };
        let Some(wanted) = position_node.as_str().and_then(normalized) else {
            continue;
        };
        let Some(declared) = positions.get(name) else {
            continue;
        };
        if declared.contains(&wanted) {
            continue;
        }
        ctx.report(
            &RULE,
            position_node.span,
            &[Seg::Key("ServiceParameters"), Seg::Index(index), Seg::Key("RelevantRequestParameterPosition")],
            format!("the request parameter `{name}` is declared in {}, not in {wanted}", declared.join(" and ")),
        )
        .help(format!(
            "set `RelevantRequestParameterPosition` to the request parameter's position ({})",
            declared.join(" or ")
        ));
    }
}
