//! Action owners and due dates entered in the wizard: on the results, digits put the cursor
//! on an action, `t` opens the owner / due date form, a due date must be a real day written
//! YYYY-MM-DD, and what is kept is in the session (which the reports print). Through
//! `update` and the real key map; snapshots at 80×24.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::support::wizard;

use integra::answers::Response;
use integra::session::workshop::ActionPlan;
use integra::tui::app::Popup;
use integra::tui::{Effect, Msg, Screen, State, keymap, update};
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use wizard::{opened, render, send, session_path, through_setup};

const SIZE: (u16, u16) = (80, 24);

/// Results with three actions: referral (Absent), package (nothing ticked), staff (none).
fn on_results() -> State {
    let mut state = opened(SIZE, &session_path());
    through_setup(&mut state, "Nova clinic");
    let answers = state.doc_mut().unwrap().session.answers_mut();
    answers.set("legal", Response::Choice("illegal".into()));
    answers.set("referral", Response::Level(0));
    answers.set("package", Response::Checklist(vec!["condoms".into()]));
    answers.set("staff", Response::Number(0.0));
    send(&mut state, [Msg::Go(Screen::Results)]);
    state
}

fn press(state: &mut State, code: KeyCode) -> Vec<Effect> {
    let event = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
    let msg = keymap::map(state, &event).expect("the key means something here");
    update(state, msg)
}

fn typing(state: &mut State, text: &str) -> Vec<Effect> {
    text.chars()
        .flat_map(|c| press(state, KeyCode::Char(c)))
        .collect()
}

fn plan(state: &State, id: &str) -> Option<ActionPlan> {
    state.doc().unwrap().session.action_plan(id).cloned()
}

fn form_question(state: &State) -> String {
    match &state.ui.popup {
        Some(Popup::Action(f)) => f.question.clone(),
        other => panic!("the action form is open, not {other:?}"),
    }
}

#[test]
fn t_edits_the_owner_and_due_date_of_the_action_under_the_cursor() {
    let mut state = on_results();
    press(&mut state, KeyCode::Char('t'));
    let first = form_question(&state);
    // Letters are text in the form: 'q' does not quit, 't' does not reopen.
    typing(&mut state, "MK team");
    press(&mut state, KeyCode::Enter);
    let fx = typing(&mut state, "2027-01-31");
    assert!(fx.is_empty(), "nothing is kept before Enter");
    assert_eq!(plan(&state, &first), None);
    let fx = press(&mut state, KeyCode::Enter);
    assert!(fx.contains(&Effect::Save));
    assert!(state.ui.popup.is_none());
    assert_eq!(
        plan(&state, &first),
        Some(ActionPlan {
            owner: Some("MK team".into()),
            due: Some("2027-01-31".into()),
        })
    );
    assert!(render(&state).contains("Owner: MK team · due: 2027-01-31"));
}

#[test]
fn a_due_date_that_is_not_a_day_is_refused_with_a_clear_message() {
    let mut state = on_results();
    press(&mut state, KeyCode::Char('t'));
    let id = form_question(&state);
    press(&mut state, KeyCode::Down);
    typing(&mut state, "2027-02-30");
    let fx = press(&mut state, KeyCode::Enter);
    assert!(fx.is_empty());
    let Some(Popup::Action(f)) = &state.ui.popup else {
        panic!("the form stays open");
    };
    let error = f.error.clone().unwrap();
    assert!(
        error.contains("'2027-02-30'") && error.contains("YYYY-MM-DD"),
        "{error}"
    );
    assert!(render(&state).contains("is not a date"));
    assert_eq!(plan(&state, &id), None);
    // Mended, it is kept.
    press(&mut state, KeyCode::Backspace);
    press(&mut state, KeyCode::Backspace);
    typing(&mut state, "28");
    press(&mut state, KeyCode::Enter);
    assert_eq!(
        plan(&state, &id).unwrap().due.as_deref(),
        Some("2027-02-28")
    );
}

#[test]
fn digits_choose_the_action_and_esc_leaves_it_as_it_was() {
    let mut state = on_results();
    press(&mut state, KeyCode::Char('t'));
    let first = form_question(&state);
    press(&mut state, KeyCode::Esc);
    press(&mut state, KeyCode::Char('2'));
    press(&mut state, KeyCode::Char('t'));
    let second = form_question(&state);
    assert_ne!(first, second);
    typing(&mut state, "AB");
    press(&mut state, KeyCode::Esc);
    assert!(state.ui.popup.is_none());
    assert_eq!(plan(&state, &second), None);
    // A number past the list says so.
    press(&mut state, KeyCode::Char('9'));
    let status = state.ui.status.clone().unwrap().text;
    assert!(status.contains("no action 9"), "{status}");
}

#[test]
fn an_owner_already_set_is_offered_and_clearing_both_removes_the_plan() {
    let mut state = on_results();
    press(&mut state, KeyCode::Char('t'));
    let id = form_question(&state);
    press(&mut state, KeyCode::Esc);
    let session = &mut state.doc_mut().unwrap().session;
    session.set_action_owner(&id, Some("MK".into()));
    press(&mut state, KeyCode::Char('t'));
    let Some(Popup::Action(f)) = &state.ui.popup else {
        panic!("the form is open");
    };
    assert_eq!(f.owner.as_str(), "MK");
    press(&mut state, KeyCode::Backspace);
    press(&mut state, KeyCode::Backspace);
    press(&mut state, KeyCode::Enter);
    let fx = press(&mut state, KeyCode::Enter);
    assert!(fx.contains(&Effect::Save));
    assert!(plan(&state, &id).is_none_or(|p| p.owner.is_none() && p.due.is_none()));
}

#[test]
fn t_means_nothing_off_the_results() {
    let mut state = on_results();
    send(&mut state, [Msg::Go(Screen::Review)]);
    let event = Event::Key(KeyEvent::new(KeyCode::Char('t'), KeyModifiers::NONE));
    assert!(keymap::map(&state, &event).is_none());
}

#[test]
fn results_with_owners_and_the_form_snapshot() {
    let mut state = on_results();
    press(&mut state, KeyCode::Char('2'));
    press(&mut state, KeyCode::Char('t'));
    typing(&mut state, "MK");
    press(&mut state, KeyCode::Enter);
    typing(&mut state, "2027-13");
    press(&mut state, KeyCode::Enter);
    insta::assert_snapshot!("action-form-80x24", render(&state));
    typing(&mut state, "");
    for _ in 0..7 {
        press(&mut state, KeyCode::Backspace);
    }
    typing(&mut state, "2027-03-01");
    press(&mut state, KeyCode::Enter);
    state.ui.status = None;
    // The actions are at the end of the results: scroll there.
    send(&mut state, [Msg::End]);
    insta::assert_snapshot!("results-actions-80x24", render(&state));
}

#[test]
fn an_owner_entered_in_the_wizard_reaches_the_reports_action_plan() {
    let mut state = on_results();
    press(&mut state, KeyCode::Char('t'));
    let id = form_question(&state);
    typing(&mut state, "MK");
    press(&mut state, KeyCode::Enter);
    typing(&mut state, "2027-01-31");
    press(&mut state, KeyCode::Enter);
    let doc = state.doc().unwrap();
    let card = integra::scoring::score(&doc.fw, doc.session.answers(), doc.lang());
    let ctx =
        integra::tui::compare::context(&doc.fw, &doc.session, &card, None, integra::i18n::Lang::En);
    let item = ctx
        .action_plan
        .iter()
        .flat_map(|g| &g.actions)
        .find(|a| a.question == id)
        .unwrap();
    assert_eq!(
        (item.owner.as_deref(), item.due.as_deref()),
        (Some("MK"), Some("2027-01-31"))
    );
}
