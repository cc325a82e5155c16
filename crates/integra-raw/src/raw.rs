//! The raw shapes of a question, a condition and a gate: every key a file may write, side by
//! side, exactly as serde reads them and `integra schema` describes them.
//!
//! Owns [`QuestionDef`], [`ConditionDef`], [`GateDef`], [`GateTierDef`] and the kinds and
//! options a question is written with. Only integra's reading, checks, translation while
//! reading and lowering into the checked types look at the `…Def`s; everything else works on
//! the checked types, which cannot hold a combination the validator refuses. Must not grow
//! behaviour: what a question, condition or gate means belongs to the checked types.

use serde::{Deserialize, Serialize};

use crate::loc::Loc;
use crate::text::Text;

/// What kind of answer a question takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum NumberScoring {
    /// `min` scores 0, `max` scores 1.
    HigherIsBetter,
    /// `min` scores 1, `max` scores 0.
    LowerIsBetter,
}

/// An option of a choice or checklist question.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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

fn one() -> f64 {
    1.0
}

// As written: every kind's keys side by side (doc comments here are the schema's words).
/// One question (indicator).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(rename = "Question"))]
pub struct QuestionDef {
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
    pub show_if: Option<ConditionDef>,
    #[serde(skip)]
    pub loc: Loc,
}

impl QuestionDef {
    /// Whether answers to this question can carry a score at all: ratings and yes/no always,
    /// choices and checklists with a point-bearing option, numbers the framework says how to
    /// score; free text never. The validator asks it of the raw question (the checked
    /// `Question` answers the same).
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

// Lowered into `condition::Condition` once the validator has passed it.
/// A test on earlier answers. Exactly one form is used: a test on `question`, or `all`, `any`
/// or `not`. The validator enforces this.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(rename = "Condition"))]
pub struct ConditionDef {
    /// The earlier question this test looks at.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<String>,
    /// The answer is this option id, or `yes` / `partial` / `no`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is: Option<String>,
    /// The answer is one of these option ids.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub one_of: Vec<String>,
    /// A rating's level value or a number is at least this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_least: Option<f64>,
    /// A rating's level value or a number is at most this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_most: Option<f64>,
    /// A checklist answer has this option ticked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub includes: Option<String>,
    /// Every nested condition holds.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub all: Vec<ConditionDef>,
    /// At least one nested condition holds.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub any: Vec<ConditionDef>,
    /// The nested condition does not hold.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not: Option<Box<ConditionDef>>,
}

// Lowered into `gate::Gate` once the validator has passed it.
/// A readiness gate: a critical minimum that caps the overall band however high the average.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(rename = "Gate"))]
pub struct GateDef {
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
    pub tiers: Vec<GateTierDef>,
    /// The author's word that the programmes a condition hides the watched question from are
    /// not the risky ones (a hidden question passes its gate); silences that warning.
    #[serde(default)]
    pub safe_when_hidden: bool,
    #[serde(skip)]
    pub loc: Loc,
}

/// One tier of a tiered gate: a minimum, and the cap that applies while it is not met.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(rename = "GateTier"))]
pub struct GateTierDef {
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
