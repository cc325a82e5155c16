//! What to do next: strengths, gaps, the action plan and the notes, picked from the results.
//!
//! Must not: word anything (that is `describe`'s) or score; it picks and orders questions already
//! described.

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

/// The scorecard's actions, ranked: those on a question that holds the band down (a binding
/// gate watches it, or it is a binding "don't know") first, then by points at stake. A plan
/// ranked by points alone put the one gate that caps the band eleventh.
pub fn ranked_actions(card: &Scorecard, questions: &[QuestionInfo]) -> Vec<ActionItem> {
    // One lookup per action: a search through the questions for each made a large
    // framework's report quadratic (10,000 questions: 0.4 s).
    let by_id: foldhash::HashMap<&str, &QuestionInfo> =
        questions.iter().map(|q| (q.id.as_str(), q)).collect();
    let lang = crate::i18n::Lang::or_english(&card.language);
    // Sized once: an action is large, and growing the list by doubling (a filter gives no
    // lower bound) copied each of a large framework's thousands twice over.
    let mut items: Vec<ActionItem> = Vec::with_capacity(card.actions.len());
    items.extend(card.actions.iter().filter_map(|a| {
        let q = by_id.get(a.question.as_str())?;
        Some(ActionItem {
            rank: 0,
            question: q.id.clone(),
            number: q.number.clone(),
            text: q.text.clone(),
            principle: q.principle.clone(),
            principle_title: q.principle_title.clone(),
            recommendation: super::verdict::action_text(a, lang),
            score: super::describe::percent(a.score),
            // An unanswered gated question says so rather than showing an empty answer.
            answer: q.answer.clone().unwrap_or_else(|| q.status_label.clone()),
            points: a.priority,
            kind: a.kind,
            holds_band: q.holds_band,
            note: q.note.clone(),
            owner: None,
            due: None,
        })
    }));
    // The scorecard already puts what holds the band down first, then points at stake.
    for (i, item) in items.iter_mut().enumerate() {
        item.rank = i + 1;
    }
    items
}

/// The ranked actions grouped by principle. Groups come in the order of their most pressing
/// action, so the plan reads from the top.
/// The actions are moved into their groups, not copied (a large framework has thousands).
pub fn action_plan(ranked: Vec<ActionItem>) -> Vec<ActionGroup> {
    let mut groups: Vec<ActionGroup> = Vec::new();
    // Each principle's group by id: a search through the groups for each action grew with
    // actions × principles.
    let mut group_of: foldhash::HashMap<String, usize> = foldhash::HashMap::default();
    for item in ranked {
        if let Some(&i) = group_of.get(item.principle.as_str()) {
            groups[i].actions.push(item);
        } else {
            group_of.insert(item.principle.clone(), groups.len());
            groups.push(ActionGroup {
                principle: item.principle.clone(),
                principle_title: item.principle_title.clone(),
                actions: vec![item],
            });
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
