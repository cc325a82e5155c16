//! `update`: the one place the wizard's state changes, as a pure function of a message.
//!
//! It returns [`Effect`]s for the loop to perform instead of doing I/O, so every behaviour
//! (navigation, answering, conditions, resume) is tested without a terminal. This file
//! routes messages and moves between screens: it matches the phase once and hands an open
//! assessment's screens an [`Open`] (the assessment, its screen and the `Ui`), the start
//! screen its `Ui`; each screen's keys live in `update/`.
//!
//! Must not: do I/O or draw.

mod actions;
mod agenda;
mod compare;
mod facilitate;
mod lists;
mod opened;
mod participants;
mod popup;
mod question;
mod saving;
mod setup;
mod start;
mod undo;
mod votes;

use super::app::{Open, OpenScreen, Phase, Popup, Saving, Screen, State, Status, Ui};
use super::effect::Effect;
use super::msg::Msg;

pub use opened::english_fallback;
use opened::open;
pub use question::enter_skips;

/// Applies `msg` to `state` and says what the loop should do.
pub fn update(state: &mut State, msg: Msg) -> Vec<Effect> {
    // Whatever changes the answers or notes can be undone: keep them as they were.
    let before = match msg {
        Msg::Undo | Msg::Opened(_) | Msg::Restored(..) | Msg::Tick(_) => None,
        _ => state.phase.doc().map(|d| d.session.answers().clone()),
    };
    let mut fx = route(state, msg);
    if let Some(before) = before
        && let Some(doc) = state.phase.doc()
    {
        undo::record(&mut state.ui, doc, before);
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
            if let Phase::Open { doc, screen } = &mut state.phase {
                agenda::tick(&mut Open::of(&mut state.ui, doc, screen), now);
            }
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
            if let Phase::Open { doc, screen } = &mut state.phase {
                lists::exported(&mut Open::of(&mut state.ui, doc, screen), result);
            }
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
        Msg::Go(screen) if state.doc().is_some() && state.screen() != Screen::Setup => {
            return go_to(state, screen);
        }
        _ => {}
    }
    let lang = state.lang();
    match &mut state.phase {
        Phase::Start { left } => match (msg, left) {
            // Undo reaches the assessment left behind the start screen too.
            (Msg::Undo, Some(doc)) => undo::restore(&mut state.ui, doc, lang).0,
            (msg, _) => start::update(&mut state.ui, &msg),
        },
        Phase::Open { doc, screen } => screen_key(&mut Open::of(&mut state.ui, doc, screen), msg),
    }
}

/// A key or click on one of the open assessment's screens.
fn screen_key(o: &mut Open<'_>, msg: Msg) -> Vec<Effect> {
    let on_setup = *o.screen == OpenScreen::Setup;
    match msg {
        Msg::Undo if !on_setup => return undo::undo(o),
        Msg::Park | Msg::NextOpen | Msg::Search | Msg::Clock if !on_setup => {
            return facilitate::update(o, &msg);
        }
        // The agenda also on the setup screen: budgets set before the room starts.
        Msg::Agenda => return facilitate::update(o, &msg),
        _ => {}
    }
    match *o.screen {
        OpenScreen::Setup => setup::update(o, msg),
        OpenScreen::Overview => lists::overview(o, msg),
        OpenScreen::Question => question::update(o, &msg),
        OpenScreen::Review => lists::review(o, msg),
        OpenScreen::Results => lists::results(o, &msg),
        OpenScreen::Export => lists::export(o, msg),
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
    let popup = state.ui.popup.take();
    let mut fx = Vec::new();
    if let Phase::Open { doc, screen } = &mut state.phase {
        let o = &mut Open::of(&mut state.ui, doc, screen);
        if let Some(Popup::Editor { target, input }) = popup {
            fx.extend(popup::commit_editor(o.doc, &target, &input));
        }
        match *o.screen {
            OpenScreen::Setup => fx.extend(setup::commit(o)),
            OpenScreen::Question => fx.extend(question::commit_typed(o).unwrap_or_default()),
            _ => {}
        }
    }
    state.ui.popup = Some(Popup::ConfirmQuit);
    fx
}

/// Keeps a number typed on the question screen before leaving it: `Err` when it is refused
/// (it stays, with the reason shown, rather than being dropped silently).
fn leave(o: &mut Open<'_>) -> Result<Vec<Effect>, ()> {
    if *o.screen == OpenScreen::Question {
        question::commit_typed(o)
    } else {
        Ok(Vec::new())
    }
}

/// Runs `then` unless a number typed on the question screen is refused.
fn leave_question(
    o: &mut Open<'_>,
    then: impl FnOnce(&mut Open<'_>) -> Vec<Effect>,
) -> Vec<Effect> {
    match leave(o) {
        Ok(mut fx) => {
            fx.extend(then(o));
            fx
        }
        Err(()) => Vec::new(),
    }
}

/// `Msg::Go`: to `screen` from wherever the wizard is (the start screen returns to the
/// assessment left behind it), keeping a typed number first.
fn go_to(state: &mut State, screen: Screen) -> Vec<Effect> {
    let mut fx = Vec::new();
    if let Phase::Open { doc, screen: on } = &mut state.phase {
        match leave(&mut Open::of(&mut state.ui, doc, on)) {
            Ok(kept) => fx = kept,
            Err(()) => return Vec::new(),
        }
    }
    if state.screen() == screen {
        return fx;
    }
    remember(&mut state.ui, state.phase.screen(), screen);
    state.phase.show(screen);
    fx.extend(enter(state, screen));
    fx
}

/// Keeps the screen left in the back stack. Each screen is in it at most once (the older
/// visit is forgotten), so going round in circles never builds up a long way back.
fn remember(ui: &mut Ui, left: Screen, to: Screen) {
    ui.back.retain(|s| *s != to && *s != left);
    ui.back.push(left);
}

/// Shows `screen` of the open assessment; Esc will return to the screen left.
pub fn go(o: &mut Open<'_>, screen: OpenScreen) -> Vec<Effect> {
    if *o.screen == screen {
        return Vec::new();
    }
    remember(o.ui, o.screen(), screen.into());
    *o.screen = screen;
    enter_open(o, screen)
}

/// Shows `screen` of the open assessment without remembering the one left (going back).
fn return_to(o: &mut Open<'_>, screen: OpenScreen) -> Vec<Effect> {
    *o.screen = screen;
    enter_open(o, screen)
}

/// Esc: back one screen; from the first screen of an assessment to the start screen; from
/// the start screen, ask to quit.
fn back(state: &mut State) -> Vec<Effect> {
    let to = match state.ui.back.pop() {
        Some(s) => s,
        None if state.screen() == Screen::Start => return ask_to_quit(state),
        None => Screen::Start,
    };
    let mut fx = Vec::new();
    if let Phase::Open { doc, screen } = &mut state.phase {
        let o = &mut Open::of(&mut state.ui, doc, screen);
        if *o.screen == OpenScreen::Setup {
            fx = setup::commit(o);
        }
        match leave(o) {
            Ok(kept) => fx.extend(kept),
            Err(()) => return fx,
        }
    }
    state.phase.show(to);
    fx.extend(enter(state, to));
    fx
}

/// Prepares a screen as it is shown.
fn enter(state: &mut State, screen: Screen) -> Vec<Effect> {
    match &mut state.phase {
        Phase::Start { .. } => {
            state.ui.cache.offset.set(0);
            vec![Effect::ListSessions]
        }
        Phase::Open { doc, screen: on } => {
            let o = &mut Open::of(&mut state.ui, doc, on);
            match screen.open() {
                Some(to) => enter_open(o, to),
                None => Vec::new(),
            }
        }
    }
}

/// Prepares a screen of the open assessment as it is shown.
fn enter_open(o: &mut Open<'_>, screen: OpenScreen) -> Vec<Effect> {
    o.ui.cache.offset.set(0);
    match screen {
        OpenScreen::Setup => setup::load(o),
        OpenScreen::Overview => lists::enter_overview(o),
        OpenScreen::Question => {
            let id = o.ui.question.id.clone();
            question::show(o, &id);
        }
        OpenScreen::Review => {
            let n = o.doc.visible().len();
            o.ui.review.index = o.ui.review.index.min(n.saturating_sub(1));
        }
        OpenScreen::Results => {
            o.ui.results.index = 0;
            o.ui.results_page = 0;
        }
        OpenScreen::Export => o.ui.export.error = None,
    }
    Vec::new()
}

/// Shows question `id` on an open assessment, as the question screen does (for tests that
/// set vote entry up on a given question).
pub fn show_question(state: &mut State, id: &str) {
    if let Phase::Open { doc, screen } = &mut state.phase {
        question::show(&mut Open::of(&mut state.ui, doc, screen), id);
    }
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
