//! `integra outline [ID|PATH]`: the shape of a framework, so authors see what they weighted.
//!
//! Must not: check or score the framework; it only shows its shape.

use std::fmt::Write as _;
use std::process::ExitCode;

use super::Outcome;
use crate::framework::{Framework, catalog};
use crate::i18n::{Lang, tr, tr_args};

pub fn run(spec: Option<&str>, lang: Lang) -> Outcome {
    let fw = catalog::resolve(spec.unwrap_or(catalog::DEFAULT_ID))?;
    out!("{}", render_in(&fw, lang.as_str()));
    Ok(ExitCode::SUCCESS)
}

/// "1 question", "3 questions", in `lang` (`key` is `cli-outline-principles` and so on).
fn count(lang: Lang, n: usize, key: &str) -> String {
    tr_args(lang, key, &[("count", n.into())])
}

/// Principles with question counts and their share of the score, then gates and bands.
///
/// Shares count only what can score: a principle of context questions, or a text question,
/// is marked `unscored` rather than shown with a share it never carries.
pub fn render_in(fw: &Framework, lang: &str) -> String {
    let ui = Lang::or_english(lang);
    let mut out = String::new();
    let scored = |p: &crate::framework::Principle| {
        p.questions
            .iter()
            .any(crate::framework::Question::is_scorable)
    };
    let total: f64 = fw
        .principles
        .iter()
        .filter(|p| scored(p))
        .map(|p| p.weight)
        .sum();
    let _ = writeln!(out, "{} ({} {})", fw.title.get(lang), fw.id, fw.version);
    let _ = writeln!(
        out,
        "{}, {}, {}, {}\n",
        count(ui, fw.principles.len(), "cli-outline-principles"),
        count(ui, fw.questions().count(), "cli-outline-questions"),
        count(ui, fw.gates.len(), "cli-outline-gates"),
        count(ui, fw.bands.len(), "cli-outline-bands")
    );
    let share = |w: f64, of: f64| format!("{:>5.1}%", 100.0 * w / of);
    for p in &fw.principles {
        let head = if scored(p) {
            share(p.weight, total)
        } else {
            "  -   ".to_owned()
        };
        // A workshop's time budget, when the framework sets one.
        let minutes = p.minutes.map_or_else(String::new, |m| {
            format!(
                ", {}",
                tr_args(
                    ui,
                    "cli-outline-minutes",
                    &[("minutes", m.to_string().into())]
                )
            )
        });
        let _ = writeln!(
            out,
            "{head}  {} ({}, {}{minutes})",
            p.title.get(lang),
            p.id,
            count(ui, p.questions.len(), "cli-outline-questions")
        );
        let qtotal: f64 = p
            .questions
            .iter()
            .filter(|q| q.is_scorable())
            .map(|q| q.weight)
            .sum();
        for q in &p.questions {
            let cond = q
                .show_if
                .as_ref()
                .map(|c| {
                    let args = [("condition", c.describe_in(ui).into())];
                    format!("  [{}]", tr_args(ui, "cli-outline-only-if", &args))
                })
                .unwrap_or_default();
            let weight = if q.is_scorable() {
                share(q.weight, qtotal)
            } else {
                "  -   ".to_owned()
            };
            let _ = writeln!(
                out,
                "         {weight}  {:<10} {}{cond}",
                q.kind.name(),
                q.id
            );
        }
    }
    let _ = writeln!(out, "\n({})", tr(ui, "cli-outline-legend"));
    if !fw.gates.is_empty() {
        let _ = writeln!(out, "\n{}", tr(ui, "cli-outline-gates-head"));
        for g in &fw.gates {
            let target = g.on.id();
            let args = [("gate", g.id.as_str().into()), ("target", target.into())];
            let _ = writeln!(
                out,
                "  {}: {}",
                tr_args(ui, "cli-outline-gate-on", &args),
                g.reason.get(lang)
            );
        }
    }
    let _ = writeln!(out, "\n{}", tr(ui, "cli-outline-bands-head"));
    for b in &fw.bands {
        let _ = writeln!(out, "  {:>3}-{:<3} {}", b.min, b.max, b.label.get(lang));
    }
    out
}
