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
    t.wait_for("Esc keep and close");
    t
}

/// The note held for the first question of the session at `file`.
fn first_note(file: &Path) -> Option<String> {
    let fw = catalog::embedded("quick-check").unwrap();
    let sheet = load_sheet(file).unwrap().against(&fw).unwrap();
    let id = &fw.questions().next().unwrap().id;
    sheet.answers.note(id).map(str::to_owned)
}

#[test]
fn a_vanished_terminal_saves_the_open_note_and_ends() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("hangup.toml");
    let mut t = open_note(home.path(), &file);
    t.send("typed before the line dropped");
    t.wait_for("typed before the line dropped");
    let start = Instant::now();
    t.hang_up("!");
    let ended = loop {
        if let Some(code) = t.exited() {
            break code;
        }
        assert!(
            start.elapsed() < PATIENCE,
            "integra still runs {PATIENCE:?} after its terminal was closed"
        );
        std::thread::sleep(Duration::from_millis(10));
    };
    eprintln!(
        "ended {:?} after the hang-up, exit code {ended}",
        start.elapsed()
    );
    assert_eq!(
        first_note(&file).as_deref(),
        Some("typed before the line dropped!"),
        "the note being typed is saved"
    );
}
