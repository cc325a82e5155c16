//! `u`: undo the last change to the answers or notes. `update` keeps the answers as they
//! were before each message that changed them (at most [`UNDO_DEPTH`] states), and undoing
//! puts the last of them back, shows the question it concerned and saves.
//!
//! Must not: do I/O or draw.

use super::question::show;
use crate::answers::Answers;
use crate::i18n::{Lang, tr, tr_args};
use crate::tui::app::{Doc, Open, Screen, Status, UNDO_DEPTH, Ui, Undo};
use crate::tui::effect::Effect;

/// After a message: when the answers or notes changed, keep what they were.
pub fn record(ui: &mut Ui, doc: &Doc, before: Answers) {
    let after = doc.session.answers();
    if *after == before {
        return;
    }
    let question = changed(&before, after);
    ui.undo.push(Undo {
        answers: before,
        question,
    });
    if ui.undo.len() > UNDO_DEPTH {
        ui.undo.remove(0);
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

/// `u` on an assessment's screen; on the question screen, the question undone shows.
pub fn undo(o: &mut Open<'_>) -> Vec<Effect> {
    let lang = o.lang();
    let (fx, shown) = restore(o.ui, o.doc, lang);
    // On the question screen, the question undone is the one to look at.
    if o.screen() == Screen::Question
        && let Some(id) = &shown
    {
        show(o, id);
    }
    fx
}

/// Puts the answers back as they were before the last change and says so (in `lang`); the
/// question it concerned, when it is shown.
pub fn restore(ui: &mut Ui, doc: &mut Doc, lang: Lang) -> (Vec<Effect>, Option<String>) {
    let Some(last) = ui.undo.pop() else {
        ui.status = Some(Status {
            text: tr(lang, "ui-status-nothing-to-undo"),
            error: false,
        });
        return (Vec::new(), None);
    };
    *doc.session.answers_mut() = last.answers;
    let text = last
        .question
        .as_deref()
        .and_then(|id| doc.fw.question(id))
        .map(|q| q.text.get(doc.lang()).to_owned());
    let shown = last
        .question
        .as_deref()
        .filter(|id| doc.visible().iter().any(|q| q.id == *id))
        .map(str::to_owned);
    ui.status = Some(Status {
        text: match text {
            Some(t) => tr_args(lang, "ui-status-undone", &[("question", t.into())]),
            None => tr(lang, "ui-status-undone-any"),
        },
        error: false,
    });
    (vec![Effect::Save], shown)
}
