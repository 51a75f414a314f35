declare_rule! {
    /// ## What it does
    /// Reports arrays and objects nested deeper than the limit (64 levels), and stops reading
    /// that document.
    ///
    /// ## Why
    /// A CreateApi request nests four levels at most (`ServiceConfig.CosConfig.Action`), so a
    /// deeper document is not a request; the limit also keeps hostile input from exhausting
    /// the stack.
    ///
    /// ## Error code
    /// None.
    ///
    /// ## Example
    /// ```json invalid
    /// [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
    /// ```
    ///
    /// ## Source
    /// The nested structures of CreateApi (tencent-apigw-facts.md §5).
    RULE {
        id: "nesting-too-deep",
        severity: Error,
        error_code: None,
        summary: "Arrays and objects are nested deeper than the limit",
    }
}
