declare_rule! {
    /// ## What it does
    /// Reports a suppression in the configuration file (`[[suppress]]`: a file, a JSON
    /// pointer, a rule and a reason) that matched no finding, at its place in the
    /// configuration file.
    ///
    /// ## Why
    /// A suppression outlives the problem it silenced: once the request is fixed or moved it
    /// matches nothing, and left in place it would silently hide the next real finding there.
    ///
    /// ## Error code
    /// None.
    ///
    /// ## Source
    /// apigw-lint's configuration (README, "Configuration"); like ruff's unused `noqa`.
    RULE {
        id: "unused-suppression",
        severity: Warning,
        error_code: None,
        summary: "A configured suppression matched no finding",
    }
}
