//! The terminal's type on a real pseudo-terminal: what `TERM` says decides colours, box
//! drawing and the mouse (the decision itself is unit-tested in `src/tui/term.rs`).

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::support::pty::Pty;

const SIZE: (u16, u16) = (80, 24);

/// The wizard's first screen under `term`, and every byte written to show it.
fn first_screen_under(term: &str) -> (String, Vec<u8>, bool) {
    let home = tempfile::tempdir().unwrap();
    let mut t = Pty::spawn_env(&["run"], home.path(), SIZE, &[("TERM", term)]);
    let screen = t.wait_for("Start a new assessment");
    t.settle();
    let (out, mouse) = (t.output(), t.mouse_on());
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
    (screen, out, mouse)
}

#[test]
fn the_terminal_type_decides_colours_drawing_and_mouse() {
    let contains =
        |hay: &[u8], needle: &str| hay.windows(needle.len()).any(|w| w == needle.as_bytes());
    // vt100: ASCII only, no colour, no mouse reports asked for.
    let (screen, out, mouse) = first_screen_under("vt100");
    assert!(screen.contains("< "), "ASCII arrows:\n{screen}");
    assert!(!screen.contains('◀'), "{screen}");
    assert!(!mouse, "no mouse on a vt100");
    assert!(!contains(&out, "\x1b[?1000h"));
    assert!(!contains(&out, "38;5;"), "no colour codes");
    // The Linux console: the 16 standard colours in their classic form.
    let (screen, out, mouse) = first_screen_under("linux");
    assert!(screen.contains('◀'), "{screen}");
    assert!(mouse);
    assert!(contains(&out, "\x1b[36;49m"), "cyan as SGR 36");
    assert!(!contains(&out, "38;5;"), "no 256-colour codes");
    // A modern terminal emulator: as before.
    let (_, out, mouse) = first_screen_under("xterm-256color");
    assert!(mouse && contains(&out, "38;5;6;49m"));
}
