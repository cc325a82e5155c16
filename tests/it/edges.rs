//! The language is chosen once, at the edges (`cli::run`, the wizard's start, the binary's
//! `main`), and passed down as an `i18n::Lang`: no module below `cli` and `tui` reads the
//! locale. Read from the source, as tests/it/architecture.rs reads imports.

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every source file with its path under src/ and its code (comment lines left out).
fn sources() -> Vec<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    files
        .into_iter()
        .map(|file| {
            let shown = file.strip_prefix(&src).unwrap().display().to_string();
            let code: Vec<String> = fs::read_to_string(&file)
                .unwrap()
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .map(str::to_owned)
                .collect();
            (shown.replace('\\', "/"), code.join("\n"))
        })
        .collect()
}

/// The edges may read the locale: the command line, the wizard, the binary, and `i18n`
/// itself, which holds the reading for them to call.
fn at_an_edge(file: &str) -> bool {
    [
        "cli.rs", "cli/", "tui.rs", "tui/", "main.rs", "i18n.rs", "i18n/",
    ]
    .iter()
    .any(|edge| file == *edge || (edge.ends_with('/') && file.starts_with(edge)))
}

/// What reading the locale looks like in code.
fn reads_the_locale(code: &str) -> Vec<&'static str> {
    [
        "i18n::detect(",
        "\"LANG\"",
        "\"LC_ALL\"",
        "\"LC_MESSAGES\"",
        "sys_locale",
    ]
    .into_iter()
    .filter(|needle| code.contains(needle))
    .collect()
}

#[test]
fn no_module_below_the_edges_reads_the_locale() {
    let found: Vec<String> = sources()
        .iter()
        .filter(|(file, _)| !at_an_edge(file))
        .filter_map(|(file, code)| {
            let hits = reads_the_locale(code);
            (!hits.is_empty()).then(|| format!("src/{file}: {}", hits.join(", ")))
        })
        .collect();
    assert!(
        found.is_empty(),
        "the locale is read below cli/tui (take an `i18n::Lang` from the caller instead):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_locale_scanner_sees_calls_and_variables_and_knows_the_edges() {
    assert_eq!(
        reads_the_locale("let l = crate::i18n::detect(None);"),
        ["i18n::detect("]
    );
    assert_eq!(
        reads_the_locale("std::env::var(\"LC_ALL\")"),
        ["\"LC_ALL\""]
    );
    assert!(reads_the_locale("fn lang(&self) -> Lang").is_empty());
    assert!(at_an_edge("cli/report.rs"));
    assert!(at_an_edge("tui.rs"));
    assert!(!at_an_edge("session/backup.rs"));
    assert!(!at_an_edge("client.rs"));
}
