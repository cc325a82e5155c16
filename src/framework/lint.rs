//! Warnings for a framework that loads: things that are allowed but probably not meant.
//!
//! A framework with warnings still loads and `integra validate` still exits 0; the warnings
//! help an author finish it: questions without guidance or a recommendation, principles with a
//! single question, strings not yet translated into a declared language, questions whose
//! condition can never hold (nested `all`/`any`/`not` included, and chains of conditions on
//! questions that are never shown: see [`reach`]), and gates that cannot bite (see
//! [`super::lint_gates`]).
//!
//! Owns warnings on a loaded framework. Must not report errors (a framework that loads is
//! valid: that is `validate/`) nor change the framework.

use super::condition::Check;
use super::model::Framework;
use super::question::{Kind, Question};
use super::reach::{self, Unreachable};
use super::validate::MAX_SHOWN;
use super::{Condition, translate};
use crate::diagnostic::{Diagnostic, Msg, MsgArg};
use crate::msg;

/// Every warning for `fw` (which has already passed validation).
pub fn lint(fw: &Framework) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for p in &fw.principles {
        if p.questions.len() == 1 {
            out.push(
                Diagnostic::warning(p.loc.of("id"), msg!("diag-single-question", id = &p.id))
                    .with_hint(msg!("diag-single-question-hint")),
            );
        }
        for q in &p.questions {
            if q.help.is_none() {
                out.push(
                    Diagnostic::warning(q.loc.of("id"), msg!("diag-no-help", id = &q.id))
                        .with_hint(msg!("diag-no-help-hint")),
                );
            }
            if q.is_scorable() && q.recommendation.is_none() {
                out.push(
                    Diagnostic::warning(q.loc.of("id"), msg!("diag-no-recommendation", id = &q.id))
                        .with_hint(msg!("diag-no-recommendation-hint")),
                );
            }
        }
    }
    out.extend(super::placement::warnings(fw));
    out.extend(fw.read_warnings.iter().cloned());
    out.extend(unreachable_questions(fw));
    out.extend(super::lint_gates::warnings(fw));
    // The lowest band is where too little coverage leaves the verdict: it needs no minimum.
    if let Some(low) = fw.bands.first().filter(|b| b.min_coverage.is_some()) {
        out.push(
            Diagnostic::warning(
                low.loc.of("min_coverage"),
                msg!("diag-lowest-min-coverage", id = &low.id),
            )
            .with_hint(msg!("diag-lowest-min-coverage-hint")),
        );
    }
    for lang in fw.languages.iter().filter(|l| *l != "en") {
        let missing = translate::untranslated(fw, lang);
        if let Some(first) = missing.first() {
            out.push(
                Diagnostic::warning(
                    fw.loc.of("languages"),
                    msg!(
                        "diag-untranslated",
                        count = missing.len(),
                        lang = lang,
                        first = first
                    ),
                )
                .with_hint(msg!("diag-untranslated-hint", lang = lang)),
            );
        }
    }
    out.sort_by_key(|d| d.span.start);
    // As for errors: a generated file missing help everywhere would print thousands.
    if out.len() > MAX_SHOWN {
        let more = out.len() - MAX_SHOWN;
        out.truncate(MAX_SHOWN);
        out.push(
            Diagnostic::warning(0..0, msg!("diag-unshown-warnings", count = more))
                .with_hint(msg!("diag-unshown-warnings-hint"))
                .counting(more),
        );
    }
    out
}

/// Questions that can never be shown, each with the reason (see [`reach`]).
fn unreachable_questions(fw: &Framework) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let found = reach::unreachable(fw);
    for (q, why) in &found {
        let Some(c) = &q.show_if else { continue };
        let (message, hint) = match why {
            Unreachable::DependsOnHidden(ids) => (
                msg!(
                    "diag-unreachable-hidden",
                    id = &q.id,
                    targets = ids.join("', '"),
                    count = ids.len()
                ),
                msg!("diag-unreachable-hidden-hint"),
            ),
            Unreachable::NotOfAlwaysTrue => (
                msg!("diag-unreachable-not", id = &q.id),
                msg!("diag-unreachable-not-hint"),
            ),
            Unreachable::NeverHolds if is_bounds_test(c) => {
                (never_message(q), msg!("diag-unreachable-bounds-hint"))
            }
            Unreachable::NeverHolds => (
                never_message(q),
                msg!(
                    "diag-unreachable-contradiction-hint",
                    condition = MsgArg::worded(|lang| c.describe_in(lang))
                ),
            ),
        };
        out.push(Diagnostic::warning(q.loc.of("show_if"), message).with_hint(hint));
    }
    // Conditions too big to analyse still get the simple check on their bounds.
    let warned: foldhash::HashSet<&str> = found.iter().map(|(q, _)| q.id.as_str()).collect();
    for q in fw.questions() {
        if let Some(c) = &q.show_if
            && !warned.contains(q.id.as_str())
            && never_holds(fw, c)
        {
            out.push(
                Diagnostic::warning(q.loc.of("show_if"), never_message(q))
                    .with_hint(msg!("diag-unreachable-bounds-hint")),
            );
        }
    }
    out
}

fn never_message(q: &Question) -> Msg {
    msg!("diag-unreachable", id = &q.id)
}

/// A single test with `at_least` or `at_most`.
fn is_bounds_test(c: &Condition) -> bool {
    matches!(c, Condition::Test { checks, .. }
        if checks.iter().any(|k| matches!(k, Check::AtLeast(_) | Check::AtMost(_))))
}

/// A test on one question whose bounds no answer can meet (nested forms are not analysed).
fn never_holds(fw: &Framework, c: &Condition) -> bool {
    let Condition::Test { question, checks } = c else {
        return false;
    };
    let Some((lo, hi)) = fw.question(question).and_then(range) else {
        return false;
    };
    let at_least = checks.iter().find_map(|k| match k {
        Check::AtLeast(v) => Some(*v),
        _ => None,
    });
    let at_most = checks.iter().find_map(|k| match k {
        Check::AtMost(v) => Some(*v),
        _ => None,
    });
    at_least.is_some_and(|v| v > hi)
        || at_most.is_some_and(|v| v < lo)
        || matches!((at_least, at_most), (Some(a), Some(b)) if a > b)
}

/// The lowest and highest value a rating or number answer can take.
#[allow(clippy::cast_precision_loss)]
fn range(q: &Question) -> Option<(f64, f64)> {
    match &q.kind {
        Kind::Rating { scale } => {
            let levels = &scale.levels;
            Some((levels.first()?.value as f64, levels.last()?.value as f64))
        }
        Kind::Number(n) => Some(n.bounds.range()),
        _ => None,
    }
}
