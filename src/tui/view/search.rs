//! The search line (`/`): a window with the words typed, how many questions match, and the
//! matches (principle, then the question), the one Enter goes to highlighted.
//!
//! Must not: change the state.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::tui::app::{Doc, State, ViewCache};
use crate::tui::input::TextInput;
use crate::tui::search::find;
use crate::tui::widgets::{menu::menu, popup::window, truncate, width};

pub fn render(
    state: &State,
    doc: &Doc,
    input: &TextInput,
    cursor: usize,
    frame: &mut Frame,
    area: Rect,
) {
    let theme = state.ui.theme;
    let lang = doc.lang();
    let found = find(doc, input.as_str());
    // As tall as the matches need (at least one row), and never more than the screen.
    let rows = u16::try_from(found.len().max(1)).unwrap_or(u16::MAX);
    let height = rows.saturating_add(5).min(area.height.saturating_sub(4));
    let inner = window(frame, area, 76, height, &state.tr("ui-search-title"), theme);
    let [line, count, _, list] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(inner);
    let prompt = "/ ";
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(prompt, theme.key()),
            Span::styled(input.as_str().to_owned(), theme.strong()),
        ])),
        line,
    );
    let before: String = input.as_str().chars().take(input.cursor()).collect();
    let col = line.x + u16::try_from(width(prompt) + width(&before)).unwrap_or(u16::MAX);
    frame.set_cursor_position(Position::new(col.min(line.right()), line.y));
    let said = if input.as_str().trim().is_empty() {
        state.tr("ui-search-hint")
    } else {
        state.tr_args("ui-search-count", &[("n", found.len().into())])
    };
    frame.render_widget(Paragraph::new(Span::styled(said, theme.dim())), count);
    let w = usize::from(list.width);
    let sym = theme.symbols();
    let items: Vec<Vec<Line>> = found
        .iter()
        .enumerate()
        .filter_map(|(i, id)| {
            let q = doc.fw.question(id)?;
            let p = doc.fw.principle_of(&q.id)?;
            let head = truncate(p.title.get(lang), 24.min(w / 3), sym.ellipsis);
            let text = truncate(
                q.text.get(lang),
                w.saturating_sub(width(&head) + 3),
                sym.ellipsis,
            );
            let style = if i == cursor {
                theme.highlight()
            } else {
                theme.strong()
            };
            Some(vec![Line::from(vec![
                Span::styled(format!(" {head}"), theme.dim()),
                Span::raw(format!(" {} ", sym.sep)),
                Span::styled(text, style),
            ])])
        })
        .collect();
    // Its own scroll: the cache's offset is the screen's beneath it.
    menu(frame, list, items, cursor, &ViewCache::default(), theme);
}
