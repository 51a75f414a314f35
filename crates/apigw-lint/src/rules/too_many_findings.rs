declare_rule! {
    /// ## What it does
    /// Counts, in one finding, the findings of a document beyond the limit (10,000 by
    /// default); the first findings, in document order, are reported as usual.
    ///
    /// ## Why
    /// A generated document with one mistake repeated a hundred thousand times would bury a
    /// CI log or an editor; past the limit, the count says enough.
    ///
    /// ## Error code
    /// None.
    ///
    /// ## Source
    /// apigw-lint's own limits (README, "Configuration": `max-findings`).
    RULE {
        id: "too-many-findings",
        severity: Warning,
        error_code: None,
        summary: "More findings than the per-document limit",
    }
}
