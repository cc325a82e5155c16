//! `integra frameworks`: what is available, from where, and whether it loads.
//!
//! Must not: load or check frameworks by rules of its own (that is `framework::catalog`'s), or
//! write anything.

use std::process::ExitCode;

use crate::framework::catalog;
use crate::i18n::{Lang, tr, tr_args};

pub fn run(lang: Lang) -> ExitCode {
    // Titles only: built-in frameworks are listed from their headers, with nothing parsed.
    let entries = catalog::discover_headers();
    // The same framework found twice (run from the repository, `./frameworks` holds the
    // very files built in) is listed once: the copy used, the nearest, naming the others.
    let same = |a: &catalog::Entry, b: &catalog::Entry| match (&a.result, &b.result) {
        (Ok(x), Ok(y)) => x.id == y.id && x.hash == y.hash,
        _ => false,
    };
    let rows: Vec<[String; 4]> = entries
        .iter()
        .enumerate()
        .filter(|(i, e)| !entries[..*i].iter().any(|earlier| same(earlier, e)))
        .map(|(i, e)| match &e.result {
            Ok(f) => {
                let copies: Vec<String> = entries[i + 1..]
                    .iter()
                    .filter(|later| same(e, later))
                    .map(|later| origin(lang, &later.origin))
                    .collect();
                let source = if copies.is_empty() {
                    origin(lang, &e.origin)
                } else {
                    tr_args(
                        lang,
                        "cli-frameworks-same",
                        &[
                            ("origin", origin(lang, &e.origin).into()),
                            ("copies", copies.join(", ").into()),
                        ],
                    )
                };
                [
                    f.id.clone(),
                    f.version.clone(),
                    f.title.get(lang.as_str()).to_owned(),
                    source,
                ]
            }
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
fn origin(lang: Lang, origin: &crate::framework::Origin) -> String {
    match origin {
        crate::framework::Origin::Embedded => tr(lang, "cli-frameworks-builtin"),
        crate::framework::Origin::File(_) => origin.to_string(),
    }
}
