//! The first part of the Word report: title page facts, the result (failed gates first), the
//! progress since an earlier assessment, and the score of each principle with its chart.
//!
//! Must not: compute scores or compare assessments (the `ReportContext` has the results) or
//! write XML itself (`blocks` and `xml` do).

use super::blocks::{
    Block, Paragraph, TITLE, Table, TableCell, TableRow, add_runs, bold_para, cell, grid, heading,
    item, lead_para, num_cell, para, runs, shaded_box, shaded_cell, table,
};
use super::words::Words;
use super::xml::LineSpacing;
use crate::report::context::ReportContext;
use crate::report::filters::{num_in, percent, signed_in};

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

/// The report's title, with the programme's name when it has one.
pub fn title(ctx: &ReportContext, w: Words) -> String {
    match &ctx.assessment.programme {
        Some(p) => w.with(
            "report-title-programme",
            &[("programme", p.as_str().into())],
        ),
        None => w.t("report-title"),
    }
}

/// The title and the facts about the assessment and the framework.
pub fn cover(ctx: &ReportContext, w: Words) -> Vec<Block> {
    let a = &ctx.assessment;
    let title = title(ctx, w);
    let mut out: Vec<Block> = vec![add_runs(Paragraph::new().style(TITLE), &title, false).into()];
    let shown = |v: &Option<String>| v.clone().unwrap_or_else(|| w.t("report-not-recorded"));
    let name = |v: &Option<String>| {
        if ctx.anonymous {
            w.t("report-omitted")
        } else {
            shown(v)
        }
    };
    let fw = &ctx.framework;
    let facts = [
        ("ui-field-programme", shown(&a.programme)),
        ("ui-field-site", shown(&a.site)),
        ("ui-field-country", shown(&a.country)),
        ("ui-field-date", shown(&a.date)),
        ("ui-field-facilitator", name(&a.facilitator)),
        ("ui-field-participants", name(&a.participants)),
        (
            "ui-start-framework",
            w.with(
                "docx-framework-value",
                &[
                    ("title", fw.title.as_str().into()),
                    ("id", fw.id.as_str().into()),
                    ("version", fw.version.as_str().into()),
                ],
            ),
        ),
        ("report-coverage", coverage(ctx, w)),
    ];
    out.push(facts_table(&facts, w).into());
    if ctx.anonymous {
        out.push(para(&w.t("report-anonymous")).into());
    }
    let caution = w.label("report-caution");
    for warning in &ctx.warnings {
        out.push(lead_para(&caution, warning).into());
    }
    out
}

/// The facts, two to a row where they are short (programme and site, country and date, the
/// names), one to a row for the framework and coverage: the title page keeps room for the
/// summary under it. The framework's hash is in the footer of "How the scores were computed".
fn facts_table(facts: &[(&str, String)], w: Words) -> Table {
    const LABEL: usize = 1500;
    const VALUE: usize = WIDTH / 2 - LABEL;
    // A size smaller than the body's (9.5 pt), as the summary under it.
    let small = |text: &str, bold: bool, width: usize| {
        let p = runs(text, bold)
            .into_iter()
            .fold(Paragraph::new(), |p, r| p.add_run(r.size(19)))
            .line_spacing(LineSpacing::new().after(40));
        TableCell::new().add_paragraph(p).width(width)
    };
    let label = |k: &str| small(&w.t(k), true, LABEL);
    let (pairs, whole) = facts.split_at(facts.len().min(6));
    let mut rows: Vec<TableRow> = pairs
        .chunks(2)
        .map(|pair| {
            let mut cells = Vec::new();
            for (k, v) in pair {
                cells.extend([label(k), small(v, false, VALUE)]);
            }
            TableRow::new(cells).cant_split()
        })
        .collect();
    rows.extend(whole.iter().map(|(k, v)| {
        let value = small(v, false, WIDTH - LABEL).grid_span(3);
        TableRow::new(vec![label(k), value]).cant_split()
    }));
    grid(&[LABEL, VALUE, LABEL, VALUE], rows)
}

/// "N of M applicable scored questions answered (P%)".
fn coverage(ctx: &ReportContext, w: Words) -> String {
    let cov = &ctx.overall.coverage;
    w.with(
        "report-coverage-value",
        &[
            ("answered", cov.answered.into()),
            ("applicable", cov.applicable.into()),
            (
                "percent",
                num_in(Some(cov.percent), 0, "-", w.lang()).into(),
            ),
        ],
    )
}

/// Failed gates in plain words in an amber box, then the verdict in a blue box: the band,
/// the overall score, what holds the band down and what would lift it.
pub fn result(ctx: &ReportContext, w: Words) -> Vec<Block> {
    let mut out: Vec<Block> = vec![heading(1, &w.t("report-h-result")).into()];
    let o = &ctx.overall;
    if !ctx.failed_gates.is_empty() {
        let title = if ctx.verdict.capped_by_gate {
            "docx-gates-capped"
        } else {
            "docx-gates-failed"
        };
        let mut inside = vec![bold_para(&w.t(title)), para(&w.t("docx-gate-intro"))];
        for g in &ctx.failed_gates {
            let line = w.with(
                "docx-gate-line",
                &[
                    ("watches", g.watches.as_str().into()),
                    ("rule", g.rule.as_str().into()),
                    ("cap", g.cap_label.as_str().into()),
                ],
            );
            inside.push(item(&format!("{} ({}): ", g.reason, g.status_label), &line));
        }
        out.push(shaded_box(GATE_FILL, GATE_EDGE, inside).into());
        out.push(Paragraph::new().into());
    }
    let Some(band) = &o.band else {
        let none = format!("{} {}", w.t("report-no-score-lead"), w.t("report-no-score"));
        out.push(shaded_box(VERDICT_FILL, VERDICT_EDGE, vec![bold_para(&none)]).into());
        return out;
    };
    let mut inside = vec![
        runs(
            &w.with("report-readiness", &[("band", band.label.as_str().into())]),
            true,
        )
        .into_iter()
        .fold(Paragraph::new(), |p, r| p.add_run(r.size(28))),
        para(&w.with(
            "docx-overall-score",
            &[("score", num_in(o.score, 1, "-", w.lang()).into())],
        )),
    ];
    if let Some(u) = o.uncapped_band.as_ref().filter(|_| o.capped) {
        let text = w.with(
            "docx-uncapped",
            &[
                ("uncapped", u.label.as_str().into()),
                ("band", band.label.as_str().into()),
            ],
        );
        inside.push(para(&text));
    }
    if !ctx.verdict.limits.is_empty() {
        inside.push(bold_para(&w.t("verdict-heading")));
        for limit in &ctx.verdict.limits {
            inside.push(item("", &limit.text));
        }
        if let Some(lift) = &ctx.verdict.lift {
            inside.push(bold_para(&lift.text));
        }
    }
    out.push(shaded_box(VERDICT_FILL, VERDICT_EDGE, inside).into());
    if let Some(advice) = &band.advice {
        let gap = LineSpacing::new().before(160);
        out.push(para(advice).line_spacing(gap).into());
    }
    out
}

/// The score of each principle: a table with the number, a bar of shaded cells, the weight
/// share and how many questions were answered.
pub fn principles(ctx: &ReportContext, w: Words) -> Vec<Block> {
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
                num_cell(&num_in(p.score, 1, "\u{2013}", w.lang()), SCORE),
            ];
            let filled = filled_cells(p.score);
            cells.extend(
                (0..BAR_CELLS)
                    .map(|i| shaded_cell(if i < filled { BAR_ON } else { BAR_OFF }, STEP)),
            );
            let share = if p.share > 0.0 {
                percent(Some(p.share), 0, "", w.lang())
            } else {
                "\u{2013}".to_owned()
            };
            cells.push(num_cell(&share, SHARE));
            let count = w.with(
                "report-n-of-m",
                &[
                    ("answered", p.coverage.answered.into()),
                    ("applicable", p.coverage.applicable.into()),
                ],
            );
            cells.push(num_cell(&count, answered));
            TableRow::new(cells).cant_split()
        })
        .collect();
    let mut header = vec![
        w.t("report-col-principle"),
        w.t("report-col-score"),
        w.t("docx-col-chart"),
    ];
    header.extend(std::iter::repeat_n(String::new(), BAR_CELLS - 1));
    header.extend([w.t("report-col-weight"), w.t("report-col-answered")]);
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let mut t = table(&header, &widths, rows);
    // The chart's heading spans the bar's cells: merge them in the header row.
    t = merge_chart_heading(t, 2);
    vec![heading(1, &w.t("report-h-principles")).into(), t.into()]
}

/// How many of the bar's cells a score fills (rounded to the nearest 10 points).
fn filled_cells(score: Option<f64>) -> usize {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    score.map_or(0, |s| {
        ((s.clamp(0.0, 100.0) / 10.0).round() as usize).min(BAR_CELLS)
    })
}

/// The header row's cells `first..first + BAR_CELLS` merged into one.
fn merge_chart_heading(mut t: Table, first: usize) -> Table {
    if let Some(row) = t.rows.first_mut() {
        let mut cells = Vec::new();
        for (i, c) in std::mem::take(&mut row.cells).into_iter().enumerate() {
            if i == first {
                cells.push(c.grid_span(BAR_CELLS));
            } else if !(first + 1..first + BAR_CELLS).contains(&i) {
                cells.push(c);
            }
        }
        row.cells = cells;
    }
    t
}

/// What changed since the earlier assessment (`--compare`), when there is one.
pub fn progress(ctx: &ReportContext, w: Words) -> Vec<Block> {
    let Some(c) = &ctx.comparison else {
        return Vec::new();
    };
    let previous = c.previous.date.as_ref().map_or_else(
        || w.t("docx-previous-undated"),
        |d| w.with("docx-previous-dated", &[("date", d.as_str().into())]),
    );
    let intro = w.with(
        "docx-progress-intro",
        &[
            ("previous", previous.into()),
            ("improved", c.improved.into()),
            ("worsened", c.worsened.into()),
            ("answered", c.answered.into()),
            ("changed", c.changed.into()),
        ],
    );
    let mut out: Vec<Block> = vec![
        heading(1, &w.t("report-h-progress")).into(),
        para(&intro).into(),
    ];
    if let Some(caution) = &c.caution {
        out.push(lead_para(&w.label("report-caution"), caution).into());
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
            &w.t("report-overall-score-row"),
            num_in(c.overall.before, 1, dash, w.lang()),
            num_in(c.overall.now, 1, dash, w.lang()),
            signed_in(c.overall.change, 1, dash, w.lang()),
        ),
        row(
            &w.t("report-readiness-row"),
            c.band_before.clone().unwrap_or_else(|| dash.into()),
            c.band_now.clone().unwrap_or_else(|| dash.into()),
            c.band_change_label.clone().unwrap_or_else(|| dash.into()),
        ),
    ];
    rows.extend(c.principles.iter().map(|p| {
        row(
            &format!("{}. {}", p.number, p.title),
            num_in(p.score.before, 1, dash, w.lang()),
            num_in(p.score.now, 1, dash, w.lang()),
            signed_in(p.score.change, 1, dash, w.lang()),
        )
    }));
    let header = [
        String::new(),
        w.t("report-col-before"),
        w.t("report-col-now"),
        w.t("report-col-change"),
    ];
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    out.push(table(&header, &widths, rows).into());
    if !c.gates.is_empty() {
        out.push(heading(2, &w.t("report-gates-changed")).into());
        for g in &c.gates {
            let text = format!("{} \u{2192} {}", g.before_label, g.now_label);
            out.push(item(&format!("{}: ", g.reason), &text).into());
        }
    }
    out.push(heading(2, &w.t("report-answers-changed")).into());
    let mut any = false;
    let not_answered = w.t("report-not-answered");
    for q in c.questions.iter().filter(|q| q.changed) {
        any = true;
        let answer = |a: &Option<String>| a.clone().unwrap_or_else(|| not_answered.clone());
        let change = if q.score.change.is_some() {
            format!(", {}", signed_in(q.score.change, 0, dash, w.lang()))
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
        out.push(para(&w.t("report-no-change")).into());
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
