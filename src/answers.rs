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

pub use load::{ParsedSheet, load_sheet, parse_sheet};
pub(crate) use typed::response;
pub use words::{in_words, number, number_in};
pub use write::{to_toml, value_of};

/// The most characters a note or a free-text answer holds when typed in the wizard (about
/// two pages). The editor takes nothing beyond it; a whole session must also stay under
/// the loader's 4 MiB, which a save checks.
pub const MAX_TEXT_CHARS: usize = 4_000;

pub use crate::framework::response::{Answers, DONT_KNOW, NOT_APPLICABLE, Response, YesNo};
/// Facts about the assessment, shown on reports (read with the sheet, in `integra-raw`).
pub use integra_raw::Meta;

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
