//! Drawing pieces the screens share: a scrolling menu of multi-line items, progress bars,
//! popups, the text editor, and word wrapping by display width.
//!
//! Must not: read the wizard's state; they draw what they are given.

pub mod bar;
pub mod big;
pub mod editor;
pub mod menu;
pub mod popup;
pub mod rows;

use unicode_width::UnicodeWidthChar;
use unicode_width::UnicodeWidthStr;

/// Display width of `s` in terminal columns.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// Word-wraps `text` to `max` columns; newlines start new lines, words longer than a line
/// are broken. Always at least one line.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut out = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let sep = usize::from(!line.is_empty());
            if width(&line) + sep + width(word) <= max {
                if sep == 1 {
                    line.push(' ');
                }
                line.push_str(word);
                continue;
            }
            if !line.is_empty() {
                out.push(std::mem::take(&mut line));
            }
            for c in word.chars() {
                if width(&line) + c.width().unwrap_or(0) > max {
                    out.push(std::mem::take(&mut line));
                }
                line.push(c);
            }
        }
        out.push(line);
    }
    out
}

/// `text` cut to `max` columns, ending with `ellipsis` when cut.
pub fn truncate(text: &str, max: usize, ellipsis: &str) -> String {
    if width(text) <= max {
        return text.to_owned();
    }
    let room = max.saturating_sub(width(ellipsis));
    let mut out = String::new();
    for c in text.chars() {
        if width(&out) + c.width().unwrap_or(0) > room {
            break;
        }
        out.push(c);
    }
    out + ellipsis
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_breaks_at_words_and_keeps_newlines() {
        assert_eq!(wrap("one two three", 7), ["one two", "three"]);
        assert_eq!(wrap("a\n\nb", 5), ["a", "", "b"]);
        assert_eq!(wrap("abcdefgh", 3), ["abc", "def", "gh"]);
        assert_eq!(wrap("", 3), [""]);
    }

    #[test]
    fn truncate_counts_columns() {
        assert_eq!(truncate("Référence", 6, "…"), "Référ…");
        assert_eq!(truncate("short", 6, "…"), "short");
    }
}
