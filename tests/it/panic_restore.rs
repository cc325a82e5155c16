//! A panic inside the wizard's terminal gives the terminal back before the message is
//! printed: mouse reporting off, the main screen back, raw mode off.
//!
//! The test re-runs its own binary on a pseudo-terminal; the child takes the terminal over
//! with the wizard's own `tui::enter`, panics (caught, so it can report afterwards) and says
//! whether raw mode is still on. The parent reads every byte the child wrote.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use std::io::Read as _;

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const CHILD: &str = "INTEGRA_PANIC_CHILD";
const MESSAGE: &str = "deliberate panic for the restore test";

#[test]
#[ignore = "run by the_terminal_is_given_back_before_a_panic_message, on a pseudo-terminal"]
fn child_panics_in_the_wizards_terminal() {
    if std::env::var_os(CHILD).is_none() {
        return;
    }
    let terminal = integra::tui::enter().unwrap();
    let caught = std::panic::catch_unwind(|| panic!("{MESSAGE}"));
    assert!(caught.is_err());
    drop(terminal);
    let raw = ratatui::crossterm::terminal::is_raw_mode_enabled().unwrap();
    println!("raw mode after the panic: {raw}");
}

#[test]
fn the_terminal_is_given_back_before_a_panic_message() {
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = CommandBuilder::new(std::env::current_exe().unwrap());
    cmd.args([
        "--ignored",
        "--exact",
        "panic_restore::child_panics_in_the_wizards_terminal",
        "--nocapture",
        "--test-threads=1",
    ]);
    cmd.env(CHILD, "1");
    cmd.env("TERM", "xterm-256color");
    let mut child = pair.slave.spawn_command(cmd).unwrap();
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().unwrap();
    let reading = std::thread::spawn(move || {
        let mut out = Vec::new();
        // Ends with an error (EIO) once the child has gone and the pty is closed.
        let _ = reader.read_to_end(&mut out);
        out
    });
    let status = child.wait().unwrap();
    drop(pair.master);
    let out = String::from_utf8_lossy(&reading.join().unwrap()).into_owned();
    assert!(status.success(), "the child test passed: {out:?}");

    let at = |what: &str| {
        out.find(what)
            .unwrap_or_else(|| panic!("{what:?} was written: {out:?}"))
    };
    let entered = at("\x1b[?1049h");
    let message = at(MESSAGE);
    assert!(
        entered < at("\x1b[?1000h"),
        "mouse asked for once the screen is ours"
    );
    for (what, code) in [
        ("mouse reporting off", "\x1b[?1000l"),
        ("the main screen back", "\x1b[?1049l"),
    ] {
        let restored = at(code);
        assert!(
            entered < restored && restored < message,
            "{what} before the panic message: {out:?}"
        );
    }
    assert!(out.contains("raw mode after the panic: false"), "{out:?}");
}
