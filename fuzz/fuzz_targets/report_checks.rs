//! What the json and query targets check of every report; the corpus replay test
//! (`crates/apigw-lint/tests/fuzz_corpus.rs`) includes this file too.

use apigw_lint::{Location, Report};

/// Lines and columns are compared with a count from the start, which costs a scan of the
/// input for each place: the first places of a report are enough to catch a miscount.
const PLACES_COUNTED: usize = 64;

/// Every place a report names lies inside the input, and where the input is UTF-8 its line
/// and column are those found by counting characters one at a time.
pub fn check_report(data: &[u8], report: &Report) {
    let text = std::str::from_utf8(data).ok();
    let places = report
        .diagnostics
        .iter()
        .flat_map(|d| std::iter::once(&d.location).chain(d.related.iter().map(|related| &related.location)));
    for (index, location) in places.enumerate() {
        assert!(location.offset <= location.end_offset && location.end_offset <= data.len(), "{location:?}");
        assert!(location.line >= 1 && location.column >= 1, "{location:?}");
        if let Some(text) = text.filter(|_| index < PLACES_COUNTED) {
            check_counted(text, location);
        }
    }
}

fn check_counted(text: &str, location: &Location) {
    assert_eq!((location.line, location.column), counted(text, location.offset), "start of {location:?}");
    assert_eq!((location.end_line, location.end_column), counted(text, location.end_offset), "end of {location:?}");
}

/// The 1-based line and character column of a byte offset (inside a character: of that
/// character); a byte order mark takes no column.
fn counted(text: &str, offset: usize) -> (usize, usize) {
    let (mut line, mut column) = (1, 1);
    for (at, c) in text.char_indices() {
        if at + c.len_utf8() > offset {
            break;
        }
        match c {
            '\u{feff}' if at == 0 => {}
            '\n' => (line, column) = (line + 1, 1),
            _ => column += 1,
        }
    }
    (line, column)
}
