//! `integra frameworks`: what is available, from where, and whether it loads.

use std::process::ExitCode;

use crate::framework::catalog;

pub fn run() -> ExitCode {
    let entries = catalog::discover();
    let rows: Vec<[String; 4]> = entries
        .iter()
        .map(|e| match &e.result {
            Ok(f) => [
                f.id.clone(),
                f.version.clone(),
                f.title.en().to_owned(),
                e.origin.to_string(),
            ],
            Err(err) => [
                "(invalid)".into(),
                String::new(),
                format!(
                    "{} problem(s): run `integra validate {}`",
                    err.diagnostics.len(),
                    e.origin
                ),
                e.origin.to_string(),
            ],
        })
        .collect();
    let header = ["ID", "VERSION", "TITLE", "SOURCE"].map(String::from);
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
