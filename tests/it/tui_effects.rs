//! Effects read the state and report back: performing one changes nothing in the wizard's
//! state, and the message it returns is what `update` applies (the session's saved marks,
//! its new place). Effects are performed for real on temporary folders.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use std::path::PathBuf;

use integra::report::ReportFormat;
use integra::tui::effect::{Context, Step, perform};
use integra::tui::{Effect, Msg, Written};

use crate::support::wizard::{disk_full, opened, send, session_path, through_setup};

const SIZE: (u16, u16) = (80, 24);

fn then(step: Step) -> Msg {
    match step {
        Step::Then(msg) => msg,
        other => panic!("{other:?}"),
    }
}

fn marks(stamp: &str) -> Written {
    Written {
        created: Some(format!("{stamp}-created")),
        updated: Some(stamp.to_owned()),
        on_disk: Some(format!("{stamp}-hash")),
    }
}

#[test]
fn a_save_changes_nothing_until_update_applies_its_message() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.toml");
    let ctx = Context::default();
    let mut state = opened(SIZE, &path);
    through_setup(&mut state, "Nova");
    send(&mut state, [Msg::Digit(1)]);
    let before = state.doc().unwrap().session.clone();

    let msg = then(perform(Effect::Save, &state, &ctx));
    assert!(path.exists(), "the file is written");
    assert_eq!(
        state.doc().unwrap().session,
        before,
        "the state is untouched"
    );
    let Msg::Saved(written) = msg.clone() else {
        panic!("{msg:?}");
    };
    assert!(written.on_disk.is_some() && written.created.is_some());

    send(&mut state, [msg]);
    assert_eq!(Written::of(&state.doc().unwrap().session), written);
    // The next save finds the file it was told about: it is not taken for someone else's.
    assert!(matches!(
        then(perform(Effect::Save, &state, &ctx)),
        Msg::Saved(_)
    ));
}

#[test]
fn saved_as_moves_the_session_and_keeps_its_marks() {
    let mut state = opened(SIZE, &session_path());
    state.ui.unsaved = true;
    let new = PathBuf::from("/elsewhere/nova.toml");
    send(&mut state, [Msg::SavedAs(new.clone(), marks("t1"))]);
    let session = &state.doc().unwrap().session;
    assert_eq!(session.path, new);
    assert_eq!(Written::of(session), marks("t1"));
    assert!(!state.ui.unsaved);
    assert!(
        state
            .ui
            .status
            .as_ref()
            .unwrap()
            .text
            .contains("/elsewhere/nova.toml")
    );
}

#[test]
fn a_failed_save_keeps_the_place_and_the_attempts_marks() {
    let mut state = opened(SIZE, &session_path());
    send(
        &mut state,
        [Msg::SaveFailed {
            message: "no room".into(),
            elsewhere: PathBuf::from("/elsewhere/nova.toml"),
            written: Some(marks("t2")),
        }],
    );
    let session = &state.doc().unwrap().session;
    assert_eq!(session.path, session_path());
    assert_eq!(Written::of(session), marks("t2"));
    assert!(state.ui.unsaved);
    // A refusal that tried nothing leaves the marks as they were.
    send(
        &mut state,
        [
            Msg::Back,
            Msg::SaveFailed {
                message: "exists".into(),
                elsewhere: PathBuf::from("/elsewhere/nova.toml"),
                written: None,
            },
        ],
    );
    assert_eq!(Written::of(&state.doc().unwrap().session), marks("t2"));
}

#[test]
fn an_export_writes_a_copy_and_its_message_marks_the_session() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.toml");
    let ctx = Context::default();
    let mut state = opened(SIZE, &path);
    through_setup(&mut state, "Nova");
    let before = state.doc().unwrap().session.clone();

    let msg = then(perform(
        Effect::Export(vec![ReportFormat::Markdown]),
        &state,
        &ctx,
    ));
    assert_eq!(
        state.doc().unwrap().session,
        before,
        "the state is untouched"
    );
    let Msg::Exported(Ok(paths), Some(written)) = msg.clone() else {
        panic!("{msg:?}");
    };
    assert_eq!(paths.len(), 2, "{paths:?}");
    assert!(paths.iter().all(|p| p.exists()), "{paths:?}");
    assert!(written.on_disk.is_some());
    send(&mut state, [msg]);
    assert_eq!(Written::of(&state.doc().unwrap().session), written);
    // A failed export that saved nothing leaves the marks alone.
    send(&mut state, [Msg::Exported(Err(disk_full()), None)]);
    assert_eq!(Written::of(&state.doc().unwrap().session), written);
}
