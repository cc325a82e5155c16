//! Keys while a popup is open: help, guidance and notices scroll and close; the quit
//! question takes yes or no; the editor takes text, keeps it (saving it) on Enter or Ctrl+S,
//! and on Esc closes leaving the text as it was. The popups
//! about a failed save or an unreadable file have their keys in `saving.rs`.
//!
//! Must not: do I/O or draw.

use crate::answers::Response;
use crate::tui::app::{Doc, EditTarget, Open, Phase, Popup, State, Status};
use crate::tui::effect::Effect;
use crate::tui::input::TextInput;
use crate::tui::msg::Msg;

/// Handles `msg` with `popup` open (taken out of the state; put back to keep it open). The
/// popups about an assessment's content open only on its screens, so they take it from the
/// phase.
pub fn update(state: &mut State, popup: Popup, msg: &Msg) -> Vec<Effect> {
    match (popup, &mut state.phase) {
        (Popup::SaveElsewhere { message, input }, _) => {
            super::saving::save_elsewhere(state, message, input, msg)
        }
        (popup @ Popup::Unreadable { .. }, _) => super::saving::unreadable(state, popup, msg),
        // After a failed save the question said what quitting loses: no new save is tried.
        (Popup::ConfirmQuit, _) if state.ui.unsaved => match msg {
            Msg::Yes | Msg::Enter => vec![Effect::Quit],
            Msg::No | Msg::Back => Vec::new(),
            _ => {
                state.ui.popup = Some(Popup::ConfirmQuit);
                Vec::new()
            }
        },
        (Popup::ConfirmQuit, _) => match msg {
            Msg::Yes | Msg::Enter => vec![Effect::Save, Effect::Quit],
            Msg::No | Msg::Back => Vec::new(),
            _ => {
                state.ui.popup = Some(Popup::ConfirmQuit);
                Vec::new()
            }
        },
        (Popup::Compare { sessions, cursor }, Phase::Open { doc, screen }) => {
            let o = &mut Open::of(&mut state.ui, doc, screen);
            super::compare::picker(o, sessions, cursor, msg)
        }
        (Popup::Action(form), Phase::Open { doc, screen }) => {
            super::actions::form(&mut Open::of(&mut state.ui, doc, screen), form, msg)
        }
        (Popup::Agenda { cursor }, Phase::Open { doc, screen }) => {
            super::agenda::key(&mut Open::of(&mut state.ui, doc, screen), cursor, msg)
        }
        (Popup::Search { input, cursor }, Phase::Open { doc, screen }) => {
            let o = &mut Open::of(&mut state.ui, doc, screen);
            super::facilitate::search_key(o, input, cursor, msg)
        }
        (Popup::Editor { target, input }, Phase::Open { doc, screen }) => editor(
            &mut Open::of(&mut state.ui, doc, screen),
            target,
            input,
            msg,
        ),
        (other, _) => scroll(state, other, msg),
    }
}

/// Keys in the note or text-answer editor.
fn editor(o: &mut Open<'_>, target: EditTarget, mut input: TextInput, msg: &Msg) -> Vec<Effect> {
    match msg {
        // Enter on an empty answer nobody had written: nothing to keep, so go on, as
        // Enter does on any question left unanswered (no loop back into the editor).
        Msg::Enter
            if matches!(target, EditTarget::TextAnswer(_))
                && input.as_str().trim().is_empty()
                && o.current_question()
                    .is_some_and(|q| o.doc.session.answers().get(&q.id).is_none()) =>
        {
            return super::question::skip(o);
        }
        Msg::Enter | Msg::Save => return commit_editor(o.doc, &target, &input),
        // Esc cancels: what was there before the editor opened stays as it was.
        Msg::Back => {
            o.ui.status = Some(Status {
                text: o.tr("ui-status-edit-cancelled"),
                error: false,
            });
            return Vec::new();
        }
        Msg::Char(c) => typed(o, &mut input, *c),
        Msg::NewLine => typed(o, &mut input, '\n'),
        Msg::Backspace => input.backspace(),
        Msg::Delete => input.delete(),
        Msg::Left => input.left(),
        Msg::Right => input.right(),
        Msg::Up => input.up(),
        Msg::Down => input.down(),
        Msg::Home => input.home(),
        Msg::End => input.end(),
        _ => {}
    }
    o.ui.popup = Some(Popup::Editor { target, input });
    Vec::new()
}

/// A window to read: it scrolls and closes.
fn scroll(state: &mut State, other: Popup, msg: &Msg) -> Vec<Effect> {
    // Long windows scroll (the view says how far they can).
    let max = state.ui.cache.scroll_max.get();
    let page = usize::from(state.ui.size.1.saturating_sub(6)).max(1);
    let at = &mut state.ui.popup_scroll;
    match msg {
        Msg::Up | Msg::ScrollUp => *at = at.saturating_sub(1),
        Msg::Down | Msg::ScrollDown => *at = (*at + 1).min(max),
        Msg::PageUp => *at = at.saturating_sub(page),
        Msg::PageDown => *at = (*at + page).min(max),
        Msg::Home => *at = 0,
        Msg::End => *at = max,
        _ => {}
    }
    let closes = matches!(
        msg,
        Msg::Back | Msg::Enter | Msg::Help | Msg::Info | Msg::Space | Msg::Click { .. }
    );
    if closes {
        state.ui.popup_scroll = 0;
    } else {
        state.ui.popup = Some(other);
    }
    Vec::new()
}

/// Types `c` into the editor; when the text is full, says so instead.
fn typed(o: &mut Open<'_>, input: &mut TextInput, c: char) {
    if !input.insert(c) {
        let max = input.limit().unwrap_or_default();
        o.ui.status = Some(Status {
            text: o.tr_args("ui-editor-full", &[("max", max.into())]),
            error: true,
        });
    }
}

/// Keeps what the editor holds: a note (empty removes it) or a text answer (empty clears
/// it). Saves only when something changed.
pub fn commit_editor(doc: &mut Doc, target: &EditTarget, input: &TextInput) -> Vec<Effect> {
    let text = input.as_str().trim_end();
    let answers = doc.session.answers_mut();
    match target {
        EditTarget::Note(id) => {
            if answers.note(id).unwrap_or_default() == text {
                return Vec::new();
            }
            answers.set_note(id.clone(), text);
        }
        EditTarget::TextAnswer(id) => {
            let current = match answers.get(id) {
                Some(Response::Text(t)) => Some(t.as_str()),
                _ => None,
            };
            if current == Some(text) || (current.is_none() && text.trim().is_empty()) {
                return Vec::new();
            }
            if text.trim().is_empty() {
                answers.clear(id);
            } else {
                answers.set(id.clone(), Response::Text(text.to_owned()));
            }
        }
    }
    vec![Effect::Save]
}
