use crate::context::Context;
use crate::document::Seg;
use crate::schema::COS_ACTIONS;

declare_rule! {
    /// ## What it does
    /// Checks that a COS backend's `CosConfig.Action` fits the frontend method: GET with
    /// GetObject, PUT with PutObject, POST with PostObject or AppendObject, HEAD with
    /// HeadObject, DELETE with DeleteObject. ANY fits every action.
    ///
    /// ## Why
    /// The gateway passes the client's request to COS as the chosen operation; a PUT that
    /// becomes a GetObject cannot work, and the service refuses the pairing.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "COS", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/files", "Method": "PUT"},
    ///  "ServiceConfig": {"CosConfig": {"Action": "GetObject", "BucketName": "test"}}}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "COS", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/files", "Method": "POST"},
    ///  "ServiceConfig": {"CosConfig": {"Action": "AppendObject", "BucketName": "test"}}}
    /// ```
    ///
    /// ## Source
    /// CosConfig.Action in the CreateApi data types (tencent-apigw-facts.md §5, §8.2).
    RULE {
        id: "cos-action-matches-method",
        severity: Error,
        error_code: Some("InvalidParameterValue.InvalidServiceConfig"),
        summary: "CosConfig.Action does not fit the frontend method",
    }
}

/// The COS operations each frontend method may use.
fn actions_for(method: &str) -> Option<&'static [&'static str]> {
    Some(match method {
        "GET" => &["GetObject"],
        "PUT" => &["PutObject"],
        "POST" => &["PostObject", "AppendObject"],
        "HEAD" => &["HeadObject"],
        "DELETE" => &["DeleteObject"],
        "ANY" => return None,
        _ => &[],
    })
}

pub(crate) fn check(ctx: &mut Context<'_>) {
    if ctx.service_type() != Some("COS") {
        return;
    }
    let (Some(method), Some(cos)) =
        (ctx.method(), ctx.service_config().and_then(|c| c.field(key!(SERVICE_CONFIG, "CosConfig"))))
    else {
        return;
    };
    let Some(action_node) = cos.field(key!(COS_CONFIG, "Action")) else {
        return;
    };
    let Some(action) = action_node.as_str().and_then(|a| COS_ACTIONS.canonical(a)) else {
        return;
    };
    let Some(allowed) = actions_for(method) else {
        return;
    };
    if allowed.contains(&action) {
        return;
    }
    let help = if allowed.is_empty() {
        format!("a COS backend has no operation for the method {method}; use GET, PUT, POST, HEAD, DELETE or ANY")
    } else {
        format!(
            "with the method {method}, use {}",
            allowed.iter().map(|a| format!("`{a}`")).collect::<Vec<_>>().join(" or ")
        )
    };
    let method_span = ctx.request_config().and_then(|c| c.field(key!(API_REQUEST_CONFIG, "Method"))).map(|n| n.span);
    ctx.report(
        &RULE,
        action_node.span,
        &[Seg::Key("ServiceConfig"), Seg::Key("CosConfig"), Seg::Key("Action")],
        format!("the COS operation `{action}` does not fit the frontend method {method}"),
    )
    .help(help)
    .related(method_span, &[Seg::Key("RequestConfig"), Seg::Key("Method")], "the frontend method is set here");
}
