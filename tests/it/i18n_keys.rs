#![allow(clippy::unwrap_used)]
//! Every catalogue key the code or a built-in template names exists in the English
//! catalogue (and so, by the catalogue tests, in every language).

use std::fs;
use std::path::Path;

use integra::i18n;

/// Files under `dir` (recursively) whose name ends with `ext`.
fn files(dir: &Path, ext: &str, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, ext, out);
        } else if path.to_string_lossy().ends_with(ext) {
            out.push(path);
        }
    }
}

/// Quoted strings that look like catalogue keys: `"ui-…"`, `"report-…"` and so on.
fn quoted_keys(text: &str) -> Vec<String> {
    const PREFIXES: [&str; 8] = [
        "ui-", "answer-", "cond-", "report-", "cli-", "docx-", "agg-", "diag-",
    ];
    let mut out = Vec::new();
    for piece in text.split('"').skip(1).step_by(2) {
        let looks_like_key = PREFIXES.iter().any(|p| piece.starts_with(p))
            && piece
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !piece.ends_with('-');
        if looks_like_key {
            out.push(piece.to_owned());
        }
    }
    out
}

#[test]
fn every_key_named_in_the_code_and_templates_exists() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    files(&root.join("src"), ".rs", &mut paths);
    files(&root.join("templates"), ".tera", &mut paths);
    let mut seen = 0;
    for path in paths {
        let text = fs::read_to_string(&path).unwrap();
        for key in quoted_keys(&text) {
            seen += 1;
            assert!(
                i18n::has(&key),
                "{} names '{key}', which en.ftl lacks",
                path.display()
            );
        }
    }
    assert!(
        seen > 150,
        "only {seen} keys found: is the scan still finding them?"
    );
}

#[test]
fn every_report_format_has_a_label() {
    for f in integra::report::ReportFormat::ALL {
        let key = format!("ui-format-{}", f.extension());
        assert!(i18n::has(&key), "{key}");
        assert_eq!(i18n::tr(i18n::Lang::En, &key), f.label());
    }
}
