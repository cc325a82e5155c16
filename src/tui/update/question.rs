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
use crate::tui::app::{EditTarget, Popup, QuestionState, Screen, State, Status};
use crate::tui::choices::{Choice, choices, choose, initial_cursor, numbered, parse_number};
use crate::tui::effect::Effect;
use crate::tui::input::TextInput;
use crate::tui::msg::Msg;

/// Shows question `id`: the cursor on its current answer, a number answer ready to edit.
pub fn show_question(state: &mut State, id: &str) {
    let Some(doc) = state.phase.doc_mut() else {
        return;
    };
    let Some(q) = doc.fw.question(id) else {
        return;
    };
    let rows = choices(&doc.fw, q);
    let answer = doc.session.answers().get(id);
    let input = match answer {
        Some(Response::Number(n)) => TextInput::new(&n.to_string()),
        _ => TextInput::default(),
    };
    state.ui.question = QuestionState {
        id: id.to_owned(),
        cursor: initial_cursor(&rows, answer),
        input,
        error: None,
        moved: false,
        from_review: false,
    };
    doc.session.record.position = Some(id.to_owned());
    state.ui.cache.offset.set(0);
    super::votes::enter_question(state);
}

/// Where to resume: the saved position if it is still shown, else the first unanswered
/// question shown, else the first shown. `None` when no question is shown at all.
pub fn resume_target(state: &State, position: Option<&str>) -> Option<String> {
    let doc = state.phase.doc()?;
    let visible = doc.visible();
    let answers = doc.session.answers();
    position
        .and_then(|p| visible.iter().find(|q| q.id == p))
        .or_else(|| visible.iter().find(|q| answers.get(&q.id).is_none()))
        .or_else(|| visible.first())
        .map(|q| q.id.clone())
}

pub fn update(state: &mut State, msg: &Msg) -> Vec<Effect> {
    let Some((rows, kind)) = state.phase.doc().and_then(|d| {
        let q = d.fw.question(&state.ui.question.id)?;
        Some((choices(&d.fw, q), q.kind.tag()))
    }) else {
        return Vec::new();
    };
    match msg {
        Msg::Votes => return super::votes::toggle(state),
        Msg::Tally => return super::votes::tally(state),
        _ => {}
    }
    if let Some(fx) = super::votes::update(state, msg, &rows) {
        return fx;
    }
    let last = rows.len().saturating_sub(1);
    let on_field = rows.get(state.ui.question.cursor) == Some(&Choice::Field);
    let typing_number = on_field && kind == QuestionKind::Number;
    if matches!(
        msg,
        Msg::Up | Msg::ScrollUp | Msg::Down | Msg::ScrollDown | Msg::Home | Msg::End
    ) {
        state.ui.question.moved = true;
    }
    let cursor = &mut state.ui.question.cursor;
    match msg {
        Msg::Up | Msg::ScrollUp => *cursor = cursor.saturating_sub(1),
        Msg::Down | Msg::ScrollDown => *cursor = (*cursor + 1).min(last),
        Msg::Home => *cursor = 0,
        Msg::End => *cursor = last,
        Msg::Left | Msg::PageUp => return leave_then(state, false),
        Msg::Right | Msg::PageDown => return leave_then(state, true),
        &Msg::Digit(n) => return digit(state, &rows, n),
        Msg::DontKnow => return special(state, &rows, &Choice::DontKnow),
        Msg::NotApplicable => return special(state, &rows, &Choice::NotApplicable),
        Msg::Space => return pick(state, &rows),
        &Msg::Click { column, row } => {
            let hit = state.ui.cache.hits.borrow().iter().find_map(|(r, i)| {
                (r.x <= column && column < r.right() && r.y <= row && row < r.bottom())
                    .then_some(*i)
            });
            if let Some(i) = hit.filter(|i| *i <= last) {
                state.ui.question.cursor = i;
                return pick(state, &rows);
            }
        }
        Msg::Enter => return enter(state, &rows, kind),
        &Msg::Char(c) if typing_number => {
            state.ui.question.input.insert(c);
            state.ui.question.error = None;
        }
        Msg::Backspace if typing_number => {
            state.ui.question.input.backspace();
            state.ui.question.error = None;
        }
        Msg::Backspace | Msg::Delete | Msg::Clear => return clear(state),
        Msg::Note => {
            let id = state.ui.question.id.clone();
            let note = state.doc().and_then(|d| d.session.answers().note(&id));
            state.ui.popup = Some(Popup::Editor {
                input: TextInput::new(note.unwrap_or_default()).limited(MAX_TEXT_CHARS),
                target: EditTarget::Note(id),
            });
        }
        Msg::Info => state.ui.popup = Some(Popup::Info),
        _ => {}
    }
    Vec::new()
}

/// The row a digit names: 1 to 9, then 0 for the tenth (the list shows these numbers).
pub fn digit_row(n: u8) -> usize {
    if n == 0 { 9 } else { usize::from(n) - 1 }
}

/// A digit chooses its row; a digit beyond the list says what there is to choose from.
fn digit(state: &mut State, rows: &[Choice], n: u8) -> Vec<Effect> {
    let count = numbered(rows);
    let row = digit_row(n);
    if row >= count {
        let text = if count == 0 {
            state.tr("ui-status-no-numbers")
        } else {
            state.tr_args(
                "ui-status-no-option",
                &[("n", usize::from(n).into()), ("max", count.min(10).into())],
            )
        };
        state.ui.status = Some(Status { text, error: true });
        return Vec::new();
    }
    state.ui.question.cursor = row;
    pick(state, rows)
}

/// `d` and `a`: "don't know" and "not applicable", where the framework offers them.
fn special(state: &mut State, rows: &[Choice], which: &Choice) -> Vec<Effect> {
    if let Some(row) = rows.iter().position(|c| c == which) {
        state.ui.question.cursor = row;
        return pick(state, rows);
    }
    let key = if *which == Choice::DontKnow {
        "ui-status-no-dont-know"
    } else {
        "ui-status-no-na"
    };
    state.ui.status = Some(Status {
        text: state.tr(key),
        error: true,
    });
    Vec::new()
}

/// Whether Enter would move on without answering: nothing answered, and the cursor still
/// where it started (nobody pointed at a row). The footer names Enter accordingly.
pub fn enter_skips(state: &State) -> bool {
    let Some(doc) = state.phase.doc() else {
        return false;
    };
    let Some(q) = doc.fw.question(&state.ui.question.id) else {
        return false;
    };
    let on_field = choices(&doc.fw, q).get(state.ui.question.cursor) == Some(&Choice::Field);
    !on_field && !state.ui.question.moved && doc.session.answers().get(&q.id).is_none()
}

/// Goes on to the next question without answering this one, saying so.
pub fn skip(state: &mut State) -> Vec<Effect> {
    state.ui.status = Some(Status {
        text: state.tr("ui-status-skipped"),
        error: false,
    });
    step(state, true)
}

/// Enter: choose the row under the cursor and go on. On the typed field, a number is
/// checked and kept, and a text answer opens the editor. A checklist records what is
/// ticked, nothing ticked meaning "none of these". On an unanswered question where nobody
/// has moved the cursor, Enter goes on without answering: the first row is not an answer.
fn enter(state: &mut State, rows: &[Choice], kind: QuestionKind) -> Vec<Effect> {
    let row = rows.get(state.ui.question.cursor);
    if enter_skips(state) {
        return skip(state);
    }
    match (row, kind) {
        (Some(Choice::Field), QuestionKind::Text) => pick(state, rows),
        (Some(Choice::Field), _) => leave_then(state, true),
        (Some(Choice::Option(_)), QuestionKind::Checklist) => {
            let mut fx = Vec::new();
            if let Some(doc) = state.phase.doc_mut() {
                let answers = doc.session.answers_mut();
                if !matches!(
                    answers.get(&state.ui.question.id),
                    Some(Response::Checklist(_))
                ) {
                    answers.set(
                        state.ui.question.id.clone(),
                        Response::Checklist(Vec::new()),
                    );
                    fx.push(Effect::Save);
                }
            }
            fx.extend(step(state, true));
            fx
        }
        _ => {
            let mut fx = pick(state, rows);
            fx.extend(step(state, true));
            fx
        }
    }
}

/// Chooses (or ticks) the row under the cursor.
fn pick(state: &mut State, rows: &[Choice]) -> Vec<Effect> {
    let Some(choice) = rows.get(state.ui.question.cursor) else {
        return Vec::new();
    };
    let id = state.ui.question.id.clone();
    let Some(doc) = state.phase.doc_mut() else {
        return Vec::new();
    };
    let Some(q) = doc.fw.question(&id) else {
        return Vec::new();
    };
    if *choice == Choice::Field {
        if matches!(q.kind, Kind::Text) {
            let text = match doc.session.answers().get(&id) {
                Some(Response::Text(t)) => t.as_str(),
                _ => "",
            };
            state.ui.popup = Some(Popup::Editor {
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
        state.ui.question.input = TextInput::default();
        state.ui.question.error = None;
    }
    if doc.session.answers().get(&id) == Some(&response) {
        return Vec::new();
    }
    doc.session.answers_mut().set(id, response);
    vec![Effect::Save]
}

fn clear(state: &mut State) -> Vec<Effect> {
    state.ui.question.input = TextInput::default();
    state.ui.question.error = None;
    let id = state.ui.question.id.clone();
    let cleared = state
        .doc_mut()
        .and_then(|doc| doc.session.answers_mut().clear(&id));
    if cleared.is_some() {
        vec![Effect::Save]
    } else {
        Vec::new()
    }
}

/// Keeps a number typed but not yet confirmed. `Err` (with the reason shown) when it is
/// refused: the person stays on the question rather than losing what they typed.
pub fn commit_typed(state: &mut State) -> Result<Vec<Effect>, ()> {
    let id = state.ui.question.id.clone();
    let ui = state.lang();
    let Some(doc) = state.phase.doc_mut() else {
        return Ok(Vec::new());
    };
    let lang = doc.session.language().to_owned();
    let Some((q, spec)) = doc.fw.question(&id).and_then(|q| Some((q, q.number()?))) else {
        return Ok(Vec::new());
    };
    let typed = state.ui.question.input.as_str().trim();
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
            state.ui.question.error = Some(why.render(ui));
            if let Some(row) = choices(&doc.fw, q).iter().position(|c| *c == Choice::Field) {
                state.ui.question.cursor = row;
            }
            Err(())
        }
    }
}

/// Keeps a typed number, then moves to the next (or previous) question.
fn leave_then(state: &mut State, forward: bool) -> Vec<Effect> {
    match commit_typed(state) {
        Ok(mut fx) => {
            fx.extend(step(state, forward));
            fx
        }
        Err(()) => Vec::new(),
    }
}

/// Moves to the next or previous question shown; past the last one, to the review. A
/// question opened from the review to fix its answer goes back to the review instead.
pub(super) fn step(state: &mut State, forward: bool) -> Vec<Effect> {
    if forward && state.ui.question.from_review {
        state.ui.question.from_review = false;
        if state.ui.back.last() == Some(&Screen::Review) {
            return super::back(state);
        }
        return go(state, Screen::Review);
    }
    state.ui.question.from_review = false;
    let Some(doc) = state.phase.doc() else {
        return Vec::new();
    };
    let visible: Vec<String> = doc.visible().iter().map(|q| q.id.clone()).collect();
    let at = visible.iter().position(|v| *v == state.ui.question.id);
    let target = match (at, forward) {
        (Some(i), true) => Some(i + 1),
        (Some(i), false) => i.checked_sub(1),
        // The current question was hidden by an earlier answer: go to the first shown.
        (None, _) => Some(0),
    };
    match target.and_then(|t| visible.get(t)) {
        Some(id) => {
            show_question(state, id);
            vec![Effect::Save]
        }
        None if forward => go(state, Screen::Review),
        None => {
            state.ui.status = Some(Status {
                text: state.tr("ui-status-first"),
                error: false,
            });
            Vec::new()
        }
    }
}
