//! Located problems in a user's file: `FILE:LINE:COL: error: MESSAGE`, the line, a caret, a hint.
//!
//! Framework authors and answers-file writers are often not programmers; every message names
//! the place, shows the offending line and says what to do next.
//!
//! Must not: know which layer or command it serves, or read the locale: the language is always
//! passed in.

use std::ops::Range;

use crate::i18n::Lang;

mod message;
mod problem;
mod source;
mod summary;
pub mod toml_syntax;
pub use message::{Msg, MsgArg};
pub use problem::{Aside, Problem, aside};
pub use source::Source;
pub use summary::{Summary, summary};

/// How serious a problem is: errors stop a framework from loading, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Self::Warning => "warning",
            Self::Error => "error",
        }
    }

    /// The word in `lang`, for text output (JSON keeps [`Severity::name`]).
    pub fn word(self, lang: Lang) -> String {
        crate::i18n::tr(
            lang,
            match self {
                Self::Warning => "diag-warning",
                Self::Error => "diag-error",
            },
        )
    }
}

/// One problem at one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Byte range in the source text.
    pub span: Range<usize>,
    /// The message in English.
    pub message: String,
    /// The hint in English.
    pub hint: Option<String>,
    /// The message as a catalogue key, to render it in another language.
    pub text: Msg,
    pub hint_text: Option<Msg>,
    /// Another place the problem involves (the first copy of a duplicated id), shown as a
    /// note that names its line: the note's message receives the line as `$line`.
    pub related: Option<(Range<usize>, Msg)>,
    /// For a note that stands for problems not shown ("200 more problems not shown"): how
    /// many, so counts add them up without reading the message.
    pub unshown: Option<usize>,
}

impl Diagnostic {
    pub fn error(span: Range<usize>, message: impl Into<Msg>) -> Self {
        let text = message.into();
        Self {
            severity: Severity::Error,
            span,
            message: text.render(Lang::En),
            hint: None,
            text,
            hint_text: None,
            related: None,
            unshown: None,
        }
    }

    pub fn warning(span: Range<usize>, message: impl Into<Msg>) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::error(span, message)
        }
    }

    #[must_use]
    pub fn with_hint(mut self, hint: impl Into<Msg>) -> Self {
        let hint = hint.into();
        self.hint = Some(hint.render(Lang::En));
        self.hint_text = Some(hint);
        self
    }

    /// Marks this diagnostic as the note standing for `n` problems not shown.
    #[must_use]
    pub fn counting(mut self, n: usize) -> Self {
        self.unshown = Some(n);
        self
    }

    /// Adds a note pointing at `span`; `note` is a catalogue message taking `$line`.
    #[must_use]
    pub fn with_related(mut self, span: Range<usize>, note: Msg) -> Self {
        self.related = Some((span, note));
        self
    }

    /// The related note in `lang`, given the line the related span is on.
    pub fn related_in(&self, lang: Lang, line: usize) -> Option<String> {
        let (_, note) = self.related.as_ref()?;
        let note = match note.clone() {
            Msg::Key(key, mut args) => {
                args.push(("line", MsgArg::Text(line.to_string())));
                Msg::Key(key, args)
            }
            other @ (Msg::Raw(_) | Msg::Each(_)) => other,
        };
        Some(note.render(lang))
    }

    /// The message in `lang`.
    pub fn message_in(&self, lang: Lang) -> String {
        if lang == Lang::En {
            self.message.clone()
        } else {
            self.text.render(lang)
        }
    }

    /// The hint in `lang`.
    pub fn hint_in(&self, lang: Lang) -> Option<String> {
        if lang == Lang::En {
            self.hint.clone()
        } else {
            self.hint_text.as_ref().map(|h| h.render(lang))
        }
    }
}

/// The closest of `candidates` to `word`, if close enough to be a likely typo.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_only_for_near_misses() {
        assert_eq!(
            did_you_mean("scael", ["scale", "text", "help"]),
            Some("scale")
        );
        assert_eq!(did_you_mean("zzz", ["scale", "text"]), None);
    }
}
