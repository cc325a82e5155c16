//! The windows the wizard opens over a screen ([`Popup`]) and what its text editor edits.
//!
//! Must not: handle keys or draw (`update::popup` and `view::popups` do).

use std::path::PathBuf;

use super::{ActionForm, Summary, TextInput};

/// What a text editor popup is editing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditTarget {
    Note(String),
    TextAnswer(String),
}

/// A window over the screen.
#[derive(Debug, Clone)]
pub enum Popup {
    /// The keys that work here.
    Help,
    /// The question's guidance, evidence prompt and principle rationale, in full.
    Info,
    ConfirmQuit,
    /// Something to read and dismiss (e.g. what changed in a framework).
    Notice {
        title: String,
        lines: Vec<String>,
    },
    Editor {
        target: EditTarget,
        input: TextInput,
    },
    /// A session file that cannot be read: what is wrong, and its backup to open instead.
    Unreadable {
        path: PathBuf,
        message: String,
        backup: Option<PathBuf>,
    },
    /// Saving failed: why, and an editable path to save at instead.
    SaveElsewhere {
        message: String,
        input: TextInput,
    },
    /// Compare with an earlier assessment: the sessions to choose from (newest first) and
    /// the row under the cursor (0 stops comparing; then the sessions).
    Compare {
        sessions: Vec<Summary>,
        cursor: usize,
    },
    /// The search line: the words typed, and the match under the cursor.
    Search {
        input: TextInput,
        cursor: usize,
    },
    /// The owner and due date of an action on the results.
    Action(ActionForm),
    /// The agenda, with the principle under the cursor.
    Agenda {
        cursor: usize,
    },
}
