//! Question-level parts of the report context: each question with its answer and score,
//! the notes, the strengths and gaps, and the recommended actions.
//!
//! Must not: rank or pick (that is `report::plan`) or describe in words (`report::describe`);
//! these are the shapes they fill.

use serde::Serialize;

use crate::scoring::{ActionKind, QuestionStatus};

/// A question singled out as a strength or a gap.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Highlight {
    pub question: String,
    pub number: String,
    pub text: String,
    pub principle: String,
    pub principle_title: String,
    /// 0–100.
    pub score: f64,
    pub answer: String,
}

/// A principle's recommended actions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActionGroup {
    pub principle: String,
    pub principle_title: String,
    pub actions: Vec<ActionItem>,
}

/// One recommended action.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActionItem {
    /// 1-based rank across the whole plan: actions that hold the band down first, then by
    /// points at stake.
    pub rank: usize,
    pub question: String,
    pub number: String,
    pub text: String,
    pub principle: String,
    pub principle_title: String,
    pub recommendation: String,
    /// The question's score, 0–100.
    pub score: f64,
    pub answer: String,
    /// Points of overall score at stake: weight share × gap × 100.
    pub points: f64,
    /// `improve` (raise a low answer) or `find_out` (a "don't know", or an unanswered question
    /// a gate watches, to answer).
    pub kind: ActionKind,
    /// Whether its question holds the band down (see [`QuestionInfo::holds_band`]).
    pub holds_band: bool,
    /// The note recorded against its question, if any.
    pub note: Option<String>,
    /// Who follows the action up, as entered in a workshop; `null` when not entered.
    pub owner: Option<String>,
    /// By when, as entered; `null` when not entered.
    pub due: Option<String>,
}

/// A note recorded against a question.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NoteInfo {
    pub question: String,
    pub number: String,
    pub text: String,
    pub principle: String,
    pub principle_title: String,
    pub note: String,
}

/// One question, its answer and its score.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionInfo {
    pub id: String,
    /// `principle.question`, both 1-based, e.g. `2.3`.
    pub number: String,
    pub principle: String,
    pub principle_title: String,
    pub text: String,
    /// `rating`, `yes_no`, `choice`, `checklist`, `number` or `text`.
    pub kind: String,
    /// `scored`, `unscored`, `not_applicable`, `dont_know`, `hidden` or `unanswered`.
    pub status: QuestionStatus,
    pub status_label: String,
    /// The answer in words (level or option labels, not ids); `null` when not answered.
    pub answer: Option<String>,
    /// 0–100 when scored.
    pub score: Option<f64>,
    pub weight: f64,
    /// Its share of the weight that counted in its principle's score, 0–100: 0 unless it has
    /// a scored answer (hidden, not applicable, "don't know" and unanswered questions count in
    /// neither sum), so the shares of a principle's questions add up to 100.
    pub share: f64,
    /// Points it adds to its principle's score: share × score (0–1); the contributions of a
    /// principle's questions add up to its score. `null` when it has no scored answer.
    pub contribution: Option<f64>,
    pub note: Option<String>,
    /// When the question is shown, e.g. `'legal' is 'legal'`; `null` if always.
    pub condition: Option<String>,
    pub hidden: bool,
    /// Whether a limit that holds the band down involves this question: a binding gate
    /// watching it, or a binding "don't know" on it (see `verdict`).
    pub holds_band: bool,
    /// The room's votes on it (workshop mode); left out when there are none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub votes: Vec<crate::report::workshop::VoteInfo>,
    /// Whether those votes span more than the framework's divergence gap; left out when
    /// there are no votes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub divergent: Option<bool>,
}
