//! The language is chosen once, at the edges (`cli::run`, the wizard's start, the binary's
//! `main`), and passed down as an `i18n::Lang`: no module below `cli` and `tui` reads the
//! locale. Errors are typed and carry catalogue messages: no `Result<_, String>` is left in
//! src/ outside tests. Read from the source, as tests/it/architecture.rs reads imports.

use std::fs;
use std::path::Path;

use crate::support::sources::rust_files;

/// Every source file with its path under src/ and its code (comment lines left out, and
/// test modules: a file's code stops at its first `#[cfg(test)] mod`).
fn sources() -> Vec<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    files
        .into_iter()
        .map(|file| {
            let shown = file.strip_prefix(&src).unwrap().display().to_string();
            let text = fs::read_to_string(&file).unwrap();
            let lines: Vec<&str> = text.lines().collect();
            let tests_start = lines
                .windows(2)
                .position(|w| {
                    w[0].trim() == "#[cfg(test)]" && w[1].trim_start().starts_with("mod ")
                })
                .unwrap_or(lines.len());
            let code: Vec<String> = lines[..tests_start]
                .iter()
                .filter(|l| !l.trim_start().starts_with("//"))
                .map(|l| (*l).to_owned())
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

/// The error types of every `Result<T, E>` written in `code`, as written.
fn result_errors(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("Result<") {
        rest = &rest[at + "Result<".len()..];
        let (mut depth, mut last_comma, mut end) = (1, None, None);
        for (i, c) in rest.char_indices() {
            match c {
                '<' | '(' => depth += 1,
                '>' | ')' => {
                    depth -= 1;
                    if depth == 0 {
                        end = Some(i);
                        break;
                    }
                }
                ',' if depth == 1 => last_comma = Some(i),
                _ => {}
            }
        }
        if let (Some(comma), Some(end)) = (last_comma, end) {
            out.push(rest[comma + 1..end].trim().to_owned());
        }
    }
    out
}

/// Files made only of tests.
fn is_test_file(file: &str) -> bool {
    file.ends_with("tests.rs") || file.ends_with("_tests.rs")
}

#[test]
fn no_result_with_a_string_error_is_left_outside_tests() {
    let found: Vec<String> = sources()
        .iter()
        .filter(|(file, _)| !is_test_file(file))
        .flat_map(|(file, code)| {
            result_errors(code)
                .into_iter()
                .filter(|e| e == "String" || e == "std::string::String")
                .map(move |_| format!("src/{file}"))
        })
        .collect();
    assert!(
        found.is_empty(),
        "errors as plain text (give them a type carrying catalogue messages, rendered at the \
         edge):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_result_scanner_reads_nested_types() {
    assert_eq!(
        result_errors("fn f() -> Result<Vec<PathBuf>, String> {} fn g() -> Result<(), Problem>"),
        ["String", "Problem"]
    );
    assert_eq!(
        result_errors("type Outcome = Result<ExitCode, CliError>;"),
        ["CliError"]
    );
    assert!(result_errors("io::Result<()>").is_empty());
    assert!(is_test_file("i18n/tests.rs"));
    assert!(is_test_file("session/store/safety_tests.rs"));
    assert!(!is_test_file("cli/report.rs"));
}

/// Places in `code` where the open assessment is fetched with a guard that gives up when
/// there is none (`let Some(doc) = state.doc() else { … }`), however the lines are broken.
fn doc_guards(code: &str) -> usize {
    let flat: String = code.split_whitespace().collect();
    ["doc()else", "doc_mut()else"]
        .iter()
        .map(|needle| flat.matches(needle).count())
        .sum()
}

#[test]
fn the_wizard_takes_the_open_assessment_from_its_phase_not_from_a_guard() {
    let found: Vec<String> = sources()
        .iter()
        .filter(|(file, _)| file == "tui.rs" || file.starts_with("tui/"))
        .filter(|(_, code)| doc_guards(code) > 0)
        .map(|(file, code)| format!("src/{file}: {}", doc_guards(code)))
        .collect();
    assert!(
        found.is_empty(),
        "a screen asks whether an assessment is open (match the phase once in `update`, \
         `perform` or `view` and hand the `Doc` on, e.g. as `app::Open`):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_guard_scanner_sees_guards_across_lines() {
    assert_eq!(
        doc_guards("let Some(doc) = state.phase.doc_mut() else {\n return; };"),
        1
    );
    assert_eq!(
        doc_guards("let Some(doc) = state\n    .doc()\n    else { return };"),
        1
    );
    assert_eq!(doc_guards("if let Some(doc) = state.doc() { }"), 0);
    assert_eq!(doc_guards("Phase::Open { doc, .. } => render(doc),"), 0);
}
