//! The overview: every principle with its progress, every question beneath it (answered,
//! not yet, or hidden by a condition), and for the row under the cursor what it is or why it
//! is hidden (the condition in words).
//!
//! Must not: change the state or work out visibility itself (`Doc::visible` does).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::super::app::{Doc, OverviewRow, State, overview_rows};
use super::super::widgets::{bar::bar, menu::menu, truncate, width, wrap};

pub fn render(state: &State, doc: &Doc, frame: &mut Frame, area: Rect) {
    let theme = state.ui.theme;
    let sym = theme.symbols();
    let lang = doc.lang();
    let w = usize::from(area.width).saturating_sub(1);
    let visible = doc.shown();
    let answers = doc.session.answers();
    let shown = |id: &str| visible.contains(id);
    let rows = overview_rows(&doc.fw);
    let cursor = state.ui.overview.index.min(rows.len().saturating_sub(1));
    let items: Vec<Vec<Line>> = rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let style = if i == cursor {
                theme.highlight()
            } else {
                theme.strong()
            };
            match *row {
                OverviewRow::Principle(pi) => {
                    let p = &doc.fw.principles[pi];
                    let ids: Vec<&str> = p
                        .questions
                        .iter()
                        .map(|q| q.id.as_str())
                        .filter(|id| shown(id))
                        .collect();
                    let done = ids.iter().filter(|id| answers.get(id).is_some()).count();
                    let count = format!(" {done}/{}", ids.len());
                    let title = truncate(
                        p.title.get(lang),
                        w.saturating_sub(12 + width(&count)),
                        sym.ellipsis,
                    );
                    let ratio = if ids.is_empty() {
                        1.0
                    } else {
                        done as f64 / ids.len() as f64
                    };
                    let pad = w.saturating_sub(width(&title) + 10 + width(&count));
                    let mut spans = vec![Span::styled(title, style), Span::raw(" ".repeat(pad))];
                    spans.extend(bar(ratio, 10, theme));
                    spans.push(Span::raw(count));
                    vec![Line::from(spans)]
                }
                OverviewRow::Question(pi, qi) => {
                    let q = &doc.fw.principles[pi].questions[qi];
                    let (mark, mark_style) = if !shown(&q.id) {
                        (sym.hidden, theme.dim())
                    } else if answers.get(&q.id).is_some() {
                        (sym.answered, theme.good())
                    } else {
                        (sym.unanswered, theme.strong())
                    };
                    let suffix = suffix(state, doc, &q.id, shown(&q.id));
                    let text = truncate(
                        q.text.get(lang),
                        w.saturating_sub(5 + width(&suffix.0)),
                        sym.ellipsis,
                    );
                    let style = if i == cursor {
                        theme.highlight()
                    } else if shown(&q.id) {
                        Style::new()
                    } else {
                        theme.dim()
                    };
                    vec![Line::from(vec![
                        Span::raw("  "),
                        Span::styled(mark, mark_style),
                        Span::raw(" "),
                        Span::styled(text, style),
                        Span::styled(suffix.0, suffix.1),
                    ])]
                }
            }
        })
        .collect();
    let detail = detail(state, doc, rows.get(cursor).copied(), &visible, w);
    let [list, _, info] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(u16::try_from(detail.len()).unwrap_or(0)),
    ])
    .areas(area);
    menu(frame, list, items, cursor, &state.ui.cache, theme);
    frame.render_widget(Paragraph::new(detail), info);
}

/// What follows a question's text: "(hidden)", or "[parked]" for one in the parking lot.
fn suffix(state: &State, doc: &Doc, id: &str, shown: bool) -> (String, Style) {
    if !shown {
        (
            format!(" {}", state.tr("ui-overview-hidden-mark")),
            state.ui.theme.dim(),
        )
    } else if doc.session.is_parked(id) {
        (
            format!(" {}", state.tr("ui-parked-mark")),
            state.ui.theme.warn(),
        )
    } else {
        (String::new(), Style::new())
    }
}

/// Two lines about the row under the cursor: a principle's rationale, a question's answer
/// state, or the condition that hides it. `shown` is the frame's set of the questions shown
/// ([`Doc::shown`]), worked out once for the whole frame.
fn detail(
    state: &State,
    doc: &Doc,
    row: Option<OverviewRow>,
    shown: &foldhash::HashSet<&str>,
    w: usize,
) -> Vec<Line<'static>> {
    let theme = state.ui.theme;
    if theme.present {
        return Vec::new();
    }
    let lang = doc.lang();
    let text = match row {
        Some(OverviewRow::Principle(pi)) => doc.fw.principles[pi].rationale.as_ref().map_or_else(
            || state.tr("ui-overview-principle-hint"),
            |r| r.get(lang).to_owned(),
        ),
        Some(OverviewRow::Question(pi, qi)) => {
            let q = &doc.fw.principles[pi].questions[qi];
            if shown.contains(q.id.as_str()) {
                match doc.session.answers().get(&q.id) {
                    Some(r) => state.tr_args(
                        "ui-overview-answer",
                        &[(
                            "answer",
                            crate::answers::in_words(&doc.fw, q, r, lang).into(),
                        )],
                    ),
                    None => state.tr("ui-overview-unanswered"),
                }
            } else {
                let why = q
                    .show_if
                    .as_ref()
                    .map_or_else(String::new, |c| c.describe_words(&doc.fw, doc.lang()));
                state.tr_args("ui-overview-hidden", &[("why", why.into())])
            }
        }
        None => String::new(),
    };
    let sym = theme.symbols();
    let mut lines = wrap(&text, w);
    if lines.len() > 2 {
        lines[1] = truncate(&format!("{} ", lines[1]), w, sym.ellipsis);
    }
    // Always two lines, so moving the cursor never resizes (and so redraws) the list.
    lines.resize(2, String::new());
    lines
        .into_iter()
        .map(|l| Line::styled(l, theme.dim()))
        .collect()
}
