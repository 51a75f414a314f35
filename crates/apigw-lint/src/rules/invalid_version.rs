use crate::context::Context;
use crate::document::Seg;

declare_rule! {
    /// ## What it does
    /// In a request that names its `Version`, checks that it is `2018-08-08`.
    ///
    /// ## Why
    /// CreateApi as described here exists only in API version 2018-08-08; the service
    /// refuses an unknown version with `NoSuchVersion`, and the retired API 2.0 took other
    /// parameters.
    ///
    /// ## Example
    /// ```query invalid
    /// Action=CreateApi&Version=2017-03-12&ServiceId=service-ody35h5e&ServiceType=MOCK&ServiceTimeout=15&Protocol=HTTP&RequestConfig.Path=/test&RequestConfig.Method=GET&ServiceMockReturnMessage=mock
    /// ```
    /// ```query valid
    /// Action=CreateApi&Version=2018-08-08&ServiceId=service-ody35h5e&ServiceType=MOCK&ServiceTimeout=15&Protocol=HTTP&RequestConfig.Path=/test&RequestConfig.Method=GET&ServiceMockReturnMessage=mock
    /// ```
    ///
    /// ## Source
    /// CreateApi reference (Version: 2018-08-08); common error code NoSuchVersion.
    RULE {
        id: "invalid-version",
        severity: Error,
        error_code: Some("NoSuchVersion"),
        summary: "Version is not 2018-08-08",
    }
}

pub(crate) fn check(ctx: &mut Context<'_>) {
    let Some(node) = ctx.get(key!("Version")) else {
        return;
    };
    let Some(version) = node.as_str() else {
        return;
    };
    if version == "2018-08-08" {
        return;
    }
    let (span, text_span) = (node.span, node.text_span(ctx.format));
    ctx.report(
        &RULE,
        span,
        &[Seg::Key("Version")],
        format!("`Version` is `{version}`; CreateApi is version `2018-08-08`"),
    )
    .help("write `2018-08-08`")
    .fix("Change to `2018-08-08`", vec![(text_span, "2018-08-08".to_owned())]);
}
