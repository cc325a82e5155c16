//! The Word report's page-one summary, what the Markdown, text and HTML reports open with:
//! the band and score on a scale marked at the band limits and coverage (a blue box); the
//! gates that actually hold the band down, with the answer and note behind each, and what
//! would lift the band (an amber box); the first five actions (a grey box). The detail (the result,
//! every gate, the scores, the plan) follows the contents list on page two.
//!
//! It must fit page one under the facts, whatever the framework: at most three gates are
//! named (the rest counted, as in the HTML report), notes are cut short here (they are shown
//! whole in the detail), and the text is a size smaller than the body's.
//!
//! Must not: compute scores or choose which gates hold the band down (the `ReportContext`
//! says) or write XML itself.

use super::blocks::{
    Block, HeightRule, Paragraph, Rules, Run, Table, TableCell, TableRow, framed, heading, runs,
};
use super::front::WIDTH;
use super::words::Words;
use super::xml::LineSpacing;
use crate::report::context::{ActionItem, BandInfo, ReportContext, SummaryGate};
use crate::report::filters::num_in;

/// How many gates the summary names; the others are counted.
const GATES_SHOWN: usize = 3;
/// How much of a gate's limit, a note, an action and its question the summary shows (each is
/// shown whole in the detail): long framework text cannot push the summary off page one.
const LIMIT_CHARS: usize = 280;
const NOTE_CHARS: usize = 160;
const ACTION_CHARS: usize = 220;
const QUESTION_CHARS: usize = 90;
/// Text sizes in half-points: the summary's body (9 pt), the headline, small print.
const BODY: usize = 17;
const HEADLINE: usize = 24;
const SMALL: usize = 15;
/// The boxes: the verdict in blue, what holds it down in amber, the actions in grey.
const BLUE: (&str, &str) = ("DEEAF6", "2F5496");
const AMBER: (&str, &str) = ("FFF2CC", "BF8F00");
const GREY: (&str, &str) = ("F2F2F2", "7F7F7F");
/// The scale: the score's stretch, the rest, the band reached, the other bands, the rules.
const SCORE_FILL: &str = "2F5496";
const REST_FILL: &str = "FFFFFF";
const BAND_REACHED: &str = "B4C6E7";
const BAND_OTHER: &str = "FFFFFF";
const SCALE_RULE: &str = "8EAADB";
/// Space inside a box's cell on the left and right (see [`super::blocks::shaded_box`]).
const BOX_PADDING: usize = 320;
const MUTED: &str = "595959";

/// The summary: its heading and the three boxes, in reading order.
pub fn block(ctx: &ReportContext, w: Words) -> Vec<Block> {
    // Less space above than other headings: the summary shares page one with the facts.
    let title = heading(1, &w.t("report-h-summary"))
        .line_spacing(LineSpacing::new().before(200).after(100));
    let mut out: Vec<Block> = vec![title.into()];
    out.push(framed(BLUE.0, BLUE.1, verdict(ctx, w)).into());
    let s = &ctx.summary;
    if !s.gates.is_empty() {
        let mut inside = gates(&s.gates, w);
        inside.extend(lift(ctx));
        out.push(gap().into());
        out.push(framed(AMBER.0, AMBER.1, inside).into());
    }
    if !s.top_actions.is_empty() {
        out.push(gap().into());
        out.push(framed(GREY.0, GREY.1, actions(&s.top_actions, w)).into());
    }
    out
}

/// What would lift the band, in bold: after the gates that hold it down, or in the verdict's
/// box when no gate does (too few answers, "don't know").
fn lift(ctx: &ReportContext) -> Option<Block> {
    let lift = ctx.verdict.lift.as_ref()?;
    Some(line(&[(&lift.text, true)], BODY).into())
}

/// The headline (band, score, coverage), the band scale and, when no gate holds the band
/// down, what would lift it.
fn verdict(ctx: &ReportContext, w: Words) -> Vec<Block> {
    let o = &ctx.overall;
    let cov = [
        ("answered", o.coverage.answered.into()),
        ("applicable", o.coverage.applicable.into()),
    ];
    let headline = match &o.band {
        Some(band) => {
            let mut args = vec![
                ("band", band.label.as_str().into()),
                ("score", num_in(o.score, 1, "-", w.lang()).into()),
            ];
            args.extend(cov);
            w.with("report-summary-band", &args)
        }
        None => w.with("report-summary-no-score", &cov),
    };
    let mut out: Vec<Block> = vec![line(&[(&headline, true)], HEADLINE).into()];
    if let Some(scale) = scale(ctx) {
        out.push(scale.into());
    }
    if ctx.summary.gates.is_empty() {
        out.extend(lift(ctx));
    }
    out
}

/// Each gate that holds the band down (at most [`GATES_SHOWN`]), with the answer behind it and
/// the start of its note; then how many more there are.
fn gates(gates: &[SummaryGate], w: Words) -> Vec<Block> {
    let mut out: Vec<Block> = vec![line(&[(&w.label("report-summary-gates"), true)], BODY).into()];
    for g in gates.iter().take(GATES_SHOWN) {
        let answer = g.answer.as_ref().map_or_else(
            || w.t("report-summary-unanswered"),
            |a| w.with("report-summary-answer", &[("answer", a.as_str().into())]),
        );
        let mut p = bullet(&[
            (&clip(&g.text, LIMIT_CHARS), false),
            (" ", false),
            (&format!("{answer}."), true),
        ]);
        if let Some(note) = &g.note {
            let note = w.with(
                "report-summary-note",
                &[("note", clip(note, NOTE_CHARS).into())],
            );
            p = p.add_run(Run::new().add_break());
            p = sized(p, &note, false, SMALL);
        }
        out.push(p.into());
    }
    if gates.len() > GATES_SHOWN {
        let more = w.with(
            "report-summary-more-gates",
            &[("n", (gates.len() - GATES_SHOWN).into())],
        );
        out.push(line(&[(&more, false)], SMALL).into());
    }
    out
}

/// The first actions: rank and recommendation, and under it the question, the points at
/// stake and whether it holds the band down.
fn actions(actions: &[ActionItem], w: Words) -> Vec<Block> {
    let mut out: Vec<Block> =
        vec![line(&[(&w.label("report-summary-actions"), true)], BODY).into()];
    for a in actions {
        let mut p = tight(Paragraph::new()).hanging(360).add_run(
            Run::new()
                .add_text(format!("{}.", a.rank))
                .add_tab()
                .size(BODY),
        );
        p = sized(p, &clip(&a.recommendation, ACTION_CHARS), false, BODY);
        p = p.add_run(Run::new().add_break());
        let points = w.with(
            "report-summary-points",
            &[("points", num_in(Some(a.points), 1, "-", w.lang()).into())],
        );
        let about = format!(
            "{} {} \u{b7} {points}",
            a.number,
            clip(&a.text, QUESTION_CHARS)
        );
        p = grey(p, &about, false);
        if a.holds_band {
            p = grey(p, " \u{b7} ", false);
            p = grey(p, &w.t("report-action-holds-band"), true);
        }
        out.push(p.into());
    }
    out
}

/// The bands side by side, each as wide as its stretch of scores and named with its limits,
/// the band reached shaded; above them a bar filled up to the score. Nothing without bands.
fn scale(ctx: &ReportContext) -> Option<Table> {
    let bands = &ctx.bands;
    let (first, last) = (bands.first()?, bands.last()?);
    let (lo, hi) = (first.min, last.max);
    if hi <= lo {
        return None;
    }
    let score = ctx.overall.score.map(|s| s.clamp(lo, hi));
    let points = limits(bands, score);
    let widths = widths(&points, WIDTH - BOX_PADDING);
    let bar = points
        .windows(2)
        .zip(&widths)
        .map(|(p, &width)| {
            let under = score.is_some_and(|s| p[1] <= s + 1e-9);
            TableCell::new()
                .add_paragraph(Paragraph::new().size(2))
                .shading(if under { SCORE_FILL } else { REST_FILL })
                .width(width)
        })
        .collect();
    let bar = TableRow::new(bar)
        .height(170, HeightRule::Exact)
        .cant_split();
    let reached = ctx.overall.band.as_ref().map(|b| b.id.as_str());
    let names = bands
        .iter()
        .map(|b| band_cell(b, reached == Some(b.id.as_str()), &points, &widths))
        .collect();
    Some(
        Table::new(vec![bar, TableRow::new(names).cant_split()])
            .set_grid(widths)
            .rules(Rules {
                size: 4,
                color: SCALE_RULE,
                inside: true,
            })
            .margins(20, 60, 20),
    )
}

/// A band's cell in the scale: its name (bold where the band was reached) over its limits,
/// spanning the bar's steps that fall inside it.
fn band_cell(b: &BandInfo, reached: bool, points: &[f64], widths: &[usize]) -> TableCell {
    let inside: Vec<usize> = points
        .windows(2)
        .zip(widths)
        .filter(|(p, _)| p[0] >= b.min - 1e-9 && p[1] <= b.max + 1e-9)
        .map(|(_, &w)| w)
        .collect();
    let number = |v: f64| crate::answers::number(v);
    let range = format!("{}\u{2013}{}", number(b.min), number(b.max));
    TableCell::new()
        .add_paragraph(line(&[(&b.label, reached)], SMALL))
        .add_paragraph(line(&[(&range, false)], SMALL))
        .shading(if reached { BAND_REACHED } else { BAND_OTHER })
        .grid_span(inside.len().max(1))
        .width(inside.iter().sum())
}

/// Where the scale's steps start and end: every band limit, and the score.
fn limits(bands: &[BandInfo], score: Option<f64>) -> Vec<f64> {
    let mut points: Vec<f64> = bands.iter().map(|b| b.min).collect();
    points.extend(bands.last().map(|b| b.max));
    if let Some(s) = score.filter(|s| points.iter().all(|p| (p - s).abs() > 0.05)) {
        points.push(s);
    }
    points.sort_by(f64::total_cmp);
    points.dedup_by(|a, b| (*a - *b).abs() < 1e-9);
    points
}

/// Each step's width in twentieths of a point, in proportion to its stretch of scores, adding
/// up to `total`.
#[allow(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_precision_loss
)]
fn widths(points: &[f64], total: usize) -> Vec<usize> {
    let (Some(lo), Some(hi)) = (points.first(), points.last()) else {
        return Vec::new();
    };
    let span = hi - lo;
    let mut out: Vec<usize> = points
        .windows(2)
        .map(|p| (((p[1] - p[0]) / span) * total as f64).round().max(1.0) as usize)
        .collect();
    let sum: usize = out.iter().sum();
    if let Some(widest) = out.iter_mut().max() {
        *widest = (*widest + total).saturating_sub(sum);
    }
    out
}

/// `text` on one line at most `most` characters long, cut at a word with an ellipsis.
fn clip(text: &str, most: usize) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= most {
        return flat;
    }
    let cut: String = flat.chars().take(most).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}\u{2026}", cut.trim_end_matches([',', ';', ':', '.']))
}

/// A paragraph of `pieces` (text, bold) at `size`.
fn line(pieces: &[(&str, bool)], size: usize) -> Paragraph {
    pieces
        .iter()
        .fold(tight(Paragraph::new()), |p, (text, bold)| {
            sized(p, text, *bold, size)
        })
}

/// `p` with little space after it: the summary is dense so that it fits page one.
fn tight(p: Paragraph) -> Paragraph {
    p.line_spacing(LineSpacing::new().before(0).after(40).line(252))
}

/// A bulleted paragraph of `pieces` at the summary's size.
fn bullet(pieces: &[(&str, bool)]) -> Paragraph {
    let p = tight(Paragraph::new())
        .hanging(360)
        .add_run(Run::new().add_text("\u{2022}").add_tab().size(BODY));
    pieces
        .iter()
        .fold(p, |p, (text, bold)| sized(p, text, *bold, BODY))
}

/// `p` with `text` added at `size`.
fn sized(p: Paragraph, text: &str, bold: bool, size: usize) -> Paragraph {
    runs(text, bold)
        .into_iter()
        .fold(p, |p, r| p.add_run(r.size(size)))
}

/// `p` with `text` added small and grey.
fn grey(p: Paragraph, text: &str, bold: bool) -> Paragraph {
    runs(text, bold)
        .into_iter()
        .fold(p, |p, r| p.add_run(r.size(SMALL).color(MUTED)))
}

/// A thin space between two boxes.
fn gap() -> Paragraph {
    Paragraph::new()
        .size(8)
        .line_spacing(LineSpacing::new().before(0).after(0).line(120))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn band(id: &str, min: f64, max: f64) -> BandInfo {
        BandInfo {
            id: id.into(),
            label: id.into(),
            advice: None,
            min,
            max,
        }
    }

    #[test]
    fn the_scale_steps_at_every_band_limit_and_at_the_score() {
        let bands = [
            band("a", 0.0, 50.0),
            band("b", 50.0, 75.0),
            band("c", 75.0, 100.0),
        ];
        assert_eq!(limits(&bands, None), vec![0.0, 50.0, 75.0, 100.0]);
        assert_eq!(
            limits(&bands, Some(62.5)),
            vec![0.0, 50.0, 62.5, 75.0, 100.0]
        );
        // A score on a limit adds no step.
        assert_eq!(limits(&bands, Some(50.0)), vec![0.0, 50.0, 75.0, 100.0]);
        let w = widths(&[0.0, 50.0, 62.5, 75.0, 100.0], 9280);
        assert_eq!(w.iter().sum::<usize>(), 9280);
        assert_eq!(w[1], w[2], "{w:?}");
        assert_eq!(w[0], 4640);
    }

    #[test]
    fn notes_are_cut_at_a_word() {
        assert_eq!(clip("short\nnote", NOTE_CHARS), "short note");
        let long = "word ".repeat(60);
        let cut = clip(&long, NOTE_CHARS);
        assert!(cut.ends_with("word\u{2026}"), "{cut}");
        assert!(cut.chars().count() <= NOTE_CHARS + 1);
    }
}
