//! A bordered window centred over the screen, with the screen beneath cleared.
//!
//! Must not: read the wizard's state.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear};

use crate::tui::theme::Theme;

/// Clears a centred `width`×`height` window (clamped to `outer`), draws its border and
/// title, and returns the inside.
pub fn window(
    frame: &mut Frame,
    outer: Rect,
    width: u16,
    height: u16,
    title: &str,
    theme: Theme,
) -> Rect {
    let w = width.min(outer.width);
    let h = height.min(outer.height);
    let area = Rect {
        x: outer.x + (outer.width - w) / 2,
        y: outer.y + (outer.height - h) / 2,
        width: w,
        height: h,
    };
    frame.render_widget(Clear, area);
    // The cleared cells take the theme's own background again (the projector paints one).
    let block = Block::new()
        .style(theme.base())
        .borders(Borders::ALL)
        .border_set(theme.border())
        .title(Line::styled(format!(" {title} "), theme.heading()));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    inner
}
