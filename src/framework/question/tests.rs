//! Lowering: each kind carries its data, and what the validator refuses does not lower.
//!
//! Tests only: they run the parser and validator on small drafts and compare with lowering.

use super::*;
use crate::diagnostic::Severity;
use crate::framework::condition::Check;
use crate::framework::{Draft, parse, validate};

/// A draft with one scale, a yes/no question `first` and then `question` (TOML keys).
fn draft(question: &str) -> Draft {
    let text = format!(
        "id = \"t\"\nversion = \"1\"\ntitle = \"T\"\n\
         [[scales]]\nid = \"s\"\ntitle = \"S\"\nlevels = [{{ value = 0, label = \"A\" }}, {{ value = 1, label = \"B\" }}]\n\
         [[principles]]\nid = \"p\"\ntitle = \"P\"\n\
         [[principles.questions]]\nid = \"first\"\nkind = \"yes_no\"\ntext = \"F\"\n\
         [[principles.questions]]\nid = \"q\"\ntext = \"Q\"\n{question}\n\
         [[bands]]\nid = \"b\"\nmin = 0\nmax = 100\nlabel = \"B\"\n"
    );
    let (draft, diags) = parse::parse(&text);
    assert!(diags.is_empty(), "{question}: {diags:?}");
    draft.unwrap()
}

fn refused_by_validator(d: &Draft) -> bool {
    validate::validate(d)
        .iter()
        .any(|d| d.severity == Severity::Error)
}

fn lowered(question: &str) -> Option<Kind> {
    let d = draft(question);
    let sound = !refused_by_validator(&d);
    let fw = d.lower();
    // Lowering refuses exactly what the validator refuses.
    assert_eq!(fw.is_ok(), sound, "{question}");
    fw.ok()?.question("q").map(|q| q.kind.clone())
}

#[test]
fn each_kind_lowers_to_its_data() {
    let Some(Kind::Rating { scale }) = lowered("kind = \"rating\"\nscale = \"s\"") else {
        panic!("a rating carries its scale")
    };
    assert_eq!(scale.levels.len(), 2);
    let options =
        "options = [{ id = \"a\", label = \"A\", points = 1 }, { id = \"b\", label = \"B\" }]";
    let Some(Kind::Choice { options: o }) = lowered(&format!("kind = \"choice\"\n{options}"))
    else {
        panic!("a choice carries its options")
    };
    assert_eq!(o.len(), 2);
    assert!(matches!(
        lowered(&format!("kind = \"checklist\"\n{options}")),
        Some(Kind::Checklist { .. })
    ));
    let Some(Kind::Number(n)) =
        lowered("kind = \"number\"\nmin = 0\nmax = 10\nscoring = \"lower_is_better\"")
    else {
        panic!("a number carries its bounds")
    };
    assert_eq!(
        n.bounds,
        Bounds::Scored {
            min: 0.0,
            max: 10.0,
            scoring: NumberScoring::LowerIsBetter
        }
    );
    let Some(Kind::Number(n)) = lowered("kind = \"number\"\nmin = 1") else {
        panic!("an unscored number")
    };
    assert_eq!(
        n.bounds,
        Bounds::Unscored {
            min: Some(1.0),
            max: None
        }
    );
    assert!(matches!(lowered("kind = \"yes_no\""), Some(Kind::YesNo)));
    assert!(matches!(lowered("kind = \"text\""), Some(Kind::Text)));
}

#[test]
fn combinations_the_validator_refuses_do_not_lower() {
    for refused in [
        "kind = \"rating\"",
        "kind = \"rating\"\nscale = \"nowhere\"",
        "kind = \"yes_no\"\nscale = \"s\"",
        "kind = \"text\"\noptions = [{ id = \"a\", label = \"A\" }]",
        "kind = \"choice\"\noptions = [{ id = \"a\", label = \"A\" }]",
        "kind = \"checklist\"",
        "kind = \"rating\"\nscale = \"s\"\nmin = 1",
        "kind = \"text\"\nunit = \"days\"",
        "kind = \"number\"\nmin = 5\nmax = 1",
        "kind = \"number\"\nmin = 0\nscoring = \"higher_is_better\"",
        "kind = \"text\"\nshow_if = { question = \"first\" }",
        "kind = \"text\"\nshow_if = { question = \"first\", is = \"yes\", any = [{ question = \"first\", is = \"no\" }] }",
        "kind = \"text\"\nshow_if = { not = { all = [] } }",
    ] {
        assert!(lowered(refused).is_none(), "{refused} lowered");
    }
}

#[test]
fn a_condition_lowers_with_its_checks_in_file_order() {
    let d = draft(
        "kind = \"text\"\nshow_if = { not = { question = \"first\", includes = \"x\", is = \"yes\" } }",
    );
    // (`includes` on a yes/no question is refused by the validator, not by lowering: the
    // shape is sound, the test does not suit the target; lowering checks shapes only.)
    let c = d
        .questions()
        .find(|q| q.id == "q")
        .and_then(|q| q.show_if.as_ref())
        .and_then(Condition::lower);
    assert_eq!(
        c,
        Some(Condition::Not(Box::new(Condition::Test {
            question: "first".into(),
            checks: vec![Check::Is("yes".into()), Check::Includes("x".into())],
        })))
    );
}
