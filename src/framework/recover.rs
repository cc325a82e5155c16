//! Reading on past broken lines, so one TOML mistake does not hide every other problem.
//!
//! Before the file is parsed, two mistakes authors make are repaired in a working copy and
//! reported where they were written: a list section written with one bracket (`[scales]` for
//! `[[scales]]`), and lines the TOML reader rejects (an unclosed string, typographic quotes).
//! Rejected lines are blanked and the copy read again, a few times at most; the checks then run
//! on what remains, and their findings are moved back to the original text's lines. A key on a
//! blanked line is missing from the copy: "missing key" errors about it are consequences and are
//! dropped. When the copy still cannot be read, a note says plainly that the other checks were
//! skipped.
//!
//! Owns the repairs and moving findings back to the original lines. Must not check anything
//! beyond TOML syntax (the parser and validator run on the copy).

use std::borrow::Cow;
use std::ops::Range;

use super::parse::Document;
use crate::diagnostic::{Diagnostic, Msg, MsgArg, toml_syntax};
use crate::msg;

/// The sections that are lists of tables, and the word for one of their entries.
const LISTS: [(&str, &str); 5] = [
    ("scales", "scale"),
    ("principles", "principle"),
    ("principles.questions", "question"),
    ("gates", "gate"),
    ("bands", "band"),
];

/// How many times the copy is re-read with more lines blanked before giving up.
const MAX_ROUNDS: usize = 5;

/// A working copy of a framework's text that the TOML reader accepts, if one was found.
#[derive(Debug, Default)]
pub struct Prepared<'a> {
    /// The text to parse: single-bracket headers doubled, rejected lines blanked. The
    /// original itself when nothing was repaired (most files: a large one is not copied).
    pub text: Cow<'a, str>,
    /// Whether `text` can be read; if not, the other checks are skipped.
    pub readable: bool,
    /// Problems found while preparing, with spans in `text` (see [`Prepared::finish`]).
    found: Vec<Diagnostic>,
    /// Keys written on blanked lines.
    blanked_keys: Vec<String>,
    /// Positions in `text` of the bytes that are not in the original (added brackets).
    inserted: Vec<usize>,
}

/// Repairs what can be repaired in a copy of `original` and records each repair as a problem.
pub fn prepare(original: &str) -> Prepared<'_> {
    read(original, |_| ()).0
}

/// [`prepare`], handing the document the copy reads as, with the copy's text, to `with`
/// (`None` when no readable copy was found), so that the text is parsed once: the last
/// round's reading is the one the checks use (the model's reader reads the text again only
/// for a bad question, see `parse::parse_document`).
pub fn read<R>(
    original: &str,
    with: impl for<'t> FnOnce(Option<(Document<'t>, &'t str)>) -> R,
) -> (Prepared<'_>, R) {
    let mut p = Prepared::default();
    p.double_single_brackets(original);
    for round in 0..MAX_ROUNDS {
        let (doc, errors) = Document::read(&p.text);
        if errors.is_empty() {
            let read = with(Some((doc, &p.text)));
            p.readable = true;
            return (p, read);
        }
        drop(doc);
        if !p.blank_rejected(round, &errors) {
            break;
        }
    }
    let at = p.found.last().map_or(0..0, |d| d.span.clone());
    p.found.push(
        Diagnostic::error(at, msg!("diag-checks-skipped"))
            .with_hint(msg!("diag-checks-skipped-hint")),
    );
    (p, with(None))
}

impl<'a> Prepared<'a> {
    /// Records the errors of one round of reading and blanks the lines they are on; false
    /// when no line was left to blank.
    fn blank_rejected(&mut self, round: usize, errors: &[toml::de::Error]) -> bool {
        let mut progress = false;
        // Past a broken table header, its keys land in the table above: a key "written twice"
        // there is the header's doing, as is any after the first round's blanking.
        let mut broken_header = (round > 0).then_some(0);
        for e in errors {
            let span = e.span().unwrap_or(0..0);
            let duplicate = e.message().trim() == "duplicate key";
            if !(duplicate && broken_header.is_some_and(|at| span.start > at)) {
                self.found.push(toml_syntax::diagnostic(
                    e.message(),
                    span.clone(),
                    &self.text,
                ));
            }
            if toml_syntax::line_at(&self.text, span.start)
                .trim_start()
                .starts_with('[')
            {
                broken_header.get_or_insert(span.start);
            }
            progress |= self.blank_line_at(span.start);
        }
        progress
    }

    /// `[scales]` → `[[scales]]` in the copy, with an error at the header as written.
    fn double_single_brackets(&mut self, original: &'a str) {
        // Made at the first repair: a file without one is read as it is.
        let mut text = String::new();
        // Lines are copied in runs, up to the next one repaired: most files need no repair,
        // and a line-by-line copy cost more than reading the TOML's header lines.
        let mut copied = 0;
        let mut line_start = 0;
        // Each line with its break, found with memchr (many bytes at a time): every line of
        // every file is looked at, and `split_inclusive` cost as much as a tenth of reading a
        // large framework.
        let ends = memchr::memchr_iter(b'\n', original.as_bytes()).map(|i| i + 1);
        for end in ends.chain(std::iter::once(original.len())) {
            let here = line_start;
            let line = &original[here..end];
            line_start = end;
            let indent = line.len() - line.trim_start().len();
            // Both repairs are of a header: a line that does not start one is copied as it is.
            // (A byte, not `starts_with('[')`: at "z" that called memcmp for every line.)
            if line.as_bytes().get(indent) != Some(&b'[') {
                continue;
            }
            let mut copy_up_to_here = |text: &mut String| {
                text.reserve(original.len() + 16);
                text.push_str(&original[copied..here]);
                copied = here + line.len();
            };
            if let Some((name, word, close)) = single_bracket_header(&line[indent..]) {
                copy_up_to_here(&mut text);
                let start = text.len() + indent;
                // The header's span in the copy: the added '[' is left out of it.
                let span = start + 1..start + close + 2;
                self.inserted.push(start);
                self.inserted.push(start + close + 2);
                self.found.push(
                    Diagnostic::error(
                        span,
                        msg!(
                            "diag-single-bracket",
                            name = name,
                            what = super::validate::what_word(word)
                        ),
                    )
                    .with_hint(msg!("diag-single-bracket-hint", name = name)),
                );
                text.push_str(&line[..indent]);
                text.push('[');
                text.push_str(&line[indent..=indent + close]);
                text.push(']');
                text.push_str(&line[indent + close + 1..]);
            } else if let Some((end, close)) = unclosed_header(&line[indent..]) {
                copy_up_to_here(&mut text);
                // `[[principles.questions` : closed in the copy, reported as written.
                let start = text.len() + indent;
                let header = format!("{}{close}", &line[indent..indent + end]);
                self.found.push(
                    Diagnostic::error(
                        start..start + end,
                        msg!("diag-header-unclosed", header = header),
                    )
                    .with_hint(msg!("diag-header-unclosed-hint")),
                );
                text.push_str(&line[..indent + end]);
                for i in 0..close.len() {
                    self.inserted.push(start + end + i);
                }
                text.push_str(close);
                text.push_str(&line[indent + end..]);
            }
        }
        if copied == 0 && text.is_empty() {
            self.text = Cow::Borrowed(original);
            return;
        }
        text.push_str(&original[copied..]);
        self.text = Cow::Owned(text);
    }

    /// Blanks the line holding `offset` (keeping every byte's position); false if already blank.
    fn blank_line_at(&mut self, offset: usize) -> bool {
        let line = toml_syntax::line_at(&self.text, offset);
        if line.trim().is_empty() {
            return false;
        }
        let start = line.as_ptr() as usize - self.text.as_ptr() as usize;
        let trimmed = line.trim_start();
        if !trimmed.starts_with('[')
            && let Some((key, _)) = trimmed.split_once('=')
        {
            self.blanked_keys
                .push(key.trim().trim_matches(['"', '\'']).to_owned());
        }
        let blank: String = line
            .bytes()
            .map(|b| if b == b'\r' { '\r' } else { ' ' })
            .collect();
        let end = start + line.len();
        self.text.to_mut().replace_range(start..end, &blank);
        true
    }

    /// Adds the problems found while preparing to `diagnostics`, drops those caused by the
    /// blanked lines, and moves every span back to the original text.
    pub fn finish(&self, diagnostics: &mut Vec<Diagnostic>) {
        diagnostics.retain(|d| !self.is_consequence(d));
        diagnostics.extend(self.found.iter().cloned());
        for d in diagnostics.iter_mut() {
            d.span = self.original(&d.span);
            if let Some((span, _)) = d.related.as_mut() {
                *span = self.original(span);
            }
        }
    }

    fn is_consequence(&self, d: &Diagnostic) -> bool {
        let Msg::Key("diag-missing-key", args) = &d.text else {
            return false;
        };
        args.iter().any(|(name, value)| {
            *name == "key" && matches!(value, MsgArg::Text(k) if self.blanked_keys.contains(k))
        })
    }

    fn original(&self, span: &Range<usize>) -> Range<usize> {
        let back = |at: usize| at - self.inserted.partition_point(|&i| i < at);
        back(span.start)..back(span.end)
    }
}

/// For a table header without its closing brackets (`[[principles.questions`), where the
/// brackets go and which; `None` for anything else.
fn unclosed_header(line: &str) -> Option<(usize, &'static str)> {
    if !line.starts_with('[') || line.contains(']') {
        return None;
    }
    let close = if line.starts_with("[[") { "]]" } else { "]" };
    let content = line.split('#').next().unwrap_or(line).trim_end();
    let name = content.trim_start_matches('[').trim();
    let plain = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | ' '));
    plain.then_some((content.len(), close))
}

/// For `[name]` (one bracket, a list section's name), the name, its entry word and the
/// position of the closing bracket; `None` for anything else.
fn single_bracket_header(line: &str) -> Option<(&str, &'static str, usize)> {
    let rest = line.strip_prefix('[')?;
    if rest.starts_with('[') {
        return None;
    }
    let close = rest.find(']')?;
    let after = rest[close + 1..].trim();
    if !(after.is_empty() || after.starts_with('#')) {
        return None;
    }
    let name = rest[..close].trim();
    let word = LISTS.iter().find(|(n, _)| *n == name)?.1;
    Some((name, word, close + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_brackets_are_doubled_and_reported_where_written() {
        let text = "id = \"x\"\n[scales]\nid = \"a\"\n  [scales] # again\nid = \"b\"\n";
        let p = prepare(text);
        assert!(p.readable);
        assert!(p.text.contains("[[scales]]\n") && p.text.contains("  [[scales]] # again"));
        let mut diags = Vec::new();
        p.finish(&mut diags);
        let spans: Vec<&str> = diags.iter().map(|d| &text[d.span.clone()]).collect();
        assert_eq!(spans, ["[scales]", "[scales]"]);
        // The last line needs no line break; lines ending in CRLF are read as lines too.
        let p = prepare("id = \"x\"\r\n[scales]\r\nid = \"a\"\r\n[bands]");
        assert!(p.text.contains("\n[[scales]]\r\n") && p.text.ends_with("\n[[bands]]"));
    }

    #[test]
    fn a_file_without_repairs_is_read_without_a_copy() {
        let text = "id = \"x\"\n[[scales]]\nid = \"a\"\n";
        let p = prepare(text);
        assert!(p.readable);
        assert!(matches!(p.text, Cow::Borrowed(t) if std::ptr::eq(t, text)));
        let broken = "id = \"x\"\ntitle = \"open\n";
        assert!(matches!(prepare(broken).text, Cow::Owned(_)));
        assert!(matches!(prepare("[scales]\n").text, Cow::Owned(_)));
    }

    #[test]
    fn a_broken_line_is_blanked_and_the_rest_read() {
        let text = "id = \"x\"\ntitle = \"open\nversion = \"1\"\n";
        let p = prepare(text);
        assert!(p.readable);
        assert!(!p.text.contains("open"));
        assert_eq!(p.text.len(), text.len(), "positions are kept");
        let missing =
            Diagnostic::error(0..0, msg!("diag-missing-key", context = "x", key = "title"));
        let mut diags = vec![missing];
        p.finish(&mut diags);
        assert_eq!(
            diags.len(),
            1,
            "the missing title is the broken line's doing"
        );
        assert_eq!(&text[diags[0].span.start..diags[0].span.start], "");
    }

    #[test]
    fn keys_below_a_broken_header_are_not_reported_as_written_twice() {
        let text = "id = \"x\"\n[[principles = 1\nid = \"p\"\n";
        let p = prepare(text);
        let mut diags = Vec::new();
        p.finish(&mut diags);
        assert_eq!(diags.len(), 1, "{diags:?}");
    }

    #[test]
    fn an_unclosed_header_is_closed_and_reported_where_written() {
        let text = "id = \"x\"\n  [[principles.questions  # q\nid = \"p\"\n";
        let p = prepare(text);
        assert!(p.readable);
        assert!(
            p.text.contains("  [[principles.questions]]  # q\n"),
            "{}",
            p.text
        );
        let mut diags = Vec::new();
        p.finish(&mut diags);
        assert_eq!(diags.len(), 1, "{diags:?}");
        assert_eq!(&text[diags[0].span.clone()], "[[principles.questions");
        assert_eq!(
            diags[0].message,
            "this header is not closed: write [[principles.questions]]"
        );
    }

    #[test]
    fn a_file_that_cannot_be_read_says_the_checks_were_skipped() {
        // An unclosed multi-line string runs to the end: no line can be blanked to fix it.
        let p = prepare("id = \"x\"\ndescription = \"\"\"\nabc\n");
        assert!(!p.readable);
        let mut diags = Vec::new();
        p.finish(&mut diags);
        assert_eq!(diags.len(), 2);
        assert_eq!(diags[1].text, msg!("diag-checks-skipped"));
    }

    #[test]
    fn no_single_edit_of_a_framework_makes_reading_panic() {
        // Every deletion, and every insertion of a character that breaks TOML, at every thirteenth
        // position of a real framework: reading always ends with a framework or a list of
        // problems, and every problem points inside the text.
        let text = include_str!("../../tests/fixtures/valid/minimal.toml");
        let mut cuts: Vec<usize> = (0..text.len()).step_by(13).collect();
        cuts.retain(|&i| text.is_char_boundary(i));
        for &at in &cuts {
            let mut edits = vec![format!(
                "{}{}",
                &text[..at],
                &text[at..].chars().skip(1).collect::<String>()
            )];
            for c in ["\"", "[", "“", "\"\"\"", "=", "\n[scales]\n"] {
                edits.push(format!("{}{c}{}", &text[..at], &text[at..]));
            }
            for edited in edits {
                if let Err(e) = crate::framework::from_str(
                    "f.toml",
                    &edited,
                    crate::framework::Origin::Embedded,
                ) {
                    assert!(!e.diagnostics.is_empty());
                    for d in &e.diagnostics {
                        assert!(d.span.end <= edited.len(), "{d:?} in {edited:?}");
                    }
                    let _ = e.render_in(crate::i18n::Lang::Fr);
                }
            }
        }
    }
}
