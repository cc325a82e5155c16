//! An answers file's (or a session file's) shape as serde reads it, before the framework it
//! names is known: which framework, the facts about the assessment ([`Meta`]), the answers
//! and notes as written, with their places, and the wizard's `[session]` table.
//!
//! Here rather than in integra for the reason the framework's raw types are (see the crate's
//! notes): a session of 2,000 answers is mostly serde's code for these types, compiled at this
//! crate's level. [`read_sheet`] is the one entry point.
//!
//! Must not: type an answer by its question or check it (integra's `answers` module does),
//! or word a problem.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use toml::de::DeTable;
use toml::{Spanned, Value};

/// Facts about the assessment, shown on reports.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub programme: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Written as text; an unquoted TOML date (`date = 2026-11-23`) is accepted too.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "date_text"
    )]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facilitator: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participants: Option<String>,
}

impl Meta {
    /// The same facts without terminal control characters
    /// (see [`crate::text::strip_controls`]).
    #[must_use]
    pub fn without_controls(&self) -> Self {
        let clean = |v: &Option<String>| v.as_deref().map(crate::text::strip_controls);
        Self {
            programme: clean(&self.programme),
            site: clean(&self.site),
            country: clean(&self.country),
            date: clean(&self.date),
            facilitator: clean(&self.facilitator),
            participants: clean(&self.participants),
        }
    }
}

fn date_text<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    match toml::Value::deserialize(d)? {
        toml::Value::String(s) => Ok(Some(s)),
        toml::Value::Datetime(dt) => Ok(Some(dt.to_string())),
        other => Err(serde::de::Error::custom(format!(
            "'date' is a date such as \"2026-11-23\", not {}",
            other.type_str()
        ))),
    }
}

/// An answers (or session) file as written, before its framework is known.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSheet {
    pub framework: Spanned<String>,
    #[serde(default)]
    pub version: Option<String>,
    #[serde(default)]
    pub hash: Option<String>,
    #[serde(default)]
    pub language: Option<String>,
    #[serde(default)]
    pub meta: Meta,
    #[serde(default, deserialize_with = "in_one_go")]
    pub answers: BTreeMap<Spanned<String>, Spanned<Value>>,
    #[serde(default, deserialize_with = "in_one_go")]
    pub notes: BTreeMap<Spanned<String>, String>,
    /// The wizard's bookkeeping (`[session]`: created, updated, position). Kept as a plain
    /// table so that `integra score` accepts session files written by any integra version.
    #[serde(default)]
    pub session: Option<toml::Table>,
}

/// A table read into a map built in one go: the TOML reader hands a table's keys over in
/// order, and adding them one at a time searched the growing map for each (reading a file
/// of 2,000 answers takes 11 % fewer instructions so). Keys are unique: TOML refuses a key
/// written twice.
fn in_one_go<'de, D, K, V>(deserializer: D) -> Result<BTreeMap<K, V>, D::Error>
where
    D: serde::Deserializer<'de>,
    K: Deserialize<'de> + Ord,
    V: Deserialize<'de>,
{
    struct Entries<K, V>(std::marker::PhantomData<(K, V)>);
    impl<'de, K: Deserialize<'de> + Ord, V: Deserialize<'de>> serde::de::Visitor<'de>
        for Entries<K, V>
    {
        type Value = BTreeMap<K, V>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a map")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut map: A,
        ) -> Result<Self::Value, A::Error> {
            let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0));
            while let Some(entry) = map.next_entry()? {
                entries.push(entry);
            }
            Ok(entries.into_iter().collect())
        }
    }
    deserializer.deserialize_map(Entries(std::marker::PhantomData))
}

/// The sheet read out of a parsed document: serde's first error if it is not one.
pub fn read_sheet(doc: Spanned<DeTable<'_>>) -> Result<RawSheet, toml::de::Error> {
    RawSheet::deserialize(toml::de::Deserializer::from(doc))
}
