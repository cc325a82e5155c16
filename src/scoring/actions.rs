//! The action plan: what to improve, and what to find out, largest stake first.
//!
//! A question that scored below full marks gives an `improve` action (its recommendation); a
//! question answered "don't know" gives a `find_out` action, gated or not, because an unknown
//! is never a pass: the first step is to find the answer. An unanswered question that a gate
//! watches gives a `find_out` action too: until it is answered the gate is not assessed.
//!
//! Owns the plan's order and content. Must not word the plan for a format (reports and the
//! wizard do).

use serde::Serialize;

use super::{PrincipleScore, QuestionScore, QuestionStatus};
use crate::framework::Framework;

/// What an action asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionKind {
    /// Raise a question that scored below full marks.
    Improve,
    /// Find out the answer to a question answered "don't know", or to an unanswered question a
    /// gate watches.
    FindOut,
}

/// A recommended action.
///
/// `priority` is the weight × gap of the issue: how many points of the overall score the
/// question would add if raised to full marks, the rest unchanged. For a "find out" action it
/// is the most the answer could move the score (as if it were the lowest answer).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Action {
    pub question: String,
    pub principle: String,
    /// Points of overall score at stake: the question's share of the total weight × its gap × 100.
    pub priority: f64,
    /// The question's score (0–1); 0 for a "find out" action, which has none yet.
    pub score: f64,
    /// The question's recommendation (for "find out", its recommendation too, if any: what to
    /// do should the answer turn out low).
    pub recommendation: String,
    pub kind: ActionKind,
}

pub fn actions(fw: &Framework, principles: &[PrincipleScore], lang: &str) -> Vec<Action> {
    // The overall score averages the principles that have a score, so a question's points at
    // stake are its share of those. A "don't know" is weighed as if it had been answered.
    // The watched questions, found once: a search through the gates for each question grew
    // with questions × gates.
    let watched: foldhash::HashSet<&str> = fw.gates.iter().filter_map(|g| g.question()).collect();
    let gated = |id: &str| watched.contains(id);
    let to_find = |q: &QuestionScore| {
        q.status == QuestionStatus::DontKnow
            || (q.status == QuestionStatus::Unanswered && gated(&q.id))
    };
    let scored = |q: &QuestionScore| q.score.is_some();
    let known = |q: &QuestionScore| q.score.is_some() || to_find(q);
    let principle_weight = |counts: &dyn Fn(&QuestionScore) -> bool| -> f64 {
        principles
            .iter()
            .filter(|p| p.questions.iter().any(counts))
            .map(|p| p.weight)
            .sum()
    };
    let (scored_weight, known_weight) = (principle_weight(&scored), principle_weight(&known));
    let mut out = Vec::new();
    for (p, ps) in fw.principles.iter().zip(principles) {
        let weight_of = |counts: &dyn Fn(&QuestionScore) -> bool| -> f64 {
            ps.questions
                .iter()
                .filter(|q| counts(q))
                .map(|q| q.weight)
                .sum()
        };
        // Once per principle, not once per question of it.
        let (scored_here, known_here) = (weight_of(&scored), weight_of(&known));
        for (q, qs) in p.questions.iter().zip(&ps.questions) {
            let (kind, score, share) = match (qs.status, qs.score) {
                _ if to_find(qs) => (
                    ActionKind::FindOut,
                    0.0,
                    (p.weight / known_weight) * (q.weight / known_here),
                ),
                (_, Some(s)) if s < 1.0 && q.recommendation.is_some() => (
                    ActionKind::Improve,
                    s,
                    (p.weight / scored_weight) * (q.weight / scored_here),
                ),
                _ => continue,
            };
            out.push(Action {
                question: q.id.clone(),
                principle: p.id.clone(),
                priority: share * (1.0 - score) * 100.0,
                score,
                recommendation: q
                    .recommendation
                    .as_ref()
                    .map(|r| r.get(lang).to_owned())
                    .unwrap_or_default(),
                kind,
            });
        }
    }
    out.sort_by(|a, b| {
        b.priority
            .total_cmp(&a.priority)
            .then_with(|| a.question.cmp(&b.question))
    });
    out
}
