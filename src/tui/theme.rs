//! How the wizard looks: styles and symbols for colour or `NO_COLOR`, Unicode or `--ascii`,
//! and the projector ("present") mode.
//!
//! Every style is a function of three switches so that a screen never picks colours itself.
//! Without colour, emphasis is carried by bold, reverse video and underline, which every
//! terminal shows. The present mode drops dim text (unreadable on a projector) and spaces
//! things out; views also show fewer words in it.
//!
//! Must not: read the wizard's state or the environment (the caller decides the switches).

use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::border;

/// The three switches the look depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Theme {
    /// Colours allowed (false when `NO_COLOR` is set).
    pub color: bool,
    /// Only ASCII characters (for terminals or fonts without box drawing).
    pub ascii: bool,
    /// Projector mode: high contrast, larger spacing, fewer words.
    pub present: bool,
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

impl Theme {
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

    fn fg(self, c: Color) -> Style {
        if self.color {
            Style::new().fg(c)
        } else {
            Style::new()
        }
    }

    /// The item under the cursor: reverse video, so it shows with and without colour.
    pub fn highlight(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }

    pub fn heading(self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
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
        self.fg(Color::Green)
    }

    pub fn warn(self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    pub fn bad(self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    /// Keys in the footer and help.
    pub fn key(self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }
}
