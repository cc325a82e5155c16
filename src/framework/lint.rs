//! Warnings for a framework that loads: things that are allowed but probably not meant.
//!
//! A framework with warnings still loads and `integra validate` still exits 0; the warnings
//! help an author finish it: questions without guidance or a recommendation, principles with a
//! single question, strings not yet translated into a declared language, questions whose
//! condition can never hold (nested `all`/`any`/`not` included, and chains of conditions on
//! questions that are never shown: see [`reach`]), and gates that can never fail.

use super::model::{Framework, Question, QuestionKind};
use super::reach::{self, Unreachable};
use super::validate::MAX_SHOWN;
use super::{Condition, translate};
use crate::diagnostic::Diagnostic;
use crate::scoring::is_scorable;

/// Every warning for `fw` (which has already passed validation).
pub fn lint(fw: &Framework) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for p in &fw.principles {
        if p.questions.len() == 1 {
            out.push(
                Diagnostic::warning(p.loc.of("id"), format!("principle '{}' has a single question", p.id))
                    .with_hint("one answer then decides the whole principle; add questions or merge it with another principle"),
            );
        }
        for q in &p.questions {
            if q.help.is_none() {
                out.push(
                    Diagnostic::warning(
                        q.loc.of("id"),
                        format!("question '{}' has no help text", q.id),
                    )
                    .with_hint("add `help = \"...\"`: what the question means and how to judge it"),
                );
            }
            if is_scorable(q) && q.recommendation.is_none() {
                out.push(
                    Diagnostic::warning(
                        q.loc.of("id"),
                        format!("question '{}' has no recommendation", q.id),
                    )
                    .with_hint(
                        "add `recommendation = \"...\"`: the action to take when it scores low",
                    ),
                );
            }
        }
    }
    out.extend(unreachable_questions(fw));
    for g in &fw.gates {
        if gate_never_fails(fw, g) {
            out.push(
                Diagnostic::warning(g.loc.of("id"), format!("gate '{}' can never fail once answered", g.id))
                    .with_hint("its threshold is at or below the lowest possible answer; raise it or remove the gate"),
            );
        }
    }
    for lang in fw.languages.iter().filter(|l| *l != "en") {
        let missing = translate::untranslated(fw, lang);
        if let Some(first) = missing.first() {
            out.push(
                Diagnostic::warning(
                    fw.loc.of("languages"),
                    format!(
                        "{} strings have no '{lang}' translation, e.g. '{first}'",
                        missing.len()
                    ),
                )
                .with_hint(format!(
                    "add them under `[translations.{lang}]`; until then readers see English"
                )),
            );
        }
    }
    out.sort_by_key(|d| d.span.start);
    // As for errors: a generated file missing help everywhere would print thousands.
    if out.len() > MAX_SHOWN {
        let more = out.len() - MAX_SHOWN;
        out.truncate(MAX_SHOWN);
        out.push(
            Diagnostic::warning(0..0, format!("{more} more warnings not shown"))
                .with_hint("fix the warnings above and run `integra validate` again"),
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
                format!(
                    "question '{}' can never be shown: its condition looks at '{}', which {} never shown either",
                    q.id,
                    ids.join("', '"),
                    if ids.len() == 1 { "is" } else { "are" }
                ),
                "fix the condition of the question it looks at, or test another question".to_owned(),
            ),
            Unreachable::NotOfAlwaysTrue => (
                format!("question '{}' can never be shown: a `not` in its condition wraps something that always holds", q.id),
                "an unanswered question makes a test false, so `not` of that test is true; check what the `not` wraps".to_owned(),
            ),
            Unreachable::NeverHolds if is_bounds_test(c) => (
                never_message(q),
                "check the bounds against the scale or the number's min and max".to_owned(),
            ),
            Unreachable::NeverHolds => (
                never_message(q),
                format!("no answers make `{}` hold: its parts contradict each other", c.describe()),
            ),
        };
        out.push(Diagnostic::warning(q.loc.of("show_if"), message).with_hint(hint));
    }
    // Conditions too big to analyse still get the simple check on their bounds.
    let warned: std::collections::HashSet<&str> =
        found.iter().map(|(q, _)| q.id.as_str()).collect();
    for q in fw.questions() {
        if let Some(c) = &q.show_if
            && !warned.contains(q.id.as_str())
            && never_holds(fw, c)
        {
            out.push(
                Diagnostic::warning(q.loc.of("show_if"), never_message(q))
                    .with_hint("check the bounds against the scale or the number's min and max"),
            );
        }
    }
    out
}

fn never_message(q: &Question) -> String {
    format!(
        "question '{}' can never be shown: its condition can never hold",
        q.id
    )
}

/// A single test with `at_least` or `at_most`.
fn is_bounds_test(c: &Condition) -> bool {
    c.question.is_some() && (c.at_least.is_some() || c.at_most.is_some())
}

/// A test on one question whose bounds no answer can meet (nested forms are not analysed).
fn never_holds(fw: &Framework, c: &Condition) -> bool {
    let Some(q) = c.question.as_deref().and_then(|id| fw.question(id)) else {
        return false;
    };
    let Some((lo, hi)) = range(fw, q) else {
        return false;
    };
    c.at_least.is_some_and(|v| v > hi)
        || c.at_most.is_some_and(|v| v < lo)
        || matches!((c.at_least, c.at_most), (Some(a), Some(b)) if a > b)
}

/// The lowest and highest value a rating or number answer can take.
#[allow(clippy::cast_precision_loss)]
fn range(fw: &Framework, q: &Question) -> Option<(f64, f64)> {
    match q.kind {
        QuestionKind::Rating => {
            let levels = &fw.scale_of(q)?.levels;
            Some((levels.first()?.value as f64, levels.last()?.value as f64))
        }
        QuestionKind::Number => Some((
            q.min.unwrap_or(f64::NEG_INFINITY),
            q.max.unwrap_or(f64::INFINITY),
        )),
        _ => None,
    }
}

fn gate_never_fails(fw: &Framework, g: &super::Gate) -> bool {
    if g.min_score.is_some_and(|s| s <= 0.0) {
        return true;
    }
    let lowest = g
        .question
        .as_deref()
        .and_then(|id| fw.question(id))
        .and_then(|q| fw.scale_of(q))
        .and_then(|s| s.levels.first())
        .map(|l| l.value);
    matches!((g.min_level, lowest), (Some(min), Some(low)) if min <= low)
}
