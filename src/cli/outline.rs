//! `integra outline [ID|PATH]`: the shape of a framework, so authors see what they weighted.

use std::fmt::Write as _;
use std::process::ExitCode;

use super::Outcome;
use crate::framework::{Framework, catalog};

pub fn run(spec: Option<&str>) -> Outcome {
    let fw = catalog::resolve(spec.unwrap_or(catalog::DEFAULT_ID)).map_err(|e| e.to_string())?;
    print!("{}", render(&fw));
    Ok(ExitCode::SUCCESS)
}

/// Principles with question counts and weight shares, then gates and bands.
pub fn render(fw: &Framework) -> String {
    let mut out = String::new();
    let total: f64 = fw.principles.iter().map(|p| p.weight).sum();
    let _ = writeln!(out, "{} ({} {})", fw.title.en(), fw.id, fw.version);
    let _ = writeln!(
        out,
        "{} principles, {} questions, {} gates, {} bands\n",
        fw.principles.len(),
        fw.questions().count(),
        fw.gates.len(),
        fw.bands.len()
    );
    for p in &fw.principles {
        let _ = writeln!(
            out,
            "{:>5.1}%  {} ({}, {} questions)",
            100.0 * p.weight / total,
            p.title.en(),
            p.id,
            p.questions.len()
        );
        let qtotal: f64 = p.questions.iter().map(|q| q.weight).sum();
        for q in &p.questions {
            let cond = q
                .show_if
                .as_ref()
                .map(|c| format!("  [only if {}]", c.describe()))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "         {:>5.1}%  {:<10} {}{cond}",
                100.0 * q.weight / qtotal,
                q.kind.name(),
                q.id
            );
        }
    }
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
