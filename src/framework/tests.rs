//! Loading as a whole: a check reads what a load reads, the question index finds what
//! `question` finds, and a piece lowering refused is named as integra's own bug.
//!
//! Tests only: they must not be needed by any other code.

use super::*;

/// A check reads what a load reads, problems and model alike, without the hash.
#[test]
fn a_check_is_a_load_without_the_hash() {
    let texts: Vec<String> = [
        "frameworks",
        "tests/fixtures/valid",
        "tests/fixtures/invalid",
    ]
    .iter()
    .flat_map(|dir| std::fs::read_dir(dir).expect("fixtures"))
    .filter_map(|e| std::fs::read_to_string(e.expect("entry").path()).ok())
    .collect();
    assert!(texts.len() > 20);
    for text in &texts {
        let load = from_str("f.toml", text, Origin::Embedded);
        let check = check_str("f.toml", text, Origin::Embedded);
        match (load, check) {
            (Ok(mut loaded), Ok(checked)) => {
                assert_eq!(loaded.hash, content_hash(text.as_bytes()));
                assert_eq!(checked.hash, "");
                loaded.hash.clear();
                assert_eq!(format!("{loaded:?}"), format!("{checked:?}"));
            }
            (Err(a), Err(b)) => assert_eq!(a.render(), b.render()),
            (a, b) => panic!("load {:?} but check {:?}", a.is_ok(), b.is_ok()),
        }
    }
}

#[test]
fn an_unlowered_piece_is_named_in_the_message_and_the_hint() {
    for (u, what) in [
        (Unlowered::Question("q1".into()), "question 'q1'"),
        (Unlowered::Gate("g1".into()), "gate 'g1'"),
    ] {
        let d = unlowered(u);
        let hint = d.hint.clone().unwrap_or_default();
        assert!(d.message.contains(what), "{}", d.message);
        assert!(hint.contains(what), "{hint}");
        assert!(!hint.contains('$'), "{hint}");
    }
}

#[test]
fn the_question_index_finds_what_question_finds() {
    // A draft keeps a repeated id (validation reports it); the index, like `question`,
    // gives the first copy, and every other id maps to its own question.
    let text = include_str!("../../tests/fixtures/valid/minimal.toml").replace(
        "id = \"abortion\"\nkind = \"yes_no\"",
        "id = \"referral\"\nkind = \"yes_no\"",
    );
    let draft = parse::parse(&text).0.unwrap();
    let index = draft.question_index();
    let ids: Vec<&str> = draft.questions().map(|q| q.id.as_str()).collect();
    assert!(
        ids.iter().filter(|id| **id == "referral").count() == 2,
        "{ids:?}"
    );
    assert_eq!(index.len(), ids.len() - 1);
    for id in ids {
        let first = draft.question(id).unwrap();
        assert!(std::ptr::eq(index[id], first), "{id}");
    }
    assert_eq!(index["referral"].kind, QuestionKind::Rating);
    assert!(!index.contains_key("abortion"));
}
