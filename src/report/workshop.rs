//! The workshop part of a report: where the room's votes diverged, how each role rated each
//! principle, the votes on every question (JSON), and who owns each action by when.
//!
//! Built from a session's workshop data ([`crate::session::workshop`]) onto a finished
//! [`ReportContext`] by [`ReportContext::with_workshop`]; without workshop data the context
//! is left exactly as it was. The consensus (the session's answer) is what scored; the votes
//! are reported beside it, never instead of it.
//!
//! Must not: change the answers or the score (the consensus stays what scored), or analyse votes
//! itself (that is `session::workshop::analysis`).

use serde::Serialize;

use super::context::ReportContext;
use crate::answers::{DONT_KNOW, NOT_APPLICABLE, Response, YesNo, in_words, number_in};
use crate::framework::{Framework, Question};
use crate::i18n::Lang;
use crate::session::workshop::analysis::{self, Spread, Unit};
use crate::session::workshop::{Voter, Workshop};

/// What the workshop adds to a report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WorkshopInfo {
    /// The participants: id, role, and name when one was given (left out with `--anonymous`).
    pub participants: Vec<ParticipantInfo>,
    /// The roles that voted, in the framework's order: the columns of `by_principle`.
    pub roles: Vec<RoleInfo>,
    /// The framework's divergence gap, as a fraction of each question's answer range.
    pub gap: f64,
    /// The same gap in percent (50 for half the range).
    pub gap_percent: f64,
    /// Every question whose votes diverge, in framework order.
    pub divergent: Vec<DivergentInfo>,
    /// Each principle with votes: each role's mean score (0–100), aligned with `roles`
    /// (`null` where that role did not vote on the principle).
    pub by_principle: Vec<PrincipleRoles>,
    /// Questions parked to come back to and still parked.
    pub parked: Vec<QuestionRef>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ParticipantInfo {
    pub id: String,
    pub name: Option<String>,
    pub role: String,
    pub role_label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RoleInfo {
    pub id: String,
    pub label: String,
}

/// A question whose votes span more than the gap.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DivergentInfo {
    pub question: String,
    pub number: String,
    pub text: String,
    pub principle_title: String,
    /// The histogram: each answer given, in words, with how many gave it.
    pub spread: Vec<BinInfo>,
    /// The spread in one line: `Absent ×2, Starting ×4, Routine ×1`, or `5–40` for numbers.
    pub spread_text: String,
    /// The role summary ("'Peer / community' rate … lower than 'Staff'"), when two roles
    /// voted and differ.
    pub roles: Option<String>,
    /// The answer the room agreed on, which is what scored; `null` if none was set.
    pub consensus: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BinInfo {
    pub answer: String,
    pub count: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PrincipleRoles {
    pub principle: String,
    pub title: String,
    pub means: Vec<Option<f64>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuestionRef {
    pub question: String,
    pub number: String,
    pub text: String,
}

/// One vote as the JSON report gives it (`questions[].votes`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VoteInfo {
    /// `participant`, `role`, `group`, `count` (anonymous) or `range` (anonymous, numbers).
    pub by: &'static str,
    /// The participant's name (or id when none was given or names are omitted), the role's
    /// or the group's name; `null` for anonymous counts and ranges.
    pub who: Option<String>,
    /// The participant's id, for a participant's vote.
    pub participant: Option<String>,
    /// The role id, for a participant's vote or a role group's.
    pub role: Option<String>,
    /// The answer in words (for a range, `low–high`).
    pub answer: String,
    /// How many gave this answer: 1 for a named vote.
    pub count: u32,
}

impl ReportContext {
    /// This context with the workshop's votes, divergence, role comparison, parked
    /// questions and action owners; unchanged when `w` records nothing.
    #[must_use]
    pub fn with_workshop(mut self, fw: &Framework, w: &Workshop) -> Self {
        if w.is_empty() {
            return self;
        }
        let lang = self.language.clone();
        for item in self
            .action_plan
            .iter_mut()
            .flat_map(|g| g.actions.iter_mut())
            .chain(self.summary.top_actions.iter_mut())
        {
            if let Some(plan) = w.actions.get(&item.question) {
                item.owner.clone_from(&plan.owner);
                item.due.clone_from(&plan.due);
            }
        }
        let mut divergent = Vec::new();
        for info in &mut self.questions {
            // Looked up only for questions with votes: a framework may have thousands.
            let Some(votes) = w.votes.get(&info.id) else {
                continue;
            };
            let Some(q) = fw.question(&info.id) else {
                continue;
            };
            let spread = analysis::spread(fw, q, votes);
            info.votes = votes_of(fw, q, w, &lang, self.anonymous);
            info.divergent = Some(spread.divergent);
            if spread.divergent {
                divergent.push(DivergentInfo {
                    question: info.id.clone(),
                    number: info.number.clone(),
                    text: info.text.clone(),
                    principle_title: info.principle_title.clone(),
                    spread_text: spread_text(fw, q, &spread, &lang),
                    spread: bins(fw, q, &spread, &lang),
                    roles: analysis::role_gap(fw, w, &q.id).map(|g| g.message(fw, &lang)),
                    consensus: info.answer.clone(),
                });
            }
        }
        // `hidden` holds copies of the hidden questions: they carry their votes too.
        self.hidden = self
            .questions
            .iter()
            .filter(|q| q.hidden)
            .cloned()
            .collect();
        let roles = voting_roles(fw, w, &lang);
        let by_principle = fw
            .principles
            .iter()
            .filter_map(|p| {
                let means = analysis::principle_role_means(fw, w, &p.id);
                (!means.is_empty()).then(|| PrincipleRoles {
                    principle: p.id.clone(),
                    title: p.title.get(&lang).to_owned(),
                    means: roles
                        .iter()
                        .map(|r| means.iter().find(|m| m.role == r.id).map(|m| m.mean))
                        .collect(),
                })
            })
            .collect();
        let parked_ids: std::collections::HashSet<&str> =
            w.parked.iter().map(String::as_str).collect();
        let parked = self
            .questions
            .iter()
            .filter(|q| parked_ids.contains(q.id.as_str()))
            .map(|q| QuestionRef {
                question: q.id.clone(),
                number: q.number.clone(),
                text: q.text.clone(),
            })
            .collect();
        let participants = w
            .participants
            .iter()
            .map(|p| ParticipantInfo {
                id: p.id.clone(),
                name: p.name.clone().filter(|_| !self.anonymous),
                role: p.role.clone(),
                role_label: role_label(fw, &p.role, &lang),
            })
            .collect();
        self.workshop = Some(WorkshopInfo {
            participants,
            roles,
            gap: fw.divergence_gap(),
            gap_percent: fw.divergence_gap() * 100.0,
            divergent,
            by_principle,
            parked,
        });
        self
    }
}

fn role_label(fw: &Framework, id: &str, lang: &str) -> String {
    fw.role(id)
        .map_or_else(|| id.to_owned(), |r| r.label.get(lang).to_owned())
}

/// The roles that cast a vote (a participant's or a role group's), in framework order.
fn voting_roles(fw: &Framework, w: &Workshop, lang: &str) -> Vec<RoleInfo> {
    // Every vote is looked at once: a report may carry thousands.
    let mut voted: std::collections::BTreeSet<&str> = std::collections::BTreeSet::new();
    for v in w.votes.values() {
        voted.extend(v.by_role.keys().map(String::as_str));
        voted.extend(
            v.by_participant
                .keys()
                .filter_map(|id| Some(w.participant(id)?.role.as_str())),
        );
    }
    let mut ids: Vec<String> = fw.roles().iter().map(|r| r.id.clone()).collect();
    for p in &w.participants {
        if !ids.contains(&p.role) {
            ids.push(p.role.clone());
        }
    }
    ids.into_iter()
        .filter(|id| voted.contains(id.as_str()))
        .map(|id| RoleInfo {
            label: role_label(fw, &id, lang),
            id,
        })
        .collect()
}

/// An anonymous count's key in words.
fn key_words(fw: &Framework, q: &Question, key: &str, lang: &str) -> String {
    let r = match key {
        NOT_APPLICABLE => Response::NotApplicable,
        DONT_KNOW => Response::DontKnow,
        _ => match key.parse::<i64>() {
            Ok(v) if matches!(q.kind, crate::framework::Kind::Rating { .. }) => Response::Level(v),
            _ => YesNo::parse(key)
                .filter(|_| matches!(q.kind, crate::framework::Kind::YesNo))
                .map_or_else(|| Response::Choice(key.to_owned()), Response::YesNo),
        },
    };
    in_words(fw, q, &r, lang)
}

fn bins(fw: &Framework, q: &Question, spread: &Spread, lang: &str) -> Vec<BinInfo> {
    spread
        .bins
        .iter()
        .map(|b| BinInfo {
            answer: key_words(fw, q, &b.key, lang),
            count: b.count,
        })
        .collect()
}

fn spread_text(fw: &Framework, q: &Question, spread: &Spread, lang: &str) -> String {
    if analysis::unit(q) == Unit::Number {
        return match (spread.low, spread.high) {
            (Some(lo), Some(hi)) => {
                let ui = Lang::or_english(lang);
                format!("{}–{}", number_in(lo, ui), number_in(hi, ui))
            }
            _ => String::new(),
        };
    }
    bins(fw, q, spread, lang)
        .iter()
        .filter(|b| b.count > 0)
        .map(|b| format!("{} ×{}", b.answer, b.count))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Every vote on `q`: named votes first, then anonymous counts and the range.
fn votes_of(
    fw: &Framework,
    q: &Question,
    w: &Workshop,
    lang: &str,
    anonymous: bool,
) -> Vec<VoteInfo> {
    let Some(votes) = w.votes.get(&q.id) else {
        return Vec::new();
    };
    let mut out: Vec<VoteInfo> = votes
        .named()
        .map(|(voter, r)| {
            let (by, who, role, participant) = match voter {
                Voter::Participant(id) => {
                    let p = w.participant(&id);
                    let name = p.and_then(|p| p.name.clone()).filter(|_| !anonymous);
                    let role = p.map(|p| p.role.clone());
                    (
                        "participant",
                        name.unwrap_or_else(|| id.clone()),
                        role,
                        Some(id),
                    )
                }
                Voter::Role(id) => ("role", role_label(fw, &id, lang), Some(id), None),
                Voter::Group(name) => ("group", name, None, None),
            };
            VoteInfo {
                by,
                who: Some(who),
                participant,
                role,
                answer: in_words(fw, q, r, lang),
                count: 1,
            }
        })
        .collect();
    out.extend(votes.counts.iter().map(|(key, n)| VoteInfo {
        by: "count",
        who: None,
        participant: None,
        role: None,
        answer: key_words(fw, q, key, lang),
        count: *n,
    }));
    out.extend(votes.range.map(|(lo, hi)| VoteInfo {
        by: "range",
        who: None,
        participant: None,
        role: None,
        answer: format!(
            "{}–{}",
            number_in(lo, Lang::or_english(lang)),
            number_in(hi, Lang::or_english(lang))
        ),
        count: 0,
    }));
    out
}
