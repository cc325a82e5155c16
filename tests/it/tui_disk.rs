//! The wizard when the disk says no: a failed save offers another place (and quitting does not
//! silently drop what was not written), and an unreadable session offers its backup. `update`
//! is driven with messages; the effects are also performed for real on temporary folders.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::support::wizard;

use std::fs;
use std::path::{Path, PathBuf};

use integra::answers::Response;
use integra::session::{Summary, backup, store};
use integra::tui::app::Popup;
use integra::tui::effect::{Context, Step, perform};
use integra::tui::{Config, Effect, Msg, Screen, State, Written};
use wizard::{opened, render, send, session_path, start_state, through_setup, typed};

const SIZE: (u16, u16) = (80, 24);

fn save_failed(state: &mut State) {
    send(
        state,
        [Msg::SaveFailed {
            message: "could not save '/sessions/nova-clinic.toml': No space left on device".into(),
            elsewhere: PathBuf::from("/home/me/nova-clinic.toml"),
            written: None,
        }],
    );
}

#[test]
fn a_failed_save_offers_another_place_prefilled_and_editable() {
    let mut state = opened(SIZE, &session_path());
    through_setup(&mut state, "Nova");
    send(&mut state, [Msg::Digit(1)]);
    save_failed(&mut state);
    assert!(state.ui.unsaved);
    let Some(Popup::SaveElsewhere { input, .. }) = &state.ui.popup else {
        panic!("{:?}", state.ui.popup);
    };
    assert_eq!(input.as_str(), "/home/me/nova-clinic.toml");
    let screen = render(&state);
    assert!(screen.contains("No space left on device"), "{screen}");
    assert!(screen.contains("still here, in memory"), "{screen}");
    // Edit the path: remove the file name, type another.
    let mut msgs = vec![Msg::Backspace; "nova-clinic.toml".len()];
    msgs.extend(typed("kept.toml"));
    assert_eq!(send(&mut state, msgs), []);
    assert_eq!(
        send(&mut state, [Msg::Enter]),
        [Effect::SaveAs(PathBuf::from("/home/me/kept.toml"))]
    );
    // The answer given before the failure is still in memory.
    assert_eq!(
        wizard::answer(&state, "legal"),
        Some(Response::Choice("legal".into()))
    );
}

#[test]
fn closing_the_popup_keeps_the_answers_and_says_so() {
    let mut state = opened(SIZE, &session_path());
    through_setup(&mut state, "Nova");
    save_failed(&mut state);
    assert_eq!(send(&mut state, [Msg::Back]), []);
    assert!(state.ui.popup.is_none());
    let status = state.ui.status.as_ref().unwrap();
    assert!(
        status.error && status.text.contains("kept in memory"),
        "{status:?}"
    );
    // The next answer tries to save again.
    assert_eq!(send(&mut state, [Msg::Digit(2)]), [Effect::Save]);
}

#[test]
fn quitting_after_a_failed_save_says_what_is_lost_and_tries_no_save() {
    let mut state = opened(SIZE, &session_path());
    through_setup(&mut state, "Nova");
    send(&mut state, [Msg::Quit]);
    assert_eq!(send(&mut state, [Msg::Yes]), [Effect::Save, Effect::Quit]);

    let mut state = opened(SIZE, &session_path());
    through_setup(&mut state, "Nova");
    save_failed(&mut state);
    send(&mut state, [Msg::Back, Msg::Quit]);
    assert!(render(&state).contains("The last save failed"));
    assert_eq!(send(&mut state, [Msg::Yes]), [Effect::Quit]);

    // A save that works again clears the warning.
    let mut state = opened(SIZE, &session_path());
    save_failed(&mut state);
    let written = Written::of(&state.doc().unwrap().session);
    send(&mut state, [Msg::Back, Msg::Saved(written)]);
    assert!(!state.ui.unsaved);
}

#[test]
fn an_unreadable_session_offers_its_backup_and_writes_nothing_until_asked() {
    let path = PathBuf::from("/sessions/s.toml");
    let unreadable = |backup: Option<PathBuf>| Msg::Unreadable {
        path: path.clone(),
        message: "/sessions/s.toml:3:1: TOML syntax: unclosed table".into(),
        backup,
    };
    let mut state = start_state(SIZE);
    send(
        &mut state,
        [unreadable(Some(PathBuf::from("/sessions/s.toml.bak")))],
    );
    let screen = render(&state);
    assert!(screen.contains("s.toml:3:1"), "{screen}");
    assert!(screen.contains("open the backup"), "{screen}");
    assert_eq!(
        send(&mut state, [Msg::Yes]),
        [Effect::Restore(path.clone())]
    );

    let mut state = start_state(SIZE);
    send(&mut state, [unreadable(Some(PathBuf::from("/x.bak")))]);
    assert_eq!(send(&mut state, [Msg::Back]), []);
    assert!(state.ui.popup.is_none() && state.screen() == Screen::Start);

    let mut state = start_state(SIZE);
    send(&mut state, [unreadable(None)]);
    assert!(render(&state).contains("no readable backup"));
    assert_eq!(send(&mut state, [Msg::Yes]), [], "nothing to open");
}

#[test]
fn the_start_screen_lists_a_broken_session_as_broken() {
    let broken = Summary {
        path: PathBuf::from("/sessions/2026-11-20-wizard-abc123.toml"),
        programme: None,
        date: None,
        framework: String::new(),
        updated: None,
        percent: None,
        problem: Some("line 3: unclosed table".into()),
    };
    let state = State::new(Config {
        sessions: vec![broken],
        ..wizard::config(SIZE)
    });
    assert_eq!(
        state.ui.start.cursor,
        integra::tui::app::StartState::ROW_NEW,
        "a broken session is not offered to resume by default"
    );
    let screen = render(&state);
    assert!(
        screen.contains("2026-11-20-wizard-abc123.toml") && screen.contains("cannot be read"),
        "{screen}"
    );
}

fn then(step: Step) -> Msg {
    match step {
        Step::Then(msg) => msg,
        other => panic!("{other:?}"),
    }
}

/// The effects for real: a save under a regular file fails (as root too), the message names
/// the place, and saving elsewhere moves the session there.
#[test]
fn saving_elsewhere_for_real_moves_the_session_to_the_new_place() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("not-a-folder");
    fs::write(&blocker, "x").unwrap();
    let ctx = Context {
        session_file: None,
        sessions_dir: Some(dir.path().join("sessions")),
        ..Context::default()
    };
    let mut state = opened(SIZE, &blocker.join("s.toml"));
    through_setup(&mut state, "Nova");
    send(&mut state, [Msg::Digit(1)]);
    let Msg::SaveFailed {
        message, elsewhere, ..
    } = then(perform(Effect::Save, &state, &ctx))
    else {
        panic!("the save should fail");
    };
    assert!(message.contains("not-a-folder"), "{message}");
    assert_eq!(elsewhere, dir.path().join("sessions/s.toml"));
    // Saving onto an existing file is refused: nothing is replaced.
    let msg = then(perform(Effect::SaveAs(blocker.clone()), &state, &ctx));
    assert!(matches!(&msg, Msg::SaveFailed { message, .. } if message.contains("already exists")));
    assert_eq!(fs::read_to_string(&blocker).unwrap(), "x");
    // A folder means the same file name in it.
    let msg = then(perform(
        Effect::SaveAs(dir.path().to_path_buf()),
        &state,
        &ctx,
    ));
    let target = dir.path().join("s.toml");
    assert!(
        matches!(&msg, Msg::SavedAs(p, _) if *p == target),
        "{msg:?}"
    );
    send(&mut state, [msg]);
    assert!(!state.ui.unsaved);
    assert_eq!(state.doc().unwrap().session.path, target);
    assert!(
        fs::read_to_string(&target)
            .unwrap()
            .contains("legal = \"legal\"")
    );
    // From now on answers are saved there.
    send(&mut state, [Msg::Down, Msg::Enter]);
    assert!(matches!(
        then(perform(Effect::Save, &state, &ctx)),
        Msg::Saved(_)
    ));
    assert!(Path::new(&backup::previous(&target)).exists());
}

/// Opening a corrupt file for real: it is reported with its line, left untouched, and its
/// backup, once restored, opens with the corrupt file kept aside.
#[test]
fn an_unreadable_session_for_real_is_kept_and_its_backup_restored() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = Context::default();
    let path = dir.path().join("s.toml");
    let mut state = opened(SIZE, &path);
    through_setup(&mut state, "Nova");
    send(&mut state, [Msg::Digit(1)]);
    let doc = state.doc_mut().unwrap();
    store::save(&mut doc.session, &doc.fw, "2026-11-23T10:00:00Z").unwrap();
    store::save(&mut doc.session, &doc.fw, "2026-11-23T10:01:00Z").unwrap();
    fs::write(&path, "framework = \"wizard-fixture\"\n[answers\n").unwrap();

    let mut state = start_state(SIZE);
    let msg = then(perform(Effect::Open(path.clone()), &state, &ctx));
    let Msg::Unreadable {
        message, backup, ..
    } = &msg
    else {
        panic!("{msg:?}");
    };
    assert!(message.contains("s.toml:2:"), "{message}");
    assert_eq!(backup.as_deref(), Some(backup::previous(&path).as_path()));
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        "framework = \"wizard-fixture\"\n[answers\n"
    );
    send(&mut state, [msg]);
    let fx = send(&mut state, [Msg::Yes]);
    let msg = then(perform(fx[0].clone(), &state, &ctx));
    send(&mut state, [msg]);
    assert_eq!(
        wizard::answer(&state, "legal"),
        Some(Response::Choice("legal".into()))
    );
    let Some(Popup::Notice { title, lines }) = &state.ui.popup else {
        panic!("{:?}", state.ui.popup);
    };
    assert_eq!(title, "Backup opened");
    let aside = PathBuf::from(&lines[1]);
    assert_eq!(
        fs::read_to_string(aside).unwrap(),
        "framework = \"wizard-fixture\"\n[answers\n"
    );
}
