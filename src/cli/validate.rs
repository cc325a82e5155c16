//! `integra validate PATH...`: every problem in every file, located, with a hint.
//!
//! Must not: change the files it checks, or stop at the first problem: every problem in every file
//! is reported.

use std::path::PathBuf;
use std::process::ExitCode;

use serde_json::json;

use super::Format;
use crate::diagnostic::{Severity, Source, summary};
use crate::framework::lint::lint;
use crate::framework::{self, Framework, Origin};
use crate::i18n::Lang;

/// The `validate` command: [`check`], then the process ends, so the last framework read is
/// left for the system to reclaim rather than freed piece by piece (4.5 % of the work of
/// validating 2,000 questions).
pub fn run(paths: &[PathBuf], format: Format, lang: Lang) -> ExitCode {
    let (code, last) = check(paths, format, lang);
    std::mem::forget(last);
    code
}

/// Checks each file; text output is in `lang`, JSON keeps English `message` and `hint` (a
/// stable form for tools) whatever the language. Also gives the last framework that loaded,
/// read as a check ([`framework::check_str`]): its content hash is empty.
pub fn check(paths: &[PathBuf], format: Format, lang: Lang) -> (ExitCode, Option<Framework>) {
    let mut failed = false;
    let mut files = Vec::new();
    // The framework last read, kept until the next is read (so one is held at a time).
    let mut last = None;
    for path in paths {
        let name = path.display().to_string();
        let loaded = framework::read_text_file(path)
            .map_err(|e| e.into_load_error(&name))
            .and_then(|text| {
                let origin = Origin::File(path.clone());
                framework::check_str(&name, &text, origin).map(|fw| (fw, text))
            });
        // Warnings only for a framework that loads: with errors, they would be noise.
        let (text, diagnostics) = match loaded {
            Ok((fw, text)) => {
                let found = lint(&fw);
                drop(last.replace(fw));
                (text, found)
            }
            Err(e) => (e.text, e.diagnostics),
        };
        failed |= failed_here(&diagnostics);
        let source = Source {
            name: &name,
            text: &text,
        };
        match format {
            Format::Text => {
                let ok = crate::i18n::tr(lang, "diag-ok");
                if diagnostics.is_empty() {
                    outln!("{name}: {ok}");
                } else if !failed_here(&diagnostics) {
                    out!("{}", source.render_all_in(lang, &diagnostics));
                    outln!("{name}: {ok}, {}", summary(&diagnostics).in_lang(lang));
                } else {
                    out!("{}", source.render_all_in(lang, &diagnostics));
                    outln!("{name}: {}", summary(&diagnostics).in_lang(lang));
                }
            }
            Format::Json => files.push(json!({
                "file": name,
                "ok": !failed_here(&diagnostics),
                "diagnostics": diagnostics.iter().map(|d| {
                    let (line, column) = source.line_col(d.span.start);
                    json!({
                        "severity": d.severity.name(),
                        "line": line,
                        "column": column,
                        "message": d.message,
                        "hint": d.hint,
                        // Another place the problem involves (a duplicate id's first copy).
                        "note": d.related.as_ref().and_then(|(span, _)| {
                            d.related_in(Lang::En, source.line_col(span.start).0)
                        }),
                    })
                }).collect::<Vec<_>>(),
            })),
        }
    }
    if format == Format::Json {
        let json = serde_json::to_string_pretty(&json!({ "files": files })).unwrap_or_default();
        outln!("{}", crate::safe_text::escape_json(&json));
    }
    let code = if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    };
    (code, last)
}

fn failed_here(diagnostics: &[crate::diagnostic::Diagnostic]) -> bool {
    diagnostics.iter().any(|d| d.severity == Severity::Error)
}
