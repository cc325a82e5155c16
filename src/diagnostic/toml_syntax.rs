//! A TOML syntax error in the reader's words.
//!
//! The TOML parser words its errors in English ("invalid basic string, expected `\"`"). The
//! common ones are turned into catalogue messages that say what is wrong and what to do; the
//! rest are wrapped in a translated sentence that quotes the parser's English as such, so a
//! French reader never sees a bare English phrase presented as integra's own.

use std::ops::Range;

use super::{Diagnostic, Msg};
use crate::msg;

/// Quote marks a word processor puts in place of `"` and `'`.
const TYPOGRAPHIC_QUOTES: [char; 9] = ['“', '”', '„', '‟', '‘', '’', '‚', '«', '»'];

/// The diagnostic for a TOML parser error at `span` in `text`.
pub fn diagnostic(message: &str, span: Range<usize>, text: &str) -> Diagnostic {
    let detail = message.trim_end().replace('\n', "; ");
    let line = line_at(text, span.start);
    if line.contains(TYPOGRAPHIC_QUOTES) {
        return Diagnostic::error(span, msg!("diag-toml-curly-quotes"))
            .with_hint(msg!("diag-toml-curly-quotes-hint"));
    }
    if let Some(c) = line
        .chars()
        .find(|c| c.is_control() && !matches!(c, '\t' | '\r'))
    {
        let code = format!("U+{:04X}", u32::from(c));
        return Diagnostic::error(span, msg!("diag-toml-control", code = code))
            .with_hint(msg!("diag-toml-control-hint"));
    }
    let (message, hint) = match words(&detail) {
        Some((message, hint)) => (Msg::Key(message, Vec::new()), Msg::Key(hint, Vec::new())),
        None => (
            msg!("diag-toml-syntax", detail = detail.replace('`', "'")),
            msg!("diag-toml-syntax-hint"),
        ),
    };
    Diagnostic::error(span, message).with_hint(hint)
}

/// The catalogue keys (message, hint) for a parser message integra knows how to explain.
fn words(detail: &str) -> Option<(&'static str, &'static str)> {
    let head = detail.split(", expected").next().unwrap_or(detail).trim();
    Some(match head {
        "invalid basic string"
        | "invalid literal string"
        | "invalid multi-line basic string"
        | "invalid multi-line literal string" => (
            "diag-toml-unclosed-string",
            "diag-toml-unclosed-string-hint",
        ),
        "string values must be quoted" | "missing opening quote" => {
            ("diag-toml-unquoted", "diag-toml-unquoted-hint")
        }
        "duplicate key" => ("diag-toml-duplicate", "diag-toml-duplicate-hint"),
        "missing assignment between key-value pairs"
        | "missing value"
        | "missing value for key"
        | "invalid key-value pair" => ("diag-toml-assignment", "diag-toml-assignment-hint"),
        "missing comma between array elements" | "missing comma between key-value pairs" => {
            ("diag-toml-comma", "diag-toml-comma-hint")
        }
        "unclosed array" | "unclosed inline table" | "unclosed table" | "unclosed array table" => {
            ("diag-toml-unclosed", "diag-toml-unclosed-hint")
        }
        "invalid key" | "invalid unquoted key" | "unquoted keys cannot be empty" => {
            ("diag-toml-key", "diag-toml-key-hint")
        }
        _ => return None,
    })
}

/// The line of `text` that holds byte `offset`, without its line break.
pub fn line_at(text: &str, offset: usize) -> &str {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
    &text[start..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_parser_messages_are_told_in_each_language() {
        let text = "title = \"Minimal example\nid = 1\n";
        let d = diagnostic("invalid basic string, expected `\"`", 24..24, text);
        assert_eq!(
            d.message,
            "this text has no closing quote: a string must end on the line it starts"
        );
        assert!(
            !d.message_in("fr").contains("invalid"),
            "{}",
            d.message_in("fr")
        );
    }

    #[test]
    fn other_parser_messages_are_wrapped_not_shown_bare() {
        let d = diagnostic("invalid float, expected digit", 4..5, "x = 1.e\n");
        assert_eq!(
            d.message,
            "this is not valid TOML (the TOML reader says: invalid float, expected digit)"
        );
        assert!(
            d.message_in("fr")
                .starts_with("ce n'est pas du TOML valide")
        );
    }

    #[test]
    fn typographic_quotes_are_named() {
        let d = diagnostic("string values must be quoted", 8..9, "title = “Hello”\n");
        assert!(d.message.contains("typographic quotes"), "{}", d.message);
    }
}
