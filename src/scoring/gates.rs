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
        let Some(principle) = principles.iter().find(|p| &p.id == pid) else {
            return GateStatus::NotAssessed;
        };
        return match (principle.score, g.min_score) {
            // Every question of it is not applicable or hidden: the risk does not arise.
            (None, _) if principle.coverage.applicable == 0 => GateStatus::NotApplicable,
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
