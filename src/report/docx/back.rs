//! The second part of the Word report: strengths and gaps, the action plan (with blank Owner
//! and Due columns to fill in), notes, the appendix of every answer, and how the scores were
//! computed.

use docx_rs::{Paragraph, TableCell, TableRow};

use super::blocks::{Block, add_runs, cell, heading, item, lead_para, num_cell, para, table};
use super::front::WIDTH;
use super::labels::{Labels, fill};
use crate::report::context::{Highlight, ReportContext};
use crate::report::filters::num;

const DASH: &str = "\u{2013}";

/// The strongest and weakest questions.
pub fn highlights(ctx: &ReportContext, l: &Labels) -> Vec<Block> {
    let list = |title: &str, items: &[Highlight], none: &str| {
        let mut out: Vec<Block> = vec![heading(1, title).into()];
        for s in items {
            let text = format!(
                "({}): {}, {}/100",
                s.principle_title,
                s.answer,
                num(Some(s.score), 0, DASH)
            );
            out.push(item(&format!("{} {} ", s.number, s.text), &text).into());
        }
        if items.is_empty() {
            out.push(para(none).into());
        }
        out
    };
    let mut out = list(l.strengths, &ctx.strengths, l.no_strengths);
    out.extend(list(l.gaps, &ctx.gaps, l.no_gaps));
    out
}

/// The action plan: one table per principle, with empty Owner and Due cells to fill in.
pub fn action_plan(ctx: &ReportContext, l: &Labels) -> Vec<Block> {
    let mut out: Vec<Block> = vec![
        heading(1, l.action_plan).into(),
        para(l.action_intro).into(),
    ];
    let widths = [900, 3200, 2500, 1000, 1000, WIDTH - 8600];
    let header = [
        l.col_rank,
        l.col_action,
        l.col_question,
        l.col_score,
        l.col_owner,
        l.col_due,
    ];
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
                    num_cell(&num(Some(a.score), 0, DASH), widths[3]),
                    cell(a.owner.as_deref().unwrap_or_default(), widths[4]),
                    cell(a.due.as_deref().unwrap_or_default(), widths[5]),
                ])
            })
            .collect();
        out.push(table(&header, &widths, rows).into());
    }
    if ctx.action_plan.is_empty() {
        out.push(para(l.no_actions).into());
    }
    out
}

/// The notes recorded against questions.
pub fn notes(ctx: &ReportContext, l: &Labels) -> Vec<Block> {
    let mut out: Vec<Block> = vec![heading(1, l.notes).into()];
    for n in &ctx.notes {
        out.push(heading(2, &format!("{} {}", n.number, n.text)).into());
        out.push(para(&n.note).into());
    }
    if ctx.notes.is_empty() {
        out.push(para(l.no_notes).into());
    }
    out
}

/// Every question with its answer, score, status and note, principle by principle; then the
/// questions that conditions hid.
pub fn appendix(ctx: &ReportContext, l: &Labels) -> Vec<Block> {
    let mut out: Vec<Block> = vec![heading(1, l.appendix).into()];
    let widths = [700, 4000, 2100, 1000, WIDTH - 7800];
    let header = [
        l.col_number,
        l.col_question,
        l.col_answer,
        l.col_score,
        l.col_status,
    ];
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
                    .width(widths[1], docx_rs::WidthType::Dxa);
                if let Some(n) = &q.note {
                    question = question.add_paragraph(lead_para(l.note, n));
                }
                TableRow::new(vec![
                    cell(&q.number, widths[0]),
                    question,
                    cell(q.answer.as_deref().unwrap_or(DASH), widths[2]),
                    num_cell(&num(q.score, 0, DASH), widths[3]),
                    cell(&q.status_label, widths[4]),
                ])
            })
            .collect();
        out.push(table(&header, &widths, rows).into());
    }
    if !ctx.hidden.is_empty() {
        out.push(heading(2, l.hidden).into());
        out.push(para(l.hidden_intro).into());
        for q in &ctx.hidden {
            let when = fill(
                l.hidden_line,
                &[("condition", q.condition.as_deref().unwrap_or(DASH))],
            );
            out.push(item(&format!("{} {}: ", q.number, q.text), &when).into());
        }
    }
    out
}

/// How the scores were computed, with this framework's shares, bands and gates.
pub fn method(ctx: &ReportContext, l: &Labels) -> Vec<Block> {
    let lead = |(b, t): (&str, &str)| -> Block { lead_para(b, t).into() };
    let number = |v: f64| crate::answers::number(v);
    let mut out: Vec<Block> = vec![
        heading(1, l.method).into(),
        lead(l.method_questions),
        lead(l.method_principles),
        lead(l.method_overall),
    ];
    for p in &ctx.principles {
        let line = if p.share > 0.0 {
            fill(
                l.share_line,
                &[
                    ("title", &p.title),
                    ("share", &num(Some(p.share), 1, DASH)),
                    ("weight", &number(p.weight)),
                ],
            )
        } else {
            fill(l.no_share_line, &[("title", &p.title)])
        };
        out.push(item("", &line).into());
    }
    out.push(lead(l.method_bands));
    for (i, b) in ctx.bands.iter().enumerate() {
        let template = if i + 1 == ctx.bands.len() {
            l.band_range_last
        } else {
            l.band_range
        };
        let args = [
            ("min", number(b.min)),
            ("max", number(b.max)),
            ("label", b.label.clone()),
        ];
        let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        out.push(item("", &fill(template, &args)).into());
    }
    out.push(lead(l.method_gates));
    for g in &ctx.gates {
        let line = fill(
            l.gate_method_line,
            &[
                ("reason", &g.reason),
                ("watches", &g.watches),
                ("rule", &g.rule),
                ("cap", &g.cap_label),
                ("status", &g.status_label),
            ],
        );
        out.push(item("", &line).into());
    }
    if ctx.gates.is_empty() {
        out.push(para(l.no_gates).into());
    }
    out.push(lead(l.method_actions));
    let fw = &ctx.framework;
    let footer = fill(
        l.footer,
        &[
            ("generator", &ctx.generator),
            ("schema", &ctx.schema_version.to_string()),
            ("id", &fw.id),
            ("version", &fw.version),
            ("hash", &fw.hash),
        ],
    );
    out.push(add_runs(Paragraph::new().size(16), &footer, false).into());
    out
}
