//! Keys and mouse to messages. What a key means depends on where the person is: in a text
//! field or the editor letters are text; elsewhere they are commands. Keys that mean nothing
//! here give `None`, and the loop then redraws nothing.
//!
//! Must not: change the state; it only reads it to choose a message.

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

use super::app::{OpenScreen, Phase, Popup, SETUP_FIELDS, Screen, State};
use super::choices::{Choice, choices};
use super::msg::Msg;
use crate::framework::Kind;

/// The message for a terminal event, if it means anything here.
pub fn map(state: &State, event: &Event) -> Option<Msg> {
    match event {
        Event::Key(k) if k.kind != KeyEventKind::Release => key(state, *k),
        Event::Mouse(m) => mouse(*m),
        Event::Resize(w, h) => Some(Msg::Resize(*w, *h)),
        _ => None,
    }
}

fn mouse(m: MouseEvent) -> Option<Msg> {
    match m.kind {
        MouseEventKind::ScrollUp => Some(Msg::ScrollUp),
        MouseEventKind::ScrollDown => Some(Msg::ScrollDown),
        MouseEventKind::Down(MouseButton::Left) => Some(Msg::Click {
            column: m.column,
            row: m.row,
        }),
        _ => None,
    }
}

fn key(state: &State, k: KeyEvent) -> Option<Msg> {
    let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && matches!(k.code, KeyCode::Char('c' | 'q')) {
        return Some(Msg::Quit);
    }
    if state.too_small() {
        // The same quit question as on a full screen (it is drawn on the small one), so an
        // open note is kept and nothing is lost by a key pressed in a cramped window.
        return match (&state.ui.popup, k.code) {
            (Some(Popup::ConfirmQuit), KeyCode::Char('y' | 'Y') | KeyCode::Enter) => Some(Msg::Yes),
            (Some(Popup::ConfirmQuit), KeyCode::Char('n' | 'N') | KeyCode::Esc) => Some(Msg::No),
            (_, KeyCode::Char('q') | KeyCode::Esc) => Some(Msg::Quit),
            _ => None,
        };
    }
    match &state.ui.popup {
        Some(Popup::Editor { .. }) => return text_key(k, true),
        Some(Popup::SaveElsewhere { .. } | Popup::Search { .. } | Popup::Action(_)) => {
            return text_key(k, false);
        }
        Some(Popup::Unreadable { .. }) => {
            return match k.code {
                KeyCode::Char('b' | 'B') | KeyCode::Enter => Some(Msg::Yes),
                KeyCode::Esc | KeyCode::Char('q') => Some(Msg::Back),
                _ => None,
            };
        }
        Some(Popup::Compare { .. }) => {
            return match k.code {
                KeyCode::Up | KeyCode::Char('k') => Some(Msg::Up),
                KeyCode::Down | KeyCode::Char('j') => Some(Msg::Down),
                KeyCode::Home | KeyCode::Char('g') => Some(Msg::Home),
                KeyCode::End | KeyCode::Char('G') => Some(Msg::End),
                KeyCode::Enter | KeyCode::Char(' ') => Some(Msg::Enter),
                KeyCode::Delete | KeyCode::Char('x') => Some(Msg::Clear),
                KeyCode::Esc | KeyCode::Char('b' | 'q') => Some(Msg::Back),
                _ => None,
            };
        }
        Some(Popup::Agenda { .. }) => return agenda_key(k),
        Some(Popup::ConfirmQuit) => {
            return match k.code {
                KeyCode::Char('y' | 'Y') | KeyCode::Enter => Some(Msg::Yes),
                KeyCode::Char('n' | 'N' | 'q') | KeyCode::Esc => Some(Msg::No),
                _ => None,
            };
        }
        Some(_) => {
            // Windows that can be longer than the screen scroll; the rest closes them.
            return match k.code {
                KeyCode::Up | KeyCode::Char('k') => Some(Msg::Up),
                KeyCode::Down | KeyCode::Char('j') => Some(Msg::Down),
                KeyCode::PageUp => Some(Msg::PageUp),
                KeyCode::PageDown => Some(Msg::PageDown),
                KeyCode::Home | KeyCode::Char('g') => Some(Msg::Home),
                KeyCode::End | KeyCode::Char('G') => Some(Msg::End),
                KeyCode::Esc | KeyCode::Enter | KeyCode::Char('?' | 'q' | 'i' | ' ') => {
                    Some(Msg::Back)
                }
                _ => None,
            };
        }
        None => {}
    }
    if state.screen() == Screen::Setup && state.ui.setup.person().is_some() {
        // A participant's row: typing is their initials, ←→ their role, Ctrl+D removes them.
        return match k.code {
            KeyCode::Char('d') if ctrl => Some(Msg::Clear),
            _ => text_key(k, false),
        };
    }
    if state.screen() == Screen::Setup && state.ui.setup.focus < SETUP_FIELDS.len() {
        return text_key(k, false);
    }
    if (typing_number(state) || typing_range(state))
        && let KeyCode::Char(c @ ('0'..='9' | '.' | ',' | '-')) = k.code
    {
        return Some(Msg::Char(c));
    }
    // Comparing is a thing of the results: elsewhere `b` means nothing (and redraws nothing).
    if k.code == KeyCode::Char('b') && state.screen() != Screen::Results {
        return None;
    }
    if !facilitator_key_here(state, k.code) {
        return None;
    }
    command(k)
}

/// Whether a facilitator's key means something on this screen (other keys: `true`).
fn facilitator_key_here(state: &State, code: KeyCode) -> bool {
    match code {
        // Parking is a thing of the question showing; actions' owners are set on the results.
        KeyCode::Char('f') => state.screen() == Screen::Question,
        KeyCode::Char('t') => state.screen() == Screen::Results,
        // The next question to settle, the search, the clock and the agenda work on an
        // assessment's screens past the setup.
        KeyCode::Char('w' | '/' | 'T') => !matches!(state.screen(), Screen::Start | Screen::Setup),
        // The agenda also on the setup screen (off its text fields, which take the letter),
        // so the budgets can be set before the room starts.
        KeyCode::Char('A') => state.screen() != Screen::Start,
        _ => true,
    }
}

/// Keys in the agenda: move, change the budget, the clock, close.
fn agenda_key(k: KeyEvent) -> Option<Msg> {
    match k.code {
        KeyCode::Up | KeyCode::Char('k') => Some(Msg::Up),
        KeyCode::Down | KeyCode::Char('j') => Some(Msg::Down),
        KeyCode::Home | KeyCode::Char('g') => Some(Msg::Home),
        KeyCode::End | KeyCode::Char('G') => Some(Msg::End),
        KeyCode::Char(c @ ('+' | '-')) => Some(Msg::Char(c)),
        KeyCode::Char('=') => Some(Msg::Char('+')),
        KeyCode::Char('T') => Some(Msg::Clock),
        KeyCode::Esc | KeyCode::Enter | KeyCode::Char('A' | 'q') => Some(Msg::Back),
        _ => None,
    }
}

/// Whether the cursor is on a number question's field, where digits are typed.
fn typing_number(state: &State) -> bool {
    let Phase::Open {
        doc,
        screen: OpenScreen::Question,
    } = &state.phase
    else {
        return false;
    };
    let Some(q) = doc.fw.question(&state.ui.question.id) else {
        return false;
    };
    matches!(q.kind, Kind::Number(_))
        && choices(&doc.fw, q).get(state.ui.question.cursor) == Some(&Choice::Field)
}

/// Whether vote entry is on for a number question, where the room's range is typed.
fn typing_range(state: &State) -> bool {
    state.screen() == Screen::Question
        && state.ui.votes.on
        && state
            .current_question()
            .is_some_and(|q| matches!(q.kind, Kind::Number(_)))
}

/// Keys in a text field (`multiline`: the note and text-answer editor).
fn text_key(k: KeyEvent, multiline: bool) -> Option<Msg> {
    let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
    let alt = k.modifiers.contains(KeyModifiers::ALT);
    Some(match k.code {
        KeyCode::Char('s') if ctrl => Msg::Save,
        // A new line in a note: Enter keeps the text (as in every other field), so the new
        // line has keys of its own that every terminal sends.
        KeyCode::Char('j') if ctrl && multiline => Msg::NewLine,
        KeyCode::Enter if alt && multiline => Msg::NewLine,
        KeyCode::Char(_) if ctrl => return None,
        KeyCode::Char(c) => Msg::Char(c),
        KeyCode::Enter => Msg::Enter,
        KeyCode::Esc => Msg::Back,
        KeyCode::Backspace => Msg::Backspace,
        KeyCode::Delete => Msg::Delete,
        KeyCode::Left => Msg::Left,
        KeyCode::Right => Msg::Right,
        KeyCode::Home => Msg::Home,
        KeyCode::End => Msg::End,
        KeyCode::Up => Msg::Up,
        KeyCode::Down => Msg::Down,
        KeyCode::Tab if !multiline => Msg::Down,
        KeyCode::BackTab if !multiline => Msg::Up,
        KeyCode::F(1) => Msg::Help,
        _ => return None,
    })
}

/// Keys everywhere else: letters are commands.
fn command(k: KeyEvent) -> Option<Msg> {
    Some(match k.code {
        KeyCode::Up | KeyCode::Char('k') => Msg::Up,
        KeyCode::Down | KeyCode::Char('j') => Msg::Down,
        KeyCode::Left | KeyCode::BackTab | KeyCode::Char('h') => Msg::Left,
        KeyCode::Right | KeyCode::Tab | KeyCode::Char('l') => Msg::Right,
        KeyCode::PageUp => Msg::PageUp,
        KeyCode::PageDown => Msg::PageDown,
        KeyCode::Home | KeyCode::Char('g') => Msg::Home,
        KeyCode::End | KeyCode::Char('G') => Msg::End,
        KeyCode::Enter => Msg::Enter,
        KeyCode::Esc => Msg::Back,
        KeyCode::Char(' ') => Msg::Space,
        KeyCode::Char(d @ '0'..='9') => Msg::Digit(u8::try_from(d).unwrap_or(b'0') - b'0'),
        KeyCode::Char('d') => Msg::DontKnow,
        KeyCode::Char('a') => Msg::NotApplicable,
        KeyCode::Char('u') => Msg::Undo,
        KeyCode::Backspace => Msg::Backspace,
        KeyCode::Delete | KeyCode::Char('x') => Msg::Clear,
        KeyCode::Char('?') | KeyCode::F(1) => Msg::Help,
        KeyCode::Char('q') => Msg::Quit,
        KeyCode::Char('p') => Msg::TogglePresent,
        KeyCode::Char('o') => Msg::Go(Screen::Overview),
        KeyCode::Char('r') => Msg::Go(Screen::Review),
        KeyCode::Char('s') => Msg::Go(Screen::Results),
        KeyCode::Char('e') => Msg::Go(Screen::Export),
        KeyCode::Char('m') => Msg::Go(Screen::Setup),
        KeyCode::Char('n') => Msg::Note,
        KeyCode::Char('i') => Msg::Info,
        // Workshop mode: vote entry on the question screen, and counts instead of votes.
        KeyCode::Char('v') => Msg::Votes,
        KeyCode::Char('c') => Msg::Tally,
        // Compare with an earlier assessment ("before"); on the results.
        KeyCode::Char('b') => Msg::Compare,
        // Facilitator aids: park (flag) the question, what is still open, find a question.
        KeyCode::Char('f') => Msg::Park,
        KeyCode::Char('w') => Msg::NextOpen,
        KeyCode::Char('/') => Msg::Search,
        KeyCode::Char('t') => Msg::Task,
        // The workshop clock in the header, and the agenda.
        KeyCode::Char('T') => Msg::Clock,
        KeyCode::Char('A') => Msg::Agenda,
        _ => return None,
    })
}
