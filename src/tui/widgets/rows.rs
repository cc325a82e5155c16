//! Vertical splits of fixed rows around one flexible part, worked out directly.
//!
//! ratatui's `Layout` hands every split to a constraint solver (kasuari): on the first frame
//! the wizard's two splits (header, body, footer; then the start screen's title, list and
//! notes) cost 1.5 M instructions, a quarter of everything up to that frame
//! (docs/performance.md, "Fifth pass"). When the area holds every fixed row, the answer
//! needs no solver: the fixed rows get their height and the one `Fill` the rest. Any other
//! case (too little room, other constraints) goes to `Layout` itself, so the result is
//! `Layout`'s in every case; the tests compare the two.
//!
//! Must not: read the wizard's state.

use ratatui::layout::{Constraint, Layout, Rect};

/// `Layout::vertical(constraints).areas(area)`, without the solver when `constraints` are
/// `Length`s and exactly one `Fill` and the area is tall enough for the `Length`s.
pub fn rows<const N: usize>(area: Rect, constraints: [Constraint; N]) -> [Rect; N] {
    direct(area, &constraints).unwrap_or_else(|| Layout::vertical(constraints).areas(area))
}

/// The split worked out directly, or `None` when it is the solver's to make.
fn direct<const N: usize>(area: Rect, constraints: &[Constraint; N]) -> Option<[Rect; N]> {
    let mut fixed: u16 = 0;
    let mut fills = 0;
    for c in constraints {
        match c {
            Constraint::Length(n) => fixed = fixed.checked_add(*n)?,
            Constraint::Fill(_) => fills += 1,
            _ => return None,
        }
    }
    if fills != 1 || fixed > area.height {
        return None;
    }
    let fill = area.height - fixed;
    let mut y = area.y;
    Some(constraints.map(|c| {
        let height = match c {
            Constraint::Length(n) => n,
            _ => fill,
        };
        let rect = Rect::new(area.x, y, area.width, height);
        y += height;
        rect
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Constraint::{Fill, Length, Min, Percentage};

    fn solver<const N: usize>(area: Rect, constraints: [Constraint; N]) -> [Rect; N] {
        Layout::vertical(constraints).areas(area)
    }

    /// Every height from nothing to well past a screen, at an offset, for each shape the
    /// wizard uses: the same rectangles as the solver's.
    #[test]
    fn same_as_the_solver() {
        for h in 0..=60 {
            let area = Rect::new(3, 2, 76, h);
            assert_eq!(
                rows(area, [Length(1), Fill(1), Length(1)]),
                solver(area, [Length(1), Fill(1), Length(1)]),
                "h {h}"
            );
            assert_eq!(
                rows(area, [Length(2), Fill(1), Length(3)]),
                solver(area, [Length(2), Fill(1), Length(3)]),
                "h {h}"
            );
            assert_eq!(
                rows(area, [Length(2), Fill(1), Length(0)]),
                solver(area, [Length(2), Fill(1), Length(0)]),
                "h {h}"
            );
            assert_eq!(
                rows(area, [Length(4), Length(1), Fill(1), Length(2)]),
                solver(area, [Length(4), Length(1), Fill(1), Length(2)]),
                "h {h}"
            );
            assert_eq!(
                rows(area, [Fill(1), Length(1), Length(5)]),
                solver(area, [Fill(1), Length(1), Length(5)]),
                "h {h}"
            );
        }
    }

    #[test]
    fn worked_out_directly_only_when_it_is_simple() {
        let area = Rect::new(0, 0, 80, 24);
        assert_eq!(
            direct(area, &[Length(1), Fill(1), Length(1)]),
            Some([
                Rect::new(0, 0, 80, 1),
                Rect::new(0, 1, 80, 22),
                Rect::new(0, 23, 80, 1)
            ])
        );
        // Too short for the fixed rows, two fills, or another kind of constraint: the solver.
        assert_eq!(
            direct(Rect::new(0, 0, 80, 1), &[Length(1), Fill(1), Length(1)]),
            None
        );
        assert_eq!(direct(area, &[Fill(1), Fill(1)]), None);
        assert_eq!(direct(area, &[Length(1), Min(3), Fill(1)]), None);
        assert_eq!(direct(area, &[Percentage(50), Fill(1)]), None);
        // Which still gives the solver's answer.
        let short = Rect::new(0, 0, 80, 1);
        assert_eq!(
            rows(short, [Length(1), Fill(1), Length(1)]),
            solver(short, [Length(1), Fill(1), Length(1)])
        );
    }
}
