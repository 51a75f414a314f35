use crate::context::Context;
use crate::document::Seg;

declare_rule! {
    /// ## What it does
    /// Reports more than 100 entries in `RequestParameters`.
    ///
    /// ## Why
    /// An API may declare at most 100 parameters; the service refuses more with
    /// `InvalidParameterValue.LimitExceeded`.
    ///
    /// ## Source
    /// CreateApi error codes: LimitExceeded ("the number of parameters has reached the limit
    /// (100)").
    RULE {
        id: "too-many-request-parameters",
        severity: Error,
        error_code: Some("InvalidParameterValue.LimitExceeded"),
        summary: "More than 100 request parameters",
    }
}

const LIMIT: usize = 100;

pub(crate) fn check(ctx: &mut Context<'_>) {
    let Some(parameters) = ctx.get(key!("RequestParameters")) else {
        return;
    };
    let count = parameters.elements().len();
    if count <= LIMIT {
        return;
    }
    let first_extra = parameters.elements().get(LIMIT).map_or(parameters.span, |p| p.span);
    ctx.report(
        &RULE,
        first_extra,
        &[Seg::Key("RequestParameters"), Seg::Index(LIMIT)],
        format!("`RequestParameters` has {count} entries, more than the limit of {LIMIT}"),
    )
    .help("split the API, or move rarely used parameters into the body");
}
