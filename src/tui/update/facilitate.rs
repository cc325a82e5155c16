//! Facilitator aids on the question, overview and review screens: the parking lot (`f`
//! parks or unparks the question showing), the next question still to settle (`w`: the
//! next unanswered or parked one, going round), and the search line (`/`: type words,
//! ↑↓ choose among the matches, Enter goes there).
//!
//! Must not: do I/O or draw.

use super::question::show;
use super::{go, leave_question};
use crate::tui::app::{Open, OpenScreen, Popup, Screen, Status};
use crate::tui::effect::Effect;
use crate::tui::input::TextInput;
use crate::tui::msg::Msg;
use crate::tui::search::find;

/// The longest search line (words of a question are short; this only bounds the field).
const MAX_QUERY: usize = 80;

/// `f`, `w`, `/`, `T` and `A` on an assessment's screens.
pub fn update(o: &mut Open<'_>, msg: &Msg) -> Vec<Effect> {
    match msg {
        Msg::Park if o.screen() == Screen::Question => park(o),
        Msg::NextOpen => next_open(o),
        Msg::Clock => {
            super::agenda::toggle(o);
            Vec::new()
        }
        Msg::Agenda => {
            super::agenda::open(o);
            Vec::new()
        }
        Msg::Search => {
            o.ui.popup = Some(Popup::Search {
                input: TextInput::default().limited(MAX_QUERY),
                cursor: 0,
            });
            Vec::new()
        }
        _ => Vec::new(),
    }
}

/// Parks the question showing, or takes it out of the parking lot.
fn park(o: &mut Open<'_>) -> Vec<Effect> {
    let id = o.ui.question.id.clone();
    let doc = &mut *o.doc;
    let key = if doc.session.is_parked(&id) {
        doc.session.unpark(&id);
        "ui-status-unparked"
    } else {
        doc.session.park(&id);
        "ui-status-parked"
    };
    o.ui.status = Some(Status {
        text: o.tr_args(key, &[("id", id.into())]),
        error: false,
    });
    vec![Effect::Save]
}

/// Goes to the next question after the one showing (from the first, elsewhere) that is
/// unanswered or parked, going round past the last; says so when every one is settled.
fn next_open(o: &mut Open<'_>) -> Vec<Effect> {
    let doc = &*o.doc;
    let after = (o.screen() == Screen::Question).then_some(o.ui.question.id.as_str());
    let Some(id) = doc.session.next_open(&doc.fw, after) else {
        o.ui.status = Some(Status {
            text: o.tr("ui-status-none-open"),
            error: false,
        });
        return Vec::new();
    };
    let parked = doc.session.is_parked(&id);
    let mut fx = leave_question(o, |o| jump(o, &id));
    if parked && o.ui.question.id == id {
        o.ui.status = Some(Status {
            text: o.tr_args("ui-status-at-parked", &[("id", id.into())]),
            error: false,
        });
    }
    fx.dedup();
    fx
}

/// Shows question `id` (from any screen of the assessment).
fn jump(o: &mut Open<'_>, id: &str) -> Vec<Effect> {
    o.ui.question.from_review = false;
    if o.screen() == Screen::Question {
        show(o, id);
        return vec![Effect::Save];
    }
    id.clone_into(&mut o.ui.question.id);
    let mut fx = go(o, OpenScreen::Question);
    fx.push(Effect::Save);
    fx
}

/// A key with the search line open: typing narrows the matches, ↑↓ choose one, Enter goes
/// to it, Esc closes the line.
pub fn search_key(o: &mut Open<'_>, mut input: TextInput, cursor: usize, msg: &Msg) -> Vec<Effect> {
    let matches = find(o.doc, input.as_str());
    let mut cursor = cursor.min(matches.len().saturating_sub(1));
    match msg {
        Msg::Back => return Vec::new(),
        Msg::Enter => {
            if let Some(id) = matches.get(cursor).cloned() {
                return leave_question(o, |o| jump(o, &id));
            }
            o.ui.status = Some(Status {
                text: o.tr_args("ui-status-search-none", &[("query", input.as_str().into())]),
                error: true,
            });
        }
        Msg::Up => cursor = cursor.saturating_sub(1),
        Msg::Down => cursor = (cursor + 1).min(matches.len().saturating_sub(1)),
        Msg::Char(c) => {
            input.insert(*c);
            cursor = 0;
        }
        Msg::Backspace => {
            input.backspace();
            cursor = 0;
        }
        other => super::caret(&mut input, other),
    }
    o.ui.popup = Some(Popup::Search { input, cursor });
    Vec::new()
}
