//! The list of saved sessions takes each session's progress from its own file when it was
//! counted against the framework offered now, and counts it again otherwise: a new revision,
//! a changed framework file, or a kept count that does not fit.

use std::fs;
use std::path::Path;

use super::*;
use crate::answers::Response;
use crate::framework::{Origin, from_path, from_str};

const FW: &str = include_str!("../../../tests/fixtures/valid/minimal.toml");
const NOW: &str = "2026-12-01T10:00:00Z";

fn minimal() -> Framework {
    from_str("m.toml", FW, Origin::Embedded).unwrap()
}

/// A session of `fw` at `path` with two of its five shown questions answered (40 %).
fn saved(fw: &Framework, path: &Path) {
    let mut s = Session::new(fw, "en", path.to_path_buf(), "2026-12-01");
    s.answers_mut()
        .set("legal", Response::Choice("legal".into()));
    s.answers_mut().set("referral", Response::Level(2));
    save(&mut s, fw, NOW).unwrap();
}

/// Rewrites the kept count in the file at `path`, as a hand edit would.
fn keep(path: &Path, answered: &str, shown: &str) {
    let text = fs::read_to_string(path).unwrap();
    let edited = text
        .replace("answered = 2", &format!("answered = {answered}"))
        .replace("shown = 5", &format!("shown = {shown}"));
    assert_ne!(text, edited, "the file keeps its count: {text}");
    fs::write(path, edited).unwrap();
}

fn percent(dir: &Path, offered: &[Framework]) -> Option<u8> {
    let listed = list(dir, offered, None);
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].problem, None);
    listed[0].percent
}

#[test]
fn a_save_keeps_the_progress_the_list_shows() {
    let dir = tempfile::tempdir().unwrap();
    let fw = minimal();
    saved(&fw, &dir.path().join("s.toml"));
    let text = fs::read_to_string(dir.path().join("s.toml")).unwrap();
    assert!(text.contains("[session.progress]"), "{text}");
    assert!(text.contains(&format!("hash = \"{}\"", fw.hash)), "{text}");
    assert_eq!(percent(dir.path(), std::slice::from_ref(&fw)), Some(40));
}

#[test]
fn the_kept_count_is_read_and_not_counted_again_for_the_same_framework() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.toml");
    let fw = minimal();
    saved(&fw, &path);
    keep(&path, "1", "4");
    assert_eq!(percent(dir.path(), std::slice::from_ref(&fw)), Some(25));
}

#[test]
fn a_new_revision_of_the_framework_counts_the_answers_again() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.toml");
    saved(&minimal(), &path);
    keep(&path, "1", "4");
    let revised = from_str(
        "m.toml",
        &FW.replace("version = \"1.0.0\"", "version = \"1.1.0\""),
        Origin::Embedded,
    )
    .unwrap();
    assert_eq!(percent(dir.path(), &[revised]), Some(40));
}

#[test]
fn a_kept_count_that_does_not_fit_is_counted_again_and_the_rest_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.toml");
    let fw = minimal();
    for (answered, shown) in [("9", "4"), ("\"two\"", "5"), ("-1", "5")] {
        saved(&fw, &path);
        keep(&path, answered, shown);
        let listed = list(dir.path(), std::slice::from_ref(&fw), None);
        assert_eq!(listed[0].percent, Some(40), "answered = {answered}");
        assert_eq!(
            listed[0].updated.as_deref(),
            Some(NOW),
            "answered = {answered}"
        );
        fs::remove_file(&path).unwrap();
        let _ = fs::remove_file(backup::previous(&path));
    }
}

#[test]
fn a_framework_file_is_checked_by_its_bytes_and_counted_again_once_changed() {
    let dir = tempfile::tempdir().unwrap();
    let fw_file = dir.path().join("mine.toml");
    fs::write(&fw_file, FW).unwrap();
    let sessions = dir.path().join("sessions");
    let path = sessions.join("s.toml");
    saved(&from_path(&fw_file).unwrap(), &path);
    keep(&path, "1", "4");
    assert_eq!(percent(&sessions, &[]), Some(25), "the file as it was");
    fs::write(&fw_file, FW.replace("1.0.0", "1.0.1")).unwrap();
    assert_eq!(percent(&sessions, &[]), Some(40), "the file changed");
    fs::remove_file(&fw_file).unwrap();
    assert_eq!(percent(&sessions, &[]), None, "the file gone");
}
