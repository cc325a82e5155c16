//! How far an assessment has got, counted against its framework, and the count a session
//! file keeps of it (`[session.progress]`) so that the start screen can list saved sessions
//! without reading their frameworks: a framework is about 20 million instructions to read,
//! a session file a few hundred thousand, and the list comes before the first frame.
//!
//! Must not: read or write files (that is `store`), or trust a kept count for a framework
//! other than the one it was counted against.

use serde::{Deserialize, Deserializer, Serialize};

use crate::answers::Answers;
use crate::framework::{Framework, visible_questions};

/// How far an assessment has got: visible questions with any answer, of all visible ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub answered: usize,
    pub total: usize,
}

impl Progress {
    /// Whole percent complete (100 when nothing is visible).
    pub fn percent(self) -> u8 {
        if self.total == 0 {
            return 100;
        }
        u8::try_from(self.answered.min(self.total) * 100 / self.total).unwrap_or(100)
    }
}

/// Counts the questions shown (conditions applied) and those answered, "don't know" and
/// "not applicable" included: they are answers the team gave.
pub fn progress(fw: &Framework, answers: &Answers) -> Progress {
    let visible = visible_questions(fw, answers);
    let answered = visible.iter().filter(|q| answers.get(q).is_some()).count();
    Progress {
        answered,
        total: visible.len(),
    }
}

/// The progress a session file keeps, as counted when it was saved, with the content hash of
/// the framework it was counted against: it stands for that framework only (a new revision
/// may show other questions).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct Counted {
    pub answered: usize,
    pub shown: usize,
    /// [`Framework::hash`] of the framework counted against.
    pub hash: String,
}

impl Counted {
    /// The progress of `answers` against `fw`, to keep in the file.
    pub fn of(fw: &Framework, answers: &Answers) -> Self {
        let p = progress(fw, answers);
        Self {
            answered: p.answered,
            shown: p.total,
            hash: fw.hash.clone(),
        }
    }

    /// The kept progress, if it was counted against the framework whose hash is `hash`.
    pub fn for_framework(&self, hash: &str) -> Option<Progress> {
        (self.hash == hash).then_some(Progress {
            answered: self.answered,
            total: self.shown,
        })
    }

    /// Whether the count can be true: no more questions answered than shown.
    pub fn fits(&self) -> bool {
        self.answered <= self.shown
    }

    /// Reads a kept count leniently: one that does not fit (edited by hand, written by a
    /// newer integra) is dropped and counted again, and the rest of `[session]` is kept.
    pub(super) fn lenient<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Self>, D::Error> {
        let value = Option::<toml::Value>::deserialize(d)?;
        Ok(value
            .and_then(|v| v.try_into::<Self>().ok())
            .filter(Self::fits))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Response;
    use crate::framework::{Origin, from_str};

    fn minimal() -> Framework {
        let text = include_str!("../../tests/fixtures/valid/minimal.toml");
        from_str("minimal.toml", text, Origin::Embedded).unwrap()
    }

    #[test]
    fn progress_counts_only_visible_questions() {
        let fw = minimal();
        let mut a = Answers::default();
        assert_eq!(
            progress(&fw, &a).total,
            4,
            "the abortion question is hidden"
        );
        a.set("legal", Response::Choice("legal".into()));
        a.set("referral", Response::NotApplicable);
        let p = progress(&fw, &a);
        assert_eq!((p.answered, p.total, p.percent()), (2, 5, 40));
    }

    #[test]
    fn a_kept_count_stands_only_for_the_framework_it_was_counted_against() {
        let fw = minimal();
        let mut a = Answers::default();
        a.set("legal", Response::Choice("legal".into()));
        let kept = Counted::of(&fw, &a);
        assert_eq!(kept.for_framework(&fw.hash), Some(progress(&fw, &a)));
        assert_eq!(kept.for_framework("sha256:another-revision"), None);
    }

    #[test]
    fn more_answered_than_shown_never_reads_as_over_100_percent() {
        let p = Progress {
            answered: 9,
            total: 4,
        };
        assert_eq!(p.percent(), 100);
    }
}
