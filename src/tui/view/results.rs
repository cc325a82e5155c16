//! The results: overall score and band (and whether gates capped it), coverage, a gauge per
//! principle, the gates not passed in plain words, and the top recommended actions. All of
//! it comes from `scoring::score`, the function `integra score` prints, so both agree.
//!
//! Must not: change the state or score anything itself.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::super::app::{Doc, State};
use super::super::compare::{self, signed};
use super::super::theme::Theme;
use super::super::widgets::{truncate, width, wrap};
use super::present;
use crate::report::ReportContext;
use crate::report::compare::Comparison;
use crate::scoring::{GateStatus, Scorecard, score};
use crate::session::earlier::Baseline;

/// How many actions the screen lists (the report has them all).
const ACTIONS: usize = 5;

/// Below this share of applicable questions answered, a score is marked as resting on
/// little (the band is shown as provisional, a principle's gauge with a warning).
pub const LOW_COVERAGE: f64 = 0.5;

pub fn render(state: &State, doc: &Doc, frame: &mut Frame, area: Rect) {
    let lines = if state.ui.theme.present {
        projected(state, doc, area)
    } else {
        lines(state, doc, usize::from(area.width))
    };
    let height = usize::from(area.height);
    if lines.len() <= height {
        state.ui.cache.offset.set(0);
        frame.render_widget(Paragraph::new(lines), area);
        return;
    }
    // One row says where the reader is and that there is more.
    let room = height.saturating_sub(1).max(1);
    let last = lines.len() - room;
    // The furthest the text can scroll, for the next update (see `ViewCache`).
    state.ui.cache.offset.set(last);
    let top = state.ui.results.index.min(last);
    let total = lines.len();
    let mut shown: Vec<Line> = lines.into_iter().skip(top).take(room).collect();
    let (ud, _) = super::arrows(state.ui.theme);
    shown.push(super::popups::scroll_hint(
        state,
        top,
        room,
        total,
        &format!("{ud} PgUp PgDn"),
    ));
    frame.render_widget(Paragraph::new(shown), area);
}

fn lines(state: &State, doc: &Doc, w: usize) -> Vec<Line<'static>> {
    let theme = state.ui.theme;
    let card = score(&doc.fw, doc.session.answers(), doc.lang());
    let baseline = state.ui.compare.as_deref();
    // The report's context, with its comparison, only when there is something to compare.
    let ctx =
        baseline.map(|b| compare::context(&doc.fw, &doc.session, &card, Some(b), state.lang()));
    let cmp = ctx.as_ref().and_then(|c| c.comparison.as_ref());
    let mut out = Out {
        lines: Vec::new(),
        w,
    };
    headline(state, &mut out, &card);
    verdict(state, &mut out, &card);
    out.lines.push(Line::raw(""));
    out.lines.push(Line::styled(
        state.tr("ui-results-principles"),
        theme.heading(),
    ));
    principles(state, &mut out, &card, cmp);
    if let (Some(ctx), Some(cmp), Some(b)) = (&ctx, cmp, baseline) {
        compared(state, &mut out, ctx, cmp, b);
    }
    gates_and_actions(state, doc, &mut out, &card);
    out.lines
}

/// Projector mode: the page showing (see `present`), and under it which page of how many
/// and the keys that step.
fn projected(state: &State, doc: &Doc, area: Rect) -> Vec<Line<'static>> {
    let lang = state.lang();
    let card = score(&doc.fw, doc.session.answers(), doc.lang());
    let base = state.ui.compare.as_deref();
    let ctx = compare::context(&doc.fw, &doc.session, &card, base, lang);
    let inp = present::Inputs {
        ctx: &ctx,
        theme: state.ui.theme,
        lang,
        width: usize::from(area.width),
    };
    let pages = present::count(&ctx);
    let n = state.ui.results_page.min(pages - 1);
    let mut lines = present::page(&inp, n);
    // The page line sits at the bottom when the page fits, under the text when it scrolls.
    let room = usize::from(area.height).saturating_sub(1);
    if lines.len() < room {
        lines.resize(room, Line::raw(""));
    }
    let (_, lr) = super::arrows(state.ui.theme);
    let args = [
        ("n", (n + 1).into()),
        ("total", pages.into()),
        ("keys", lr.into()),
    ];
    let page = state.tr_args("ui-present-page", &args);
    lines.push(Line::styled(page, state.ui.theme.key()).centered());
    lines
}

/// What changed since the assessment compared with: a caution when the two differ in
/// version, programme or site, answers left out, the overall change and the gates whose
/// status changed.
fn compared(state: &State, out: &mut Out, ctx: &ReportContext, cmp: &Comparison, b: &Baseline) {
    let theme = state.ui.theme;
    let inp = present::Inputs {
        ctx,
        theme,
        lang: state.lang(),
        width: out.w,
    };
    out.lines.push(Line::raw(""));
    let when = present::when(cmp);
    out.lines.push(Line::styled(
        state.tr_args("ui-compare-heading", &[("when", when.into())]),
        theme.heading(),
    ));
    if let Some(caution) = &cmp.caution {
        out.wrapped(caution, 2, theme.warn());
    }
    if b.dropped > 0 {
        let text = state.tr_args("ui-compare-dropped", &[("count", b.dropped.into())]);
        out.wrapped(&text, 2, theme.warn());
    }
    let line = present::since_line(&inp, cmp, cmp.overall, cmp.band_change_label.as_deref());
    let mut spans = vec![Span::raw("  ")];
    spans.extend(line.spans);
    out.lines.push(Line::from(spans));
    present::gate_changes(&inp, cmp, &mut out.lines);
}

/// Lines being built, wrapped to a width.
struct Out {
    lines: Vec<Line<'static>>,
    w: usize,
}

impl Out {
    fn wrapped(&mut self, text: &str, indent: usize, style: Style) {
        for l in wrap(text, self.w.saturating_sub(indent)) {
            self.lines
                .push(Line::styled(format!("{}{l}", " ".repeat(indent)), style));
        }
    }
}

/// Score, band (and what capped it), advice and coverage.
fn headline(state: &State, out: &mut Out, card: &Scorecard) {
    let theme = state.ui.theme;
    match (card.overall.score, &card.overall.band) {
        (Some(s), Some(band)) => {
            out.lines.push(Line::from(vec![
                Span::styled(
                    format!("{} ", state.tr("ui-results-overall")),
                    theme.heading(),
                ),
                Span::styled(
                    format!("{} / 100", crate::i18n::fixed(s, 1)),
                    theme.strong(),
                ),
            ]));
            out.wrapped(&band.label, 0, theme.strong());
            if let Some(u) = card.overall.uncapped_band.as_ref().filter(|u| *u != band) {
                let text = state.tr_args("ui-results-capped", &[("band", u.label.as_str().into())]);
                out.wrapped(&text, 0, theme.warn());
            }
            if let Some(advice) = band.advice.as_ref().filter(|_| !theme.present) {
                out.wrapped(advice, 0, theme.dim());
            }
        }
        _ => out
            .lines
            .push(Line::styled(state.tr("ui-results-none"), theme.heading())),
    }
    let c = card.overall.coverage;
    out.lines.push(Line::raw(state.tr_args(
        "ui-results-coverage",
        &[
            ("answered", c.answered.into()),
            ("applicable", c.applicable.into()),
            ("percent", crate::i18n::fixed(c.ratio * 100.0, 0).into()),
        ],
    )));
    // A band reached on few answers is a guess: say so where the band is read.
    if card.overall.band.is_some() && c.ratio < LOW_COVERAGE {
        let text = state.tr_args(
            "ui-results-provisional",
            &[("percent", crate::i18n::fixed(c.ratio * 100.0, 0).into())],
        );
        out.wrapped(&format!("{} {text}", theme.symbols().low), 0, theme.warn());
    }
}

/// A gauge per principle, with its score and coverage, and its change when comparing.
fn principles(state: &State, out: &mut Out, card: &Scorecard, cmp: Option<&Comparison>) {
    let theme = state.ui.theme;
    let sym = theme.symbols();
    // The change takes its columns from the title.
    let change_w = if cmp.is_some() { CHANGE_W } else { 0 };
    let title_w = out.w.saturating_sub(40 + change_w).min(40);
    let mut unsure = false;
    for p in &card.principles {
        let title = truncate(&p.title, title_w, sym.ellipsis);
        let pad = title_w.saturating_sub(width(&title));
        let mut spans = vec![Span::raw(format!("  {title}{} ", " ".repeat(pad)))];
        let c = p.coverage;
        if let Some(score) = p.score {
            spans.extend(gauge(score / 100.0, c.ratio, 12, theme));
            spans.push(Span::styled(format!(" {score:5.1}"), theme.strong()));
            unsure |= c.ratio < 1.0 && score > 0.0;
        } else {
            let text = state.tr("ui-results-not-scored");
            let pad = 18usize.saturating_sub(width(&text));
            spans.push(Span::styled(
                format!("{text}{}", " ".repeat(pad)),
                theme.dim(),
            ));
        }
        // Coverage beside every score: how many of its questions the score rests on.
        let covered = state.tr_args(
            "ui-results-covered",
            &[
                ("answered", c.answered.into()),
                ("applicable", c.applicable.into()),
                ("percent", crate::i18n::fixed(c.ratio * 100.0, 0).into()),
            ],
        );
        if let Some(cmp) = cmp {
            spans.push(change(cmp, &p.id, theme));
        }
        if c.applicable == 0 {
            out.lines.push(Line::from(spans));
            continue;
        }
        let low = p.score.is_some() && c.ratio < LOW_COVERAGE;
        spans.push(Span::styled(
            format!("  {covered}"),
            if low { theme.warn() } else { theme.dim() },
        ));
        if low {
            spans.push(Span::styled(format!(" {}", sym.low), theme.warn()));
        }
        out.lines.push(Line::from(spans));
    }
    if unsure {
        let legend = state.tr_args("ui-results-unsure", &[("mark", sym.bar_unsure.into())]);
        out.wrapped(&legend, 2, theme.dim());
    }
}

/// Columns of a principle's change: " ▼ −100.0".
const CHANGE_W: usize = 9;

/// A principle's change since the assessment compared with, in [`CHANGE_W`] columns:
/// arrow and signed points, or blank when either has no score.
fn change(cmp: &Comparison, id: &str, theme: Theme) -> Span<'static> {
    let Some(d) = cmp
        .principles
        .iter()
        .find(|c| c.id == id)
        .and_then(|c| c.score.change)
    else {
        return Span::raw(" ".repeat(CHANGE_W));
    };
    let (arrow, style) = present::arrow(d, theme);
    let text = format!(" {arrow} {}", signed(d, theme.ascii));
    let pad = CHANGE_W.saturating_sub(width(&text));
    Span::styled(format!("{text}{}", " ".repeat(pad)), style)
}

/// A principle's gauge: the score's share of `cells`, of which only the part its answers
/// cover is drawn full; the rest of the score (resting on questions not answered, or
/// answered "don't know") is drawn as unsure, so half the questions answered well never
/// looks like a full bar.
fn gauge(score: f64, coverage: f64, cells: usize, theme: Theme) -> Vec<Span<'static>> {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let cells_of = |r: f64| ((r.clamp(0.0, 1.0) * cells as f64).round() as usize).min(cells);
    let sure = cells_of(score * coverage);
    let unsure = cells_of(score).saturating_sub(sure);
    let sym = theme.symbols();
    vec![
        Span::styled(sym.bar_full.repeat(sure), theme.good()),
        Span::styled(sym.bar_unsure.repeat(unsure), theme.warn()),
        Span::styled(sym.bar_empty.repeat(cells - sure - unsure), theme.dim()),
    ]
}

/// Gates not passed, in plain words, and the top actions by points at stake.
fn gates_and_actions(state: &State, doc: &Doc, out: &mut Out, card: &Scorecard) {
    let theme = state.ui.theme;
    let sym = theme.symbols();
    let failed: Vec<_> = card.gates.iter().filter(|g| !g.passed).collect();
    if !failed.is_empty() {
        out.lines.push(Line::raw(""));
        out.lines
            .push(Line::styled(state.tr("ui-results-gates"), theme.heading()));
        for g in failed {
            let note = if g.status == GateStatus::NotAssessed {
                format!(" {}", state.tr("ui-results-not-assessed"))
            } else {
                String::new()
            };
            out.wrapped(
                &format!("{} {}{note}", sym.failed, g.reason),
                2,
                theme.bad(),
            );
        }
    }
    if !card.actions.is_empty() {
        out.lines.push(Line::raw(""));
        out.lines.push(Line::styled(
            state.tr("ui-results-actions"),
            theme.heading(),
        ));
        for (i, a) in card.actions.iter().take(ACTIONS).enumerate() {
            let points = if theme.present {
                String::new()
            } else {
                let points = crate::i18n::fixed(a.priority, 1);
                format!(
                    " {}",
                    state.tr_args("ui-results-points", &[("points", points.into())])
                )
            };
            let action = crate::report::verdict::action_text(a, state.lang());
            let text = format!("{}. {action}{points}", i + 1);
            // The action under the cursor (`t` edits its owner and due date) is marked.
            let last = card.actions.len().min(ACTIONS).saturating_sub(1);
            let here = !theme.present && i == state.ui.action.min(last);
            let first = out.lines.len();
            out.wrapped(&text, 2, theme.strong());
            if here && let Some(l) = out.lines.get_mut(first) {
                if let Some(s) = l.spans.first_mut() {
                    s.content = s.content.replacen("  ", "> ", 1).into();
                }
                l.spans.iter_mut().for_each(|s| s.style = theme.highlight());
            }
            if let Some(plan) = doc_plan(state, doc, &a.question) {
                out.wrapped(&plan, 5, theme.dim());
            }
        }
    }
}

/// "Owner: MK · due 2027-01-31" for an action that has either, in the wizard's language.
fn doc_plan(state: &State, doc: &Doc, question: &str) -> Option<String> {
    let plan = doc.session.action_plan(question)?;
    let none = || state.tr("ui-action-none");
    let args = [
        ("owner", plan.owner.clone().unwrap_or_else(none).into()),
        ("due", plan.due.clone().unwrap_or_else(none).into()),
    ];
    Some(state.tr_args("ui-results-action-plan", &args))
}

/// What holds the band down (the binding limits) and what would lift it, in the words every
/// report uses (`report::verdict`).
fn verdict(state: &State, out: &mut Out, card: &Scorecard) {
    let theme = state.ui.theme;
    let Some(lift) = &card.verdict.lift else {
        return;
    };
    let lang = state.lang();
    out.lines.push(Line::raw(""));
    out.lines
        .push(Line::styled(state.tr("verdict-heading"), theme.heading()));
    for l in card.verdict.limits.iter().filter(|l| l.binding) {
        let text = crate::report::verdict::limit_text(card, l, lang);
        out.wrapped(
            &format!("{} {text}", theme.symbols().failed),
            2,
            theme.warn(),
        );
    }
    let text = crate::report::verdict::lift_text(card, lift, lang);
    out.wrapped(&text, 2, theme.strong());
}
