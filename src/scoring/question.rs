//! One question's score: 0..=1, or the reason it has none.
//!
//! Owns the per-kind formulas, matched on the question's checked [`Kind`]. Must not weigh
//! questions into principles (that is `scoring.rs`).

use serde::Serialize;

use crate::answers::{Response, YesNo};
use crate::framework::{Bounds, Kind, NumberScoring, Question};

/// Why a question does or does not count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionStatus {
    /// Answered and scored.
    Scored,
    /// Answered, but this kind of question carries no score (text, context choices).
    Unscored,
    /// Answered "not applicable": out of numerator and denominator.
    NotApplicable,
    /// Answered "don't know": out of the score, and not covered.
    DontKnow,
    /// A condition hid it.
    Hidden,
    /// Not answered yet.
    Unanswered,
}

impl QuestionStatus {
    /// Whether the question counts toward coverage's denominator.
    pub fn is_applicable_scored(self) -> bool {
        matches!(self, Self::Scored | Self::DontKnow | Self::Unanswered)
    }

    /// Its name as reports and JSON write it (`dont_know`), without going through serde.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Scored => "scored",
            Self::Unscored => "unscored",
            Self::NotApplicable => "not_applicable",
            Self::DontKnow => "dont_know",
            Self::Hidden => "hidden",
            Self::Unanswered => "unanswered",
        }
    }
}

/// One question's result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionScore {
    pub id: String,
    pub weight: f64,
    pub status: QuestionStatus,
    /// 0..=1 when `status` is `Scored`.
    pub score: Option<f64>,
}

/// Scores one question. Unscored kinds that are unanswered still count as unanswered only if
/// they would score once answered.
pub fn question_score(q: &Question, answer: Option<&Response>, visible: bool) -> QuestionScore {
    let scorable = q.is_scorable();
    let (status, score) = if visible {
        match answer {
            None if scorable => (QuestionStatus::Unanswered, None),
            None => (QuestionStatus::Unscored, None),
            Some(Response::NotApplicable) => (QuestionStatus::NotApplicable, None),
            Some(Response::DontKnow) if scorable => (QuestionStatus::DontKnow, None),
            Some(r) => match response_score(q, r) {
                // `+ 0.0` turns the -0.0 of an empty float sum (nothing ticked) into 0.0.
                Some(s) => (QuestionStatus::Scored, Some(s.clamp(0.0, 1.0) + 0.0)),
                None => (QuestionStatus::Unscored, None),
            },
        }
    } else {
        (QuestionStatus::Hidden, None)
    };
    QuestionScore {
        id: q.id.clone(),
        weight: q.weight,
        status,
        score,
    }
}

/// The 0..=1 score of a response, or `None` when it carries none.
pub fn response_score(q: &Question, r: &Response) -> Option<f64> {
    if !q.is_scorable() {
        return None;
    }
    match (&q.kind, r) {
        (Kind::Rating { scale }, Response::Level(v)) => {
            let levels = &scale.levels;
            let pos = levels.iter().position(|l| l.value == *v)?;
            Some(pos as f64 / (levels.len().max(2) - 1) as f64)
        }
        (Kind::YesNo, Response::YesNo(yn)) => Some(match yn {
            YesNo::Yes => 1.0,
            YesNo::Partial => 0.5,
            YesNo::No => 0.0,
        }),
        (Kind::Choice { options }, Response::Choice(id)) => {
            let best = options.iter().map(|o| o.points).fold(0.0, f64::max);
            let got = options.iter().find(|o| &o.id == id)?.points;
            Some(got / best)
        }
        (Kind::Checklist { options }, Response::Checklist(ticked)) => {
            let all: f64 = options.iter().map(|o| o.points).sum();
            let got: f64 = options
                .iter()
                .filter(|o| ticked.contains(&o.id))
                .map(|o| o.points)
                .sum();
            Some(got / all)
        }
        (Kind::Number(spec), Response::Number(n)) => {
            let Bounds::Scored { min, max, scoring } = spec.bounds else {
                return None;
            };
            let up = ((n - min) / (max - min)).clamp(0.0, 1.0);
            Some(match scoring {
                NumberScoring::HigherIsBetter => up,
                NumberScoring::LowerIsBetter => 1.0 - up,
            })
        }
        // An answer of another kind's shape (a hand-edited file) carries no score.
        _ => None,
    }
}
