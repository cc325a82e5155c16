//! Escaping for Markdown (inline text, lines and table cells) and CSV fields, including the
//! guard that keeps a spreadsheet from running a cell as a formula.
//!
//! Also the HTML escape autoescaping uses ([`html`]): tera's own, with the same five
//! replacements, writes every byte on its own, one write each.
//!
//! Must not: wrap or pad (see [`super::wrapping`]).

/// Escapes text for inline Markdown so that it reads as written, on a forge and as plain text.
///
/// Backslash-escapes what could start markup (`\` `` ` `` `*` `[` `]` `<` `~`, `_` at a word
/// edge, `&` before a name), block markers at the start of a line (`#`, `>`, `-`, `+`, `=`,
/// `1.`), and drops leading spaces that would make a code block. The text stays on one line
/// (line breaks become spaces), so a name with a line break in it cannot end a heading or a
/// list item early and start markup of its own; [`markdown_lines`] keeps them.
pub fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        markdown_line(line.trim_start(), &mut out);
    }
    out
}

/// [`markdown`] for text whose line breaks matter (notes, rationales, advice): each line is
/// escaped as the start of a line, consecutive lines are joined by a hard line break (a
/// backslash at the end of the line) and blank lines stay paragraph breaks. Indent the result
/// when it continues a list item.
pub fn markdown_lines(text: &str) -> String {
    let lines: Vec<&str> = text.lines().map(str::trim_start).collect();
    let mut out = String::with_capacity(text.len() + 8);
    for (i, line) in lines.iter().enumerate() {
        markdown_line(line, &mut out);
        if let Some(next) = lines.get(i + 1) {
            if !line.is_empty() && !next.is_empty() {
                out.push('\\');
            }
            out.push('\n');
        }
    }
    out
}

fn markdown_line(line: &str, out: &mut String) {
    let chars: Vec<char> = line.chars().collect();
    let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
    // A block marker only counts when a space or the line's end follows it; a line of only
    // `-` or `=` (and spaces) would underline the line before it as a heading.
    let marker_at = |i: usize| chars.get(i + 1).is_none_or(|n| n.is_whitespace());
    let rule = chars.iter().all(|&c| c == chars[0] || c == ' ');
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        let escape = match c {
            '\\' | '`' | '*' | '[' | ']' | '<' | '~' => true,
            '_' => {
                !(prev.is_some_and(char::is_alphanumeric)
                    && next.is_some_and(char::is_alphanumeric))
            }
            '&' => entity_at(&chars[i + 1..]),
            '>' => i == 0,
            '#' | '-' | '+' => i == 0 && (marker_at(0) || (c != '+' && rule) || c == '#'),
            '=' => i == 0 && rule,
            '.' | ')' => digits > 0 && i == digits && marker_at(i),
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
}

/// Whether `rest` (what follows a `&`) would make an HTML entity such as `&amp;` or `&#60;`.
fn entity_at(rest: &[char]) -> bool {
    let name = rest
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == '#')
        .count();
    name > 0 && rest.get(name) == Some(&';')
}

/// Escapes text for a Markdown table cell: as [`markdown`], with `|` escaped and line breaks
/// turned into spaces.
pub fn markdown_cell(text: &str) -> String {
    let one_line = super::wrapping::words_of(text)
        .collect::<Vec<_>>()
        .join(" ");
    markdown(&one_line).replace('|', "\\|")
}

/// One CSV field (RFC 4180): quoted when it holds a comma, quote, line break or edge space,
/// with quotes doubled. Text that a spreadsheet could run as a formula gets a leading `'`
/// (see [`starts_a_formula`]).
pub fn csv_field(text: &str) -> String {
    let text = if starts_a_formula(text) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    let quote =
        text.contains([',', '"', '\n', '\r']) || text.starts_with(' ') || text.ends_with(' ');
    if quote {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// Writes `text` for HTML: `&`, `<`, `>`, `"` and `'` as `&amp;`, `&lt;`, `&gt;`, `&quot;` and
/// `&#39;` (what tera's `escape_html` writes), everything else as it is, in runs between them.
/// The first of them is looked for eight bytes at a time in plain integers ([`first_special`]);
/// the rest byte by byte (most texts written are a few words, where `memchr`'s searches cost
/// more than they saved: 2.7 M more instructions in a 2,000-question report).
pub fn html(text: &str, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let bytes = text.as_bytes();
    let Some(first) = first_special(bytes) else {
        return out.write_all(bytes);
    };
    let mut start = 0;
    for (i, b) in bytes.iter().enumerate().skip(first) {
        let entity: &[u8] = match b {
            b'&' => b"&amp;",
            b'<' => b"&lt;",
            b'>' => b"&gt;",
            b'"' => b"&quot;",
            b'\'' => b"&#39;",
            _ => continue,
        };
        out.write_all(&bytes[start..i])?;
        out.write_all(entity)?;
        start = i + 1;
    }
    out.write_all(&bytes[start..])
}

/// Where the first character [`html`] replaces is, found eight bytes at a time: most texts
/// have none, and are then written in one piece (2.2 M fewer instructions for a report of
/// 2,000 questions than a byte at a time).
fn first_special(bytes: &[u8]) -> Option<usize> {
    use crate::safe_text::word;
    let mut at = 0;
    while let Some(w) = word::at(bytes, at) {
        let found = word::equal(w, b'&')
            | word::equal(w, b'<')
            | word::equal(w, b'>')
            | word::equal(w, b'"')
            | word::equal(w, b'\'');
        if found != 0 {
            break;
        }
        at += 8;
    }
    bytes[at..]
        .iter()
        .position(|b| matches!(b, b'&' | b'<' | b'>' | b'"' | b'\''))
        .map(|i| at + i)
}

/// What [`html`] writes for each character it replaces.
const ENTITIES: [(&str, char); 5] = [
    ("&amp;", '&'),
    ("&lt;", '<'),
    ("&gt;", '>'),
    ("&quot;", '"'),
    ("&#39;", '\''),
];

/// Text written for HTML by [`html`] as it was before: for a value that is already markup
/// (integra's own words from `t`) going where HTML is not read, such as a `<style>` element.
pub fn unescape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if let Some((entity, c)) = ENTITIES.iter().find(|(entity, _)| rest.starts_with(entity)) {
            out.push(*c);
            rest = &rest[entity.len()..];
        } else {
            out.push('&');
            rest = &rest[1..];
        }
    }
    out + rest
}

/// `text` as a quoted CSS string, for a `<style>` element: letters, digits and every
/// character beyond ASCII but controls as they are, everything else as a six-digit escape
/// (`Answer:` is `"Answer\00003A"`). So no `<` can end the element and no quote or space
/// can end a string or an attribute, in a `<style>` element or out of one.
pub fn css_string(text: &str) -> String {
    use std::fmt::Write as _;
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || !(c.is_ascii() || c.is_control()) {
            out.push(c);
        } else {
            let _ = write!(out, "\\{:06X}", u32::from(c));
        }
    }
    out.push('"');
    out
}

/// The characters spreadsheet applications read as the start of a formula: `=`, `+`, `-`,
/// `@`, their full-width forms (`＝`, `＋`, `－`, `＠`, which some applications fold to ASCII)
/// and small forms, and the minus sign.
const FORMULA_STARTS: &[char] = &[
    '=', '+', '-', '@', '\u{FF1D}', '\u{FF0B}', '\u{FF0D}', '\u{FF20}', '\u{FE66}', '\u{FE62}',
    '\u{FE63}', '\u{2212}',
];

/// Whether a spreadsheet could take `text` for a formula: it starts with a tab, carriage
/// return or line feed, or its first character after any white space is a formula start,
/// and it is not a plain number (`-12.5` stays a number).
pub fn starts_a_formula(text: &str) -> bool {
    if text.starts_with(['\t', '\r', '\n']) {
        return true;
    }
    let trimmed = text.trim_start();
    trimmed.starts_with(FORMULA_STARTS) && trimmed.trim_end().parse::<f64>().is_err()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn css_strings_say_what_was_written_and_cannot_break_out() {
        // What a CSS reader makes of the string: each six-digit escape is its character.
        let read = |css: &str| -> String {
            let inner = &css[1..css.len() - 1];
            let mut out = String::new();
            let mut rest = inner;
            while let Some(at) = rest.find('\\') {
                out.push_str(&rest[..at]);
                let code = u32::from_str_radix(&rest[at + 1..at + 7], 16).unwrap();
                out.push(char::from_u32(code).unwrap());
                rest = &rest[at + 7..];
            }
            out + rest
        };
        for text in [
            "Answer:",
            "Réponse\u{a0}:",
            "Ответ:",
            "",
            "</style><script>alert(1)</script>",
            "\" onload=\"x",
            "a'b\\c\nd\te; }",
            "100% & more = 2",
        ] {
            let css = css_string(text);
            assert!(css.starts_with('"') && css.ends_with('"'), "{css}");
            assert_eq!(read(&css), text, "{css}");
            let inner = &css[1..css.len() - 1];
            assert!(
                !inner.contains(['"', '\'', '<', '>', '&', ' ', '=', '\n', ';', '}']),
                "{css}"
            );
        }
        assert_eq!(css_string("Score:"), "\"Score\\00003A\"");
    }

    #[test]
    fn html_unescaping_undoes_the_html_escape() {
        for text in [
            "",
            "Part de l'ensemble",
            "<b>\"quoted\" & 'single'</b>",
            "&amp; written out, & alone, &#39x, &",
            "Réseau — п «ok» & 日本 > 😀",
        ] {
            let mut escaped = Vec::new();
            html(text, &mut escaped).unwrap();
            let escaped = String::from_utf8(escaped).unwrap();
            assert_eq!(unescape_html(&escaped), text, "{escaped}");
        }
    }

    #[test]
    fn html_escaping_writes_what_tera_writes() {
        for text in [
            "",
            "plain",
            "&",
            "<b>\"quoted\" & 'single'</b>",
            "a<<b>>c&&d",
            "Réseau — п «ok» & 日本 > 😀",
            "ends with '",
            "a plain line longer than a few words, with nothing to escape — é 日本",
        ] {
            let (mut ours, mut teras) = (Vec::new(), Vec::new());
            html(text, &mut ours).unwrap();
            tera::escape_html(text, &mut teras).unwrap();
            assert_eq!(ours, teras, "{text}");
        }
        // Every order of the five and a plain letter, up to four long, and each of them at
        // the edges of the blocks the searches read at a time.
        let alphabet = ["a", "&", "<", ">", "\"", "'"];
        let mut texts = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = texts
                .iter()
                .flat_map(|t| alphabet.iter().map(move |c| format!("{t}{c}")))
                .collect();
            texts.extend(longer);
        }
        for special in &alphabet[1..] {
            for at in [0, 7, 8, 9, 15, 16, 31, 32, 33, 63, 64, 65] {
                texts.push(format!("{}{special}{}'x", "a".repeat(at), "b".repeat(40)));
            }
        }
        for text in &texts {
            let (mut ours, mut teras) = (Vec::new(), Vec::new());
            html(text, &mut ours).unwrap();
            tera::escape_html(text, &mut teras).unwrap();
            assert_eq!(ours, teras, "{text}");
        }
    }

    #[test]
    fn markdown_escapes_markup_but_keeps_plain_words() {
        assert_eq!(markdown("plain words, hiv_test"), "plain words, hiv_test");
        assert_eq!(
            markdown("<script>alert(1)</script>"),
            "\\<script>alert(1)\\</script>"
        );
        assert_eq!(
            markdown("**bold** [link](javascript:x)"),
            "\\*\\*bold\\*\\* \\[link\\](javascript:x)"
        );
        assert_eq!(
            markdown_lines("# not a heading\n- not a list\n2. nor this"),
            "\\# not a heading\\\n\\- not a list\\\n2\\. nor this"
        );
        assert_eq!(
            markdown_lines("version 2.1.0\n2.1.0\n-5 degrees\n#hashtag\n---\n==="),
            "version 2.1.0\\\n2.1.0\\\n-5 degrees\\\n\\#hashtag\\\n\\---\\\n\\==="
        );
        assert_eq!(markdown_lines("one\n\ntwo"), "one\n\ntwo");
        // Inline text stays on one line: a line break cannot end a heading or list item.
        assert_eq!(
            markdown("Line one\n# Injected heading"),
            "Line one \\# Injected heading"
        );
        assert_eq!(markdown("_em_ AT&T &amp;"), "\\_em\\_ AT&T \\&amp;");
        assert_eq!(markdown("    not code"), "not code");
    }

    #[test]
    fn markdown_cells_are_one_line_without_pipes() {
        assert_eq!(markdown_cell("a | b\nc"), "a \\| b c");
    }

    #[test]
    fn csv_fields_are_quoted_only_when_needed() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
        assert_eq!(csv_field(" edge"), "\" edge\"");
        assert_eq!(csv_field(""), "");
    }

    #[test]
    fn csv_fields_never_start_a_formula() {
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_field("-12.5"), "-12.5");
        assert_eq!(csv_field("- a list"), "'- a list");
    }

    #[test]
    fn csv_guard_covers_spaces_line_breaks_and_full_width_signs() {
        for cell in [
            " =1+1",
            "\t=1",
            "\r=1",
            "\n=cmd|' /C calc'!A0",
            "\u{3000}=1",
            "\u{FF1D}HYPERLINK(\"x\")",
            "\u{FF0B}1",
            "\u{FF0D}1",
            "\u{FF20}SUM(A1)",
            "\u{2212}1+2",
        ] {
            let field = csv_field(cell);
            let unquoted = field.strip_prefix('"').unwrap_or(&field);
            assert!(unquoted.starts_with('\''), "{cell:?} -> {field:?}");
        }
        assert_eq!(csv_field(" -3"), "\" -3\"");
        assert_eq!(csv_field(" plain"), "\" plain\"");
    }
}
