//! Gates: critical minimums that cap the readiness band, whatever the average says.
//!
//! A gate on a question that is unanswered or "don't know" fails as *not yet assessed*:
//! readiness has to be shown, not assumed. A gate on a question that is hidden or not
//! applicable passes, because the risk it guards against does not arise. A gate on a principle
//! with "don't know" answers must also be met with each of them at the lowest answer; if only
//! that fails, it is *not yet assessed*. A tiered gate caps at the lowest cap among the tiers
//! it does not meet (at its lowest cap when not yet assessed).
//!
//! Owns whether each gate passes and its cap. Must not pick the band (that is `verdict.rs`).

use foldhash::{HashMap, HashMapExt};

use serde::Serialize;

use super::{PrincipleScore, QuestionScore, QuestionStatus as S};
use crate::answers::{Answers, Response};
use crate::framework::{Framework, Gate, Min, On};

/// Why a gate passed or failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GateStatus {
    Passed,
    /// The watched question or principle does not apply here.
    NotApplicable,
    Failed,
    /// No answer yet: the gate fails until it is answered.
    NotAssessed,
}

/// One gate's result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GateResult {
    pub id: String,
    pub passed: bool,
    pub status: GateStatus,
    /// The band id the overall band is capped at while this gate fails.
    pub cap: String,
    /// That band's index in the framework's bands (lowest first), for the verdict.
    #[serde(skip)]
    pub cap_band: usize,
    pub reason: String,
    /// What the gate watches, e.g. `question 'referral'` or `principle 'stigma'`.
    pub target: String,
}

pub fn evaluate(
    fw: &Framework,
    principles: &[PrincipleScore],
    answers: &Answers,
    lang: &str,
) -> Vec<GateResult> {
    // Each gate looks its question up here: a search through every question for each gate
    // grew with questions × gates.
    // Sized for every question at once (grown step by step it was rehashed a dozen times).
    let count = principles.iter().map(|p| p.questions.len()).sum();
    let mut scores: HashMap<&str, &QuestionScore> = HashMap::with_capacity(count);
    for q in principles.iter().flat_map(|p| &p.questions) {
        scores.entry(q.id.as_str()).or_insert(q);
    }
    fw.gates
        .iter()
        .map(|g| {
            let (status, cap_band) = status(g, principles, &scores, answers);
            GateResult {
                id: g.id.clone(),
                passed: matches!(status, GateStatus::Passed | GateStatus::NotApplicable),
                status,
                cap: fw
                    .bands
                    .get(cap_band)
                    .map(|b| b.id.clone())
                    .unwrap_or_default(),
                cap_band,
                reason: g.reason.get(lang).to_owned(),
                target: match &g.on {
                    On::Question(q) => format!("question '{q}'"),
                    On::Principle(p) => format!("principle '{p}'"),
                },
            }
        })
        .collect()
}

/// Each minimum of a gate with the band index it caps at while not met (a plain gate has one).
fn minimums(g: &Gate) -> Vec<(Min, usize)> {
    g.tiers().into_iter().map(|(_, t)| (t.min, t.cap)).collect()
}

/// The gate's status and the band index it caps at: for a failed tiered gate, the lowest cap
/// among the tiers not met; otherwise its lowest cap.
fn status(
    g: &Gate,
    principles: &[PrincipleScore],
    scores: &HashMap<&str, &QuestionScore>,
    answers: &Answers,
) -> (GateStatus, usize) {
    let lowest = g.lowest_cap();
    // What the watched thing is: `Err(status)` when it has no usable answer.
    let observed = observe(g, principles, scores, answers);
    let (score, floor, level) = match observed {
        Err(s) => return (s, lowest),
        Ok(v) => v,
    };
    let mut failed = false;
    let mut cap: Option<usize> = None;
    for (m, c) in minimums(g) {
        let fails = !meets(m, score, level);
        // A principle with "don't know" answers must meet the minimum with each of them at
        // its lowest too: not knowing never lets a gate pass.
        if fails || !meets(m, floor, level) {
            failed |= fails;
            cap = Some(cap.map_or(c, |k| k.min(c)));
        }
    }
    match cap {
        None => (GateStatus::Passed, lowest),
        Some(c) if failed => (GateStatus::Failed, c),
        Some(c) => (GateStatus::NotAssessed, c),
    }
}

/// Whether an answer scoring `score` (0–100) at `level` meets a minimum. A `min_level` on an
/// answer without a level fails; an answer that carries no score is not held to `min_score`
/// (the validator refuses gates on unscored questions, so only stray answers get here).
fn meets(m: Min, score: Option<f64>, level: Option<i64>) -> bool {
    match m {
        Min::Level(min) => level.is_some_and(|v| v >= min),
        Min::Score(min) => score.is_none_or(|s| s >= min),
    }
}

/// The watched principle's score and its score with each "don't know" at the lowest answer.
fn observe_principle(pid: &str, principles: &[PrincipleScore]) -> Result<Observed, GateStatus> {
    let Some(principle) = principles.iter().find(|p| p.id == pid) else {
        return Err(GateStatus::NotAssessed);
    };
    match principle.score {
        // Every question of it is not applicable or hidden: the risk does not arise.
        None if principle.coverage.applicable == 0 => Err(GateStatus::NotApplicable),
        None => Err(GateStatus::NotAssessed),
        Some(s) => Ok((
            Some(s),
            super::verdict::floor_of(principle).or(Some(s)),
            None,
        )),
    }
}

/// A score (0–100), the same with each "don't know" at its lowest, and a level.
type Observed = (Option<f64>, Option<f64>, Option<i64>);

/// The watched question's score (0–100, twice) and level, or what [`observe_principle`] finds.
fn observe(
    g: &Gate,
    principles: &[PrincipleScore],
    scores: &HashMap<&str, &QuestionScore>,
    answers: &Answers,
) -> Result<Observed, GateStatus> {
    let qid = match &g.on {
        On::Principle(pid) => return observe_principle(pid, principles),
        On::Question(qid) => qid,
    };
    let Some(qs) = scores.get(qid.as_str()) else {
        return Err(GateStatus::NotAssessed);
    };
    match qs.status {
        S::Hidden | S::NotApplicable => Err(GateStatus::NotApplicable),
        S::Unanswered | S::DontKnow => Err(GateStatus::NotAssessed),
        S::Unscored | S::Scored => {
            let level = match answers.get(qid) {
                Some(Response::Level(v)) => Some(*v),
                _ => None,
            };
            // An unscored answer carries no score (see `meets`).
            let score = qs.score.map(|s| s * 100.0);
            Ok((score, score, level))
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::answers::{Answers, Response, YesNo};
    use crate::framework::{Origin, from_str};
    use crate::scoring::{GateStatus, score};

    const FW: &str = r#"
id = "g"
version = "1"
title = "G"
[[principles]]
id = "p"
title = "P"
[[principles.questions]]
id = "a"
kind = "yes_no"
text = "A"
not_applicable = true
[[gates]]
id = "on-p"
principle = "p"
min_score = 50
reason = "P is weak."
[[gates]]
id = "on-a"
question = "a"
min_score = 100
cap = "mid"
reason = "A is not in place."
[[bands]]
id = "low"
min = 0
max = 50
label = "Low"
[[bands]]
id = "mid"
min = 50
max = 80
label = "Mid"
[[bands]]
id = "high"
min = 80
max = 100
label = "High"
"#;

    fn statuses(answer: Option<Response>) -> (GateStatus, GateStatus, Option<String>) {
        let fw = from_str("g.toml", FW, Origin::Embedded).unwrap();
        let mut answers = Answers::default();
        if let Some(r) = answer {
            answers.set("a", r);
        }
        let card = score(&fw, &answers, "en");
        (
            card.gates[0].status,
            card.gates[1].status,
            card.overall.band.map(|b| b.id),
        )
    }

    #[test]
    fn unanswered_gates_fail_as_not_yet_assessed() {
        assert_eq!(
            statuses(None),
            (GateStatus::NotAssessed, GateStatus::NotAssessed, None)
        );
    }

    #[test]
    fn not_applicable_passes_for_questions_and_for_principles() {
        let (p, q, band) = statuses(Some(Response::NotApplicable));
        assert_eq!(
            (p, q),
            (GateStatus::NotApplicable, GateStatus::NotApplicable)
        );
        assert_eq!(band, None, "nothing scored, so no band");
    }

    #[test]
    fn the_lowest_cap_of_the_failed_gates_wins() {
        assert_eq!(
            statuses(Some(Response::YesNo(YesNo::Partial))),
            (GateStatus::Passed, GateStatus::Failed, Some("mid".into())),
            "50 passes the principle gate; partial fails the question gate, capping 'mid'"
        );
        assert_eq!(
            statuses(Some(Response::YesNo(YesNo::No))),
            (GateStatus::Failed, GateStatus::Failed, Some("low".into()))
        );
        assert_eq!(
            statuses(Some(Response::YesNo(YesNo::Yes))),
            (GateStatus::Passed, GateStatus::Passed, Some("high".into()))
        );
    }
}
