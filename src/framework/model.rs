//! The framework model: what a framework file says, as Rust types that serde reads from TOML.
//!
//! The types mirror the file one to one (see `docs/framework-format.md`). Every table rejects
//! unknown keys so that a misspelt key is an error, not a silently ignored setting. The `loc`
//! fields are not read from the file: the loader fills them with byte spans so that the
//! validator can point at the exact line and column of a problem.

use std::collections::BTreeMap;
use std::ops::Range;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::condition::Condition;
use super::text::Text;

/// Where a table and each of its keys' values sit in the source file (byte ranges).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Loc {
    /// The whole table.
    pub table: Range<usize>,
    /// Each key's value, by key name.
    pub fields: BTreeMap<String, Range<usize>>,
}

impl Loc {
    /// The span of `key`'s value, or the whole table's when the key is absent.
    pub fn of(&self, key: &str) -> Range<usize> {
        self.fields
            .get(key)
            .cloned()
            .unwrap_or_else(|| self.table.clone())
    }
}

fn one() -> f64 {
    1.0
}

/// A readiness framework: principles, questions, scales, gates and bands.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Framework {
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
    pub principles: Vec<Principle>,
    #[serde(default)]
    pub gates: Vec<Gate>,
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
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
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
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
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
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Principle {
    pub id: String,
    pub title: Text,
    #[serde(default = "one")]
    pub weight: f64,
    /// Why this principle matters for integration.
    #[serde(default)]
    pub rationale: Option<Text>,
    #[serde(default)]
    pub questions: Vec<Question>,
    /// Time budget for this principle in a workshop, in whole minutes (the agenda view).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<u32>,
    #[serde(skip)]
    pub loc: Loc,
}

/// What kind of answer a question takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// A level on a named scale.
    Rating,
    /// Yes, partly or no.
    YesNo,
    /// One of the listed options.
    Choice,
    /// Any number of the listed options (multi-select).
    Checklist,
    /// A number within bounds.
    Number,
    /// Free text, never scored.
    Text,
}

impl QuestionKind {
    /// The kind's name as written in a framework file.
    pub fn name(self) -> &'static str {
        match self {
            Self::Rating => "rating",
            Self::YesNo => "yes_no",
            Self::Choice => "choice",
            Self::Checklist => "checklist",
            Self::Number => "number",
            Self::Text => "text",
        }
    }
}

/// How a number question is scored, if at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum NumberScoring {
    /// `min` scores 0, `max` scores 1.
    HigherIsBetter,
    /// `min` scores 1, `max` scores 0.
    LowerIsBetter,
}

/// One question (indicator).
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    /// The id this question had in an earlier revision: `integra migrate` carries answers
    /// and notes given under that id onto this question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub renamed_from: Option<String>,
    pub kind: QuestionKind,
    pub text: Text,
    /// Guidance for the facilitator: what the question means and how to judge it.
    #[serde(default)]
    pub help: Option<Text>,
    /// What evidence to look for before answering.
    #[serde(default)]
    pub evidence: Option<Text>,
    /// The action to recommend when this question scores low.
    #[serde(default)]
    pub recommendation: Option<Text>,
    #[serde(default = "one")]
    pub weight: f64,
    /// The scale id, for `rating` questions.
    #[serde(default)]
    pub scale: Option<String>,
    /// The options, for `choice` and `checklist` questions.
    #[serde(default)]
    pub options: Vec<ChoiceOption>,
    /// Bounds, unit and scoring for `number` questions.
    #[serde(default)]
    pub min: Option<f64>,
    #[serde(default)]
    pub max: Option<f64>,
    #[serde(default)]
    pub unit: Option<Text>,
    /// Shown when a number falls outside `min`..`max`.
    #[serde(default)]
    pub constraint: Option<Text>,
    #[serde(default)]
    pub scoring: Option<NumberScoring>,
    /// Whether "not applicable" is allowed (rating questions take this from their scale).
    #[serde(default)]
    pub not_applicable: bool,
    /// Whether "don't know" is allowed (rating questions take this from their scale).
    #[serde(default)]
    pub dont_know: bool,
    /// Show this question only when the condition holds.
    #[serde(default)]
    pub show_if: Option<Condition>,
    #[serde(skip)]
    pub loc: Loc,
}

impl Question {
    /// Whether answers to this question can carry a score at all: ratings and yes/no always,
    /// choices and checklists with a point-bearing option, numbers the framework says how to
    /// score; free text never. It lives with the question (not in `scoring`) because the
    /// validator and lint ask it too, and they sit below scoring.
    pub fn is_scorable(&self) -> bool {
        match self.kind {
            QuestionKind::Rating | QuestionKind::YesNo => true,
            QuestionKind::Choice | QuestionKind::Checklist => {
                self.options.iter().any(|o| o.points > 0.0)
            }
            QuestionKind::Number => {
                self.scoring.is_some() && self.min.is_some() && self.max.is_some()
            }
            QuestionKind::Text => false,
        }
    }
}

/// An option of a choice or checklist question.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChoiceOption {
    pub id: String,
    /// The id this option had in an earlier revision: `integra migrate` carries answers
    /// that chose it under that id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub renamed_from: Option<String>,
    pub label: Text,
    #[serde(default)]
    pub description: Option<Text>,
    /// Points this option is worth; a choice whose options are all worth 0 is unscored.
    #[serde(default)]
    pub points: f64,
}

/// A readiness gate: a critical minimum that caps the overall band however high the average.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Gate {
    pub id: String,
    /// The question this gate watches (or use `principle`).
    #[serde(default)]
    pub question: Option<String>,
    /// The principle this gate watches (or use `question`).
    #[serde(default)]
    pub principle: Option<String>,
    /// For a rating question: the lowest level value that passes.
    #[serde(default)]
    pub min_level: Option<i64>,
    /// The lowest score (0–100) that passes, for a question or a principle.
    #[serde(default)]
    pub min_score: Option<f64>,
    /// The highest band the assessment can reach while this gate fails (default: the lowest).
    #[serde(default)]
    pub cap: Option<String>,
    /// Why the band is capped, in plain words.
    pub reason: Text,
    /// Caps that depend on how badly the gate fails, instead of one threshold and `cap`: the
    /// gate caps at the lowest cap among the tiers whose minimum is not met.
    #[serde(default)]
    pub tiers: Vec<GateTier>,
    /// The author's word that the programmes a condition hides the watched question from are
    /// not the risky ones (a hidden question passes its gate); silences that warning.
    #[serde(default)]
    pub safe_when_hidden: bool,
    #[serde(skip)]
    pub loc: Loc,
}

/// One tier of a tiered gate: a minimum, and the cap that applies while it is not met.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GateTier {
    /// For a rating question: the lowest level value that meets this tier.
    #[serde(default)]
    pub min_level: Option<i64>,
    /// The lowest score (0–100) that meets this tier, for a question or a principle.
    #[serde(default)]
    pub min_score: Option<f64>,
    /// The highest band the assessment can reach while this tier's minimum is not met.
    pub cap: String,
    #[serde(skip)]
    pub loc: Loc,
}

/// `[coverage]`: how much of the applicable, scored questions must have a real answer.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
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
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
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
