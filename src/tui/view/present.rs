//! The results on a projector (present mode), one screen at a time, stepped with ←→: the
//! overall result (the score in big digits, the band as a banner, why this band), then one
//! principle per screen with its questions and answers, then the gates not passed with the
//! answer and note behind each (and, in a workshop, how the room's votes diverged on it),
//! and the first actions.
//!
//! Everything comes from the report's context (`report::context`), so a projected screen
//! says what the printed report says. A page longer than the screen scrolls (↑↓).
//!
//! Must not: change the state or score anything itself (the report's context has it all).

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::super::compare::signed;
use super::super::theme::Theme;
use super::super::widgets::big::big;
use super::super::widgets::{bar::bar, truncate, width, wrap};
use crate::i18n::{self, Arg, Lang};
use crate::report::ReportContext;
use crate::report::compare::{Change, Comparison};

/// What a page is drawn from.
pub struct Inputs<'a> {
    pub ctx: &'a ReportContext,
    pub theme: Theme,
    pub lang: Lang,
    /// Columns to fill.
    pub width: usize,
}

impl Inputs<'_> {
    fn tr(&self, key: &str) -> String {
        i18n::tr(self.lang, key)
    }

    fn tr_args(&self, key: &str, args: &[(&str, Arg)]) -> String {
        i18n::tr_args(self.lang, key, args)
    }

    /// `text` wrapped to the width, each line indented by `indent` and styled.
    fn wrapped(&self, out: &mut Vec<Line<'static>>, text: &str, indent: usize, style: Style) {
        for l in wrap(text, self.width.saturating_sub(indent)) {
            out.push(Line::styled(format!("{}{l}", " ".repeat(indent)), style));
        }
    }
}

/// How many pages the results have: the overall result, one per principle, the gates.
#[must_use]
pub fn count(ctx: &ReportContext) -> usize {
    ctx.principles.len() + 2
}

/// Page `n` (0-based; past the end, the last).
#[must_use]
pub fn page(inp: &Inputs, n: usize) -> Vec<Line<'static>> {
    let last = count(inp.ctx) - 1;
    match n.min(last) {
        0 => overall(inp),
        n if n == last => gates(inp),
        n => principle(inp, n - 1),
    }
}

/// A score in big digits, centred, with a plain line for terminals too narrow for it.
fn big_score(inp: &Inputs, out: &mut Vec<Line<'static>>, score: f64, style: Style) {
    let text = i18n::fixed(score, 1);
    match big(&text, inp.theme.ascii).filter(|rows| width(&rows[0]) <= inp.width) {
        Some(rows) => out.extend(rows.into_iter().map(|r| Line::styled(r, style).centered())),
        None => out.push(Line::styled(text, style).centered()),
    }
}

/// The overall result: score, band, what caps it, coverage, the change since the
/// assessment compared with, and why this band.
fn overall(inp: &Inputs) -> Vec<Line<'static>> {
    let (ctx, theme) = (inp.ctx, inp.theme);
    let mut out = vec![Line::styled(inp.tr("ui-present-overall"), theme.heading()).centered()];
    out.push(Line::raw(""));
    match (ctx.overall.score, &ctx.overall.band) {
        (Some(score), Some(band)) => {
            big_score(inp, &mut out, score, theme.strong());
            out.push(Line::raw(inp.tr("ui-present-out-of")).centered());
            out.push(Line::raw(""));
            // The band as a banner three rows high: the one thing the room must not misread.
            // (Band labels are words in any script, which a hand-made font cannot draw.)
            let label = truncate(
                &band.label,
                inp.width.saturating_sub(8),
                theme.symbols().ellipsis,
            );
            let blank = " ".repeat(width(&label) + 8);
            out.push(Line::styled(blank.clone(), theme.highlight()).centered());
            out.push(Line::styled(format!("    {label}    "), theme.highlight()).centered());
            out.push(Line::styled(blank, theme.highlight()).centered());
            if let Some(u) = ctx.overall.uncapped_band.as_ref().filter(|u| *u != band) {
                let text = inp.tr_args("ui-results-capped", &[("band", u.label.as_str().into())]);
                for l in wrap(&text, inp.width) {
                    out.push(Line::styled(l, theme.warn()).centered());
                }
            }
        }
        _ => out.push(Line::styled(inp.tr("ui-results-none"), theme.heading()).centered()),
    }
    let c = ctx.overall.coverage;
    let coverage = inp.tr_args(
        "ui-results-coverage",
        &[
            ("answered", c.answered.into()),
            ("applicable", c.applicable.into()),
            ("percent", i18n::fixed(c.percent, 0).into()),
        ],
    );
    for l in wrap(&coverage, inp.width) {
        out.push(Line::raw(l).centered());
    }
    if let Some(cmp) = &ctx.comparison {
        let line = since_line(inp, cmp, cmp.overall, cmp.band_change_label.as_deref());
        out.push(line.centered());
        // Another version, programme or site: the room should know before reading progress.
        if let Some(caution) = &cmp.caution {
            inp.wrapped(&mut out, caution, 0, theme.warn());
        }
    }
    if !ctx.verdict.limits.iter().any(|l| l.binding) && ctx.verdict.lift.is_none() {
        return out;
    }
    out.push(Line::raw(""));
    out.push(Line::styled(inp.tr("verdict-heading"), theme.heading()));
    let sym = theme.symbols();
    for l in ctx.verdict.limits.iter().filter(|l| l.binding) {
        inp.wrapped(
            &mut out,
            &format!("{} {}", sym.failed, l.text),
            2,
            theme.warn(),
        );
    }
    if let Some(lift) = &ctx.verdict.lift {
        inp.wrapped(&mut out, &lift.text, 2, theme.strong());
    }
    out
}

/// "▲ +12.5 since 2026-01-10 (band higher)": a score's change since the assessment
/// compared with.
pub fn since_line(
    inp: &Inputs,
    cmp: &Comparison,
    change: Change,
    band: Option<&str>,
) -> Line<'static> {
    let theme = inp.theme;
    let sym = theme.symbols();
    let when = when(cmp);
    let Some(d) = change.change else {
        let text = inp.tr_args("ui-compare-no-score", &[("when", when.into())]);
        return Line::styled(text, theme.dim());
    };
    let (arrow, style) = arrow(d, theme);
    let mut text = inp.tr_args(
        "ui-compare-since",
        &[
            ("change", signed(d, theme.ascii).into()),
            ("when", when.into()),
        ],
    );
    if let Some(band) = band {
        let band = inp.tr_args("ui-compare-band", &[("change", band.into())]);
        text = format!("{text} {} {band}", sym.sep);
    }
    Line::from(vec![
        Span::styled(format!("{arrow} "), style),
        Span::styled(text, style),
    ])
}

/// What the earlier assessment is called: its date, else its programme, else "earlier".
pub fn when(cmp: &Comparison) -> String {
    cmp.previous
        .date
        .clone()
        .or_else(|| cmp.previous.programme.clone())
        .unwrap_or_else(|| "?".to_owned())
}

/// The arrow and style of a change: up is good, down is bad.
pub fn arrow(change: f64, theme: Theme) -> (&'static str, Style) {
    let sym = theme.symbols();
    if change > 0.0 {
        (sym.up, theme.good())
    } else if change < 0.0 {
        (sym.down, theme.bad())
    } else {
        (sym.same, theme.strong())
    }
}

/// One principle: its score in big digits, its gauge and coverage, its change, and each
/// of its questions with the answer given.
fn principle(inp: &Inputs, i: usize) -> Vec<Line<'static>> {
    let (ctx, theme) = (inp.ctx, inp.theme);
    let sym = theme.symbols();
    let Some(p) = ctx.principles.get(i) else {
        return Vec::new();
    };
    let position = inp.tr_args(
        "ui-present-principle",
        &[
            ("n", (i + 1).into()),
            ("total", ctx.principles.len().into()),
        ],
    );
    let mut out = vec![Line::styled(position, theme.heading())];
    inp.wrapped(&mut out, &p.title, 0, theme.strong());
    match p.score {
        Some(score) => {
            big_score(inp, &mut out, score, theme.strong());
            let covered = inp.tr_args(
                "ui-results-covered",
                &[
                    ("answered", p.coverage.answered.into()),
                    ("applicable", p.coverage.applicable.into()),
                ],
            );
            let mut spans = bar(score / 100.0, 30.min(inp.width / 2), theme);
            spans.push(Span::raw(format!("  {covered}")));
            out.push(Line::from(spans).centered());
        }
        None => out.push(Line::styled(inp.tr("ui-results-not-scored"), theme.strong()).centered()),
    }
    if let Some(cmp) = &ctx.comparison
        && let Some(c) = cmp.principles.iter().find(|c| c.id == p.id)
    {
        out.push(since_line(inp, cmp, c.score, None).centered());
    }
    if let Some(line) = role_means(inp, &p.id) {
        out.push(line.centered());
    }
    out.push(Line::raw(""));
    let failed: Vec<&str> = ctx
        .failed_gates
        .iter()
        .filter_map(|g| g.question.as_deref())
        .collect();
    for q in ctx
        .questions
        .iter()
        .filter(|q| q.principle == p.id && !q.hidden)
    {
        let answer = q.answer.clone().unwrap_or_else(|| q.status_label.clone());
        let answer = truncate(&answer, inp.width / 3, sym.ellipsis);
        // Only the mark is coloured (with 16 colours a failure has a red background).
        let (mark, style) = if failed.contains(&q.id.as_str()) {
            (sym.failed, theme.bad())
        } else {
            (" ", Style::new())
        };
        let room = inp.width.saturating_sub(width(&answer) + 4);
        let text = truncate(&format!("{} {}", q.number, q.text), room, sym.ellipsis);
        let pad = room.saturating_sub(width(&text));
        out.push(Line::from(vec![
            Span::styled(mark, style),
            Span::raw(" "),
            Span::raw(format!("{text}{}  ", " ".repeat(pad))),
            Span::styled(answer, theme.strong()),
        ]));
    }
    out
}

/// In a workshop, how each role that voted rated the principle: "Staff 72 · Peer 48".
fn role_means(inp: &Inputs, principle: &str) -> Option<Line<'static>> {
    let w = inp.ctx.workshop.as_ref()?;
    let row = w.by_principle.iter().find(|r| r.principle == principle)?;
    let parts: Vec<String> = w
        .roles
        .iter()
        .zip(&row.means)
        .filter_map(|(role, mean)| Some(format!("{} {}", role.label, i18n::fixed((*mean)?, 0))))
        .collect();
    if parts.is_empty() {
        return None;
    }
    let sep = format!(" {} ", inp.theme.symbols().sep);
    let text = inp.tr_args("ui-present-roles", &[("means", parts.join(&sep).into())]);
    Some(Line::styled(text, inp.theme.strong()))
}

/// The gates not passed, each with the question it watches, the answer and the note; the
/// gates that changed since the assessment compared with; the first actions.
fn gates(inp: &Inputs) -> Vec<Line<'static>> {
    let (ctx, theme) = (inp.ctx, inp.theme);
    let sym = theme.symbols();
    let mut out = vec![Line::styled(inp.tr("ui-results-gates"), theme.heading())];
    if ctx.failed_gates.is_empty() {
        inp.wrapped(&mut out, &inp.tr("ui-present-no-gates"), 2, theme.good());
    }
    for g in &ctx.failed_gates {
        inp.wrapped(
            &mut out,
            &format!("{} {}", sym.failed, g.reason),
            0,
            theme.bad(),
        );
        let q = g
            .question
            .as_deref()
            .and_then(|id| ctx.questions.iter().find(|q| q.id == id));
        let (watches, answer, note) = match q {
            Some(q) => (
                format!("{} {}", q.number, q.text),
                q.answer.clone().unwrap_or_else(|| q.status_label.clone()),
                q.note.clone(),
            ),
            None => (g.watches.clone(), g.status_label.clone(), None),
        };
        inp.wrapped(&mut out, &watches, 2, Style::new());
        let answer = inp.tr_args("ui-present-answer", &[("answer", answer.into())]);
        inp.wrapped(&mut out, &answer, 2, theme.strong());
        if let Some(note) = note {
            let note = format!("{} {note}", inp.tr("ui-question-note"));
            inp.wrapped(&mut out, &note, 2, Style::new());
        }
        // Where the room's votes diverged on it, the spread and who rated it how: the
        // disagreement is itself a finding.
        let divergent = ctx.workshop.as_ref().and_then(|w| {
            let id = g.question.as_deref()?;
            w.divergent.iter().find(|d| d.question == id)
        });
        if let Some(d) = divergent {
            let args = [("spread", d.spread_text.as_str().into())];
            let text = inp.tr_args("ui-present-divergent", &args);
            inp.wrapped(&mut out, &text, 2, theme.warn());
            if let Some(roles) = &d.roles {
                inp.wrapped(&mut out, roles, 2, Style::new());
            }
        }
    }
    if let Some(cmp) = &ctx.comparison {
        out.push(Line::raw(""));
        gate_changes(inp, cmp, &mut out);
    }
    if !ctx.summary.top_actions.is_empty() {
        out.push(Line::raw(""));
        out.push(Line::styled(inp.tr("ui-results-actions"), theme.heading()));
        for a in &ctx.summary.top_actions {
            let text = format!("{}. {}", a.rank, a.recommendation);
            inp.wrapped(&mut out, &text, 2, theme.strong());
        }
    }
    out
}

/// The gates whose status changed since the assessment compared with, "before → now".
pub fn gate_changes(inp: &Inputs, cmp: &Comparison, out: &mut Vec<Line<'static>>) {
    let theme = inp.theme;
    let sym = theme.symbols();
    let when = when(cmp);
    if cmp.gates.is_empty() {
        let text = inp.tr_args("ui-compare-gates-same", &[("when", when.into())]);
        inp.wrapped(out, &text, 0, theme.strong());
        return;
    }
    let title = inp.tr_args("ui-compare-gates", &[("when", when.into())]);
    out.push(Line::styled(title, theme.heading()));
    for g in &cmp.gates {
        let (mark, style) = if g.resolved {
            (sym.up, theme.good())
        } else {
            (sym.down, theme.bad())
        };
        let to = if theme.ascii { "->" } else { "→" };
        let text = format!(
            "{mark} {}: {} {to} {}",
            g.reason, g.before_label, g.now_label
        );
        inp.wrapped(out, &text, 2, style);
    }
}

#[cfg(test)]
mod tests;
