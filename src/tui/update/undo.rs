//! `u`: undo the last change to the answers or notes. `update` keeps the answers as they
//! were before each message that changed them (at most [`UNDO_DEPTH`] states), and undoing
//! puts the last of them back, shows the question it concerned and saves.
//!
//! Must not: do I/O or draw.

use super::show_question;
use crate::answers::Answers;
use crate::tui::app::{Screen, State, Status, UNDO_DEPTH, Undo};
use crate::tui::effect::Effect;

/// After a message: when the answers or notes changed, keep what they were.
pub fn record(state: &mut State, before: Answers) {
    let Some(doc) = state.phase.doc() else {
        return;
    };
    let after = doc.session.answers();
    if *after == before {
        return;
    }
    let question = changed(&before, after);
    state.ui.undo.push(Undo {
        answers: before,
        question,
    });
    if state.ui.undo.len() > UNDO_DEPTH {
        state.ui.undo.remove(0);
    }
}

/// The question whose answer or note differs between `a` and `b`.
fn changed(a: &Answers, b: &Answers) -> Option<String> {
    let differs = |id: &str| a.get(id) != b.get(id) || a.note(id) != b.note(id);
    a.responses()
        .map(|(id, _)| id)
        .chain(b.responses().map(|(id, _)| id))
        .chain(a.notes().map(|(id, _)| id))
        .chain(b.notes().map(|(id, _)| id))
        .find(|id| differs(id))
        .map(str::to_owned)
}

/// Puts the answers back as they were before the last change.
pub fn undo(state: &mut State) -> Vec<Effect> {
    let Some(last) = state.ui.undo.pop() else {
        state.ui.status = Some(Status {
            text: state.tr("ui-status-nothing-to-undo"),
            error: false,
        });
        return Vec::new();
    };
    let Some(doc) = state.phase.doc_mut() else {
        return Vec::new();
    };
    *doc.session.answers_mut() = last.answers;
    let lang = doc.lang().to_owned();
    let text = last
        .question
        .as_deref()
        .and_then(|id| doc.fw.question(id))
        .map(|q| q.text.get(&lang).to_owned());
    let shown = last
        .question
        .as_deref()
        .filter(|id| doc.visible().iter().any(|q| q.id == *id))
        .map(str::to_owned);
    // On the question screen, the question undone is the one to look at.
    if state.screen() == Screen::Question
        && let Some(id) = &shown
    {
        show_question(state, id);
    }
    state.ui.status = Some(Status {
        text: match text {
            Some(t) => state.tr_args("ui-status-undone", &[("question", t.into())]),
            None => state.tr("ui-status-undone-any"),
        },
        error: false,
    });
    vec![Effect::Save]
}
