//! The results: overall score and band (and whether gates capped it), coverage, a gauge per
//! principle, the gates not passed in plain words, and the top recommended actions. All of
//! it comes from `scoring::score`, the function `integra score` prints, so both agree.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::super::app::State;
use super::super::widgets::{bar::bar, truncate, width, wrap};
use crate::scoring::{GateStatus, Scorecard, score};

/// How many actions the screen lists (the report has them all).
const ACTIONS: usize = 5;

pub fn render(state: &State, frame: &mut Frame, area: Rect) {
    let lines = lines(state, usize::from(area.width));
    let height = usize::from(area.height);
    let last = lines.len().saturating_sub(height);
    // The furthest the text can scroll, for the next update (see `ViewCache`).
    state.cache.offset.set(last);
    let top = state.results.index.min(last);
    let shown: Vec<Line> = lines.into_iter().skip(top).take(height).collect();
    frame.render_widget(Paragraph::new(shown), area);
}

fn lines(state: &State, w: usize) -> Vec<Line<'static>> {
    let Some(doc) = &state.doc else {
        return Vec::new();
    };
    let theme = state.theme;
    let card = score(&doc.fw, doc.session.answers(), doc.lang());
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
    principles(state, &mut out, &card);
    gates_and_actions(state, &mut out, &card);
    out.lines
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
    let theme = state.theme;
    match (card.overall.score, &card.overall.band) {
        (Some(s), Some(band)) => {
            out.lines.push(Line::from(vec![
                Span::styled(
                    format!("{} ", state.tr("ui-results-overall")),
                    theme.heading(),
                ),
                Span::styled(format!("{s:.1} / 100"), theme.strong()),
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
            ("percent", format!("{:.0}", c.ratio * 100.0).into()),
        ],
    )));
}

/// A gauge per principle, with its score and coverage.
fn principles(state: &State, out: &mut Out, card: &Scorecard) {
    let theme = state.theme;
    let sym = theme.symbols();
    let title_w = out.w.saturating_sub(30).min(40);
    for p in &card.principles {
        let title = truncate(&p.title, title_w, sym.ellipsis);
        let pad = title_w.saturating_sub(width(&title));
        let mut spans = vec![Span::raw(format!("  {title}{} ", " ".repeat(pad)))];
        if let Some(score) = p.score {
            spans.extend(bar(score / 100.0, 12, theme));
            spans.push(Span::styled(format!(" {score:5.1}"), theme.strong()));
        } else {
            let text = state.tr("ui-results-not-scored");
            let pad = 18usize.saturating_sub(width(&text));
            spans.push(Span::styled(
                format!("{text}{}", " ".repeat(pad)),
                theme.dim(),
            ));
        }
        spans.push(Span::styled(
            format!("  {}/{}", p.coverage.answered, p.coverage.applicable),
            theme.dim(),
        ));
        out.lines.push(Line::from(spans));
    }
}

/// Gates not passed, in plain words, and the top actions by points at stake.
fn gates_and_actions(state: &State, out: &mut Out, card: &Scorecard) {
    let theme = state.theme;
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
                let points = format!("{:.1}", a.priority);
                format!(
                    " {}",
                    state.tr_args("ui-results-points", &[("points", points.into())])
                )
            };
            let action = crate::report::verdict::action_text(a, state.lang());
            let text = format!("{}. {action}{points}", i + 1);
            out.wrapped(&text, 2, theme.strong());
        }
    }
}

/// What holds the band down (the binding limits) and what would lift it, in the words every
/// report uses (`report::verdict`).
fn verdict(state: &State, out: &mut Out, card: &Scorecard) {
    let theme = state.theme;
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
