//! A TOML syntax error in the reader's words.
//!
//! The TOML parser words its errors in English ("invalid basic string, expected `\"`"). The
//! common ones are turned into catalogue messages that say what is wrong and what to do; the
//! rest are wrapped in a translated sentence that quotes the parser's English as such, so a
//! French reader never sees a bare English phrase presented as integra's own.
//!
//! Must not: parse TOML itself, or show the parser's English as if integra had said it.

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
        // Inside a list or inline table, a bare word is as often a missing comma.
        Some(("diag-toml-unquoted", _)) if in_list(line) => (
            msg!("diag-toml-list-item"),
            msg!("diag-toml-list-item-hint"),
        ),
        Some(("diag-toml-duplicate", hint)) if key_of(line).is_some() => (
            msg!(
                "diag-toml-duplicate-key",
                key = key_of(line).unwrap_or_default()
            ),
            Msg::Key(hint, Vec::new()),
        ),
        Some((message, hint)) => (Msg::Key(message, Vec::new()), Msg::Key(hint, Vec::new())),
        None => (
            msg!("diag-toml-syntax", detail = detail.replace('`', "'")),
            msg!("diag-toml-syntax-hint"),
        ),
    };
    Diagnostic::error(opening(&detail, span, text), message).with_hint(hint)
}

/// Whether the value of a `key = value` line is a list or an inline table.
fn in_list(line: &str) -> bool {
    line.split_once('=')
        .is_some_and(|(_, v)| v.trim_start().starts_with(['[', '{']))
}

/// The key of a `key = value` line, if it is one.
fn key_of(line: &str) -> Option<&str> {
    let (key, _) = line.split_once('=')?;
    let key = key.trim().trim_matches(['"', '\'']);
    (!key.is_empty() && !key.starts_with('[')).then_some(key)
}

/// A multi-line string that never closes is reported at the end of the file; point at the
/// `"""` (or `'''`) that opened it instead, where the fix goes.
fn opening(detail: &str, span: Range<usize>, text: &str) -> Range<usize> {
    let multi = detail.starts_with("invalid multi-line");
    if !multi || !text[span.start.min(text.len())..].trim().is_empty() {
        return span;
    }
    let before = &text[..span.start.min(text.len())];
    let quote = if detail.contains("literal") {
        "'''"
    } else {
        "\"\"\""
    };
    before.rfind(quote).map_or(span, |at| at..at + quote.len())
}

/// The catalogue keys (message, hint) for a parser message integra knows how to explain.
fn words(detail: &str) -> Option<(&'static str, &'static str)> {
    let head = detail.split(", expected").next().unwrap_or(detail).trim();
    Some(match head {
        "invalid basic string" | "invalid literal string" => (
            "diag-toml-unclosed-string",
            "diag-toml-unclosed-string-hint",
        ),
        "invalid multi-line basic string" | "invalid multi-line literal string" => (
            "diag-toml-unclosed-multiline",
            "diag-toml-unclosed-multiline-hint",
        ),
        "string values must be quoted" | "missing opening quote" => {
            ("diag-toml-unquoted", "diag-toml-unquoted-hint")
        }
        "duplicate key" => ("diag-toml-duplicate", "diag-toml-duplicate-hint"),
        "key with no value"
        | "missing assignment between key-value pairs"
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
        "invalid boolean" => ("diag-toml-boolean", "diag-toml-boolean-hint"),
        "invalid float"
        | "invalid integer number"
        | "invalid fraction"
        | "invalid exponent"
        | "invalid mantissa"
        | "unexpected leading zero"
        | "unexpected sign" => ("diag-toml-number", "diag-toml-number-hint"),
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
            !d.message_in(crate::i18n::Lang::Fr).contains("invalid"),
            "{}",
            d.message_in(crate::i18n::Lang::Fr)
        );
    }

    #[test]
    fn other_parser_messages_are_wrapped_not_shown_bare() {
        let d = diagnostic("invalid date-time, expected digit", 4..5, "x = 1979-05\n");
        assert_eq!(
            d.message,
            "this is not valid TOML (the TOML reader says: invalid date-time, expected digit)"
        );
        assert!(
            d.message_in(crate::i18n::Lang::Fr)
                .starts_with("ce n'est pas du TOML valide")
        );
    }

    #[test]
    fn a_duplicate_key_is_named_and_an_open_multi_line_string_is_found_where_it_opens() {
        let d = diagnostic("duplicate key", 14..20, "weight = 1\n  weight = 2\n");
        assert_eq!(d.message, "'weight' is written a second time in this table");
        let text = "a = 1\nb = \"\"\"\nopen\n";
        let d = diagnostic(
            "invalid multi-line basic string, expected `\"\"\"`",
            19..19,
            text,
        );
        assert_eq!(d.span, 10..13);
    }

    #[test]
    fn typographic_quotes_are_named() {
        let d = diagnostic("string values must be quoted", 8..9, "title = “Hello”\n");
        assert!(d.message.contains("typographic quotes"), "{}", d.message);
    }

    #[test]
    fn the_toml_readers_real_messages_get_integras_words() {
        for (text, key) in [
            ("a = \"x\n", "diag-toml-unclosed-string"),
            ("a = x\n", "diag-toml-unquoted"),
            ("a = [\"x\" \"y\"]\n", "diag-toml-comma"),
            ("a = [1 2]\n", "diag-toml-list-item"),
            ("a = x\n", "diag-toml-unquoted"),
            ("a\n", "diag-toml-assignment"),
            ("a = tru\n", "diag-toml-boolean"),
            ("a = 1.2.3\n", "diag-toml-number"),
            ("a = [1, 2\n", "diag-toml-unclosed"),
            ("a = 1\na = 2\n", "diag-toml-duplicate-key"),
            ("a = \"\"\"\nabc\n", "diag-toml-unclosed-multiline"),
            ("a = ‘x’\n", "diag-toml-curly-quotes"),
            ("a = \"\u{1}\"\n", "diag-toml-control"),
        ] {
            let (_, errors) = toml::de::DeTable::parse_recoverable(text);
            let e = errors.first().unwrap_or_else(|| panic!("{text:?} parses"));
            let d = diagnostic(e.message(), e.span().unwrap_or(0..0), text);
            let Msg::Key(got, _) = &d.text else {
                panic!("{text:?}: {:?}", d.text)
            };
            assert_eq!(*got, key, "{text:?}: {}", e.message());
        }
    }
}
