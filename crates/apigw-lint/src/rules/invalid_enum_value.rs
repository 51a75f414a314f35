use crate::context::Context;
use crate::document::Node;
use crate::schema::{Case, Field, Struct};

declare_rule! {
    /// ## What it does
    /// Checks every enumerated parameter against its options: ServiceType, Protocol,
    /// ApiType, AuthType, ApiBusinessType, RequestConfig.Method and ServiceConfig.Method,
    /// ResponseType, parameter positions, ServiceScfFunctionType, EIAMAuthType,
    /// CosConfig.Action and PathMatchMode, ServiceConfig.Product and
    /// OauthConfig.TokenLocation. A value in the wrong letter case gets the exact spelling
    /// as a fix.
    ///
    /// ## Why
    /// The service refuses other values with `InvalidParameterValue.NotInOptions`.
    ///
    /// ## Decisions
    /// Where sources disagree, every value a source shows working is accepted:
    /// - ServiceType: the current Chinese list (HTTP, MOCK, TSF, SCF, EB, TARGET, VPC,
    ///   UPSTREAM, GRPC, COS, WEBSOCKET), a superset of the English one.
    /// - Protocol: HTTP (the official example), WEBSOCKET, and HTTPS (the English table;
    ///   see `protocol-https`).
    /// - AuthType: SECRET, NONE, OAUTH, APP, and EIAM (the service's own output lists it).
    /// - Methods: the ten the server names (ANY, BEGIN, GET, POST, DELETE, HEAD, PUT,
    ///   OPTIONS, TRACE, PATCH), not Terraform's six.
    /// - EIAMAuthType: AuthenticationOnly, Authentication and Authorization (English spec
    ///   and Terraform; the Chinese spec omits Authentication).
    /// - Letter case: enumerations are matched exactly, as every official example and tested
    ///   tool writes them, except where working requests use several cases: parameter
    ///   positions (PATH/path, and `head` for backend parameters) and ResponseType (`html`
    ///   in the doc example, `TEST` in legacy docs, the empty string from Terraform).
    /// - An empty string in an optional enumerated field is read as "not sent", as generated
    ///   requests send it for every unset field; in a required one it is reported.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "mock", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock"}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock", "ResponseType": "html"}
    /// ```
    ///
    /// ## Source
    /// CreateApi reference (valid values); tencent-apigw-facts.md §4, §5, §8.2, §8.6 and the
    /// contradictions in §11 (items 1, 2, 3, 7, 12, 13, 14).
    RULE {
        id: "invalid-enum-value",
        severity: Error,
        error_code: Some("InvalidParameterValue.NotInOptions"),
        summary: "A value is not one of the parameter's options",
    }
}

pub(crate) fn check(ctx: &mut Context<'_>, object: Node<'_>, _: &'static Struct) {
    for (value, field) in object.field_values() {
        check_field(ctx, value, field);
    }
}

fn check_field(ctx: &mut Context<'_>, node: Node<'_>, field: &'static Field) {
    let format = ctx.format;
    let Some(options) = field.enumeration else { return };
    let Some(value) = node.as_str() else { return };
    // Serializers send "" for every unset optional field; the service reads it as unset.
    if options.accepts(value) || (value.is_empty() && !field.required) {
        return;
    }
    let path = &node.path();
    match options.canonical(value) {
        Some(canonical) if options.case == Case::Sensitive => {
            ctx.report(
                &RULE,
                node.span,
                path,
                format!("`{value}` is not a valid `{}`: values are case-sensitive", field.name),
            )
            .help(format!("write `{canonical}`"))
            .fix(format!("Change to `{canonical}`"), vec![(node.text_span(format), canonical.to_owned())]);
        }
        _ => {
            let listed = options.values.join(", ");
            let lower = value.to_ascii_lowercase();
            let near =
                options.values.iter().find(|option| strsim::osa_distance(&option.to_ascii_lowercase(), &lower) <= 1);
            let help = match near {
                Some(option) => format!("did you mean `{option}`? The options are: {listed}"),
                None => format!("the options are: {listed}"),
            };
            ctx.report(&RULE, node.span, path, format!("`{value}` is not one of the `{}` options", field.name))
                .help(help);
        }
    }
}
