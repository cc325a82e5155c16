//! Hostile frameworks: each is refused with a located message or loaded safely, never a
//! panic or a hang. Sizes and limits: 4 MiB per file, 2,000 questions, 200 principles.
//! Time and memory for large files are measured and recorded in docs/reliability.md, not
//! asserted here.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use std::fmt::Write as _;

use integra::framework::{Framework, LoadError, Origin, from_str};

const MINIMAL: &str = include_str!("../fixtures/valid/minimal.toml");

fn load(text: &str) -> Result<Framework, LoadError> {
    from_str("f.toml", text, Origin::Embedded)
}

fn refused(text: &str) -> String {
    load(text).unwrap_err().render()
}

/// The minimal fixture with `n` more rating questions in its last principle.
fn with_questions(n: usize) -> String {
    let mut extra = String::new();
    for i in 0..n {
        let _ = write!(
            extra,
            "[[principles.questions]]\nid = \"x{i}\"\nkind = \"rating\"\nscale = \"practice\"\ntext = \"Q\"\n\n"
        );
    }
    MINIMAL.replace("[[gates]]", &format!("{extra}[[gates]]"))
}

#[test]
fn more_than_2000_questions_are_refused_at_the_first_one_too_many() {
    let base = load(MINIMAL).unwrap().questions().count();
    assert!(load(&with_questions(2000 - base)).is_ok());
    let text = refused(&with_questions(2001 - base));
    assert!(
        text.contains(
            "error: question 'x1995' is one too many: a framework may have at most 2000 questions"
        ),
        "{text}"
    );
    assert!(text.starts_with("f.toml:"), "located: {text}");
}

#[test]
fn more_than_200_principles_are_refused() {
    let mut extra = String::new();
    for i in 0..200 {
        let _ = write!(
            extra,
            "[[principles]]\nid = \"p{i}\"\ntitle = \"P\"\n\n[[principles.questions]]\nid = \"pq{i}\"\nkind = \"yes_no\"\ntext = \"Q\"\n\n"
        );
    }
    let text = refused(&MINIMAL.replace("[[gates]]", &format!("{extra}[[gates]]")));
    assert!(
        text.contains(
            "principle 'p198' is one too many: a framework may have at most 200 principles"
        ),
        "{text}"
    );
}

#[test]
fn a_one_megabyte_string_loads() {
    let long = "x".repeat(1024 * 1024);
    let fw = load(&MINIMAL.replace("Are referrals followed up?", &long)).unwrap();
    assert_eq!(
        fw.question("referral").unwrap().text.get("en").len(),
        long.len()
    );
}

#[test]
fn nul_bytes_are_refused_raw_and_removed_when_escaped() {
    let raw = refused(&MINIMAL.replace("Are referrals followed up?", "Are \0 referrals?"));
    assert!(
        raw.contains("this line holds an invisible control character (U+0000)"),
        "{raw}"
    );
    assert!(raw.starts_with("f.toml:"), "{raw}");
    let fw = load(&MINIMAL.replace("Are referrals followed up?", "Are \\u0000referrals?")).unwrap();
    assert_eq!(
        fw.question("referral").unwrap().text.get("en"),
        "Are referrals?"
    );
}

#[test]
fn conditions_cannot_form_a_cycle() {
    // 'legal' now depends on 'abortion', which depends on 'legal'.
    let text = MINIMAL.replace(
        "kind = \"choice\"\ntext = \"Is abortion legal in your setting?\"",
        "kind = \"choice\"\ntext = \"Is abortion legal in your setting?\"\nshow_if = { question = \"abortion\", is = \"yes\" }",
    );
    let text = refused(&text);
    assert!(text.contains("'abortion'"), "{text}");
    assert!(text.contains("error:"), "{text}");
}

#[test]
fn weights_that_are_not_sensible_numbers_are_refused() {
    for weight in ["0", "-1", "nan", "inf", "-inf", "1e300", "0.0"] {
        let text = refused(&MINIMAL.replace(
            "weight = 2\nrecommendation",
            &format!("weight = {weight}\nrecommendation"),
        ));
        assert!(
            text.contains("question 'referral' has weight"),
            "{weight}: {text}"
        );
    }
}

#[test]
fn nonsense_numbers_elsewhere_are_refused() {
    for (from, to) in [
        ("points = 2 }", "points = nan }"),
        ("points = 2 }", "points = -5 }"),
        ("min = 0\nmax = 50", "min = nan\nmax = 50"),
        ("min = 0\nmax = 50", "min = 60\nmax = 50"),
        ("min = 0\nmax = 40", "min = nan\nmax = 40"),
    ] {
        let text =
            load(&MINIMAL.replacen(from, to, 1)).map_or_else(|e| e.render(), |_| String::new());
        assert!(text.contains("error:"), "{to}: accepted");
    }
}
