declare_rule! {
    /// ## What it does
    /// Reports a document whose top level is neither a request object nor an array of request
    /// objects (a string, a number, `null`, or an array holding something other than objects).
    ///
    /// ## Why
    /// A CreateApi body is a JSON object; a file may batch several as an array, each element
    /// linted on its own.
    ///
    /// ## Error code
    /// `InvalidParameter.FormatError`: the body does not have the request's format.
    ///
    /// ## Example
    /// ```json invalid
    /// ["service-ody35h5e"]
    /// ```
    /// ```json valid
    /// [{"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///   "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///   "ServiceMockReturnMessage": "mock"}]
    /// ```
    ///
    /// ## Source
    /// API 3.0 request structure (tencentcloud.com document 628/36597): the body is a JSON
    /// object of the action's parameters.
    RULE {
        id: "not-a-request",
        severity: Error,
        error_code: Some("InvalidParameter.FormatError"),
        summary: "The top level is not a request object or an array of them",
    }
}
