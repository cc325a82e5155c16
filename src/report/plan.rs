//! What to do next: strengths, gaps, the action plan and the notes, picked from the results.

use super::context::{ActionGroup, ActionItem, Highlight, NoteInfo, QuestionInfo};
use crate::scoring::Scorecard;

/// How many strengths and gaps a report lists.
pub const HIGHLIGHTS: usize = 5;
/// A scored question at or above this (0–100) can be listed as a strength.
pub const STRENGTH_MIN: f64 = 75.0;
/// A scored question below this (0–100) can be listed as a gap.
pub const GAP_BELOW: f64 = 50.0;

fn highlight(q: &QuestionInfo, score: f64) -> Highlight {
    Highlight {
        question: q.id.clone(),
        number: q.number.clone(),
        text: q.text.clone(),
        principle: q.principle.clone(),
        principle_title: q.principle_title.clone(),
        score,
        answer: q.answer.clone().unwrap_or_default(),
    }
}

/// Scored questions with their score, in framework order.
fn scored(questions: &[QuestionInfo]) -> impl Iterator<Item = (&QuestionInfo, f64)> {
    questions
        .iter()
        .filter(|q| !q.hidden)
        .filter_map(|q| q.score.map(|s| (q, s)))
}

/// The highest-scoring questions: best first, then the heavier, then framework order.
pub fn strengths(questions: &[QuestionInfo]) -> Vec<Highlight> {
    let mut best: Vec<_> = scored(questions)
        .filter(|(_, s)| *s >= STRENGTH_MIN)
        .collect();
    best.sort_by(|(qa, a), (qb, b)| b.total_cmp(a).then(qb.weight.total_cmp(&qa.weight)));
    best.into_iter()
        .take(HIGHLIGHTS)
        .map(|(q, s)| highlight(q, s))
        .collect()
}

/// The lowest-scoring questions: weakest first, then the heavier, then framework order.
pub fn gaps(questions: &[QuestionInfo]) -> Vec<Highlight> {
    let mut worst: Vec<_> = scored(questions).filter(|(_, s)| *s < GAP_BELOW).collect();
    worst.sort_by(|(qa, a), (qb, b)| a.total_cmp(b).then(qb.weight.total_cmp(&qa.weight)));
    worst
        .into_iter()
        .take(HIGHLIGHTS)
        .map(|(q, s)| highlight(q, s))
        .collect()
}

/// The scorecard's actions, ranked by points at stake and grouped by principle. Groups come
/// in the order of their most pressing action, so the plan reads from the top.
pub fn action_plan(card: &Scorecard, questions: &[QuestionInfo]) -> Vec<ActionGroup> {
    let mut groups: Vec<ActionGroup> = Vec::new();
    for (i, a) in card.actions.iter().enumerate() {
        let Some(q) = questions.iter().find(|q| q.id == a.question) else {
            continue;
        };
        let item = ActionItem {
            rank: i + 1,
            question: q.id.clone(),
            number: q.number.clone(),
            text: q.text.clone(),
            recommendation: super::verdict::action_text(a, &card.language),
            score: super::describe::percent(a.score),
            answer: q.answer.clone().unwrap_or_default(),
            points: a.priority,
            kind: a.kind,
        };
        match groups.iter_mut().find(|g| g.principle == a.principle) {
            Some(g) => g.actions.push(item),
            None => groups.push(ActionGroup {
                principle: q.principle.clone(),
                principle_title: q.principle_title.clone(),
                actions: vec![item],
            }),
        }
    }
    groups
}

/// Every note, in framework order.
pub fn notes(questions: &[QuestionInfo]) -> Vec<NoteInfo> {
    questions
        .iter()
        .filter_map(|q| {
            q.note.as_ref().map(|note| NoteInfo {
                question: q.id.clone(),
                number: q.number.clone(),
                text: q.text.clone(),
                principle: q.principle.clone(),
                principle_title: q.principle_title.clone(),
                note: note.clone(),
            })
        })
        .collect()
}
