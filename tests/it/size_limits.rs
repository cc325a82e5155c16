//! Layout stays readable (issue 12, item 5): no file in src/ (or in a workspace crate's
//! src/) over 400 lines and no function over 100, counted from the line with `fn` to the
//! line with its closing brace. A file that cannot be split yet goes on [`ALLOWED`] with the
//! reason, so the exception is visible.
//! Module headers say what a module owns and what it must not touch (see [`HEADED`]).

use std::fs;
use std::path::{Path, PathBuf};

use crate::support::sources::rust_files;

const MAX_FILE_LINES: usize = 400;
const MAX_FN_LINES: usize = 100;

/// Files (relative to src/) allowed over a limit for now, each with why.
const ALLOWED: &[(&str, &str)] = &[];

/// `code` with comments, string literals and character literals blanked out (line breaks
/// kept), so that only the braces of the code itself are left to count.
fn code_only(code: &str) -> String {
    let chars: Vec<char> = code.chars().collect();
    let mut out = String::with_capacity(code.len());
    let mut i = 0;
    // Keeps the line breaks of chars[from..to] and moves past them.
    let skip = |out: &mut String, from: usize, to: usize| {
        let to = to.min(chars.len());
        out.extend(chars[from..to].iter().filter(|c| **c == '\n'));
        to
    };
    let find = |from: usize, pat: &[char]| {
        (from..chars.len())
            .find(|&j| chars[j..].starts_with(pat))
            .unwrap_or(chars.len())
    };
    while i < chars.len() {
        let c = chars[i];
        let after_ident = i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_');
        if chars[i..].starts_with(&['/', '/']) {
            i = find(i, &['\n']);
        } else if chars[i..].starts_with(&['/', '*']) {
            i = skip(&mut out, i, find(i + 2, &['*', '/']) + 2);
        } else if (c == 'r' || (c == 'b' && chars.get(i + 1) == Some(&'r'))) && !after_ident {
            let start = if c == 'b' { i + 2 } else { i + 1 };
            let hashes = chars[start..].iter().take_while(|c| **c == '#').count();
            if chars.get(start + hashes) == Some(&'"') {
                let mut close = vec!['"'];
                close.extend(std::iter::repeat_n('#', hashes));
                let end = find(start + hashes + 1, &close) + close.len();
                i = skip(&mut out, i, end);
            } else {
                out.push(c);
                i += 1;
            }
        } else if c == '"' {
            let mut j = i + 1;
            while j < chars.len() && chars[j] != '"' {
                j += if chars[j] == '\\' { 2 } else { 1 };
            }
            i = skip(&mut out, i, j + 1);
        } else if c == '\'' && chars.get(i + 1) == Some(&'\\') {
            i = find(i + 2, &['\'']) + 1;
        } else if c == '\'' && chars.get(i + 2) == Some(&'\'') {
            i += 3;
        } else {
            // A lifetime's quote, or any other character.
            out.push(c);
            i += 1;
        }
    }
    out
}

/// (name, first line, length in lines) of every function with a body in `code`.
fn functions(code: &str) -> Vec<(String, usize, usize)> {
    let code: Vec<char> = code_only(code).chars().collect();
    let line_of = |at: usize| code[..at].iter().filter(|c| **c == '\n').count() + 1;
    let mut found = Vec::new();
    for at in 0..code.len() {
        let keyword = code[at..].starts_with(&['f', 'n', ' '])
            && (at == 0 || !(code[at - 1].is_alphanumeric() || code[at - 1] == '_'));
        if !keyword {
            continue;
        }
        let name: String = code[at + 3..]
            .iter()
            .take_while(|c| c.is_alphanumeric() || **c == '_')
            .collect();
        // The body opens at the first `{` outside the parameters; a `;` first means none.
        let mut depth = 0i32;
        let mut open = None;
        for (j, &c) in code.iter().enumerate().skip(at) {
            match c {
                '(' | '[' => depth += 1,
                ')' | ']' => depth -= 1,
                ';' if depth == 0 => break,
                '{' if depth == 0 => {
                    open = Some(j);
                    break;
                }
                _ => {}
            }
        }
        let Some(open) = open else { continue };
        let mut depth = 0;
        let close = (open..code.len())
            .find(|&j| {
                match code[j] {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ => {}
                }
                depth == 0
            })
            .unwrap_or(code.len() - 1);
        let first = line_of(at);
        found.push((name, first, line_of(close) - first + 1));
    }
    found
}

fn allowed(file: &str) -> bool {
    ALLOWED.iter().any(|(f, _)| *f == file)
}

/// The source folders: integra's `src/` and each workspace crate's (`crates/NAME/src/`), each
/// with the name files in it are shown under.
fn source_roots() -> Vec<(String, PathBuf)> {
    let top = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut roots = vec![("src".to_owned(), top.join("src"))];
    let mut crates: Vec<_> = fs::read_dir(top.join("crates"))
        .unwrap()
        .map(|entry| entry.unwrap().path().join("src"))
        .filter(|src| src.is_dir())
        .collect();
    crates.sort();
    for src in crates {
        let shown = src.strip_prefix(top).unwrap().display().to_string();
        roots.push((shown.replace('\\', "/"), src));
    }
    assert!(roots.len() > 1, "crates/integra-raw is a source folder too");
    roots
}

/// Every Rust file of the source folders: its folder's name (`src`, `crates/NAME/src`), its
/// path within that folder (with `/`) and its text.
fn source_files() -> Vec<(String, String, String)> {
    let mut found = Vec::new();
    for (root, src) in source_roots() {
        let mut files = Vec::new();
        rust_files(&src, &mut files);
        for path in files {
            let shown = path.strip_prefix(&src).unwrap().display().to_string();
            let code = fs::read_to_string(&path).unwrap();
            found.push((root.clone(), shown.replace('\\', "/"), code));
        }
    }
    found
}

#[test]
fn files_and_functions_stay_small() {
    let mut over = Vec::new();
    for (root, shown, code) in source_files() {
        if root == "src" && allowed(&shown) {
            continue;
        }
        let lines = code.lines().count();
        if lines > MAX_FILE_LINES {
            over.push(format!(
                "{root}/{shown}: {lines} lines (at most {MAX_FILE_LINES})"
            ));
        }
        for (name, line, len) in functions(&code) {
            if len > MAX_FN_LINES {
                over.push(format!(
                    "{root}/{shown}:{line}: fn {name} is {len} lines (at most {MAX_FN_LINES})"
                ));
            }
        }
    }
    assert!(
        over.is_empty(),
        "split these by concern (or add them to ALLOWED with the reason):\n{}",
        over.join("\n")
    );
}

/// The layers whose every module header says what the module must not touch (a `Must not`
/// line), as `src/framework`, `src/answers`, `src/scoring` and `src/tui` did first.
const HEADED: &[&str] = &[
    "report",
    "session",
    "cli",
    "i18n",
    "diagnostic",
    "paths.rs",
    "embedded.rs",
    "safe_text.rs",
];

/// Parts of [`HEADED`] left out for now, each with why (none left).
const UNHEADED: &[(&str, &str)] = &[];

/// The `//!` lines a file starts with.
fn header(code: &str) -> Vec<&str> {
    code.lines().take_while(|l| l.starts_with("//!")).collect()
}

/// Whether `file` (relative to src/) holds only tests, which need a header but no `Must not`.
fn only_tests(file: &str) -> bool {
    let name = file.rsplit('/').next().unwrap_or(file);
    name == "tests.rs" || name.ends_with("_tests.rs")
}

#[test]
fn module_headers_say_what_they_own_and_must_not_touch() {
    let mut missing = Vec::new();
    for (root, shown, code) in source_files() {
        // Every file of the workspace crates, and the layers of src/ listed in HEADED.
        let in_scope = root != "src"
            || HEADED.iter().any(|h| {
                shown == *h || shown.starts_with(&format!("{h}/")) || shown == format!("{h}.rs")
            });
        if !in_scope || UNHEADED.iter().any(|(u, _)| shown.starts_with(u)) {
            continue;
        }
        let head = header(&code);
        if head.is_empty() {
            missing.push(format!(
                "{root}/{shown}: no `//!` header saying what it owns"
            ));
        } else if !only_tests(&shown) && !head.iter().any(|l| l.contains("Must not")) {
            missing.push(format!("{root}/{shown}: no `Must not: …` in its header"));
        }
    }
    assert!(
        missing.is_empty(),
        "give each module a `//!` header: what it owns, then a line \
         `//! Must not: …` saying what it leaves to other modules:\n{}",
        missing.join("\n")
    );
}

#[test]
fn a_header_is_the_leading_inner_doc_lines() {
    let code = "//! Owns x.\n//! Must not: y.\n\n//! not the header\nfn f() {}\n";
    assert_eq!(header(code), ["//! Owns x.", "//! Must not: y."]);
    assert!(header("use std::fs;\n//! late\n").is_empty());
    assert!(only_tests("session/merge/tests.rs") && only_tests("session/store/safety_tests.rs"));
    assert!(!only_tests("report/context.rs"));
}

#[test]
fn the_counter_skips_strings_comments_and_bodiless_functions() {
    let code = "fn a() {\n    let s = \"}}\"; // }\n    let c = '}';\n    let r = r#\"{\"#;\n}\n\
                trait T { fn b(&self) -> [u8; 2]; }\n\
                fn c<'x>(v: &'x str) -> &'x str {\n    /* { */\n    v\n}\n";
    let found = functions(code);
    assert_eq!(
        found,
        [("a".to_owned(), 1, 5), ("c".to_owned(), 7, 4)],
        "{found:?}"
    );
}

#[test]
fn the_counter_measures_a_long_function() {
    let body = "    let x = 1;\n".repeat(MAX_FN_LINES);
    let code = format!("pub fn long() {{\n{body}}}\n");
    let found = functions(&code);
    assert_eq!(found, [("long".to_owned(), 1, MAX_FN_LINES + 2)]);
}
