use crate::context::Context;
use crate::document::{Node, Seg};
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
    // Each declared name with a position, sorted by name and then kept in declaration
    // order: one allocation, whatever the number of parameters.
    let mut positions: Vec<(&str, &'static str)> = ctx
        .get(key!("RequestParameters"))
        .map(|p| p.elements())
        .unwrap_or_default()
        .iter()
        .filter_map(|parameter| {
            let name = parameter.field(key!(REQUEST_PARAMETER, "Name")).and_then(Node::as_str)?;
            let position = parameter.field(key!(REQUEST_PARAMETER, "Position")).and_then(Node::as_str)?;
            Some((name, normalized(position)?))
        })
        .collect();
    positions.sort_by_key(|&(name, _)| name);
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
        let first = positions.partition_point(|&(declared, _)| declared < name);
        let declared_positions = || {
            let same_name = positions.get(first..).unwrap_or_default().iter();
            same_name.take_while(|&&(declared, _)| declared == name).map(|&(_, position)| position)
        };
        if declared_positions().next().is_none() || declared_positions().any(|position| position == wanted) {
            continue;
        }
        let declared: Vec<&str> = declared_positions().collect();
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
