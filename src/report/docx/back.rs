//! The second part of the Word report: strengths and gaps, the action plan (with blank Owner
//! and Due columns to fill in), notes, the appendix of every answer, and how the scores were
//! computed.
//!
//! Must not: compute scores or pick actions (the `ReportContext` has them) or write XML itself
//! (`blocks` and `xml` do).

use super::blocks::{
    Block, Paragraph, TableCell, TableRow, add_runs, cell, heading, item, lead_para, num_cell,
    para, table,
};
use super::front::WIDTH;
use super::words::Words;
use crate::report::context::{Highlight, ReportContext};
use crate::report::filters::num_in;

const DASH: &str = "\u{2013}";

/// The strongest and weakest questions.
pub fn highlights(ctx: &ReportContext, w: Words) -> Vec<Block> {
    let list = |title: &str, items: &[Highlight], none: &str| {
        let mut out: Vec<Block> = vec![heading(1, &w.t(title)).into()];
        for s in items {
            let text = format!(
                "({}): {}, {}/100",
                s.principle_title,
                s.answer,
                num_in(Some(s.score), 0, DASH, w.lang())
            );
            out.push(item(&format!("{} {} ", s.number, s.text), &text).into());
        }
        if items.is_empty() {
            out.push(para(&w.t(none)).into());
        }
        out
    };
    let mut out = list("report-h-strengths", &ctx.strengths, "report-no-strengths");
    out.extend(list("report-h-gaps", &ctx.gaps, "report-no-gaps"));
    out
}

/// The action plan: one table per principle, with empty Owner and Due cells to fill in.
pub fn action_plan(ctx: &ReportContext, w: Words) -> Vec<Block> {
    let mut out: Vec<Block> = vec![
        heading(1, &w.t("report-h-actions")).into(),
        para(&w.t("docx-action-intro")).into(),
    ];
    let widths = [900, 3200, 2500, 1000, 1000, WIDTH - 8600];
    let header = [
        "report-col-rank",
        "report-col-action",
        "report-col-question",
        "report-col-score",
        "report-col-owner",
        "report-col-due",
    ]
    .map(|k| w.t(k));
    let header = header.each_ref().map(String::as_str);
    for group in &ctx.action_plan {
        out.push(heading(2, &group.principle_title).into());
        let rows = group
            .actions
            .iter()
            .map(|a| {
                TableRow::new(vec![
                    num_cell(&a.rank.to_string(), widths[0]),
                    cell(&a.recommendation, widths[1]),
                    cell(
                        &format!("{} {} ({})", a.number, a.text, a.answer),
                        widths[2],
                    ),
                    num_cell(&num_in(Some(a.score), 0, DASH, w.lang()), widths[3]),
                    cell(a.owner.as_deref().unwrap_or_default(), widths[4]),
                    cell(a.due.as_deref().unwrap_or_default(), widths[5]),
                ])
            })
            .collect();
        out.push(table(&header, &widths, rows).into());
    }
    if ctx.action_plan.is_empty() {
        out.push(para(&w.t("report-no-actions")).into());
    }
    out
}

/// The notes recorded against questions.
pub fn notes(ctx: &ReportContext, w: Words) -> Vec<Block> {
    let mut out: Vec<Block> = vec![heading(1, &w.t("report-h-notes")).into()];
    for n in &ctx.notes {
        out.push(heading(2, &format!("{} {}", n.number, n.text)).into());
        out.push(para(&n.note).into());
    }
    if ctx.notes.is_empty() {
        out.push(para(&w.t("report-no-notes")).into());
    }
    out
}

/// Every question with its answer, score, status and note, principle by principle; then the
/// questions that conditions hid.
pub fn appendix(ctx: &ReportContext, w: Words) -> Vec<Block> {
    let mut out: Vec<Block> = vec![heading(1, &w.t("report-h-appendix")).into()];
    let widths = [700, 4000, 2100, 1000, WIDTH - 7800];
    let header = [
        "#".to_owned(),
        w.t("report-col-question"),
        w.t("report-col-answer"),
        w.t("report-col-score"),
        w.t("report-col-status"),
    ];
    let header = header.each_ref().map(String::as_str);
    let note = w.lead("ui-question-note");
    for p in &ctx.principles {
        out.push(heading(2, &format!("{}. {}", p.number, p.title)).into());
        if let Some(r) = &p.rationale {
            out.push(para(r).into());
        }
        let rows = ctx
            .questions
            .iter()
            .filter(|q| q.principle == p.id)
            .map(|q| {
                // The note sits under the question it belongs to, in the same cell.
                let mut question = TableCell::new()
                    .add_paragraph(para(&q.text))
                    .width(widths[1]);
                if let Some(n) = &q.note {
                    question = question.add_paragraph(lead_para(&note, n));
                }
                TableRow::new(vec![
                    cell(&q.number, widths[0]),
                    question,
                    cell(q.answer.as_deref().unwrap_or(DASH), widths[2]),
                    num_cell(&num_in(q.score, 0, DASH, w.lang()), widths[3]),
                    cell(&q.status_label, widths[4]),
                ])
            })
            .collect();
        out.push(table(&header, &widths, rows).into());
    }
    if !ctx.hidden.is_empty() {
        out.push(heading(2, &w.t("report-h-hidden")).into());
        out.push(para(&w.t("docx-hidden-intro")).into());
        for q in &ctx.hidden {
            let when = w.with(
                "report-shown-if",
                &[("condition", q.condition.as_deref().unwrap_or(DASH).into())],
            );
            out.push(item(&format!("{} {}: ", q.number, q.text), &when).into());
        }
    }
    out
}

/// How the scores were computed, with this framework's shares, bands and gates.
pub fn method(ctx: &ReportContext, w: Words) -> Vec<Block> {
    let lead = |lead: &str, text: &str| -> Block { lead_para(&w.lead(lead), &w.t(text)).into() };
    let mut out: Vec<Block> = vec![
        heading(1, &w.t("report-h-method")).into(),
        lead("report-method-questions-lead", "docx-method-questions"),
        lead("report-method-principles-lead", "docx-method-principles"),
        lead("report-method-overall-lead", "docx-method-overall"),
    ];
    out.extend(shares(ctx, w));
    out.push(lead("report-method-bands-lead", "report-method-bands"));
    out.extend(band_ranges(ctx, w));
    out.push(lead("report-method-gates-lead", "docx-method-gates"));
    for g in &ctx.gates {
        let line = w.with(
            "docx-gate-method-line",
            &[
                ("reason", g.reason.as_str().into()),
                ("watches", g.watches.as_str().into()),
                ("rule", g.rule.as_str().into()),
                ("cap", g.cap_label.as_str().into()),
                ("status", g.status_label.as_str().into()),
            ],
        );
        out.push(item("", &line).into());
    }
    if ctx.gates.is_empty() {
        out.push(para(&w.t("report-no-gates")).into());
    }
    out.push(lead("report-method-actions-lead", "report-method-actions"));
    let fw = &ctx.framework;
    let footer = w.with(
        "docx-footer",
        &[
            ("generator", ctx.generator.as_str().into()),
            ("schema", ctx.schema_version.to_string().into()),
            ("id", fw.id.as_str().into()),
            ("version", fw.version.as_str().into()),
            ("hash", fw.hash.as_str().into()),
        ],
    );
    out.push(add_runs(Paragraph::new().size(16), &footer, false).into());
    out
}

/// Each principle's share of the overall score, one item a principle.
fn shares(ctx: &ReportContext, w: Words) -> Vec<Block> {
    let number = |v: f64| crate::answers::number(v);
    ctx.principles
        .iter()
        .map(|p| {
            let line = if p.share > 0.0 {
                let share = w.with(
                    "report-share",
                    &[
                        ("share", num_in(Some(p.share), 1, DASH, w.lang()).into()),
                        ("weight", number(p.weight).into()),
                    ],
                );
                format!("{}: {share}", p.title)
            } else {
                w.with("docx-no-share", &[("title", p.title.as_str().into())])
            };
            item("", &line).into()
        })
        .collect()
}

/// Each band's range of scores and its name, lowest first.
fn band_ranges(ctx: &ReportContext, w: Words) -> Vec<Block> {
    let number = |v: f64| crate::answers::number(v);
    ctx.bands
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let key = if i + 1 == ctx.bands.len() {
                "report-band-range"
            } else {
                "report-band-range-under"
            };
            let range = w.with(
                key,
                &[("min", number(b.min).into()), ("max", number(b.max).into())],
            );
            item("", &format!("{range}: {}", b.label)).into()
        })
        .collect()
}
