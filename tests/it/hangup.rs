//! The terminal vanishing under the wizard (an SSH connection dropped, a terminal window or
//! tmux session closed): the real binary on a pseudo-terminal whose master side is closed
//! while a note is being typed. It must save everything, the open note included, and end by
//! itself, not spin on a dead terminal for ever.

use std::path::Path;
use std::time::{Duration, Instant};

use integra::answers::load_sheet;
use integra::framework::catalog;

use crate::support::pty::{DOWN, ENTER, Pty};

/// How long the program may take to notice on a loaded machine (the figure measured on an
/// idle one is in docs/reliability.md); not a performance bound.
const PATIENCE: Duration = Duration::from_secs(20);

/// `run --session FILE` on a new file: fill in the programme, go to the first question and
/// open its note.
pub fn open_note(home: &Path, file: &Path) -> Pty {
    let mut t = Pty::spawn(
        &[
            "run",
            "--framework",
            "quick-check",
            "--session",
            file.to_str().unwrap(),
        ],
        home,
        (80, 24),
    );
    t.wait_for("About this assessment");
    t.send("Hang-up clinic");
    for _ in 0..6 {
        t.send(DOWN);
    }
    t.send(ENTER);
    let first = catalog::embedded("quick-check").unwrap();
    let first = first.questions().next().unwrap().text.en();
    t.wait_for(first.split_whitespace().next().unwrap());
    t.send("n");
    t.wait_for("Esc cancel");
    t
}

/// The note held for the first question of the session at `file`.
fn first_note(file: &Path) -> Option<String> {
    let fw = catalog::embedded("quick-check").unwrap();
    let sheet = load_sheet(file).unwrap().against(&fw).unwrap();
    let id = &fw.questions().next().unwrap().id;
    sheet.answers.note(id).map(str::to_owned)
}

/// Rounds per run: `INTEGRA_HANGUPS` (default 3) gives the figure in docs/reliability.md.
fn rounds() -> usize {
    std::env::var("INTEGRA_HANGUPS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(3)
}

#[test]
fn a_vanished_terminal_saves_the_open_note_and_ends() {
    let mut times = Vec::new();
    for round in 0..rounds() {
        let home = tempfile::tempdir().unwrap();
        let file = home.path().join("hangup.toml");
        let mut t = open_note(home.path(), &file);
        let typed = format!("typed before the line dropped {round}");
        t.send(&typed);
        t.wait_for(&typed);
        let start = Instant::now();
        t.hang_up("!");
        let code = loop {
            if let Some(code) = t.exited() {
                break code;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "integra still runs {PATIENCE:?} after its terminal was closed"
            );
            std::thread::sleep(Duration::from_millis(5));
        };
        times.push(start.elapsed());
        assert_eq!(code, 129, "ended as by SIGHUP");
        assert_eq!(
            first_note(&file),
            Some(format!("{typed}!")),
            "the note being typed is saved"
        );
    }
    times.sort();
    eprintln!(
        "{} hang-ups, note kept in each; ended after {:?} (fastest), {:?} (median), {:?} (slowest)",
        times.len(),
        times[0],
        times[times.len() / 2],
        times[times.len() - 1]
    );
}

/// The wait for input also ends on a window resize: the wizard redraws for the new size at
/// once (the loop no longer sits in crossterm's reader).
#[test]
fn a_resize_is_still_seen_at_once() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("resize.toml");
    let mut t = open_note(home.path(), &file);
    t.resize((60, 20));
    t.wait_for("needs a window of at least");
    t.resize((80, 24));
    t.wait_for("Esc cancel");
    t.send("still typing");
    t.wait_for("still typing");
}

/// The same on the first screen: a fact being typed (the programme's name) is kept.
#[test]
fn a_vanished_terminal_keeps_a_fact_being_typed() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("facts.toml");
    let mut t = Pty::spawn(
        &[
            "run",
            "--framework",
            "quick-check",
            "--session",
            file.to_str().unwrap(),
        ],
        home.path(),
        (80, 24),
    );
    t.wait_for("About this assessment");
    t.send("Half-typed programme");
    t.wait_for("Half-typed programme");
    let start = Instant::now();
    t.hang_up("!");
    while t.exited().is_none() {
        assert!(start.elapsed() < PATIENCE, "integra still runs");
        std::thread::sleep(Duration::from_millis(5));
    }
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.contains("programme = \"Half-typed programme!\""),
        "{text}"
    );
}
