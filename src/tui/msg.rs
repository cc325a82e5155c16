//! Messages: everything that can happen to the wizard, from a key or a click (via
//! [`keymap`](super::keymap)) or from an effect the loop performed.
//!
//! Must not: hold behaviour beyond carrying results (`update` applies them).

use std::path::PathBuf;

use super::app::Screen;
use super::refusal::Refusal;
use crate::framework::LoadError;
use crate::session::earlier::Baseline;
use crate::session::{Opened, Session, Summary};

/// One thing that happened.
#[derive(Debug, Clone)]
pub enum Msg {
    Up,
    Down,
    PageUp,
    PageDown,
    Home,
    End,
    /// Previous question; on the start screen, the previous framework or language.
    Left,
    /// Next question; on the start screen, the next framework or language.
    Right,
    /// Choose and go on.
    Enter,
    /// Esc: close the popup, or go back a screen.
    Back,
    /// Choose (or tick) without moving on.
    Space,
    /// Choose the numbered row (1-based; 0 is the tenth).
    Digit(u8),
    /// Answer "don't know" (`d`).
    DontKnow,
    /// Answer "not applicable" (`a`).
    NotApplicable,
    /// Undo the last change to the answers or notes (`u`).
    Undo,
    /// A new line in the editor (Ctrl+J or Alt+Enter; Enter keeps the text).
    NewLine,
    /// A character typed into a field or editor.
    Char(char),
    Backspace,
    Delete,
    /// Clear the current question's answer.
    Clear,
    Help,
    /// Ask to quit.
    Quit,
    Yes,
    No,
    TogglePresent,
    /// Go to a screen of the open assessment.
    Go(Screen),
    /// Edit the current question's note.
    Note,
    /// Show the current question's guidance in full.
    Info,
    /// Turn vote entry on or off on the question screen (`v`, workshop mode).
    Votes,
    /// Switch vote entry between a vote per participant and anonymous counts (`c`).
    Tally,
    /// Park the question showing, or take it out of the parking lot (`f`).
    Park,
    /// Go to the next question unanswered or parked (`w`).
    NextOpen,
    /// Open the search line (`/`).
    Search,
    /// Edit the owner and due date of the action under the cursor (`t`, on the results).
    Task,
    /// Start or stop the workshop clock in the header (`T`).
    Clock,
    /// Show the agenda: each principle's time budget against the time spent (`A`).
    Agenda,
    /// A second of the workshop clock: the event loop's seconds since it started.
    Tick(u64),
    /// Save and close the editor (Ctrl+S).
    Save,
    Click {
        column: u16,
        row: u16,
    },
    ScrollUp,
    ScrollDown,
    Resize(u16, u16),
    /// A session was opened or created by the loop.
    Opened(Box<Opened>),
    /// Opening or creating a session failed.
    OpenFailed(String),
    /// The session at `path` cannot be read: what is wrong, and its readable backup if any.
    Unreadable {
        path: PathBuf,
        message: String,
        backup: Option<PathBuf>,
    },
    /// The backup was put in place of an unreadable session (moved to the path given) and
    /// opened.
    Restored(Box<Opened>, PathBuf),
    /// The saved sessions, listed again.
    Sessions(Vec<Summary>),
    /// A save worked; what it changed in the session.
    Saved(Written),
    /// The session was saved at this new path, and is kept there from now on.
    SavedAs(PathBuf, Written),
    /// A save failed: why, a place to offer instead, and what the attempt changed in the
    /// session (`None` when nothing was tried).
    SaveFailed {
        message: String,
        elsewhere: PathBuf,
        written: Option<Written>,
    },
    /// Reports were written (paths), or why not; and what saving the session beside them
    /// changed in it.
    Exported(Result<Vec<PathBuf>, Refusal>, Option<Written>),
    /// Open the compare picker (`b`, on the results).
    Compare,
    /// The earlier sessions the open assessment can be compared with, newest first.
    Earlier(Vec<Summary>),
    /// The session at `path` was read as the baseline to compare with, or why not.
    Baseline {
        path: PathBuf,
        result: Result<Box<Baseline>, LoadError>,
    },
}

/// What writing the session file changes in the session, carried back from the effect that
/// wrote a copy of it: the record's times and the fingerprint of the file on disk (the next
/// save checks the file against it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    pub created: Option<String>,
    pub updated: Option<String>,
    pub on_disk: Option<String>,
}

impl Written {
    /// The marks `session` carries now.
    pub fn of(session: &Session) -> Self {
        Self {
            created: session.record.created.clone(),
            updated: session.record.updated.clone(),
            on_disk: session.on_disk.clone(),
        }
    }

    /// Puts the marks on `session`.
    pub fn apply(self, session: &mut Session) {
        session.record.created = self.created;
        session.record.updated = self.updated;
        session.on_disk = self.on_disk;
    }
}
