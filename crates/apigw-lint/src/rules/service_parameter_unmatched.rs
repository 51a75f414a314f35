use foldhash::{HashSet, HashSetExt};

use crate::context::Context;
use crate::document::{Node, Seg};

declare_rule! {
    /// ## What it does
    /// Reports a backend parameter (`ServiceParameters[]`) whose
    /// `RelevantRequestParameterName` names no declared request parameter.
    ///
    /// ## Why
    /// A backend parameter takes its value from a frontend parameter; the service refuses a
    /// mapping from a frontend parameter that is not configured with
    /// `InvalidParameterValue.ParameterNotMatch`.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "HTTP", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceConfig": {"Url": "http://10.0.0.5", "Path": "/", "Method": "GET"},
    ///  "RequestParameters": [{"Name": "id", "Position": "QUERY"}],
    ///  "ServiceParameters": [{"Name": "uid", "Position": "QUERY",
    ///                         "RelevantRequestParameterName": "user",
    ///                         "RelevantRequestParameterPosition": "QUERY"}]}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "HTTP", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceConfig": {"Url": "http://10.0.0.5", "Path": "/", "Method": "GET"},
    ///  "RequestParameters": [{"Name": "id", "Position": "QUERY"}],
    ///  "ServiceParameters": [{"Name": "uid", "Position": "QUERY",
    ///                         "RelevantRequestParameterName": "id",
    ///                         "RelevantRequestParameterPosition": "QUERY"}]}
    /// ```
    ///
    /// ## Source
    /// CreateApi error codes: ParameterNotMatch ("the related frontend parameters are not
    /// configured"); ServiceParameter fields (tencent-apigw-facts.md §5).
    RULE {
        id: "service-parameter-unmatched",
        severity: Error,
        error_code: Some("InvalidParameterValue.ParameterNotMatch"),
        summary: "A backend parameter maps from an undeclared request parameter",
    }
}

pub(crate) fn check(ctx: &mut Context<'_>) {
    let Some(service_parameters) = ctx.get(key!("ServiceParameters")) else {
        return;
    };
    let request_parameters = ctx.get(key!("RequestParameters")).map(|p| p.elements()).unwrap_or_default();
    let mut declared: HashSet<&str> = HashSet::with_capacity(request_parameters.len());
    declared.extend(
        request_parameters.iter().filter_map(|p| p.field(key!(REQUEST_PARAMETER, "Name")).and_then(Node::as_str)),
    );
    for (index, parameter) in service_parameters.elements().iter().enumerate() {
        let Some(node) = parameter.field(key!(SERVICE_PARAMETER, "RelevantRequestParameterName")) else {
            continue;
        };
        let Some(name) = node.as_str().filter(|n| !n.is_empty()) else {
            continue;
        };
        if declared.contains(&name) {
            continue;
        }
        // The smallest such name, so the help is the same on every run.
        let help = match declared.iter().filter(|d| d.eq_ignore_ascii_case(name)).min() {
            Some(close) => format!("did you mean `{close}`? Names are case-sensitive"),
            None => {
                format!("declare `{name}` in `RequestParameters`, or map from a declared parameter")
            }
        };
        ctx.report(
            &RULE,
            node.span,
            &[Seg::Key("ServiceParameters"), Seg::Index(index), Seg::Key("RelevantRequestParameterName")],
            format!("the backend parameter maps from `{name}`, which is not a declared request parameter"),
        )
        .help(help);
    }
}
