declare_rule! {
    /// ## What it does
    /// Reports that the linter itself failed on an input (a bug: please report it with the
    /// input). The front end that catches the failure (the `apigw-lint` command) reports it,
    /// goes on with the other inputs and exits with status 2.
    ///
    /// ## Why
    /// A crash must never pass for a clean result, nor stop the rest of a batch.
    ///
    /// ## Error code
    /// None.
    ///
    /// ## Source
    /// apigw-lint's own contract: every input gets an answer.
    RULE {
        id: "internal-error",
        severity: Error,
        error_code: None,
        summary: "The linter failed on this input",
    }
}
