//! Workshop mode in the wizard, through `update`: vote entry on the question screen (a vote
//! per participant or role group in turn, anonymous counts, a number's range), divergence and
//! the consensus, and the keystroke budget measured through the real key map. What it draws
//! is in `tui_votes_screen`.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::support::wizard;

use integra::answers::{Response, YesNo};
use integra::session::workshop::Voter;
use integra::tui::app::VoteMode;
use integra::tui::{Effect, Msg, State, keymap, update};
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use wizard::{answer, opened, render, send, session_path, status, through_setup, typed};

pub const SIZE: (u16, u16) = (80, 24);

/// A new assessment with `roles.len()` participants (named AB, CD, …), on question `id`.
pub fn workshop(size: (u16, u16), roles: &[&str], id: &str) -> State {
    let mut state = opened(size, &session_path());
    through_setup(&mut state, "Nova clinic");
    let session = &mut state.doc_mut().unwrap().session;
    for (i, role) in roles.iter().enumerate() {
        let a = char::from(b'A' + u8::try_from(2 * i).unwrap());
        let b = char::from(b'B' + u8::try_from(2 * i).unwrap());
        session.add_participant(Some(format!("{a}{b}")), role);
    }
    integra::tui::update::show_question(&mut state, id);
    state
}

pub const SEVEN: [&str; 7] = [
    "staff",
    "staff",
    "peer",
    "peer",
    "clinician",
    "manager",
    "peer",
];

pub fn votes_of(state: &State, id: &str) -> Vec<(String, Response)> {
    state
        .doc()
        .unwrap()
        .session
        .votes(id)
        .map(|v| {
            v.by_participant
                .iter()
                .map(|(k, r)| (k.clone(), r.clone()))
                .collect()
        })
        .unwrap_or_default()
}

/// A key as the terminal sends it, through the wizard's real key map.
pub fn press(state: &mut State, code: KeyCode) -> Vec<Effect> {
    let event = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
    let msg = keymap::map(state, &event).expect("the key means something here");
    update(state, msg)
}

#[test]
fn seven_votes_and_a_consensus_take_nine_keys_on_the_real_key_map() {
    let mut state = workshop(SIZE, &SEVEN, "referral");
    // Abortion is legal here, so its question follows this one.
    let answers = state.doc_mut().unwrap().session.answers_mut();
    answers.set("legal", Response::Choice("legal".into()));
    let mut keys: Vec<KeyCode> = "v2232232".chars().map(KeyCode::Char).collect();
    keys.push(KeyCode::Enter);
    let mut pressed = 0;
    let mut fx = Vec::new();
    for k in keys {
        fx.extend(press(&mut state, k));
        pressed += 1;
    }
    assert!(pressed <= 9, "{pressed} keys");
    assert!(fx.contains(&Effect::Save));
    let votes = votes_of(&state, "referral");
    assert_eq!(votes.len(), 7, "{votes:?}");
    assert_eq!(votes[2], ("p3".into(), Response::Level(2)));
    assert_eq!(votes[5], ("p6".into(), Response::Level(2)));
    // Starting ×5, Routine ×2 (one level apart, within the gap): the median, Starting, is
    // the consensus.
    assert_eq!(answer(&state, "referral"), Some(Response::Level(1)));
    assert_ne!(state.ui.question.id, "referral", "Enter went on");
    assert!(
        state.ui.votes.on,
        "vote entry stays on for the next question"
    );
    assert_eq!(
        state.ui.votes.voter, 0,
        "the next question starts with the first voter"
    );
    assert_eq!(status(&state), "Consensus 'Starting' kept.");
    // On the next question vote entry is already on: seven votes and Enter, eight keys.
    let next = state.ui.question.id.clone();
    assert_eq!(next, "abortion");
    for k in "1112111".chars().map(KeyCode::Char).chain([KeyCode::Enter]) {
        press(&mut state, k);
    }
    assert_eq!(votes_of(&state, &next).len(), 7);
    assert_eq!(answer(&state, &next), Some(Response::YesNo(YesNo::Yes)));
}

#[test]
fn enter_before_the_last_voter_lets_the_rest_pass_and_goes_to_the_consensus() {
    let mut state = workshop(SIZE, &["staff", "peer", "peer"], "referral");
    send(&mut state, [Msg::Votes, Msg::Digit(2), Msg::Enter]);
    assert_eq!(state.ui.votes.voter, 3);
    assert_eq!(
        answer(&state, "referral"),
        None,
        "not yet: the room sees it first"
    );
    assert!(render(&state).contains("Enter accepts 'Starting'"));
    send(&mut state, [Msg::Enter]);
    assert_eq!(answer(&state, "referral"), Some(Response::Level(1)));
}

#[test]
fn divergent_votes_ask_for_discussion_and_a_key_sets_the_consensus() {
    let mut state = workshop(SIZE, &["staff", "peer", "peer"], "referral");
    send(
        &mut state,
        [Msg::Votes, Msg::Digit(3), Msg::Digit(1), Msg::Digit(1)],
    );
    assert_eq!(state.ui.votes.voter, 3, "the consensus is next");
    let fx = send(&mut state, [Msg::Enter]);
    assert!(fx.is_empty(), "{fx:?}");
    assert_eq!(
        answer(&state, "referral"),
        None,
        "no consensus taken for the room"
    );
    assert_eq!(state.ui.question.id, "referral");
    assert!(status(&state).contains("diverge"), "{}", status(&state));
    let screen = render(&state);
    assert!(
        screen.contains("The votes diverge, from 'Absent' to 'Routine'"),
        "{screen}"
    );
    // After the discussion: 2 is the consensus; it is the session's answer, votes unchanged.
    let fx = send(&mut state, [Msg::Digit(2)]);
    assert_eq!(fx, [Effect::Save]);
    assert_eq!(answer(&state, "referral"), Some(Response::Level(1)));
    assert_eq!(votes_of(&state, "referral").len(), 3);
    assert!(render(&state).contains("Consensus: 'Starting'"));
    send(&mut state, [Msg::Enter]);
    assert_ne!(state.ui.question.id, "referral");
}

#[test]
fn votes_within_the_gap_do_not_diverge_and_enter_accepts_the_median() {
    let mut state = workshop(SIZE, &["staff", "peer"], "referral");
    // Absent and Starting: 1 level apart on a 0–2 scale, not more than half of it.
    send(&mut state, [Msg::Votes, Msg::Digit(1), Msg::Digit(2)]);
    assert!(render(&state).contains("Enter accepts 'Absent'"));
    send(&mut state, [Msg::Enter]);
    // Two votes: the lower of the middle two, so a tie never raises the score.
    assert_eq!(answer(&state, "referral"), Some(Response::Level(0)));
}

#[test]
fn space_passes_backspace_takes_back_and_arrows_choose_the_voter() {
    let mut state = workshop(SIZE, &["staff", "peer", "peer"], "referral");
    send(
        &mut state,
        [Msg::Votes, Msg::Digit(3), Msg::Space, Msg::Digit(1)],
    );
    let ids: Vec<String> = votes_of(&state, "referral")
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    assert_eq!(ids, ["p1", "p3"], "p2 passed");
    send(&mut state, [Msg::Backspace]);
    assert_eq!(state.ui.votes.voter, 2, "back on the vote taken back");
    assert_eq!(votes_of(&state, "referral").len(), 1);
    send(&mut state, [Msg::Backspace]);
    assert_eq!(state.ui.votes.voter, 1, "back on the one passed over");
    send(&mut state, [Msg::Backspace, Msg::Backspace]);
    assert!(votes_of(&state, "referral").is_empty());
    assert_eq!(status(&state), "No vote to take back on this question.");
    // ↓ to the third, vote; ↑ to the first and change theirs.
    send(&mut state, [Msg::Down, Msg::Down, Msg::Digit(2)]);
    send(&mut state, [Msg::Home]);
    assert_eq!(state.ui.votes.voter, 3, "Home is not a voter move");
    send(&mut state, [Msg::Up, Msg::Up, Msg::Up, Msg::Digit(1)]);
    assert_eq!(
        votes_of(&state, "referral"),
        [
            ("p1".into(), Response::Level(0)),
            ("p3".into(), Response::Level(1)),
        ]
    );
    // A changed vote taken back returns to the earlier one.
    send(&mut state, [Msg::Up, Msg::Digit(3), Msg::Backspace]);
    assert_eq!(votes_of(&state, "referral")[0].1, Response::Level(0));
    // Leaving vote entry: digits answer for the room again.
    send(&mut state, [Msg::Votes, Msg::Digit(3)]);
    assert_eq!(answer(&state, "referral"), Some(Response::Level(2)));
    assert_eq!(votes_of(&state, "referral").len(), 2);
}

#[test]
fn anonymous_counts_by_pressing_a_level_repeatedly() {
    let mut state = workshop(SIZE, &["staff"], "referral");
    // c goes round: by role group, then anonymous counts.
    send(&mut state, [Msg::Votes, Msg::Tally, Msg::Tally]);
    assert_eq!(state.ui.votes.mode, VoteMode::Counts);
    // 2 × Absent, 4 × Starting, 1 × Routine, 1 × don't know.
    let mut keys = vec![Msg::Digit(1), Msg::Digit(1)];
    keys.extend(std::iter::repeat_n(Msg::Digit(2), 4));
    keys.extend([Msg::Digit(3), Msg::DontKnow, Msg::DontKnow, Msg::Backspace]);
    send(&mut state, keys);
    let counts = wizard::votes(&state, "referral").counts;
    let got: Vec<(&str, u32)> = counts.iter().map(|(k, n)| (k.as_str(), *n)).collect();
    assert_eq!(got, [("0", 2), ("1", 4), ("2", 1), ("dont_know", 1)]);
    assert!(votes_of(&state, "referral").is_empty(), "no named votes");
    // The histogram: each level's bar and count beside it.
    let screen = render(&state);
    let line = screen.lines().find(|l| l.contains("Starting")).unwrap();
    assert!(line.contains("████████   4"), "{screen}");
    // Absent to Routine spans the whole scale: divergent, so Enter asks for discussion.
    send(&mut state, [Msg::Enter]);
    assert_eq!(answer(&state, "referral"), None);
    assert!(status(&state).contains("press v"), "{}", status(&state));
}

#[test]
fn every_question_kind_takes_votes() {
    // Yes / partly / no, one key per participant.
    let mut state = workshop(SIZE, &["staff", "peer", "peer"], "legal");
    send(
        &mut state,
        [Msg::Votes, Msg::Digit(1), Msg::Digit(1), Msg::Digit(2)],
    );
    send(&mut state, [Msg::Enter]);
    assert_eq!(
        answer(&state, "legal"),
        Some(Response::Choice("legal".into())),
        "the most common choice"
    );
    integra::tui::update::show_question(&mut state, "abortion");
    send(&mut state, [Msg::Digit(1), Msg::Digit(2), Msg::Digit(2)]);
    assert_eq!(
        votes_of(&state, "abortion")[2].1,
        Response::YesNo(YesNo::Partial)
    );
    send(&mut state, [Msg::Enter]);
    assert_eq!(
        answer(&state, "abortion"),
        Some(Response::YesNo(YesNo::Partial))
    );
    // A checklist counts per option; options most of the room ticked are the consensus.
    integra::tui::update::show_question(&mut state, "package");
    send(
        &mut state,
        [Msg::Digit(1), Msg::Digit(1), Msg::Digit(2), Msg::Digit(1)],
    );
    let counts = wizard::votes(&state, "package").counts;
    assert_eq!(counts["hiv_test"], 3);
    assert_eq!(counts["nsp"], 1);
    send(&mut state, [Msg::Enter]);
    assert_eq!(
        answer(&state, "package"),
        Some(Response::Checklist(vec!["hiv_test".into()]))
    );
    // A number: the room's range, typed through the key map.
    integra::tui::update::show_question(&mut state, "staff");
    for c in "3-12".chars() {
        press(&mut state, KeyCode::Char(c));
    }
    let fx = press(&mut state, KeyCode::Enter);
    assert_eq!(fx, [Effect::Save]);
    let range = state.doc().unwrap().session.votes("staff").unwrap().range;
    assert_eq!(range, Some((3.0, 12.0)));
    assert!(render(&state).contains("The room's figures: 3 to 12."));
    send(&mut state, typed("x"));
    send(&mut state, [Msg::Enter]);
    assert!(
        status(&state).contains("'x' is not a range"),
        "{}",
        status(&state)
    );
    // Free text takes none: the keys work as without vote entry.
    integra::tui::update::show_question(&mut state, "site_notes");
    assert!(render(&state).contains("Votes are not taken on free-text questions."));
}

#[test]
fn votes_are_kept_in_the_session_file() {
    let mut state = workshop(SIZE, &["staff", "peer"], "referral");
    send(&mut state, [Msg::Votes, Msg::Digit(3), Msg::Digit(1)]);
    let v = wizard::votes(&state, "referral");
    let named: Vec<(Voter, Response)> = v.named().map(|(w, r)| (w, r.clone())).collect();
    assert_eq!(
        named,
        [
            (Voter::Participant("p1".into()), Response::Level(2)),
            (Voter::Participant("p2".into()), Response::Level(0)),
        ]
    );
    let text = state.doc().unwrap().session.to_toml();
    assert!(text.contains("[session.votes.referral"), "{text}");
}

#[test]
fn votes_that_point_at_no_answer_ask_for_the_consensus_key() {
    // Two "not applicable" votes: nothing that scores, so nothing to offer.
    let mut state = workshop(SIZE, &["staff", "peer"], "referral");
    send(
        &mut state,
        [Msg::Votes, Msg::NotApplicable, Msg::NotApplicable],
    );
    assert_eq!(votes_of(&state, "referral")[0].1, Response::NotApplicable);
    send(&mut state, [Msg::Enter]);
    assert_eq!(answer(&state, "referral"), None);
    assert_eq!(state.ui.question.id, "referral");
    assert!(
        status(&state).contains("no single answer"),
        "{}",
        status(&state)
    );
    send(&mut state, [Msg::NotApplicable]);
    assert_eq!(answer(&state, "referral"), Some(Response::NotApplicable));
    // A tie between two choices is offered as the session layer offers it: the first listed.
    let mut state = workshop(SIZE, &["staff", "peer"], "legal");
    send(
        &mut state,
        [Msg::Votes, Msg::Digit(2), Msg::Digit(1), Msg::Enter],
    );
    assert_eq!(
        answer(&state, "legal"),
        Some(Response::Choice("legal".into()))
    );
}

#[test]
fn coming_back_to_a_question_resumes_with_the_first_participant_without_a_vote() {
    let mut state = workshop(SIZE, &["staff", "peer", "peer"], "referral");
    send(&mut state, [Msg::Votes, Msg::Digit(1), Msg::Digit(2)]);
    send(&mut state, [Msg::Right, Msg::Left]);
    assert_eq!(state.ui.question.id, "referral");
    assert!(state.ui.votes.on);
    assert_eq!(state.ui.votes.voter, 2);
    // Backspace has nothing of this visit to take back: the earlier votes stay.
    send(&mut state, [Msg::Backspace]);
    assert_eq!(votes_of(&state, "referral").len(), 2);
    // Another assessment starts with vote entry off.
    wizard::open_new(&mut state, wizard::fixture(), "en", &session_path());
    assert!(!state.ui.votes.on);
}

#[test]
fn role_groups_vote_in_turn_as_one() {
    let mut state = workshop(SIZE, &["staff", "peer", "peer"], "referral");
    send(&mut state, [Msg::Votes, Msg::Tally]);
    assert_eq!(state.ui.votes.mode, VoteMode::Roles);
    let screen = render(&state);
    assert!(
        screen.contains("Votes: Staff:·  Peer / community:·  Consensus"),
        "the roles the room has, in the framework's order:\n{screen}"
    );
    send(&mut state, [Msg::Digit(3), Msg::Digit(2)]);
    let v = wizard::votes(&state, "referral");
    let named: Vec<(Voter, Response)> = v.named().map(|(w, r)| (w, r.clone())).collect();
    assert_eq!(
        named,
        [
            (Voter::Role("peer".into()), Response::Level(1)),
            (Voter::Role("staff".into()), Response::Level(2)),
        ]
    );
    send(&mut state, [Msg::Backspace]);
    assert_eq!(state.ui.votes.voter, 1);
    send(&mut state, [Msg::Digit(3), Msg::Enter]);
    // Two role votes, Routine twice.
    assert_eq!(answer(&state, "referral"), Some(Response::Level(2)));
    // Without participants, `v` counts and `c` votes by every role the framework offers.
    let mut state = opened(SIZE, &session_path());
    through_setup(&mut state, "Nova clinic");
    integra::tui::update::show_question(&mut state, "referral");
    send(&mut state, [Msg::Votes]);
    assert_eq!(state.ui.votes.mode, VoteMode::People);
    assert!(render(&state).contains("Counting: each key adds one"));
    send(&mut state, [Msg::Tally]);
    assert_eq!(state.ui.votes.mode, VoteMode::Roles);
    let screen = render(&state);
    assert!(screen.contains("Clinician:·"), "{screen}");
    send(&mut state, [Msg::Tally]);
    assert_eq!(state.ui.votes.mode, VoteMode::Counts);
    send(&mut state, [Msg::Tally]);
    assert_eq!(
        state.ui.votes.mode,
        VoteMode::Roles,
        "no participants to vote in turn"
    );
}
