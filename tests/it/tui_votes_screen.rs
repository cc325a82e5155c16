//! Workshop mode on screen: the setup screen's participants (added, given a role, removed), the question screen with votes (its
//! tallies, the voter in turn highlighted, divergence) at 80×24 and in projector mode, and
//! the vote keys in the footer and help only where there is a workshop.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::support::wizard;
use crate::tui_votes::{SIZE, votes_of, workshop};

use integra::answers::Response;
use integra::tui::app::SetupState;
use integra::tui::{Effect, Msg, Screen, State, keymap, update};
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use wizard::{answer, opened, render, send, session_path, through_setup, typed};

#[test]
fn the_setup_screen_says_initials_are_enough_and_shows_the_participants() {
    let mut state = opened(SIZE, &session_path());
    let before = render(&state);
    assert!(!before.contains("Workshop participants"), "{before}");
    send(&mut state, std::iter::repeat_n(Msg::Down, 7));
    send(&mut state, [Msg::Enter]);
    send(&mut state, typed("AB"));
    let screen = render(&state);
    assert!(screen.contains("Workshop participants"), "{screen}");
    assert!(screen.contains("Initials are enough"), "{screen}");
    assert!(screen.contains("Staff"), "{screen}");
    assert!(screen.contains("Ctrl+D remove"), "{screen}");
    state.ui.theme.present = true;
    let screen = render(&state);
    assert!(
        screen.contains("Initials are enough"),
        "the room sees it on the projector too:\n{screen}"
    );
    assert!(screen.contains("‹ Staff"), "{screen}");
}

#[test]
fn a_session_without_participants_shows_no_vote_keys() {
    let mut state = opened(SIZE, &session_path());
    through_setup(&mut state, "Nova clinic");
    let screen = render(&state);
    assert!(!screen.contains(" v "), "{screen}");
    let mut with = workshop(SIZE, &["staff"], "legal");
    assert!(render(&with).contains("v votes"));
    send(&mut with, [Msg::Help]);
    let help = render(&with);
    assert!(help.contains("vote entry on or off"), "{help}");
}

fn voting(size: (u16, u16), present: bool) -> State {
    let mut state = workshop(
        size,
        &["staff", "staff", "peer", "peer", "clinician"],
        "referral",
    );
    state.ui.theme.present = present;
    send(
        &mut state,
        [
            Msg::Votes,
            Msg::Digit(3),
            Msg::Digit(3),
            Msg::Digit(1),
            Msg::Digit(2),
        ],
    );
    state
}

#[test]
fn question_screen_with_votes_snapshot() {
    insta::assert_snapshot!("question-votes-80x24", render(&voting(SIZE, false)));
    insta::assert_snapshot!("question-votes-present-80x24", render(&voting(SIZE, true)));
    insta::assert_snapshot!(
        "question-votes-present-120x40",
        render(&voting((120, 40), true))
    );
}

#[test]
fn the_participant_whose_vote_is_next_is_highlighted() {
    use ratatui::style::Modifier;
    let state = voting(SIZE, false);
    let buffer = wizard::render_buffer(&state);
    let screen = render(&state);
    let y = u16::try_from(screen.lines().position(|l| l.contains("Votes:")).unwrap()).unwrap();
    let at = |name: &str| {
        let first = &name[..1];
        let second = &name[1..];
        (0..79u16)
            .find(|x| buffer[(*x, y)].symbol() == first && buffer[(x + 1, y)].symbol() == second)
            .unwrap()
    };
    let reversed = |x: u16| buffer[(x, y)].modifier.contains(Modifier::REVERSED);
    assert!(reversed(at("IJ")), "IJ votes next");
    assert!(!reversed(at("AB")), "AB has voted");
}

#[test]
fn a_long_list_of_participants_scrolls_to_keep_the_cursor_in_view() {
    let mut state = opened(SIZE, &session_path());
    send(&mut state, std::iter::repeat_n(Msg::Down, 7));
    for i in 0..12 {
        send(&mut state, [Msg::Enter]);
        send(&mut state, typed(&format!("P{i}")));
        send(&mut state, [Msg::Enter]);
    }
    let screen = render(&state);
    assert!(screen.contains("Add a participant"), "{screen}");
    assert!(
        screen.contains("P11") && !screen.contains("P0 "),
        "{screen}"
    );
    assert!(screen.contains('▲') && !screen.contains('▼'), "{screen}");
    send(&mut state, std::iter::repeat_n(Msg::Up, 12));
    let screen = render(&state);
    assert_eq!(state.ui.setup.person(), Some(0));
    assert!(screen.contains("‹ Staff"), "{screen}");
    assert!(screen.contains('▼') && !screen.contains('▲'), "{screen}");
    assert_eq!(state.doc().unwrap().session.participants().len(), 12);
}

#[test]
fn participants_are_added_named_given_a_role_and_removed_on_the_setup_screen() {
    let mut state = opened(SIZE, &session_path());
    // From the programme field down past Continue to "Add a participant".
    send(&mut state, std::iter::repeat_n(Msg::Down, 7));
    assert_eq!(state.ui.setup.focus, state.ui.setup.add_row());
    let fx = send(&mut state, [Msg::Enter]);
    assert!(fx.contains(&Effect::Save), "{fx:?}");
    assert_eq!(state.ui.setup.person(), Some(0));
    send(&mut state, typed("AB"));
    send(&mut state, [Msg::Enter, Msg::Enter]);
    // The second takes the first one's role; → makes it the next role.
    send(&mut state, [Msg::Right]);
    send(&mut state, [Msg::Enter, Msg::Enter, Msg::Left, Msg::Left]);
    send(&mut state, typed("EF"));
    send(&mut state, [Msg::Up]);
    let people = state.doc().unwrap().session.participants().to_vec();
    let got: Vec<(&str, Option<&str>, &str)> = people
        .iter()
        .map(|p| (p.id.as_str(), p.name.as_deref(), p.role.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("p1", Some("AB"), "staff"),
            ("p2", None, "peer"),
            ("p3", Some("EF"), "other"),
        ]
    );
    // Ctrl+D on the second removes them (and their votes); the others keep their ids.
    assert_eq!(state.ui.setup.person(), Some(1));
    let ctrl_d = Event::Key(KeyEvent::new(KeyCode::Char('d'), KeyModifiers::CONTROL));
    let msg = keymap::map(&state, &ctrl_d).unwrap();
    let fx = update(&mut state, msg);
    assert_eq!(fx, [Effect::Save]);
    let ids: Vec<String> = state
        .doc()
        .unwrap()
        .session
        .participants()
        .iter()
        .map(|p| p.id.clone())
        .collect();
    assert_eq!(ids, ["p1", "p3"]);
    // Continue still goes on to the first question.
    send(&mut state, std::iter::repeat_n(Msg::Up, 2));
    assert_eq!(state.ui.setup.focus, SetupState::CONTINUE);
    send(&mut state, [Msg::Enter]);
    assert_eq!(state.screen(), Screen::Question);
}

#[test]
fn a_click_on_an_answer_is_a_vote_and_space_counts_the_answer_under_the_cursor() {
    let mut state = workshop(SIZE, &["staff", "peer"], "referral");
    send(&mut state, [Msg::Votes]);
    let screen = render(&state);
    let row = screen.lines().position(|l| l.contains("Routine")).unwrap();
    let row = u16::try_from(row).unwrap();
    send(&mut state, [Msg::Click { column: 8, row }]);
    assert_eq!(
        votes_of(&state, "referral"),
        [("p1".into(), Response::Level(2))]
    );
    assert_eq!(
        answer(&state, "referral"),
        None,
        "a vote, not the consensus"
    );
    // Counting: Space adds one to the answer under the cursor (the first row here).
    send(&mut state, [Msg::Tally, Msg::Tally, Msg::Space, Msg::Space]);
    let counts = wizard::votes(&state, "referral").counts;
    assert_eq!(counts["0"], 2);
    assert_eq!(answer(&state, "referral"), None);
}

#[test]
fn a_room_of_twenty_five_keeps_the_voter_in_turn_in_view_in_three_lines() {
    let roles = ["staff", "peer", "clinician", "manager", "partner"].repeat(5);
    let mut state = workshop(SIZE, &roles, "referral");
    // No names: each is shown by role and number ("Manager 24"), five lines in all.
    let session = &mut state.doc_mut().unwrap().session;
    let mut people = session.participants().to_vec();
    for p in &mut people {
        p.name = None;
    }
    session.set_participants(people);
    send(&mut state, [Msg::Votes]);
    send(&mut state, std::iter::repeat_n(Msg::Digit(2), 22));
    let screen = render(&state);
    let strip: Vec<&str> = screen
        .lines()
        .filter(|l| l.contains(":2") || l.contains(":·") || l.contains("Consensus"))
        .collect();
    assert_eq!(strip.len(), 3, "{screen}");
    assert!(
        strip[0].contains('▲'),
        "earlier voters hidden above: {screen}"
    );
    // The 23rd is next, and in view with the consensus after the last.
    assert!(
        strip.iter().any(|l| l.contains("Clinician 23:·")),
        "{screen}"
    );
    assert!(strip.iter().any(|l| l.contains("Consensus")), "{screen}");
    assert!(
        screen.contains("Routine"),
        "the answers stay on screen: {screen}"
    );
}

#[test]
fn removing_someone_who_voted_asks_for_a_second_ctrl_d() {
    let mut state = workshop(SIZE, &["staff", "peer"], "referral");
    send(&mut state, [Msg::Votes, Msg::Digit(1), Msg::Digit(2)]);
    send(&mut state, [Msg::Go(Screen::Setup)]);
    send(&mut state, std::iter::repeat_n(Msg::Down, 8));
    assert_eq!(state.ui.setup.person(), Some(1));
    let fx = send(&mut state, [Msg::Clear]);
    assert!(fx.is_empty(), "{fx:?}");
    assert_eq!(state.doc().unwrap().session.participants().len(), 2);
    let said = state.ui.status.as_ref().unwrap().text.clone();
    assert_eq!(
        said,
        "'CD' has voted on 1 question: Ctrl+D again removes them with their votes; any other key keeps them."
    );
    // Another key keeps them; then two Ctrl+D remove them and their vote.
    send(&mut state, [Msg::Char('x'), Msg::Backspace, Msg::Clear]);
    assert_eq!(state.doc().unwrap().session.participants().len(), 2);
    let fx = send(&mut state, [Msg::Clear]);
    assert_eq!(fx, [Effect::Save]);
    assert_eq!(state.doc().unwrap().session.participants().len(), 1);
    assert_eq!(votes_of(&state, "referral").len(), 1);
}

#[test]
fn the_consensus_offer_is_wrapped_not_cut_in_russian() {
    let mut state = workshop(SIZE, &["staff", "peer", "peer"], "package");
    state.doc_mut().unwrap().session.sheet.language = Some("ru".into());
    send(&mut state, [Msg::Votes, Msg::Digit(1), Msg::Digit(2)]);
    let screen = render(&state);
    assert!(screen.contains("нажмите клавишу"), "{screen}");
    assert!(!screen.contains('…'), "{screen}");
}
