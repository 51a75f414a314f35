use crate::context::Context;
use crate::document::Seg;

declare_rule! {
    /// ## What it does
    /// In a request that names its `Action` (the query form, or a JSON body that carries
    /// the common parameters), checks that it is `CreateApi`.
    ///
    /// ## Why
    /// These files describe CreateApi calls; another action (ModifyApi, `createApi`) would
    /// be checked against the wrong parameter list, and a misspelt action is refused with
    /// `InvalidAction`.
    ///
    /// ## Example
    /// ```query invalid
    /// Action=ModifyApi&ServiceId=service-ody35h5e&ServiceType=MOCK&ServiceTimeout=15&Protocol=HTTP&RequestConfig.Path=/test&RequestConfig.Method=GET&ServiceMockReturnMessage=mock
    /// ```
    /// ```query valid
    /// Action=CreateApi&ServiceId=service-ody35h5e&ServiceType=MOCK&ServiceTimeout=15&Protocol=HTTP&RequestConfig.Path=/test&RequestConfig.Method=GET&ServiceMockReturnMessage=mock
    /// ```
    ///
    /// ## Source
    /// CreateApi reference (Action: "the value used for this API: CreateApi"); common error
    /// code InvalidAction.
    RULE {
        id: "invalid-action",
        severity: Error,
        error_code: Some("InvalidAction"),
        summary: "Action is not CreateApi",
    }
}

pub(crate) fn check(ctx: &mut Context<'_>) {
    let Some(node) = ctx.get(key!("Action")) else {
        return;
    };
    let Some(action) = node.as_str() else {
        return;
    };
    if action == "CreateApi" {
        return;
    }
    let (span, text_span) = (node.span, node.text_span(ctx.format));
    let mut report = ctx.report(
        &RULE,
        span,
        &[Seg::Key("Action")],
        format!("`Action` is `{action}`, but these parameters are for `CreateApi`"),
    );
    if action.eq_ignore_ascii_case("CreateApi") {
        report
            .help("action names are case-sensitive: write `CreateApi`")
            .fix("Change to `CreateApi`", vec![(text_span, "CreateApi".to_owned())]);
    } else {
        report.help("lint only CreateApi requests with apigw-lint");
    }
}
