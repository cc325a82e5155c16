//! Contrast: the WCAG 2 ratio of two colours, and the red, green and blue of the colours the
//! wizard's projector palette uses (xterm's 256 colours from 16 on, the console's VGA
//! colours), so the palette's stated ratios can be checked.
//!
//! Must not: choose colours (that is [`super::Theme`] and [`super::projector`]).

use ratatui::style::Color;

/// The red, green and blue of the standard colours as the Linux console (VGA) shows them,
/// for the 16-colour projector palette's contrast.
#[must_use]
pub fn vga_rgb(c: Color) -> Option<(u8, u8, u8)> {
    Some(match c {
        Color::Black => (0, 0, 0),
        Color::Red => (0xaa, 0, 0),
        Color::LightYellow => (0xff, 0xff, 0x55),
        Color::LightCyan => (0x55, 0xff, 0xff),
        Color::LightGreen => (0x55, 0xff, 0x55),
        Color::White => (0xff, 0xff, 0xff),
        _ => return None,
    })
}

/// The red, green and blue of an xterm 256-colour number from 16 on (the 6×6×6 cube, then
/// 24 greys); `None` for 0–15, which each terminal sets its own way.
#[must_use]
pub fn xterm_rgb(index: u8) -> Option<(u8, u8, u8)> {
    const LEVELS: [u8; 6] = [0, 95, 135, 175, 215, 255];
    match index {
        0..=15 => None,
        16..=231 => {
            let i = usize::from(index - 16);
            Some((LEVELS[i / 36], LEVELS[i / 6 % 6], LEVELS[i % 6]))
        }
        _ => {
            let g = 8 + 10 * (index - 232);
            Some((g, g, g))
        }
    }
}

/// The WCAG 2 contrast ratio (1 to 21) of two colours, when both are fixed colours
/// (`Rgb`, or `Indexed` from 16 on); named colours depend on the terminal and give `None`.
#[must_use]
pub fn contrast(a: Color, b: Color) -> Option<f64> {
    ratio(a, b, |c| match c {
        Color::Rgb(r, g, b) => Some((r, g, b)),
        Color::Indexed(i) => xterm_rgb(i),
        _ => None,
    })
}

/// [`contrast`] of two standard colours as the Linux console (VGA) shows them.
#[must_use]
pub fn contrast_vga(a: Color, b: Color) -> Option<f64> {
    ratio(a, b, vga_rgb)
}

fn ratio(a: Color, b: Color, rgb: impl Fn(Color) -> Option<(u8, u8, u8)>) -> Option<f64> {
    let luminance = |(r, g, b): (u8, u8, u8)| {
        let lin = |v: u8| {
            let s = f64::from(v) / 255.0;
            if s <= 0.040_45 {
                s / 12.92
            } else {
                ((s + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    };
    let (x, y) = (luminance(rgb(a)?), luminance(rgb(b)?));
    Some((x.max(y) + 0.05) / (x.min(y) + 0.05))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_contrast_formula_gives_the_known_ratios() {
        let black = Color::Rgb(0, 0, 0);
        let white = Color::Rgb(255, 255, 255);
        assert!((contrast(black, white).unwrap() - 21.0).abs() < 1e-9);
        assert!((contrast(white, white).unwrap() - 1.0).abs() < 1e-9);
        // WCAG's own example pair: #777777 on white is 4.48:1.
        let grey = contrast(Color::Rgb(0x77, 0x77, 0x77), white).unwrap();
        assert!((grey - 4.48).abs() < 0.01, "{grey}");
        // Terminal-themed colours have no fixed value.
        assert_eq!(contrast(Color::Yellow, black), None);
        assert_eq!(contrast(Color::Indexed(3), black), None);
    }

    #[test]
    fn xterm_numbers_map_to_the_cube_and_the_greys() {
        assert_eq!(xterm_rgb(16), Some((0, 0, 0)));
        assert_eq!(xterm_rgb(231), Some((255, 255, 255)));
        assert_eq!(xterm_rgb(226), Some((255, 255, 0)));
        assert_eq!(xterm_rgb(214), Some((255, 175, 0)));
        assert_eq!(xterm_rgb(210), Some((255, 135, 135)));
        assert_eq!(xterm_rgb(232), Some((8, 8, 8)));
        assert_eq!(xterm_rgb(255), Some((238, 238, 238)));
        assert_eq!(xterm_rgb(15), None);
    }
}
