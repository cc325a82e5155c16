//! Workshop mode: the people in the room, their votes on each question, the parking lot and
//! who owns each action by when.
//!
//! A session may record participants (a role each, a name or initials optional) and, per
//! question, votes — by participant, by role group, by breakout group (a merged session) or
//! as anonymous counts per answer (numbers as a low–high range). The session's answer stays
//! the consensus: it alone scores, so `integra score` reads a workshop session exactly as
//! before. Everything here is kept inside the file's `[session]` table ([`mod@file`]), which
//! earlier integra versions read leniently, so their readers keep working. [`analysis`]
//! holds the pure functions over votes (spread, divergence, role means, the role summary).
//! A session without participants or votes behaves exactly as one without this module.
//!
//! For the wizard's `update()`, all on [`Session`]: `add_participant` / `set_participants`,
//! `next_voter` (votes taken in turn), `add_vote` / `remove_vote` / `clear_votes`,
//! `set_count` / `bump_count` / `count` (anonymous, keys from [`count_key`]), `set_range`,
//! `park` / `unpark` / `is_parked`, `set_action_owner` / `set_action_due` / `action_plan`,
//! and in [`agenda`] `agenda`, `minutes` / `set_minutes`, `next_open` and `search`. What the
//! votes show: [`analysis::spread`] (histogram, span, `divergent`), [`analysis::role_means`],
//! [`analysis::role_gap`] and its `message` (the one-line role summary); a consensus to
//! offer: [`suggest::suggestion`].
//!
//! Must not: let a vote score (only the consensus does) or change how a session without workshop
//! data reads or behaves.

pub mod agenda;
pub mod analysis;
pub mod file;
pub mod suggest;

use std::collections::BTreeMap;

use super::Session;
use crate::answers::Response;

/// Someone in the room.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participant {
    /// Stable within the session (`p1`, `p2`, …): votes are recorded by it.
    pub id: String,
    /// A name or initials, if the room wants one (privacy: none is needed).
    pub name: Option<String>,
    /// A role id from the framework's roles (`Framework::roles`).
    pub role: String,
}

/// Whose vote it is.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Voter {
    /// One participant, by id.
    Participant(String),
    /// A role group speaking as one ("the peers say…"), by role id.
    Role(String),
    /// A breakout group whose session was merged in (see `integra merge`), by its name.
    Group(String),
}

/// The votes on one question. Any part may be empty.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Votes {
    pub by_participant: BTreeMap<String, Response>,
    pub by_role: BTreeMap<String, Response>,
    pub by_group: BTreeMap<String, Response>,
    /// Anonymous counts per answer: the key is a level value (`"2"`), `yes` / `partial` /
    /// `no`, an option id (for a checklist: how many ticked it), `na` or `dont_know`.
    pub counts: BTreeMap<String, u32>,
    /// For a number question: the lowest and highest figure the room gave, anonymously.
    pub range: Option<(f64, f64)>,
}

impl Votes {
    /// Whether nothing at all is recorded.
    pub fn is_empty(&self) -> bool {
        self.by_participant.is_empty()
            && self.by_role.is_empty()
            && self.by_group.is_empty()
            && self.counts.is_empty()
            && self.range.is_none()
    }

    /// Every named vote (participant, role and group votes), in that order.
    pub fn named(&self) -> impl Iterator<Item = (Voter, &Response)> {
        let p = self
            .by_participant
            .iter()
            .map(|(k, r)| (Voter::Participant(k.clone()), r));
        let r = self
            .by_role
            .iter()
            .map(|(k, r)| (Voter::Role(k.clone()), r));
        let g = self
            .by_group
            .iter()
            .map(|(k, r)| (Voter::Group(k.clone()), r));
        p.chain(r).chain(g)
    }

    fn slot<'a>(&'a mut self, voter: &'a Voter) -> (&'a mut BTreeMap<String, Response>, &'a str) {
        match voter {
            Voter::Participant(id) => (&mut self.by_participant, id),
            Voter::Role(id) => (&mut self.by_role, id),
            Voter::Group(id) => (&mut self.by_group, id),
        }
    }
}

/// Who follows an action up, and by when.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ActionPlan {
    pub owner: Option<String>,
    /// A date as typed (`2027-01-31` is what the wizard offers).
    pub due: Option<String>,
}

/// Everything workshop mode adds to a session.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Workshop {
    pub participants: Vec<Participant>,
    /// Votes by question id.
    pub votes: BTreeMap<String, Votes>,
    /// Questions set aside to come back to, in the order they were parked.
    pub parked: Vec<String>,
    /// Action owners and due dates by question id (actions are per question).
    pub actions: BTreeMap<String, ActionPlan>,
    /// Time budgets set at setup, in minutes by principle id (over the framework's).
    pub minutes: BTreeMap<String, u32>,
    /// Seconds the workshop clock ran on each principle, by principle id, over every sitting
    /// (the agenda sets them against the budgets).
    pub spent: BTreeMap<String, u64>,
}

impl Workshop {
    /// Whether nothing workshop-specific is recorded (the session is an ordinary one).
    pub fn is_empty(&self) -> bool {
        self.participants.is_empty()
            && self.votes.is_empty()
            && self.parked.is_empty()
            && self.actions.is_empty()
            && self.minutes.is_empty()
            && self.spent.is_empty()
    }

    /// The participant with this id.
    pub fn participant(&self, id: &str) -> Option<&Participant> {
        self.participants.iter().find(|p| p.id == id)
    }
}

/// The anonymous-count key of a single answer (`None` for a checklist, counted per option,
/// and for numbers and text, which take a range or nothing).
pub fn count_key(r: &Response) -> Option<String> {
    match r {
        Response::Level(v) => Some(v.to_string()),
        Response::YesNo(yn) => Some(yn.name().to_owned()),
        Response::Choice(id) => Some(id.clone()),
        Response::NotApplicable => Some(crate::answers::NOT_APPLICABLE.to_owned()),
        Response::DontKnow => Some(crate::answers::DONT_KNOW.to_owned()),
        Response::Checklist(_) | Response::Number(_) | Response::Text(_) => None,
    }
}

/// The editing API the wizard calls from `update()`: every change to workshop data goes
/// through these, so empty entries never linger in the file.
impl Session {
    pub fn workshop(&self) -> &Workshop {
        &self.workshop
    }

    pub fn participants(&self) -> &[Participant] {
        &self.workshop.participants
    }

    /// Replaces the participant list. A participant without an id (or with the id of one
    /// listed before) gets the next free `pN`; votes of participants no longer listed are
    /// removed with them.
    pub fn set_participants(&mut self, list: Vec<Participant>) {
        let mut list = list;
        for i in 1..list.len() {
            if list[..i].iter().any(|p| p.id == list[i].id) {
                list[i].id.clear();
            }
        }
        let mut next = 1;
        for i in 0..list.len() {
            if list[i].id.trim().is_empty() {
                while list.iter().any(|p| p.id == format!("p{next}")) {
                    next += 1;
                }
                list[i].id = format!("p{next}");
            }
        }
        self.workshop.participants = list;
        let kept: Vec<String> = self.participants().iter().map(|p| p.id.clone()).collect();
        for votes in self.workshop.votes.values_mut() {
            votes.by_participant.retain(|id, _| kept.contains(id));
        }
        self.workshop.votes.retain(|_, v| !v.is_empty());
    }

    /// Adds a participant with `role` (and a name or initials, if given); returns their id.
    pub fn add_participant(&mut self, name: Option<String>, role: &str) -> String {
        let mut list = self.workshop.participants.clone();
        list.push(Participant {
            id: String::new(),
            name: name.filter(|n| !n.trim().is_empty()),
            role: role.to_owned(),
        });
        self.set_participants(list);
        self.workshop
            .participants
            .last()
            .map(|p| p.id.clone())
            .unwrap_or_default()
    }

    /// The votes on `question`, if any.
    pub fn votes(&self, question: &str) -> Option<&Votes> {
        self.workshop.votes.get(question)
    }

    /// The first participant, in list order, who has not voted on `question` yet: whose
    /// vote the next key press records when votes are taken in turn.
    pub fn next_voter(&self, question: &str) -> Option<&Participant> {
        let votes = self.votes(question);
        self.participants()
            .iter()
            .find(|p| votes.is_none_or(|v| !v.by_participant.contains_key(&p.id)))
    }

    /// Records (or replaces) `voter`'s answer to `question`. The consensus is untouched.
    pub fn add_vote(&mut self, question: &str, voter: &Voter, response: Response) {
        let entry = self.workshop.votes.entry(question.to_owned()).or_default();
        let (map, id) = entry.slot(voter);
        map.insert(id.to_owned(), response);
    }

    /// Removes `voter`'s answer to `question`.
    pub fn remove_vote(&mut self, question: &str, voter: &Voter) {
        if let Some(votes) = self.workshop.votes.get_mut(question) {
            let (map, id) = votes.slot(voter);
            let id = id.to_owned();
            map.remove(&id);
        }
        self.drop_if_empty(question);
    }

    /// Removes every vote, count and range on `question`.
    pub fn clear_votes(&mut self, question: &str) {
        self.workshop.votes.remove(question);
    }

    /// Sets the anonymous count for one answer (see [`count_key`]; for a checklist, an
    /// option id). A count of 0 removes it.
    pub fn set_count(&mut self, question: &str, key: &str, count: u32) {
        let votes = self.workshop.votes.entry(question.to_owned()).or_default();
        if count == 0 {
            votes.counts.remove(key);
        } else {
            votes.counts.insert(key.to_owned(), count);
        }
        self.drop_if_empty(question);
    }

    /// The anonymous count for one answer (0 when none).
    pub fn count(&self, question: &str, key: &str) -> u32 {
        self.votes(question)
            .and_then(|v| v.counts.get(key))
            .copied()
            .unwrap_or(0)
    }

    /// Adds `delta` (which may be negative) to an anonymous count, never below 0: one key
    /// press per hand raised.
    pub fn bump_count(&mut self, question: &str, key: &str, delta: i32) {
        let now = i64::from(self.count(question, key)) + i64::from(delta);
        let n = u32::try_from(now.max(0)).unwrap_or(u32::MAX);
        self.set_count(question, key, n);
    }

    /// Sets (or with `None` clears) the anonymous low–high range on a number question; the
    /// two ends are put in order.
    pub fn set_range(&mut self, question: &str, range: Option<(f64, f64)>) {
        let votes = self.workshop.votes.entry(question.to_owned()).or_default();
        votes.range = range.map(|(a, b)| (a.min(b), a.max(b)));
        self.drop_if_empty(question);
    }

    fn drop_if_empty(&mut self, question: &str) {
        if self
            .workshop
            .votes
            .get(question)
            .is_some_and(Votes::is_empty)
        {
            self.workshop.votes.remove(question);
        }
    }

    /// Puts `question` in the parking lot (once).
    pub fn park(&mut self, question: &str) {
        if !self.is_parked(question) {
            self.workshop.parked.push(question.to_owned());
        }
    }

    pub fn unpark(&mut self, question: &str) {
        self.workshop.parked.retain(|q| q != question);
    }

    pub fn is_parked(&self, question: &str) -> bool {
        self.workshop.parked.iter().any(|q| q == question)
    }

    /// The owner and due date of the action on `question`, if any was entered.
    pub fn action_plan(&self, question: &str) -> Option<&ActionPlan> {
        self.workshop.actions.get(question)
    }

    /// Sets (or with `None` or blank text clears) who owns the action on `question`.
    pub fn set_action_owner(&mut self, question: &str, owner: Option<String>) {
        self.edit_action(question, |a| {
            a.owner = owner.filter(|o| !o.trim().is_empty());
        });
    }

    /// Sets (or clears) when the action on `question` is due.
    pub fn set_action_due(&mut self, question: &str, due: Option<String>) {
        self.edit_action(question, |a| {
            a.due = due.filter(|d| !d.trim().is_empty());
        });
    }

    fn edit_action(&mut self, question: &str, edit: impl FnOnce(&mut ActionPlan)) {
        let plan = self
            .workshop
            .actions
            .entry(question.to_owned())
            .or_default();
        edit(plan);
        if *plan == ActionPlan::default() {
            self.workshop.actions.remove(question);
        }
    }
}

#[cfg(test)]
mod tests;
