#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
//! Property tests: generated valid requests of every backend type lint clean, and a single
//! mutation of one produces exactly the expected rule at the expected pointer.

use apigw_lint::lint;
use proptest::prelude::*;
use serde_json::{Value, json};

const BACKENDS: &[&str] =
    &["MOCK", "HTTP", "WEBSOCKET", "SCF", "SCF-WEBSOCKET", "COS", "TSF", "TARGET", "EB", "UPSTREAM", "VPC", "GRPC"];

fn ip() -> impl Strategy<Value = String> {
    (1u8..=254, 0u8..=255, 0u8..=255, 1u8..=254).prop_map(|(a, b, c, d)| format!("{a}.{b}.{c}.{d}"))
}

fn host() -> impl Strategy<Value = String> {
    prop_oneof![ip(), "[a-z][a-z0-9-]{0,10}(\\.[a-z][a-z0-9]{1,8}){1,2}"]
}

fn url(schemes: &'static [&'static str]) -> impl Strategy<Value = String> {
    (prop::sample::select(schemes), host(), prop::option::of(1u32..=65535)).prop_map(
        |(scheme, host, port)| match port {
            Some(port) => format!("{scheme}://{host}:{port}"),
            None => format!("{scheme}://{host}"),
        },
    )
}

fn path() -> impl Strategy<Value = (String, Option<String>)> {
    (prop::collection::vec("[a-z][a-z0-9_-]{0,8}", 1..4), prop::option::of("[a-z][a-zA-Z0-9]{0,6}")).prop_map(
        |(segments, variable)| {
            let mut path = format!("/{}", segments.join("/"));
            if let Some(variable) = &variable {
                path.push_str(&format!("/{{{variable}}}"));
            }
            (path, variable)
        },
    )
}

/// A valid request of the given backend type.
fn request(backend: &'static str) -> impl Strategy<Value = Value> {
    let method = prop::sample::select(&["GET", "POST", "PUT", "DELETE", "HEAD", "ANY", "OPTIONS", "PATCH"][..]);
    (
        "service-[a-z0-9]{8}",
        1i64..=1800,
        path(),
        method,
        prop::option::of("[a-z][a-z0-9-]{0,30}"),
        url(&["http", "https"]),
        url(&["ws", "wss"]),
        ("[a-z][a-z0-9-]{0,20}", ip(), ip(), 1i64..=65535),
        prop::sample::select(&["NONE", "SECRET", "APP", "OAUTH"][..]),
    )
        .prop_map(move |(service_id, timeout, (path, variable), method, name, http_url, ws_url, (word, ip_a, ip_b, port), auth)| {
            let websocket_frontend = matches!(backend, "WEBSOCKET" | "SCF-WEBSOCKET");
            let method = if websocket_frontend { "GET" } else { method };
            let mut request = json!({
                "ServiceId": service_id,
                "ServiceType": backend.trim_end_matches("-WEBSOCKET"),
                "ServiceTimeout": timeout,
                "Protocol": if websocket_frontend { "WEBSOCKET" } else { "HTTP" },
                "RequestConfig": { "Path": path, "Method": method },
            });
            let object = request.as_object_mut().unwrap();
            if let Some(name) = name {
                object.insert("ApiName".into(), json!(name));
            }
            if let Some(variable) = variable {
                object.insert("RequestParameters".into(), json!([{ "Name": variable, "Position": "PATH", "Type": "String", "Required": true }]));
            }
            match auth {
                "OAUTH" => {
                    object.insert("AuthType".into(), json!("OAUTH"));
                    object.insert("ApiBusinessType".into(), json!("NORMAL"));
                    object.insert("AuthRelationApiId".into(), json!(format!("api-{word}")));
                }
                other => {
                    object.insert("AuthType".into(), json!(other));
                }
            }
            let extra = match backend {
                "MOCK" => json!({ "ServiceMockReturnMessage": word }),
                "HTTP" | "VPC" | "GRPC" => json!({ "ServiceConfig": { "Url": http_url, "Path": "/", "Method": method } }),
                "WEBSOCKET" => json!({ "ServiceConfig": { "Url": ws_url, "Path": "/", "Method": "GET" } }),
                "SCF" => json!({ "ServiceScfFunctionName": word, "ServiceScfFunctionNamespace": "default", "ServiceScfFunctionQualifier": "$LATEST" }),
                "SCF-WEBSOCKET" => json!({ "ServiceWebsocketTransportFunctionName": word }),
                "COS" => {
                    let action = match method {
                        "GET" => "GetObject",
                        "PUT" => "PutObject",
                        "POST" => "PostObject",
                        "HEAD" => "HeadObject",
                        "DELETE" => "DeleteObject",
                        _ => "GetObject",
                    };
                    let method = if matches!(method, "OPTIONS" | "PATCH") { "ANY" } else { method };
                    object.insert("RequestConfig".into(), json!({ "Path": object["RequestConfig"]["Path"].clone(), "Method": method }));
                    json!({ "ServiceConfig": { "CosConfig": { "Action": action, "BucketName": word } } })
                }
                "TSF" => json!({ "ApiType": "TSF", "MicroServices": [{ "ClusterId": format!("cluster-{word}"), "NamespaceId": "namespace-1", "MicroServiceName": word }] }),
                "TARGET" => json!({ "TargetServices": [{ "VmIp": ip_a, "VpcId": "vpc-ssaasd", "VmPort": port, "HostIp": ip_b }] }),
                "EB" => json!({ "EventBusId": format!("eb-{word}") }),
                "UPSTREAM" => json!({ "ServiceConfig": { "UpstreamId": format!("upstream-{word}"), "Path": "/", "Method": method } }),
                other => panic!("no generator for {other}"),
            };
            for (key, value) in extra.as_object().unwrap() {
                object.insert(key.clone(), value.clone());
            }
            request
        })
}

fn any_request() -> impl Strategy<Value = Value> {
    prop::sample::select(BACKENDS).prop_flat_map(request)
}

/// The findings as (rule, pointer), in order.
fn findings(request: &Value) -> Vec<(String, String)> {
    let text = serde_json::to_string_pretty(request).unwrap();
    lint(&text).diagnostics.into_iter().map(|d| (d.rule, d.pointer)).collect()
}

#[derive(Debug, Clone)]
enum Mutation {
    Drop(&'static str),
    BreakEnum,
    LowerCaseServiceType,
    QuoteTimeout,
    FloatTimeout,
    UndeclaredPathVariable,
    MisspellKey,
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        prop::sample::select(&["ServiceId", "ServiceType", "ServiceTimeout", "Protocol", "RequestConfig"][..])
            .prop_map(Mutation::Drop),
        Just(Mutation::BreakEnum),
        Just(Mutation::LowerCaseServiceType),
        Just(Mutation::QuoteTimeout),
        Just(Mutation::FloatTimeout),
        Just(Mutation::UndeclaredPathVariable),
        Just(Mutation::MisspellKey),
    ]
}

/// Applies the mutation; returns the one finding it must cause.
fn apply(request: &mut Value, mutation: &Mutation) -> (&'static str, String) {
    let object = request.as_object_mut().unwrap();
    match mutation {
        Mutation::Drop(field) => {
            object.remove(*field);
            ("missing-parameter", format!("/{field}"))
        }
        Mutation::BreakEnum => {
            object.insert("ResponseType".into(), json!("YAML"));
            ("invalid-enum-value", "/ResponseType".to_owned())
        }
        Mutation::LowerCaseServiceType => {
            let lower = object["ServiceType"].as_str().unwrap().to_ascii_lowercase();
            object.insert("ServiceType".into(), json!(lower));
            ("invalid-enum-value", "/ServiceType".to_owned())
        }
        Mutation::QuoteTimeout => {
            let timeout = object["ServiceTimeout"].to_string();
            object.insert("ServiceTimeout".into(), json!(timeout));
            ("invalid-type", "/ServiceTimeout".to_owned())
        }
        Mutation::FloatTimeout => {
            let timeout = object["ServiceTimeout"].as_i64().unwrap() as f64 + 0.5;
            object.insert("ServiceTimeout".into(), json!(timeout));
            ("invalid-type", "/ServiceTimeout".to_owned())
        }
        Mutation::UndeclaredPathVariable => {
            let path = format!("{}/{{undeclared}}", object["RequestConfig"]["Path"].as_str().unwrap());
            object["RequestConfig"]["Path"] = json!(path);
            ("undeclared-path-variable", "/RequestConfig/Path".to_owned())
        }
        Mutation::MisspellKey => {
            let value = object.remove("ServiceTimeout").unwrap();
            object.insert("ServiceTimeOut".into(), value);
            // The misspelt key is unknown, and so the required one is missing.
            ("unknown-parameter", "/ServiceTimeOut".to_owned())
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn valid_requests_of_every_backend_lint_clean(request in any_request()) {
        prop_assert_eq!(findings(&request), Vec::<(String, String)>::new(), "{}", serde_json::to_string_pretty(&request).unwrap());
    }

    #[test]
    fn one_mutation_gives_exactly_one_expected_finding(mut request in any_request(), mutation in mutation()) {
        let (rule, pointer) = apply(&mut request, &mutation);
        let mut expected = vec![(rule.to_owned(), pointer)];
        if matches!(mutation, Mutation::MisspellKey) {
            expected.insert(0, ("missing-parameter".to_owned(), "/ServiceTimeout".to_owned()));
            expected.sort_by(|a, b| a.1.cmp(&b.1).reverse());
        }
        let mut got = findings(&request);
        got.sort_by(|a, b| a.1.cmp(&b.1).reverse());
        prop_assert_eq!(got, expected, "{:?} on {}", mutation, serde_json::to_string_pretty(&request).unwrap());
    }
}
