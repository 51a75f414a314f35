use crate::context::Context;
use crate::document::Seg;
use crate::rules::support::sub_span;

declare_rule! {
    /// ## What it does
    /// Checks the frontend path `RequestConfig.Path`: an optional match prefix (`=` for an
    /// exact match, `^~` for a priority prefix match) followed by a path starting with `/`,
    /// without whitespace, with balanced, non-empty `{variable}` segments, without a query
    /// string (`/users?id=1`), and, after `^~`, without a regular expression.
    ///
    /// ## Why
    /// The path and method identify the API within its service; the service refuses a
    /// malformed path with `InvalidParameterValue.InvalidApiRequestConfig`. Query parameters
    /// are declared as RequestParameters, never written into the path.
    ///
    /// ## Decisions
    /// A path does not have to start with `/` when it starts with `=` or `^~` (FaasJS sends
    /// `=/...` in production). Regular-expression characters are allowed, since the gateway
    /// matches regular-expression paths, except after `^~`, which "may not be followed by a
    /// regex". A missing leading `/` gets a fix.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "test", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock"}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "=/test", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock"}
    /// ```
    ///
    /// ## Source
    /// Path matching rules of the API Gateway FAQ (document 628/11939); path variables in the
    /// console guides (628/39488, 628/39484) (tencent-apigw-facts.md §8.1).
    RULE {
        id: "frontend-path-format",
        severity: Error,
        error_code: Some("InvalidParameterValue.InvalidApiRequestConfig"),
        summary: "RequestConfig.Path is not a valid frontend path",
    }
}

const PATH: [Seg<'static>; 2] = [Seg::Key("RequestConfig"), Seg::Key("Path")];

pub(crate) fn check(ctx: &mut Context<'_>) {
    let Some(node) = ctx.request_config().and_then(|c| c.field(key!(API_REQUEST_CONFIG, "Path"))) else {
        return;
    };
    let Some(path) = node.as_str() else {
        return;
    };
    let format = ctx.format;
    if path.is_empty() {
        ctx.report(&RULE, node.span, &PATH, "`RequestConfig.Path` is empty")
            .help("give the frontend path, e.g. `/user/info`");
        return;
    }
    if let Some(at) = path.find(|c: char| c.is_whitespace() || c.is_control()) {
        let span =
            sub_span(node, format, at, at + path.get(at..).and_then(|t| t.chars().next()).map_or(1, char::len_utf8));
        ctx.report(&RULE, span, &PATH, "`RequestConfig.Path` contains whitespace or a control character")
            .help("paths cannot hold spaces; percent-encode them (`%20`) or remove them");
        return;
    }
    let (prefix, rest) = if let Some(rest) = path.strip_prefix("^~") {
        ("^~", rest)
    } else if let Some(rest) = path.strip_prefix('=') {
        ("=", rest)
    } else {
        ("", path)
    };
    if !rest.starts_with('/') {
        let insert_at = sub_span(node, format, prefix.len(), prefix.len());
        ctx.report(&RULE, node.span, &PATH, format!("the frontend path `{path}` does not start with `/`"))
            .help(format!("write `{prefix}/{rest}`"))
            .fix("Add the leading `/`", vec![(insert_at, "/".to_owned())]);
        return;
    }
    if let Some(problem) = brace_problem(rest) {
        ctx.report(&RULE, node.span, &PATH, format!("the frontend path `{path}` {problem}"))
            .help("path variables are written `{name}`, one per segment, e.g. `/user/{id}`");
        return;
    }
    if let Some(query) = query_string_at(rest) {
        let at = prefix.len() + query;
        ctx.report(
            &RULE,
            sub_span(node, format, at, path.len()),
            &PATH,
            format!("the frontend path `{path}` contains a query string"),
        )
        .help(
            "declare query parameters in `RequestParameters` with Position QUERY instead of writing them into the path",
        );
        return;
    }
    if prefix == "^~" && rest.contains(['{', '(', '[', '*', '+', '?', '|', '\\', '$']) {
        ctx.report(
            &RULE,
            node.span,
            &PATH,
            format!("the priority prefix match `{path}` contains a regular expression or a path variable"),
        )
        .help("`^~` must be followed by a plain path; drop `^~` to use a regular-expression path");
    }
}

fn brace_problem(path: &str) -> Option<&'static str> {
    let mut open: Option<usize> = None;
    for (i, c) in path.char_indices() {
        match (c, open) {
            ('{', Some(_)) => return Some("opens a `{` inside another path variable"),
            ('{', None) => open = Some(i),
            ('}', None) => return Some("has a `}` without a matching `{`"),
            ('}', Some(start)) if i == start + 1 => return Some("has an empty path variable `{}`"),
            ('}', Some(_)) => open = None,
            ('/', Some(_)) => {
                return Some("has a path variable that is not closed before the next `/`");
            }
            _ => {}
        }
    }
    open.map(|_| "has a `{` that is never closed")
}

/// The offset of a `?name=` query string, told apart from a regular-expression `?`.
fn query_string_at(path: &str) -> Option<usize> {
    let at = path.find('?')?;
    let after = path.get(at + 1..)?;
    let name_len = after.bytes().take_while(|b| b.is_ascii_alphanumeric() || *b == b'_' || *b == b'-').count();
    (name_len > 0 && after.as_bytes().get(name_len) == Some(&b'=')).then_some(at)
}
