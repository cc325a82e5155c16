//! Combining breakout groups' sessions of one framework into one workshop session
//! (`integra merge`), losing nothing.
//!
//! Each group's answer to a question becomes that group's vote on it; where every group
//! that answered agrees, the answer is also the merged session's consensus, otherwise the
//! question is left for the room to settle and the disagreement is listed. A group's notes
//! are kept, each marked with the group's name; facts (programme, site, date…) that differ
//! are kept side by side and listed too. Participants, their votes, counts, ranges, parked
//! questions and action owners come across, participant ids prefixed with the group's name
//! so that two groups' `p1` stay two people. A role group's vote becomes the vote of a
//! participant standing for that role in that group, so no two groups' role votes collide.
//!
//! Must not: drop anything a group recorded, pick a consensus where groups disagree, or write files
//! (the command does).

use std::collections::BTreeMap;

use super::workshop::{Participant, Voter, Workshop};
use super::{Record, Session};
use crate::answers::{AnswerSheet, Meta, Response};

/// One group's session, ready to merge.
#[derive(Debug, Clone)]
pub struct Group {
    /// The group's name: its file's name without `.toml`, made unique by [`group_names`].
    pub name: String,
    pub sheet: AnswerSheet,
    pub workshop: Workshop,
}

/// Something the groups did not agree on.
#[derive(Debug, Clone, PartialEq)]
pub enum Conflict {
    /// Groups answered a question differently: (group, answer) for each group that answered.
    Answer {
        question: String,
        answers: Vec<(String, Response)>,
    },
    /// A fact differs between groups: its key (`programme`, `site`…) and each group's value.
    Fact {
        key: &'static str,
        values: Vec<(String, String)>,
    },
    /// Groups named different owners or due dates for the action on `question`.
    Action { question: String },
}

/// Unique group names from file stems: a repeated name gets `-2`, `-3`…
pub fn group_names(stems: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for stem in stems {
        let base = if stem.trim().is_empty() {
            "group".to_owned()
        } else {
            stem.clone()
        };
        let mut name = base.clone();
        let mut n = 2;
        while out.contains(&name) {
            name = format!("{base}-{n}");
            n += 1;
        }
        out.push(name);
    }
    out
}

/// Merges `groups` (at least one, all of one framework) into a session saved at `into`.
pub fn merge(groups: &[Group], into: std::path::PathBuf) -> (Session, Vec<Conflict>) {
    let mut conflicts = Vec::new();
    let first = groups.first().map(|g| &g.sheet);
    let mut sheet = AnswerSheet {
        framework: first.map(|s| s.framework.clone()).unwrap_or_default(),
        version: first.and_then(|s| s.version.clone()),
        hash: first.and_then(|s| s.hash.clone()),
        language: first.and_then(|s| s.language.clone()),
        meta: merge_meta(groups, &mut conflicts),
        answers: crate::answers::Answers::default(),
    };
    let mut workshop = Workshop::default();
    for g in groups {
        carry_workshop(g, &mut workshop);
    }
    // Answers: every group's becomes its vote; the consensus only where all agree.
    let mut by_question: BTreeMap<&str, Vec<(String, Response)>> = BTreeMap::new();
    for g in groups {
        for (q, r) in g.sheet.answers.responses() {
            by_question
                .entry(q)
                .or_default()
                .push((g.name.clone(), r.clone()));
            let votes = workshop.votes.entry(q.to_owned()).or_default();
            votes.by_group.insert(g.name.clone(), r.clone());
        }
    }
    for (q, answers) in by_question {
        if answers.iter().all(|(_, r)| *r == answers[0].1) {
            sheet.answers.set(q, answers[0].1.clone());
        } else {
            conflicts.push(Conflict::Answer {
                question: q.to_owned(),
                answers,
            });
        }
    }
    // Notes: each kept, marked with its group.
    let mut notes: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for g in groups {
        for (q, n) in g.sheet.answers.notes() {
            notes
                .entry(q)
                .or_default()
                .push(format!("[{}] {n}", g.name));
        }
    }
    for (q, list) in notes {
        sheet.answers.set_note(q, list.join("\n\n"));
    }
    merge_actions(groups, &mut workshop, &mut conflicts);
    let session = Session {
        path: into,
        sheet,
        record: Record::default(),
        on_disk: None,
        workshop,
    };
    (session, conflicts)
}

/// A group's participants, votes, counts, ranges and parked questions, into `w`.
fn carry_workshop(g: &Group, w: &mut Workshop) {
    let id = |local: &str| format!("{}.{local}", g.name);
    for p in &g.workshop.participants {
        w.participants.push(Participant {
            id: id(&p.id),
            name: p.name.clone(),
            role: p.role.clone(),
        });
    }
    for (q, votes) in &g.workshop.votes {
        let into = w.votes.entry(q.clone()).or_default();
        for (voter, r) in votes.named() {
            let (key, slot) = match voter {
                Voter::Participant(p) => (id(&p), &mut into.by_participant),
                Voter::Group(name) => (id(&name), &mut into.by_group),
                Voter::Role(role) => {
                    // The group's role vote becomes a participant standing for that role.
                    let stand_in = id(&format!("role-{role}"));
                    if w.participants.iter().all(|p| p.id != stand_in) {
                        w.participants.push(Participant {
                            id: stand_in.clone(),
                            name: None,
                            role: role.clone(),
                        });
                    }
                    (stand_in, &mut into.by_participant)
                }
            };
            slot.insert(key, r.clone());
        }
        for (key, n) in &votes.counts {
            let count = into.counts.entry(key.clone()).or_default();
            *count = count.saturating_add(*n);
        }
        if let Some((lo, hi)) = votes.range {
            into.range = Some(match into.range {
                Some((a, b)) => (a.min(lo), b.max(hi)),
                None => (lo, hi),
            });
        }
    }
    for (p, m) in &g.workshop.minutes {
        w.minutes.entry(p.clone()).or_insert(*m);
    }
    // Breakout groups talk at the same time: the room spent the longest group's time.
    for (p, s) in &g.workshop.spent {
        let at = w.spent.entry(p.clone()).or_insert(0);
        *at = (*at).max(*s);
    }
    for q in &g.workshop.parked {
        if !w.parked.contains(q) {
            w.parked.push(q.clone());
        }
    }
}

/// Owners and due dates: kept when the groups agree, joined (and listed) when they differ.
fn merge_actions(groups: &[Group], w: &mut Workshop, conflicts: &mut Vec<Conflict>) {
    let mut questions: Vec<&String> = groups
        .iter()
        .flat_map(|g| g.workshop.actions.keys())
        .collect();
    questions.sort();
    questions.dedup();
    for q in questions {
        let plans: Vec<_> = groups
            .iter()
            .filter_map(|g| g.workshop.actions.get(q))
            .collect();
        let join = |field: &dyn Fn(&super::workshop::ActionPlan) -> Option<String>| {
            let mut seen: Vec<String> = Vec::new();
            for v in plans.iter().filter_map(|p| field(p)) {
                if !seen.contains(&v) {
                    seen.push(v);
                }
            }
            (seen.len() > 1, (!seen.is_empty()).then(|| seen.join(" / ")))
        };
        let (owners_differ, owner) = join(&|p| p.owner.clone());
        let (dues_differ, due) = join(&|p| p.due.clone());
        if owners_differ || dues_differ {
            conflicts.push(Conflict::Action {
                question: q.clone(),
            });
        }
        w.actions
            .insert(q.clone(), super::workshop::ActionPlan { owner, due });
    }
}

/// One fact of [`Meta`], to read and write it by name.
type MetaField = fn(&mut Meta) -> &mut Option<String>;

/// The facts: one value where the groups agree (or only one gave it), every distinct value
/// joined with ` / ` where they differ (listed as a conflict, except the facilitator and
/// participants, which differ between groups by nature).
fn merge_meta(groups: &[Group], conflicts: &mut Vec<Conflict>) -> Meta {
    let mut meta = Meta::default();
    let fields: [(&'static str, MetaField); 6] = [
        ("programme", |m| &mut m.programme),
        ("site", |m| &mut m.site),
        ("country", |m| &mut m.country),
        ("date", |m| &mut m.date),
        ("facilitator", |m| &mut m.facilitator),
        ("participants", |m| &mut m.participants),
    ];
    for (key, field) in fields {
        let mut values: Vec<(String, String)> = Vec::new();
        for g in groups {
            let mut m = g.sheet.meta.clone();
            if let Some(v) = field(&mut m).clone().filter(|v| !v.trim().is_empty()) {
                values.push((g.name.clone(), v));
            }
        }
        let mut distinct: Vec<&str> = Vec::new();
        for (_, v) in &values {
            if !distinct.contains(&v.as_str()) {
                distinct.push(v);
            }
        }
        if distinct.is_empty() {
            continue;
        }
        *field(&mut meta) = Some(distinct.join(" / "));
        // Each group has its own facilitator and people: that is no disagreement.
        if distinct.len() > 1 && !matches!(key, "facilitator" | "participants") {
            conflicts.push(Conflict::Fact { key, values });
        }
    }
    meta
}

#[cfg(test)]
mod tests;
