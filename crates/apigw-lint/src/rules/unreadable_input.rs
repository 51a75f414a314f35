declare_rule! {
    /// ## What it does
    /// Reports an input that could not be read at all: a file that does not exist, a
    /// directory entry without permission, a read error on standard input. The front end
    /// that reads the input (the `apigw-lint` command) reports it; the other inputs of the
    /// batch are still linted.
    ///
    /// ## Why
    /// A request file that cannot be read cannot be checked, and a CI run must not pass
    /// because a file went missing.
    ///
    /// ## Error code
    /// None.
    ///
    /// ## Source
    /// apigw-lint's own contract: every input gets an answer.
    RULE {
        id: "unreadable-input",
        severity: Error,
        error_code: None,
        summary: "The input could not be read",
    }
}
