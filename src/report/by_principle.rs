//! The CSV of one row per principle (`integra report --format csv --by principle`): its
//! weight share, score, band, counts, and the gates that watch it.
//!
//! Rows are taken from the [`ReportContext`], so each figure is the one the report shows.
//!
//! Must not: work out a figure of its own (each comes from the `ReportContext`) or write files.

use std::path::Path;

use serde::Serialize;

use super::context::ReportContext;
use super::templates::Template;
use super::{ReportError, ReportFormat, engine};

/// The built-in template's file name (overridable like the report's).
pub const TEMPLATE: &str = "report-principles.csv.tera";

/// One principle's row.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PrincipleRow {
    pub number: usize,
    pub id: String,
    pub title: String,
    pub weight: f64,
    /// Share of the overall score's weight, 0–100.
    pub share: f64,
    /// 0–100, `null` when none of its questions has a scored answer.
    pub score: Option<f64>,
    /// The band the principle's own score falls in (gates aside).
    pub band: Option<String>,
    /// Scored questions answered, of those that apply.
    pub answered: usize,
    pub applicable: usize,
    /// Questions shown (not hidden by a condition), of all its questions.
    pub visible: usize,
    pub questions: usize,
    /// Gates on the principle or on one of its questions, and those that failed.
    pub gates: Vec<String>,
    pub failed_gates: Vec<String>,
    /// The lowest band its failed gates cap the overall result at.
    pub capped_at: Option<String>,
}

/// The rows for every principle, in framework order.
pub fn rows(ctx: &ReportContext) -> Vec<PrincipleRow> {
    let principle_of = |q: &str| {
        ctx.questions
            .iter()
            .find(|x| x.id == q)
            .map(|x| x.principle.as_str())
    };
    let band_index = |id: &str| ctx.bands.iter().position(|b| b.id == id);
    ctx.principles
        .iter()
        .map(|p| {
            let gates: Vec<_> = ctx
                .gates
                .iter()
                .filter(|g| {
                    g.principle.as_deref() == Some(p.id.as_str())
                        || g.question.as_deref().and_then(principle_of) == Some(p.id.as_str())
                })
                .collect();
            let failed: Vec<_> = gates.iter().filter(|g| !g.passed).collect();
            let capped_at = failed
                .iter()
                .min_by_key(|g| band_index(&g.cap))
                .map(|g| g.cap_label.clone());
            let questions: Vec<_> = ctx
                .questions
                .iter()
                .filter(|q| q.principle == p.id)
                .collect();
            PrincipleRow {
                number: p.number,
                id: p.id.clone(),
                title: p.title.clone(),
                weight: p.weight,
                share: p.share,
                score: p.score,
                band: p.score.and_then(|s| {
                    let last = ctx.bands.len().saturating_sub(1);
                    ctx.bands
                        .iter()
                        .enumerate()
                        .find(|(i, b)| s >= b.min && (s < b.max || *i == last))
                        .map(|(_, b)| b.label.clone())
                }),
                answered: p.coverage.answered,
                applicable: p.coverage.applicable,
                visible: questions.iter().filter(|q| !q.hidden).count(),
                questions: questions.len(),
                gates: gates.iter().map(|g| g.id.clone()).collect(),
                failed_gates: failed.iter().map(|g| g.id.clone()).collect(),
                capped_at,
            }
        })
        .collect()
}

#[derive(Serialize)]
struct View<'a> {
    principles: Vec<PrincipleRow>,
    framework: &'a super::context::FrameworkInfo,
}

/// The CSV, with `template` when given, else the user's `report-principles.csv.tera` or the
/// built-in one.
pub fn render(ctx: &ReportContext, template: Option<&Path>) -> Result<String, ReportError> {
    let template = match template {
        Some(path) => Template::from_file(path)?,
        None => Template::resolve_named(TEMPLATE)?,
    };
    let view = View {
        principles: rows(ctx),
        framework: &ctx.framework,
    };
    engine::render(
        &view,
        crate::i18n::Lang::or_english(&ctx.language),
        ReportFormat::Csv,
        &template,
    )
}
