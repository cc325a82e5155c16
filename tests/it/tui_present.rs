//! Presenter (projector) mode: the palette's contrast on every cell actually drawn, and the
//! screens a room reads from a projector.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::support::wizard;

use integra::tui::theme::{contrast, contrast_vga};
use integra::tui::{Msg, Screen, State};
use ratatui::style::Modifier;
use wizard::{opened, render_buffer, send, session_path, through_setup, typed};

/// An assessment part-way through, on the projector with colour.
fn projected(size: (u16, u16)) -> State {
    let mut state = opened(size, &session_path());
    state.ui.theme.color = true;
    through_setup(&mut state, "Nova harm reduction clinic");
    send(&mut state, [Msg::Digit(2), Msg::Enter, Msg::Right]);
    send(&mut state, [Msg::Digit(1), Msg::Note]);
    send(&mut state, typed("Register checked for March."));
    send(&mut state, [Msg::Enter, Msg::TogglePresent]);
    state
}

/// Every cell of `state` as drawn: both colours fixed (none left to the terminal's theme)
/// and at least 7:1 apart, reverse video included.
fn assert_readable(state: &State, what: &str) {
    let buffer = render_buffer(state);
    for (i, cell) in buffer.content.iter().enumerate() {
        let (fg, bg) = if cell.modifier.contains(Modifier::REVERSED) {
            (cell.bg, cell.fg)
        } else {
            (cell.fg, cell.bg)
        };
        let at = (
            i % usize::from(state.ui.size.0),
            i / usize::from(state.ui.size.0),
        );
        let ratio = if state.ui.theme.ansi16 {
            contrast_vga(fg, bg)
        } else {
            contrast(fg, bg)
        };
        let ratio = ratio.unwrap_or_else(|| {
            panic!("{what}: cell {at:?} {cell:?} leaves a colour to the terminal")
        });
        assert!(ratio >= 7.0, "{what}: cell {at:?} {cell:?} is {ratio:.1}:1");
    }
}

#[test]
fn every_cell_on_the_projector_has_a_fixed_high_contrast_pair() {
    for (size, ansi16) in [((80, 24), false), ((120, 40), false), ((80, 24), true)] {
        let mut state = projected(size);
        state.ui.theme.ansi16 = ansi16;
        assert_readable(&state, "question");
        let steps: [(&str, &[Msg]); 7] = [
            ("overview", &[Msg::Go(Screen::Overview)]),
            ("review", &[Msg::Go(Screen::Review)]),
            ("results", &[Msg::Go(Screen::Results)]),
            ("export", &[Msg::Go(Screen::Export)]),
            ("help", &[Msg::Help]),
            ("quit", &[Msg::Back, Msg::Quit]),
            ("too small", &[Msg::No, Msg::Resize(60, 20)]),
        ];
        for (what, msgs) in steps {
            send(&mut state, msgs.iter().cloned());
            assert_readable(&state, what);
        }
    }
}

/// The shipped framework's five-level scale on the projector at 80×24: every level keeps
/// what it means, so the room does not score by the label alone.
#[test]
fn the_projector_keeps_what_each_level_means_at_80x24() {
    let fw = integra::framework::catalog::embedded("pwud-hiv-srhr-integration").unwrap();
    let mut state = wizard::start_state((80, 24));
    wizard::open_new(&mut state, fw, "en", &session_path());
    through_setup(&mut state, "Nova");
    send(&mut state, [Msg::TogglePresent]);
    let mut screen = wizard::render(&state);
    for _ in 0..40 {
        if screen.contains("Planned or ad hoc") {
            break;
        }
        send(&mut state, [Msg::Right]);
        screen = wizard::render(&state);
    }
    for meaning in [
        "Nothing is done, or it happens only by chance.",
        "It is planned, or a few staff do it now and then",
        "There is written guidance and it happens for some",
        "It happens for nearly every client, every time",
        "It is routine, it is checked against records",
    ] {
        assert!(screen.contains(meaning), "{meaning} missing:\n{screen}");
    }
    assert!(screen.contains("Don't know"), "{screen}");
}

/// Below 80×24 the projector gets the same polite screen, and what to do about a projector
/// (its resolution is fixed: a smaller font).
#[test]
fn below_80x24_the_projector_is_told_to_use_a_smaller_font() {
    let mut state = projected((80, 24));
    send(&mut state, [Msg::Resize(64, 20)]);
    let screen = wizard::render(&state);
    assert!(screen.contains("at least 80×24"), "{screen}");
    assert!(screen.contains("make the font smaller"), "{screen}");
    // Outside projector mode the hint about the font is not given.
    send(&mut state, [Msg::TogglePresent]);
    assert!(!wizard::render(&state).contains("make the font smaller"));
}
