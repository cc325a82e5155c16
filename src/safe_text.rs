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

pub use integra_raw::word;

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
    // Every report and message passes through here, so the common case (nothing to escape)
    // is a scan of bytes, not of decoded characters: a 1 MB report cost 96 M instructions.
    let Some(first) = first_unsafe(text) else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    let mut at = Some(first);
    while let Some(i) = at {
        out.push_str(&rest[..i]);
        let Some(c) = rest[i..].chars().next() else {
            break;
        };
        show(&mut out, c);
        rest = &rest[i + c.len_utf8()..];
        at = first_unsafe(rest);
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Where the first character [`is_unsafe`] refuses starts (a carriage return just before a
/// line feed is kept, as in Windows line ends), or `None` when there is none.
fn first_unsafe(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut checked_to = 0;
    while let Some(&b) = bytes.get(i) {
        // Eight printable ASCII bytes at a time; a word with anything else in it is looked at
        // byte by byte.
        if i >= checked_to {
            match word::at(bytes, i) {
                Some(word) if all_printable_ascii(word) => {
                    i += 8;
                    continue;
                }
                _ => checked_to = i + 8,
            }
        }
        if b.is_ascii() {
            let kept = (0x20..0x7f).contains(&b)
                || b == b'\n'
                || b == b'\t'
                || (b == b'\r' && bytes.get(i + 1) == Some(&b'\n'));
            if !kept {
                return Some(i);
            }
            i += 1;
        } else {
            // A character of two to four bytes: decoded only here, away from plain ASCII.
            let c = text[i..].chars().next()?;
            if is_unsafe(c) {
                return Some(i);
            }
            i += c.len_utf8();
        }
    }
    None
}

/// Whether every byte of `word` is printable ASCII (0x20 to 0x7E), by testing all eight at
/// once: no high bit, no byte below 0x20, no byte equal to 0x7F.
fn all_printable_ascii(word: u64) -> bool {
    word & word::HIGH == 0 && word::below(word, 0x20) == 0 && word::equal(word, 0x7f) == 0
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

    /// What `escape` did before it scanned bytes: every character decoded and tested.
    fn escape_char_by_char(text: &str) -> String {
        let mut chars = text.chars().peekable();
        let mut out = String::new();
        while let Some(c) = chars.next() {
            if !is_unsafe(c) || (c == '\r' && chars.peek() == Some(&'\n')) {
                out.push(c);
            } else {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
        }
        out
    }

    #[test]
    fn the_byte_scan_escapes_exactly_what_testing_each_character_does() {
        let pieces = [
            "a", "\n", "\t", "\r", "\r\n", "\u{1b}", "\u{7f}", "\u{9b}", "\u{80}", "\u{9f}",
            "\u{a0}", "é", "п", "日", "😀", "\u{61c}", "\u{200b}", "\u{200f}", "\u{2010}",
            "\u{202a}", "\u{202e}", "\u{202f}", "\u{2060}", "\u{2066}", "\u{2069}", "\u{feff}",
            "\u{fffd}", "\u{0}", "~", " ", "\\",
        ];
        // Every pair and triple of pieces: each character before, after and between others,
        // and at every place in and across the eight-byte words the scan reads at once.
        let pad = "0123456789abcdef";
        for a in pieces {
            assert_eq!(escape(a), escape_char_by_char(a), "{a:?}");
            for b in pieces {
                for c in pieces {
                    for offset in [0, 3, 7, 8, 13] {
                        let text = format!("{}{a}{b}{c}{pad}", &pad[..offset]);
                        let expected = escape_char_by_char(&text);
                        assert_eq!(escape(&text), expected, "{text:?}");
                        assert_eq!(has_unsafe(&text), expected != text, "{text:?}");
                    }
                }
            }
        }
        // Every byte value at every place of a word.
        for byte in 0..=0x7f_u8 {
            for at in 0..8 {
                let mut text = pad.as_bytes()[..12].to_vec();
                text[at] = byte;
                let text = String::from_utf8(text).unwrap();
                assert_eq!(
                    escape(&text),
                    escape_char_by_char(&text),
                    "{byte:#x} at {at}"
                );
            }
        }
    }

    /// Every byte value at every place of a word, among neighbours that borrow and carry
    /// differently, against testing each byte.
    #[test]
    fn word_tests_agree_with_testing_each_byte() {
        for filler in [0x00, 0x01, 0x1f, 0x20, 0x41, 0x7f, 0x80, 0xc2, 0xff] {
            for at in 0..8 {
                for b in 0..=255u8 {
                    let mut bytes = [filler; 8];
                    bytes[at] = b;
                    let w = u64::from_le_bytes(bytes);
                    for n in [1, 0x20, 0x80] {
                        let any = bytes.iter().any(|&x| x < n);
                        assert_eq!(word::below(w, n) != 0, any, "{bytes:?} below {n}");
                    }
                    for e in [0x00, 0x7f, 0xc2] {
                        let any = bytes.contains(&e);
                        assert_eq!(word::equal(w, e) != 0, any, "{bytes:?} equal {e}");
                    }
                }
            }
        }
        assert_eq!(word::at(b"1234567", 0), None);
        assert_eq!(
            word::at(b"123456789", 1),
            Some(u64::from_le_bytes(*b"23456789"))
        );
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
