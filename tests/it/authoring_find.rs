//! Finding the framework an answers file names: a file in the current folder is suggested,
//! and of two versions of one id the one the answers name is used, and said so.

use std::path::{Path, PathBuf};

use crate::support::cmd;

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}

fn minimal(version: &str) -> String {
    std::fs::read_to_string(fixture("valid/minimal.toml"))
        .unwrap()
        .replace("version = \"1.0.0\"", &format!("version = \"{version}\""))
}

#[test]
fn a_framework_file_in_the_current_folder_is_suggested() {
    let home = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    std::fs::write(work.path().join("minimal-fw.toml"), minimal("1.0.0")).unwrap();
    std::fs::copy(
        fixture("answers/minimal-building.toml"),
        work.path().join("answers.toml"),
    )
    .unwrap();
    let out = cmd::integra_in(home.path(), work.path())
        .args(["score", "answers.toml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "no framework with id 'minimal'\n  = hint: 'minimal-fw.toml' in this folder has that \
         id: pass it with `--framework minimal-fw.toml` (or move it into ./frameworks)\n"
    );
}

/// `integra score answers.toml` in a folder whose ./frameworks holds `files` (name, version
/// of the minimal framework), with the answers to version 1.0.0 beside it.
fn score_with_frameworks(files: &[(&str, &str)]) -> std::process::Output {
    let home = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    let dir = work.path().join("frameworks");
    std::fs::create_dir(&dir).unwrap();
    for (name, version) in files {
        std::fs::write(dir.join(name), minimal(version)).unwrap();
    }
    std::fs::copy(
        fixture("answers/minimal-building.toml"),
        work.path().join("answers.toml"),
    )
    .unwrap();
    cmd::integra_in(home.path(), work.path())
        .args(["score", "answers.toml"])
        .output()
        .unwrap()
}

#[test]
fn of_two_versions_the_one_the_answers_name_is_used_and_named() {
    // File-name order would pick 'a-new.toml' (2.0.0); the answers name 1.0.0.
    let out = score_with_frameworks(&[("a-new.toml", "2.0.0"), ("b-old.toml", "1.0.0")]);
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "note: using 'frameworks/b-old.toml' (version 1.0.0) for framework 'minimal'; also \
         found: 'frameworks/a-new.toml' (2.0.0)\n"
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("Minimal example (minimal 1.0.0)\n"),
        "{text}"
    );
}

/// Two copies with the same content (the same framework in two places) are one framework:
/// nothing to choose between, so no "also found" note.
#[test]
fn identical_copies_are_not_named_as_alternatives() {
    let out = score_with_frameworks(&[("a.toml", "1.0.0"), ("b.toml", "1.0.0")]);
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stderr).unwrap(), "");
}
