use crate::context::Context;
use crate::document::{Node, Seg};
use crate::rules::support::{path_variables, sub_span};

declare_rule! {
    /// ## What it does
    /// Reports a `{variable}` in `RequestConfig.Path` that no request parameter with
    /// Position PATH declares.
    ///
    /// ## Why
    /// Each path variable must be declared as a PATH request parameter of the same name;
    /// the service refuses the request with `InvalidParameterValue.InvalidRequestParameters`.
    /// Declaring it with another position (QUERY, HEADER) does not count.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/user/{id}", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock",
    ///  "RequestParameters": [{"Name": "id", "Position": "QUERY", "Type": "String"}]}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/user/{id}", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock",
    ///  "RequestParameters": [{"Name": "id", "Position": "PATH", "Type": "String",
    ///                         "Required": true}]}
    /// ```
    ///
    /// ## Source
    /// Console guides (tencentcloud.com 628/39488, 628/39484): path variables are declared
    /// as PATH parameters (tencent-apigw-facts.md §8.1).
    RULE {
        id: "undeclared-path-variable",
        severity: Error,
        error_code: Some("InvalidParameterValue.InvalidRequestParameters"),
        summary: "A path variable is not declared as a PATH request parameter",
    }
}

pub(crate) fn check(ctx: &mut Context<'_>) {
    let Some(node) = ctx.request_config().and_then(|c| c.field(key!(API_REQUEST_CONFIG, "Path"))) else {
        return;
    };
    let Some(path) = node.as_str() else {
        return;
    };
    let parameters = ctx.get(key!("RequestParameters")).map(|p| p.elements()).unwrap_or_default();
    let format = ctx.format;
    for (name, start, end) in path_variables(path) {
        if name.is_empty() {
            continue;
        }
        let declared =
            parameters.iter().find(|p| p.field(key!(REQUEST_PARAMETER, "Name")).and_then(Node::as_str) == Some(name));
        let position = declared.and_then(|p| p.field(key!(REQUEST_PARAMETER, "Position"))).and_then(Node::as_str);
        if position.is_some_and(|p| p.eq_ignore_ascii_case("PATH")) {
            continue;
        }
        let message = match position {
            Some(position) => format!("the path variable `{{{name}}}` is declared with Position {position}, not PATH"),
            None if declared.is_some() => {
                format!("the path variable `{{{name}}}` is declared without a Position")
            }
            None => {
                format!("the path variable `{{{name}}}` is not declared in `RequestParameters`")
            }
        };
        ctx.report(&RULE, sub_span(node, format, start, end), &[Seg::Key("RequestConfig"), Seg::Key("Path")], message)
            .help(format!(
                "declare it: {{\"Name\": \"{name}\", \"Position\": \"PATH\", \"Type\": \"String\", \"Required\": true}}"
            ));
    }
}
