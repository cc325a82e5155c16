//! A scrolling list of multi-line items: the answer list, the overview, the review, the
//! start screen's sessions.
//!
//! Scrolling is kept calm for slow links: the list does not move while the cursor stays in
//! view, and when the cursor leaves it, the list jumps so the cursor sits mid-way, so a run of
//! arrow keys scrolls once per half page rather than on every key. Each item's rows are
//! recorded in the view cache so a click can be mapped back to the item.
//!
//! Must not: read the wizard's state beyond the view cache it records into.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::tui::app::ViewCache;
use crate::tui::theme::Theme;

/// Draws `items` (each one or more lines) in `area`, the item `cursor` in view. One column
/// on the right is kept for the "more above/below" marks.
pub fn menu(
    frame: &mut Frame,
    area: Rect,
    items: Vec<Vec<Line<'_>>>,
    cursor: usize,
    cache: &ViewCache,
    theme: Theme,
) {
    if items.is_empty() || area.height == 0 {
        return;
    }
    let heights: Vec<usize> = items.iter().map(|i| i.len().max(1)).collect();
    let offset = scroll(
        &heights,
        cursor.min(items.len() - 1),
        cache.offset.get(),
        usize::from(area.height),
    );
    cache.offset.set(offset);
    let text_width = area.width.saturating_sub(1);
    let mut y = area.y;
    let mut shown_to = offset;
    for (i, lines) in items.into_iter().enumerate().skip(offset) {
        let rows = u16::try_from(lines.len().max(1)).unwrap_or(u16::MAX);
        let room = area.bottom() - y;
        // An item is drawn whole, unless it alone is taller than the list.
        if rows > room && i != offset {
            break;
        }
        let h = rows.min(room);
        let rect = Rect::new(area.x, y, text_width, h);
        let aligned = lines
            .iter()
            .any(|l| l.alignment.is_some_and(|a| a != Alignment::Left));
        if aligned {
            frame.render_widget(Paragraph::new(lines), rect);
        } else {
            // Each line straight into the buffer: the same cells as a `Paragraph` of
            // left-aligned, unwrapped lines, without its line composer (0.3 M of the 2.3 M
            // instructions that drawing ten saved sessions took).
            let buf = frame.buffer_mut();
            for (row, line) in (rect.y..rect.y + h).zip(&lines) {
                buf.set_line(rect.x, row, line, rect.width);
            }
        }
        cache.hits.borrow_mut().push((rect, i));
        y += h;
        shown_to = i + 1;
        if y >= area.bottom() {
            break;
        }
    }
    let sym = theme.symbols();
    let mark = |frame: &mut Frame, row: u16, text: &str| {
        let first = text.chars().next().map(String::from).unwrap_or_default();
        let rect = Rect::new(area.right() - 1, row, 1, 1);
        frame.render_widget(Paragraph::new(Span::styled(first, theme.dim())), rect);
    };
    if offset > 0 {
        mark(frame, area.y, sym.more_above);
    }
    if shown_to < heights.len() {
        mark(frame, area.bottom() - 1, sym.more_below);
    }
}

/// The first item to show so that item `cursor` is whole and in view, moving as little
/// and as rarely as possible from `previous`.
pub fn scroll(heights: &[usize], cursor: usize, previous: usize, height: usize) -> usize {
    let total: usize = heights.iter().sum();
    if total <= height {
        return 0;
    }
    let fits =
        |from: usize| from <= cursor && heights[from..=cursor].iter().sum::<usize>() <= height;
    let previous = previous.min(heights.len() - 1);
    if fits(previous) {
        return previous;
    }
    // Jump: put about half a page of items before the cursor.
    let mut from = cursor;
    let mut used = heights[cursor];
    while from > 0 && used + heights[from - 1] <= height / 2 + heights[cursor] {
        from -= 1;
        used += heights[from];
    }
    // Do not leave blank rows at the end when earlier items could fill them.
    let mut rest: usize = heights[from..].iter().sum();
    while from > 0 && rest + heights[from - 1] <= height {
        from -= 1;
        rest += heights[from];
    }
    from
}

#[cfg(test)]
mod tests {
    use super::scroll;

    #[test]
    fn the_list_stays_still_while_the_cursor_is_in_view() {
        let h = [1; 30];
        assert_eq!(scroll(&h, 5, 0, 10), 0);
        assert_eq!(scroll(&h, 9, 0, 10), 0);
        // Leaving the view jumps half a page, then stays still again.
        let o = scroll(&h, 10, 0, 10);
        assert_eq!(o, 5);
        for c in 10..=14 {
            assert_eq!(scroll(&h, c, o, 10), o);
        }
        // Going up past the top jumps back half a page.
        assert_eq!(scroll(&h, 4, 5, 10), 0);
        // The end of the list fills the view.
        assert_eq!(scroll(&h, 29, 0, 10), 20);
    }

    #[test]
    fn tall_items_are_shown_whole() {
        let h = [3, 3, 3, 3];
        assert_eq!(scroll(&h, 3, 0, 7), 2);
        assert_eq!(scroll(&h, 0, 2, 7), 0);
    }

    /// Lines written straight into the buffer give the same cells as a `Paragraph` would:
    /// styles of line and span, wide characters cut at the edge, a centred line.
    #[test]
    fn items_are_drawn_as_a_paragraph_draws_them() {
        use ratatui::Terminal;
        use ratatui::backend::TestBackend;
        use ratatui::style::{Color, Style};
        use ratatui::text::{Line, Span};
        use ratatui::widgets::Paragraph;

        use super::{Rect, menu};
        use crate::tui::app::ViewCache;
        use crate::tui::theme::Theme;

        let items = || {
            vec![
                vec![Line::from(vec![
                    Span::raw("  "),
                    Span::styled("Nova clinic", Style::new().fg(Color::Yellow)),
                ])],
                vec![
                    Line::styled("dim line", Style::new().fg(Color::DarkGray)),
                    Line::raw("综合服务准备情况评估综合服务准备"),
                ],
                vec![Line::raw("centred").centered()],
            ]
        };
        let draw = |by_menu: bool| {
            let mut t = Terminal::new(TestBackend::new(21, 6)).unwrap();
            t.draw(|f| {
                let area = Rect::new(0, 0, 21, 6);
                if by_menu {
                    menu(f, area, items(), 0, &ViewCache::default(), Theme::default());
                } else {
                    let mut y = 0;
                    for lines in items() {
                        let h = u16::try_from(lines.len()).unwrap();
                        f.render_widget(Paragraph::new(lines), Rect::new(0, y, 20, h));
                        y += h;
                    }
                }
            })
            .unwrap();
            t.backend().buffer().clone()
        };
        assert_eq!(draw(true), draw(false));
    }
}
