//! The scored outcome in the report context: the overall result, bands, coverage, gates and
//! principles, with scores on a 0–100 scale.
//!
//! Must not: score anything (that is `scoring`) or hold per-question detail (see
//! [`super::questions`]).

use serde::Serialize;

use crate::scoring::{Coverage, GateStatus};

/// The overall result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OverallInfo {
    /// 0–100, `null` when nothing scored has been answered.
    pub score: Option<f64>,
    /// The band reached after gates.
    pub band: Option<BandInfo>,
    /// The band the score alone would reach.
    pub uncapped_band: Option<BandInfo>,
    /// Whether a limit (a failed gate, too little answered, "don't know") lowered the band.
    pub capped: bool,
    pub coverage: CoverageInfo,
}

/// A readiness band.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BandInfo {
    pub id: String,
    pub label: String,
    pub advice: Option<String>,
    /// Lowest score in the band (inclusive).
    pub min: f64,
    /// Upper bound (exclusive, except for the top band).
    pub max: f64,
}

/// How many applicable scored questions have a scored answer.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct CoverageInfo {
    pub answered: usize,
    pub applicable: usize,
    /// 0–100.
    pub percent: f64,
}

impl From<Coverage> for CoverageInfo {
    fn from(c: Coverage) -> Self {
        Self {
            answered: c.answered,
            applicable: c.applicable,
            percent: c.ratio * 100.0,
        }
    }
}

/// One gate and how it went.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GateInfo {
    pub id: String,
    pub passed: bool,
    /// `passed`, `not_applicable`, `failed` or `not_assessed`.
    pub status: GateStatus,
    /// The status in plain words.
    pub status_label: String,
    /// Why the gate exists, from the framework.
    pub reason: String,
    /// The id of the question the gate watches, if it watches a question.
    pub question: Option<String>,
    /// The id of the principle the gate watches, if it watches a principle.
    pub principle: Option<String>,
    /// What the gate watches, in words (the question's text or the principle's title).
    pub watches: String,
    /// What passing takes, in words, e.g. `at least 'Starting' (level 1)`.
    pub rule: String,
    /// The band the overall result is capped at while this gate fails.
    pub cap: String,
    pub cap_label: String,
}

/// One principle's result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PrincipleInfo {
    pub id: String,
    /// 1-based position, used to number questions (`2.3`).
    pub number: usize,
    pub title: String,
    pub rationale: Option<String>,
    pub weight: f64,
    /// Share of the overall score's weight, 0–100.
    pub share: f64,
    /// The weight of its questions that counted in its score (those with a scored answer):
    /// each question's `share` is its weight over this.
    pub counted_weight: f64,
    /// Points it adds to the overall score: its weight over the weight of the principles
    /// that have a score, × its score. The contributions add up to `overall.score`; `null`
    /// when it has no score.
    pub contribution: Option<f64>,
    /// 0–100, `null` when none of its questions has a scored answer.
    pub score: Option<f64>,
    pub coverage: CoverageInfo,
}
