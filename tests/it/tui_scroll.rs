//! Windows and lists longer than the screen scroll and say so: the files written after an
//! export, the `i` guidance window and the keys (`?`).

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::support::wizard;

use std::path::{Path, PathBuf};

use integra::framework::from_path;
use integra::tui::app::Popup;
use integra::tui::{Msg, Screen, State};
use wizard::{opened, render, send, session_path, start_state, through_setup};

const SIZE: (u16, u16) = (80, 24);

/// A new assessment of the many-options framework (long guidance), on its first question.
fn on_many(size: (u16, u16)) -> State {
    let fw = from_path(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tui/many-options.toml"),
    )
    .unwrap();
    let mut state = start_state(size);
    wizard::open_new(&mut state, fw, "en", &session_path());
    through_setup(&mut state, "Harbour outreach");
    state
}

#[test]
fn the_written_list_scrolls_at_80x24() {
    let mut state = opened(SIZE, &session_path());
    through_setup(&mut state, "Nova");
    send(&mut state, [Msg::Go(Screen::Export)]);
    let paths: Vec<PathBuf> = (0..8)
        .map(|i| PathBuf::from(format!("/reports/nova-clinic-report-{i}.txt")))
        .collect();
    send(&mut state, [Msg::Exported(Ok(paths), None)]);
    let screen = render(&state);
    assert!(!screen.contains("report-7"), "{screen}");
    assert!(screen.contains("more"), "says there is more:\n{screen}");
    assert!(screen.contains("PgDn"), "{screen}");
    send(&mut state, [Msg::PageDown, Msg::PageDown, Msg::PageDown]);
    let screen = render(&state);
    assert!(screen.contains("report-7"), "{screen}");
    insta::assert_snapshot!("export-scrolled-80x24", screen);
}

#[test]
fn the_guidance_window_scrolls_and_says_where_it_is() {
    let mut state = on_many(SIZE);
    send(&mut state, [Msg::Info]);
    let screen = render(&state);
    assert!(screen.contains("more"), "{screen}");
    assert!(!screen.contains("If it scores low"), "{screen}");
    insta::assert_snapshot!("info-top-80x24", screen);
    send(&mut state, [Msg::End]);
    let screen = render(&state);
    assert!(screen.contains("If it scores low"), "{screen}");
    assert!(matches!(state.ui.popup, Some(Popup::Info)), "still open");
    send(&mut state, [Msg::Back]);
    assert!(state.ui.popup.is_none());
}

#[test]
fn help_lists_the_movement_keys_and_scrolls_when_long() {
    let mut state = opened(SIZE, &session_path());
    through_setup(&mut state, "Nova");
    send(&mut state, [Msg::Help]);
    let screen = render(&state);
    assert!(screen.contains("more"), "{screen}");
    send(&mut state, [Msg::End]);
    let end = render(&state);
    let both = format!("{screen}{end}");
    for key in [
        "j k",
        "Home End",
        "PgUp PgDn",
        "undo the last change",
        "Don't know",
        "Not applicable",
    ] {
        assert!(both.contains(key), "{key}:\n{both}");
    }
    // At 120×40 it fits: no scroll hint.
    state.ui.size = (120, 40);
    let screen = render(&state);
    assert!(!screen.contains("lines 1-"), "{screen}");
}

#[test]
fn the_results_scroll_and_say_so() {
    let fw = integra::framework::catalog::embedded("quick-check").unwrap();
    let mut state = start_state(SIZE);
    wizard::open_new(&mut state, fw, "en", &session_path());
    through_setup(&mut state, "Harbour outreach");
    let mut guard = 0;
    while state.screen() == Screen::Question {
        // The lowest level everywhere: every action is recommended, the screen overflows.
        send(&mut state, [Msg::Digit(1), Msg::Enter]);
        guard += 1;
        assert!(guard < 100);
    }
    send(&mut state, [Msg::Go(Screen::Results)]);
    let screen = render(&state);
    assert!(screen.contains("more  lines 1-"), "{screen}");
    send(&mut state, [Msg::End]);
    let end = render(&state);
    assert!(!end.contains("lines 1-"), "scrolled to the end:\n{end}");
    assert!(end.contains("▲ more"), "{end}");
}
