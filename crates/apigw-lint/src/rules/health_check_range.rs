use crate::context::Context;
use crate::document::Seg;
use crate::schema::FieldKey;

declare_rule! {
    /// ## What it does
    /// Checks the numbers of the health-check and load-balancing structures
    /// (`ServiceTsfHealthCheckConf`, `TargetServicesHealthCheckConf`,
    /// `ServiceTsfLoadBalanceConf`): `ErrorThresholdPercentage` from 0 to 100, and
    /// `RequestVolumeThreshold`, `SleepWindowInMilliseconds` and `SessionStickTimeout` not
    /// negative.
    ///
    /// ## Why
    /// A percentage above 100 or a negative count or duration cannot be met; out-of-range
    /// values are refused with `InvalidParameterValue.RangeExceeded`.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "TSF", "ApiType": "TSF",
    ///  "ServiceTimeout": 15, "Protocol": "HTTP",
    ///  "RequestConfig": {"Path": "/orders", "Method": "GET"},
    ///  "MicroServices": [{"ClusterId": "cluster-1", "NamespaceId": "namespace-1",
    ///                     "MicroServiceName": "orders"}],
    ///  "ServiceTsfHealthCheckConf": {"IsHealthCheck": true, "ErrorThresholdPercentage": 150}}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "TSF", "ApiType": "TSF",
    ///  "ServiceTimeout": 15, "Protocol": "HTTP",
    ///  "RequestConfig": {"Path": "/orders", "Method": "GET"},
    ///  "MicroServices": [{"ClusterId": "cluster-1", "NamespaceId": "namespace-1",
    ///                     "MicroServiceName": "orders"}],
    ///  "ServiceTsfHealthCheckConf": {"IsHealthCheck": true, "ErrorThresholdPercentage": 50}}
    /// ```
    ///
    /// ## Source
    /// HealthCheckConf and TsfLoadBalanceConfResp in the CreateApi data types
    /// (tencent-apigw-facts.md §5).
    RULE {
        id: "health-check-range",
        severity: Error,
        error_code: Some("InvalidParameterValue.RangeExceeded"),
        summary: "A health-check or load-balancing number is out of range",
    }
}

/// A field and its inclusive bounds.
type Bound = (FieldKey, i64, i64);

/// Each structure and its bounded fields.
const BOUNDS: &[(FieldKey, &[Bound])] = &[
    (key!("ServiceTsfHealthCheckConf"), HEALTH_CHECK),
    (key!("TargetServicesHealthCheckConf"), HEALTH_CHECK),
    (key!("ServiceTsfLoadBalanceConf"), &[(key!(TSF_LOAD_BALANCE_CONF, "SessionStickTimeout"), 0, i64::MAX)]),
];

const HEALTH_CHECK: &[Bound] = &[
    (key!(HEALTH_CHECK_CONF, "ErrorThresholdPercentage"), 0, 100),
    (key!(HEALTH_CHECK_CONF, "RequestVolumeThreshold"), 0, i64::MAX),
    (key!(HEALTH_CHECK_CONF, "SleepWindowInMilliseconds"), 0, i64::MAX),
];

pub(crate) fn check(ctx: &mut Context<'_>) {
    let request = ctx.request;
    for &(structure_key, fields) in BOUNDS {
        let Some(conf) = request.field(structure_key) else {
            continue;
        };
        let structure = structure_key.name();
        for &(field_key, low, high) in fields {
            let Some(node) = conf.field(field_key) else {
                continue;
            };
            let field = field_key.name();
            let Some(value) = node.as_i64() else {
                continue;
            };
            if value < low || value > high {
                let range = if high == i64::MAX {
                    "must not be negative".to_owned()
                } else {
                    format!("must be from {low} to {high}")
                };
                ctx.report(
                    &RULE,
                    node.span,
                    &[Seg::Key(structure), Seg::Key(field)],
                    format!("`{structure}.{field}` is {value}, but it {range}"),
                );
            }
        }
    }
}
