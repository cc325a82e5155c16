//! Scoring: a pure function from (framework, answers) to a [`Scorecard`].
//!
//! - A question scores 0..1: a rating by its level's position on the scale, yes/partial/no as
//!   1/½/0, a choice by its points ÷ the best option's points, a checklist by ticked points ÷
//!   all points, a number (only if the framework says how) linearly between min and max.
//!   Free text, zero-point choices and unscored numbers never score.
//! - A principle scores 100 × Σ(weight·score) ÷ Σ(weight) over its answered, applicable,
//!   scored questions. Not applicable, hidden by a condition, don't know and unanswered all
//!   drop out of both sums; coverage says how many counted.
//! - Overall is the weight-averaged principle score. Its band is the one whose range holds it,
//!   then capped by every failed gate (a tiered gate by the tiers it does not meet) and by the
//!   coverage minimums; each failed gate is listed with its reason.
//!
//! Pure: must not read files, the clock or the locale, nor name `session`, `report`, `tui` or
//! `cli`; it sits above `framework` and `answers` only.

mod actions;
mod gates;
mod question;
pub mod verdict;

use serde::Serialize;

pub use actions::{Action, ActionKind};
pub use gates::{GateResult, GateStatus};
pub use question::{QuestionScore, QuestionStatus, question_score, response_score};
pub use verdict::{Lift, Limit, LimitKind, Verdict};

use crate::answers::Answers;
use crate::framework::{Framework, visible_questions};

/// How many applicable, scored questions have a scored answer.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Coverage {
    pub answered: usize,
    pub applicable: usize,
    /// answered ÷ applicable, 0..=1 (1 when nothing is applicable).
    pub ratio: f64,
}

impl Coverage {
    fn new(answered: usize, applicable: usize) -> Self {
        let ratio = if applicable == 0 {
            1.0
        } else {
            answered as f64 / applicable as f64
        };
        Self {
            answered,
            applicable,
            ratio,
        }
    }
}

/// A principle's result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PrincipleScore {
    pub id: String,
    pub title: String,
    pub weight: f64,
    /// This principle's share of the overall score's weight (0..=1).
    pub share: f64,
    /// 0..=100, or `None` when no question of it has a scored answer.
    pub score: Option<f64>,
    pub coverage: Coverage,
    pub questions: Vec<QuestionScore>,
}

/// The readiness band reached.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BandResult {
    pub id: String,
    pub label: String,
    pub advice: Option<String>,
}

/// The overall result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Overall {
    /// 0..=100, or `None` when nothing scored has been answered.
    pub score: Option<f64>,
    /// The band after gates, `None` when there is no score.
    pub band: Option<BandResult>,
    /// The band the score alone would reach.
    pub uncapped_band: Option<BandResult>,
    pub coverage: Coverage,
}

/// Everything scoring found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scorecard {
    pub framework: String,
    pub version: String,
    pub language: String,
    pub overall: Overall,
    pub principles: Vec<PrincipleScore>,
    pub gates: Vec<GateResult>,
    /// Recommended actions: those on a question that holds the band down first (see
    /// [`Verdict::holds_band`]), then largest priority first.
    pub actions: Vec<Action>,
    /// What holds the band below the score's band, and what would lift it.
    pub verdict: Verdict,
}

/// Scores `answers` against `fw`, with text in `lang` (falling back to English).
pub fn score(fw: &Framework, answers: &Answers, lang: &str) -> Scorecard {
    let visible = visible_questions(fw, answers);
    // Principles of context questions only never score: they carry no share of the total.
    let scorable = |p: &crate::framework::Principle| {
        p.questions
            .iter()
            .any(crate::framework::Question::is_scorable)
    };
    let total_weight: f64 = fw
        .principles
        .iter()
        .filter(|p| scorable(p))
        .map(|p| p.weight)
        .sum();
    let principles: Vec<PrincipleScore> = fw
        .principles
        .iter()
        .map(|p| {
            let questions: Vec<QuestionScore> = p
                .questions
                .iter()
                .map(|q| question_score(q, answers.get(&q.id), visible.contains(q.id.as_str())))
                .collect();
            let scored: Vec<(f64, f64)> = questions
                .iter()
                .filter_map(|q| q.score.map(|s| (q.weight, s)))
                .collect();
            let applicable = questions
                .iter()
                .filter(|q| q.status.is_applicable_scored())
                .count();
            PrincipleScore {
                id: p.id.clone(),
                title: p.title.get(lang).to_owned(),
                weight: p.weight,
                share: if scorable(p) {
                    p.weight / total_weight
                } else {
                    0.0
                },
                score: weighted_mean(&scored).map(|s| tidy(s * 100.0)),
                coverage: Coverage::new(scored.len(), applicable),
                questions,
            }
        })
        .collect();
    let overall_score = weighted_mean(
        &principles
            .iter()
            .filter_map(|p| p.score.map(|s| (p.weight, s)))
            .collect::<Vec<_>>(),
    )
    .map(tidy);
    let gates = gates::evaluate(fw, &principles, answers, lang);
    let (answered, applicable) = principles.iter().fold((0, 0), |(a, n), p| {
        (a + p.coverage.answered, n + p.coverage.applicable)
    });
    let (capped, verdict) = verdict::decide(&verdict::Inputs {
        fw,
        lang,
        uncapped: overall_score.and_then(|s| band_index(fw, s)),
        gates: &gates,
        principles: &principles,
        answered,
        applicable,
        dont_know_band: verdict::dont_know_floor(&principles).and_then(|s| band_index(fw, s)),
    });
    let uncapped = overall_score.and_then(|s| band_index(fw, s));
    let mut actions = actions::actions(fw, &principles, lang);
    // What lifts a limit holding the band down comes first, whatever its points at stake; the
    // sort is stable, so each side keeps its points-at-stake order.
    let holders = verdict.band_holders(fw);
    actions.sort_by_key(|a| !holders.contains(a.question.as_str()));
    Scorecard {
        framework: fw.id.clone(),
        version: fw.version.clone(),
        language: lang.to_owned(),
        overall: Overall {
            score: overall_score,
            band: capped.map(|i| band_result(fw, i, lang)),
            uncapped_band: uncapped.map(|i| band_result(fw, i, lang)),
            coverage: Coverage::new(answered, applicable),
        },
        actions,
        principles,
        gates,
        verdict,
    }
}

/// Σ(w·x) ÷ Σw, or `None` for no items.
///
/// Floating-point sums depend on their order, and a score of exactly 40 must not become
/// 39.999999 and fall into the band below depending on how questions were listed. So the
/// terms are summed in a canonical order, and shown scores go through [`tidy`].
fn weighted_mean(items: &[(f64, f64)]) -> Option<f64> {
    let mut items = items.to_vec();
    items.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
    let weight: f64 = items.iter().map(|(w, _)| w).sum();
    (weight > 0.0).then(|| {
        let mean = items.iter().map(|(w, x)| w * x).sum::<f64>() / weight;
        mean.clamp(0.0, 100.0)
    })
}

/// Rounds a 0..=100 score to 9 decimal places: far below anything shown, enough to remove the
/// representation noise that would otherwise put 39.999999999 in the band below 40.
fn tidy(score: f64) -> f64 {
    (score * 1e9).round() / 1e9 + 0.0
}

/// The band holding `score` (min inclusive, max exclusive; the top band includes its max).
fn band_index(fw: &Framework, score: f64) -> Option<usize> {
    let last = fw.bands.len().checked_sub(1)?;
    fw.bands
        .iter()
        .position(|b| b.min <= score && score < b.max)
        .or_else(|| (score >= fw.bands[last].max).then_some(last))
}

fn band_result(fw: &Framework, i: usize, lang: &str) -> BandResult {
    let b = &fw.bands[i];
    BandResult {
        id: b.id.clone(),
        label: b.label.get(lang).to_owned(),
        advice: b.advice.as_ref().map(|a| a.get(lang).to_owned()),
    }
}
