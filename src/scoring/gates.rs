//! Gates: critical minimums that cap the readiness band, whatever the average says.
//!
//! A gate on a question that is unanswered or "don't know" fails as *not yet assessed*:
//! readiness has to be shown, not assumed. A gate on a question that is hidden or not
//! applicable passes, because the risk it guards against does not arise.

use serde::Serialize;

use super::{PrincipleScore, QuestionStatus as S};
use crate::answers::{Answers, Response};
use crate::framework::{Framework, Gate};

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
    fw.gates
        .iter()
        .map(|g| {
            let status = status(g, principles, answers);
            GateResult {
                id: g.id.clone(),
                passed: matches!(status, GateStatus::Passed | GateStatus::NotApplicable),
                status,
                cap: g
                    .cap
                    .clone()
                    .or_else(|| fw.bands.first().map(|b| b.id.clone()))
                    .unwrap_or_default(),
                reason: g.reason.get(lang).to_owned(),
                target: match (&g.question, &g.principle) {
                    (Some(q), _) => format!("question '{q}'"),
                    (_, Some(p)) => format!("principle '{p}'"),
                    _ => String::new(),
                },
            }
        })
        .collect()
}

fn status(g: &Gate, principles: &[PrincipleScore], answers: &Answers) -> GateStatus {
    let pass = |ok: bool| {
        if ok {
            GateStatus::Passed
        } else {
            GateStatus::Failed
        }
    };
    if let Some(pid) = &g.principle {
        let score = principles
            .iter()
            .find(|p| &p.id == pid)
            .and_then(|p| p.score);
        return match (score, g.min_score) {
            (None, _) => GateStatus::NotAssessed,
            (Some(s), Some(min)) => pass(s >= min),
            (Some(_), None) => GateStatus::Passed,
        };
    }
    let Some(qid) = &g.question else {
        return GateStatus::Passed;
    };
    let Some(qs) = principles
        .iter()
        .flat_map(|p| &p.questions)
        .find(|q| &q.id == qid)
    else {
        return GateStatus::NotAssessed;
    };
    match qs.status {
        S::Hidden | S::NotApplicable => GateStatus::NotApplicable,
        S::Unanswered | S::DontKnow => GateStatus::NotAssessed,
        S::Unscored | S::Scored => {
            if let Some(min_level) = g.min_level {
                match answers.get(qid) {
                    Some(Response::Level(v)) => pass(*v >= min_level),
                    _ => GateStatus::NotAssessed,
                }
            } else if let (Some(min), Some(score)) = (g.min_score, qs.score) {
                pass(score * 100.0 >= min)
            } else {
                GateStatus::Passed
            }
        }
    }
}
