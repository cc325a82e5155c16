//! Warnings for gates that cannot bite: allowed, but they would not protect anyone.
//!
//! - a gate (or a tier) that never fails once answered, or that caps at the top band;
//! - a plain gate (or a tiered gate's strictest tier) on a rating of four or more levels that
//!   every level but the lowest passes: "not the worst" is rarely the minimum meant;
//! - a `min_score` on a rating that falls between two levels' scores: ratings score by
//!   position (0, 33.3, 66.7, 100 on four levels), so `min_score = 90` read as "90%" lets only
//!   the top level pass; the warning lists the levels that pass and the scores;
//! - a gate on a question a condition can hide: a hidden question passes its gate. When the
//!   condition looks only at scored questions, the risky programmes are those with the lowest
//!   answers, and the warning is given only if they are the ones it hides; when it looks at a
//!   context question integra cannot tell, warns, and says so (an author who knows the hidden
//!   programmes are not the risky ones says so with `safe_when_hidden = true`).
//!
//! Owns the gate warnings. Must not decide what a gate does to a verdict (that is `scoring`):
//! it reads gates the way scoring will, and says when that protects no one.

use super::gate::{Gate, Min};
use super::model::{Framework, Loc, Scale};
use super::question::Question;
use crate::diagnostic::{Diagnostic, MsgArg};
use crate::msg;

/// One threshold: a plain gate's or a tier's, with where it is written.
struct Minimum<'g> {
    /// 1-based tier number, `None` for a plain gate.
    tier: Option<usize>,
    min: Min,
    /// The band index it caps at.
    cap: usize,
    loc: &'g Loc,
}

fn minimums(g: &Gate) -> Vec<Minimum<'_>> {
    g.tiers()
        .into_iter()
        .map(|(tier, t)| Minimum {
            tier,
            min: t.min,
            cap: t.cap,
            loc: &t.loc,
        })
        .collect()
}

/// Every "cannot bite" warning for the gates of `fw`.
pub fn warnings(fw: &Framework) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for g in &fw.gates {
        let question = g.question().and_then(|id| fw.question(id));
        let scale = question.and_then(Question::scale);
        let all = minimums(g);
        for m in &all {
            top_cap(fw, g, m, &mut out);
            if never_fails(m, scale) {
                let d = match m.tier {
                    None => Diagnostic::warning(
                        g.loc.of("id"),
                        msg!("diag-gate-never-fails", id = &g.id),
                    ),
                    Some(tier) => Diagnostic::warning(
                        m.loc.of("min_score"),
                        msg!("diag-gate-tier-never-fails", id = &g.id, tier = tier),
                    ),
                };
                out.push(d.with_hint(msg!("diag-gate-never-fails-hint")));
                continue;
            }
            if let (Some(q), Some(s)) = (question, scale) {
                between_levels(g, m, q, s, &mut out);
            }
        }
        if let (Some(q), Some(s)) = (question, scale)
            && let Some(strictest) = all.iter().min_by_key(|m| passing(m, s).len())
        {
            weak(g, strictest, q, s, &mut out);
        }
        if let Some(q) = question.filter(|_| !g.safe_when_hidden) {
            hidden(fw, g, q, &mut out);
        }
    }
    out
}

/// The position score (0–100) of each level of `s`.
#[allow(clippy::cast_precision_loss)]
fn level_scores(s: &Scale) -> Vec<f64> {
    let steps = (s.levels.len().max(2) - 1) as f64;
    (0..s.levels.len())
        .map(|i| i as f64 * 100.0 / steps)
        .collect()
}

/// The indices of the levels of `s` that meet `m`.
fn passing(m: &Minimum, s: &Scale) -> Vec<usize> {
    let scores = level_scores(s);
    (0..s.levels.len())
        .filter(|&i| match m.min {
            Min::Level(min) => s.levels[i].value >= min,
            // The same tolerance as scores carry (see `scoring::tidy`).
            Min::Score(min) => scores[i] >= min - 1e-9,
        })
        .collect()
}

/// At or below the lowest answer: the gate (tier) can never fail once answered.
fn never_fails(m: &Minimum, scale: Option<&Scale>) -> bool {
    match m.min {
        Min::Score(min) => min <= 0.0,
        Min::Level(min) => scale
            .and_then(|s| s.levels.first())
            .is_some_and(|lowest| min <= lowest.value),
    }
}

fn top_cap(fw: &Framework, g: &Gate, m: &Minimum, out: &mut Vec<Diagnostic>) {
    // (A plain gate without `cap` caps at the lowest band; with one band, that is the top too.)
    let Some(top) = fw.bands.last().filter(|_| m.cap + 1 == fw.bands.len()) else {
        return;
    };
    let band = top.id.as_str();
    let message = match m.tier {
        None => msg!("diag-gate-top-cap", id = &g.id, band = band),
        Some(tier) => msg!(
            "diag-gate-tier-top-cap",
            id = &g.id,
            tier = tier,
            band = band
        ),
    };
    out.push(
        Diagnostic::warning(m.loc.of("cap"), message).with_hint(msg!("diag-gate-top-cap-hint")),
    );
}

/// Labels of the levels at `indices`, quoted and joined: `'Mostly', 'Routine'`.
fn labels(s: &Scale, indices: &[usize]) -> MsgArg {
    let levels: Vec<&super::Level> = indices.iter().map(|&i| &s.levels[i]).collect();
    MsgArg::worded(|lang| {
        levels
            .iter()
            .map(|l| format!("'{}'", l.label.get(lang.as_str())))
            .collect::<Vec<_>>()
            .join(", ")
    })
}

/// Every level but the lowest passes the strictest minimum of the gate.
fn weak(g: &Gate, m: &Minimum, q: &Question, s: &Scale, out: &mut Vec<Diagnostic>) {
    let pass = passing(m, s);
    // On three levels the middle one is a real middle ground; from four up, "anything but the
    // worst" lets through levels that describe risky practice.
    if s.levels.len() < 4 || pass.len() + 1 != s.levels.len() || pass.first() != Some(&1) {
        return;
    }
    let key = match m.min {
        Min::Level(_) => "min_level",
        Min::Score(_) => "min_score",
    };
    // One level up from what passes now: the smallest change that makes the gate mean more.
    let suggest = s.levels[2].value;
    out.push(
        Diagnostic::warning(
            m.loc.of(key),
            msg!(
                "diag-gate-weak",
                id = &g.id,
                question = &q.id,
                levels = labels(s, &pass)
            ),
        )
        .with_hint(msg!("diag-gate-weak-hint", level = suggest)),
    );
}

/// A `min_score` between two levels' position scores on a rating.
fn between_levels(g: &Gate, m: &Minimum, q: &Question, s: &Scale, out: &mut Vec<Diagnostic>) {
    let Min::Score(min) = m.min else { return };
    let scores = level_scores(s);
    if scores.iter().any(|x| (x - min).abs() < 0.05) {
        return;
    }
    let pass = passing(m, s);
    let Some(&first) = pass.first() else { return };
    let shown: Vec<String> = scores.iter().map(|x| number(*x)).collect();
    out.push(
        Diagnostic::warning(
            m.loc.of("min_score"),
            msg!(
                "diag-gate-between-levels",
                id = &g.id,
                score = number(min),
                question = &q.id,
                levels = labels(s, &pass),
                count = pass.len()
            ),
        )
        .with_hint(msg!(
            "diag-gate-between-levels-hint",
            n = s.levels.len(),
            scores = shown.join(", "),
            level = s.levels[first].value
        )),
    );
}

/// A score rounded to one decimal, without a trailing `.0`: `0`, `33.3`, `90`.
fn number(x: f64) -> String {
    let s = format!("{:.1}", (x * 10.0).round() / 10.0);
    s.strip_suffix(".0")
        .map_or_else(|| s.clone(), str::to_owned)
}

/// A gated question with a condition: hidden, it passes the gate. When every question the
/// condition looks at is scored, the risky programmes are those with the lowest answers: no
/// warning if they are shown the question, a firmer one if they are not; otherwise integra
/// cannot tell and says so.
fn hidden(fw: &Framework, g: &Gate, q: &Question, out: &mut Vec<Diagnostic>) {
    let Some(c) = &q.show_if else { return };
    let condition = MsgArg::worded(|lang| c.describe_in(lang));
    let (message, hint) = match super::reach::holds_at_worst(fw, c, super::Question::is_scorable) {
        Some(true) => return,
        Some(false) => (
            msg!(
                "diag-gate-hidden-risky",
                id = &g.id,
                question = &q.id,
                condition = condition
            ),
            msg!("diag-gate-hidden-risky-hint"),
        ),
        None => (
            msg!(
                "diag-gate-hidden",
                id = &g.id,
                question = &q.id,
                condition = condition
            ),
            msg!("diag-gate-hidden-hint"),
        ),
    };
    out.push(Diagnostic::warning(g.loc.of("question"), message).with_hint(hint));
}
