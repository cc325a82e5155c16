//! Questions taken out of the document read as questions read from copies: the same model,
//! places and problems; and a file with a bad question is read again, from copies, so that
//! every bad key of it is still reported.
//!
//! Tests only: they must not be needed by any other code, except the parts tests, which
//! share `sources` and `outcome`.

use toml::de::DeTable;

use super::*;

/// Every framework and fixture that TOML reads without an error, by name.
pub(in crate::framework::parse) fn sources() -> Vec<(String, String)> {
    let dirs = [
        "frameworks",
        "tests/fixtures/valid",
        "tests/fixtures/invalid",
        "tests/fixtures/warnings",
    ];
    let mut found: Vec<(String, String)> = dirs
        .iter()
        .flat_map(|dir| std::fs::read_dir(dir).expect("fixtures"))
        .map(|e| e.expect("entry").path())
        .filter_map(|p| Some((p.display().to_string(), std::fs::read_to_string(&p).ok()?)))
        .filter(|(_, text)| DeTable::parse_recoverable(text).1.is_empty())
        .collect();
    found.sort();
    found
}

/// What reading gives, comparable: the draft (its set of unread pieces in order) and the
/// problems.
pub(in crate::framework::parse) fn outcome(
    (draft, diags): (Option<Draft>, Vec<Diagnostic>),
) -> String {
    let draft = draft.map(|mut d| {
        let mut unread: Vec<String> = d.unread.drain().collect();
        unread.sort();
        (format!("{d:?}"), unread)
    });
    format!("{draft:?}\n{diags:?}")
}

/// `text` read whole, its questions read as `questions` says; `None` if one taken failed.
fn read_with(text: &str, questions: Questions) -> Option<String> {
    let (doc, errors) = DeTable::parse_recoverable(text);
    assert!(errors.is_empty());
    read_document(Document::Whole(doc), questions).map(outcome)
}

#[test]
fn questions_taken_read_as_questions_copied() {
    let (mut taken, mut read_again) = (0, 0);
    for (name, text) in sources() {
        let copied = read_with(&text, Questions::Copied).expect("copies are always read");
        match read_with(&text, Questions::Taken) {
            Some(read) => {
                assert_eq!(read, copied, "{name}");
                taken += 1;
            }
            None => read_again += 1,
        }
        // What a caller gets, either way.
        let (doc, _) = Document::read(&text);
        assert_eq!(outcome(parse_document(doc, &text)), copied, "{name}");
    }
    // Not passed by reading every file again: the built-in frameworks and the sound fixtures
    // are read once, and the fixtures with a bad question twice.
    assert!(taken >= 30, "only {taken} read once");
    assert!(read_again >= 3, "only {read_again} read again");
}

#[test]
fn every_bad_key_of_a_question_is_reported_when_questions_are_taken() {
    let text = include_str!("../../../frameworks/quick-check.toml").replacen(
        "[[principles.questions]]\n",
        "[[principles.questions]]\ncolour = \"red\"\nsize = 3\n",
        1,
    );
    assert_eq!(read_with(&text, Questions::Taken), None);
    let (doc, _) = Document::read(&text);
    let (draft, diags) = parse_document(doc, &text);
    for key in ["colour", "size"] {
        assert!(
            diags.iter().any(|d| d.message.contains(key)),
            "{key}: {diags:?}"
        );
    }
    // The question itself is read once its bad keys are dropped.
    let first = &draft.expect("read").principles[0].questions[0];
    assert!(!first.id.is_empty());
}
