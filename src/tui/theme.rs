//! How the wizard looks: styles and symbols for colour or `NO_COLOR`, Unicode or `--ascii`,
//! and the projector ("present") mode.
//!
//! Every style is a function of these switches so that a screen never picks colours itself.
//! Without colour, emphasis is carried by bold, reverse video and underline, which every
//! terminal shows. The present mode drops dim text (unreadable on a projector) and spaces
//! things out; views also show fewer words in it.
//!
//! In present mode with colour, the wizard paints its own background and uses the
//! [`projector`] palette, so that the contrast of every pair of colours is known rather than
//! left to the terminal's theme (yellow text on a light terminal is unreadable, and a
//! projector washes out whatever contrast there is). The ratios are in [`projector`] and in
//! docs/workshop.md, and a test checks each with the arithmetic in `contrast`.
//!
//! Must not: read the wizard's state or the environment (the caller decides the switches).

use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::border;

mod contrast;

pub use contrast::{contrast, contrast_vga, vga_rgb, xterm_rgb};

/// The switches the look depends on.
// Independent switches from the command line and the environment, not a state machine.
#[allow(clippy::struct_excessive_bools)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Theme {
    /// Colours allowed (false when `NO_COLOR` is set).
    pub color: bool,
    /// Only ASCII characters (for terminals or fonts without box drawing).
    pub ascii: bool,
    /// Projector mode: high contrast, larger spacing, fewer words.
    pub present: bool,
    /// The terminal shows the 16 standard colours only (the projector palette then uses
    /// the bright ones).
    pub ansi16: bool,
}

/// Characters used to draw marks and bars.
#[derive(Debug, Clone, Copy)]
pub struct Symbols {
    pub radio_on: &'static str,
    pub radio_off: &'static str,
    pub check_on: &'static str,
    pub check_off: &'static str,
    pub bar_full: &'static str,
    pub bar_empty: &'static str,
    /// Part of a score resting on questions not answered.
    pub bar_unsure: &'static str,
    pub answered: &'static str,
    pub unanswered: &'static str,
    pub hidden: &'static str,
    pub low: &'static str,
    pub sep: &'static str,
    pub more_above: &'static str,
    pub more_below: &'static str,
    pub ellipsis: &'static str,
    pub failed: &'static str,
    /// A score or band that rose, fell or stayed since the assessment compared with.
    pub up: &'static str,
    pub down: &'static str,
    pub same: &'static str,
}

const UNICODE: Symbols = Symbols {
    radio_on: "(●)",
    radio_off: "( )",
    check_on: "[x]",
    check_off: "[ ]",
    bar_full: "█",
    bar_empty: "░",
    bar_unsure: "▒",
    answered: "✓",
    unanswered: "·",
    hidden: "–",
    low: "!",
    sep: "·",
    more_above: "▲ more",
    more_below: "▼ more",
    ellipsis: "…",
    failed: "✗",
    up: "▲",
    down: "▼",
    same: "=",
};

const ASCII: Symbols = Symbols {
    radio_on: "(*)",
    radio_off: "( )",
    check_on: "[x]",
    check_off: "[ ]",
    bar_full: "#",
    bar_empty: ".",
    bar_unsure: "?",
    answered: "+",
    unanswered: "-",
    hidden: "~",
    low: "!",
    sep: "-",
    more_above: "^ more",
    more_below: "v more",
    ellipsis: "...",
    failed: "x",
    up: "^",
    down: "v",
    same: "=",
};

/// Box drawing with `+`, `-` and `|` only.
const ASCII_BORDER: border::Set = border::Set {
    top_left: "+",
    top_right: "+",
    bottom_left: "+",
    bottom_right: "+",
    vertical_left: "|",
    vertical_right: "|",
    horizontal_top: "-",
    horizontal_bottom: "-",
};

/// The projector palette. Each colour is a number of the xterm 256-colour set from 16 on:
/// those are the same in every terminal with 256 colours (unlike 0–15, which each terminal
/// theme sets its own way), so their contrast can be worked out once. Contrast ratios (WCAG 2
/// formula, each on the black background): text 21:1, headings 19.6:1, keys 16.7:1, good
/// 15.3:1, warnings 11.4:1, failures 9.1:1; the cursor row (black on yellow) 19.6:1. All are
/// above the 7:1 of WCAG's enhanced level ("AAA"), chosen because a projector loses contrast.
///
/// A terminal with 16 colours only (the Linux console, `TERM=xterm`) gets the bright
/// standard colours instead; with the console's VGA colours the ratios are: text 21:1,
/// headings and warnings 19.7:1, keys 17.1:1, good 15.8:1, failures (white on red) 7.8:1,
/// the cursor row 19.7:1.
pub mod projector {
    use ratatui::style::Color;

    /// Black (#000000), painted under everything.
    pub const BACKGROUND: (u8, Color) = (16, Color::Black);
    /// White (#ffffff).
    pub const TEXT: (u8, Color) = (231, Color::White);
    /// Yellow (#ffff00): headings, and the cursor row's background.
    pub const HEADING: (u8, Color) = (226, Color::LightYellow);
    /// Cyan (#00ffff).
    pub const KEY: (u8, Color) = (51, Color::LightCyan);
    /// Green (#00ff00).
    pub const GOOD: (u8, Color) = (46, Color::LightGreen);
    /// Orange (#ffaf00); bright yellow with 16 colours (their orange is brown, 4:1).
    pub const WARN: (u8, Color) = (214, Color::LightYellow);
    /// Light red (#ff8787): pure red on black is only 5.3:1. With 16 colours, white on
    /// red (bright red on black is 6.7:1).
    pub const BAD: (u8, Color) = (210, Color::White);
    /// The failure's background with 16 colours.
    pub const BAD_BACKGROUND: Color = Color::Red;
}

impl Theme {
    /// Whether the projector palette is in use (present mode with colour).
    fn projector(self) -> bool {
        self.present && self.color
    }

    /// A colour of the [`projector`] palette, as this terminal can show it.
    fn pc(self, (full, ansi): (u8, Color)) -> Color {
        if self.ansi16 {
            ansi
        } else {
            Color::Indexed(full)
        }
    }

    /// What every cell starts as: in present mode with colour, white on the painted black
    /// background; otherwise the terminal's own colours.
    pub fn base(self) -> Style {
        if self.projector() {
            Style::new()
                .fg(self.pc(projector::TEXT))
                .bg(self.pc(projector::BACKGROUND))
        } else {
            Style::new()
        }
    }

    pub fn symbols(self) -> &'static Symbols {
        if self.ascii { &ASCII } else { &UNICODE }
    }

    pub fn border(self) -> border::Set<'static> {
        if self.ascii {
            ASCII_BORDER
        } else if self.present {
            border::THICK
        } else {
            border::ROUNDED
        }
    }

    /// `c` as the foreground, or `projected` in the projector palette.
    fn fg(self, c: Color, projected: (u8, Color)) -> Style {
        if self.projector() {
            Style::new().fg(self.pc(projected))
        } else if self.color {
            Style::new().fg(c)
        } else {
            Style::new()
        }
    }

    /// The item under the cursor: reverse video, so it shows with and without colour; on
    /// the projector, black on yellow (reverse video of coloured text can be dark on dark).
    pub fn highlight(self) -> Style {
        if self.projector() {
            Style::new()
                .fg(self.pc(projector::BACKGROUND))
                .bg(self.pc(projector::HEADING))
                .add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        }
    }

    pub fn heading(self) -> Style {
        self.fg(Color::Cyan, projector::HEADING)
            .add_modifier(Modifier::BOLD)
    }

    pub fn strong(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// Secondary text; plain in present mode, where dim text cannot be read.
    pub fn dim(self) -> Style {
        if self.present {
            Style::new()
        } else if self.color {
            Style::new().fg(Color::Gray).add_modifier(Modifier::DIM)
        } else {
            Style::new().add_modifier(Modifier::DIM)
        }
    }

    pub fn good(self) -> Style {
        self.fg(Color::Green, projector::GOOD)
    }

    pub fn warn(self) -> Style {
        self.fg(Color::Yellow, projector::WARN)
            .add_modifier(Modifier::BOLD)
    }

    pub fn bad(self) -> Style {
        let style = self
            .fg(Color::Red, projector::BAD)
            .add_modifier(Modifier::BOLD);
        if self.projector() && self.ansi16 {
            style.bg(projector::BAD_BACKGROUND)
        } else {
            style
        }
    }

    /// Keys in the footer and help.
    pub fn key(self) -> Style {
        self.fg(Color::Cyan, projector::KEY)
            .add_modifier(Modifier::BOLD)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PROJECTOR: Theme = Theme {
        color: true,
        ascii: false,
        present: true,
        ansi16: false,
    };

    const PROJECTOR_16: Theme = Theme {
        ansi16: true,
        ..PROJECTOR
    };

    /// A style's contrast drawn on `theme`'s base.
    fn on_base(theme: Theme, style: Style) -> f64 {
        let base = theme.base();
        let fg = style.fg.or(base.fg).unwrap();
        let bg = style.bg.or(base.bg).unwrap();
        if theme.ansi16 {
            contrast_vga(fg, bg).unwrap()
        } else {
            contrast(fg, bg).unwrap()
        }
    }

    /// Every style a screen uses, by name.
    fn styles(t: Theme) -> [(&'static str, Style); 9] {
        [
            ("text", t.base()),
            ("dim", t.dim()),
            ("strong", t.strong()),
            ("heading", t.heading()),
            ("key", t.key()),
            ("good", t.good()),
            ("warn", t.warn()),
            ("bad", t.bad()),
            ("highlight", t.highlight()),
        ]
    }

    /// Every style of the projector palette against its background, with the ratio the
    /// docs state (rounded to one decimal), and each at least WCAG's enhanced 7:1.
    #[test]
    fn every_projector_pair_has_the_documented_contrast() {
        let documented = [21.0, 21.0, 21.0, 19.6, 16.7, 15.3, 11.4, 9.1, 19.6];
        for ((name, style), want) in styles(PROJECTOR).into_iter().zip(documented) {
            let r = on_base(PROJECTOR, style);
            assert!((r - want).abs() < 0.05, "{name}: {r:.2}:1");
            assert!(r >= 7.0, "{name}: {r:.2}:1");
        }
        // With 16 colours, on the Linux console's VGA colours.
        let documented = [21.0, 21.0, 21.0, 19.7, 17.1, 15.8, 19.7, 7.8, 19.7];
        for ((name, style), want) in styles(PROJECTOR_16).into_iter().zip(documented) {
            let r = on_base(PROJECTOR_16, style);
            assert!((r - want).abs() < 0.05, "16 colours, {name}: {r:.2}:1");
            assert!(r >= 7.0, "16 colours, {name}: {r:.2}:1");
            // Only standard colours: a 16-colour terminal cannot read the 256-colour form.
            for c in [style.fg, style.bg].into_iter().flatten() {
                assert!(!matches!(c, Color::Indexed(_)), "{name}: {c:?}");
            }
        }
    }

    /// The ordinary palette leaves the terminal's colours alone, and so does the projector
    /// without colour (`NO_COLOR`): no background is painted and no colour is named.
    #[test]
    fn only_present_mode_with_colour_paints_a_background() {
        for color in [true, false] {
            let t = Theme {
                color,
                ascii: false,
                present: false,
                ansi16: false,
            };
            assert_eq!(t.base(), Style::new());
            assert_eq!(t.highlight().bg, None);
        }
        let plain = Theme {
            color: false,
            ascii: false,
            present: true,
            ansi16: false,
        };
        assert_eq!(plain.base(), Style::new());
        assert_eq!(plain.heading().fg, None);
        assert!(plain.highlight().add_modifier.contains(Modifier::REVERSED));
        // Red on black would be 5.3:1: below the bar the palette keeps.
        let red = contrast(Color::Rgb(255, 0, 0), Color::Rgb(0, 0, 0)).unwrap();
        assert!(red < 7.0);
    }
}
