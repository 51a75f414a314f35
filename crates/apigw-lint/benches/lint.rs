#![allow(clippy::panic, reason = "a benchmark without its inputs cannot run")]

//! End-to-end lint against the parse floor and the generic alternative, on the same inputs
//! in the same run (BENCHMARKS.md): `cargo bench -p apigw-lint --bench lint`.

use std::hint::black_box;
use std::path::Path;

use apigw_lint::{LintOptions, lint_bytes};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use jiter::{Jiter, Peek};

const INPUTS: &[&str] = &["spec-example.json", "large-request.json", "batch-1000.json"];

fn input(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../benches/inputs").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Reads every value with jiter and builds nothing: what the parser the engine uses costs
/// before any tree is built.
fn jiter_read(bytes: &[u8]) -> usize {
    fn value(jiter: &mut Jiter<'_>, peek: Peek) -> Result<usize, jiter::JiterError> {
        let mut values = 1;
        match peek {
            Peek::Null => jiter.known_null()?,
            Peek::True | Peek::False => {
                jiter.known_bool(peek)?;
            }
            Peek::String => {
                jiter.known_str()?;
            }
            Peek::Array => {
                let mut next = jiter.known_array()?;
                while let Some(peek) = next {
                    values += value(jiter, peek)?;
                    next = jiter.array_step()?;
                }
            }
            Peek::Object => {
                let mut key = jiter.next_object()?.is_some();
                while key {
                    let peek = jiter.peek()?;
                    values += value(jiter, peek)?;
                    key = jiter.next_key()?.is_some();
                }
            }
            _ => {
                jiter.known_number_bytes(peek)?;
            }
        }
        Ok(values)
    }
    let mut jiter = Jiter::new(bytes);
    jiter.peek().and_then(|peek| value(&mut jiter, peek)).unwrap_or(0)
}

fn benches(c: &mut Criterion) {
    let schema = apigw_lint::json_schema::json_schema();
    let validator = jsonschema::draft202012::new(&schema).unwrap_or_else(|e| panic!("schema: {e}"));
    let options = LintOptions::default();
    for name in INPUTS {
        let bytes = input(name);
        let mut group = c.benchmark_group(*name);
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_function("apigw-lint", |b| b.iter(|| lint_bytes(black_box(&bytes), &options)));
        group.bench_function("apigw-lint parse only", |b| {
            let text = std::str::from_utf8(&bytes).unwrap_or_default();
            b.iter(|| {
                let mut nodes = 0;
                apigw_lint::parse::parse(
                    black_box(text),
                    apigw_lint::document::InputFormat::Json,
                    Default::default(),
                    &mut |_| nodes += 1,
                );
                nodes
            })
        });
        group.bench_function("jiter read only", |b| b.iter(|| jiter_read(black_box(&bytes))));
        group.bench_function("serde_json IgnoredAny (floor)", |b| {
            b.iter(|| serde_json::from_slice::<serde::de::IgnoredAny>(black_box(&bytes)).is_ok())
        });
        group.bench_function("serde_json Value", |b| {
            b.iter(|| serde_json::from_slice::<serde_json::Value>(black_box(&bytes)).is_ok())
        });
        group.bench_function("jsonschema (parse + validate)", |b| {
            b.iter(|| {
                let value: serde_json::Value = serde_json::from_slice(black_box(&bytes)).unwrap_or_default();
                validator.is_valid(&value)
            })
        });
        // What a linter does: every error, each with its location in the document.
        group.bench_function("jsonschema (parse + every error)", |b| {
            b.iter(|| {
                let value: serde_json::Value = serde_json::from_slice(black_box(&bytes)).unwrap_or_default();
                validator.iter_errors(&value).count()
            })
        });
        group.finish();
    }
}

criterion_group! {
    name = lint;
    config = Criterion::default().sample_size(40).warm_up_time(std::time::Duration::from_secs(1)).measurement_time(std::time::Duration::from_secs(3));
    targets = benches
}
criterion_main!(lint);
