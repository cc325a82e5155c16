//! Keys while a popup is open: help, guidance and notices scroll and close; the quit
//! question takes yes or no; the editor takes text, keeps it (saving it) on Enter or Ctrl+S,
//! and on Esc closes leaving the text as it was. The popups
//! about a failed save or an unreadable file have their keys in `saving.rs`.
//!
//! Must not: do I/O or draw.

use crate::answers::Response;
use crate::tui::app::{EditTarget, Popup, State, Status};
use crate::tui::effect::Effect;
use crate::tui::input::TextInput;
use crate::tui::msg::Msg;

/// Handles `msg` with `popup` open (taken out of the state; put back to keep it open).
pub fn update(state: &mut State, popup: Popup, msg: &Msg) -> Vec<Effect> {
    match popup {
        Popup::SaveElsewhere { message, input } => {
            super::saving::save_elsewhere(state, message, input, msg)
        }
        popup @ Popup::Unreadable { .. } => super::saving::unreadable(state, popup, msg),
        Popup::Compare { sessions, cursor } => super::compare::picker(state, sessions, cursor, msg),
        Popup::Action(form) => super::actions::form(state, form, msg),
        Popup::Agenda { cursor } => super::agenda::key(state, cursor, msg),
        Popup::Search { input, cursor } => super::facilitate::search_key(state, input, cursor, msg),
        // After a failed save the question said what quitting loses: no new save is tried.
        Popup::ConfirmQuit if state.ui.unsaved => match msg {
            Msg::Yes | Msg::Enter => vec![Effect::Quit],
            Msg::No | Msg::Back => Vec::new(),
            _ => {
                state.ui.popup = Some(Popup::ConfirmQuit);
                Vec::new()
            }
        },
        Popup::ConfirmQuit => match msg {
            Msg::Yes | Msg::Enter => vec![Effect::Save, Effect::Quit],
            Msg::No | Msg::Back => Vec::new(),
            _ => {
                state.ui.popup = Some(Popup::ConfirmQuit);
                Vec::new()
            }
        },
        Popup::Editor { target, mut input } => {
            match msg {
                // Enter on an empty answer nobody had written: nothing to keep, so go on, as
                // Enter does on any question left unanswered (no loop back into the editor).
                Msg::Enter
                    if matches!(target, EditTarget::TextAnswer(_))
                        && input.as_str().trim().is_empty()
                        && state.current_question().is_some_and(|q| {
                            state
                                .doc()
                                .is_some_and(|d| d.session.answers().get(&q.id).is_none())
                        }) =>
                {
                    return super::question::skip(state);
                }
                Msg::Enter | Msg::Save => return commit_editor(state, &target, &input),
                // Esc cancels: what was there before the editor opened stays as it was.
                Msg::Back => {
                    state.ui.status = Some(Status {
                        text: state.tr("ui-status-edit-cancelled"),
                        error: false,
                    });
                    return Vec::new();
                }
                Msg::Char(c) => typed(state, &mut input, *c),
                Msg::NewLine => typed(state, &mut input, '\n'),
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
            state.ui.popup = Some(Popup::Editor { target, input });
            Vec::new()
        }
        other => {
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
    }
}

/// Types `c` into the editor; when the text is full, says so instead.
fn typed(state: &mut State, input: &mut TextInput, c: char) {
    if !input.insert(c) {
        let max = input.limit().unwrap_or_default();
        state.ui.status = Some(Status {
            text: state.tr_args("ui-editor-full", &[("max", max.into())]),
            error: true,
        });
    }
}

/// Keeps what the editor holds: a note (empty removes it) or a text answer (empty clears
/// it). Saves only when something changed.
pub fn commit_editor(state: &mut State, target: &EditTarget, input: &TextInput) -> Vec<Effect> {
    let Some(doc) = state.phase.doc_mut() else {
        return Vec::new();
    };
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
