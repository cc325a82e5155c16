//! Facilitator aids that are not screens: the agenda (each principle's time budget and how
//! far the room has got), the next question still to settle, and finding questions by
//! keyword. Pure functions over the framework and the session, for the wizard to show.
//!
//! Must not: change the session or draw; it only computes what the wizard shows.

use super::super::Session;
use crate::framework::{Framework, visible_questions};

/// One principle on the agenda.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaItem {
    pub principle: String,
    /// Minutes budgeted: set at setup for this session, else the framework's `minutes`.
    pub minutes: Option<u32>,
    /// Visible questions, and how many of them have an answer (the consensus).
    pub questions: usize,
    pub answered: usize,
    /// How many of its questions are parked.
    pub parked: usize,
}

impl Session {
    /// The minutes budgeted for `principle`: this session's own (set at setup), else the
    /// framework's.
    pub fn minutes(&self, fw: &Framework, principle: &str) -> Option<u32> {
        self.workshop
            .minutes
            .get(principle)
            .copied()
            .or_else(|| fw.minutes(principle))
    }

    /// Sets (or with `None` or 0 clears) this session's budget for `principle`, in minutes.
    pub fn set_minutes(&mut self, principle: &str, minutes: Option<u32>) {
        match minutes.filter(|m| *m > 0) {
            Some(m) => self.workshop.minutes.insert(principle.to_owned(), m),
            None => self.workshop.minutes.remove(principle),
        };
    }

    /// The agenda: every principle in order with its budget and progress.
    pub fn agenda(&self, fw: &Framework) -> Vec<AgendaItem> {
        let visible = visible_questions(fw, self.answers());
        fw.principles
            .iter()
            .map(|p| {
                let shown: Vec<&str> = p
                    .questions
                    .iter()
                    .map(|q| q.id.as_str())
                    .filter(|id| visible.contains(id))
                    .collect();
                AgendaItem {
                    principle: p.id.clone(),
                    minutes: self.minutes(fw, &p.id),
                    questions: shown.len(),
                    answered: shown
                        .iter()
                        .filter(|id| self.answers().get(id).is_some())
                        .count(),
                    parked: shown.iter().filter(|id| self.is_parked(id)).count(),
                }
            })
            .collect()
    }

    /// The next visible question after `after` (from the start when `None`), going round,
    /// that is unanswered or parked; `None` when every visible question is settled.
    pub fn next_open(&self, fw: &Framework, after: Option<&str>) -> Option<String> {
        let visible = visible_questions(fw, self.answers());
        let order: Vec<&str> = fw
            .questions()
            .map(|q| q.id.as_str())
            .filter(|id| visible.contains(id))
            .collect();
        let start = after
            .and_then(|a| order.iter().position(|id| *id == a))
            .map_or(0, |i| i + 1);
        let open = |id: &&str| self.answers().get(id).is_none() || self.is_parked(id);
        order[start..]
            .iter()
            .chain(&order[..start])
            .find(|id| open(id))
            .map(|id| (*id).to_owned())
    }
}

/// The questions whose text, help or evidence (in `lang`, and in English), or id, contain
/// every word of `query` (case-insensitive), in framework order.
pub fn search(fw: &Framework, lang: &str, query: &str) -> Vec<String> {
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    if words.is_empty() {
        return Vec::new();
    }
    fw.questions()
        .filter(|q| {
            let mut hay = format!("{} {} {}", q.id, q.text.get(lang), q.text.en());
            for t in [&q.help, &q.evidence].into_iter().flatten() {
                hay.push(' ');
                hay.push_str(t.get(lang));
            }
            let hay = hay.to_lowercase();
            words.iter().all(|w| hay.contains(w.as_str()))
        })
        .map(|q| q.id.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::answers::Response;
    use crate::framework::{Origin, from_str};

    const FW: &str = include_str!("../../../tests/fixtures/valid/minimal.toml");

    fn fw() -> Framework {
        let text = FW.replacen("weight = 2\n", "weight = 2\nminutes = 30\n", 1);
        from_str("m.toml", &text, Origin::Embedded).unwrap()
    }

    #[test]
    fn the_agenda_counts_visible_questions_and_takes_the_session_budget_first() {
        let fw = fw();
        let mut s = Session::new(&fw, "en", PathBuf::from("s.toml"), "2026-12-01");
        s.answers_mut().set("referral", Response::Level(1));
        s.park("referral");
        s.set_minutes("context", Some(10));
        let agenda = s.agenda(&fw);
        assert_eq!(
            agenda[0],
            AgendaItem {
                principle: "context".into(),
                minutes: Some(10),
                questions: 1,
                answered: 0,
                parked: 0
            }
        );
        // 'abortion' is hidden until 'legal' is answered.
        assert_eq!(
            (
                agenda[1].minutes,
                agenda[1].questions,
                agenda[1].answered,
                agenda[1].parked
            ),
            (Some(30), 3, 1, 1)
        );
        s.set_minutes("services", Some(0));
        assert_eq!(
            s.minutes(&fw, "services"),
            Some(30),
            "0 clears back to the framework's"
        );
    }

    #[test]
    fn next_open_goes_round_to_unanswered_or_parked_questions() {
        let fw = fw();
        let mut s = Session::new(&fw, "en", PathBuf::from("s.toml"), "2026-12-01");
        assert_eq!(s.next_open(&fw, None).as_deref(), Some("legal"));
        s.answers_mut()
            .set("legal", Response::Choice("illegal".into()));
        s.answers_mut().set("referral", Response::Level(1));
        assert_eq!(s.next_open(&fw, Some("legal")).as_deref(), Some("package"));
        s.answers_mut().set("package", Response::Checklist(vec![]));
        s.answers_mut().set("staff", Response::Number(3.0));
        assert_eq!(s.next_open(&fw, Some("staff")), None, "abortion is hidden");
        s.park("legal");
        assert_eq!(s.next_open(&fw, Some("staff")).as_deref(), Some("legal"));
    }

    #[test]
    fn search_finds_every_word_in_text_help_or_id() {
        let fw = fw();
        assert_eq!(search(&fw, "en", "REFERRALS followed"), ["referral"]);
        assert_eq!(search(&fw, "en", "legal adviser"), ["legal"]);
        assert!(search(&fw, "en", "  ").is_empty());
        assert!(search(&fw, "en", "referrals nowhere").is_empty());
    }
}
