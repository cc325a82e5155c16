//! Effects: what `update` asks the loop to do in the world (save, open, create, export,
//! quit), and the loop's side of doing it. A result that matters to the screen comes back
//! as a [`Msg`].

use std::path::PathBuf;

use super::app::{Saving, State};
use super::msg::Msg;
use crate::framework::catalog;
use crate::i18n;
use crate::report::ReportFormat;
use crate::session::{self, OpenError, Opened, Session, backup, clock, export, store};

/// Something `update` wants done.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Save the open session now (after every answer, note and fact).
    Save,
    /// Open the saved session at this path.
    Open(PathBuf),
    /// Put the backup of the unreadable session at this path in its place (the unreadable
    /// file is moved aside, not overwritten), then open it.
    Restore(PathBuf),
    /// Save the open session at this new path from now on (its usual place failed).
    SaveAs(PathBuf),
    /// Start a new session on the framework at this index of the start screen's list.
    Create {
        framework: usize,
        language: String,
    },
    /// Write reports in these formats, and the session file.
    Export(Vec<ReportFormat>),
    /// List the saved sessions again (the start screen is showing).
    ListSessions,
    Quit,
}

/// What the loop needs to perform effects: where sessions go.
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// `--session FILE`: the file to create or resume.
    pub session_file: Option<PathBuf>,
    /// The folder for new sessions (the data directory's `sessions`).
    pub sessions_dir: Option<PathBuf>,
}

/// What the loop does next.
#[derive(Debug)]
pub enum Step {
    Continue,
    Then(Msg),
    Quit,
}

/// Performs one effect.
pub fn perform(effect: Effect, state: &mut State, ctx: &Context) -> Step {
    match effect {
        // Saving off: nothing is written, and nothing may clear the "unsaved" mark.
        Effect::Save if state.saving != Saving::Autosave => Step::Continue,
        Effect::Save => Step::Then(match save(state) {
            Ok(()) => Msg::Saved,
            Err(message) => Msg::SaveFailed {
                elsewhere: elsewhere(state, ctx),
                message,
            },
        }),
        Effect::SaveAs(path) => Step::Then(save_as(state, path)),
        Effect::Open(path) => Step::Then(open(&path, state)),
        Effect::Restore(path) => Step::Then(match backup::restore(&path) {
            Ok(aside) => match session::open(&path, &state.start.frameworks) {
                Ok(opened) => Msg::Restored(Box::new(whole(opened)), aside),
                Err(e) => Msg::OpenFailed(e.to_string()),
            },
            Err(e) => Msg::OpenFailed(format!(
                "could not put the backup of '{}' in its place: {e}",
                path.display()
            )),
        }),
        Effect::Create {
            framework,
            language,
        } => Step::Then(create(state, ctx, framework, &language)),
        Effect::Export(formats) => {
            if state.saving == Saving::Preview {
                return Step::Continue;
            }
            let Some(doc) = state.doc.as_mut() else {
                return Step::Continue;
            };
            let dir = export::reports_dir(&doc.session.path);
            let result = export::export(
                &doc.fw,
                &mut doc.session,
                &formats,
                state.export.anonymous,
                &dir,
                &clock::now(),
            );
            Step::Then(Msg::Exported(result))
        }
        Effect::ListSessions => Step::Then(Msg::Sessions(
            ctx.sessions_dir
                .as_deref()
                .map(|d| store::list(d, &state.start.frameworks))
                .unwrap_or_default(),
        )),
        Effect::Quit => Step::Quit,
    }
}

/// Saves the open session, if any; the message says what failed and where.
pub fn save(state: &mut State) -> Result<(), String> {
    if state.saving != Saving::Autosave {
        return Ok(());
    }
    let lang = state.lang();
    let Some(doc) = state.doc.as_mut() else {
        return Ok(());
    };
    store::save(&mut doc.session, &clock::now()).map_err(|e| {
        let path = doc.session.path.display().to_string();
        i18n::tr_args(
            lang,
            "ui-save-failed",
            &[("path", path.into()), ("error", e.to_string().into())],
        )
    })
}

/// Opens a saved session; an unreadable one comes back with its backup, to offer.
fn open(path: &std::path::Path, state: &State) -> Msg {
    let snapshot = state.saving == Saving::Autosave;
    match session::resume::open_with(path, &state.start.frameworks, snapshot) {
        Ok(opened) => Msg::Opened(Box::new(whole(opened))),
        Err(OpenError::Unreadable { message, backup }) => Msg::Unreadable {
            path: path.to_path_buf(),
            message,
            backup,
        },
        Err(OpenError::Other(e)) => Msg::OpenFailed(e),
    }
}

/// Saves the open session at `path` and keeps it there; on failure it stays where it was.
/// A folder means the session's file name in that folder; an existing file is not replaced.
fn save_as(state: &mut State, path: PathBuf) -> Msg {
    let Some(doc) = state.doc.as_mut() else {
        return Msg::Saved;
    };
    let path = match path.strip_prefix("~") {
        Ok(rest) => directories::UserDirs::new().map_or(path.clone(), |u| u.home_dir().join(rest)),
        Err(_) => path,
    };
    let path = match doc.session.path.file_name() {
        Some(name) if path.is_dir() => path.join(name),
        _ => path,
    };
    if path.exists() {
        return Msg::SaveFailed {
            message: state.tr_args(
                "ui-save-exists",
                &[("path", path.display().to_string().into())],
            ),
            elsewhere: path,
        };
    }
    let before = std::mem::replace(&mut doc.session.path, path.clone());
    match save(state) {
        Ok(()) => Msg::SavedAs(path),
        Err(message) => {
            if let Some(doc) = state.doc.as_mut() {
                doc.session.path = before;
            }
            Msg::SaveFailed {
                message,
                elsewhere: path,
            }
        }
    }
}

/// Where to offer to save when the session's own folder fails: the same file name in the
/// sessions folder, else in the documents or home folder, whichever is not the one failing.
fn elsewhere(state: &State, ctx: &Context) -> PathBuf {
    let current = state
        .doc
        .as_ref()
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

/// The assessment's framework with all of its language's text: the start screen's copies
/// of built-in frameworks hold one language (see `catalog::offer`).
fn whole(mut opened: Opened) -> Opened {
    if let Some(fw) = catalog::in_language(&opened.framework, opened.session.language()) {
        opened.framework = fw;
    }
    opened
}

fn create(state: &State, ctx: &Context, framework: usize, language: &str) -> Msg {
    let Some(offered) = state.start.frameworks.get(framework) else {
        return Msg::OpenFailed(state.tr("ui-no-framework"));
    };
    let completed = catalog::in_language(offered, language);
    let fw = completed.as_ref().unwrap_or(offered);
    let path = match (&ctx.session_file, &ctx.sessions_dir) {
        (Some(file), _) => file.clone(),
        (None, Some(dir)) => store::new_path(dir, &fw.id, &state.today),
        (None, None) => {
            return Msg::OpenFailed(state.tr("ui-no-data-folder"));
        }
    };
    Msg::Opened(Box::new(Opened {
        framework: fw.clone(),
        session: Session::new(fw, language, path, &state.today),
        warnings: Vec::new(),
    }))
}
