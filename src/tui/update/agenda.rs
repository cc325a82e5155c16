//! The workshop clock and the agenda: `T` starts or stops the clock in the header, a tick
//! counts its seconds (to the principle of the question showing), and `A` opens the agenda,
//! where ↑↓ choose a principle and `+` / `-` change its time budget for this session by five
//! minutes (kept in the session, over the framework's `minutes`).
//!
//! Must not: do I/O or draw.

use crate::tui::app::{Open, Popup, Screen, Status};
use crate::tui::effect::Effect;
use crate::tui::msg::Msg;

/// How much `+` and `-` change a budget, in minutes.
pub const STEP: u32 = 5;

/// A tick of the loop's clock (`now`, in seconds). The status line and everything else stay
/// as they are: only the clock's digits change on screen.
pub fn tick(o: &mut Open<'_>, now: u64) {
    let principle = (o.screen() == Screen::Question)
        .then(|| principle_of(o, &o.ui.question.id))
        .flatten();
    o.ui.clock.tick(now, principle.as_deref());
    // The time spent is the session's, so a later sitting's agenda still has it; it is
    // written with the next save (a tick alone writes nothing and marks nothing unsaved).
    if let Some(p) = principle {
        let spent = o.ui.clock.spent(&p);
        o.doc.session.workshop.spent.insert(p, spent);
    }
}

/// The id of the principle `question` belongs to.
fn principle_of(o: &Open<'_>, question: &str) -> Option<String> {
    o.doc
        .fw
        .principles
        .iter()
        .find(|p| p.questions.iter().any(|q| q.id == question))
        .map(|p| p.id.clone())
}

/// `T`: starts or stops the clock, and says which.
pub fn toggle(o: &mut Open<'_>) {
    o.ui.clock.toggle();
    let key = if o.ui.clock.on {
        "ui-status-clock-on"
    } else {
        "ui-status-clock-off"
    };
    o.ui.status = Some(Status {
        text: o.tr(key),
        error: false,
    });
}

/// `A`: the agenda, the cursor on the principle of the question showing (else the first).
pub fn open(o: &mut Open<'_>) {
    let cursor = principle_of(o, &o.ui.question.id)
        .and_then(|p| o.doc.fw.principles.iter().position(|x| x.id == p))
        .unwrap_or(0);
    o.ui.popup = Some(Popup::Agenda { cursor });
}

/// A key with the agenda open.
pub fn key(o: &mut Open<'_>, cursor: usize, msg: &Msg) -> Vec<Effect> {
    let n = o.doc.fw.principles.len();
    let mut cursor = cursor.min(n.saturating_sub(1));
    let mut fx = Vec::new();
    match msg {
        Msg::Back | Msg::Enter | Msg::Agenda => return Vec::new(),
        Msg::Up | Msg::ScrollUp => cursor = cursor.saturating_sub(1),
        Msg::Down | Msg::ScrollDown => cursor = (cursor + 1).min(n.saturating_sub(1)),
        Msg::Home => cursor = 0,
        Msg::End => cursor = n.saturating_sub(1),
        Msg::Char(c @ ('+' | '-')) => fx = budget(o, cursor, *c == '+'),
        Msg::Clock => toggle(o),
        _ => {}
    }
    o.ui.popup = Some(Popup::Agenda { cursor });
    fx
}

/// Adds or takes [`STEP`] minutes from the budget of principle `i` (down to none).
fn budget(o: &mut Open<'_>, i: usize, more: bool) -> Vec<Effect> {
    let doc = &mut *o.doc;
    let Some(p) = doc.fw.principles.get(i) else {
        return Vec::new();
    };
    let id = p.id.clone();
    let now = doc.session.minutes(&doc.fw, &id).unwrap_or(0);
    let next = if more {
        now.saturating_add(STEP)
    } else {
        now.saturating_sub(STEP)
    };
    if next == now {
        return Vec::new();
    }
    doc.session.set_minutes(&id, Some(next));
    vec![Effect::Save]
}
