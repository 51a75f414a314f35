//! `--fix` and `--diff`: the edits rules attach when a fix is certain, applied to the text
//! with every other byte kept as it was.

use apigw_lint::{Diagnostic, LintOptions, lint_str};

/// Applies the fixes of `diagnostics` to `source`. Edits that overlap an earlier one are left
/// for a later round.
pub fn apply(source: &str, diagnostics: &[Diagnostic]) -> String {
    let mut edits: Vec<_> = diagnostics.iter().filter_map(|d| d.fix.as_ref()).flat_map(|fix| &fix.edits).collect();
    edits.sort_by_key(|edit| (edit.offset, edit.end_offset));
    let mut fixed = String::with_capacity(source.len());
    let mut copied = 0;
    for edit in edits {
        if edit.offset < copied || edit.end_offset > source.len() {
            continue;
        }
        let (Some(kept), true) = (source.get(copied..edit.offset), source.is_char_boundary(edit.end_offset)) else {
            continue;
        };
        fixed.push_str(kept);
        fixed.push_str(&edit.replacement);
        copied = edit.end_offset;
    }
    fixed.push_str(source.get(copied..).unwrap_or_default());
    fixed
}

/// The most rounds of fixing: a fix can uncover another (a renamed key's value is then
/// checked), but each round only renames and retypes, so this converges at once in practice.
const MAX_ROUNDS: usize = 10;

/// `source` with every certain fix applied, relinting after each round.
pub fn fix(source: &str, options: &LintOptions) -> String {
    let mut text = source.to_owned();
    for _ in 0..MAX_ROUNDS {
        let report = lint_str(&text, options);
        if !report.iter().any(|d| d.fix.is_some()) {
            break;
        }
        let next = apply(&text, &report.diagnostics);
        if next == text {
            break;
        }
        text = next;
    }
    text
}

/// A unified diff of a file's fix.
pub fn diff(name: &str, before: &str, after: &str) -> String {
    similar::TextDiff::from_lines(before, after).unified_diff().context_radius(2).header(name, name).to_string()
}
