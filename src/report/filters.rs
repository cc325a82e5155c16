//! Text helpers behind the templates' filters: numbers, bars, wrapping, and escaping for
//! Markdown and CSV. They are plain functions on strings so they can be tested directly;
//! [`super::engine`] registers them with tera.

/// `score` (0–100) as a bar of `width` cells: `#` filled, `.` empty; `None` is blank.
pub fn bar(score: Option<f64>, width: usize) -> String {
    let Some(s) = score else {
        return " ".repeat(width);
    };
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss
    )]
    let filled = ((s.clamp(0.0, 100.0) / 100.0 * width as f64).round() as usize).min(width);
    format!("{}{}", "#".repeat(filled), ".".repeat(width - filled))
}

/// `n` with `digits` decimals, or `none` when there is no number.
pub fn num(n: Option<f64>, digits: usize, none: &str) -> String {
    n.map_or_else(|| none.to_owned(), |n| crate::i18n::fixed(n, digits))
}

/// A change with its sign, e.g. `+12.5`, `-3.0`, `0.0`; `none` when there is no number.
pub fn signed(n: Option<f64>, digits: usize, none: &str) -> String {
    let text = num(n, digits, none);
    match n {
        Some(_)
            if !text.starts_with('-') && text.bytes().any(|b| b.is_ascii_digit() && b != b'0') =>
        {
            format!("+{text}")
        }
        _ => text,
    }
}

/// `text` padded with spaces to `width` characters (on the left when `right`); never cut.
pub fn pad(text: &str, width: usize, right: bool) -> String {
    if right {
        format!("{text:>width$}")
    } else {
        format!("{text:<width$}")
    }
}

/// `text` as a table column `width` wide: wrapped (continuation lines indented by `indent`)
/// and the last line padded, so whatever follows lines up whatever the text's length.
pub fn column(text: &str, width: usize, indent: usize) -> String {
    let wrapped = wrap(text, width, indent, false);
    let last = wrapped.rsplit('\n').next().map_or(0, |l| l.chars().count());
    format!("{wrapped}{}", " ".repeat(width.saturating_sub(last)))
}

/// `text` over a line of `with` as long as it, for plain-text headings in any language.
pub fn underline(text: &str, with: &str) -> String {
    format!("{text}\n{}", with.repeat(text.chars().count()))
}

/// Joins the lines of each paragraph (paragraphs are separated by blank lines).
pub fn reflow(text: &str) -> String {
    let mut paras: Vec<String> = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            if !current.is_empty() {
                paras.push(current.join(" "));
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        paras.push(current.join(" "));
    }
    paras.join("\n\n")
}

/// Wraps `text` at `width` characters. Lines after the first (and the first too when `first`)
/// are indented by `indent` spaces, counted within the width; the first line gets the same
/// room, so text placed after a label `indent` characters wide lines up and fits. Line breaks in the text are kept;
/// a word longer than a line gets a line of its own.
pub fn wrap(text: &str, width: usize, indent: usize, first: bool) -> String {
    let pad = " ".repeat(indent);
    let room = width.saturating_sub(indent).max(10);
    let mut out = String::new();
    let mut at_start = true;
    for (pi, para) in text.lines().enumerate() {
        if pi > 0 {
            out.push('\n');
        }
        let mut len = 0;
        let words: Vec<&str> = para.split_whitespace().collect();
        for (wi, word) in words.iter().enumerate() {
            let w = word.chars().count();
            // A number or sign ("88", "/", "·") goes to the next line with the word it
            // belongs to, so a line never ends on "· 88" with "questions" below it.
            let kept = kept_with_next(&words[wi..]);
            let stranded = kept > w && len > 0 && len + 1 + kept > room && kept <= room;
            if len > 0 && (len + 1 + w > room || stranded) {
                out.push('\n');
                len = 0;
            }
            if len == 0 {
                if !at_start || first {
                    out.push_str(&pad);
                }
            } else {
                out.push(' ');
                len += 1;
            }
            out.push_str(word);
            len += w;
            at_start = false;
        }
        at_start = false;
    }
    out
}

/// The width of `words[0]` together with what it must stay beside: a word with no letter (a
/// number, a sign) is kept with the words after it, up to and including the first word with a
/// letter, unless a separator (`·`, `|`, `—`, `;`, …) comes first. Just its own width when
/// it has letters or no such word follows.
fn kept_with_next(words: &[&str]) -> usize {
    let has_letter = |w: &str| w.chars().any(char::is_alphabetic);
    // A separator starts a new group: "76.1 / 100 · 88 questions" keeps "76.1 / 100" to
    // itself and "· 88 questions" together.
    let separator = |w: &str| matches!(w, "·" | "|" | "—" | "–" | ";" | ":");
    let end = words
        .iter()
        .enumerate()
        .find(|&(i, w)| has_letter(w) || (i > 0 && separator(w)))
        .filter(|&(_, w)| has_letter(w))
        .map(|(i, _)| i);
    // A word that closes a phrase ("50/100)", "12,") belongs with what came before it.
    let closes = |w: &str| w.ends_with([')', ']', ',', ';', ':', '.', '!', '?']);
    let (Some(end), Some(first)) = (end, words.first()) else {
        return words.first().map_or(0, |w| w.chars().count());
    };
    if closes(first) {
        return first.chars().count();
    }
    words[..=end]
        .iter()
        .map(|w| w.chars().count())
        .sum::<usize>()
        + end
}

/// `text` emphasised for `format`: in HTML inside `<tag>` (escaped first unless `safe`) and
/// marked safe; in Markdown between `mark`s (a code span holding a backtick falls back to
/// the escaped text); plain text and CSV as it is.
pub fn emphasis(
    text: &str,
    safe: bool,
    format: super::ReportFormat,
    tag: &str,
    mark: &str,
) -> tera::Value {
    use super::ReportFormat;
    match format {
        ReportFormat::Html => {
            let inner = if safe {
                text.to_owned()
            } else {
                let mut out = Vec::new();
                // Writing to a Vec cannot fail.
                let _ = tera::escape_html(text, &mut out);
                String::from_utf8(out).unwrap_or_default()
            };
            tera::Value::safe_string(&format!("<{tag}>{inner}</{tag}>"))
        }
        ReportFormat::Markdown if text.is_empty() => tera::Value::from(String::new()),
        ReportFormat::Markdown if mark == "`" && text.contains('`') => {
            tera::Value::from(markdown(text))
        }
        ReportFormat::Markdown => tera::Value::from(format!("{mark}{text}{mark}")),
        _ => tera::Value::from(text.to_owned()),
    }
}

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
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
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
    fn emphasis_is_written_the_way_each_format_writes_it() {
        use crate::report::ReportFormat;
        let em = |text: &str, safe, format| emphasis(text, safe, format, "em", "*");
        let html = em("a <b> & c", false, ReportFormat::Html);
        assert!(html.is_safe());
        assert_eq!(html.as_str(), Some("<em>a &lt;b&gt; &amp; c</em>"));
        let safe = em("<i>x</i>", true, ReportFormat::Html);
        assert_eq!(safe.as_str(), Some("<em><i>x</i></em>"));
        assert_eq!(em("x", false, ReportFormat::Markdown).as_str(), Some("*x*"));
        assert_eq!(em("", false, ReportFormat::Markdown).as_str(), Some(""));
        assert_eq!(em("x", false, ReportFormat::Text).as_str(), Some("x"));
        let code = emphasis("a`b", false, ReportFormat::Markdown, "code", "`");
        assert_eq!(code.as_str(), Some(markdown("a`b").as_str()));
    }

    #[test]
    fn bars_fill_in_proportion() {
        assert_eq!(bar(Some(50.0), 10), "#####.....");
        assert_eq!(bar(Some(0.0), 4), "....");
        assert_eq!(bar(Some(100.0), 4), "####");
        assert_eq!(bar(Some(250.0), 4), "####");
        assert_eq!(bar(None, 3), "   ");
    }

    #[test]
    fn numbers_and_padding() {
        assert_eq!(num(Some(62.456), 1, "-"), "62.5");
        assert_eq!(num(None, 1, "n/a"), "n/a");
        assert_eq!(num(Some(-0.0), 0, "-"), "0");
        assert_eq!(num(Some(-0.04), 1, "-"), "0.0");
        assert_eq!(num(Some(-2.0), 0, "-"), "-2");
        assert_eq!(signed(Some(12.345), 1, "-"), "+12.3");
        assert_eq!(signed(Some(-3.0), 1, "-"), "-3.0");
        assert_eq!(signed(Some(0.01), 1, "-"), "0.0");
        assert_eq!(signed(None, 1, "n/a"), "n/a");
        assert_eq!(pad("ab", 4, false), "ab  ");
        assert_eq!(pad("ab", 4, true), "  ab");
        assert_eq!(pad("abcdef", 4, true), "abcdef");
    }

    #[test]
    fn wrap_keeps_lines_within_width_and_indents_continuations() {
        let text = "one two three four five six seven eight nine ten eleven twelve";
        let out = wrap(text, 20, 4, false);
        assert_eq!(
            out,
            "one two three\n    four five six\n    seven eight nine\n    ten eleven\n    twelve"
        );
        assert!(out.lines().all(|l| l.chars().count() <= 20));
        assert_eq!(wrap("a\nb", 20, 2, true), "  a\n  b");
    }

    #[test]
    fn columns_line_up_after_long_text() {
        assert_eq!(column("Short", 10, 2), "Short     ");
        assert_eq!(
            column("A rather long title", 12, 2),
            "A rather\n  long title"
        );
        assert_eq!(
            column("A rather long title here", 12, 2),
            "A rather\n  long title\n  here      "
        );
    }

    #[test]
    fn reflow_joins_paragraph_lines() {
        assert_eq!(reflow("\n a\nb \n\n\nc\n"), "a b\n\nc");
    }

    #[test]
    fn wrap_never_leaves_a_number_at_the_end_of_a_line() {
        let headline = "Préparation : Pas prêt : consolider d'abord les bases · score 76.1 / 100 · 88 questions répondues sur 88";
        let wrapped = wrap(headline, 80, 0, false);
        assert_eq!(
            wrapped,
            "Préparation : Pas prêt : consolider d'abord les bases · score 76.1 / 100\n· 88 questions répondues sur 88"
        );
        // Numbers with no word after them wrap as any word does.
        assert_eq!(wrap("aaaa bbbb 12 34", 12, 0, false), "aaaa bbbb 12\n34");
        // A number that ends a phrase stays where it is.
        assert_eq!(
            wrap("aaaa bbbb 50/100) (HOLDS", 18, 0, false),
            "aaaa bbbb 50/100)\n(HOLDS"
        );
    }

    #[test]
    fn wrap_gives_a_long_word_its_own_line() {
        assert_eq!(
            wrap("see https://example.org/a/very/long/path ok", 20, 0, false),
            "see\nhttps://example.org/a/very/long/path\nok"
        );
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
