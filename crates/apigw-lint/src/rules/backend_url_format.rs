use crate::context::Context;
use crate::document::Seg;
use crate::rules::support::{looks_like_ipv4, split_url, sub_span};

declare_rule! {
    /// ## What it does
    /// Checks `ServiceConfig.Url`, the backend address: a scheme that fits the backend type
    /// (`http://` or `https://` for HTTP, `ws://` or `wss://` for WEBSOCKET), a host name of
    /// letters, digits, `-`, `_` and `.`, and no whitespace. Ports and IP literals are
    /// checked by `invalid-port` and `invalid-ip-address`.
    ///
    /// ## Why
    /// The gateway connects to this address; a URL it cannot parse, or an HTTP scheme on a
    /// WebSocket backend, is refused with `InvalidParameterValue.InvalidUrl`.
    ///
    /// ## Decisions
    /// A bare host without a scheme (`172.17.0.16`, the reference page's own example) is
    /// accepted. For backend types other than HTTP and WEBSOCKET any of the four schemes is
    /// accepted.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "WEBSOCKET", "ServiceTimeout": 15,
    ///  "Protocol": "WEBSOCKET", "RequestConfig": {"Path": "/ws", "Method": "GET"},
    ///  "ServiceConfig": {"Url": "http://10.0.0.5:8080", "Path": "/", "Method": "GET"}}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "WEBSOCKET", "ServiceTimeout": 15,
    ///  "Protocol": "WEBSOCKET", "RequestConfig": {"Path": "/ws", "Method": "GET"},
    ///  "ServiceConfig": {"Url": "wss://ws.example.com", "Path": "/", "Method": "GET"}}
    /// ```
    ///
    /// ## Source
    /// CreateApi error codes: InvalidUrl; ServiceConfig.Url in the data types and the URLs
    /// real configurations use (tencent-apigw-facts.md §5).
    RULE {
        id: "backend-url-format",
        severity: Error,
        error_code: Some("InvalidParameterValue.InvalidUrl"),
        summary: "ServiceConfig.Url is not a valid backend address",
    }
}

const URL: [Seg<'static>; 2] = [Seg::Key("ServiceConfig"), Seg::Key("Url")];

pub(crate) fn check(ctx: &mut Context<'_>) {
    let Some(node) = ctx.service_config().and_then(|c| c.field(key!(SERVICE_CONFIG, "Url"))) else {
        return;
    };
    let Some(url) = node.as_str().filter(|u| !u.is_empty()) else {
        return;
    };
    let format = ctx.format;
    if url.contains(char::is_whitespace) {
        ctx.report(&RULE, node.span, &URL, "`ServiceConfig.Url` contains whitespace").help("remove the whitespace");
        return;
    }
    let parts = split_url(url);
    let allowed: &[&str] = match ctx.service_type() {
        Some("HTTP") => &["http", "https"],
        Some("WEBSOCKET") => &["ws", "wss"],
        _ => &["http", "https", "ws", "wss"],
    };
    if let Some(scheme) = parts.scheme
        && !allowed.iter().any(|a| a.eq_ignore_ascii_case(scheme))
    {
        let list = allowed.iter().map(|a| format!("`{a}://`")).collect::<Vec<_>>().join(" or ");
        let backend = ctx.service_type().map_or_else(String::new, |b| format!(" for a {b} backend"));
        let cause = ctx.span_of("ServiceType");
        ctx.report(
            &RULE,
            sub_span(node, format, 0, scheme.len()),
            &URL,
            format!("the scheme `{scheme}://` does not fit{backend}"),
        )
        .help(format!("use {list}"))
        .related(cause, &[Seg::Key("ServiceType")], "the backend type is set here");
        return;
    }
    let (host, start, end) = parts.host;
    if host.is_empty() {
        ctx.report(&RULE, node.span, &URL, format!("the backend URL `{url}` has no host"))
            .help("write the backend address, e.g. `http://10.0.0.5:8080`");
        return;
    }
    if parts.bracketed || looks_like_ipv4(host) {
        return;
    }
    let valid_host = host
        .split('.')
        .all(|label| !label.is_empty() && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    if !valid_host {
        ctx.report(&RULE, sub_span(node, format, start, end), &URL, format!("`{host}` is not a valid host name"))
            .help("a host name is letters, digits, `-` and `_`, in labels separated by single dots");
    }
}
