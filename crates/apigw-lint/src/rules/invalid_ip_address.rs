use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use crate::context::Context;
use crate::document::Seg;
use crate::rules::support::{looks_like_ipv4, split_url, sub_span};

declare_rule! {
    /// ## What it does
    /// Checks IP addresses: a host in `ServiceConfig.Url` written as an IPv4 address (digits
    /// and dots) or in brackets as IPv6 must be a valid address, and the `VmIp`, `HostIp` and
    /// `DockerIp` of each `TargetServices` entry must be IP addresses.
    ///
    /// ## Why
    /// `300.1.2.3` or `10.0.0` cannot be connected to; the service refuses them with
    /// `InvalidParameterValue.InvalidIPAddress`.
    ///
    /// ## Decisions
    /// Private addresses are accepted: the reference page's own example backend is
    /// `172.17.0.16`, and VPC backends use private addresses.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "HTTP", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceConfig": {"Url": "http://10.0.0.256", "Path": "/", "Method": "GET"}}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "HTTP", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceConfig": {"Url": "172.17.0.16", "Path": "/", "Method": "GET"}}
    /// ```
    ///
    /// ## Source
    /// CreateApi error codes: InvalidIPAddress; ServiceConfig.Url example; TargetServicesReq
    /// (tencent-apigw-facts.md §5).
    RULE {
        id: "invalid-ip-address",
        severity: Error,
        error_code: Some("InvalidParameterValue.InvalidIPAddress"),
        summary: "A backend IP address is not valid",
    }
}

pub(crate) fn check(ctx: &mut Context<'_>) {
    let format = ctx.format;
    let request = ctx.request;
    if let Some(node) = ctx.service_config().and_then(|c| c.field(key!(SERVICE_CONFIG, "Url")))
        && let Some(url) = node.as_str()
    {
        let parts = split_url(url);
        let (host, start, end) = parts.host;
        let invalid = if parts.bracketed {
            host.parse::<Ipv6Addr>().is_err()
        } else {
            looks_like_ipv4(host) && host.parse::<Ipv4Addr>().is_err()
        };
        if invalid {
            ctx.report(
                &RULE,
                sub_span(node, format, start, end),
                &[Seg::Key("ServiceConfig"), Seg::Key("Url")],
                format!("`{host}` in `ServiceConfig.Url` is not a valid IP address"),
            )
            .help(if parts.bracketed {
                "an IPv6 address is eight groups of hex digits, e.g. `[2001:db8::1]`"
            } else {
                "an IPv4 address is four numbers from 0 to 255, e.g. `10.0.0.5`"
            });
        }
    }
    let Some(targets) = request.field(key!("TargetServices")) else {
        return;
    };
    for (index, target) in targets.elements().iter().enumerate() {
        for field in ["VmIp", "HostIp", "DockerIp"] {
            let Some(node) = target.get(field) else {
                continue;
            };
            let Some(ip) = node.as_str().filter(|ip| !ip.is_empty()) else {
                continue;
            };
            if ip.parse::<IpAddr>().is_err() {
                ctx.report(
                    &RULE,
                    node.span,
                    &[Seg::Key("TargetServices"), Seg::Index(index), Seg::Key(field)],
                    format!("`{field}` `{ip}` is not an IP address"),
                )
                .help("give the IP address, e.g. `10.0.0.5`");
            }
        }
    }
}
