//! The output edge: the one place that decides which characters integra may print or write as
//! text, and how the others are shown.
//!
//! Frameworks, answers files, sessions and templates come from other people. Their ids,
//! versions, keys, option values and language codes are quoted in messages and reports, and a
//! terminal obeys an escape sequence wherever it comes from (`ESC ] 52` writes the clipboard,
//! `ESC ] 0` retitles the window, `ESC [ 2 J` clears the screen); bidi overrides make text read
//! in an order other than the one stored, and zero-width characters make two different ids
//! look the same. So every command's standard output and standard error, and every text
//! report (printed or written with `-o`), passes through [`escape`] (or [`escape_json`] for
//! JSON) last, whatever the code before it did.
//!
//! What is escaped ([`is_unsafe`]): C0 controls except line feed and tab (a carriage return is
//! kept only before a line feed, as in Windows line ends), DEL, C1 controls (U+0080–U+009F),
//! the bidi controls U+061C, U+200E, U+200F, U+202A–U+202E and U+2066–U+2069, and the
//! zero-width and invisible characters U+200B–U+200D, U+2060 and U+FEFF. Each is shown as
//! Rust writes it, `\u{1b}`, so the reader sees that something was there and what it was.
//!
//! Must not: decide what a message or report says, or name any other module: it only makes text
//! safe to print.

use std::borrow::Cow;
use std::fmt::Write as _;

/// Whether `c` must not reach a terminal or a text file as it is (see the module header).
pub fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(
            c,
            '\u{061C}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'
                | '\u{2066}'..='\u{2069}'
                | '\u{FEFF}'
        )
}

/// `text` with every unsafe character shown as `\u{..}` (its code point in hexadecimal).
/// Borrowed, at no cost, when there is nothing to escape.
pub fn escape(text: &str) -> Cow<'_, str> {
    escape_as(text, |out, c| {
        let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
    })
}

/// JSON text with every unsafe character that is still raw written as a JSON escape
/// (`\u009b`), so the document means the same and no raw control reaches a terminal. JSON
/// allows such characters only inside strings, where the escape is equivalent.
pub fn escape_json(json: &str) -> Cow<'_, str> {
    escape_as(json, |out, c| {
        let _ = write!(out, "\\u{:04x}", u32::from(c));
    })
}

fn escape_as(text: &str, show: impl Fn(&mut String, char)) -> Cow<'_, str> {
    let kept = |c: char, next: Option<char>| !is_unsafe(c) || (c == '\r' && next == Some('\n'));
    let mut chars = text.chars().peekable();
    let mut clean = true;
    while let Some(c) = chars.next() {
        if !kept(c, chars.peek().copied()) {
            clean = false;
            break;
        }
    }
    if clean {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if kept(c, chars.peek().copied()) {
            out.push(c);
        } else {
            show(&mut out, c);
        }
    }
    Cow::Owned(out)
}

/// Whether `text` holds any character [`escape`] would change (for tests and checks).
pub fn has_unsafe(text: &str) -> bool {
    matches!(escape(text), Cow::Owned(_))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_bidi_and_invisible_characters_are_shown_not_obeyed() {
        assert_eq!(escape("1\u{1b}]52;c;eA==\u{7}"), "1\\u{1b}]52;c;eA==\\u{7}");
        assert_eq!(escape("a\u{9b}2J"), "a\\u{9b}2J");
        assert_eq!(escape("x\u{202e}cod.exe"), "x\\u{202e}cod.exe");
        assert_eq!(escape("\u{2066}q\u{2069}"), "\\u{2066}q\\u{2069}");
        assert_eq!(
            escape("q\u{200b}1\u{feff}\u{2060}"),
            "q\\u{200b}1\\u{feff}\\u{2060}"
        );
        assert_eq!(escape("del\u{7f}"), "del\\u{7f}");
    }

    #[test]
    fn line_breaks_tabs_and_plain_text_are_kept_as_they_are() {
        let text = "Réseau\tп\n日本 — ok\r\nnext";
        assert!(matches!(escape(text), Cow::Borrowed(_)));
        assert_eq!(escape("over\rwrite"), "over\\u{d}write");
        assert_eq!(escape("end\r"), "end\\u{d}");
    }

    #[test]
    fn json_escapes_stay_json() {
        let json = serde_json::to_string(&"a\u{1b}b\u{9b}c\u{202e}").unwrap();
        let safe = escape_json(&json);
        assert!(!has_unsafe(&safe), "{safe}");
        let back: String = serde_json::from_str(&safe).unwrap();
        assert_eq!(back, "a\u{1b}b\u{9b}c\u{202e}");
    }
}
