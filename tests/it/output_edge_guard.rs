//! One output edge: the command line prints only through `out!`, `outln!` and `errln!`
//! (`src/cli.rs`, which escape control, bidi and zero-width characters), so a new command
//! cannot print a file's text raw by reaching for `println!`. This reads the sources.

use std::path::Path;

use crate::support::sources::rust_files;

#[test]
fn the_command_line_prints_only_through_the_output_edge() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src.join("cli"), &mut files);
    let raw = ["println!", "print!(", "eprintln!", "eprint!(", "dbg!("];
    let mut found = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            if raw.iter().any(|r| {
                code.match_indices(r)
                    .any(|(at, _)| !code[..at].ends_with("out") && !code[..at].ends_with("err"))
            }) {
                found.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "use out!/outln!/errln!:\n{}",
        found.join("\n")
    );
}
