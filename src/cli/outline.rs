//! `integra outline [ID|PATH]`: the shape of a framework, so authors see what they weighted.

use std::fmt::Write as _;
use std::process::ExitCode;

use super::Outcome;
use crate::framework::{Framework, catalog};
use crate::scoring::is_scorable;

pub fn run(spec: Option<&str>) -> Outcome {
    let fw = catalog::resolve(spec.unwrap_or(catalog::DEFAULT_ID)).map_err(|e| e.to_string())?;
    out!("{}", render(&fw));
    Ok(ExitCode::SUCCESS)
}

/// "1 question", "3 questions".
fn count(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// Principles with question counts and their share of the score, then gates and bands.
///
/// Shares count only what can score: a principle of context questions, or a text question,
/// is marked `unscored` rather than shown with a share it never carries.
pub fn render(fw: &Framework) -> String {
    let mut out = String::new();
    let scored = |p: &crate::framework::Principle| p.questions.iter().any(is_scorable);
    let total: f64 = fw
        .principles
        .iter()
        .filter(|p| scored(p))
        .map(|p| p.weight)
        .sum();
    let _ = writeln!(out, "{} ({} {})", fw.title.en(), fw.id, fw.version);
    let _ = writeln!(
        out,
        "{}, {}, {}, {}\n",
        count(fw.principles.len(), "principle"),
        count(fw.questions().count(), "question"),
        count(fw.gates.len(), "gate"),
        count(fw.bands.len(), "band")
    );
    let share = |w: f64, of: f64| format!("{:>5.1}%", 100.0 * w / of);
    for p in &fw.principles {
        let head = if scored(p) {
            share(p.weight, total)
        } else {
            "  -   ".to_owned()
        };
        let _ = writeln!(
            out,
            "{head}  {} ({}, {})",
            p.title.en(),
            p.id,
            count(p.questions.len(), "question")
        );
        let qtotal: f64 = p
            .questions
            .iter()
            .filter(|q| is_scorable(q))
            .map(|q| q.weight)
            .sum();
        for q in &p.questions {
            let cond = q
                .show_if
                .as_ref()
                .map(|c| format!("  [only if {}]", c.describe()))
                .unwrap_or_default();
            let weight = if is_scorable(q) {
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
    out.push_str("\n(-: unscored; shares are of the principle, and of the overall score)\n");
    if !fw.gates.is_empty() {
        out.push_str("\nGates\n");
        for g in &fw.gates {
            let target = g
                .question
                .as_deref()
                .or(g.principle.as_deref())
                .unwrap_or("?");
            let _ = writeln!(out, "  {} on {target}: {}", g.id, g.reason.en());
        }
    }
    out.push_str("\nBands\n");
    for b in &fw.bands {
        let _ = writeln!(out, "  {:>3}-{:<3} {}", b.min, b.max, b.label.en());
    }
    out
}
