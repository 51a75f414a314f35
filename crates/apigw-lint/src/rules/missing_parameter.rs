use crate::context::Context;
use crate::document::{Node, Seg};
use crate::schema::{FieldKey, Struct};

declare_rule! {
    /// ## What it does
    /// Reports a required parameter that is not sent, at the top level (ServiceId,
    /// ServiceType, ServiceTimeout, Protocol, RequestConfig) and inside nested structures
    /// (RequestConfig Path and Method; MicroServices ClusterId, NamespaceId,
    /// MicroServiceName; TargetServices VmIp, VpcId, VmPort, HostIp; CosConfig Action and
    /// BucketName; OauthConfig PublicKey and TokenLocation).
    ///
    /// ## Why
    /// The service refuses a request without them with `MissingParameter`.
    ///
    /// ## Decisions
    /// - `null` counts as not sent (deployers send it for unused fields).
    /// - The common parameters (Action, Version, Region, ...) are not required here: SDKs and
    ///   signers add them when sending, and JSON bodies carry them as headers.
    /// - Requirements that depend on the backend type are separate rules.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test"},
    ///  "ServiceMockReturnMessage": "mock"}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock"}
    /// ```
    ///
    /// ## Source
    /// CreateApi reference ("Required" column); required flags of the nested structures in
    /// tccli api.json (tencent-apigw-facts.md §4, §5).
    RULE {
        id: "missing-parameter",
        severity: Error,
        error_code: Some("MissingParameter"),
        summary: "A required parameter is missing",
    }
}

pub(crate) fn check(ctx: &mut Context<'_>, node: Node<'_>, schema: &'static Struct) {
    for (position, field) in schema.required_fields() {
        if node.field(FieldKey { schema, position }).is_some() {
            continue;
        }
        let path = &node.path();
        let mut field_path = path.to_vec();
        field_path.push(Seg::Key(field.name));
        let place = if path.is_empty() {
            "the request".to_owned()
        } else {
            format!("`{}`", crate::document::parameter_name(path))
        };
        let misspelt = node.members().iter().find(|m| m.key != field.name && m.key.eq_ignore_ascii_case(field.name));
        let sent_as_null = node.members().iter().find(|m| m.key == field.name);
        let (span, help) = match (misspelt, sent_as_null) {
            (Some(member), _) => (
                member.key_span,
                format!("`{}` is given, but names are case-sensitive: rename it to `{}`", member.key, field.name),
            ),
            (None, Some(member)) => (
                member.value.span,
                format!("`{}` is null, which means not sent; give it a value ({})", field.name, field.ty.spec_name()),
            ),
            (None, None) => (ctx.head(node), format!("add `{}` ({}): {}", field.name, field.ty.spec_name(), field.doc)),
        };
        ctx.report(&RULE, span, &field_path, format!("{place} is missing the required parameter `{}`", field.name))
            .help(help);
    }
}
