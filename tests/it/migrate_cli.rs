//! `integra migrate` end to end, on two revisions of one framework (tests/fixtures/migrate):
//! every reason an answer cannot come across is named with its line, the new session records
//! the new revision and scores against it, the original is never changed, and an existing
//! output is replaced only with --force.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::support::cmd;

use std::path::{Path, PathBuf};
use std::process::Output;

const V2: &str = "tests/fixtures/migrate/v2.toml";

fn integra(args: &[&str]) -> Output {
    let home = tempfile::tempdir().unwrap();
    cmd::integra_at_repo(home.path())
        .args(args)
        .output()
        .unwrap()
}

/// A copy of a session fixture in a fresh folder (the migrated file is written beside it).
fn session_copy(name: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    let from = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/migrate")
        .join(name);
    std::fs::copy(from, &path).unwrap();
    (dir, path)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

#[test]
fn every_answer_that_cannot_come_across_is_listed_with_its_reason_and_line() {
    let (dir, session) = session_copy("session-v1.toml");
    let before = std::fs::read(&session).unwrap();
    let out = integra(&["migrate", session.to_str().unwrap(), "--to", V2]);
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    let said = text(&out.stdout).replace(&dir.path().display().to_string(), "[DIR]");
    insta::assert_snapshot!("migrate-v1-to-v2", said);
    for reason in [
        "question removed",
        "option no longer offered",
        "level not on the new scale",
        "number out of range",
        "kind of question changed",
        "now hidden by a condition",
        "answer no longer allowed",
    ] {
        assert!(said.contains(reason), "{reason} missing from:\n{said}");
    }
    assert_eq!(
        std::fs::read(&session).unwrap(),
        before,
        "the original is unchanged"
    );

    let new = dir
        .path()
        .join("session-v1-migrated-migrate-demo-2.0.0.toml");
    let written = std::fs::read_to_string(&new).unwrap();
    assert!(written.contains("version = \"2.0.0\""), "{written}");
    assert!(written.contains("hash = \"sha256:"), "{written}");
    assert!(
        written.contains("programme = \"Harbour Lane drop-in\""),
        "{written}"
    );
    assert!(written.contains("referral = \"Slips are given; nobody checks.\""));
    assert!(
        !written.contains("waiting"),
        "dropped answers and notes are left out"
    );
    assert!(
        !written.contains("position"),
        "the saved position was on a removed question"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&new).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let scored = integra(&["score", new.to_str().unwrap(), "--framework", V2]);
    assert!(scored.status.success(), "{}", text(&scored.stderr));
    assert!(text(&scored.stdout).starts_with("Migration demo (migrate-demo 2.0.0)"));
}

#[test]
fn a_session_that_fits_is_carried_whole_with_exit_zero() {
    let (dir, session) = session_copy("session-fits.toml");
    let out = integra(&["migrate", session.to_str().unwrap(), "--to", V2]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(
        said.contains("Carried 5 of 5 answers and 1 of 1 note."),
        "{said}"
    );
    assert!(said.contains("Everything came across."), "{said}");
    let new = dir
        .path()
        .join("session-fits-migrated-migrate-demo-2.0.0.toml");
    let written = std::fs::read_to_string(new).unwrap();
    assert!(written.contains("staff = 12") && written.contains("Counted in March."));
}

#[test]
fn an_existing_output_is_replaced_only_with_force_and_the_original_never() {
    let (dir, session) = session_copy("session-fits.toml");
    let s = session.to_str().unwrap();
    // An earlier run's output: a session of its own.
    let out_path = dir.path().join("out.toml");
    let earlier = std::fs::read_to_string(&session).unwrap();
    std::fs::write(&out_path, &earlier).unwrap();
    let o = out_path.to_str().unwrap();

    let refused = integra(&["migrate", s, "--to", V2, "-o", o]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(text(&refused.stderr).contains("already exists"));
    assert_eq!(std::fs::read_to_string(&out_path).unwrap(), earlier);

    // A file that is not a session is never written over, not even with --force.
    let other = dir.path().join("notes.toml");
    std::fs::write(&other, "mine").unwrap();
    let kept = integra(&[
        "migrate",
        s,
        "--to",
        V2,
        "-o",
        other.to_str().unwrap(),
        "--force",
    ]);
    assert_eq!(kept.status.code(), Some(1));
    assert!(text(&kept.stderr).contains("not a readable session"));
    assert_eq!(std::fs::read_to_string(&other).unwrap(), "mine");

    let forced = integra(&["migrate", s, "--to", V2, "-o", o, "--force"]);
    assert_eq!(forced.status.code(), Some(0));
    assert!(
        std::fs::read_to_string(&out_path)
            .unwrap()
            .contains("version = \"2.0.0\"")
    );

    let before = std::fs::read(&session).unwrap();
    let own = integra(&["migrate", s, "--to", V2, "-o", s, "--force"]);
    assert_eq!(own.status.code(), Some(1));
    assert!(text(&own.stderr).contains("is the session being migrated"));
    assert_eq!(std::fs::read(&session).unwrap(), before);
}

#[test]
fn an_unknown_target_framework_writes_nothing() {
    let (dir, session) = session_copy("session-fits.toml");
    let out = integra(&["migrate", session.to_str().unwrap(), "--to", "migrate-dem"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("no framework with id 'migrate-dem'"));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}
