use crate::context::Context;
use crate::document::Seg;
use crate::rules::support::{split_url, sub_span};

declare_rule! {
    /// ## What it does
    /// Checks backend ports: the port of `ServiceConfig.Url` (`http://host:PORT`) and each
    /// `TargetServices[].VmPort` must be a number from 1 to 65535.
    ///
    /// ## Why
    /// TCP ports are 16-bit and port 0 cannot be connected to; the service refuses other
    /// values with `InvalidParameterValue.InvalidPort`.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "HTTP", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceConfig": {"Url": "http://10.0.0.5:70000", "Path": "/", "Method": "GET"}}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "HTTP", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceConfig": {"Url": "http://10.0.0.5:8080", "Path": "/", "Method": "GET"}}
    /// ```
    ///
    /// ## Source
    /// CreateApi error codes: InvalidPort; TargetServicesReq.VmPort (tencent-apigw-facts.md §5).
    RULE {
        id: "invalid-port",
        severity: Error,
        error_code: Some("InvalidParameterValue.InvalidPort"),
        summary: "A backend port is not between 1 and 65535",
    }
}

pub(crate) fn check(ctx: &mut Context<'_>) {
    let format = ctx.format;
    let request = ctx.request;
    if let Some(node) = ctx.service_config().and_then(|c| c.field(key!(SERVICE_CONFIG, "Url")))
        && let Some(url) = node.as_str()
        && let Some((port, start, end)) = split_url(url).port
        && !valid_port_text(port)
    {
        let shown = if port.is_empty() { "an empty port".to_owned() } else { format!("the port `{port}`") };
        ctx.report(
            &RULE,
            sub_span(node, format, start, end),
            &[Seg::Key("ServiceConfig"), Seg::Key("Url")],
            format!("`ServiceConfig.Url` has {shown}, which is not between 1 and 65535"),
        )
        .help("give a port from 1 to 65535, or leave it out for the scheme's default");
    }
    let Some(targets) = request.field(key!("TargetServices")) else {
        return;
    };
    for (index, target) in targets.elements().iter().enumerate() {
        let Some(port_node) = target.field(key!(TARGET_SERVICES_REQ, "VmPort")) else {
            continue;
        };
        let Some(port) = port_node.as_i64() else {
            continue;
        };
        if !(1..=65535).contains(&port) {
            ctx.report(
                &RULE,
                port_node.span,
                &[Seg::Key("TargetServices"), Seg::Index(index), Seg::Key("VmPort")],
                format!("`VmPort` {port} is not between 1 and 65535"),
            )
            .help("give the CVM's port, from 1 to 65535");
        }
    }
}

fn valid_port_text(port: &str) -> bool {
    !port.is_empty()
        && port.bytes().all(|b| b.is_ascii_digit())
        && port.parse::<u32>().is_ok_and(|p| (1..=65535).contains(&p))
}
