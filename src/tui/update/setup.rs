//! The setup screen's keys: the assessment's facts as six text fields, then Continue, then
//! the workshop's participants (`participants`). Leaving a field keeps what was typed (and
//! saves it, when it changed).
//!
//! Must not: do I/O or draw.

use super::{participants, question};
use crate::answers::Meta;
use crate::tui::app::{Open, OpenScreen, SETUP_FIELDS, Screen};
use crate::tui::effect::Effect;
use crate::tui::input::TextInput;
use crate::tui::msg::Msg;

const CONTINUE: usize = SETUP_FIELDS.len();

/// Fills the fields from the session's facts.
pub fn load(o: &mut Open<'_>) {
    let doc = &*o.doc;
    let m = &doc.session.sheet.meta;
    let values = [
        &m.programme,
        &m.site,
        &m.country,
        &m.date,
        &m.facilitator,
        &m.participants,
    ];
    for (field, value) in o.ui.setup.fields.iter_mut().zip(values) {
        *field = TextInput::new(value.as_deref().unwrap_or_default());
    }
    o.ui.setup.focus = 0;
    participants::load(o);
}

/// Copies the fields and participants into the session; saves when they changed.
pub fn commit(o: &mut Open<'_>) -> Vec<Effect> {
    let mut fx = commit_facts(o);
    fx.extend(participants::commit(o));
    fx.dedup();
    fx
}

fn commit_facts(o: &mut Open<'_>) -> Vec<Effect> {
    let doc = &mut *o.doc;
    let value = |i: usize| {
        let text: &str = o.ui.setup.fields[i].as_str().trim();
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

pub fn update(o: &mut Open<'_>, msg: Msg) -> Vec<Effect> {
    let focus = o.ui.setup.focus;
    if focus > CONTINUE
        && let Some(fx) = participants::update(o, &msg)
    {
        return fx;
    }
    let last = o.ui.setup.add_row();
    let field = o.ui.setup.fields.get_mut(focus);
    match (msg, field) {
        (Msg::Up, _) => return move_focus(o, focus.saturating_sub(1)),
        (Msg::Down, _) => return move_focus(o, (focus + 1).min(last)),
        (Msg::Enter, Some(_)) => return move_focus(o, focus + 1),
        (Msg::Enter, None) if focus == CONTINUE => return finish(o),
        (Msg::Click { row, .. }, _) => {
            let hit =
                o.ui.cache
                    .hits
                    .borrow()
                    .iter()
                    .find_map(|(r, i)| (r.y == row).then_some(*i));
            if let Some(i) = hit {
                if i == CONTINUE && focus == CONTINUE {
                    return finish(o);
                }
                return move_focus(o, i);
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

fn move_focus(o: &mut Open<'_>, to: usize) -> Vec<Effect> {
    o.ui.setup.focus = to;
    commit(o)
}

/// Continue: on a new assessment, to its first question (Esc there leads to the overview);
/// when the facts were being edited later, back to where the person was.
fn finish(o: &mut Open<'_>) -> Vec<Effect> {
    let mut fx = commit(o);
    if o.ui.back.last() == Some(&Screen::Start) {
        if let Some(id) = question::resume_target(o.doc, None) {
            o.ui.back = vec![Screen::Overview];
            *o.screen = OpenScreen::Question;
            question::show(o, &id);
            fx.push(Effect::Save);
        } else {
            o.ui.back.clear();
            fx.extend(super::return_to(o, OpenScreen::Overview));
        }
        return fx;
    }
    // The screen before the setup screen (never the start screen: that is handled above).
    let to =
        o.ui.back
            .pop()
            .and_then(Screen::open)
            .unwrap_or(OpenScreen::Overview);
    fx.extend(super::return_to(o, to));
    fx
}
