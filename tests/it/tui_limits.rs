//! The editor's length limit: a note (or free-text answer) takes at most
//! `answers::MAX_TEXT_CHARS` characters; typing more is refused, and the wizard says so.

use integra::answers::{MAX_TEXT_CHARS, Response};
use integra::tui::Msg;

use crate::support::wizard::{answer, opened, render, send, session_path, through_setup};

#[test]
fn a_note_takes_no_more_than_the_limit_and_says_so() {
    let mut state = opened((80, 24), &session_path());
    through_setup(&mut state, "Nova");
    let id = state.ui.question.id.clone();
    send(&mut state, [Msg::Note]);
    send(
        &mut state,
        std::iter::repeat_n(Msg::Char('x'), MAX_TEXT_CHARS),
    );
    assert!(state.ui.status.is_none(), "nothing refused yet");
    send(&mut state, [Msg::Char('y'), Msg::NewLine]);
    let status = state.ui.status.clone().unwrap();
    assert!(status.error);
    assert!(
        status.text.contains("at most 4000 characters"),
        "{status:?}"
    );
    assert!(render(&state).contains("at most 4000 characters"));
    send(&mut state, [Msg::Save]);
    let note = state
        .doc()
        .unwrap()
        .session
        .answers()
        .note(&id)
        .unwrap()
        .to_owned();
    assert_eq!(note.chars().count(), MAX_TEXT_CHARS);
    assert!(!note.contains('y'));
}

#[test]
fn a_free_text_answer_takes_no_more_than_the_limit() {
    let mut state = opened((80, 24), &session_path());
    through_setup(&mut state, "Nova");
    send(&mut state, [Msg::Digit(1), Msg::Enter]); // legal, then on to site_notes (text)
    assert_eq!(state.ui.question.id, "site_notes");
    send(&mut state, [Msg::Enter]);
    send(
        &mut state,
        std::iter::repeat_n(Msg::Char('z'), MAX_TEXT_CHARS + 5),
    );
    assert!(state.ui.status.as_ref().is_some_and(|s| s.error));
    send(&mut state, [Msg::Save]);
    let Some(Response::Text(text)) = answer(&state, "site_notes") else {
        panic!("no text answer");
    };
    assert_eq!(text.chars().count(), MAX_TEXT_CHARS);
}
