//! `integra validate PATH...`: every problem in every file, located, with a hint.

use std::path::PathBuf;
use std::process::ExitCode;

use serde_json::json;

use super::Format;
use crate::diagnostic::{Severity, Source, summary};
use crate::framework;

pub fn run(paths: &[PathBuf], format: Format) -> ExitCode {
    let mut failed = false;
    let mut files = Vec::new();
    for path in paths {
        let (name, text, diagnostics) = match framework::from_path(path) {
            Ok(_) => (path.display().to_string(), String::new(), Vec::new()),
            Err(e) => (e.name, e.text, e.diagnostics),
        };
        failed |= diagnostics.iter().any(|d| d.severity == Severity::Error);
        let source = Source {
            name: &name,
            text: &text,
        };
        match format {
            Format::Text => {
                if diagnostics.is_empty() {
                    outln!("{name}: ok");
                } else {
                    out!("{}", source.render_all(&diagnostics));
                    outln!("{name}: {}", summary(&diagnostics));
                }
            }
            Format::Json => files.push(json!({
                "file": name,
                "ok": diagnostics.is_empty(),
                "diagnostics": diagnostics.iter().map(|d| {
                    let (line, column) = source.line_col(d.span.start);
                    json!({
                        "severity": d.severity.name(),
                        "line": line,
                        "column": column,
                        "message": d.message,
                        "hint": d.hint,
                    })
                }).collect::<Vec<_>>(),
            })),
        }
    }
    if format == Format::Json {
        outln!(
            "{}",
            serde_json::to_string_pretty(&json!({ "files": files })).unwrap_or_default()
        );
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
