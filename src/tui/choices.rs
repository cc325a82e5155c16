//! The rows of a question's answer list, whatever its kind: the scale's levels, yes / partly /
//! no, the options, or the typed-answer field; then "not applicable" and "don't know" where
//! the framework allows them. Update and view both work from this one list.
//!
//! Must not: change answers or draw; it only lists the rows.

use super::refusal::Refusal;
use crate::answers::{Response, YesNo};
use crate::framework::{Framework, Kind, NumberSpec, Question};
use crate::i18n::{self, Lang};

/// One row of the answer list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    /// A rating's level, by value.
    Level(i64),
    YesNo(YesNo),
    /// A choice's or checklist's option, by id.
    Option(String),
    /// The field where a number or a text answer is typed.
    Field,
    NotApplicable,
    DontKnow,
}

/// The rows for `q`, in display order.
pub fn choices(fw: &Framework, q: &Question) -> Vec<Choice> {
    let mut out: Vec<Choice> = match &q.kind {
        Kind::Rating { scale } => scale
            .levels
            .iter()
            .map(|l| Choice::Level(l.value))
            .collect(),
        Kind::YesNo => [YesNo::Yes, YesNo::Partial, YesNo::No]
            .into_iter()
            .map(Choice::YesNo)
            .collect(),
        Kind::Choice { options } | Kind::Checklist { options } => options
            .iter()
            .map(|o| Choice::Option(o.id.clone()))
            .collect(),
        Kind::Number(_) | Kind::Text => vec![Choice::Field],
    };
    if fw.allows_na(q) {
        out.push(Choice::NotApplicable);
    }
    if fw.allows_dont_know(q) {
        out.push(Choice::DontKnow);
    }
    out
}

/// How many rows can be chosen with a digit (the levels or options, not the specials).
pub fn numbered(rows: &[Choice]) -> usize {
    rows.iter()
        .take_while(|c| matches!(c, Choice::Level(_) | Choice::YesNo(_) | Choice::Option(_)))
        .count()
}

/// Whether the row is (part of) the current answer.
pub fn is_chosen(choice: &Choice, answer: Option<&Response>) -> bool {
    match (choice, answer) {
        (Choice::Level(v), Some(Response::Level(a))) => v == a,
        (Choice::YesNo(v), Some(Response::YesNo(a))) => v == a,
        (Choice::Option(id), Some(Response::Choice(a))) => id == a,
        (Choice::Option(id), Some(Response::Checklist(ticked))) => ticked.contains(id),
        (Choice::NotApplicable, Some(Response::NotApplicable))
        | (Choice::DontKnow, Some(Response::DontKnow))
        | (Choice::Field, Some(Response::Number(_) | Response::Text(_))) => true,
        _ => false,
    }
}

/// The row where the cursor starts: the current answer, else the first row.
pub fn initial_cursor(rows: &[Choice], answer: Option<&Response>) -> usize {
    rows.iter().position(|c| is_chosen(c, answer)).unwrap_or(0)
}

/// The answer that choosing `choice` gives, from the current `answer`: a checklist toggles
/// the option in its list, every other kind replaces the answer. `None` for the typed field,
/// which is answered by typing.
pub fn choose(q: &Question, choice: &Choice, answer: Option<&Response>) -> Option<Response> {
    Some(match choice {
        Choice::Level(v) => Response::Level(*v),
        Choice::YesNo(v) => Response::YesNo(*v),
        Choice::Option(id) if matches!(q.kind, Kind::Checklist { .. }) => {
            let mut ticked = match answer {
                Some(Response::Checklist(t)) => t.clone(),
                _ => Vec::new(),
            };
            if let Some(i) = ticked.iter().position(|t| t == id) {
                ticked.remove(i);
            } else {
                ticked.push(id.clone());
            }
            // Keep the framework's order, so files and reports list options as offered.
            ticked.sort_by_key(|t| q.options().iter().position(|o| &o.id == t));
            Response::Checklist(ticked)
        }
        Choice::Option(id) => Response::Choice(id.clone()),
        Choice::NotApplicable => Response::NotApplicable,
        Choice::DontKnow => Response::DontKnow,
        Choice::Field => return None,
    })
}

/// Reads a typed number, or says in plain words why it is refused (the framework's
/// `constraint` message, in `lang`, when it has one); the wizard tells it in its language.
pub fn parse_number(spec: &NumberSpec, typed: &str, lang: &str) -> Result<f64, Refusal> {
    let typed = typed.trim().replace(',', ".");
    let n: f64 = typed
        .parse()
        .ok()
        .filter(|n: &f64| n.is_finite())
        .ok_or_else(|| Refusal::NotANumber {
            typed: typed.clone(),
        })?;
    let (lo, hi) = spec.bounds.range();
    if n < lo || n > hi {
        return Err(match spec.constraint.as_ref() {
            Some(c) => Refusal::Constraint(c.get(lang).to_owned()),
            None => Refusal::OutOfRange {
                min: spec.bounds.min(),
                max: spec.bounds.max(),
            },
        });
    }
    Ok(n)
}

/// The words for a yes/no answer, as the list shows them, in `lang`.
pub fn yes_no_label(v: YesNo, lang: Lang) -> String {
    i18n::tr(
        lang,
        match v {
            YesNo::Yes => "answer-yes",
            YesNo::Partial => "answer-partly",
            YesNo::No => "answer-no",
        },
    )
}
