//! Located problems in a user's file: `FILE:LINE:COL: error: MESSAGE`, the line, a caret, a hint.
//!
//! Framework authors and answers-file writers are often not programmers; every message names
//! the place, shows the offending line and says what to do next.

use std::fmt::{self, Write as _};
use std::ops::Range;

use crate::i18n::Lang;

mod message;
pub mod toml_syntax;
pub use message::{Msg, MsgArg};

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

/// A source file's name and text, to turn byte spans into lines and columns.
#[derive(Debug, Clone)]
pub struct Source<'a> {
    pub name: &'a str,
    pub text: &'a str,
}

impl Source<'_> {
    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(self.text, offset.min(self.text.len()));
        let before = &self.text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = self.text[line_start..offset].chars().count() + 1;
        (line, col)
    }

    /// Renders one diagnostic: the located message, the source line with a caret, the hint.
    pub fn render(&self, d: &Diagnostic) -> String {
        self.render_with(d, &LineIndex::new(self.text), Lang::En)
    }

    fn render_with(&self, d: &Diagnostic, index: &LineIndex, lang: Lang) -> String {
        let (line, col) = index.line_col(self.text, d.span.start);
        let mut out = format!(
            "{}:{line}:{col}: {}: {}\n",
            self.name,
            d.severity.word(lang),
            d.message_in(lang)
        );
        if let Some(text) = index.line(self.text, line) {
            let (text, col) = window(&sanitize_line(text), col);
            let width = caret_width(&text, col, d.span.len());
            let gutter = " ".repeat(line.to_string().len());
            let _ = writeln!(out, "{gutter} |");
            let _ = writeln!(out, "{line} | {text}");
            let _ = writeln!(
                out,
                "{gutter} | {}{}",
                " ".repeat(col - 1),
                "^".repeat(width)
            );
        }
        if let Some(hint) = d.hint_in(lang) {
            let _ = writeln!(out, "  = {}: {hint}", crate::i18n::tr(lang, "diag-hint"));
        }
        if let Some((span, _)) = &d.related {
            let (line, _) = index.line_col(self.text, span.start);
            if let Some(note) = d.related_in(lang, line) {
                let _ = writeln!(out, "  = {}: {note}", crate::i18n::tr(lang, "diag-note"));
            }
        }
        out
    }

    /// Renders every diagnostic. The file's lines are indexed once, so thousands of
    /// diagnostics in a large file cost one pass over it, not one pass each.
    pub fn render_all(&self, diagnostics: &[Diagnostic]) -> String {
        self.render_all_in(Lang::En, diagnostics)
    }

    /// [`Source::render_all`] with the framing words, messages and hints in `lang`.
    pub fn render_all_in(&self, lang: Lang, diagnostics: &[Diagnostic]) -> String {
        let index = LineIndex::new(self.text);
        let mut out = String::new();
        for d in diagnostics {
            out.push_str(&self.render_with(d, &index, lang));
        }
        out
    }
}

/// Where each line of a text starts, to find a byte offset's line by binary search.
struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    fn new(text: &str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Self { starts }
    }

    /// 1-based line and column (in characters), as [`Source::line_col`].
    fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self.starts.partition_point(|s| *s <= offset);
        let start = self.starts[line - 1];
        (line, text[start..offset].chars().count() + 1)
    }

    /// The text of 1-based `line`, without its line break (as `str::lines` gives it).
    fn line<'t>(&self, text: &'t str, line: usize) -> Option<&'t str> {
        let start = *self.starts.get(line - 1)?;
        let end = self.starts.get(line).map_or(text.len(), |next| next - 1);
        if start >= text.len() {
            return None;
        }
        let l = &text[start..end.max(start)];
        Some(l.strip_suffix('\r').unwrap_or(l))
    }
}

/// Long lines (minified or generated files) are cut to a window around the column, so the
/// caret stays on screen: `…` marks what was cut. Returns the shown text and the new column.
fn window(line: &str, col: usize) -> (String, usize) {
    const BEFORE: usize = 40;
    const WIDTH: usize = 100;
    let chars: Vec<char> = line.chars().collect();
    if chars.len() <= WIDTH {
        return (line.to_owned(), col);
    }
    let start = (col - 1).saturating_sub(BEFORE);
    let end = (start + WIDTH).min(chars.len());
    let mut shown = String::new();
    let mut col = col - start;
    if start > 0 {
        shown.push('…');
        col += 1;
    }
    shown.extend(&chars[start..end]);
    if end < chars.len() {
        shown.push('…');
    }
    (shown, col)
}

/// How many carets to draw: the span's width, clipped to the end of the line, at least one.
fn caret_width(line: &str, col: usize, span_bytes: usize) -> usize {
    let rest = line.chars().count().saturating_sub(col - 1);
    span_bytes.clamp(1, rest.max(1))
}

/// Replaces tabs and control characters so the caret lines up and no escape reaches a terminal.
fn sanitize_line(line: &str) -> String {
    line.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Counts errors and warnings for a closing summary line.
pub fn summary(diagnostics: &[Diagnostic]) -> Summary {
    // A note "N more ... not shown" stands for N problems, not one.
    let count = |severity| -> usize {
        diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .map(|d| {
                d.message
                    .strip_suffix(" not shown")
                    .and_then(|m| m.split_whitespace().next()?.parse().ok())
                    .unwrap_or(1)
            })
            .sum()
    };
    Summary {
        errors: count(Severity::Error),
        warnings: count(Severity::Warning),
    }
}

/// Numbers of errors and warnings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
}

impl Summary {
    /// "2 errors, 1 warning" in `lang`, with its plurals.
    pub fn in_lang(self, lang: Lang) -> String {
        crate::i18n::tr_args(
            lang,
            "diag-summary",
            &[
                ("errors", self.errors.into()),
                ("warnings", self.warnings.into()),
            ],
        )
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plural = |n: usize, word: &str| {
            if n == 1 {
                format!("{n} {word}")
            } else {
                format!("{n} {word}s")
            }
        };
        write!(
            f,
            "{}, {}",
            plural(self.errors, "error"),
            plural(self.warnings, "warning")
        )
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
    fn line_and_column_count_characters() {
        let src = Source {
            name: "f.toml",
            text: "a = 1\nbé = 'x'\n",
        };
        assert_eq!(src.line_col(0), (1, 1));
        assert_eq!(src.line_col(6), (2, 1));
        // 'é' is two bytes but one column.
        assert_eq!(src.line_col(9), (2, 3));
    }

    #[test]
    fn render_shows_line_caret_and_hint() {
        let src = Source {
            name: "f.toml",
            text: "id = 'x'\nscael = 'y'\n",
        };
        let d = Diagnostic::error(9..14, "unknown key 'scael'").with_hint("did you mean 'scale'?");
        assert_eq!(
            src.render(&d),
            "f.toml:2:1: error: unknown key 'scael'\n  |\n2 | scael = 'y'\n  | ^^^^^\n  = hint: did you mean 'scale'?\n"
        );
    }

    #[test]
    fn a_keyed_message_renders_in_english_once_and_in_other_languages_at_the_edge() {
        let src = Source {
            name: "f.toml",
            text: "id = 'x'\nscael = 'y'\n",
        };
        let context = crate::msg!(
            "diag-ctx-id",
            what = crate::msg!("diag-what-question"),
            id = "q1"
        );
        let d = Diagnostic::error(
            9..14,
            crate::msg!("diag-unknown-key", key = "scael", context = context),
        )
        .with_hint(crate::msg!("diag-did-you-mean", word = "scale"));
        assert_eq!(d.message, "unknown key 'scael' in question 'q1'");
        assert_eq!(
            src.render_all_in(Lang::En, std::slice::from_ref(&d)),
            src.render(&d)
        );
        assert_eq!(
            src.render_all_in(Lang::Fr, &[d]),
            "f.toml:2:1: erreur: clé inconnue 'scael' (question 'q1')\n  |\n2 | scael = 'y'\n  | ^^^^^\n  = conseil: vouliez-vous dire 'scale' ?\n"
        );
    }

    #[test]
    fn summaries_take_each_language_plural() {
        let s = |errors, warnings| Summary { errors, warnings };
        assert_eq!(s(1, 2).in_lang(Lang::En), s(1, 2).to_string());
        assert_eq!(s(0, 1).in_lang(Lang::En), "0 errors, 1 warning");
        assert_eq!(s(1, 2).in_lang(Lang::Ru), "1 ошибка, 2 предупреждения");
        assert_eq!(s(5, 21).in_lang(Lang::Ru), "5 ошибок, 21 предупреждение");
        assert_eq!(s(2, 0).in_lang(Lang::Es), "2 errores, 0 avisos");
    }

    #[test]
    fn long_lines_are_cut_around_the_column() {
        let text = format!("a = [{}]", "1, ".repeat(500));
        let src = Source {
            name: "f.toml",
            text: &text,
        };
        // Offset 1001 is the '1' of the 333rd element: "a = [" is 5 bytes, each "1, " is 3.
        let out = src.render(&Diagnostic::error(1001..1002, "here"));
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines[0].starts_with("f.toml:1:1002: error: here"));
        assert!(lines[2].chars().count() < 120, "{}", lines[2]);
        let caret = lines[3].find('^').unwrap();
        let pointed = lines[2].chars().nth(caret).unwrap();
        assert_eq!(pointed, text.chars().nth(1001).unwrap());
        assert_eq!(
            pointed, '1',
            "the caret sits under the character at column 1002"
        );
    }

    #[test]
    fn suggestions_only_for_near_misses() {
        assert_eq!(
            did_you_mean("scael", ["scale", "text", "help"]),
            Some("scale")
        );
        assert_eq!(did_you_mean("zzz", ["scale", "text"]), None);
    }

    #[test]
    fn the_line_index_agrees_with_scanning_the_text() {
        for text in [
            "",
            "\n",
            "a",
            "ab\r\ncé\n\nd",
            "x = 1\ny = \"é\u{1F600}\"\r\n\n",
        ] {
            let source = Source { name: "f", text };
            let index = LineIndex::new(text);
            for offset in 0..=text.len() + 2 {
                let (line, col) = source.line_col(offset);
                assert_eq!(
                    index.line_col(text, offset),
                    (line, col),
                    "{text:?} {offset}"
                );
                assert_eq!(
                    index.line(text, line),
                    text.lines().nth(line - 1),
                    "{text:?} {line}"
                );
            }
        }
    }
}
