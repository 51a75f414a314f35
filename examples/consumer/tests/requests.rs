//! The builders produce requests the service accepts, and the mistakes a user can make in
//! an endpoint description are caught before deploying.

use apigw_lint_consumer_example::{Endpoint, http_api, websocket_api};

const ORDERS: Endpoint<'static> =
    Endpoint { service_id: "service-ody35h5e", path: "/orders/{id}", method: "GET", path_parameters: &["id"] };

#[test]
fn http_api_is_valid() {
    apigw_lint::assert_valid(&http_api(&ORDERS, "https://orders.internal.example.com"));
}

#[test]
fn websocket_api_is_valid() {
    let chat = Endpoint { path: "/chat", path_parameters: &[], ..ORDERS };
    apigw_lint::assert_valid(&websocket_api(&chat, "chat-transport"));
}

#[test]
fn an_undeclared_path_variable_is_caught() {
    let endpoint = Endpoint { path_parameters: &[], ..ORDERS };
    let finding = apigw_lint::assert_request_fires(
        &http_api(&endpoint, "https://orders.internal.example.com"),
        "undeclared-path-variable",
    );
    assert_eq!(finding.error_code.as_deref(), Some("InvalidParameterValue.InvalidRequestParameters"));
    assert_eq!(finding.pointer, "/RequestConfig/Path");
}

#[test]
fn a_lower_case_method_is_caught_with_its_fix() {
    let endpoint = Endpoint { method: "get", ..ORDERS };
    let finding = apigw_lint::assert_request_fires(
        &http_api(&endpoint, "https://orders.internal.example.com"),
        "invalid-enum-value",
    );
    assert_eq!(finding.fix.unwrap().edits[0].replacement, "GET");
}

#[test]
fn requests_read_from_json_are_checked_too() {
    let json = serde_json::to_string(&http_api(&ORDERS, "https://orders.internal.example.com")).unwrap();
    apigw_lint::assert_valid_json(&json);
    apigw_lint::assert_does_not_fire(&json, "unknown-parameter");
}

#[test]
#[should_panic(expected = "websocket-frontend-method")]
fn a_failing_assertion_shows_the_report() {
    let chat = Endpoint { path: "/chat", method: "POST", path_parameters: &[], ..ORDERS };
    let json = serde_json::to_string(&websocket_api(&chat, "chat-transport")).unwrap();
    apigw_lint::assert_clean(&json);
}
