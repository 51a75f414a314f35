use crate::context::Context;
use crate::document::Seg;

declare_rule! {
    /// ## What it does
    /// In a request that names its `Region`, warns when it is not one of the 13 regions
    /// that API Gateway is offered in.
    ///
    /// ## Why
    /// A service lives in one region; a typo (`ap-guangzou`) or a region without API
    /// Gateway is refused with `UnsupportedRegion` or `InvalidParameterValue.InvalidRegion`.
    ///
    /// ## Decisions
    /// A warning, not an error: other Tencent regions (na-toronto had API Gateway until
    /// 2024; deployment tools still list ap-mumbai, na-ashburn, sa-saopaulo and the fsi
    /// regions) may hold older services, and the list changes.
    ///
    /// ## Example
    /// ```query invalid
    /// Action=CreateApi&Region=ap-guangzou&ServiceId=service-ody35h5e&ServiceType=MOCK&ServiceTimeout=15&Protocol=HTTP&RequestConfig.Path=/test&RequestConfig.Method=GET&ServiceMockReturnMessage=mock
    /// ```
    /// ```query valid
    /// Action=CreateApi&Region=ap-guangzhou&ServiceId=service-ody35h5e&ServiceType=MOCK&ServiceTimeout=15&Protocol=HTTP&RequestConfig.Path=/test&RequestConfig.Method=GET&ServiceMockReturnMessage=mock
    /// ```
    ///
    /// ## Source
    /// API Gateway region list (tencentcloud.com document 628/33133, updated 2025-03-18);
    /// Go SDK region constants (tencent-apigw-facts.md §3, §11 item 16).
    RULE {
        id: "unknown-region",
        severity: Warning,
        error_code: Some("UnsupportedRegion"),
        summary: "Region is not one where API Gateway is offered",
    }
}

/// The regions API Gateway is offered in.
const API_GATEWAY_REGIONS: &[&str] = &[
    "ap-guangzhou",
    "ap-shanghai",
    "ap-nanjing",
    "ap-beijing",
    "ap-chengdu",
    "ap-chongqing",
    "ap-hongkong",
    "ap-singapore",
    "ap-seoul",
    "ap-tokyo",
    "ap-bangkok",
    "na-siliconvalley",
    "eu-frankfurt",
];

/// Other Tencent Cloud regions, where API Gateway is not (or no longer) offered.
const OTHER_TENCENT_REGIONS: &[&str] = &[
    "ap-guangzhou-open",
    "ap-jakarta",
    "ap-mumbai",
    "ap-shanghai-fsi",
    "ap-shenzhen-fsi",
    "eu-moscow",
    "na-ashburn",
    "na-toronto",
    "sa-saopaulo",
];

pub(crate) fn check(ctx: &mut Context<'_>) {
    let Some(node) = ctx.get(key!("Region")) else {
        return;
    };
    let Some(region) = node.as_str() else {
        return;
    };
    if API_GATEWAY_REGIONS.contains(&region) {
        return;
    }
    let (span, text_span) = (node.span, node.text_span(ctx.format));
    let lower = region.to_ascii_lowercase();
    let close = API_GATEWAY_REGIONS.iter().copied().find(|known| strsim::osa_distance(known, &lower) <= 2);
    let message = if OTHER_TENCENT_REGIONS.contains(&region) {
        format!("API Gateway is not offered in the region `{region}`")
    } else {
        format!("`{region}` is not a region API Gateway is offered in")
    };
    let mut report = ctx.report(&RULE, span, &[Seg::Key("Region")], message);
    match close {
        Some(known) => {
            report
                .help(format!("did you mean `{known}`?"))
                .fix(format!("Change to `{known}`"), vec![(text_span, known.to_owned())]);
        }
        None => {
            report.help(format!("API Gateway regions: {}", API_GATEWAY_REGIONS.join(", ")));
        }
    }
}
