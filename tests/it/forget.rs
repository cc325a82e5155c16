//! `integra forget`: a session and everything kept beside it are overwritten with zeros and
//! removed, after a yes; anything that is not an integra session is refused and left alone.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use integra::answers::Response;
use integra::framework::from_path;
use integra::session::{Session, backup, store};

fn integra(args: &[&str], stdin: &str) -> Output {
    // The messages checked here are the English ones, whatever the caller's locale.
    let mut child = Command::new(env!("CARGO_BIN_EXE_integra"))
        .args(args)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

/// A session saved three times (so it has a backup), plus a kept copy, beside an unrelated file.
fn saved_session(dir: &Path) -> PathBuf {
    let fw =
        from_path(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/minimal.toml"))
            .unwrap();
    let mut s = Session::new(&fw, "en", dir.join("s.toml"), "2026-11-23");
    for level in 0..3 {
        s.answers_mut().set("referral", Response::Level(level));
        store::save(&mut s, &fw, "2026-11-23T10:00:00Z").unwrap();
    }
    backup::snapshot(&s.path).unwrap();
    fs::write(dir.join("other.toml"), "framework = \"minimal\"\n").unwrap();
    s.path
}

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn forget_overwrites_then_removes_the_session_and_its_backups() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_session(dir.path());
    assert_eq!(names(dir.path()).len(), 4, "{:?}", names(dir.path()));
    // A second name for the session file lets the test see what was written into it.
    let witness = dir.path().join("witness");
    fs::hard_link(&path, &witness).unwrap();
    let size = fs::metadata(&path).unwrap().len();

    let out = integra(&["forget", path.to_str().unwrap(), "--yes"], "");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(stdout.matches("removed ").count(), 3, "{stdout}");
    assert!(stdout.contains("s.toml.bak"), "{stdout}");
    assert_eq!(names(dir.path()), ["other.toml", "witness"]);
    let left = fs::read(&witness).unwrap();
    assert_eq!(left.len() as u64, size);
    assert!(left.iter().all(|b| *b == 0), "the content was overwritten");
}

#[test]
fn forget_asks_first_and_only_yes_removes() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_session(dir.path());
    let p = path.to_str().unwrap();
    for answer in ["", "n\n", "no\n", "whatever\n"] {
        let out = integra(&["forget", p], answer);
        assert!(!out.status.success());
        assert!(String::from_utf8_lossy(&out.stdout).contains("Nothing removed"));
        assert_eq!(names(dir.path()).len(), 4);
    }
    let out = integra(&["forget", p], "y\n");
    assert!(out.status.success());
    assert_eq!(names(dir.path()), ["other.toml"]);
}

#[test]
fn forget_refuses_what_is_not_an_integra_session() {
    let dir = tempfile::tempdir().unwrap();
    let answers = dir.path().join("answers.toml");
    fs::write(
        &answers,
        "framework = \"minimal\"\n[answers]\nreferral = 1\n",
    )
    .unwrap();
    let notes = dir.path().join("notes.txt");
    fs::write(&notes, "not toml at all [").unwrap();
    let folder = dir.path().join("folder.toml");
    fs::create_dir(&folder).unwrap();
    for (path, why) in [
        (&answers, "no [session] table"),
        (&notes, "notes.txt:1:"),
        (&folder, "not a regular file"),
        (&dir.path().join("missing.toml"), "does not exist"),
    ] {
        let out = integra(&["forget", path.to_str().unwrap(), "--yes"], "");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success());
        assert!(stderr.contains(why), "{stderr}");
    }
    assert_eq!(
        fs::read_to_string(&answers).unwrap(),
        "framework = \"minimal\"\n[answers]\nreferral = 1\n"
    );
    assert!(notes.exists() && folder.exists());
}

#[test]
fn a_session_that_cannot_be_read_is_recognised_by_its_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_session(dir.path());
    fs::write(&path, "\u{0}garbled").unwrap();
    let out = integra(&["forget", path.to_str().unwrap(), "--yes"], "");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(names(dir.path()), ["other.toml"]);
}

#[test]
fn the_help_says_what_overwriting_cannot_do() {
    let out = integra(&["forget", "--help"], "");
    let help = String::from_utf8_lossy(&out.stdout);
    for words in [
        "SSD",
        "copy-on-write",
        "snapshots",
        "Encrypting the whole disk",
    ] {
        assert!(help.contains(words), "{help}");
    }
}
