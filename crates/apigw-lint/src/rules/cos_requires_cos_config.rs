use crate::context::Context;
use crate::rules::support::require_all;

declare_rule! {
    /// ## What it does
    /// Reports a COS backend without `ServiceConfig.CosConfig`. (Its `Action` and
    /// `BucketName` are required fields of CosConfig, checked by `missing-parameter`.)
    ///
    /// ## Why
    /// A COS backend reads or writes objects of a bucket; without CosConfig the gateway does
    /// not know which bucket or which operation.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "COS", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/files", "Method": "GET"}}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "COS", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/files", "Method": "GET"},
    ///  "ServiceConfig": {"CosConfig": {"Action": "GetObject", "BucketName": "test"}}}
    /// ```
    ///
    /// ## Source
    /// CreateApi reference, ServiceConfig.CosConfig ("required if ServiceType is COS")
    /// (tencent-apigw-facts.md §5, §7).
    RULE {
        id: "cos-requires-cos-config",
        severity: Error,
        error_code: Some("MissingParameter"),
        summary: "A COS backend needs ServiceConfig.CosConfig",
    }
}

pub(crate) fn check(ctx: &mut Context<'_>) {
    if ctx.service_type() != Some("COS") {
        return;
    }
    if ctx.service_config().is_none() {
        require_all(
            ctx,
            &RULE,
            &["ServiceConfig", "CosConfig"],
            &["Action", "BucketName"],
            "ServiceType",
            "when ServiceType is COS",
        );
    } else {
        require_all(ctx, &RULE, &["ServiceConfig"], &["CosConfig"], "ServiceType", "when ServiceType is COS");
    }
}
