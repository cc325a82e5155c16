//! `integra preview FILE` end to end: on a pseudo-terminal the wizard walks the framework,
//! says nothing is saved, and after an answer and a quit not one file has been written in
//! its home; without a terminal, a file with errors stops before the wizard with the same
//! diagnostics as `integra validate`, and warnings are shown without stopping it.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::support::pty;

use std::path::{Path, PathBuf};
use std::process::Command;

use pty::{DOWN, ENTER, Pty};

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}

/// Every file and folder under `dir`.
fn everything_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                todo.push(path.clone());
            }
            found.push(path);
        }
    }
    found
}

#[test]
fn a_preview_answers_and_quits_without_writing_anything() {
    let home = tempfile::tempdir().unwrap();
    let drafts = tempfile::tempdir().unwrap();
    let file = drafts.path().join("minimal.toml");
    std::fs::copy(fixture("valid/minimal.toml"), &file).unwrap();

    let mut term = Pty::spawn(&["preview", file.to_str().unwrap()], home.path(), (80, 24));
    let screen = term.wait_for("About the assessment");
    assert!(screen.contains("Preview — nothing is saved"), "{screen}");
    term.send("Harbour Lane");
    term.send(&DOWN.repeat(6));
    term.send(ENTER);
    term.wait_for("Is abortion legal");
    term.send("1");
    term.wait_for("Legal on request");
    term.send("q");
    let screen = term.wait_for("Quit integra?");
    assert!(
        screen.contains("This was a preview: nothing was saved"),
        "{screen}"
    );
    term.send("y");
    assert_eq!(term.wait_exit(), 0);
    assert!(term.restored());

    assert_eq!(everything_under(home.path()), Vec::<PathBuf>::new());
    assert_eq!(everything_under(drafts.path()), [file]);
}

fn integra(home: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_integra"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .output()
        .unwrap()
}

#[test]
fn a_preview_of_a_broken_file_prints_its_errors_and_stops() {
    let home = tempfile::tempdir().unwrap();
    let rel = "tests/fixtures/invalid/dangling-scale.toml";
    let preview = integra(home.path(), &["preview", rel]);
    let validate = integra(home.path(), &["validate", rel]);
    assert_eq!(preview.status.code(), Some(1));
    assert_eq!(preview.stdout, validate.stdout, "the same diagnostics");
    let err = String::from_utf8(preview.stderr).unwrap();
    assert!(err.contains("fix the errors above"), "{err}");
    assert!(
        !err.contains("interactive terminal"),
        "it stopped before the wizard"
    );
}

#[test]
fn warnings_are_shown_and_the_preview_goes_on() {
    let home = tempfile::tempdir().unwrap();
    let out = integra(
        home.path(),
        &["preview", "tests/fixtures/warnings/lint.toml"],
    );
    let said = String::from_utf8(out.stdout).unwrap();
    assert!(said.contains("warning:"), "{said}");
    assert!(said.contains("ok, 0 errors"), "{said}");
    // Here there is no terminal, so going on means reaching the wizard's own refusal.
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("the wizard needs an interactive terminal"),
        "{err}"
    );
    assert_eq!(everything_under(home.path()), Vec::<PathBuf>::new());
}

#[test]
fn run_with_no_save_writes_nothing_and_asks_before_losing_answers() {
    let home = tempfile::tempdir().unwrap();
    let drafts = tempfile::tempdir().unwrap();
    let file = drafts.path().join("minimal.toml");
    std::fs::copy(fixture("valid/minimal.toml"), &file).unwrap();
    let args = ["run", "--no-save", "--framework", file.to_str().unwrap()];
    let mut term = Pty::spawn(&args, home.path(), (80, 24));
    let screen = term.wait_for("New assessment");
    assert!(screen.contains("Not saving (--no-save)"), "{screen}");
    term.send(ENTER);
    term.wait_for("About the assessment");
    term.send(&DOWN.repeat(6));
    term.send(ENTER);
    term.wait_for("Is abortion legal");
    term.send("1");
    term.wait_for("Legal on request");
    term.send("q");
    let screen = term.wait_for("Quit integra?");
    assert!(screen.contains("NOT saved"), "{screen}");
    term.send("y");
    assert_eq!(term.wait_exit(), 0);
    assert_eq!(everything_under(home.path()), Vec::<PathBuf>::new());
}
