//! Walks a request against the schema, for the rules that check every field the same way.

use crate::document::{Member, Node, Seg, Value};
use crate::schema::{CREATE_API_REQUEST, Field, FieldType, Struct};

/// What the walk meets.
pub(crate) enum Visit<'n, 'a, 'p> {
    /// An object that the schema describes as `schema`.
    Object { schema: &'static Struct, node: &'n Node<'a>, path: &'p [Seg<'n>] },
    /// A member of such an object; `field` is `None` for a key the schema does not define.
    Member { schema: &'static Struct, field: Option<&'static Field>, member: &'n Member<'a>, path: &'p [Seg<'n>] },
}

/// Calls `visit` for the request object, each of its members, and every nested object whose
/// type the schema knows, depth first in document order.
pub(crate) fn walk<'n, 'a>(request: &'n Node<'a>, visit: &mut dyn FnMut(Visit<'n, 'a, '_>)) {
    let mut path = Vec::new();
    walk_object(request, &CREATE_API_REQUEST, &mut path, visit);
}

fn walk_object<'n, 'a>(
    node: &'n Node<'a>,
    schema: &'static Struct,
    path: &mut Vec<Seg<'n>>,
    visit: &mut dyn FnMut(Visit<'n, 'a, '_>),
) {
    visit(Visit::Object { schema, node, path });
    for member in node.members() {
        let field = schema.field(&member.key);
        path.push(Seg::Key(&member.key));
        visit(Visit::Member { schema, field, member, path });
        match (field.map(|f| f.ty), &member.value.value) {
            (Some(FieldType::Object(inner)), Value::Object(_)) => walk_object(&member.value, inner, path, visit),
            (Some(FieldType::Array(inner)), Value::Array(items)) => {
                for (index, item) in items.iter().enumerate() {
                    if matches!(item.value, Value::Object(_)) {
                        path.push(Seg::Index(index));
                        walk_object(item, inner, path, visit);
                        path.pop();
                    }
                }
            }
            _ => {}
        }
        path.pop();
    }
}
