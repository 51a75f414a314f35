use crate::context::Context;
use crate::document::Seg;

declare_rule! {
    /// ## What it does
    /// Warns when `ApiName` is longer than 60 characters.
    ///
    /// ## Why
    /// The console limits API names to 60 characters, so a longer name cannot be edited
    /// there and is likely refused.
    ///
    /// ## Decisions
    /// A warning: the limit is documented for the console, not in the API reference.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock",
    ///  "ApiName": "a-name-that-goes-on-and-on-well-beyond-the-sixty-characters-the-console-allows"}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock", "ApiName": "get-user"}
    /// ```
    ///
    /// ## Source
    /// Console guides (tencentcloud.com documents 628/39484, 628/47386): unique in the
    /// service, at most 60 characters; `LengthExceeded` is ModifyApi's code for it.
    RULE {
        id: "api-name-length",
        severity: Warning,
        error_code: Some("InvalidParameterValue.LengthExceeded"),
        summary: "ApiName is longer than 60 characters",
    }
}

const MAX_CHARS: usize = 60;

pub(crate) fn check(ctx: &mut Context<'_>) {
    let Some(node) = ctx.get(key!("ApiName")) else {
        return;
    };
    let Some(length) = node.as_str().map(|name| name.chars().count()) else {
        return;
    };
    if length > MAX_CHARS {
        ctx.report(
            &RULE,
            node.span,
            &[Seg::Key("ApiName")],
            format!("`ApiName` is {length} characters long, more than {MAX_CHARS}"),
        )
        .help("shorten the name; put details in `ApiDesc`");
    }
}
