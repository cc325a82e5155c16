//! Answers: what a team said, question by question, plus the facts about the assessment.
//!
//! An answer sheet is a TOML file (written by hand, by `integra score` users, or by the
//! wizard as its session file). This module owns the typed answers ([`Response`]), the sheet
//! ([`AnswerSheet`]) and reading a sheet against a framework, where every answer to an unknown
//! question, value off the scale or option not offered is reported with `FILE:LINE:COL`.
//!
//! Must not name `scoring`, `session`, `report`, `tui` or `cli` (it sits just above
//! `framework`), nor read the locale or write files itself.

mod load;
mod typed;
mod words;
mod write;

use serde::{Deserialize, Serialize};

pub use load::{ParsedSheet, load_sheet, parse_sheet};
pub(crate) use typed::response;
pub use words::{in_words, number, number_in};
pub use write::{to_toml, value_of};

/// The most characters a note or a free-text answer holds when typed in the wizard (about
/// two pages). The editor takes nothing beyond it; a whole session must also stay under
/// the loader's 4 MiB, which a save checks.
pub const MAX_TEXT_CHARS: usize = 4_000;

pub use crate::framework::response::{Answers, DONT_KNOW, NOT_APPLICABLE, Response, YesNo};

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
    /// The same facts without terminal control characters (see `framework::text::strip_controls`).
    #[must_use]
    pub fn without_controls(&self) -> Self {
        let clean = |v: &Option<String>| v.as_deref().map(crate::framework::text::strip_controls);
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

/// A whole answers file: which framework, the facts, the answers and notes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AnswerSheet {
    /// The framework id these answers belong to.
    pub framework: String,
    /// The framework version they were given against, if recorded.
    pub version: Option<String>,
    /// The framework's content hash, if recorded (sessions always record it).
    pub hash: Option<String>,
    /// The language the assessment was run in.
    pub language: Option<String>,
    pub meta: Meta,
    pub answers: Answers,
}
