//! What vote entry needs from the votes, for `update` and `view` alike: how votes are taken
//! on a question (a vote per participant, anonymous counts, a range, or none), the
//! consensus one key accepts (the median of ordered answers, the most common choice, the
//! options most voters ticked), and how a participant is named on screen.
//!
//! Must not: change the session or draw.

use crate::answers::{DONT_KNOW, NOT_APPLICABLE, Response, YesNo};
use crate::framework::{Framework, Question, QuestionKind};
use crate::i18n::{self, Lang};
use crate::session::Session;
use crate::session::workshop::suggest;
use crate::session::workshop::{Participant, Voter, Votes};
use crate::tui::app::VoteMode;

/// How votes are taken on a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    /// Each participant's answer in turn, one key each.
    Named,
    /// Each role group's answer in turn, one key each.
    Roles,
    /// A key per person, adding one to that answer's count (checklists: per option).
    Counts,
    /// A number question: the lowest and highest figure the room gives.
    Range,
    /// Free text: no votes.
    None,
}

impl Entry {
    /// Whether voters are taken in turn (participants or role groups).
    pub fn in_turn(self) -> bool {
        matches!(self, Self::Named | Self::Roles)
    }
}

/// How votes are taken on `q` in `mode` (the facilitator's choice, `c`): a checklist is
/// always counted per option, and a room without participants votes by role group or is
/// counted.
pub fn entry(q: &Question, mode: VoteMode, participants: usize) -> Entry {
    match q.kind.tag() {
        QuestionKind::Text => Entry::None,
        QuestionKind::Number => Entry::Range,
        QuestionKind::Checklist => Entry::Counts,
        _ => match mode {
            VoteMode::People if participants > 0 => Entry::Named,
            VoteMode::Roles => Entry::Roles,
            _ => Entry::Counts,
        },
    }
}

/// The voters taken in turn: the participants, or the role groups (the roles the
/// participants have, in the framework's order, else every role the framework offers).
pub fn voters(fw: &Framework, session: &Session, how: Entry) -> Vec<Voter> {
    let people = session.participants();
    match how {
        Entry::Named => people
            .iter()
            .map(|p| Voter::Participant(p.id.clone()))
            .collect(),
        Entry::Roles => {
            let mut roles: Vec<String> = fw
                .roles()
                .iter()
                .map(|r| r.id.clone())
                .filter(|id| people.is_empty() || people.iter().any(|p| p.role == *id))
                .collect();
            for p in people {
                if !roles.contains(&p.role) {
                    roles.push(p.role.clone());
                }
            }
            roles.into_iter().map(Voter::Role).collect()
        }
        _ => Vec::new(),
    }
}

/// A voter's vote on `votes`, if any.
pub fn vote_of<'a>(votes: &'a Votes, who: &Voter) -> Option<&'a Response> {
    match who {
        Voter::Participant(id) => votes.by_participant.get(id),
        Voter::Role(id) => votes.by_role.get(id),
        Voter::Group(id) => votes.by_group.get(id),
    }
}

/// How a voter is named on screen: a participant by [`label`], a role group by its role.
pub fn voter_label(fw: &Framework, lang: &str, session: &Session, who: &Voter) -> String {
    let people = session.participants();
    match who {
        Voter::Participant(id) => people
            .iter()
            .position(|p| p.id == *id)
            .map_or_else(|| id.clone(), |i| label(fw, lang, &people[i], i)),
        Voter::Role(id) => fw
            .role(id)
            .map_or_else(|| id.clone(), |r| r.label.get(lang).to_owned()),
        Voter::Group(id) => id.clone(),
    }
}

/// The answer an anonymous count key stands for (`None` for a checklist option).
pub fn key_response(q: &Question, key: &str) -> Option<Response> {
    match key {
        NOT_APPLICABLE => return Some(Response::NotApplicable),
        DONT_KNOW => return Some(Response::DontKnow),
        _ => {}
    }
    match q.kind.tag() {
        QuestionKind::Rating => key.parse().ok().map(Response::Level),
        QuestionKind::YesNo => YesNo::parse(key).map(Response::YesNo),
        QuestionKind::Choice => Some(Response::Choice(key.to_owned())),
        _ => None,
    }
}

/// The consensus one key accepts: the session's offer (`suggest::suggestion`: the median
/// of a rating or yes/partly/no, the most common choice, the options most named voters
/// ticked), and for a checklist counted anonymously — as the wizard counts checklists — the
/// options more than half of the room ticked (the room: the participants, or the largest
/// count when there are none). `None` when the votes point at no answer.
pub fn suggestion(q: &Question, votes: &Votes, participants: &[Participant]) -> Option<Response> {
    if let Some(r) = suggest::suggestion(q, votes) {
        return Some(r);
    }
    if q.kind.tag() != QuestionKind::Checklist || votes.counts.is_empty() {
        return None;
    }
    let top = votes.counts.values().copied().max().unwrap_or(0);
    let room = u32::try_from(participants.len())
        .unwrap_or(u32::MAX)
        .max(top);
    let ticked = q
        .options()
        .iter()
        .filter(|o| {
            votes
                .counts
                .get(&o.id)
                .is_some_and(|n| n.saturating_mul(2) > room)
        })
        .map(|o| o.id.clone())
        .collect();
    Some(Response::Checklist(ticked))
}

/// How a participant is named on screen: their initials or name, else their role and
/// number ("Peer 2"), since names are optional.
pub fn label(fw: &Framework, lang: &str, p: &Participant, index: usize) -> String {
    if let Some(name) = p.name.as_deref().filter(|n| !n.trim().is_empty()) {
        return name.to_owned();
    }
    let role = fw
        .role(&p.role)
        .map_or_else(|| p.role.clone(), |r| r.label.get(lang).to_owned());
    // The first word of the role is enough to tell people apart with their number.
    let short = role.split([' ', '/']).next().unwrap_or(&role).to_owned();
    format!("{short} {}", index + 1)
}

/// An answer in words, as the vote list shows it: the report's words
/// ([`in_words`](crate::answers::in_words)), but a checklist's ticked options joined by commas
/// on one short line, and a number as typed. Framework text is in `lang`, integra's own words
/// in `ui` (the same language the report's words fall back to).
pub fn answer_label(fw: &Framework, q: &Question, r: &Response, lang: &str, ui: Lang) -> String {
    match r {
        Response::Checklist(ids) if ids.is_empty() => i18n::tr(ui, "ui-votes-none-ticked"),
        Response::Checklist(ids) => ids
            .iter()
            .map(|id| {
                q.options()
                    .iter()
                    .find(|o| o.id == *id)
                    .map_or_else(|| id.clone(), |o| o.label.get(lang).to_owned())
            })
            .collect::<Vec<_>>()
            .join(", "),
        Response::Number(n) => n.to_string(),
        _ => crate::answers::in_words(fw, q, r, lang),
    }
}

/// Reads a typed range: two figures ("3-12", "3 12", "3..12", "3–12"), or one figure for a
/// room that agrees. `None` when it is not that.
pub fn parse_range(typed: &str) -> Option<(f64, f64)> {
    let text = typed
        .trim()
        .replace(',', ".")
        .replace('–', " ")
        .replace("..", " ");
    // A minus after the first character separates the two ends.
    let text: String = text
        .char_indices()
        .map(|(i, c)| if c == '-' && i > 0 { ' ' } else { c })
        .collect();
    let ends: Vec<f64> = text
        .split_whitespace()
        .map(str::parse)
        .collect::<Result<_, _>>()
        .ok()?;
    match ends[..] {
        [one] if one.is_finite() => Some((one, one)),
        [a, b] if a.is_finite() && b.is_finite() => Some((a.min(b), a.max(b))),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::parse_range;

    #[test]
    fn ranges_are_read_in_the_ways_people_type_them() {
        assert_eq!(parse_range("3-12"), Some((3.0, 12.0)));
        assert_eq!(parse_range(" 12 3 "), Some((3.0, 12.0)));
        assert_eq!(parse_range("2,5..4"), Some((2.5, 4.0)));
        assert_eq!(parse_range("7"), Some((7.0, 7.0)));
        assert_eq!(parse_range("-2-3"), Some((-2.0, 3.0)));
        assert_eq!(parse_range("3-"), Some((3.0, 3.0)));
        assert_eq!(parse_range("a-b"), None);
        assert_eq!(parse_range("1 2 3"), None);
        assert_eq!(parse_range(""), None);
    }
}
