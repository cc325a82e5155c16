//! A problem told to a person: a catalogue message, lines of detail, and what to do next (the
//! hint), all as catalogue keys with their arguments. Layers below the command line and the
//! wizard build problems and know no language; the edges render them once, in a [`Lang`].
//!
//! This module also owns the layout of the lines under a message (`  = hint: …`,
//! `  = note: …`): every message with a hint is laid out by [`aside`].
//!
//! Must not: print, or pick the language: the edges render problems in the `Lang` they chose.

use std::fmt;

use super::Msg;
use crate::i18n::{self, Lang};

/// What an aside line says: a hint (what to do next) or a note (another place involved).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Aside {
    Hint,
    Note,
}

/// One line under a message, `  = hint: TEXT`, its label in `lang`. Ends without a newline.
pub fn aside(lang: Lang, kind: Aside, text: &str) -> String {
    let label = match kind {
        Aside::Hint => "diag-hint",
        Aside::Note => "diag-note",
    };
    format!("  = {}: {text}", i18n::tr(lang, label))
}

/// A problem with its words as catalogue messages, told in a language at the edge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub message: Msg,
    /// Lines shown under the message, before the hint (a file's own error, located problems).
    pub detail: Vec<Msg>,
    /// What to do next.
    pub hint: Option<Msg>,
}

impl Problem {
    pub fn new(message: Msg) -> Self {
        Self {
            message,
            detail: Vec::new(),
            hint: None,
        }
    }

    #[must_use]
    pub fn with_hint(mut self, hint: Msg) -> Self {
        self.hint = Some(hint);
        self
    }

    #[must_use]
    pub fn with_detail(mut self, detail: Msg) -> Self {
        self.detail.push(detail);
        self
    }

    /// The message, its detail and its hint in `lang`, one under the other (no final newline).
    pub fn render(&self, lang: Lang) -> String {
        let mut lines = vec![self.message.render(lang)];
        lines.extend(self.detail.iter().map(|d| d.render(lang)));
        if let Some(hint) = &self.hint {
            lines.push(aside(lang, Aside::Hint, &hint.render(lang)));
        }
        lines.join("\n")
    }
}

/// English, for logs, `Debug`-like uses and tests; people are told [`Problem::render`].
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

impl std::error::Error for Problem {}

impl From<Msg> for Problem {
    fn from(message: Msg) -> Self {
        Self::new(message)
    }
}

/// Text integra does not translate (a system's or a parser's own words).
impl From<&str> for Problem {
    fn from(text: &str) -> Self {
        Self::new(Msg::Raw(text.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_problem_renders_in_each_language_with_its_hint_under_it() {
        let p = Problem::new(crate::msg!("cli-new-no-folder"))
            .with_hint(crate::msg!("cli-new-no-folder-hint"));
        for lang in Lang::ALL {
            let text = p.render(lang);
            let (message, hint) = text.split_once('\n').unwrap();
            assert_eq!(message, i18n::tr(lang, "cli-new-no-folder"));
            assert_eq!(
                hint,
                format!(
                    "  = {}: {}",
                    i18n::tr(lang, "diag-hint"),
                    i18n::tr(lang, "cli-new-no-folder-hint")
                )
            );
        }
        assert!(p.render(Lang::Fr).contains("  = conseil: "), "{p}");
        assert_eq!(p.to_string(), p.render(Lang::En));
    }

    #[test]
    fn detail_sits_between_the_message_and_the_hint() {
        let p = Problem::new(crate::msg!("cli-aggregate-no-sessions"))
            .with_detail(Msg::Raw("f.toml:1:1: error: x".into()))
            .with_hint(crate::msg!("diag-unshown-hint"));
        let lines: Vec<String> = p.render(Lang::Es).lines().map(str::to_owned).collect();
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[1], "f.toml:1:1: error: x");
        assert!(lines[2].starts_with("  = sugerencia: "), "{lines:?}");
    }
}
