//! Finding a question by id without walking every principle.
//!
//! [`Framework::question`](super::Framework::question) is called from loops over questions,
//! votes, gates and conditions; walking the questions each time made those loops quadratic
//! (a workshop report of 2,000 questions spent a third of its time there). The first lookup
//! in a framework of more than a few dozen questions makes a table of every question's
//! place by a hash of its id; a lookup then checks the id at that place, so a table that no
//! longer matches the framework (its lists changed after the first lookup) gives no wrong
//! question. A miss walks the questions as before, so it also finds a question added since.
//!
//! Must not: hold references into the framework, or answer without checking the id.

use std::hash::BuildHasher as _;
use std::sync::OnceLock;

/// Below this many questions a walk is as quick as making the table.
const WALK_BELOW: usize = 64;

/// Every question's place (principle, question), by a hash of its id; made on first use.
#[derive(Clone, Default)]
pub struct QuestionLookup(OnceLock<foldhash::HashMap<u64, Place>>);

/// A question's place: the principle's index and the question's within it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    principle: u32,
    question: u32,
}

/// Same ids, same hashes, in every process: the table is only ever a shortcut.
fn hash(id: &str) -> u64 {
    foldhash::fast::FixedState::with_seed(0x1d5).hash_one(id)
}

impl QuestionLookup {
    /// Where the question `id` may be (check its id there): `None` when the table does not
    /// know it, or the framework (of `count` questions) is small enough to walk. `ids` lists
    /// every question's id with its place, in framework order, and is read only the first
    /// time; of ids that hash alike, the first is kept.
    pub fn place<'i, P>(
        &self,
        id: &str,
        count: impl FnOnce() -> usize,
        ids: impl FnOnce() -> P,
    ) -> Option<Place>
    where
        P: Iterator<Item = (usize, usize, &'i str)>,
    {
        if let Some(table) = self.0.get() {
            return table.get(&hash(id)).copied();
        }
        let count = count();
        if count < WALK_BELOW {
            return None;
        }
        let table = self.0.get_or_init(|| {
            use foldhash::HashMapExt as _;
            let mut table = foldhash::HashMap::with_capacity(count);
            for (p, q, id) in ids() {
                if let (Ok(principle), Ok(question)) = (u32::try_from(p), u32::try_from(q)) {
                    table.entry(hash(id)).or_insert(Place {
                        principle,
                        question,
                    });
                }
            }
            table
        });
        table.get(&hash(id)).copied()
    }
}

impl Place {
    /// The principle's index and the question's within it.
    pub fn at(self) -> (usize, usize) {
        (self.principle as usize, self.question as usize)
    }
}

/// The same for every framework, made or not: the table is a shortcut, not part of what a
/// framework says (tests compare frameworks by their debug text).
impl std::fmt::Debug for QuestionLookup {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("QuestionLookup")
    }
}

#[cfg(test)]
mod tests {
    use crate::framework::{AnyQuestion as _, Framework, Origin, from_str};

    const SMALL: &str = include_str!("../../tests/fixtures/valid/minimal.toml");
    const LARGE: &str = include_str!("../../frameworks/pwud-hiv-srhr-integration.toml");

    fn read(text: &str) -> Framework {
        from_str("f.toml", text, Origin::Embedded).unwrap()
    }

    #[test]
    fn every_question_is_found_in_its_principle_and_no_other_id_is() {
        for (fw, table) in [(read(SMALL), false), (read(LARGE), true)] {
            for p in &fw.principles {
                for q in &p.questions {
                    let found = fw.question(&q.id).expect("found");
                    assert!(std::ptr::eq(found, q), "{}", q.id);
                    assert_eq!(fw.principle_of(&q.id).map(|p| &p.id), Some(&p.id));
                }
            }
            assert!(fw.question("nobody").is_none());
            assert!(fw.question("").is_none());
            assert!(fw.principle_of("nobody").is_none());
            // A large framework is looked up through the table; a small one is walked.
            assert_eq!(fw.lookup.0.get().is_some(), table, "{}", fw.id);
        }
    }

    /// The table is made on the first lookup; the framework's lists may change after it.
    #[test]
    fn a_framework_changed_after_the_first_lookup_is_still_read_right() {
        let mut fw = read(LARGE);
        let id = |fw: &Framework, p: usize, q: usize| fw.principles[p].questions[q].id.clone();
        let (renamed, kept, moved) = (id(&fw, 1, 0), id(&fw, 1, 1), id(&fw, 0, 0));
        assert!(fw.question(&renamed).is_some());
        assert!(fw.lookup.0.get().is_some());
        // Renamed: the old id is no longer found, the new one is.
        fw.principles[1].questions[0].id = "renamed".into();
        assert!(fw.question(&renamed).is_none());
        assert_eq!(
            fw.question("renamed").map(|q| q.id.as_str()),
            Some("renamed")
        );
        // Added at the end of the first principle, and a copy of a later question put first.
        let mut added = fw.principles[1].questions[1].clone();
        added.id = "added".into();
        fw.principles[0].questions.push(added);
        let copy = fw.principles[1].questions[1].clone();
        fw.principles[0].questions.insert(0, copy);
        assert_eq!(
            fw.principle_of("added").map(|p| p.id.clone()),
            Some(fw.principles[0].id.clone())
        );
        // Moved lists: what is found is the question with that id, whatever the table says.
        fw.principles.swap(0, 1);
        for id in [kept.as_str(), moved.as_str(), "added", "renamed"] {
            let q = fw.question(id).unwrap_or_else(|| panic!("{id}"));
            assert_eq!(q.id(), id);
        }
        // A repeated id where the table has neither: the first in framework order, as a
        // walk finds it.
        let first = fw.questions().find(|q| q.id == kept).unwrap();
        assert!(std::ptr::eq(fw.question(&kept).unwrap(), first));
    }

    #[test]
    fn a_copied_framework_finds_its_own_questions() {
        let fw = read(LARGE);
        let last = fw.questions().last().unwrap().id.clone();
        assert!(fw.question(&last).is_some());
        let copy = fw.clone();
        let q = copy.question(&last).unwrap();
        assert!(copy.questions().any(|c| std::ptr::eq(c, q)));
    }
}
