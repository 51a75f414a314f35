//! Replays the minimized fuzzing corpus of the configuration parser (fuzz/corpus/config).

use std::path::{Path, PathBuf};

#[test]
fn the_config_corpus_parses_or_is_refused_without_panicking() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus/config");
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        if let Ok(text) = String::from_utf8(std::fs::read(entry.path()).unwrap_or_default()) {
            let _ = apigw_lint_cli::config::parse(PathBuf::from("apigw-lint.toml"), text);
            count += 1;
        }
    }
    assert!(count > 100, "only {count} corpus files");
}
