//! The review: every question shown, with its answer, unanswered ones and low scores marked,
//! so a team can check the whole picture before the results. Enter edits the row.
//!
//! Must not: change the state.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::super::app::{Doc, State};
use super::super::widgets::{menu::menu, truncate, width};
use crate::answers::in_words;
use crate::scoring::question_score;

/// A question scoring below this share of its points is marked low.
const LOW: f64 = 0.5;

pub fn render(state: &State, doc: &Doc, frame: &mut Frame, area: Rect) {
    let theme = state.ui.theme;
    let sym = theme.symbols();
    let lang = doc.lang();
    let w = usize::from(area.width).saturating_sub(1);
    let answer_w = (w / 3).min(30);
    let question_w = w.saturating_sub(answer_w + 5);
    let visible = doc.visible();
    let answers = doc.session.answers();
    let cursor = state.ui.review.index.min(visible.len().saturating_sub(1));
    let (mut unanswered, mut low) = (0usize, 0usize);
    let items: Vec<Vec<Line>> = visible
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let answer = answers.get(&q.id);
            let score = question_score(q, answer, true).score;
            let (mark, mark_style) = match (answer, score) {
                (None, _) => {
                    unanswered += 1;
                    (sym.unanswered, theme.warn())
                }
                (_, Some(s)) if s < LOW => {
                    low += 1;
                    (sym.low, theme.bad())
                }
                _ => (sym.answered, theme.good()),
            };
            let text = truncate(q.text.get(lang), question_w, sym.ellipsis);
            let pad = question_w.saturating_sub(width(&text));
            let parked = doc
                .session
                .is_parked(&q.id)
                .then(|| format!("{} ", state.tr("ui-parked-mark")));
            let said = answer.map_or_else(
                || state.tr("ui-review-not-answered"),
                // One line per row: a multi-line text answer is shown run together.
                |r| {
                    in_words(&doc.fw, q, r, lang)
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                },
            );
            let style = if i == cursor {
                theme.highlight()
            } else {
                Style::new()
            };
            vec![Line::from(vec![
                Span::styled(format!(" {mark} "), mark_style),
                Span::styled(text, style),
                Span::raw(" ".repeat(pad + 1)),
                Span::styled(parked.clone().unwrap_or_default(), theme.warn()),
                Span::styled(
                    truncate(
                        &said,
                        answer_w.saturating_sub(parked.as_deref().map_or(0, width)),
                        sym.ellipsis,
                    ),
                    if answer.is_some() {
                        theme.strong()
                    } else {
                        theme.dim()
                    },
                ),
            ])]
        })
        .collect();
    let [head, list, _, legend] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let question = state.tr("ui-review-question");
    let header = format!(
        "   {question}{}  {}",
        " ".repeat(question_w.saturating_sub(width(&question))),
        state.tr("ui-review-answer")
    );
    frame.render_widget(Paragraph::new(Line::styled(header, theme.heading())), head);
    menu(frame, list, items, cursor, &state.ui.cache, theme);
    let summary = state.tr_args(
        "ui-review-summary",
        &[
            ("answered", (visible.len() - unanswered).into()),
            ("total", visible.len().into()),
            ("sep", sym.sep.into()),
            ("unanswered", unanswered.into()),
            ("mark", sym.unanswered.into()),
            ("low", low.into()),
            ("lowmark", sym.low.into()),
        ],
    );
    frame.render_widget(Paragraph::new(Line::styled(summary, theme.dim())), legend);
}
