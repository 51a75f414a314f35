use crate::context::Context;
use crate::document::{Node, Seg};
use crate::rules::support::path_variables;

declare_rule! {
    /// ## What it does
    /// Warns about a request parameter with Position PATH whose name does not appear as a
    /// `{variable}` in `RequestConfig.Path`.
    ///
    /// ## Why
    /// A PATH parameter takes its value from a path segment; without the segment it never
    /// receives one, which is usually a typo in the name or in the path.
    ///
    /// ## Decisions
    /// A warning: the documents state only that every variable must be declared, not the
    /// converse.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/user/{id}", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock",
    ///  "RequestParameters": [{"Name": "id", "Position": "PATH"},
    ///                        {"Name": "userId", "Position": "PATH"}]}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/user/{id}", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock",
    ///  "RequestParameters": [{"Name": "id", "Position": "PATH"}]}
    /// ```
    ///
    /// ## Source
    /// Console guides (628/39488, 628/39484) (tencent-apigw-facts.md §8.1).
    RULE {
        id: "unused-path-parameter",
        severity: Warning,
        error_code: Some("InvalidParameterValue.InvalidRequestParameters"),
        summary: "A PATH request parameter does not appear in the path",
    }
}

pub(crate) fn check(ctx: &mut Context<'_>) {
    let Some(path) =
        ctx.request_config().and_then(|c| c.field(key!(API_REQUEST_CONFIG, "Path"))).and_then(|p| p.as_str())
    else {
        return;
    };
    let Some(parameters) = ctx.get(key!("RequestParameters")) else {
        return;
    };
    let path_span = ctx.request_config().and_then(|c| c.field(key!(API_REQUEST_CONFIG, "Path"))).map(|p| p.span);
    let variables = path_variables(path);
    for (index, parameter) in parameters.elements().iter().enumerate() {
        let is_path = parameter
            .field(key!(REQUEST_PARAMETER, "Position"))
            .and_then(Node::as_str)
            .is_some_and(|p| p.eq_ignore_ascii_case("PATH"));
        let Some(name_node) = parameter.field(key!(REQUEST_PARAMETER, "Name")).filter(|_| is_path) else {
            continue;
        };
        let Some(name) = name_node.as_str() else {
            continue;
        };
        if variables.iter().any(|(variable, _, _)| *variable == name) {
            continue;
        }
        ctx.report(
            &RULE,
            name_node.span,
            &[Seg::Key("RequestParameters"), Seg::Index(index), Seg::Key("Name")],
            format!("the PATH parameter `{name}` does not appear in the path `{path}`"),
        )
        .help(format!("add `{{{name}}}` to `RequestConfig.Path`, or change the parameter's Position"))
        .related(path_span, &[Seg::Key("RequestConfig"), Seg::Key("Path")], "the frontend path");
    }
}
