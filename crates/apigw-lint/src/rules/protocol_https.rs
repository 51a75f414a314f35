use crate::context::Context;
use crate::document::Seg;

declare_rule! {
    /// ## What it does
    /// Warns when `Protocol` is HTTPS, and suggests HTTP.
    ///
    /// ## Why
    /// The English reference lists "HTTPS, WEBSOCKET", but the Chinese spec, Terraform, the
    /// Serverless toolkit and the reference page's own example send HTTP: "HTTPS" is a
    /// remnant of an older description. Whether the frontend answers on HTTPS is a setting
    /// of the *service* (CreateService's Protocol `http`, `https` or `http&https`), not of
    /// the API.
    ///
    /// ## Decisions
    /// HTTPS is not an error, because the English reference lists it; HTTP and WEBSOCKET are
    /// the values known to work.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTPS", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock"}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock"}
    /// ```
    ///
    /// ## Source
    /// tencent-apigw-facts.md §11 item 1 (Protocol values across sources).
    RULE {
        id: "protocol-https",
        severity: Warning,
        error_code: None,
        summary: "Protocol HTTPS: the working value is HTTP; HTTPS is a service setting",
    }
}

pub(crate) fn check(ctx: &mut Context<'_>) {
    if ctx.protocol() != Some("HTTPS") {
        return;
    }
    let Some(node) = ctx.get(key!("Protocol")) else {
        return;
    };
    let (span, text_span) = (node.span, node.text_span(ctx.format));
    ctx.report(
        &RULE,
        span,
        &[Seg::Key("Protocol")],
        "`Protocol` HTTPS is listed by the English reference only; the working frontend values are HTTP and WEBSOCKET",
    )
    .help("use `HTTP`; HTTPS is enabled on the service (CreateService Protocol `https` or `http&https`)")
    .fix("Change Protocol to `HTTP`", vec![(text_span, "HTTP".to_owned())]);
}
