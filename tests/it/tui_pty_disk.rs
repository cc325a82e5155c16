//! The real wizard when its session cannot be saved: started with `--session` under a regular
//! file (no folder can be made there, as root too), it says so, keeps the answers, and saves
//! them in the place offered; an unreadable session given with `--session` is left untouched.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::support::pty;

use std::fs;

use pty::{DOWN, ENTER, ESC, Pty};

const SIZE: (u16, u16) = (100, 30);

#[test]
fn a_session_that_cannot_be_saved_is_saved_elsewhere() {
    let home = tempfile::tempdir().unwrap();
    let blocker = home.path().join("not-a-folder");
    fs::write(&blocker, "x").unwrap();
    let wanted = blocker.join("s.toml");
    let mut t = Pty::spawn(
        &[
            "run",
            "--framework",
            "quick-check",
            "--session",
            wanted.to_str().unwrap(),
        ],
        home.path(),
        SIZE,
    );
    t.wait_for("About this assessment");
    // Quitting saves first; when that save fails, integra stays and says so.
    t.send("\x11"); // Ctrl+Q
    t.wait_for("Quit integra?");
    t.send("y");
    t.wait_for("Could not save");
    t.send(ESC);
    t.send("Stranded clinic");
    t.send(DOWN);
    let screen = t.wait_for("Could not save");
    assert!(screen.contains("still here, in memory"), "{screen}");
    // The place offered: the same name in the sessions folder.
    t.send(ENTER);
    t.wait_for("answers are saved there from now on");
    t.send("\x11"); // Ctrl+Q
    t.wait_for("Quit integra?");
    t.send("y");
    assert_eq!(t.wait_exit(), 0);
    let saved = pty::sessions(home.path());
    assert_eq!(saved.len(), 1, "{saved:?}");
    assert!(
        fs::read_to_string(&saved[0])
            .unwrap()
            .contains("Stranded clinic")
    );
    assert_eq!(fs::read_to_string(&blocker).unwrap(), "x");
}

#[test]
fn an_unreadable_session_is_reported_and_left_untouched() {
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("broken.toml");
    let broken = "framework = \"quick-check\"\n[answers\nreadiness = 1\n";
    fs::write(&path, broken).unwrap();
    let mut t = Pty::spawn(
        &[
            "run",
            "--framework",
            "quick-check",
            "--session",
            path.to_str().unwrap(),
        ],
        home.path(),
        SIZE,
    );
    // The window's last words: the whole window has been drawn (its title comes first).
    let screen = t.wait_for("no readable backup");
    assert!(screen.contains("This session cannot be read"), "{screen}");
    assert!(screen.contains("broken.toml:2:"), "{screen}");
    t.send(ESC);
    // Starting anew on the same file does not write over it either.
    t.wait_for("Start a new assessment");
    t.send(ENTER);
    t.wait_for("About this assessment");
    t.send("New");
    t.send(DOWN);
    let screen = t.wait_for("Could not save");
    assert!(screen.contains("not a readable session"), "{screen}");
    t.send(ESC);
    t.send("\x11"); // Ctrl+Q
    t.wait_for("Quit integra?");
    t.send("y");
    assert_eq!(t.wait_exit(), 0);
    assert_eq!(fs::read_to_string(&path).unwrap(), broken);
}
