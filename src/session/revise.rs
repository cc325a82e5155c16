//! What a framework revision changes for a session's answers, beyond what no longer fits:
//! renamed questions and options (`renamed_from`) whose answers move to the new id, kept
//! answers whose meaning moved (their level's label or score changed: "50" was "50–89%",
//! now "50–74%"), and questions that are new in the revision and so still to be asked.
//!
//! Must not: write files or decide what to do with a change; it only says what a revision changes
//! for the answers.

use toml::{Table, Value};

use super::SessionError;

use crate::answers::{Response, response};
use crate::framework::{Framework, Question, revision};
use crate::scoring::response_score;

/// An answer or note given under an old id and carried to the renamed question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Renamed {
    pub from: String,
    pub to: String,
}

/// A kept answer whose level or option now reads or scores differently.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeaningChange {
    /// The question's id in the new revision.
    pub question: String,
    /// The answer as written in the session.
    pub answer: String,
    /// What it meant before and what it means now, e.g. `'50–89%' (67)`.
    pub before: String,
    pub now: String,
}

/// `text` (a session or answers file) with answers and notes given under old ids moved to
/// the questions renamed from them, and old option ids replaced; plus what was moved.
pub fn rename_answers(text: &str, fw: &Framework) -> Result<(String, Vec<Renamed>), SessionError> {
    let mut doc: Table = toml::from_str(text).map_err(|e| SessionError::toml(&e))?;
    let mut renamed = Vec::new();
    let mut changed = false;
    for section in ["answers", "notes"] {
        let Some(Value::Table(table)) = doc.get_mut(section) else {
            continue;
        };
        let keys: Vec<String> = table.keys().cloned().collect();
        for old in keys {
            let Some(q) = revision::question_for(fw, &old) else {
                continue;
            };
            let Some(value) = table.remove(&old) else {
                continue;
            };
            let carried = if section == "answers" {
                carried_value(q, &value)
            } else {
                value.clone()
            };
            changed |= q.id != old || carried != value;
            let value = carried;
            if q.id != old && section == "answers" {
                renamed.push(Renamed {
                    from: old.clone(),
                    to: q.id.clone(),
                });
            }
            table.insert(q.id.clone(), value);
        }
    }
    if !changed {
        return Ok((text.to_owned(), renamed));
    }
    let out = toml::to_string(&doc).map_err(|e| SessionError::toml(&e))?;
    Ok((out, renamed))
}

/// An answer's value with option ids renamed for `q` (other values unchanged).
pub fn carried_value(q: &Question, value: &Value) -> Value {
    match value {
        Value::String(s) => Value::String(revision::option_for(q, s).to_owned()),
        Value::Array(items) => Value::Array(
            items
                .iter()
                .map(|v| match v {
                    Value::String(s) => Value::String(revision::option_for(q, s).to_owned()),
                    other => other.clone(),
                })
                .collect(),
        ),
        other => other.clone(),
    }
}

/// The kept answer `value` (written under `old_id`) if its meaning moved from `old` to `new`.
pub fn meaning_change(
    old: &Framework,
    new: &Framework,
    old_id: &str,
    value: &Value,
) -> Option<MeaningChange> {
    let oq = old.question(old_id)?;
    let nq = revision::question_for(new, old_id)?;
    let before = response(old, oq, value).ok()?;
    let now = response(new, nq, &carried_value(nq, value)).ok()?;
    let (before, now) = (meaning(old, oq, &before), meaning(new, nq, &now));
    (before != now).then(|| MeaningChange {
        question: nq.id.clone(),
        answer: value.to_string(),
        before,
        now,
    })
}

/// What an answer means: its level's or option's label (English, the text authors revise)
/// and its score out of 100.
fn meaning(fw: &Framework, q: &Question, r: &Response) -> String {
    let label = match r {
        Response::Level(v) => fw
            .scale_of(q)
            .and_then(|s| s.levels.iter().find(|l| l.value == *v))
            .map(|l| l.label.get("en").to_owned()),
        Response::Choice(id) => q
            .options()
            .iter()
            .find(|o| &o.id == id)
            .map(|o| o.label.get("en").to_owned()),
        _ => None,
    };
    let score = response_score(q, r).map(|s| crate::i18n::fixed(s * 100.0, 0));
    match (label, score) {
        (Some(l), Some(s)) => format!("'{l}' ({s})"),
        (Some(l), None) => format!("'{l}'"),
        (None, Some(s)) => format!("({s})"),
        (None, None) => String::new(),
    }
}

/// Questions of `new` that `old` did not have (under their id or the one they were renamed
/// from): the team has not been asked them yet.
pub fn new_questions(old: &Framework, new: &Framework) -> Vec<String> {
    new.questions()
        .filter(|q| {
            old.question(&q.id).is_none() && old.question(revision::earlier_id(q)).is_none()
        })
        .map(|q| q.id.clone())
        .collect()
}
