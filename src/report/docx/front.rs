//! The first part of the Word report: title page facts, the result (failed gates first), the
//! progress since an earlier assessment, and the score of each principle with its chart.

use docx_rs::{Paragraph, TableRow};

use super::blocks::{
    Block, TITLE, add_runs, bold_para, cell, grid, heading, item, label_cell, lead_para, num_cell,
    para, runs, shaded_box, shaded_cell, table,
};
use super::labels::{Labels, fill};
use crate::report::context::ReportContext;
use crate::report::filters::{num, signed};

/// The width of the page's text, in twentieths of a point (A4 less 2 cm margins).
pub const WIDTH: usize = 9600;
/// Colours of a bar's filled and empty cells. The score is always printed beside the bar,
/// so the colour is never the only thing that carries it.
const BAR_ON: &str = "2F5496";
const BAR_OFF: &str = "EDEDED";
/// The verdict box: pale blue inside, the headings' blue around.
const VERDICT_FILL: &str = "DEEAF6";
const VERDICT_EDGE: &str = "2F5496";
/// The failed-gates box: pale amber inside, a darker amber around.
const GATE_FILL: &str = "FFF2CC";
const GATE_EDGE: &str = "BF8F00";
/// Cells in a bar: one per 10 points.
const BAR_CELLS: usize = 10;

/// The title and the facts about the assessment and the framework.
pub fn cover(ctx: &ReportContext, l: &Labels) -> Vec<Block> {
    let a = &ctx.assessment;
    let mut title = l.title.to_owned();
    if let Some(p) = &a.programme {
        title = format!("{title}: {p}");
    }
    let mut out: Vec<Block> = vec![add_runs(Paragraph::new().style(TITLE), &title, false).into()];
    let shown = |v: &Option<String>| v.clone().unwrap_or_else(|| l.not_recorded.to_owned());
    let name = |v: &Option<String>| {
        if ctx.anonymous {
            l.omitted.to_owned()
        } else {
            shown(v)
        }
    };
    let fw = &ctx.framework;
    let cov = &ctx.overall.coverage;
    let facts = [
        (l.programme, shown(&a.programme)),
        (l.site, shown(&a.site)),
        (l.country, shown(&a.country)),
        (l.date, shown(&a.date)),
        (l.facilitator, name(&a.facilitator)),
        (l.participants, name(&a.participants)),
        (
            l.framework,
            fill(
                l.framework_value,
                &[
                    ("title", &fw.title),
                    ("id", &fw.id),
                    ("version", &fw.version),
                ],
            ),
        ),
        (l.framework_hash, fw.hash.clone()),
        (
            l.coverage,
            fill(
                l.coverage_value,
                &[
                    ("answered", &cov.answered.to_string()),
                    ("applicable", &cov.applicable.to_string()),
                    ("percent", &num(Some(cov.percent), 0, "-")),
                ],
            ),
        ),
    ];
    let rows = facts
        .iter()
        .map(|(k, v)| TableRow::new(vec![label_cell(k, 2600), cell(v, WIDTH - 2600)]))
        .collect();
    out.push(grid(&[2600, WIDTH - 2600], rows).into());
    if ctx.anonymous {
        out.push(para(l.names_omitted).into());
    }
    for w in &ctx.warnings {
        out.push(lead_para(l.caution, w).into());
    }
    out
}

/// Failed gates in plain words in an amber box, then the verdict in a blue box: the band,
/// the overall score, what holds the band down and what would lift it.
pub fn result(ctx: &ReportContext, l: &Labels) -> Vec<Block> {
    let mut out: Vec<Block> = vec![heading(1, l.result).into()];
    let o = &ctx.overall;
    if !ctx.failed_gates.is_empty() {
        let title = if ctx.verdict.capped_by_gate {
            l.gates_capped
        } else {
            l.gates_failed
        };
        let mut inside = vec![bold_para(title), para(l.gate_intro)];
        for g in &ctx.failed_gates {
            let line = fill(
                l.gate_line,
                &[
                    ("watches", &g.watches),
                    ("rule", &g.rule),
                    ("cap", &g.cap_label),
                ],
            );
            inside.push(item(&format!("{} ({}): ", g.reason, g.status_label), &line));
        }
        out.push(shaded_box(GATE_FILL, GATE_EDGE, inside).into());
        out.push(Paragraph::new().into());
    }
    let Some(band) = &o.band else {
        out.push(shaded_box(VERDICT_FILL, VERDICT_EDGE, vec![bold_para(l.no_score)]).into());
        return out;
    };
    let mut inside = vec![
        runs(&fill(l.readiness, &[("band", &band.label)]), true)
            .into_iter()
            .fold(Paragraph::new(), |p, r| p.add_run(r.size(28))),
        para(&fill(l.overall_score, &[("score", &num(o.score, 1, "-"))])),
    ];
    if let Some(u) = o.uncapped_band.as_ref().filter(|_| o.capped) {
        let text = fill(l.uncapped, &[("uncapped", &u.label), ("band", &band.label)]);
        inside.push(para(&text));
    }
    if !ctx.verdict.limits.is_empty() {
        inside.push(bold_para(l.verdict_heading));
        for limit in &ctx.verdict.limits {
            inside.push(item("", &limit.text));
        }
        if let Some(lift) = &ctx.verdict.lift {
            inside.push(bold_para(&lift.text));
        }
    }
    out.push(shaded_box(VERDICT_FILL, VERDICT_EDGE, inside).into());
    if let Some(advice) = &band.advice {
        let gap = docx_rs::LineSpacing::new().before(160);
        out.push(para(advice).line_spacing(gap).into());
    }
    out
}

/// The score of each principle: a table with the number, a bar of shaded cells, the weight
/// share and how many questions were answered.
pub fn principles(ctx: &ReportContext, l: &Labels) -> Vec<Block> {
    const NAME: usize = 3000;
    const SCORE: usize = 900;
    const STEP: usize = 280;
    const SHARE: usize = 1200;
    let answered = WIDTH - NAME - SCORE - STEP * BAR_CELLS - SHARE;
    let mut widths = vec![NAME, SCORE];
    widths.extend([STEP; BAR_CELLS]);
    widths.extend([SHARE, answered]);
    let rows = ctx
        .principles
        .iter()
        .map(|p| {
            let mut cells = vec![
                cell(&format!("{}. {}", p.number, p.title), NAME),
                num_cell(&num(p.score, 1, "\u{2013}"), SCORE),
            ];
            let filled = filled_cells(p.score);
            cells.extend(
                (0..BAR_CELLS)
                    .map(|i| shaded_cell(if i < filled { BAR_ON } else { BAR_OFF }, STEP)),
            );
            let share = if p.share > 0.0 {
                format!("{}%", num(Some(p.share), 0, ""))
            } else {
                "\u{2013}".to_owned()
            };
            cells.push(num_cell(&share, SHARE));
            let count = fill(
                l.answered_value,
                &[
                    ("answered", &p.coverage.answered.to_string()),
                    ("applicable", &p.coverage.applicable.to_string()),
                ],
            );
            cells.push(num_cell(&count, answered));
            TableRow::new(cells).cant_split()
        })
        .collect();
    let mut header = vec![l.col_principle, l.col_score, l.col_chart];
    header.extend([""; BAR_CELLS - 1]);
    header.extend([l.col_weight, l.col_answered]);
    let mut t = table(&header, &widths, rows);
    // The chart's heading spans the bar's cells: merge them in the header row.
    t = merge_chart_heading(t, 2);
    vec![heading(1, l.principles).into(), t.into()]
}

/// How many of the bar's cells a score fills (rounded to the nearest 10 points).
fn filled_cells(score: Option<f64>) -> usize {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    score.map_or(0, |s| {
        ((s.clamp(0.0, 100.0) / 10.0).round() as usize).min(BAR_CELLS)
    })
}

/// The header row's cells `first..first + BAR_CELLS` merged into one.
fn merge_chart_heading(mut t: docx_rs::Table, first: usize) -> docx_rs::Table {
    if let Some(docx_rs::TableChild::TableRow(row)) = t.rows.first_mut() {
        let mut cells = Vec::new();
        for (i, c) in std::mem::take(&mut row.cells).into_iter().enumerate() {
            let docx_rs::TableRowChild::TableCell(c) = c;
            if i == first {
                cells.push(docx_rs::TableRowChild::TableCell(c.grid_span(BAR_CELLS)));
            } else if !(first + 1..first + BAR_CELLS).contains(&i) {
                cells.push(docx_rs::TableRowChild::TableCell(c));
            }
        }
        row.cells = cells;
    }
    t
}

/// What changed since the earlier assessment (`--compare`), when there is one.
pub fn progress(ctx: &ReportContext, l: &Labels) -> Vec<Block> {
    let Some(c) = &ctx.comparison else {
        return Vec::new();
    };
    let previous = c.previous.date.as_ref().map_or_else(
        || l.previous_undated.to_owned(),
        |d| fill(l.previous_dated, &[("date", d)]),
    );
    let intro = fill(
        l.progress_intro,
        &[
            ("previous", &previous),
            ("improved", &c.improved.to_string()),
            ("worsened", &c.worsened.to_string()),
            ("answered", &c.answered.to_string()),
            ("changed", &c.changed.to_string()),
        ],
    );
    let mut out: Vec<Block> = vec![heading(1, l.progress).into(), para(&intro).into()];
    if let Some(caution) = &c.caution {
        out.push(lead_para(l.caution, caution).into());
    }
    let widths = [WIDTH - 4200, 1400, 1400, 1400];
    let dash = "\u{2013}";
    let row = |name: &str, before: String, now: String, change: String| {
        TableRow::new(vec![
            cell(name, widths[0]),
            num_cell(&before, widths[1]),
            num_cell(&now, widths[2]),
            num_cell(&change, widths[3]),
        ])
    };
    let mut rows = vec![
        row(
            l.overall_row,
            num(c.overall.before, 1, dash),
            num(c.overall.now, 1, dash),
            signed(c.overall.change, 1, dash),
        ),
        row(
            l.readiness_row,
            c.band_before.clone().unwrap_or_else(|| dash.into()),
            c.band_now.clone().unwrap_or_else(|| dash.into()),
            c.band_change_label.clone().unwrap_or_else(|| dash.into()),
        ),
    ];
    rows.extend(c.principles.iter().map(|p| {
        row(
            &format!("{}. {}", p.number, p.title),
            num(p.score.before, 1, dash),
            num(p.score.now, 1, dash),
            signed(p.score.change, 1, dash),
        )
    }));
    let header = ["", l.col_before, l.col_now, l.col_change];
    out.push(table(&header, &widths, rows).into());
    if !c.gates.is_empty() {
        out.push(heading(2, l.gates_changed).into());
        for g in &c.gates {
            let text = format!("{} \u{2192} {}", g.before_label, g.now_label);
            out.push(item(&format!("{}: ", g.reason), &text).into());
        }
    }
    out.push(heading(2, l.answers_changed).into());
    let mut any = false;
    for q in c.questions.iter().filter(|q| q.changed) {
        any = true;
        let answer = |a: &Option<String>| a.clone().unwrap_or_else(|| l.not_answered.to_owned());
        let change = if q.score.change.is_some() {
            format!(", {}", signed(q.score.change, 0, dash))
        } else {
            String::new()
        };
        let text = format!(
            "{} \u{2192} {} ({}{change})",
            answer(&q.before_answer),
            answer(&q.now_answer),
            q.trend_label
        );
        out.push(item(&format!("{} {}: ", q.number, q.text), &text).into());
    }
    if !any {
        out.push(para(l.no_answer_changed).into());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_fill_one_cell_per_ten_points() {
        assert_eq!(filled_cells(None), 0);
        assert_eq!(filled_cells(Some(0.0)), 0);
        assert_eq!(filled_cells(Some(44.9)), 4);
        assert_eq!(filled_cells(Some(45.0)), 5);
        assert_eq!(filled_cells(Some(100.0)), 10);
        assert_eq!(filled_cells(Some(250.0)), 10);
    }
}
