//! Saving effects: the open session saved in place, at a new path the user gives, or
//! offered beside itself or elsewhere when its place fails. What a save did comes back as a
//! [`Msg`] or a [`SaveFailure`] for `update` to apply.
//!
//! Must not: change the state (it reads it), or open or create sessions (see [`super`]).

use std::fs;
use std::path::PathBuf;

use super::Context;
use crate::framework::Framework;
use crate::i18n;
use crate::session::{Session, clock, lock, store};
use crate::tui::app::{Saving, State};
use crate::tui::msg::{Msg, Written};

/// A save that did not happen: the message to show, and whether it was refused because the
/// file changed on disk since it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveFailure {
    pub message: String,
    pub changed: bool,
}

/// Saves a copy of the open session, if any and if saving is on: whether it worked (the
/// message says what failed and where), and what the attempt changed in the session.
pub fn save(state: &State) -> Option<(Result<(), SaveFailure>, Written)> {
    if state.ui.saving != Saving::Autosave {
        return None;
    }
    let doc = state.doc()?;
    Some(save_copy(state, &doc.fw, doc.session.clone()))
}

/// Saves `session` (a copy of the open one, perhaps at a new path, open against `fw`).
pub(super) fn save_copy(
    state: &State,
    fw: &Framework,
    mut session: Session,
) -> (Result<(), SaveFailure>, Written) {
    let lang = state.lang();
    let result = store::save(&mut session, fw, &clock::now()).map_err(|e| {
        let path = session.path.display().to_string();
        let changed = store::is_changed_on_disk(&e);
        let key = if changed {
            "ui-save-changed"
        } else {
            "ui-save-failed"
        };
        SaveFailure {
            message: i18n::tr_args(
                lang,
                key,
                &[
                    ("path", path.into()),
                    ("error", store::explain(&e, lang).into()),
                ],
            ),
            changed,
        }
    });
    (result, Written::of(&session))
}

/// A name not yet taken beside the open session's file: `S-2.toml`, `S-3.toml`, …
pub(super) fn beside(state: &State) -> PathBuf {
    let current = state
        .doc()
        .map(|d| d.session.path.clone())
        .unwrap_or_default();
    let stem = current
        .file_stem()
        .map_or_else(|| "session".into(), |s| s.to_string_lossy().into_owned());
    (2..10_000)
        .map(|n| current.with_file_name(format!("{stem}-{n}.toml")))
        .find(|p| fs::symlink_metadata(p).is_err())
        .unwrap_or(current)
}

/// Saves the open session at `path` and keeps it there; on failure it stays where it was.
/// A folder means the session's file name in that folder; an existing file is not replaced.
pub(super) fn save_as(state: &State, ctx: &Context, path: PathBuf) -> Option<Msg> {
    let doc = state.doc()?;
    let path = match path.strip_prefix("~") {
        Ok(rest) => directories::UserDirs::new().map_or(path.clone(), |u| u.home_dir().join(rest)),
        Err(_) => path,
    };
    let path = match doc.session.path.file_name() {
        Some(name) if path.is_dir() => path.join(name),
        _ => path,
    };
    if path.exists() {
        return Some(Msg::SaveFailed {
            message: state.tr_args(
                "ui-save-exists",
                &[("path", path.display().to_string().into())],
            ),
            elsewhere: path,
            written: None,
        });
    }
    let mut session = doc.session.clone();
    session.path.clone_from(&path);
    // With saving off the session only moves: nothing is written until the export.
    let outcome = if state.ui.saving == Saving::Autosave {
        save_copy(state, &doc.fw, session)
    } else {
        (Ok(()), Written::of(&session))
    };
    Some(match outcome {
        (Ok(()), written) => {
            // The session lives at the new path now: that is the file to hold.
            let real = store::real_path(&path).unwrap_or_else(|_| path.clone());
            if let Ok(lock) = lock::acquire(&real) {
                *ctx.lock.borrow_mut() = Some(lock);
            }
            Msg::SavedAs(path, written)
        }
        // The session stays where it was; the attempt's marks on it are kept, as a failed
        // save in place keeps them.
        (Err(failed), written) => Msg::SaveFailed {
            message: failed.message,
            elsewhere: path,
            written: Some(written),
        },
    })
}

/// Where to offer to save when the session's own folder fails: the same file name in the
/// sessions folder, else in the documents or home folder, whichever is not the one failing.
pub(super) fn elsewhere(state: &State, ctx: &Context) -> PathBuf {
    let current = state
        .doc()
        .map(|d| d.session.path.clone())
        .unwrap_or_default();
    let name = current
        .file_name()
        .map_or_else(|| "session.toml".into(), std::ffi::OsStr::to_os_string);
    let failing = current.parent().map(std::path::Path::to_path_buf);
    let user = directories::UserDirs::new();
    [
        ctx.sessions_dir.clone(),
        user.as_ref()
            .and_then(|u| u.document_dir().map(std::path::Path::to_path_buf)),
        user.as_ref().map(|u| u.home_dir().to_path_buf()),
    ]
    .into_iter()
    .flatten()
    .find(|dir| Some(dir) != failing.as_ref())
    .map_or_else(|| PathBuf::from(&name), |dir| dir.join(&name))
}
