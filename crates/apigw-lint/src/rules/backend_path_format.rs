use crate::context::Context;
use crate::document::Seg;

declare_rule! {
    /// ## What it does
    /// Checks `ServiceConfig.Path`, the backend path: when given, it starts with `/` and has
    /// no whitespace. A missing leading `/` gets a fix.
    ///
    /// ## Why
    /// The gateway appends the rest of the request path to the backend path; a relative
    /// path is refused with `InvalidParameterValue.InvalidBackendPath`.
    ///
    /// ## Decisions
    /// An empty backend path is accepted: the FAQ describes forwarding the remainder alone
    /// when the backend path is empty.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "HTTP", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceConfig": {"Url": "http://example.com", "Path": "api/v1", "Method": "GET"}}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "HTTP", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceConfig": {"Url": "http://example.com", "Path": "/api/v1", "Method": "GET"}}
    /// ```
    ///
    /// ## Source
    /// CreateApi error codes: InvalidBackendPath; path forwarding in the FAQ (document
    /// 628/11939) (tencent-apigw-facts.md §5, §8.1).
    RULE {
        id: "backend-path-format",
        severity: Error,
        error_code: Some("InvalidParameterValue.InvalidBackendPath"),
        summary: "ServiceConfig.Path is not a valid backend path",
    }
}

const PATH: [Seg<'static>; 2] = [Seg::Key("ServiceConfig"), Seg::Key("Path")];

pub(crate) fn check(ctx: &mut Context<'_>) {
    let Some(node) = ctx.service_config().and_then(|c| c.field(key!(SERVICE_CONFIG, "Path"))) else {
        return;
    };
    let Some(path) = node.as_str().filter(|p| !p.is_empty()) else {
        return;
    };
    if path.contains(char::is_whitespace) {
        ctx.report(&RULE, node.span, &PATH, format!("the backend path `{path}` contains whitespace"))
            .help("remove the whitespace or percent-encode it (`%20`)");
    } else if !path.starts_with('/') {
        let insert_at = crate::rules::support::sub_span(node, ctx.format, 0, 0);
        ctx.report(&RULE, node.span, &PATH, format!("the backend path `{path}` does not start with `/`"))
            .help(format!("write `/{path}`"))
            .fix("Add the leading `/`", vec![(insert_at, "/".to_owned())]);
    }
}
