//! The command transcripts in `docs/framework-format.md` are integra's real output: each one
//! marked `<!-- output -->` is run and must match, so the manual cannot show "ok" where the
//! tool prints warnings, or shares the outline no longer prints.
//!
//! - A code block right after `<!-- file: NAME -->` is a file the transcripts use: it is
//!   written as NAME in a fresh folder.
//! - A code block right after `<!-- output -->` starts with `$ integra ARGS` (arguments split
//!   at spaces); the rest of the block is what integra prints (standard output, then standard
//!   error), run in that folder with a private home and in English.

use std::fmt::Write as _;
use std::path::Path;

use crate::support::cmd;

const DOC: &str = "docs/framework-format.md";

/// A code block after a marker comment: the marker, the block's first line number, its text.
struct Marked {
    marker: String,
    line: usize,
    text: String,
}

/// Every code block that directly follows a `<!-- ... -->` comment line.
fn marked_blocks(markdown: &str) -> Vec<Marked> {
    let lines: Vec<&str> = markdown.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i + 1 < lines.len() {
        let comment = lines[i].trim();
        let fence = lines[i + 1].trim_start();
        let is_fence = fence.starts_with("```") || fence.starts_with("~~~");
        if comment.starts_with("<!--") && comment.ends_with("-->") && is_fence {
            let marker = comment
                .trim_start_matches("<!--")
                .trim_end_matches("-->")
                .trim()
                .to_owned();
            let close = &fence[..3];
            let body: Vec<&str> = lines[i + 2..]
                .iter()
                .take_while(|l| !l.trim_start().starts_with(close))
                .copied()
                .collect();
            out.push(Marked {
                marker,
                line: i + 3,
                text: body.join("\n") + "\n",
            });
            i += body.len() + 2;
        }
        i += 1;
    }
    out
}

#[test]
fn every_transcript_in_the_manual_is_integras_own_output() {
    let markdown =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(DOC)).unwrap();
    let blocks = marked_blocks(&markdown);
    let dir = tempfile::tempdir().unwrap();
    let home = tempfile::tempdir().unwrap();
    for b in &blocks {
        if let Some(name) = b.marker.strip_prefix("file:") {
            std::fs::write(dir.path().join(name.trim()), &b.text).unwrap();
        }
    }
    let mut checked = 0;
    let mut failures = String::new();
    for b in blocks.iter().filter(|b| b.marker == "output") {
        let (command, expected) = b.text.split_once('\n').unwrap();
        let args: Vec<&str> = command
            .strip_prefix("$ integra ")
            .unwrap_or_else(|| panic!("{DOC}:{}: a transcript starts with `$ integra`", b.line))
            .split(' ')
            .collect();
        let out = cmd::integra_in(home.path(), dir.path())
            .args(&args)
            .output()
            .unwrap();
        let said = String::from_utf8(out.stdout).unwrap() + &String::from_utf8(out.stderr).unwrap();
        if said != expected {
            let _ = writeln!(
                failures,
                "{DOC}:{}: `{command}` prints:\n{said}\n--- but the manual shows:\n{expected}",
                b.line
            );
        }
        checked += 1;
    }
    assert!(checked >= 5, "only {checked} transcripts are checked");
    assert!(failures.is_empty(), "{failures}");
}
