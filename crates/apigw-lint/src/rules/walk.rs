//! Walks a request against the schema, for the rules that check every field the same way.

use crate::document::{Member, Node, Seg};
use crate::schema::{Field, Struct};

/// Which visits a rule of the walk looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum On {
    /// Every object the schema describes.
    Objects,
    /// Every member whose key the schema defines.
    KnownMembers,
    /// Every member whose key the schema does not define.
    UnknownMembers,
}

/// What the walk meets.
pub(crate) enum Visit<'n, 'p> {
    /// An object that the schema describes as `schema`.
    Object { schema: &'static Struct, node: Node<'n>, path: &'p [Seg<'n>] },
    /// A member of such an object; `field` is `None` for a key the schema does not define.
    Member { schema: &'static Struct, field: Option<&'static Field>, member: Member<'n>, path: &'p [Seg<'n>] },
}

/// Calls `visit` for the request object, each of its members, and every nested object whose
/// type the schema knows, depth first in document order. The parser has already matched
/// each key to its field and each nested object to its structure.
pub(crate) fn walk<'n, F: FnMut(Visit<'n, '_>)>(request: Node<'n>, visit: &mut F) {
    // Requests nest four levels.
    let mut path = Vec::with_capacity(8);
    walk_object(request, &mut path, visit);
}

fn walk_object<'n, F: FnMut(Visit<'n, '_>)>(node: Node<'n>, path: &mut Vec<Seg<'n>>, visit: &mut F) {
    let Some(schema) = node.schema() else { return };
    visit(Visit::Object { schema, node, path });
    for member in node.members() {
        path.push(Seg::Key(member.key));
        visit(Visit::Member { schema, field: member.field, member, path });
        if member.value.is_object() {
            walk_object(member.value, path, visit);
        } else if member.value.is_array() {
            for (index, item) in member.value.elements().iter().enumerate() {
                if item.schema().is_some() {
                    path.push(Seg::Index(index));
                    walk_object(item, path, visit);
                    path.pop();
                }
            }
        }
        path.pop();
    }
}
