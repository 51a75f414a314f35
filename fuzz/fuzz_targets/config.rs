//! Any text, read as `apigw-lint.toml`: it is accepted or refused with a message, never a
//! panic.
#![no_main]

use std::path::PathBuf;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = apigw_lint_cli::config::parse(PathBuf::from("apigw-lint.toml"), text.to_owned());
    }
});
