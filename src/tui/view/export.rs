//! The export screen: tick the report formats, write them with the session file, and see
//! every path written.
//!
//! Must not: change the state or write files.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::heading;
use crate::tui::app::{Doc, State};
use crate::tui::export::reports_dir;
use crate::tui::widgets::{menu::menu, wrap};

pub fn render(state: &State, doc: &Doc, frame: &mut Frame, area: Rect) {
    let theme = state.ui.theme;
    let sym = theme.symbols();
    let w = usize::from(area.width);
    let ex = &state.ui.export;
    let dir = reports_dir(&doc.session.path);
    let mut top = vec![heading(&state.tr("ui-export-title"), theme)];
    let where_to = state.tr_args(
        "ui-export-dir",
        &[("dir", dir.display().to_string().into())],
    );
    for l in wrap(&where_to, w) {
        top.push(Line::styled(l, theme.dim()));
    }
    let label = |i: usize, text: String| {
        let style = if ex.cursor == i {
            theme.highlight()
        } else {
            theme.strong()
        };
        Span::styled(text, style)
    };
    let mut items: Vec<Vec<Line>> = ex
        .formats
        .iter()
        .enumerate()
        .map(|(i, (f, on))| {
            let mark = if *on { sym.check_on } else { sym.check_off };
            vec![Line::from(vec![
                Span::raw(format!("  {mark} ")),
                label(i, state.tr(&format!("ui-format-{}", f.format.extension()))),
            ])]
        })
        .collect();
    let n = ex.formats.len();
    let check = |on: bool| if on { sym.check_on } else { sym.check_off };
    items.push(vec![
        Line::raw(""),
        Line::from(vec![
            Span::raw(format!("  {} ", check(ex.short))),
            label(n, state.tr("ui-export-short")),
        ]),
    ]);
    items.push(vec![Line::from(vec![
        Span::raw(format!("  {} ", check(ex.anonymous))),
        label(n + 1, state.tr("ui-export-anonymous")),
    ])]);
    items.push(vec![
        Line::raw(""),
        Line::from(vec![
            Span::raw("  "),
            label(n + 2, state.tr("ui-export-write")),
        ]),
    ]);
    let mut bottom = Vec::new();
    if let Some(e) = &ex.error {
        for l in wrap(&format!("{} {e}", sym.failed), w) {
            bottom.push(Line::styled(l, theme.bad()));
        }
    } else if !ex.written.is_empty() {
        bottom.push(Line::styled(state.tr("ui-export-written"), theme.good()));
        // Paths are wrapped, not cut: the file name at the end is what people need.
        for p in &ex.written {
            for l in wrap(&p.display().to_string(), w - 2) {
                bottom.push(Line::raw(format!("  {l}")));
            }
        }
    }
    let [head, _, list, foot] = Layout::vertical([
        Constraint::Length(u16::try_from(top.len()).unwrap_or(0)),
        Constraint::Length(1),
        Constraint::Length(u16::try_from(ex.formats.len() + 5).unwrap_or(0)),
        Constraint::Fill(1),
    ])
    .areas(area);
    frame.render_widget(Paragraph::new(top), head);
    menu(frame, list, items, ex.cursor, &state.ui.cache, theme);
    let foot = Rect {
        y: foot.y + 1,
        height: foot.height.saturating_sub(1),
        ..foot
    };
    written_list(state, frame, foot, bottom);
}

/// The files written, or why not, below the list. A long list scrolls (PgUp/PgDn), its
/// last row saying where it is.
fn written_list(state: &State, frame: &mut Frame, foot: Rect, bottom: Vec<Line<'static>>) {
    let ex = &state.ui.export;
    let room = usize::from(foot.height);
    if bottom.len() > room && room > 1 {
        let shown = room - 1;
        let max = bottom.len() - shown;
        state.ui.cache.scroll_max.set(max);
        let top = ex.scroll.min(max);
        let total = bottom.len();
        let mut lines: Vec<Line> = bottom.into_iter().skip(top).take(shown).collect();
        lines.push(super::popups::scroll_hint(
            state,
            top,
            shown,
            total,
            "PgUp PgDn",
        ));
        frame.render_widget(Paragraph::new(lines), foot);
    } else {
        state.ui.cache.scroll_max.set(0);
        frame.render_widget(Paragraph::new(bottom), foot);
    }
}
