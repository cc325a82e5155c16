//! Draws a [`TextInput`] as a multi-line editor: hard-wrapped at the width so the cursor's
//! place is exact, scrolled to keep the cursor in view, with the terminal cursor on it.
//!
//! Must not: change the text it draws.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::tui::input::TextInput;

/// Renders `input` in `area` and places the terminal's cursor.
pub fn editor(frame: &mut Frame, area: Rect, input: &TextInput) {
    let w = usize::from(area.width.max(1));
    let (line, col) = input.cursor_line_col();
    let mut rows: Vec<String> = Vec::new();
    let mut cursor_row = 0;
    for (i, text) in input.as_str().split('\n').enumerate() {
        let chars: Vec<char> = text.chars().collect();
        if i == line {
            cursor_row = rows.len() + col / w;
        }
        if chars.is_empty() {
            rows.push(String::new());
        }
        rows.extend(chars.chunks(w).map(|c| c.iter().collect::<String>()));
        // A cursor just past a full row sits at the start of the next one.
        if i == line && col > 0 && col % w == 0 && col == chars.len() {
            rows.push(String::new());
        }
    }
    let height = usize::from(area.height.max(1));
    let top = (cursor_row + 1).saturating_sub(height);
    let lines: Vec<Line> = rows
        .into_iter()
        .skip(top)
        .take(height)
        .map(Line::raw)
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
    let x = u16::try_from(col % w).unwrap_or(0);
    let y = u16::try_from(cursor_row - top).unwrap_or(0);
    frame.set_cursor_position(Position::new(area.x + x, area.y + y));
}
