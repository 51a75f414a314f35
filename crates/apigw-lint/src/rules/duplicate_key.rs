declare_rule! {
    /// ## What it does
    /// Reports a key given twice in one object (or a query name given twice), pointing at the
    /// repetition and, as related, at the first one.
    ///
    /// ## Why
    /// JSON parsers silently keep one of the values (the service and serde_json keep the
    /// last), so the first value is lost without a word; it is almost always a merge or
    /// copy-paste mistake.
    ///
    /// ## Error code
    /// None: the service does not report it, it reads the last value.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "ServiceTimeout": 30, "Protocol": "HTTP",
    ///  "RequestConfig": {"Path": "/test", "Method": "GET"}, "ServiceMockReturnMessage": "mock"}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 30,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock"}
    /// ```
    ///
    /// ## Source
    /// RFC 8259 §4 ("names within an object SHOULD be unique").
    RULE {
        id: "duplicate-key",
        severity: Error,
        error_code: None,
        summary: "A key is given more than once",
    }
}
