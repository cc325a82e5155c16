//! The report's page-one summary: the gates that hold the band down, with the answer behind
//! each, and the first actions of the plan.
//!
//! Must not: decide which limits bind (that is `report::verdict`) or rank actions
//! (`report::plan`).

use serde::Serialize;

use super::{ActionItem, GateInfo, QuestionInfo};

/// How many actions the summary lists.
pub const TOP_ACTIONS: usize = 5;

/// What a reader needs on page one, beside `overall` and `verdict.lift`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    /// The gates that hold the band down (binding limits only), with the answer behind each.
    pub gates: Vec<SummaryGate>,
    /// The first [`TOP_ACTIONS`] actions of the plan, in rank order.
    pub top_actions: Vec<ActionItem>,
}

/// A gate that holds the band down, and the answer and note behind it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SummaryGate {
    pub id: String,
    /// The limit in plain words, as in `verdict.limits`.
    pub text: String,
    /// Why the gate exists, from the framework.
    pub reason: String,
    /// What the gate watches, in words.
    pub watches: String,
    pub status_label: String,
    pub cap_label: String,
    /// The watched question's answer in words; `null` when unanswered or the gate watches a
    /// principle.
    pub answer: Option<String>,
    /// The note recorded against the watched question, if any.
    pub note: Option<String>,
}

/// The page-one summary: the binding gates with the answer behind each, and the top actions.
pub(super) fn summary(
    verdict: &crate::report::verdict::VerdictInfo,
    gates: &[GateInfo],
    questions: &[QuestionInfo],
    ranked: &[ActionItem],
) -> Summary {
    let binding = verdict
        .limits
        .iter()
        .filter(|l| l.binding && l.kind == crate::scoring::LimitKind::Gate);
    let gates = binding
        .filter_map(|l| gates.iter().find(|g| g.id == l.id).map(|g| (l, g)))
        .map(|(l, g)| {
            let q = g
                .question
                .as_ref()
                .and_then(|id| questions.iter().find(|q| &q.id == id));
            SummaryGate {
                id: g.id.clone(),
                text: l.text.clone(),
                reason: g.reason.clone(),
                watches: g.watches.clone(),
                status_label: g.status_label.clone(),
                cap_label: g.cap_label.clone(),
                answer: q.and_then(|q| q.answer.clone()),
                note: q.and_then(|q| q.note.clone()),
            }
        })
        .collect();
    Summary {
        gates,
        top_actions: ranked.iter().take(TOP_ACTIONS).cloned().collect(),
    }
}
