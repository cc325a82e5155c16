//! Where what was read sits in its file: a table's byte range and each of its keys' values.
//!
//! Owns [`Loc`] and [`Fields`], and taking them from a parsed table ([`Loc::of_table`]).
//! Must not: read or word anything (the reader fills these in, messages point with them).

use std::borrow::Cow;
use std::ops::Range;

use toml::de::DeTable;

/// Where a table and each of its keys' values sit in the source file (byte ranges).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Loc {
    /// The whole table.
    pub table: Range<usize>,
    /// Each key's value, by key name.
    pub fields: Fields,
}

/// The place of each key's value in a table, by key name: a short list, as a table has a
/// handful of keys (a map's node cost more than the list, for every question of a framework).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fields(Vec<(Cow<'static, str>, Range<usize>)>);

impl Fields {
    /// The place of `key`'s value.
    pub fn get(&self, key: &str) -> Option<&Range<usize>> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, span)| span)
    }

    /// Whether the table has `key`.
    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// Records the place of `key`'s value, replacing any earlier one.
    pub fn insert(&mut self, key: impl Into<Cow<'static, str>>, span: Range<usize>) {
        let key = key.into();
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some((_, old)) => *old = span,
            None => self.0.push((key, span)),
        }
    }

    /// Every key's place, in the order the keys were recorded.
    pub fn values(&self) -> impl Iterator<Item = &Range<usize>> {
        self.0.iter().map(|(_, span)| span)
    }

    /// Every key's place, to be moved: a table read from a part of a file that counts its
    /// places from the part's start (`parse/parts.rs`).
    #[doc(hidden)]
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut Range<usize>> {
        self.0.iter_mut().map(|(_, span)| span)
    }
}

impl FromIterator<(Cow<'static, str>, Range<usize>)> for Fields {
    /// The keys of one TOML table, which has each key once (the reader refuses a key written
    /// twice), so they are taken as they come: checking each against the rest would make a
    /// table of thousands of keys cost millions of comparisons.
    fn from_iter<I: IntoIterator<Item = (Cow<'static, str>, Range<usize>)>>(pairs: I) -> Self {
        Self(pairs.into_iter().collect())
    }
}

impl Loc {
    /// Where `table` (at `span`) and each of its keys' values sit. Done for every question
    /// of a framework, so it is here, compiled with the reading (see the crate's header).
    pub fn of_table(table: &DeTable<'_>, span: Range<usize>) -> Self {
        Loc {
            table: span,
            fields: table
                .iter()
                .map(|(k, v)| (key_name(k.get_ref()), v.span()))
                .collect(),
        }
    }

    /// The span of `key`'s value, or the whole table's when the key is absent.
    pub fn of(&self, key: &str) -> Range<usize> {
        self.fields
            .get(key)
            .cloned()
            .unwrap_or_else(|| self.table.clone())
    }
}

/// A key's name as a place list keeps it: the keys of a question, a principle and a level
/// (thousands of tables in a large framework) borrowed from the program, any other copied.
fn key_name(key: &str) -> Cow<'static, str> {
    macro_rules! known {
        ($($name:literal)*) => {
            match key {
                $($name => Cow::Borrowed($name),)*
                other => Cow::Owned(other.to_owned()),
            }
        };
    }
    known!(
        "id" "kind" "text" "help" "evidence" "recommendation" "weight" "scale" "options"
        "min" "max" "unit" "constraint" "scoring" "not_applicable" "dont_know" "show_if"
        "renamed_from" "title" "rationale" "questions" "minutes" "value" "label"
    )
}
