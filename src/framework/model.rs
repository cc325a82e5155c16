//! The framework model: what a framework file says, as Rust types that serde reads from TOML.
//!
//! The tables mirror the file (see `docs/framework-format.md`); questions and gates come in two
//! forms, the raw [`QuestionDef`] and [`GateDef`] a file is read into and the checked
//! [`Question`] and [`Gate`] a loaded framework holds, so [`Framework`] takes their types as
//! parameters (a [`Draft`] while loading).
//! Every table rejects unknown keys so that a misspelt key is an error, not a silently ignored
//! setting. The `loc` fields are not read from the file: the loader fills them with byte spans
//! so that the validator can point at the exact line and column of a problem. [`Loc`], the
//! question kinds and options are defined in `integra-raw` with the raw question (see
//! `crates/integra-raw`) and re-exported here.
//!
//! Owns the types only; must not check or evaluate them (that is `validate/`, `condition.rs`)
//! nor know about answers, scores or how anything is shown. A new table (say `[workshop]`) is
//! a field here, in `parse.rs`'s placeholder and in [`Draft::lower`](super::Draft).

use serde::{Deserialize, Serialize};

use super::gate::Gate;
use super::question::Question;
use super::raw::{GateDef, QuestionDef};
use super::text::Text;
pub use integra_raw::{ChoiceOption, Fields, Loc, NumberScoring, QuestionKind};

fn one() -> f64 {
    1.0
}

/// A framework as read, before its questions and gates are checked and lowered (see
/// [`Framework::lower`]).
pub type Draft = Framework<QuestionDef, GateDef>;

// `Q` and `G` are the question and gate types: the raw `QuestionDef` and `GateDef` while a
// file is read and checked (a `Draft`), the checked `Question` and `Gate` once it has loaded
// (the defaults, which everything past loading uses).
// (A plain comment: doc comments here become `integra schema`'s descriptions.)
/// A readiness framework: principles, questions, scales, gates and bands.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(
    deny_unknown_fields,
    bound(deserialize = "Q: Deserialize<'de>, G: Deserialize<'de>")
)]
#[cfg_attr(test, schemars(rename = "Framework"))]
pub struct Framework<Q = Question, G = Gate> {
    /// Stable identifier, e.g. `pwud-hiv-srhr-integration`; sessions refer to it.
    pub id: String,
    /// The framework's own version (free form, semantic versioning recommended).
    pub version: String,
    pub title: Text,
    #[serde(default)]
    pub description: Option<Text>,
    #[serde(default)]
    pub authors: Vec<String>,
    #[serde(default)]
    pub licence: Option<String>,
    /// Languages the author declares complete or partial, English first.
    #[serde(default)]
    pub languages: Vec<String>,
    /// References the content draws on.
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub scales: Vec<Scale>,
    #[serde(default)]
    pub principles: Vec<Principle<Q>>,
    // The default a concrete type would get on its own, which a type parameter's field loses.
    #[serde(default)]
    #[cfg_attr(test, schemars(extend("default" = [])))]
    pub gates: Vec<G>,
    #[serde(default)]
    pub bands: Vec<Band>,
    /// How much must be answered before a verdict above the lowest band can be given.
    #[serde(default)]
    pub coverage: Option<CoveragePolicy>,
    /// `[workshop]`: participant roles and when a room's votes count as divergent.
    #[serde(default)]
    pub workshop: Option<super::workshop::WorkshopPolicy>,
    #[serde(skip)]
    pub loc: Loc,
    /// Where the framework was loaded from (not part of the file).
    #[serde(skip)]
    pub origin: Origin,
    /// SHA-256 of the file's bytes, so sessions and reports say exactly what they used.
    #[serde(skip)]
    pub hash: String,
    /// Pieces that could not be read (already reported), as `kind:id`: references to them
    /// are not reported again, so one mistake gives one message.
    #[serde(skip)]
    pub unread: std::collections::HashSet<String>,
    /// For a built-in framework read for one language (to start quickly): that language.
    /// Its other translations then hold only the title and description; see
    /// `catalog::in_language`. `None`: everything in the file was read.
    #[serde(skip)]
    pub only_language: Option<String>,
    /// Warnings found while reading (a translation whose English changed since), shown by
    /// `integra validate` with the other warnings.
    #[serde(skip)]
    pub read_warnings: Vec<crate::diagnostic::Diagnostic>,
    /// Where each question is, made on the first [`Framework::question`] call.
    #[serde(skip)]
    pub(crate) lookup: super::lookup::QuestionLookup,
}

/// What reading, checking and translating ask of a question in either form, raw
/// ([`QuestionDef`]) or checked ([`Question`]).
pub trait AnyQuestion {
    fn id(&self) -> &str;
    /// The id this question had in an earlier revision.
    fn renamed_from(&self) -> Option<&str>;
    /// The options of a choice or checklist question.
    fn options(&self) -> &[ChoiceOption];
    /// Every text of the question, for translation.
    fn texts_mut(&mut self) -> QuestionTexts<'_>;
}

/// What reading, checking and translating ask of a gate in either form, raw ([`GateDef`]) or
/// checked ([`Gate`]).
pub trait AnyGate {
    fn id(&self) -> &str;
    /// Why the gate caps the band, for translation.
    fn reason_mut(&mut self) -> &mut Text;
}

/// A question's texts, borrowed to be translated or cleaned.
pub struct QuestionTexts<'q> {
    pub text: &'q mut Text,
    /// `help`, `evidence`, `recommendation`, `unit` and `constraint`, in that order (absent
    /// ones, and those the kind does not take, are `None`).
    pub optional: [(&'static str, Option<&'q mut Text>); 5],
    pub options: &'q mut [ChoiceOption],
}

/// Where a framework came from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Origin {
    /// Built into the binary.
    #[default]
    Embedded,
    /// Read from a file (in `./frameworks`, the user's framework folder, or given by path).
    File(std::path::PathBuf),
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Embedded => f.write_str("built-in"),
            Self::File(p) => write!(f, "{}", p.display()),
        }
    }
}

/// A named, reusable ordinal scale for rating questions.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Scale {
    pub id: String,
    pub title: Text,
    /// Whether "not applicable" is an allowed answer on this scale.
    #[serde(default)]
    pub not_applicable: bool,
    /// Whether "don't know" is an allowed answer on this scale.
    #[serde(default)]
    pub dont_know: bool,
    /// Levels from lowest to highest readiness.
    #[serde(default)]
    pub levels: Vec<Level>,
    #[serde(skip)]
    pub loc: Loc,
}

/// One step on a scale.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Level {
    /// The number an answers file records for this level; levels ascend by value.
    pub value: i64,
    pub label: Text,
    /// What this level looks like in practice.
    #[serde(default)]
    pub description: Option<Text>,
}

/// A principle (domain) of good practice, holding its questions.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, bound(deserialize = "Q: Deserialize<'de>"))]
#[cfg_attr(test, schemars(rename = "Principle"))]
pub struct Principle<Q = Question> {
    pub id: String,
    pub title: Text,
    #[serde(default = "one")]
    pub weight: f64,
    /// Why this principle matters for integration.
    #[serde(default)]
    pub rationale: Option<Text>,
    #[serde(default)]
    pub questions: Vec<Q>,
    /// Time budget for this principle in a workshop, in whole minutes (the agenda view).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<u32>,
    #[serde(skip)]
    pub loc: Loc,
}

/// `[coverage]`: how much of the applicable, scored questions must have a real answer.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CoveragePolicy {
    /// Fraction (0–1) of the applicable, scored questions that must have a real answer before
    /// any band above the lowest can be reached; a band's own `min_coverage` overrides it.
    #[serde(default)]
    pub min_for_band: Option<f64>,
    #[serde(skip)]
    pub loc: Loc,
}

/// A readiness band: a range of overall scores and what it means.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Band {
    pub id: String,
    /// Inclusive lower bound.
    pub min: f64,
    /// Exclusive upper bound (the top band includes 100).
    pub max: f64,
    pub label: Text,
    #[serde(default)]
    pub advice: Option<Text>,
    /// Fraction (0–1) of the applicable, scored questions that must have a real answer to
    /// reach this band (overrides `[coverage].min_for_band`; the lowest band needs none).
    #[serde(default)]
    pub min_coverage: Option<f64>,
    #[serde(skip)]
    pub loc: Loc,
}

#[cfg(test)]
mod tests {
    use super::{Fields, Loc};

    #[test]
    fn fields_find_replace_and_fall_back_to_the_table() {
        // Names borrowed and copied alike (`parse/tables.rs` borrows the common ones).
        let mut fields: Fields = [("id".into(), 3..7), ("weight".to_owned().into(), 10..11)]
            .into_iter()
            .collect();
        assert_eq!(fields.get("weight"), Some(&(10..11)));
        assert!(fields.contains_key("id") && !fields.contains_key("scale"));
        fields.insert("weight", 20..21);
        fields.insert("questions".to_owned(), 30..90);
        assert_eq!(fields.get("weight"), Some(&(20..21)));
        let mut starts: Vec<usize> = fields.values().map(|s| s.start).collect();
        starts.sort_unstable();
        assert_eq!(starts, [3, 20, 30]);
        let loc = Loc {
            table: 0..100,
            fields,
        };
        assert_eq!((loc.of("questions"), loc.of("help")), (30..90, 0..100));
    }
}
