//! When the disk says no: a save that failed (full disk, read-only folder, no permission) and
//! a session file that cannot be read. Nothing is lost in either case: the answers stay in
//! memory and the person is offered another place to save them; an unreadable file is left
//! as it is and its backup offered instead.
//!
//! Must not: do I/O; it applies what the effects report and asks for more.

use std::path::{Path, PathBuf};

use crate::tui::app::{Popup, State, Status};
use crate::tui::effect::Effect;
use crate::tui::input::TextInput;
use crate::tui::msg::{Msg, Written};

/// What the attempt to write the session changed in it (see [`Written`]).
pub fn written(state: &mut State, written: Written) {
    if let Some(doc) = state.phase.doc_mut() {
        written.apply(&mut doc.session);
    }
}

/// The result of a save or of opening a file.
pub fn result(state: &mut State, msg: Msg) -> Vec<Effect> {
    match msg {
        Msg::Saved(w) => {
            written(state, w);
            state.ui.unsaved = false;
        }
        Msg::SavedAs(path, w) => {
            // The session lives at the new path from now on.
            if let Some(doc) = state.phase.doc_mut() {
                doc.session.path.clone_from(&path);
            }
            written(state, w);
            state.ui.unsaved = false;
            state.ui.status = Some(Status {
                text: state.tr_args(
                    "ui-saved-in",
                    &[("path", path.display().to_string().into())],
                ),
                error: false,
            });
        }
        Msg::SaveFailed {
            message,
            elsewhere,
            written: w,
        } => {
            if let Some(w) = w {
                written(state, w);
            }
            state.ui.unsaved = true;
            // An open editor keeps its text: the failure shows once it is closed.
            if !matches!(state.ui.popup, Some(Popup::Editor { .. })) {
                state.ui.popup = Some(Popup::SaveElsewhere {
                    message,
                    input: TextInput::new(&elsewhere.display().to_string()),
                });
            }
        }
        Msg::Unreadable {
            path,
            message,
            backup,
        } => {
            state.ui.popup = Some(Popup::Unreadable {
                path,
                message,
                backup,
            });
        }
        _ => {}
    }
    Vec::new()
}

/// Keys in the "could not save" popup: the path is edited as text; Enter saves there, Esc
/// closes (the answers stay in memory, and the next change tries the usual place again).
pub fn save_elsewhere(
    state: &mut State,
    message: String,
    mut input: TextInput,
    msg: &Msg,
) -> Vec<Effect> {
    match msg {
        Msg::Enter => {
            let path = input.as_str().trim();
            if !path.is_empty() {
                return vec![Effect::SaveAs(PathBuf::from(path))];
            }
        }
        Msg::Back => {
            state.ui.status = Some(Status {
                text: state.tr("ui-save-not-now-status"),
                error: true,
            });
            return Vec::new();
        }
        Msg::Char(c) => {
            input.insert(*c);
        }
        Msg::Backspace => input.backspace(),
        other => super::caret(&mut input, other),
    }
    state.ui.popup = Some(Popup::SaveElsewhere { message, input });
    Vec::new()
}

/// Keys in the "cannot be read" popup: `b` (or Enter) opens the backup in the file's place,
/// Esc leaves everything as it is.
pub fn unreadable(state: &mut State, popup: Popup, msg: &Msg) -> Vec<Effect> {
    let Popup::Unreadable { path, backup, .. } = &popup else {
        return Vec::new();
    };
    match msg {
        Msg::Yes if backup.is_some() => vec![Effect::Restore(path.clone())],
        Msg::Back | Msg::No => Vec::new(),
        _ => {
            state.ui.popup = Some(popup);
            Vec::new()
        }
    }
}

/// After the backup replaced an unreadable file: say where that file went, keeping any
/// notice about a changed framework below.
pub fn restored(state: &mut State, aside: &Path) {
    let mut lines = vec![
        state.tr("ui-restored-moved"),
        aside.display().to_string(),
        state.tr("ui-restored-open"),
    ];
    if let Some(Popup::Notice { lines: more, .. }) = state.ui.popup.take() {
        lines.push(String::new());
        lines.extend(more);
    }
    state.ui.popup = Some(Popup::Notice {
        title: state.tr("ui-restored-title"),
        lines,
    });
}
