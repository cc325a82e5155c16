//! `update`: the one place the wizard's state changes, as a pure function of a message.
//!
//! It returns [`Effect`]s for the loop to perform instead of doing I/O, so every behaviour
//! (navigation, answering, conditions, resume) is tested without a terminal. This file
//! routes messages and moves between screens; each screen's keys live in `update/`.
//!
//! Must not: do I/O or draw.

mod actions;
mod agenda;
mod compare;
mod facilitate;
mod lists;
mod participants;
mod popup;
mod question;
mod saving;
mod setup;
mod start;
mod undo;
mod votes;

use super::app::{Doc, OpenScreen, Popup, Saving, Screen, State, Status};
use super::effect::Effect;
use super::msg::Msg;
use crate::session::Opened;

pub use question::{enter_skips, show_question};

/// Applies `msg` to `state` and says what the loop should do.
pub fn update(state: &mut State, msg: Msg) -> Vec<Effect> {
    // Whatever changes the answers or notes can be undone: keep them as they were.
    let before = match msg {
        Msg::Undo | Msg::Opened(_) | Msg::Restored(..) | Msg::Tick(_) => None,
        _ => state.phase.doc().map(|d| d.session.answers().clone()),
    };
    let mut fx = route(state, msg);
    if let Some(before) = before {
        undo::record(state, before);
    }
    // An answer and a move to the next question both ask for a save: one write does.
    fx.dedup();
    // With saving off, a save asked for is a change that is not on disk.
    if state.ui.saving != Saving::Autosave
        && fx.contains(&Effect::Save)
        && state.phase.doc().is_some()
    {
        state.ui.unsaved = true;
    }
    fx
}

fn route(state: &mut State, msg: Msg) -> Vec<Effect> {
    match msg {
        Msg::Resize(w, h) => {
            state.ui.size = (w, h);
            return Vec::new();
        }
        Msg::Tick(now) => {
            agenda::tick(state, now);
            return Vec::new();
        }
        Msg::Opened(opened) => return open(state, *opened),
        Msg::Sessions(list) => {
            state.ui.start.sessions = list;
            state.ui.start.cursor = state.ui.start.cursor.min(state.ui.start.rows() - 1);
            return Vec::new();
        }
        Msg::OpenFailed(e) => {
            state.ui.status = Some(Status {
                text: e,
                error: true,
            });
            return Vec::new();
        }
        Msg::Saved(_) | Msg::SavedAs(..) | Msg::SaveFailed { .. } | Msg::Unreadable { .. } => {
            return saving::result(state, msg);
        }
        Msg::Restored(opened, aside) => {
            let fx = open(state, *opened);
            saving::restored(state, &aside);
            return fx;
        }
        Msg::Earlier(list) => {
            compare::listed(state, list);
            return Vec::new();
        }
        Msg::Baseline { path, result } => {
            compare::loaded(state, &path, result);
            return Vec::new();
        }
        Msg::Exported(result, w) => {
            if let Some(w) = w {
                saving::written(state, w);
            }
            // Exporting writes the session file too: what was unsaved is on disk now.
            state.ui.unsaved &= result.is_err();
            lists::exported(state, result);
            return Vec::new();
        }
        _ => {}
    }
    // A key or click: the last message has been read.
    state.ui.status = None;
    if matches!(msg, Msg::Quit) {
        return ask_to_quit(state);
    }
    if let Some(popup) = state.ui.popup.take() {
        return popup::update(state, popup, &msg);
    }
    match msg {
        Msg::Help => {
            state.ui.popup = Some(Popup::Help);
            return Vec::new();
        }
        Msg::TogglePresent => {
            state.ui.theme.present = !state.ui.theme.present;
            return Vec::new();
        }
        Msg::Back => return back(state),
        Msg::Undo if state.phase.doc().is_some() && state.screen() != Screen::Setup => {
            return undo::undo(state);
        }
        Msg::Go(screen) if state.phase.doc().is_some() && state.screen() != Screen::Setup => {
            return leave_question(state, |state| go(state, screen));
        }
        Msg::Park | Msg::NextOpen | Msg::Search | Msg::Clock
            if state.phase.doc().is_some()
                && !matches!(state.screen(), Screen::Start | Screen::Setup) =>
        {
            return facilitate::update(state, &msg);
        }
        // The agenda also on the setup screen: budgets set before the room starts.
        Msg::Agenda if state.phase.doc().is_some() && state.screen() != Screen::Start => {
            return facilitate::update(state, &msg);
        }
        _ => {}
    }
    match state.screen() {
        Screen::Start => start::update(state, &msg),
        Screen::Setup => setup::update(state, msg),
        Screen::Overview => lists::overview(state, msg),
        Screen::Question => question::update(state, &msg),
        Screen::Review => lists::review(state, msg),
        Screen::Results => lists::results(state, &msg),
        Screen::Export => lists::export(state, msg),
    }
}

/// Quit asks first; whatever is being typed is kept (saved) before asking, on a full
/// screen or on one too small to show the question (it asks there too). A second quit
/// confirms. On the start screen with nothing unsaved there is nothing to lose: it quits
/// at once, as dialog and whiptail do.
fn ask_to_quit(state: &mut State) -> Vec<Effect> {
    if matches!(state.ui.popup, Some(Popup::ConfirmQuit)) {
        return vec![Effect::Save, Effect::Quit];
    }
    if state.screen() == Screen::Start && state.ui.popup.is_none() && !state.ui.unsaved {
        return vec![Effect::Quit];
    }
    let mut fx = match state.ui.popup.take() {
        Some(Popup::Editor { target, input }) => popup::commit_editor(state, &target, &input),
        _ => Vec::new(),
    };
    match state.screen() {
        Screen::Setup => fx.extend(setup::commit(state)),
        Screen::Question => fx.extend(question::commit_typed(state).unwrap_or_default()),
        _ => {}
    }
    state.ui.popup = Some(Popup::ConfirmQuit);
    fx
}

/// Runs `then` unless a number typed on the question screen is refused (it stays, with
/// the reason shown, rather than being dropped silently).
fn leave_question(state: &mut State, then: impl FnOnce(&mut State) -> Vec<Effect>) -> Vec<Effect> {
    if state.screen() != Screen::Question {
        return then(state);
    }
    match question::commit_typed(state) {
        Ok(mut fx) => {
            fx.extend(then(state));
            fx
        }
        Err(()) => Vec::new(),
    }
}

/// Shows `screen`; Esc will return to the screen left. Each screen is in the back stack at
/// most once (the older visit is forgotten), so going round in circles never builds up a
/// long way back.
pub fn go(state: &mut State, screen: Screen) -> Vec<Effect> {
    if state.screen() == screen {
        return Vec::new();
    }
    let left = state.screen();
    state.ui.back.retain(|s| *s != screen && *s != left);
    state.ui.back.push(left);
    state.phase.show(screen);
    enter(state, screen)
}

/// Esc: back one screen; from the first screen of an assessment to the start screen; from
/// the start screen, ask to quit.
fn back(state: &mut State) -> Vec<Effect> {
    let to = match state.ui.back.pop() {
        Some(s) => s,
        None if state.screen() == Screen::Start => return ask_to_quit(state),
        None => Screen::Start,
    };
    let mut fx = if state.screen() == Screen::Setup {
        setup::commit(state)
    } else {
        Vec::new()
    };
    let mut left = leave_question(state, |state| {
        state.phase.show(to);
        enter(state, to)
    });
    fx.append(&mut left);
    fx
}

/// Prepares a screen as it is shown.
fn enter(state: &mut State, screen: Screen) -> Vec<Effect> {
    state.ui.cache.offset.set(0);
    match screen {
        Screen::Start => return vec![Effect::ListSessions],
        Screen::Setup => setup::load(state),
        Screen::Overview => lists::enter_overview(state),
        Screen::Question => {
            let id = state.ui.question.id.clone();
            show_question(state, &id);
        }
        Screen::Review => {
            let n = state.phase.doc().map_or(0, |d| d.visible().len());
            state.ui.review.index = state.ui.review.index.min(n.saturating_sub(1));
        }
        Screen::Results => {
            state.ui.results.index = 0;
            state.ui.results_page = 0;
        }
        Screen::Export => state.ui.export.error = None,
    }
    Vec::new()
}

/// A session was opened (resumed) or created.
fn open(state: &mut State, opened: Opened) -> Vec<Effect> {
    let Opened {
        framework,
        session,
        warnings,
    } = opened;
    let fresh = session.record.created.is_none() && session.answers().is_empty();
    let position = session.record.position.clone();
    let doc = Doc {
        fw: framework,
        session,
    };
    // The setup screen for a new assessment; the others say where it resumes, just below.
    // The clock's time per principle carries on from earlier sittings.
    state.ui.clock.spent.clone_from(&doc.session.workshop.spent);
    state.phase.open(doc, OpenScreen::Setup);
    if !warnings.is_empty() {
        // Told in the session's language, which the wizard now speaks.
        let lang = state.lang();
        state.ui.popup = Some(Popup::Notice {
            title: state.tr("ui-notice-changed"),
            lines: warnings.iter().map(|w| w.render(lang)).collect(),
        });
    }
    state.ui.cache.offset.set(0);
    // Undo, vote entry and the comparison belong to one assessment.
    state.ui.undo.clear();
    state.ui.votes = super::app::VoteState::default();
    state.ui.compare = None;
    state.ui.results_page = 0;
    state.ui.action = 0;
    if let Some(doc) = state.phase.doc()
        && let Some(have) = english_fallback(doc)
    {
        // In the session's language, which the screens about to show speak.
        let lang = crate::i18n::Lang::or_english(doc.lang());
        state.ui.status = Some(Status {
            text: crate::i18n::tr_args(
                lang,
                "ui-status-framework-english",
                &[
                    ("have", have.into()),
                    ("lang", super::app::language_name(doc.lang()).into()),
                ],
            ),
            error: false,
        });
    }
    if fresh {
        state.ui.back = vec![Screen::Start];
        state.phase.show(Screen::Setup);
        setup::load(state);
        return Vec::new();
    }
    if let Some(id) = question::resume_target(state, position.as_deref()) {
        state.ui.back = vec![Screen::Overview];
        state.phase.show(Screen::Question);
        show_question(state, &id);
    } else {
        state.ui.back.clear();
        state.phase.show(Screen::Overview);
        lists::enter_overview(state);
    }
    Vec::new()
}

/// When the framework is not written in the session's language, the languages it is
/// written in (its text then shows in English; integra's own stays in the session's).
pub fn english_fallback(doc: &Doc) -> Option<String> {
    let have = if doc.fw.languages.is_empty() {
        vec!["en".to_owned()]
    } else {
        doc.fw.languages.clone()
    };
    (!have.iter().any(|l| l == doc.lang())).then(|| {
        have.iter()
            .map(|l| super::app::language_name(l))
            .collect::<Vec<_>>()
            .join(", ")
    })
}

/// The keys a one-line text field answers the same way wherever it is: Delete, ←, →, Home
/// and End; any other message changes nothing here (the field's own screen decides).
fn caret(input: &mut super::input::TextInput, msg: &Msg) {
    match msg {
        Msg::Delete => input.delete(),
        Msg::Left => input.left(),
        Msg::Right => input.right(),
        Msg::Home => input.home(),
        Msg::End => input.end(),
        _ => {}
    }
}
