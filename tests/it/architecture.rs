//! The layers of src/ import only downward (docs/architecture.md, DESIGN.md "Layers and
//! errors"). This reads every source file, finds which top-level module each `crate::…` path
//! names, and fails on an import that points up the stack, and on a top-level module that has
//! no place in the stack yet.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use crate::support::sources::rust_files;

/// Bottom to top. A module may name itself and anything before it.
const LAYERS: &[&str] = &[
    "safe_text",
    "embedded",
    "paths",
    "i18n",
    "diagnostic",
    "framework",
    "answers",
    "scoring",
    "session",
    "report",
    "tui",
    "cli",
];

fn rank(module: &str) -> Option<usize> {
    LAYERS.iter().position(|m| *m == module)
}

/// The top-level module a file belongs to: `src/foo.rs` and `src/foo/**` are `foo`.
fn owner(src: &Path, file: &Path) -> Option<String> {
    let first = file.strip_prefix(src).ok()?.components().next()?;
    let name = first.as_os_str().to_str()?;
    Some(name.trim_end_matches(".rs").to_owned())
}

/// Every top-level module named by `crate::x` or `use crate::{x, y::…}` in code (not comments).
fn named_modules(code: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for line in code.lines() {
        let line = line.trim_start();
        if line.starts_with("//") {
            continue;
        }
        let mut rest = line;
        while let Some(at) = rest.find("crate::") {
            rest = &rest[at + "crate::".len()..];
            if let Some(group) = rest.strip_prefix('{') {
                let end = group.find('}').unwrap_or(group.len());
                for part in group[..end].split(',') {
                    found.insert(ident(part.trim()));
                }
            } else {
                found.insert(ident(rest));
            }
        }
    }
    found.retain(|m| !m.is_empty());
    found
}

fn ident(s: &str) -> String {
    s.chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect()
}

/// (from, to, file) for every edge between two different layers.
fn edges() -> Vec<(String, String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut out = Vec::new();
    for file in files {
        let Some(from) = owner(&src, &file) else {
            continue;
        };
        if from == "lib" || from == "main" {
            continue; // the roots may name every layer
        }
        assert!(
            rank(&from).is_some(),
            "src/{from}.rs is a top-level module this test does not know: add it to LAYERS \
             (and to docs/architecture.md) at its place in the stack"
        );
        for to in named_modules(&fs::read_to_string(&file).unwrap()) {
            // Macros (`crate::msg!`) and items at the crate root are not layers.
            if rank(&to).is_some() && to != from {
                let shown = file.strip_prefix(&src).unwrap().display().to_string();
                out.push((from.clone(), to, shown));
            }
        }
    }
    out
}

#[test]
fn layers_import_only_downward() {
    let upward: Vec<String> = edges()
        .into_iter()
        .filter(|(from, to, _)| rank(to) > rank(from))
        .map(|(from, to, file)| format!("src/{file}: {from} → {to}"))
        .collect();
    assert!(
        upward.is_empty(),
        "upward imports (a lower layer must not name a higher one; move the shared piece \
         down instead):\n{}",
        upward.join("\n")
    );
}

#[test]
fn the_scanner_sees_grouped_and_plain_paths_but_not_comments() {
    let code = "use crate::{answers, scoring::score};\n// crate::tui is only a comment\n\
                let x = crate::report::render(); crate::msg!(\"k\");";
    let named: Vec<_> = named_modules(code).into_iter().collect();
    assert_eq!(named, ["answers", "msg", "report", "scoring"]);
}
