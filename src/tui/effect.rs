//! Effects: what `update` asks the loop to do in the world (save, open, create, export,
//! quit), and the loop's side of doing it. Owns [`Effect`] and [`perform`]; it reads the
//! state and never changes it: what an effect did (a session opened, a file written and
//! what that changed in the session) comes back as a [`Msg`] for `update` to apply, so
//! `update` stays the one place the state changes. Only the lock in [`Context`] is kept here.
//! Opening and creating sessions are here; saving is in `saving`.
//!
//! Must not: change the state, or draw anything.

use std::cell::RefCell;
use std::path::{Path, PathBuf};

use super::app::{Doc, Phase, Saving, State};
use super::export;
use super::msg::{Msg, Written};
use super::refusal::Refusal;
use crate::framework::catalog;
use crate::i18n;
use crate::report::ReportFormat;
use crate::session::{self, OpenError, Opened, Session, backup, clock, earlier, lock, store};

mod saving;

pub use saving::{SaveFailure, save};
use saving::{beside, elsewhere, save_as};

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
    /// List the earlier sessions the open assessment can be compared with.
    ListEarlier,
    /// Read the session at this path as the baseline to compare with.
    LoadBaseline(PathBuf),
    Quit,
}

/// What the loop needs to perform effects: where sessions go, and the lock on the open one.
#[derive(Debug, Default)]
pub struct Context {
    /// `--session FILE`: the file to create or resume.
    pub session_file: Option<PathBuf>,
    /// The folder for new sessions (the data directory's `sessions`).
    pub sessions_dir: Option<PathBuf>,
    /// The lock on the open session, held until another is opened or the wizard ends, so
    /// that a second wizard on the same file is refused ([`lock`]).
    pub lock: RefCell<Option<lock::Lock>>,
}

/// What the loop does next.
#[derive(Debug)]
pub enum Step {
    Continue,
    Then(Msg),
    Quit,
}

/// Performs one effect; what it did comes back as a message (see the module header).
pub fn perform(effect: Effect, state: &State, ctx: &Context) -> Step {
    match (effect, &state.phase) {
        // Saving off: nothing is written, and nothing may clear the "unsaved" mark.
        (Effect::Save, _) if state.ui.saving != Saving::Autosave => Step::Continue,
        (Effect::Save, _) => Step::Then(match save(state) {
            None => return Step::Continue,
            Some((Ok(()), written)) => Msg::Saved(written),
            Some((Err(failed), written)) => Msg::SaveFailed {
                written: Some(written),
                // A file changed by someone else is left alone: save beside it instead.
                elsewhere: if failed.changed {
                    beside(state)
                } else {
                    elsewhere(state, ctx)
                },
                message: failed.message,
            },
        }),
        (Effect::SaveAs(path), _) => save_as(state, ctx, path).map_or(Step::Continue, Step::Then),
        (Effect::Open(path), _) => Step::Then(match take_lock(state, ctx, &path) {
            Ok(()) => open(&path, state),
            Err(why) => Msg::OpenFailed(why.render(state.lang())),
        }),
        (Effect::Restore(path), _) => Step::Then(match take_lock(state, ctx, &path) {
            Ok(()) => restore(&path, state),
            Err(why) => Msg::OpenFailed(why.render(state.lang())),
        }),
        (
            Effect::Create {
                framework,
                language,
            },
            _,
        ) => Step::Then(create(state, ctx, framework, &language)),
        (Effect::Export(_), _) if state.ui.saving == Saving::Preview => Step::Continue,
        (Effect::Export(formats), Phase::Open { doc, .. }) => {
            Step::Then(export_reports(state, doc, &formats))
        }
        (Effect::ListSessions, _) => Step::Then(Msg::Sessions(
            ctx.sessions_dir
                .as_deref()
                .map(|d| sessions(d, &state.ui.start.frameworks, state.lang()))
                .unwrap_or_default(),
        )),
        (Effect::ListEarlier, Phase::Open { doc, .. }) => Step::Then(Msg::Earlier(earlier::offer(
            ctx.sessions_dir.as_deref(),
            &state.ui.start.frameworks,
            &doc.fw.id,
            &doc.session.path,
        ))),
        (Effect::LoadBaseline(path), Phase::Open { doc, .. }) => {
            let result = earlier::load(&path, &doc.fw).map(Box::new);
            Step::Then(Msg::Baseline { path, result })
        }
        // Asked for only on an assessment's screens (export, results).
        (
            Effect::Export(_) | Effect::ListEarlier | Effect::LoadBaseline(_),
            Phase::Start { .. },
        ) => Step::Continue,
        (Effect::Quit, _) => Step::Quit,
    }
}

/// Writes the reports of `doc` in `formats`, and the session file beside them.
fn export_reports(state: &State, doc: &Doc, formats: &[ReportFormat]) -> Msg {
    let dir = export::reports_dir(&doc.session.path);
    // The session is saved too: what that changes in it comes back with the result.
    let mut session = doc.session.clone();
    let result = export::export(
        &doc.fw,
        &mut session,
        formats,
        state.ui.export.anonymous,
        if state.ui.export.short {
            crate::report::Detail::Summary
        } else {
            crate::report::Detail::Full
        },
        &dir,
        &clock::now(),
    );
    Msg::Exported(result, Some(Written::of(&session)))
}

/// Puts the backup of the unreadable session at `path` in its place and opens it.
fn restore(path: &Path, state: &State) -> Msg {
    match backup::restore(path) {
        Ok(aside) => match session::resume::open_with(path, &known(state), true) {
            Ok(opened) => Msg::Restored(Box::new(whole(opened)), aside),
            Err(e) => Msg::OpenFailed(e.render(state.lang())),
        },
        Err(e) => Msg::OpenFailed(state.tr_args(
            "ui-restore-failed",
            &[
                ("path", path.display().to_string().into()),
                ("error", store::explain(&e, state.lang()).into()),
            ],
        )),
    }
}

/// Takes the lock on the session at `path` (keeping the one held when it is the same
/// session), or says which process has it open. A preview writes nothing and locks nothing.
fn take_lock(state: &State, ctx: &Context, path: &Path) -> Result<(), Refusal> {
    if state.ui.saving == Saving::Preview {
        return Ok(());
    }
    let real = store::real_path(path).unwrap_or_else(|_| path.to_path_buf());
    let mut held = ctx.lock.borrow_mut();
    if held.as_ref().is_some_and(|l| l.is_for(&real)) {
        return Ok(());
    }
    // The file name only: the message is shown on one line under the start screen, and the
    // process and computer must fit on it.
    let shown = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    match lock::acquire(&real) {
        Ok(lock) => {
            *held = Some(lock);
            Ok(())
        }
        Err(holder) => Err(Refusal::InUse {
            file: shown,
            pid: holder.pid,
            host: holder.host,
        }),
    }
}

/// Opens a saved session; an unreadable one comes back with its backup, to offer.
fn open(path: &std::path::Path, state: &State) -> Msg {
    let snapshot = state.ui.saving == Saving::Autosave;
    match session::resume::open_with(path, &known(state), snapshot) {
        Ok(opened) => Msg::Opened(Box::new(whole(opened))),
        Err(OpenError::Unreadable { message, backup }) => Msg::Unreadable {
            path: path.to_path_buf(),
            message: message.render(state.lang()),
            backup,
        },
        Err(OpenError::Other(e)) => Msg::OpenFailed(e.render(state.lang())),
    }
}

/// The saved sessions in `dir` (see `store::list`): a built-in framework is read whole in
/// the wizard's language only when a session names it, for the progress shown.
pub fn sessions(
    dir: &Path,
    frameworks: &[crate::framework::Framework],
    lang: i18n::Lang,
) -> Vec<store::Summary> {
    store::list(dir, frameworks, Some(lang.as_str()))
}

/// The frameworks on offer, read whole, for opening a saved session: dropped once it is
/// open, so the assessment's framework is the one copy kept.
fn known(state: &State) -> Vec<crate::framework::Framework> {
    catalog::whole_all(&state.ui.start.frameworks, state.lang().as_str())
}

/// The assessment's framework with all of its language's text: a saved session is matched
/// against frameworks read for the wizard's language (see `known`).
fn whole(mut opened: Opened) -> Opened {
    if let Some(fw) = catalog::in_language(&opened.framework, opened.session.language()) {
        opened.framework = fw;
    }
    opened
}

fn create(state: &State, ctx: &Context, framework: usize, language: &str) -> Msg {
    let Some(offered) = state.ui.start.frameworks.get(framework) else {
        return Msg::OpenFailed(state.tr("ui-no-framework"));
    };
    // Read whole (built-in ones are offered as headers) and moved into the assessment: the
    // one copy of its framework the wizard keeps.
    let fw = catalog::in_language(offered, language).unwrap_or_else(|| offered.clone());
    let path = match (&ctx.session_file, &ctx.sessions_dir) {
        (Some(file), _) => file.clone(),
        (None, Some(dir)) => store::new_path(dir, &fw.id, &state.ui.today),
        (None, None) => {
            return Msg::OpenFailed(state.tr("ui-no-data-folder"));
        }
    };
    if let Err(why) = take_lock(state, ctx, &path) {
        return Msg::OpenFailed(why.render(state.lang()));
    }
    let session = Session::new(&fw, language, path, &state.ui.today);
    Msg::Opened(Box::new(Opened {
        framework: fw,
        session,
        warnings: Vec::new(),
    }))
}
