use crate::context::Context;
use crate::document::{Node, Seg};

declare_rule! {
    /// ## What it does
    /// Reports `ServiceConfig.Product` (clb, cvm, upstream) without
    /// `ServiceConfig.UniqVpcId`.
    ///
    /// ## Why
    /// Product says which kind of resource in a VPC the backend is; without the VPC it is
    /// meaningless. Terraform refuses it before calling the API.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "HTTP", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceConfig": {"Product": "clb", "Url": "http://10.0.0.5", "Path": "/",
    ///                    "Method": "GET"}}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "HTTP", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceConfig": {"Product": "clb", "UniqVpcId": "vpc-ssaasd",
    ///                    "Url": "http://10.0.0.5", "Path": "/", "Method": "GET"}}
    /// ```
    ///
    /// ## Source
    /// CreateApi data types (ServiceConfig.Product, UniqVpcId); Terraform create check
    /// (tencent-apigw-facts.md §5, §9).
    RULE {
        id: "vpc-product-requires-vpc-id",
        severity: Error,
        error_code: Some("InvalidParameterValue.InvalidVpcConfig"),
        summary: "ServiceConfig.Product needs ServiceConfig.UniqVpcId",
    }
}

pub(crate) fn check(ctx: &mut Context<'_>) {
    let Some(config) = ctx.service_config() else {
        return;
    };
    let Some(product) = config.field(key!(SERVICE_CONFIG, "Product")).filter(|p| p.is_provided()) else {
        return;
    };
    if config.field(key!(SERVICE_CONFIG, "UniqVpcId")).is_some_and(Node::is_provided) {
        return;
    }
    let span = product.span;
    ctx.report(
        &RULE,
        span,
        &[Seg::Key("ServiceConfig"), Seg::Key("UniqVpcId")],
        "`ServiceConfig.Product` is set but `ServiceConfig.UniqVpcId` is not: a VPC backend needs its VPC",
    )
    .help("add `UniqVpcId` (e.g. `vpc-ssaasd`) to ServiceConfig, or remove Product if the backend is not in a VPC");
}
