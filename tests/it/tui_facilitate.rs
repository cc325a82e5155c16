//! Facilitator aids in the wizard, through `update` and the real key map: the parking lot
//! (`f`), the next question still to settle (`w`) and the search line (`/`); and how they
//! show on the question, overview and review screens (snapshots at 80×24).

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::support::wizard;

use integra::answers::Response;
use integra::tui::app::Popup;
use integra::tui::{Effect, Msg, Screen, State, keymap, update};
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use wizard::{open_new, opened, render, send, session_path, start_state, status, through_setup};

const SIZE: (u16, u16) = (80, 24);

fn on_first_question() -> State {
    let mut state = opened(SIZE, &session_path());
    through_setup(&mut state, "Nova clinic");
    assert_eq!(state.screen(), Screen::Question);
    state
}

fn press(state: &mut State, code: KeyCode) -> Vec<Effect> {
    let event = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
    let msg = keymap::map(state, &event).expect("the key means something here");
    update(state, msg)
}

fn parked(state: &State) -> Vec<String> {
    state.doc().unwrap().session.workshop().parked.clone()
}

fn set(state: &mut State, id: &str, r: Response) {
    state.doc_mut().unwrap().session.answers_mut().set(id, r);
}

#[test]
fn f_parks_and_unparks_the_question_and_saves() {
    let mut state = on_first_question();
    assert_eq!(state.ui.question.id, "legal");
    let fx = press(&mut state, KeyCode::Char('f'));
    assert!(fx.contains(&Effect::Save));
    assert_eq!(parked(&state), ["legal"]);
    assert!(status(&state).contains("'legal'"), "{}", status(&state));
    assert!(render(&state).contains("[parked]"));
    press(&mut state, KeyCode::Char('f'));
    assert!(parked(&state).is_empty());
    assert!(!render(&state).contains("[parked]"));
}

#[test]
fn f_means_nothing_off_the_question_screen() {
    let mut state = on_first_question();
    send(&mut state, [Msg::Go(Screen::Overview)]);
    let event = Event::Key(KeyEvent::new(KeyCode::Char('f'), KeyModifiers::NONE));
    assert!(keymap::map(&state, &event).is_none());
}

#[test]
fn w_goes_to_the_next_unanswered_or_parked_question_going_round() {
    let mut state = on_first_question();
    // Visible: legal, site_notes, referral, package, staff (abortion is hidden).
    set(&mut state, "site_notes", Response::Text("ok".into()));
    set(&mut state, "referral", Response::Level(1));
    set(&mut state, "legal", Response::Choice("illegal".into()));
    state.doc_mut().unwrap().session.park("referral");
    press(&mut state, KeyCode::Char('w'));
    assert_eq!(state.ui.question.id, "referral", "parked counts as open");
    assert!(status(&state).contains("parked"), "{}", status(&state));
    press(&mut state, KeyCode::Char('w'));
    assert_eq!(state.ui.question.id, "package");
    press(&mut state, KeyCode::Char('w'));
    assert_eq!(state.ui.question.id, "staff");
    // Past the last it goes round to the start.
    press(&mut state, KeyCode::Char('w'));
    assert_eq!(state.ui.question.id, "referral");
}

#[test]
fn w_says_so_when_nothing_is_left_and_stays() {
    let mut state = on_first_question();
    set(&mut state, "legal", Response::Choice("illegal".into()));
    set(&mut state, "site_notes", Response::NotApplicable);
    set(&mut state, "referral", Response::Level(2));
    set(
        &mut state,
        "package",
        Response::Checklist(vec!["nsp".into()]),
    );
    set(&mut state, "staff", Response::Number(3.0));
    press(&mut state, KeyCode::Char('w'));
    assert_eq!(state.ui.question.id, "legal");
    assert!(
        status(&state).contains("none is parked"),
        "{}",
        status(&state)
    );
}

#[test]
fn w_from_the_overview_opens_the_first_open_question() {
    let mut state = on_first_question();
    set(&mut state, "legal", Response::Choice("illegal".into()));
    send(&mut state, [Msg::Go(Screen::Overview)]);
    press(&mut state, KeyCode::Char('w'));
    assert_eq!(state.screen(), Screen::Question);
    assert_eq!(state.ui.question.id, "site_notes");
}

fn search_for(state: &mut State, words: &str) {
    press(state, KeyCode::Char('/'));
    for c in words.chars() {
        press(state, KeyCode::Char(c));
    }
}

#[test]
fn the_search_line_finds_by_text_id_and_principle_and_enter_goes_there() {
    let mut state = on_first_question();
    // "referral" is the id and text of one question and the title of its principle.
    search_for(&mut state, "REFERRAL");
    let Some(Popup::Search { input, .. }) = &state.ui.popup else {
        panic!("the search line is open");
    };
    assert_eq!(input.as_str(), "REFERRAL");
    let screen = render(&state);
    assert!(screen.contains("3 questions match"), "{screen}");
    assert!(screen.contains("How many peer workers"), "{screen}");
    // Letters typed into the line are text, not commands ('q' does not quit).
    press(&mut state, KeyCode::Down);
    press(&mut state, KeyCode::Down);
    press(&mut state, KeyCode::Enter);
    assert!(state.ui.popup.is_none());
    assert_eq!(state.ui.question.id, "staff");
}

#[test]
fn the_search_ignores_accents_and_case_in_the_sessions_language() {
    let mut state = start_state(SIZE);
    open_new(&mut state, wizard::fixture(), "fr", &session_path());
    through_setup(&mut state, "Nova");
    send(&mut state, [Msg::Go(Screen::Overview)]);
    // The French text is "L'avortement est-il légal ?".
    search_for(&mut state, "LEGAL avortement");
    assert!(render(&state).contains("avortement"));
    press(&mut state, KeyCode::Enter);
    assert_eq!(state.screen(), Screen::Question);
    assert_eq!(state.ui.question.id, "legal");
}

#[test]
fn a_search_without_a_match_says_so_and_esc_closes_it() {
    let mut state = on_first_question();
    search_for(&mut state, "zebra");
    press(&mut state, KeyCode::Enter);
    assert!(status(&state).contains("'zebra'"), "{}", status(&state));
    assert!(matches!(state.ui.popup, Some(Popup::Search { .. })));
    press(&mut state, KeyCode::Esc);
    assert!(state.ui.popup.is_none());
    assert_eq!(state.ui.question.id, "legal");
}

#[test]
fn parked_questions_are_marked_on_the_screens_snapshot() {
    let mut state = on_first_question();
    press(&mut state, KeyCode::Char('f'));
    press(&mut state, KeyCode::Right);
    press(&mut state, KeyCode::Char('f'));
    state.ui.status = None;
    insta::assert_snapshot!("question-parked-80x24", render(&state));
    send(&mut state, [Msg::Go(Screen::Overview)]);
    insta::assert_snapshot!("overview-parked-80x24", render(&state));
    send(&mut state, [Msg::Go(Screen::Review)]);
    insta::assert_snapshot!("review-parked-80x24", render(&state));
}

#[test]
fn search_line_snapshot() {
    let mut state = on_first_question();
    search_for(&mut state, "referral");
    press(&mut state, KeyCode::Down);
    insta::assert_snapshot!("search-80x24", render(&state));
}
