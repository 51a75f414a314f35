//! The `apigw-lint` command's parts: reading inputs, the configuration file, the report
//! formats. The binary (`src/main.rs`) wires them to the command line; they are a library so
//! that the configuration parser can be fuzzed and tested on its own.

pub mod config;
pub mod fix;
pub mod inputs;
pub mod lsp;
pub mod render;
