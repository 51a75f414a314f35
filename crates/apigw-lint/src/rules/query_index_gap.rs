declare_rule! {
    /// ## What it does
    /// In the query form, reports array indices that do not count up from 0 without gaps
    /// (`RequestParameters.1.Name` with no `RequestParameters.0.*`). The elements are read in
    /// index order.
    ///
    /// ## Why
    /// The flattened form numbers array elements from 0 (`RequestParameters.0.Name`); a gap
    /// usually means a parameter was deleted by hand and the rest not renumbered, or that
    /// 1-based numbering was assumed.
    ///
    /// ## Error code
    /// None.
    ///
    /// ## Example
    /// ```query invalid
    /// ServiceId=service-ody35h5e&ServiceType=MOCK&ServiceTimeout=15&Protocol=HTTP&RequestConfig.Path=/test&RequestConfig.Method=GET&ServiceMockReturnMessage=mock&RequestParameters.1.Name=id&RequestParameters.1.Position=QUERY
    /// ```
    /// ```query valid
    /// ServiceId=service-ody35h5e&ServiceType=MOCK&ServiceTimeout=15&Protocol=HTTP&RequestConfig.Path=/test&RequestConfig.Method=GET&ServiceMockReturnMessage=mock&RequestParameters.0.Name=id&RequestParameters.0.Position=QUERY
    /// ```
    ///
    /// ## Source
    /// The official example's flattened names (`RequestParameters.0.Name`, tccli examples.json).
    RULE {
        id: "query-index-gap",
        severity: Warning,
        error_code: None,
        summary: "Query-form array indices skip a number",
    }
}
