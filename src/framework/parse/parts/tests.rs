//! Reading a file in parts reads what reading it whole reads: the same model, the same places,
//! the same problems; and a file whose parts would mean something else is read whole.
//!
//! Tests only: they must not be needed by any other code.

use super::*;
use crate::framework::parse::parse_document;
use crate::framework::parse::tests::{outcome, sources};
use crate::framework::{Origin, from_str};

fn whole(text: &str) -> String {
    let (doc, errors) = DeTable::parse_recoverable(text);
    assert!(errors.is_empty());
    outcome(parse_document(Document::Whole(doc), text))
}

/// Read in parts cut at every principle, when the file can be.
fn in_parts(text: &str) -> Option<String> {
    match Document::read_in(text, 0) {
        (doc @ Document::Parts(..), errors) => {
            assert!(errors.is_empty());
            Some(outcome(parse_document(doc, text)))
        }
        (Document::Whole(_), _) => None,
    }
}

#[test]
fn every_framework_and_fixture_reads_in_parts_as_it_reads_whole() {
    let mut read_in_parts = 0;
    for (name, text) in sources() {
        if let Some(parts) = in_parts(&text) {
            let w = whole(&text);
            if parts != w {
                let at = parts
                    .bytes()
                    .zip(w.bytes())
                    .position(|(a, b)| a != b)
                    .unwrap_or(0);
                panic!(
                    "{name}: parts {} / whole {}",
                    &parts[at.saturating_sub(300)..(at + 200).min(parts.len())],
                    &w[at.saturating_sub(300)..(at + 200).min(w.len())]
                );
            }
            read_in_parts += 1;
        }
    }
    // Not passed by reading everything whole: the built-in frameworks (gates, bands and
    // translations after their principles) and most fixtures are cut.
    assert!(read_in_parts >= 30, "only {read_in_parts} read in parts");
}

#[test]
fn a_file_with_windows_line_breaks_reads_in_parts_as_it_reads_whole() {
    let text = include_str!("../../../../frameworks/quick-check.toml").replace('\n', "\r\n");
    let parts = in_parts(&text).expect("cut at its principles");
    assert_eq!(parts, whole(&text));
}

/// The default framework with `insert` written after the line holding `after`.
fn default_with(after: &str, insert: &str) -> String {
    let text = include_str!("../../../../frameworks/pwud-hiv-srhr-integration.toml");
    let at = text.rfind(after).expect("anchor") + after.len();
    let at = at + text[at..].find('\n').expect("line end") + 1;
    format!("{}{insert}{}", &text[..at], &text[at..])
}

#[test]
fn problems_in_later_parts_are_where_the_file_has_them() {
    // Problems the reading finds (an unknown key), and problems the checks find later from
    // the places read (a gate watching a question that does not exist), in the last
    // principle, a gate and a translation, all after the first cut.
    for (after, insert, said) in [
        ("[[principles.questions]]", "colour = \"red\"\n", "colour"),
        ("[[gates]]", "nonsense = 1\n", "nonsense"),
        (
            "[translations.fr]",
            "\"question.nowhere.text\" = \"Nulle part\"\n",
            "nowhere",
        ),
        // The header's `[coverage]`, after the principles: read with the header.
        ("[coverage]", "colours = 2\n", "colours"),
    ] {
        let text = default_with(after, insert);
        assert!(
            matches!(Document::read(&text).0, Document::Parts(..)),
            "{said}"
        );
        let line_at = |at: usize| text[..at].matches('\n').count() + 1;
        let line = line_at(text.find(insert).expect("inserted"));
        let diags = match from_str("f.toml", &text, Origin::Embedded) {
            Ok(fw) => fw.read_warnings,
            Err(e) => e.diagnostics,
        };
        let found = diags
            .iter()
            .find(|d| d.message.contains(said))
            .unwrap_or_else(|| panic!("no problem about {said}: {diags:?}"));
        assert_eq!(line_at(found.span.start), line, "{said}: {}", found.message);
        assert_eq!(whole(&text), in_parts(&text).expect("parts"), "{said}");
    }
}

#[test]
fn scales_written_after_the_principles_are_read_in_the_last_part() {
    let text = include_str!("../../../../frameworks/quick-check.toml");
    let (start, end) = (
        text.find("[[scales]]\n").expect("scales"),
        text.find("[[principles]]\n").expect("principles"),
    );
    let scales = text[start..end].replacen("[[scales]]\n", "[[scales]]\ncolour = 1\n", 1);
    let moved = format!("{}{}\n{scales}", &text[..start], &text[end..]);
    assert!(matches!(
        Document::read_in(&moved, 0).0,
        Document::Parts(..)
    ));
    assert_eq!(in_parts(&moved).expect("parts"), whole(&moved));
    let problems = match from_str("f.toml", &moved, Origin::Embedded) {
        Ok(fw) => fw.read_warnings,
        Err(e) => e.diagnostics,
    };
    let colour = problems
        .iter()
        .find(|d| d.message.contains("colour"))
        .expect("problem");
    let line_at = |at: usize| moved[..at].matches('\n').count() + 1;
    assert_eq!(
        line_at(colour.span.start),
        line_at(moved.find("colour = 1").expect("key"))
    );
}

#[test]
fn a_file_whose_parts_mean_something_else_is_read_whole() {
    let text = include_str!("../../../../frameworks/quick-check.toml");
    assert!(matches!(Document::read_in(text, 0).0, Document::Parts(..)));
    for (what, changed) in [
        // A multi-line string holding a principle's header line: the part before the cut
        // would end inside the string.
        (
            "string",
            text.replacen(
                "[[principles]]\n",
                "[[principles]]\nhelp = \"\"\"\n[[principles]]\n\"\"\"\n",
                1,
            ),
        ),
        // A list written in two parts: the whole file merges them.
        (
            "gates twice",
            text.replacen(
                "[[principles]]\n",
                "[[gates]]\nid = \"early\"\n[[principles]]\n",
                2,
            ),
        ),
        // A header table written in two parts.
        (
            "coverage twice",
            text.replacen(
                "[[principles]]\n",
                "[coverage.a]\nb = 1\n[[principles]]\n",
                1,
            ),
        ),
        // Principles before the first cut (as an inline list): the whole file refuses both.
        ("inline principles", format!("principles = []\n{text}")),
    ] {
        let (doc, _) = Document::read_in(&changed, 0);
        assert!(matches!(doc, Document::Whole(_)), "{what}");
    }
    // A broken file gives the whole file's errors, not a part's.
    let broken = text.replacen("[[gates]]", "[[gates]]\nid = \"unclosed\n", 1);
    let (doc, errors) = Document::read_in(&broken, 0);
    assert!(matches!(doc, Document::Whole(_)));
    assert_eq!(errors, DeTable::parse_recoverable(&broken).1);
}

#[test]
fn cuts_are_whole_lines_far_enough_apart() {
    let text = b"id = 1\n[[principles]]\na = 1\n[[principles]] # c\n  [[principles]]\n[[principles]]\r\nb = 2\n[[principles]]\n";
    let at = |n: usize| {
        let s = std::str::from_utf8(text).expect("utf-8");
        s.match_indices("[[principles]]").nth(n).expect("nth").0
    };
    // Not a cut: a comment after the header, an indented header.
    assert_eq!(cuts(text, 0), vec![at(0), at(3), at(4)]);
    // The first cut is always made; the next only `part` bytes on.
    assert_eq!(cuts(text, at(3) - at(0)), vec![at(0), at(3)]);
    assert_eq!(cuts(text, at(3) - at(0) + 1), vec![at(0), at(4)]);
    assert_eq!(cuts(text, usize::MAX), vec![at(0)]);
    assert!(cuts(b"[[principles]]", 0).is_empty());
}

#[test]
fn a_small_file_is_read_whole() {
    let text = include_str!("../../../../tests/fixtures/valid/minimal.toml");
    assert!(text.len() < 2 * PART);
    assert!(matches!(Document::read(text).0, Document::Whole(_)));
    assert!(matches!(Document::read_in(text, 0).0, Document::Parts(..)));
}
