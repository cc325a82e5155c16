//! Effects: what `update` asks the loop to do in the world (save, open, create, export,
//! quit), and the loop's side of doing it. A result that matters to the screen comes back
//! as a [`Msg`].

use std::path::PathBuf;

use super::app::{Saving, State};
use super::msg::Msg;
use crate::report::ReportFormat;
use crate::session::{self, Opened, Session, clock, export, store};

/// Something `update` wants done.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Save the open session now (after every answer, note and fact).
    Save,
    /// Open the saved session at this path.
    Open(PathBuf),
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
        Effect::Save => match save(state) {
            Ok(()) => Step::Continue,
            Err(e) => Step::Then(Msg::SaveFailed(e)),
        },
        Effect::Open(path) => Step::Then(match session::open(&path, &state.start.frameworks) {
            Ok(opened) => Msg::Opened(Box::new(opened)),
            Err(e) => Msg::OpenFailed(e),
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
            let result = export::export(&doc.fw, &mut doc.session, &formats, &dir, &clock::now());
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

/// Saves the open session, if any; the message is ready to show.
pub fn save(state: &mut State) -> Result<(), String> {
    if state.saving != Saving::Autosave {
        return Ok(());
    }
    let Some(doc) = state.doc.as_mut() else {
        return Ok(());
    };
    store::save(&mut doc.session, &clock::now()).map_err(|e| {
        format!(
            "could not save '{}': {e}. Your answers are still here; check the disk, then change an answer to save again",
            doc.session.path.display()
        )
    })
}

fn create(state: &State, ctx: &Context, framework: usize, language: &str) -> Msg {
    let Some(fw) = state.start.frameworks.get(framework) else {
        return Msg::OpenFailed("no framework is selected".into());
    };
    let path = match (&ctx.session_file, &ctx.sessions_dir) {
        (Some(file), _) => file.clone(),
        (None, Some(dir)) => store::new_path(dir, &fw.id, &state.today),
        (None, None) => {
            return Msg::OpenFailed(
                "there is no data folder to keep sessions in (is HOME set?); pass --session FILE"
                    .into(),
            );
        }
    };
    Msg::Opened(Box::new(Opened {
        framework: fw.clone(),
        session: Session::new(fw, language, path, &state.today),
        warnings: Vec::new(),
    }))
}
