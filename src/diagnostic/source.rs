//! Where a diagnostic is in its file, shown: `FILE:LINE:COL: error: MESSAGE`, the line with
//! a caret under the span, then the hint and note lines. Byte spans become lines and columns
//! here; long lines are cut to a window around the caret.
//!
//! Must not: read files (the source text is handed in) or decide what is wrong; it only shows
//! where.

use std::fmt::Write as _;

use super::Diagnostic;
use super::problem::{Aside, aside};
use crate::i18n::Lang;

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
        self.render_with(d, &mut LineIndex::default(), Lang::En)
    }

    fn render_with(&self, d: &Diagnostic, index: &mut LineIndex, lang: Lang) -> String {
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
            let _ = writeln!(out, "{}", aside(lang, Aside::Hint, &hint));
        }
        if let Some((span, _)) = &d.related {
            let (line, _) = index.line_col(self.text, span.start);
            if let Some(note) = d.related_in(lang, line) {
                let _ = writeln!(out, "{}", aside(lang, Aside::Note, &note));
            }
        }
        out
    }

    /// Renders every diagnostic. The file's lines are indexed once, as far as the
    /// diagnostics reach, so thousands of diagnostics in a large file cost one pass over it,
    /// not one pass each, and one near the top costs no pass at all.
    pub fn render_all(&self, diagnostics: &[Diagnostic]) -> String {
        self.render_all_in(Lang::En, diagnostics)
    }

    /// [`Source::render_all`] with the framing words, messages and hints in `lang`.
    pub fn render_all_in(&self, lang: Lang, diagnostics: &[Diagnostic]) -> String {
        let mut index = LineIndex::default();
        let mut out = String::new();
        for d in diagnostics {
            out.push_str(&self.render_with(d, &mut index, lang));
        }
        out
    }
}

/// Where each line of a text starts, to find a byte offset's line by binary search; filled
/// as far as the offsets asked for (a large framework has tens of thousands of lines, and
/// its one warning is often near the top: indexing them all was 4 % of `integra validate`).
struct LineIndex {
    /// Every line start in the text up to `scanned`.
    starts: Vec<usize>,
    /// How far the text has been looked through: the whole text, or just past a line break.
    scanned: usize,
}

impl Default for LineIndex {
    fn default() -> Self {
        Self {
            starts: vec![0],
            scanned: 0,
        }
    }
}

impl LineIndex {
    /// Indexes the line breaks up to the end of the line holding `offset`.
    fn reach(&mut self, text: &str, offset: usize) {
        let from = self.scanned;
        if from > offset || from >= text.len() {
            return;
        }
        // memchr finds the breaks many bytes at a time.
        for i in memchr::memchr_iter(b'\n', &text.as_bytes()[from..]) {
            let start = from + i + 1;
            self.starts.push(start);
            if start > offset {
                self.scanned = start;
                return;
            }
        }
        self.scanned = text.len();
    }

    /// 1-based line and column (in characters), as [`Source::line_col`]. Indexes as far as
    /// the end of that line, for [`LineIndex::line`].
    fn line_col(&mut self, text: &str, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        self.reach(text, offset);
        let line = self.starts.partition_point(|s| *s <= offset);
        let start = self.starts[line - 1];
        (line, text[start..offset].chars().count() + 1)
    }

    /// The text of 1-based `line`, without its line break (as `str::lines` gives it), once
    /// [`LineIndex::line_col`] has reached it.
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

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
    fn the_line_index_agrees_with_scanning_the_text() {
        for text in [
            "",
            "\n",
            "a",
            "ab\r\ncé\n\nd",
            "x = 1\ny = \"é\u{1F600}\"\r\n\n",
        ] {
            let source = Source { name: "f", text };
            // Offsets asked for in order, backwards (the end first), and each on its own.
            let offsets: Vec<usize> = (0..=text.len() + 2).collect();
            let backwards: Vec<usize> = offsets.iter().rev().copied().collect();
            let alone = offsets.iter().map(|&o| vec![o]);
            for order in [offsets.clone(), backwards].into_iter().chain(alone) {
                let mut index = LineIndex::default();
                for &offset in &order {
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
}
