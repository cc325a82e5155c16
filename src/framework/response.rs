//! What an answer is: the typed response to one question ([`Response`]) and a team's answers
//! and notes keyed by question id ([`Answers`]). These are part of the framework model because
//! conditions (`show_if`) are evaluated on them and the validator's reachability checks build
//! them; reading and writing answers files is the `answers` layer's, which re-exports these.
//!
//! Must not read or write answers files, nor score answers.

use std::collections::BTreeMap;

/// Yes, partly, or no.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum YesNo {
    No,
    Partial,
    Yes,
}

impl YesNo {
    /// The word written in an answers file.
    pub fn name(self) -> &'static str {
        match self {
            Self::No => "no",
            Self::Partial => "partial",
            Self::Yes => "yes",
        }
    }

    /// Parses `yes`, `partial` or `no`.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "yes" => Some(Self::Yes),
            "partial" => Some(Self::Partial),
            "no" => Some(Self::No),
            _ => None,
        }
    }
}

/// One answer, typed by the question it answers.
#[derive(Debug, Clone, PartialEq)]
pub enum Response {
    /// A rating: the chosen level's value.
    Level(i64),
    YesNo(YesNo),
    /// A choice: the chosen option's id.
    Choice(String),
    /// A checklist: the ticked options' ids.
    Checklist(Vec<String>),
    Number(f64),
    Text(String),
    /// "Not applicable": drops out of every score.
    NotApplicable,
    /// "Don't know": counted as seen, but unscored and not covered.
    DontKnow,
}

/// The words an answers file uses for the two special answers.
pub const NOT_APPLICABLE: &str = "na";
pub const DONT_KNOW: &str = "dont_know";

/// Answers and notes keyed by question id.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Answers {
    responses: BTreeMap<String, Response>,
    notes: BTreeMap<String, String>,
}

/// Answers built at once from (question, response) pairs, without notes; of two answers to
/// one question the last is kept. An answers file lists its answers in order, and a map built
/// at once from an ordered list is built in one pass where adding them one by one searches
/// it for each (2,000 answers: 1 % of a report).
impl FromIterator<(String, Response)> for Answers {
    fn from_iter<I: IntoIterator<Item = (String, Response)>>(pairs: I) -> Self {
        Self {
            responses: pairs.into_iter().collect(),
            notes: BTreeMap::new(),
        }
    }
}

impl Answers {
    pub fn get(&self, question: &str) -> Option<&Response> {
        self.responses.get(question)
    }

    pub fn set(&mut self, question: impl Into<String>, response: Response) {
        self.responses.insert(question.into(), response);
    }

    pub fn clear(&mut self, question: &str) -> Option<Response> {
        self.responses.remove(question)
    }

    pub fn note(&self, question: &str) -> Option<&str> {
        self.notes.get(question).map(String::as_str)
    }

    /// Sets a note; an empty note removes it.
    pub fn set_note(&mut self, question: impl Into<String>, note: impl Into<String>) {
        let (question, note) = (question.into(), note.into());
        if note.trim().is_empty() {
            self.notes.remove(&question);
        } else {
            self.notes.insert(question, note);
        }
    }

    pub fn responses(&self) -> impl Iterator<Item = (&str, &Response)> {
        self.responses.iter().map(|(k, v)| (k.as_str(), v))
    }

    pub fn notes(&self) -> impl Iterator<Item = (&str, &str)> {
        self.notes.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    pub fn len(&self) -> usize {
        self.responses.len()
    }

    pub fn is_empty(&self) -> bool {
        self.responses.is_empty()
    }
}
