//! The setup screen's keys: the assessment's facts as six text fields, then Continue, then
//! the workshop's participants (`participants`). Leaving a field keeps what was typed (and
//! saves it, when it changed).
//!
//! Must not: do I/O or draw.

use super::{participants, question};
use crate::answers::Meta;
use crate::tui::app::{SETUP_FIELDS, Screen, State};
use crate::tui::effect::Effect;
use crate::tui::input::TextInput;
use crate::tui::msg::Msg;

const CONTINUE: usize = SETUP_FIELDS.len();

/// Fills the fields from the session's facts.
pub fn load(state: &mut State) {
    let Some(doc) = state.phase.doc() else {
        return;
    };
    let m = &doc.session.sheet.meta;
    let values = [
        &m.programme,
        &m.site,
        &m.country,
        &m.date,
        &m.facilitator,
        &m.participants,
    ];
    for (field, value) in state.ui.setup.fields.iter_mut().zip(values) {
        *field = TextInput::new(value.as_deref().unwrap_or_default());
    }
    state.ui.setup.focus = 0;
    participants::load(state);
}

/// Copies the fields and participants into the session; saves when they changed.
pub fn commit(state: &mut State) -> Vec<Effect> {
    let mut fx = commit_facts(state);
    fx.extend(participants::commit(state));
    fx.dedup();
    fx
}

fn commit_facts(state: &mut State) -> Vec<Effect> {
    let Some(doc) = state.phase.doc_mut() else {
        return Vec::new();
    };
    let value = |i: usize| {
        let text: &str = state.ui.setup.fields[i].as_str().trim();
        (!text.is_empty()).then(|| text.to_owned())
    };
    let meta = Meta {
        programme: value(0),
        site: value(1),
        country: value(2),
        date: value(3),
        facilitator: value(4),
        participants: value(5),
    };
    if doc.session.sheet.meta == meta {
        return Vec::new();
    }
    doc.session.sheet.meta = meta;
    vec![Effect::Save]
}

pub fn update(state: &mut State, msg: Msg) -> Vec<Effect> {
    let focus = state.ui.setup.focus;
    if focus > CONTINUE
        && let Some(fx) = participants::update(state, &msg)
    {
        return fx;
    }
    let last = state.ui.setup.add_row();
    let field = state.ui.setup.fields.get_mut(focus);
    match (msg, field) {
        (Msg::Up, _) => return move_focus(state, focus.saturating_sub(1)),
        (Msg::Down, _) => return move_focus(state, (focus + 1).min(last)),
        (Msg::Enter, Some(_)) => return move_focus(state, focus + 1),
        (Msg::Enter, None) if focus == CONTINUE => return finish(state),
        (Msg::Click { row, .. }, _) => {
            let hit = state
                .ui
                .cache
                .hits
                .borrow()
                .iter()
                .find_map(|(r, i)| (r.y == row).then_some(*i));
            if let Some(i) = hit {
                if i == CONTINUE && focus == CONTINUE {
                    return finish(state);
                }
                return move_focus(state, i);
            }
        }
        (Msg::Char(c), Some(f)) => {
            f.insert(c);
        }
        (Msg::Backspace, Some(f)) => f.backspace(),
        (Msg::Delete, Some(f)) => f.delete(),
        (Msg::Left, Some(f)) => f.left(),
        (Msg::Right, Some(f)) => f.right(),
        (Msg::Home, Some(f)) => f.home(),
        (Msg::End, Some(f)) => f.end(),
        _ => {}
    }
    Vec::new()
}

fn move_focus(state: &mut State, to: usize) -> Vec<Effect> {
    state.ui.setup.focus = to;
    commit(state)
}

/// Continue: on a new assessment, to its first question (Esc there leads to the overview);
/// when the facts were being edited later, back to where the person was.
fn finish(state: &mut State) -> Vec<Effect> {
    let mut fx = commit(state);
    if state.ui.back.last() == Some(&Screen::Start) {
        if let Some(id) = question::resume_target(state, None) {
            state.ui.back = vec![Screen::Overview];
            state.phase.show(Screen::Question);
            question::show_question(state, &id);
            fx.push(Effect::Save);
        } else {
            state.ui.back.clear();
            state.phase.show(Screen::Overview);
            fx.extend(super::enter(state, Screen::Overview));
        }
        return fx;
    }
    if let Some(to) = state.ui.back.pop() {
        state.phase.show(to);
        fx.extend(super::enter(state, to));
    } else {
        state.phase.show(Screen::Overview);
        fx.extend(super::enter(state, Screen::Overview));
    }
    fx
}
