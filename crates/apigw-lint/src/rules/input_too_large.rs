declare_rule! {
    /// ## What it does
    /// Reports an input larger than the size limit (16 MiB by default) without reading it.
    ///
    /// ## Why
    /// API Gateway accepts request bodies of at most 16 MB, so a larger document cannot be
    /// sent; refusing it early also keeps the linter's memory bounded.
    ///
    /// ## Error code
    /// None: the request never reaches CreateApi.
    ///
    /// ## Source
    /// API Gateway use limits (tencentcloud.com document 628/31716): 16 MB request upload.
    RULE {
        id: "input-too-large",
        severity: Error,
        error_code: None,
        summary: "The input is larger than the size limit",
    }
}
