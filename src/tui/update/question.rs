//! The question screen's keys: moving through the answer list, choosing and ticking, typing a
//! number, writing a text answer or a note, and moving between the questions conditions show.
//!
//! Every change to an answer returns [`Effect::Save`], so it is on disk before the next key.
//! With vote entry on (`v`, workshop mode), a key goes to `votes` first; what it leaves
//! (moving between questions, notes, the consensus keys) works as here.
//!
//! Must not: do I/O or draw.

use super::go;
use crate::answers::{MAX_TEXT_CHARS, Response};
use crate::framework::{Kind, QuestionKind};
use crate::tui::app::{
    Doc, EditTarget, Open, OpenScreen, Popup, QuestionState, Screen, Status, Ui,
};
use crate::tui::choices::{Choice, choices, choose, initial_cursor, numbered, parse_number};
use crate::tui::effect::Effect;
use crate::tui::input::TextInput;
use crate::tui::msg::Msg;

/// Shows question `id`: the cursor on its current answer, a number answer ready to edit.
pub fn show(o: &mut Open<'_>, id: &str) {
    let doc = &mut *o.doc;
    let Some(q) = doc.fw.question(id) else {
        return;
    };
    let rows = choices(&doc.fw, q);
    let answer = doc.session.answers().get(id);
    let input = match answer {
        Some(Response::Number(n)) => TextInput::new(&n.to_string()),
        _ => TextInput::default(),
    };
    o.ui.question = QuestionState {
        id: id.to_owned(),
        cursor: initial_cursor(&rows, answer),
        input,
        error: None,
        moved: false,
        from_review: false,
    };
    doc.session.record.position = Some(id.to_owned());
    o.ui.cache.offset.set(0);
    super::votes::enter_question(o);
}

/// Where to resume: the saved position if it is still shown, else the first unanswered
/// question shown, else the first shown. `None` when no question is shown at all.
pub fn resume_target(doc: &Doc, position: Option<&str>) -> Option<String> {
    let visible = doc.visible();
    let answers = doc.session.answers();
    position
        .and_then(|p| visible.iter().find(|q| q.id == p))
        .or_else(|| visible.iter().find(|q| answers.get(&q.id).is_none()))
        .or_else(|| visible.first())
        .map(|q| q.id.clone())
}

pub fn update(o: &mut Open<'_>, msg: &Msg) -> Vec<Effect> {
    let Some((rows, kind)) = o
        .current_question()
        .map(|q| (choices(&o.doc.fw, q), q.kind.tag()))
    else {
        return Vec::new();
    };
    match msg {
        Msg::Votes => return super::votes::toggle(o),
        Msg::Tally => return super::votes::tally(o),
        _ => {}
    }
    if let Some(fx) = super::votes::update(o, msg, &rows) {
        return fx;
    }
    let last = rows.len().saturating_sub(1);
    let on_field = rows.get(o.ui.question.cursor) == Some(&Choice::Field);
    let typing_number = on_field && kind == QuestionKind::Number;
    if matches!(
        msg,
        Msg::Up | Msg::ScrollUp | Msg::Down | Msg::ScrollDown | Msg::Home | Msg::End
    ) {
        o.ui.question.moved = true;
    }
    let cursor = &mut o.ui.question.cursor;
    match msg {
        Msg::Up | Msg::ScrollUp => *cursor = cursor.saturating_sub(1),
        Msg::Down | Msg::ScrollDown => *cursor = (*cursor + 1).min(last),
        Msg::Home => *cursor = 0,
        Msg::End => *cursor = last,
        Msg::Left | Msg::PageUp => return leave_then(o, false),
        Msg::Right | Msg::PageDown => return leave_then(o, true),
        &Msg::Digit(n) => return digit(o, &rows, n),
        Msg::DontKnow => return special(o, &rows, &Choice::DontKnow),
        Msg::NotApplicable => return special(o, &rows, &Choice::NotApplicable),
        Msg::Space => return pick(o, &rows),
        &Msg::Click { column, row } => {
            let hit = o.ui.cache.hits.borrow().iter().find_map(|(r, i)| {
                (r.x <= column && column < r.right() && r.y <= row && row < r.bottom())
                    .then_some(*i)
            });
            if let Some(i) = hit.filter(|i| *i <= last) {
                o.ui.question.cursor = i;
                return pick(o, &rows);
            }
        }
        Msg::Enter => return enter(o, &rows, kind),
        &Msg::Char(c) if typing_number => {
            o.ui.question.input.insert(c);
            o.ui.question.error = None;
        }
        Msg::Backspace if typing_number => {
            o.ui.question.input.backspace();
            o.ui.question.error = None;
        }
        Msg::Backspace | Msg::Delete | Msg::Clear => return clear(o),
        Msg::Note => {
            let id = o.ui.question.id.clone();
            let note = o.doc.session.answers().note(&id);
            o.ui.popup = Some(Popup::Editor {
                input: TextInput::new(note.unwrap_or_default()).limited(MAX_TEXT_CHARS),
                target: EditTarget::Note(id),
            });
        }
        Msg::Info => o.ui.popup = Some(Popup::Info),
        _ => {}
    }
    Vec::new()
}

/// The row a digit names: 1 to 9, then 0 for the tenth (the list shows these numbers).
pub fn digit_row(n: u8) -> usize {
    if n == 0 { 9 } else { usize::from(n) - 1 }
}

/// A digit chooses its row; a digit beyond the list says what there is to choose from.
fn digit(o: &mut Open<'_>, rows: &[Choice], n: u8) -> Vec<Effect> {
    let count = numbered(rows);
    let row = digit_row(n);
    if row >= count {
        let text = if count == 0 {
            o.tr("ui-status-no-numbers")
        } else {
            o.tr_args(
                "ui-status-no-option",
                &[("n", usize::from(n).into()), ("max", count.min(10).into())],
            )
        };
        o.ui.status = Some(Status { text, error: true });
        return Vec::new();
    }
    o.ui.question.cursor = row;
    pick(o, rows)
}

/// `d` and `a`: "don't know" and "not applicable", where the framework offers them.
fn special(o: &mut Open<'_>, rows: &[Choice], which: &Choice) -> Vec<Effect> {
    if let Some(row) = rows.iter().position(|c| c == which) {
        o.ui.question.cursor = row;
        return pick(o, rows);
    }
    let key = if *which == Choice::DontKnow {
        "ui-status-no-dont-know"
    } else {
        "ui-status-no-na"
    };
    o.ui.status = Some(Status {
        text: o.tr(key),
        error: true,
    });
    Vec::new()
}

/// Whether Enter would move on without answering: nothing answered, and the cursor still
/// where it started (nobody pointed at a row). The footer names Enter accordingly.
pub fn enter_skips(ui: &Ui, doc: &Doc) -> bool {
    let Some(q) = doc.fw.question(&ui.question.id) else {
        return false;
    };
    let on_field = choices(&doc.fw, q).get(ui.question.cursor) == Some(&Choice::Field);
    !on_field && !ui.question.moved && doc.session.answers().get(&q.id).is_none()
}

/// Goes on to the next question without answering this one, saying so.
pub fn skip(o: &mut Open<'_>) -> Vec<Effect> {
    o.ui.status = Some(Status {
        text: o.tr("ui-status-skipped"),
        error: false,
    });
    step(o, true)
}

/// Enter: choose the row under the cursor and go on. On the typed field, a number is
/// checked and kept, and a text answer opens the editor. A checklist records what is
/// ticked, nothing ticked meaning "none of these". On an unanswered question where nobody
/// has moved the cursor, Enter goes on without answering: the first row is not an answer.
fn enter(o: &mut Open<'_>, rows: &[Choice], kind: QuestionKind) -> Vec<Effect> {
    let row = rows.get(o.ui.question.cursor);
    if enter_skips(o.ui, o.doc) {
        return skip(o);
    }
    match (row, kind) {
        (Some(Choice::Field), QuestionKind::Text) => pick(o, rows),
        (Some(Choice::Field), _) => leave_then(o, true),
        (Some(Choice::Option(_)), QuestionKind::Checklist) => {
            let mut fx = Vec::new();
            let answers = o.doc.session.answers_mut();
            if !matches!(answers.get(&o.ui.question.id), Some(Response::Checklist(_))) {
                answers.set(o.ui.question.id.clone(), Response::Checklist(Vec::new()));
                fx.push(Effect::Save);
            }
            fx.extend(step(o, true));
            fx
        }
        _ => {
            let mut fx = pick(o, rows);
            fx.extend(step(o, true));
            fx
        }
    }
}

/// Chooses (or ticks) the row under the cursor.
fn pick(o: &mut Open<'_>, rows: &[Choice]) -> Vec<Effect> {
    let Some(choice) = rows.get(o.ui.question.cursor) else {
        return Vec::new();
    };
    let id = o.ui.question.id.clone();
    let doc = &mut *o.doc;
    let Some(q) = doc.fw.question(&id) else {
        return Vec::new();
    };
    if *choice == Choice::Field {
        if matches!(q.kind, Kind::Text) {
            let text = match doc.session.answers().get(&id) {
                Some(Response::Text(t)) => t.as_str(),
                _ => "",
            };
            o.ui.popup = Some(Popup::Editor {
                input: TextInput::new(text).limited(MAX_TEXT_CHARS),
                target: EditTarget::TextAnswer(id),
            });
        }
        return Vec::new();
    }
    let Some(response) = choose(q, choice, doc.session.answers().get(&id)) else {
        return Vec::new();
    };
    if matches!(response, Response::NotApplicable | Response::DontKnow) {
        o.ui.question.input = TextInput::default();
        o.ui.question.error = None;
    }
    if doc.session.answers().get(&id) == Some(&response) {
        return Vec::new();
    }
    doc.session.answers_mut().set(id, response);
    vec![Effect::Save]
}

fn clear(o: &mut Open<'_>) -> Vec<Effect> {
    o.ui.question.input = TextInput::default();
    o.ui.question.error = None;
    let id = o.ui.question.id.clone();
    let cleared = o.doc.session.answers_mut().clear(&id);
    if cleared.is_some() {
        vec![Effect::Save]
    } else {
        Vec::new()
    }
}

/// Keeps a number typed but not yet confirmed. `Err` (with the reason shown) when it is
/// refused: the person stays on the question rather than losing what they typed.
pub fn commit_typed(o: &mut Open<'_>) -> Result<Vec<Effect>, ()> {
    let id = o.ui.question.id.clone();
    // integra's words in the wizard's language; the framework's in the session's.
    let told_in = o.lang();
    let doc = &mut *o.doc;
    let lang = doc.session.language().to_owned();
    let Some((q, spec)) = doc.fw.question(&id).and_then(|q| Some((q, q.number()?))) else {
        return Ok(Vec::new());
    };
    let typed = o.ui.question.input.as_str().trim();
    let current = doc.session.answers().get(&id);
    if typed.is_empty() {
        if matches!(current, Some(Response::Number(_))) {
            doc.session.answers_mut().clear(&id);
            return Ok(vec![Effect::Save]);
        }
        return Ok(Vec::new());
    }
    match parse_number(spec, typed, &lang) {
        Ok(n) if current == Some(&Response::Number(n)) => Ok(Vec::new()),
        Ok(n) => {
            doc.session.answers_mut().set(id, Response::Number(n));
            Ok(vec![Effect::Save])
        }
        Err(why) => {
            o.ui.question.error = Some(why.render(told_in));
            if let Some(row) = choices(&doc.fw, q).iter().position(|c| *c == Choice::Field) {
                o.ui.question.cursor = row;
            }
            Err(())
        }
    }
}

/// Keeps a typed number, then moves to the next (or previous) question.
fn leave_then(o: &mut Open<'_>, forward: bool) -> Vec<Effect> {
    match commit_typed(o) {
        Ok(mut fx) => {
            fx.extend(step(o, forward));
            fx
        }
        Err(()) => Vec::new(),
    }
}

/// Moves to the next or previous question shown; past the last one, to the review. A
/// question opened from the review to fix its answer goes back to the review instead.
pub(super) fn step(o: &mut Open<'_>, forward: bool) -> Vec<Effect> {
    if forward && o.ui.question.from_review {
        o.ui.question.from_review = false;
        if o.ui.back.last() == Some(&Screen::Review) {
            // As Esc would: back to the review, the way it came.
            o.ui.back.pop();
            return super::leave_question(o, |o| super::return_to(o, OpenScreen::Review));
        }
        return go(o, OpenScreen::Review);
    }
    o.ui.question.from_review = false;
    let doc = &*o.doc;
    let visible: Vec<String> = doc.visible().iter().map(|q| q.id.clone()).collect();
    let at = visible.iter().position(|v| *v == o.ui.question.id);
    let target = match (at, forward) {
        (Some(i), true) => Some(i + 1),
        (Some(i), false) => i.checked_sub(1),
        // The current question was hidden by an earlier answer: go to the first shown.
        (None, _) => Some(0),
    };
    match target.and_then(|t| visible.get(t)) {
        Some(id) => {
            show(o, id);
            vec![Effect::Save]
        }
        None if forward => go(o, OpenScreen::Review),
        None => {
            o.ui.status = Some(Status {
                text: o.tr("ui-status-first"),
                error: false,
            });
            Vec::new()
        }
    }
}
