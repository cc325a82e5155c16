//! The quick reading of a session's head agrees with the whole reading wherever it answers,
//! and hands back every file outside the plain shape integra writes.

use std::path::Path;

use super::head::{Head, read};
use super::*;
use crate::answers::Response;
use crate::framework::{Origin, from_str};

const FW: &str = include_str!("../../../tests/fixtures/valid/minimal.toml");

/// The head as the whole reader sees it.
fn whole(text: &str) -> Head {
    Head::of(&parse_sheet("s.toml", text).unwrap())
}

/// A session as the wizard saves it, workshop records and all.
fn saved_text() -> String {
    let dir = tempfile::tempdir().unwrap();
    let fw = from_str("m.toml", FW, Origin::Embedded).unwrap();
    let path = dir.path().join("s.toml");
    let mut s = Session::new(&fw, "en", path.clone(), "2026-12-01");
    s.sheet.meta.programme = Some("Nova \"harm\" reduction\tclinic".into());
    s.answers_mut()
        .set("legal", Response::Choice("legal".into()));
    s.answers_mut().set("referral", Response::Level(2));
    s.answers_mut().set_note(
        "referral",
        "Line one\nline [two]\n[session]\nupdated = \"x\"",
    );
    s.record.position = Some("referral".into());
    save(&mut s, &fw, "2026-12-01T10:00:00Z").unwrap();
    fs::read_to_string(&path).unwrap()
}

#[test]
fn a_saved_session_reads_the_same_quickly_and_whole() {
    let text = saved_text();
    let quick = read(&text).expect("the plain shape is read quickly");
    assert_eq!(quick, whole(&text), "{text}");
    assert_eq!(
        quick
            .record
            .progress
            .as_ref()
            .map(|p| (p.answered, p.shown)),
        Some((2, 5))
    );
    assert_eq!(
        quick.programme.as_deref(),
        Some("Nova \"harm\" reduction\tclinic")
    );
}

/// Every answers and session file among the fixtures: where the quick reading answers, it
/// says what the whole one does.
#[test]
fn every_fixture_read_quickly_agrees_with_the_whole_reading() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut agreed = 0;
    for dir in ["answers", "verdicts/default", "migrate", "sessions"] {
        let Ok(entries) = fs::read_dir(root.join(dir)) else {
            continue;
        };
        for path in entries.filter_map(Result::ok).map(|e| e.path()) {
            let Ok(text) = fs::read_to_string(&path) else {
                continue;
            };
            let Some(quick) = read(&text) else {
                continue;
            };
            let Ok(parsed) = parse_sheet("f.toml", &text) else {
                panic!(
                    "{} read quickly, but the whole reader refuses it",
                    path.display()
                );
            };
            assert_eq!(quick, Head::of(&parsed), "{}", path.display());
            agreed += 1;
        }
    }
    assert!(agreed >= 10, "only {agreed} fixtures were read quickly");
}

#[test]
fn a_workshop_session_reads_the_same_quickly_and_whole() {
    let text = format!(
        "{}\n[session.progress]\nanswered = 1\nshown = 4\nhash = \"sha256:x\"\n",
        include_str!("../../../tests/fixtures/answers/minimal-workshop.toml")
    );
    let quick = read(&text).expect("participants and votes are the plain shape");
    assert_eq!(quick, whole(&text));
    assert!(quick.record.progress.is_some());
}

#[test]
fn files_outside_the_plain_shape_are_read_whole() {
    let base = saved_text();
    let odd = [
        // Syntax and values.
        base.replace("[answers]", "[answers"),
        base.replace("referral = 2", "referral = 2\nreferral = 1"),
        base.replace("updated = \"2026", "updated = 2026"),
        base.replacen("framework = ", "frame = ", 1),
        base.replace("[meta]\n", "[meta]\nprogramme.name = \"x\"\n"),
        base.replace("[meta]\n", "[meta]\n\"programme\" = \"x\"\n"),
        base.replace("[meta]\n", "[meta]\nsite = 3\n"),
        base.replace("[meta]\n", "[meta]\nowner = \"x\"\n"),
        base.replace("[meta]\n", "[meta]\ndate = 2026-12-01T10:00:00Z\n"),
        base.replace("[meta]\n", "[meta]\nprogramme = [\"x\"]\n"),
        base.replace("[notes]\n", "[notes]\nlegal = 1\n"),
        format!("{base}\n[meta]\nsite = \"again\"\n"),
        format!("{base}\n[[extra]]\nid = 1\n"),
        format!("{base}\n[[session]]\nid = 1\n"),
        format!("{base}\n[other]\nid = 1\n"),
        base.replace("[answers]\n", "[answers]\nbad = \"\\q\"\n"),
    ];
    for (i, text) in odd.iter().enumerate() {
        assert_ne!(text, &base, "case {i} changed nothing");
        assert_eq!(read(text), None, "case {i}:\n{text}");
    }
}

#[test]
fn a_count_that_does_not_fit_is_left_to_be_counted_again() {
    let base = saved_text();
    for (answered, shown) in [("9", "4"), ("-1", "5"), ("\"two\"", "5"), ("1_0", "50")] {
        let text = base
            .replace("answered = 2", &format!("answered = {answered}"))
            .replace("shown = 5", &format!("shown = {shown}"));
        let head = read(&text).expect("still the plain shape");
        assert_eq!(head.record.progress, None, "answered = {answered}");
        assert_eq!(head.record.updated.as_deref(), Some("2026-12-01T10:00:00Z"));
    }
}
