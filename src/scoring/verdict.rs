//! The verdict's limits: what holds the band below the one the score alone reaches.
//!
//! Three kinds of limit: failed gates (see [`super::gates`]); the coverage minimums
//! (`[coverage].min_for_band`, a band's `min_coverage`); and "don't know", which may never
//! raise a verdict, so the band can be no higher than the score would give if every "don't
//! know" were the lowest answer. The band reached is the score's band lowered to every limit's
//! cap. A limit is *binding* when it caps at the band reached and that band is below the
//! score's: fixing every binding limit (and nothing else) is exactly what lifts the band, to
//! the score's band or the next limit's cap, whichever is lower.
//!
//! Owns the band reached and what binds it. Must not compute question or principle scores
//! (they are its input).

use foldhash::{HashSet, HashSetExt};

use serde::Serialize;

use super::{BandResult, GateResult, GateStatus, PrincipleScore, QuestionStatus};
use crate::framework::{Framework, Gate};

/// What kind of thing limits the band.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LimitKind {
    /// A gate that failed or is not yet assessed.
    Gate,
    /// Too few questions answered for a band's coverage minimum.
    Coverage,
    /// Questions answered "don't know", counted as their lowest answer for the band.
    DontKnow,
}

/// One limit on the band, with the band it caps at.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Limit {
    pub kind: LimitKind,
    /// The gate's id; `coverage` or `dont_know` for the other kinds.
    pub id: String,
    /// The highest band this limit allows.
    pub cap: BandResult,
    /// Whether it holds the band where it is: it caps at the band reached, and that band is
    /// below the one the score alone reaches.
    pub binding: bool,
    /// A gate whose question is unanswered or "don't know".
    pub not_assessed: bool,
    /// A gate on a question: that question's id.
    pub question: Option<String>,
    /// Coverage: the lowest band whose coverage minimum is not met.
    pub short_of: Option<BandResult>,
    /// Coverage: how many questions that band needs answered.
    pub needed: Option<usize>,
    /// "Don't know": the questions so answered, in framework order.
    pub questions: Vec<String>,
}

/// What would lift the band: the binding limits, and the band reached once they are fixed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Lift {
    /// The ids of the limits to fix (every binding limit: none can be left out).
    pub fix: Vec<String>,
    /// The band reached once they are fixed (answers that meet each gate in full): the score's
    /// band, or the cap of the next limit if that is lower.
    pub band: BandResult,
    /// How many more questions need a real answer (0 unless coverage is to be fixed).
    pub answer_more: usize,
}

/// Why the band is what it is.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Verdict {
    /// Every limit, gates first in framework order, then coverage, then "don't know".
    pub limits: Vec<Limit>,
    /// `None` when nothing holds the band below the score's band.
    pub lift: Option<Lift>,
}

impl Verdict {
    /// Whether a limit that holds the band down involves question `id` (see
    /// [`Verdict::band_holders`]); to ask of many questions, take the set once.
    pub fn holds_band(&self, fw: &Framework, id: &str) -> bool {
        self.band_holders(fw).contains(id)
    }

    /// Every question a limit holding the band down involves: one a binding gate watches, or
    /// a binding "don't know". Found once for all questions: asking of each question searched
    /// the gates for every limit, which made a large framework's report grow faster than its
    /// questions.
    pub fn band_holders<'a>(&'a self, fw: &'a Framework) -> HashSet<&'a str> {
        let mut out = HashSet::new();
        for l in self.limits.iter().filter(|l| l.binding) {
            match l.kind {
                LimitKind::Gate => out.extend(fw.gate(&l.id).and_then(Gate::question)),
                LimitKind::DontKnow => out.extend(l.questions.iter().map(String::as_str)),
                LimitKind::Coverage => {}
            }
        }
        out
    }
}

/// What [`decide`] needs to know about an assessment.
pub struct Inputs<'a> {
    pub fw: &'a Framework,
    pub lang: &'a str,
    /// The band index the score alone reaches.
    pub uncapped: Option<usize>,
    pub gates: &'a [GateResult],
    pub principles: &'a [PrincipleScore],
    pub answered: usize,
    pub applicable: usize,
    /// The band index of the score with every "don't know" as the lowest answer.
    pub dont_know_band: Option<usize>,
}

/// The band reached (index) and why.
pub fn decide(i: &Inputs) -> (Option<usize>, Verdict) {
    let Some(uncapped) = i.uncapped else {
        return (None, Verdict::default());
    };
    let fw = i.fw;
    let band = |k: usize| super::band_result(fw, k, i.lang);
    let mut limits: Vec<(usize, Limit)> = Vec::new();
    let plain = |kind, id: &str, cap: usize| Limit {
        kind,
        id: id.to_owned(),
        cap: band(cap),
        binding: false,
        not_assessed: false,
        question: None,
        short_of: None,
        needed: None,
        questions: Vec::new(),
    };
    for g in i.gates.iter().filter(|g| !g.passed) {
        let cap = g.cap_band;
        let mut limit = plain(LimitKind::Gate, &g.id, cap);
        limit.not_assessed = g.status == GateStatus::NotAssessed;
        limit.question = fw.gate(&g.id).and_then(|d| d.question()).map(str::to_owned);
        limits.push((cap, limit));
    }
    let coverage = coverage_cap(fw, i.answered, i.applicable);
    if coverage + 1 < fw.bands.len() {
        let mut limit = plain(LimitKind::Coverage, "coverage", coverage);
        limit.short_of = Some(band(coverage + 1));
        limit.needed = Some(needed(band_minimum(fw, coverage + 1), i.applicable));
        limits.push((coverage, limit));
    }
    if let Some(dk) = i.dont_know_band.filter(|dk| *dk < uncapped) {
        let mut limit = plain(LimitKind::DontKnow, "dont_know", dk);
        limit.questions = i
            .principles
            .iter()
            .flat_map(|p| &p.questions)
            .filter(|q| q.status == QuestionStatus::DontKnow)
            .map(|q| q.id.clone())
            .collect();
        limits.push((dk, limit));
    }
    let reached = limits.iter().map(|(c, _)| *c).fold(uncapped, usize::min);
    for (cap, limit) in &mut limits {
        limit.binding = *cap == reached && reached < uncapped;
    }
    let lift = (reached < uncapped).then(|| {
        let next = limits
            .iter()
            .filter(|(_, l)| !l.binding)
            .map(|(c, _)| *c)
            .fold(uncapped, usize::min);
        let covered = (1..=next)
            .map(|k| needed(band_minimum(fw, k), i.applicable))
            .max()
            .unwrap_or(0);
        let fixes_coverage = limits
            .iter()
            .any(|(_, l)| l.binding && l.kind == LimitKind::Coverage);
        Lift {
            fix: limits
                .iter()
                .filter(|(_, l)| l.binding)
                .map(|(_, l)| l.id.clone())
                .collect(),
            band: band(next),
            answer_more: if fixes_coverage {
                covered.saturating_sub(i.answered)
            } else {
                0
            },
        }
    });
    let verdict = Verdict {
        limits: limits.into_iter().map(|(_, l)| l).collect(),
        lift,
    };
    (Some(reached), verdict)
}

/// The overall score with every "don't know" counted as the lowest answer (0), or `None`
/// when there is no "don't know" (or nothing scored at all).
pub fn dont_know_floor(principles: &[PrincipleScore]) -> Option<f64> {
    let any = principles
        .iter()
        .flat_map(|p| &p.questions)
        .any(|q| q.status == QuestionStatus::DontKnow);
    if !any {
        return None;
    }
    let by_principle: Vec<(f64, f64)> = principles
        .iter()
        .filter_map(|p| floor_of(p).map(|f| (p.weight, f)))
        .collect();
    super::weighted_mean(&by_principle).map(super::tidy)
}

/// A principle's score (0–100) with each "don't know" counted as 0, or `None` when it has
/// neither a scored answer nor a "don't know".
pub fn floor_of(p: &PrincipleScore) -> Option<f64> {
    let items: Vec<(f64, f64)> = p
        .questions
        .iter()
        .filter_map(|q| match q.status {
            QuestionStatus::DontKnow => Some((q.weight, 0.0)),
            _ => q.score.map(|s| (q.weight, s)),
        })
        .collect();
    super::weighted_mean(&items).map(|m| super::tidy(m * 100.0))
}

/// How many of `applicable` questions must be answered to meet a coverage minimum `min`
/// (a fraction). Counted in whole questions so that 8 of 10 meets 0.8 exactly.
#[allow(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_precision_loss
)]
pub fn needed(min: f64, applicable: usize) -> usize {
    // The tolerance keeps 0.7 × 10 = 7.000000000000001 from asking for 8.
    ((min * applicable as f64 - 1e-9).ceil().max(0.0) as usize).min(applicable)
}

/// The coverage minimum of band `i` (a fraction); the lowest band needs none.
pub fn band_minimum(fw: &Framework, i: usize) -> f64 {
    if i == 0 {
        return 0.0;
    }
    fw.bands
        .get(i)
        .and_then(|b| b.min_coverage)
        .or_else(|| fw.coverage.as_ref().and_then(|c| c.min_for_band))
        .unwrap_or(0.0)
}

/// The highest band index whose coverage minimum is met, together with every band below it
/// (so that minimums written out of order never let a lower band be skipped).
pub fn coverage_cap(fw: &Framework, answered: usize, applicable: usize) -> usize {
    let met = |i: usize| answered >= needed(band_minimum(fw, i), applicable);
    (1..fw.bands.len())
        .take_while(|&i| met(i))
        .last()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests;
