//! Typing one answer by its question's kind: a level on the scale, yes / partly / no, an
//! option offered, a list of options, a number within bounds, or text; "not applicable" and
//! "don't know" where the question allows them.
//!
//! Owns the rules of what fits a question and the messages when it does not. Must not read
//! files or know where an answer came from (that is `load.rs`), nor score it (`scoring`).
use toml::Value;

use super::{DONT_KNOW, NOT_APPLICABLE, Response, YesNo};
use crate::diagnostic::{Msg, did_you_mean};
use crate::framework::text::strip_controls;
use crate::framework::{ChoiceOption, Framework, Kind, NumberSpec, Question};
use crate::msg;

/// What is wrong with an answer, and what to do: catalogue messages.
type Problem = (Msg, Msg);

/// `"na"` and `"dont_know"`, where the question allows them. On a text question that does not
/// allow them they are ordinary text; elsewhere they are an error.
fn special_answer(
    fw: &Framework,
    q: &Question,
    value: &Value,
) -> Option<Result<Response, Problem>> {
    let (allowed, response, word) = match value.as_str()? {
        NOT_APPLICABLE => (fw.allows_na(q), Response::NotApplicable, NOT_APPLICABLE),
        DONT_KNOW => (fw.allows_dont_know(q), Response::DontKnow, DONT_KNOW),
        _ => return None,
    };
    if allowed {
        Some(Ok(response))
    } else if matches!(q.kind, Kind::Text) {
        None
    } else {
        Some(Err((
            msg!("diag-answer-special", id = &q.id, word = word),
            msg!("diag-answer-special-hint"),
        )))
    }
}

/// Types one answer by its question's kind.
pub(crate) fn response(fw: &Framework, q: &Question, value: &Value) -> Result<Response, Problem> {
    let id = &q.id;
    if let Some(special) = special_answer(fw, q, value) {
        return special;
    }
    match &q.kind {
        Kind::Rating { scale } => {
            let level = whole_number(value).filter(|v| scale.levels.iter().any(|l| l.value == *v));
            // The levels are listed only for the message: a large sheet's thousands of sound
            // answers spent half their checking writing that list.
            level.map(Response::Level).ok_or_else(|| {
                let listed = scale
                    .levels
                    .iter()
                    .map(|l| l.value.to_string())
                    .collect::<Vec<_>>()
                    .join(", ");
                (
                    msg!("diag-answer-level", value = show(value), id = id),
                    msg!("diag-answer-level-hint", values = listed),
                )
            })
        }
        Kind::YesNo => value
            .as_str()
            .and_then(YesNo::parse)
            .map(Response::YesNo)
            .ok_or_else(|| {
                (
                    msg!("diag-answer-yes-no", value = show(value), id = id),
                    msg!("diag-answer-yes-no-hint"),
                )
            }),
        Kind::Choice { options } => match value.as_str() {
            Some(s) if options.iter().any(|o| o.id == s) => Ok(Response::Choice(s.to_owned())),
            _ => Err(not_offered(q, value)),
        },
        Kind::Checklist { options } => checklist(q, options, value),
        Kind::Number(spec) => {
            let n = match value {
                Value::Integer(i) => *i as f64,
                Value::Float(f) if f.is_finite() => *f,
                _ => {
                    return Err((
                        msg!("diag-answer-number", id = id, value = show(value)),
                        msg!("diag-answer-number-hint"),
                    ));
                }
            };
            let (lo, hi) = spec.bounds.range();
            if n < lo || n > hi {
                let rule = spec
                    .constraint
                    .as_ref()
                    .map_or_else(|| bounds(spec), |c| Msg::Raw(c.en().to_owned()));
                return Err((msg!("diag-answer-range", value = n, id = id), rule));
            }
            Ok(Response::Number(n))
        }
        Kind::Text => value
            .as_str()
            .map(|s| Response::Text(strip_controls(s)))
            .ok_or_else(|| {
                (
                    msg!("diag-answer-text", id = id, value = show(value)),
                    msg!("diag-answer-text-hint"),
                )
            }),
    }
}

fn checklist(q: &Question, options: &[ChoiceOption], value: &Value) -> Result<Response, Problem> {
    let id = &q.id;
    let items = value.as_array().ok_or_else(|| {
        (
            msg!("diag-answer-checklist", id = id),
            msg!("diag-answer-checklist-hint"),
        )
    })?;
    let mut ticked: Vec<String> = Vec::new();
    for item in items {
        match item.as_str() {
            Some(s) if options.iter().any(|o| o.id == s) => {
                if !ticked.iter().any(|t| t == s) {
                    ticked.push(s.to_owned());
                }
            }
            _ => return Err(not_offered(q, item)),
        }
    }
    Ok(Response::Checklist(ticked))
}

fn bounds(spec: &NumberSpec) -> Msg {
    match (spec.bounds.min(), spec.bounds.max()) {
        (Some(a), Some(b)) => msg!("diag-answer-between", min = a, max = b),
        (Some(a), None) => msg!("diag-answer-at-least", min = a),
        (None, Some(b)) => msg!("diag-answer-at-most", max = b),
        (None, None) => Msg::Raw(String::new()),
    }
}

fn not_offered(q: &Question, value: &Value) -> Problem {
    let ids: Vec<&str> = q.options().iter().map(|o| o.id.as_str()).collect();
    let hint = match value
        .as_str()
        .and_then(|s| did_you_mean(s, ids.iter().copied()))
    {
        Some(s) => msg!("diag-did-you-mean", word = s),
        None => msg!("diag-answer-options", options = ids.join(", ")),
    };
    (
        msg!("diag-answer-option", value = show(value), id = &q.id),
        hint,
    )
}

fn whole_number(value: &Value) -> Option<i64> {
    match value {
        Value::Integer(i) => Some(*i),
        #[allow(clippy::cast_possible_truncation)]
        Value::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => Some(*f as i64),
        _ => None,
    }
}

fn show(value: &Value) -> String {
    match value {
        Value::String(s) => format!("'{s}'"),
        other => other.to_string(),
    }
}
