//! Text progress bars and gauges (`████░░░░` or `####....`), so they read the same with and
//! without colour and in ASCII.
//!
//! Must not: read the wizard's state.

use ratatui::text::Span;

use crate::tui::theme::Theme;

/// A bar of `cells` cells, `ratio` (0..=1) of them filled.
pub fn bar(ratio: f64, cells: usize, theme: Theme) -> Vec<Span<'static>> {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let filled = ((ratio.clamp(0.0, 1.0) * cells as f64).round() as usize).min(cells);
    let sym = theme.symbols();
    vec![
        Span::styled(sym.bar_full.repeat(filled), theme.good()),
        Span::styled(sym.bar_empty.repeat(cells - filled), theme.dim()),
    ]
}
