//! Every screen of the wizard drawn on a `TestBackend` at 80×24 (the smallest it supports)
//! and 120×40, and checked against snapshots. The fixture framework is the wizard's own
//! (tests/fixtures/tui/wizard.toml), so shipped content changes do not churn these.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::support::wizard;

use std::path::PathBuf;

use integra::tui::{Msg, Screen, State};
use wizard::{opened, render, send, session_path, start_state, through_setup, typed};

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

/// Snapshots `state` at both sizes, as `NAME-WxH`.
fn snap(name: &str, make: impl Fn((u16, u16)) -> State) {
    for size in SIZES {
        let state = make(size);
        insta::assert_snapshot!(format!("{name}-{}x{}", size.0, size.1), render(&state));
    }
}

/// An assessment part-way through: facts given, three answers, a note.
fn midway(size: (u16, u16)) -> State {
    let mut state = opened(size, &session_path());
    through_setup(&mut state, "Nova harm reduction clinic");
    send(&mut state, [Msg::Digit(2), Msg::Enter, Msg::Right]);
    send(&mut state, [Msg::Digit(1), Msg::Note]);
    send(&mut state, typed("Register checked for March."));
    send(&mut state, [Msg::Enter]);
    state
}

#[test]
fn start_screen() {
    snap("start", start_state);
}

#[test]
fn setup_screen() {
    snap("setup", |size| {
        let mut state = opened(size, &session_path());
        send(&mut state, typed("Nova clinic"));
        send(&mut state, [Msg::Down]);
        state
    });
}

#[test]
fn question_screen_rating_with_descriptions_guidance_and_a_note() {
    snap("question-rating", midway);
}

#[test]
fn question_screen_checklist() {
    snap("question-checklist", |size| {
        let mut state = midway(size);
        send(&mut state, [Msg::Right, Msg::Right, Msg::Digit(2)]);
        state
    });
}

#[test]
fn question_screen_number_refused_with_the_constraint() {
    snap("question-number", |size| {
        let mut state = midway(size);
        send(&mut state, [Msg::Go(Screen::Review), Msg::End, Msg::Enter]);
        send(&mut state, typed("99"));
        send(&mut state, [Msg::Enter]);
        state
    });
}

#[test]
fn overview_screen_with_a_hidden_question() {
    snap("overview", |size| {
        let mut state = midway(size);
        // Not legal here: the abortion question hides.
        send(
            &mut state,
            [
                Msg::Go(Screen::Review),
                Msg::Home,
                Msg::Enter,
                Msg::Digit(3),
            ],
        );
        send(
            &mut state,
            [Msg::Go(Screen::Overview), Msg::End, Msg::Up, Msg::Up],
        );
        state
    });
}

#[test]
fn review_screen() {
    snap("review", |size| {
        let mut state = midway(size);
        send(&mut state, [Msg::Go(Screen::Review)]);
        state
    });
}

#[test]
fn results_screen_with_a_gate_capping_the_band() {
    snap("results", |size| {
        // "Don't know" on the gated question: the score alone is high, the band is capped.
        let mut state = midway(size);
        send(
            &mut state,
            [Msg::End, Msg::Space, Msg::Right, Msg::Digit(1)],
        );
        send(
            &mut state,
            [Msg::Right, Msg::Digit(1), Msg::Digit(2), Msg::Digit(3)],
        );
        send(&mut state, [Msg::Right]);
        send(&mut state, typed("50"));
        send(&mut state, [Msg::Enter, Msg::Go(Screen::Results)]);
        state
    });
}

#[test]
fn export_screen_after_writing() {
    snap("export", |size| {
        let mut state = midway(size);
        send(&mut state, [Msg::Go(Screen::Export)]);
        send(
            &mut state,
            [Msg::Exported(
                Ok(vec![
                    session_path(),
                    PathBuf::from("/reports/nova-clinic-report.md"),
                    PathBuf::from("/reports/nova-clinic-report.html"),
                ]),
                None,
            )],
        );
        state
    });
}

#[test]
fn help_and_quit_popups() {
    snap("help", |size| {
        let mut state = midway(size);
        send(&mut state, [Msg::Help]);
        state
    });
    snap("quit", |size| {
        let mut state = midway(size);
        send(&mut state, [Msg::Quit]);
        state
    });
}

#[test]
fn note_editor() {
    snap("editor", |size| {
        let mut state = midway(size);
        send(&mut state, [Msg::Note, Msg::NewLine]);
        send(&mut state, typed("Second line."));
        state
    });
}

#[test]
fn projector_mode_shows_fewer_words() {
    snap("present", |size| {
        let mut state = midway(size);
        send(&mut state, [Msg::TogglePresent]);
        state
    });
}

#[test]
fn ascii_mode_uses_no_box_drawing() {
    let mut state = midway((80, 24));
    state.ui.theme.ascii = true;
    send(&mut state, [Msg::Help]);
    let screen = render(&state);
    assert!(screen.is_ascii(), "{screen}");
    insta::assert_snapshot!("ascii-help-80x24", screen);
    // Every screen and popup, not only this one.
    let mut state = start_state((80, 24));
    state.ui.theme.ascii = true;
    let check = |state: &State| {
        let screen = render(state);
        assert!(screen.is_ascii(), "{screen}");
    };
    check(&state);
    let mut state = midway((80, 24));
    state.ui.theme.ascii = true;
    let steps: [&[Msg]; 9] = [
        &[],
        &[Msg::Go(Screen::Setup)],
        &[Msg::Back, Msg::Go(Screen::Overview)],
        &[Msg::Go(Screen::Review)],
        &[Msg::Go(Screen::Results)],
        &[Msg::Go(Screen::Export)],
        &[Msg::Quit],
        &[Msg::No, Msg::Go(Screen::Overview), Msg::Enter, Msg::Note],
        &[Msg::Back, Msg::Resize(40, 10)],
    ];
    for msgs in steps {
        send(&mut state, msgs.iter().cloned());
        check(&state);
    }
}

#[test]
fn a_small_terminal_is_told_politely_what_size_is_needed() {
    let mut state = midway((80, 24));
    send(&mut state, [Msg::Resize(70, 20)]);
    let screen = render(&state);
    assert!(screen.contains("at least 80×24"), "{screen}");
    assert!(screen.contains("This one is 70×20"), "{screen}");
    // And it reflows when the window grows again.
    send(&mut state, [Msg::Resize(100, 30)]);
    assert!(render(&state).contains("Referral system · 1 of 4"));
}

#[test]
fn a_click_on_an_answer_chooses_it() {
    let mut state = midway((80, 24));
    let screen = render(&state);
    let row = screen.lines().position(|l| l.contains("Routine")).unwrap();
    let row = u16::try_from(row).unwrap();
    send(&mut state, [Msg::Click { column: 10, row }]);
    assert_eq!(
        wizard::answer(&state, "referral"),
        Some(integra::answers::Response::Level(2))
    );
}

#[test]
fn no_color_draws_with_attributes_only() {
    use ratatui::style::{Color, Modifier};
    let mut state = midway((80, 24));
    let plain = wizard::render_buffer(&state);
    assert!(
        plain
            .content
            .iter()
            .all(|c| c.fg == Color::Reset && c.bg == Color::Reset),
        "NO_COLOR: no colour at all"
    );
    assert!(
        plain
            .content
            .iter()
            .any(|c| c.modifier.contains(Modifier::REVERSED)),
        "the cursor still shows, in reverse video"
    );
    state.ui.theme.color = true;
    let coloured = wizard::render_buffer(&state);
    assert!(coloured.content.iter().any(|c| c.fg != Color::Reset));
}

#[test]
fn the_start_screen_offers_to_resume_the_newest_unfinished_session() {
    use integra::session::Summary;
    use integra::tui::{Config, app::StartState};
    let summary = |name: &str, percent| Summary {
        path: PathBuf::from(format!("/sessions/{name}.toml")),
        programme: Some(name.into()),
        date: Some("2026-11-20".into()),
        framework: "wizard-fixture".into(),
        updated: Some("2026-11-20T10:00:00Z".into()),
        percent: Some(percent),
        problem: None,
    };
    let state = State::new(Config {
        sessions: vec![summary("Nova clinic", 40), summary("Harbour outreach", 100)],
        ..wizard::config((80, 24))
    });
    assert_eq!(state.ui.start.cursor, StartState::ROW_SESSIONS);
    insta::assert_snapshot!("start-with-sessions-80x24", render(&state));
}
