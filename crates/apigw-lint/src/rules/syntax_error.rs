declare_rule! {
    /// ## What it does
    /// Reports a document that cannot be read: malformed JSON (a missing comma, a trailing
    /// comma, an unclosed string, trailing garbage, an empty file), or a query-string pair
    /// without `=`, with an empty name segment, or that mixes array indices and names.
    ///
    /// ## Why
    /// Nothing in a document that cannot be parsed reaches the API; the rest of the batch is
    /// still linted.
    ///
    /// ## Error code
    /// None: the request is refused before CreateApi looks at it, with an error of the API
    /// 3.0 framework rather than of CreateApi.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e",, "ServiceType": "MOCK"}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock"}
    /// ```
    ///
    /// ## Source
    /// RFC 8259 (JSON); the query form of the official example (`Name=value` pairs joined by
    /// `&`, nested names joined by `.`, 0-based array indices).
    RULE {
        id: "syntax-error",
        severity: Error,
        error_code: None,
        summary: "The document is not well-formed JSON or query text",
    }
}
