use crate::context::Context;
use crate::document::{InputFormat, Node, Value, parse_query_bool, type_name};
use crate::schema::{Field, FieldType, Struct};

declare_rule! {
    /// ## What it does
    /// Checks that every parameter has the type the spec gives it: String, Integer (int64),
    /// Boolean, a structure (object) or an array of structures, at any depth.
    ///
    /// ## Why
    /// API 3.0 decodes the body strictly: `"15"` where an Integer is expected, `"TRUE"` where
    /// a Boolean is expected, `15.5` or `15.0` for an Integer, or a number where a String is
    /// expected, are refused. YAML-driven deployers often turn booleans into strings.
    ///
    /// ## Decisions
    /// - `null` means "not sent" and is never a type error.
    /// - In the query form every value is text; an Integer must spell a whole number that
    ///   fits in 64 bits and a Boolean `true` or `false` (in any letter case).
    /// - `15.0` is an error: the SDKs decode Integers into int64, which refuses a fraction.
    /// - A quoted number or boolean gets a fix that removes the quotes.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": "15",
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock"}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock", "EnableCORS": false}
    /// ```
    ///
    /// ## Source
    /// CreateApi reference (parameter table types); API 3.0 error code
    /// `InvalidParameter.FormatError`.
    RULE {
        id: "invalid-type",
        severity: Error,
        error_code: Some("InvalidParameter.FormatError"),
        summary: "A parameter has the wrong type",
    }
}

pub(crate) fn check(ctx: &mut Context<'_>, object: Node<'_>, _: &'static Struct) {
    for (value, field) in object.field_values() {
        check_field(ctx, value, field);
    }
}

fn check_field(ctx: &mut Context<'_>, value: Node<'_>, field: &'static Field) {
    let format = ctx.format;
    if !value.is_null_or_json_of(field.ty) {
        check_value(ctx, field, value, format);
    }
    if let (FieldType::Array(inner), true) = (field.ty, value.is_array()) {
        for item in value.elements() {
            if !(item.is_object() || item.is_null()) {
                ctx.report(
                    &RULE,
                    item.span,
                    &item.path(),
                    format!(
                        "each element of `{}` must be a {} object, found {}",
                        field.name,
                        inner.name,
                        item.type_name()
                    ),
                );
            }
        }
    }
}

fn check_value(ctx: &mut Context<'_>, field: &Field, node: Node<'_>, format: InputFormat) {
    let value = &node.value();
    let expected = field.ty.spec_name();
    let problem: Option<(String, Option<String>)> = match (field.ty, value) {
        (_, Value::Null) => None,
        (FieldType::String, Value::String(_) | Value::Text(_)) => None,
        (FieldType::Integer, Value::Number { integer: Some(_), .. }) => None,
        (FieldType::Integer, Value::Number { written_as_integer: true, integer: None }) => {
            Some(("is outside the range of a 64-bit Integer".to_owned(), None))
        }
        (FieldType::Integer, Value::Text(text)) if format == InputFormat::Query => {
            text.parse::<i64>().is_err().then(|| (format!("must be an Integer, found `{}`", shown(field, text)), None))
        }
        (FieldType::Integer, Value::String(text)) => {
            let fix = text.trim().parse::<i64>().ok().map(|n| n.to_string());
            Some((format!("must be an Integer, found {}", type_name(value)), fix))
        }
        (FieldType::Boolean, Value::Bool(_)) => None,
        (FieldType::Boolean, Value::Text(text)) if format == InputFormat::Query => parse_query_bool(text)
            .is_none()
            .then(|| (format!("must be a Boolean (`true` or `false`), found `{}`", shown(field, text)), None)),
        (FieldType::Boolean, Value::String(text)) => {
            let fix = parse_query_bool(text.trim()).map(|b| b.to_string());
            Some((format!("must be a Boolean, found {}", type_name(value)), fix))
        }
        (FieldType::Object(_), Value::Object) | (FieldType::Array(_), Value::Array) => None,
        _ => Some((format!("must be {} {expected}, found {}", article(field.ty), type_name(value)), None)),
    };
    let Some((message, fix)) = problem else {
        return;
    };
    let mut report = ctx.report(&RULE, node.span, &node.path(), format!("`{}` {message}", field.name));
    match fix {
        Some(literal) if format == InputFormat::Json => {
            report
                .help(format!("write `{literal}` without quotes"))
                .fix(format!("Remove the quotes: `{literal}`"), vec![(node.span, literal)]);
        }
        _ => {
            report.help(format!("`{}` is {} {expected}", field.name, article(field.ty)));
        }
    }
}

fn article(ty: FieldType) -> &'static str {
    match ty {
        FieldType::Integer | FieldType::Array(_) => "an",
        FieldType::Object(s) if s.name.starts_with(['A', 'E', 'I', 'O', 'U']) => "an",
        _ => "a",
    }
}

/// A value as a message may show it: credentials never appear.
fn shown<'t>(field: &Field, text: &'t str) -> &'t str {
    if field.secret { "<redacted>" } else { text }
}
