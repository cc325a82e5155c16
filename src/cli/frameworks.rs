//! `integra frameworks`: what is available, from where, and whether it loads.

use std::process::ExitCode;

use crate::framework::catalog;
use crate::i18n::{detect, tr, tr_args};

pub fn run() -> ExitCode {
    let lang = detect(None);
    let entries = catalog::discover();
    let rows: Vec<[String; 4]> = entries
        .iter()
        .map(|e| match &e.result {
            Ok(f) => [
                f.id.clone(),
                f.version.clone(),
                f.title.get(lang).to_owned(),
                origin(lang, &e.origin),
            ],
            Err(err) => [
                tr(lang, "cli-frameworks-invalid"),
                String::new(),
                tr_args(
                    lang,
                    "cli-frameworks-problems",
                    &[
                        ("count", err.diagnostics.len().into()),
                        ("origin", e.origin.to_string().into()),
                    ],
                ),
                origin(lang, &e.origin),
            ],
        })
        // Escaped before the widths are measured, so the columns line up as shown.
        .map(|row| row.map(|cell| crate::safe_text::escape(&cell).into_owned()))
        .collect();
    let header = [
        "cli-frameworks-id",
        "cli-frameworks-version",
        "cli-frameworks-title",
        "cli-frameworks-source",
    ]
    .map(|k| tr(lang, k));
    let mut widths = [0; 3];
    for row in std::iter::once(&header).chain(&rows) {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    for row in std::iter::once(&header).chain(&rows) {
        outln!(
            "{:w0$}  {:w1$}  {:w2$}  {}",
            row[0],
            row[1],
            row[2],
            row[3],
            w0 = widths[0],
            w1 = widths[1],
            w2 = widths[2]
        );
    }
    ExitCode::SUCCESS
}

/// Where a framework comes from: its file, or "built-in" in the reader's language.
fn origin(lang: &str, origin: &crate::framework::Origin) -> String {
    match origin {
        crate::framework::Origin::Embedded => tr(lang, "cli-frameworks-builtin"),
        crate::framework::Origin::File(_) => origin.to_string(),
    }
}
