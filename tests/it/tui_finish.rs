//! The wizard's fit and finish (issue 14), through `update` and the `TestBackend`: Enter
//! never records an answer nobody chose, `u` undoes, flags given win on the start screen,
//! long and many options, a framework without the chosen language, the export's keys,
//! scrolling windows, the editor's keys, fixing from the review, and the small things.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::support::wizard;

use std::path::{Path, PathBuf};

use integra::answers::Response;
use integra::framework::{Framework, from_path};
use integra::session::Summary;
use integra::tui::app::{StartState, UNDO_DEPTH};
use integra::tui::{Config, Effect, Msg, Screen, State};
use wizard::{
    answer, opened, render, send, session_path, start_state, status, through_setup, typed,
};

const SIZE: (u16, u16) = (80, 24);

fn many_options() -> Framework {
    from_path(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tui/many-options.toml"))
        .unwrap()
}

/// A new assessment of the many-options framework, on its first question.
fn on_many(size: (u16, u16)) -> State {
    let mut state = start_state(size);
    wizard::open_new(&mut state, many_options(), "en", &session_path());
    through_setup(&mut state, "Harbour outreach");
    state
}

#[test]
fn enter_on_an_unanswered_question_moves_on_without_answering() {
    let mut state = opened(SIZE, &session_path());
    through_setup(&mut state, "Nova");
    assert!(render(&state).contains("Enter skip"), "the footer says so");
    let fx = send(&mut state, [Msg::Enter]);
    assert_eq!(answer(&state, "legal"), None, "nobody chose option 1");
    assert_eq!(state.ui.question.id, "site_notes");
    assert_eq!(fx, [Effect::Save], "only the position is saved");
    assert!(
        status(&state).starts_with("Left unanswered"),
        "{}",
        status(&state)
    );
    // Once the person points at a row, Enter records it.
    send(&mut state, [Msg::Left, Msg::Down, Msg::Enter]);
    assert_eq!(
        answer(&state, "legal"),
        Some(Response::Choice("restricted".into()))
    );
    // On an answered question Enter keeps the answer and goes on.
    send(&mut state, [Msg::Left]);
    assert!(render(&state).contains("Enter choose+next"));
    send(&mut state, [Msg::Enter]);
    assert_eq!(
        answer(&state, "legal"),
        Some(Response::Choice("restricted".into()))
    );
    assert_eq!(state.ui.question.id, "site_notes");
}

#[test]
fn u_undoes_answers_notes_and_not_applicable_one_at_a_time() {
    let mut state = opened(SIZE, &session_path());
    through_setup(&mut state, "Nova");
    send(&mut state, [Msg::Digit(1), Msg::Digit(3)]);
    send(&mut state, [Msg::Note]);
    send(&mut state, typed("asked the lawyer"));
    send(&mut state, [Msg::Enter, Msg::Right, Msg::NotApplicable]);
    assert_eq!(answer(&state, "site_notes"), Some(Response::NotApplicable));
    assert!(render(&state).contains("u undo"), "the footer offers it");

    assert_eq!(send(&mut state, [Msg::Undo]), [Effect::Save]);
    assert_eq!(answer(&state, "site_notes"), None);
    assert_eq!(
        status(&state),
        "Undone: the last change to 'Anything about the site the team should know?'."
    );
    send(&mut state, [Msg::Undo]);
    let note = |s: &State| {
        s.doc()
            .unwrap()
            .session
            .answers()
            .note("legal")
            .map(str::to_owned)
    };
    assert_eq!(note(&state), None, "the note is undone");
    assert_eq!(
        state.ui.question.id, "legal",
        "the question undone is shown"
    );
    send(&mut state, [Msg::Undo]);
    assert_eq!(
        answer(&state, "legal"),
        Some(Response::Choice("legal".into()))
    );
    send(&mut state, [Msg::Undo]);
    assert_eq!(answer(&state, "legal"), None);
    assert_eq!(send(&mut state, [Msg::Undo]), []);
    assert_eq!(status(&state), "Nothing to undo.");
}

#[test]
fn undo_keeps_the_last_fifty_changes() {
    let mut state = opened(SIZE, &session_path());
    through_setup(&mut state, "Nova");
    for i in 0..UNDO_DEPTH + 10 {
        send(&mut state, [Msg::Digit(u8::try_from(i % 3).unwrap() + 1)]);
    }
    assert_eq!(state.ui.undo.len(), UNDO_DEPTH);
}

fn saved(name: &str) -> Summary {
    Summary {
        path: PathBuf::from(format!("/sessions/{name}.toml")),
        programme: Some(name.into()),
        date: Some("2026-11-20".into()),
        framework: "wizard-fixture".into(),
        updated: None,
        percent: Some(40),
        problem: None,
    }
}

#[test]
fn flags_given_on_the_command_line_win_on_the_start_screen() {
    let config = |preselect_new| Config {
        sessions: vec![saved("Nova clinic")],
        language: Some("fr".into()),
        preselect_new,
        ..wizard::config(SIZE)
    };
    // Without flags, the unfinished session is offered first.
    assert_eq!(
        State::new(config(false)).ui.start.cursor,
        StartState::ROW_SESSIONS
    );
    // With --framework or --lang, Enter starts what the screen shows.
    let mut state = State::new(config(true));
    assert_eq!(state.ui.start.cursor, StartState::ROW_NEW);
    assert_eq!(
        send(&mut state, [Msg::Enter]),
        [Effect::Create {
            framework: 0,
            language: "fr".into()
        }]
    );
}

#[test]
fn a_framework_without_the_chosen_language_says_so_and_keeps_integras_language() {
    let mut state = State::new(Config {
        frameworks: vec![wizard::fixture(), many_options()],
        language: Some("fr".into()),
        ..wizard::config(SIZE)
    });
    // Changing framework keeps French: the many-options framework is English only.
    send(&mut state, [Msg::Home, Msg::Right]);
    assert_eq!(state.ui.start.language_code(), "fr");
    assert_eq!(state.lang(), "fr", "integra's own words stay French");
    let screen = render(&state);
    assert!(
        screen.contains("n'existe qu'en English"),
        "which languages it has:\n{screen}"
    );
    // ←→ on Language still changes it.
    send(&mut state, [Msg::Down, Msg::Right]);
    assert_eq!(state.ui.start.language_code(), "es");
    send(&mut state, [Msg::Left, Msg::Left]);
    assert_eq!(state.ui.start.language_code(), "en");
    assert!(!render(&state).contains("English only"));
    // Opened in French, its questions show in English with a note, the wizard in French.
    wizard::open_new(&mut state, many_options(), "fr", &session_path());
    assert!(status(&state).contains("anglais"), "{}", status(&state));
    through_setup(&mut state, "Port");
    let screen = render(&state);
    assert!(screen.contains("Where are services"), "{screen}");
    assert!(screen.contains("Référentiel en anglais"), "{screen}");
    assert!(screen.contains("Réponses : 0 sur 2"), "{screen}");
}

#[test]
fn long_options_wrap_whole_words_and_the_tenth_has_the_digit_0() {
    for width in [60u16, 80, 120, 200] {
        let mut state = on_many((width.max(80), 40));
        state.ui.size = (width, 40);
        if state.too_small() {
            // Below 80 columns the wizard asks for a larger window; wrapping is tested at
            // 80 and up, the narrowest it lays out.
            continue;
        }
        let screen = render(&state);
        let text: String = screen
            .lines()
            .map(|l| l.trim_matches(|c| c == '"' || c == ' ' || c == '│'))
            .collect::<Vec<_>>()
            .join(" ");
        let squeezed = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            squeezed.contains(
                "Antenatal care offering prevention of vertical HIV transmission for pregnant women who use drugs"
            ),
            "{width} columns: nothing lost\n{screen}"
        );
        // The digits line up in one column, 0 for the tenth.
        let col = |key: &str, label: &str| {
            screen
                .lines()
                .find(|l| l.contains(label))
                .and_then(|l| l.find(&format!("{key} ( )")))
        };
        assert_eq!(
            col("9", "sexual and"),
            col("0", "A tenth place"),
            "{screen}"
        );
    }
    let mut state = on_many((80, 40));
    assert!(render(&state).contains("1-9 0 choose"));
    send(&mut state, [Msg::Help]);
    assert!(render(&state).contains("the tenth option"));
    send(&mut state, [Msg::Back]);
    send(&mut state, [Msg::Digit(0)]);
    assert_eq!(
        answer(&state, "where"),
        Some(Response::Choice("o10".into()))
    );
}

#[test]
fn a_digit_beyond_the_list_and_missing_specials_say_so() {
    let mut state = opened(SIZE, &session_path());
    through_setup(&mut state, "Nova");
    assert_eq!(send(&mut state, [Msg::Digit(5)]), []);
    assert_eq!(
        status(&state),
        "There is no option 5 here: choose from 1 to 3."
    );
    assert_eq!(send(&mut state, [Msg::DontKnow]), []);
    assert_eq!(status(&state), "This question does not offer 'don't know'.");
    // Where they are offered, d and a answer at once, and the rows name their keys.
    send(&mut state, [Msg::Right, Msg::Right]);
    assert_eq!(state.ui.question.id, "referral");
    let screen = render(&state);
    assert!(screen.contains("a ( ) Not applicable"), "{screen}");
    assert!(screen.contains("d ( ) Don't know"), "{screen}");
    send(&mut state, [Msg::DontKnow]);
    assert_eq!(answer(&state, "referral"), Some(Response::DontKnow));
    send(&mut state, [Msg::NotApplicable]);
    assert_eq!(answer(&state, "referral"), Some(Response::NotApplicable));
}

#[test]
fn export_enter_writes_from_any_row_and_space_ticks() {
    let mut state = opened(SIZE, &session_path());
    through_setup(&mut state, "Nova");
    send(&mut state, [Msg::Go(Screen::Export), Msg::Home]);
    let before = state.ui.export.formats[0].1;
    assert_eq!(send(&mut state, [Msg::Space]), []);
    assert_ne!(state.ui.export.formats[0].1, before, "Space ticks");
    let fx = send(&mut state, [Msg::Enter]);
    assert!(
        matches!(fx.as_slice(), [Effect::Export(_)]),
        "Enter writes, on a format's row too: {fx:?}"
    );
}

#[test]
fn the_editor_cancels_on_esc_and_keeps_on_enter() {
    let mut state = opened(SIZE, &session_path());
    through_setup(&mut state, "Nova");
    send(&mut state, [Msg::Note]);
    send(&mut state, typed("first"));
    send(&mut state, [Msg::Enter]);
    let note = |s: &State| {
        s.doc()
            .unwrap()
            .session
            .answers()
            .note("legal")
            .map(str::to_owned)
    };
    assert_eq!(note(&state).as_deref(), Some("first"));
    send(&mut state, [Msg::Note]);
    send(&mut state, typed(" and more"));
    let screen = render(&state);
    for hint in ["Enter keep", "Esc cancel", "Ctrl+J new line"] {
        assert!(screen.contains(hint), "{hint}:\n{screen}");
    }
    assert_eq!(send(&mut state, [Msg::Back]), []);
    assert!(state.ui.popup.is_none());
    assert_eq!(note(&state).as_deref(), Some("first"), "Esc cancelled");
}

#[test]
fn fixing_an_answer_from_the_review_returns_to_the_review() {
    let mut state = opened(SIZE, &session_path());
    through_setup(&mut state, "Nova");
    send(&mut state, [Msg::Digit(3), Msg::Go(Screen::Review)]);
    send(&mut state, [Msg::Home, Msg::Enter]);
    assert_eq!(
        (state.screen(), state.ui.question.id.as_str()),
        (Screen::Question, "legal")
    );
    send(&mut state, [Msg::Up, Msg::Enter]);
    assert_eq!(
        answer(&state, "legal"),
        Some(Response::Choice("restricted".into()))
    );
    assert_eq!(
        state.screen(),
        Screen::Review,
        "back where the fixing began"
    );
    assert_eq!(state.ui.review.index, 0);
    // Esc from the review then goes where it went before, not into the question again.
    send(&mut state, [Msg::Back]);
    assert_ne!(state.screen(), Screen::Question);
}

#[test]
fn low_coverage_is_not_drawn_as_success() {
    let mut state = opened(SIZE, &session_path());
    through_setup(&mut state, "Nova");
    // Referral system: 'referral' "don't know", 'abortion' hidden, 'package' one tick:
    // two of its questions unanswered, the one answered scoring well.
    send(&mut state, [Msg::Digit(3), Msg::Right, Msg::Right]);
    send(&mut state, [Msg::DontKnow, Msg::Right]);
    send(&mut state, [Msg::Digit(1), Msg::Digit(2), Msg::Digit(3)]);
    send(&mut state, [Msg::Go(Screen::Results)]);
    let screen = render(&state);
    let row = screen
        .lines()
        .find(|l| l.contains("Referral system"))
        .unwrap();
    assert!(!row.contains("████████████"), "not a full bar: {row}");
    assert!(row.contains('▒'), "the unsure part shows: {row}");
    assert!(row.contains("1/3 answered"), "{row}");
    assert!(screen.contains("Provisional"), "{screen}");
    insta::assert_snapshot!("results-low-coverage-80x24", screen);
}

#[test]
fn the_title_bar_keeps_the_programme_with_one_ellipsis_at_most() {
    let mut state = opened(SIZE, &session_path());
    through_setup(
        &mut state,
        "Harbour harm reduction and sexual health outreach programme",
    );
    let title = render(&state).lines().next().unwrap().to_owned();
    assert!(title.matches('…').count() <= 1, "{title}");
    assert!(title.contains("Harbour harm reduction"), "{title}");
}

#[test]
fn the_french_setup_subtitle_wraps_instead_of_being_cut() {
    let mut state = start_state(SIZE);
    wizard::open_new(&mut state, wizard::fixture(), "fr", &session_path());
    let screen = render(&state);
    let text = screen
        .lines()
        .map(|l| l.trim_matches(|c| c == '"' || c == ' '))
        .collect::<Vec<_>>()
        .join(" ");
    assert!(text.contains("m pour y revenir."), "{screen}");
}

#[test]
fn enter_through_an_empty_text_answer_goes_on_instead_of_looping() {
    let mut state = opened(SIZE, &session_path());
    through_setup(&mut state, "Nova");
    send(&mut state, [Msg::Enter]);
    assert_eq!(state.ui.question.id, "site_notes");
    // Enter opens the editor ("write"); Enter with nothing written goes on, unanswered.
    send(&mut state, [Msg::Enter]);
    assert!(matches!(
        state.ui.popup,
        Some(integra::tui::app::Popup::Editor { .. })
    ));
    send(&mut state, [Msg::Enter]);
    assert!(state.ui.popup.is_none());
    assert_eq!(state.ui.question.id, "referral");
    assert_eq!(answer(&state, "site_notes"), None);
}
