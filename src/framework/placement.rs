//! Keys written in the wrong table: a principle's key placed below its first question.
//!
//! In TOML every key after a `[[principles.questions]]` header belongs to that question, so a
//! principle's `rationale` written there is an unknown key of the question (the loader's hint
//! then says to move it), and a principle's `weight` written there silently weighs the
//! question instead while the principle falls back to weight 1. The second case is allowed
//! TOML and may be meant, so it is a warning, given only when the pattern is clear: the
//! principle has no weight of its own, its first question is the only one with a weight, and
//! that weight is the question's last key (appended below it, as a forgotten key would be).
//!
//! Owns the misplaced-key hint and warning. Must not move keys itself: the author decides.

use super::model::Framework;
use crate::diagnostic::Diagnostic;
use crate::msg;

/// Keys a principle takes and a question does not.
pub const PRINCIPLE_ONLY: [&str; 2] = ["rationale", "title"];

/// Warnings for principle weights that were probably written below the first question.
pub fn warnings(fw: &Framework) -> Vec<Diagnostic> {
    if fw.principles.len() < 2 {
        // With one principle, its weight changes nothing.
        return Vec::new();
    }
    let mut out = Vec::new();
    for p in &fw.principles {
        if p.loc.fields.contains_key("weight") {
            continue;
        }
        let Some((first, rest)) = p.questions.split_first() else {
            continue;
        };
        let weighted = |q: &super::Question| q.loc.fields.contains_key("weight");
        // Appended at the end of the question, where a forgotten principle key lands.
        let last = first
            .loc
            .fields
            .values()
            .map(|span| span.start)
            .max()
            .is_some_and(|end| {
                first
                    .loc
                    .fields
                    .get("weight")
                    .is_some_and(|w| w.start == end)
            });
        if weighted(first) && last && !rest.iter().any(weighted) {
            out.push(
                Diagnostic::warning(
                    first.loc.of("weight"),
                    msg!(
                        "diag-weight-below-question",
                        id = &first.id,
                        principle = &p.id
                    ),
                )
                .with_hint(msg!("diag-weight-below-question-hint", principle = &p.id)),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::framework::{Origin, from_str};

    const TEXT: &str = r#"
id = "t"
version = "1"
title = "T"
[[scales]]
id = "s"
title = "S"
levels = [{ value = 0, label = "No" }, { value = 1, label = "Yes" }]
[[principles]]
id = "a"
title = "A"
[[principles.questions]]
id = "q1"
kind = "yes_no"
text = "Q1?"
weight = 2
[[principles.questions]]
id = "q2"
kind = "yes_no"
text = "Q2?"
[[principles]]
id = "b"
title = "B"
[[principles.questions]]
id = "q3"
kind = "yes_no"
text = "Q3?"
[[bands]]
id = "all"
min = 0
max = 100
label = "All"
"#;

    #[test]
    fn a_weight_below_the_first_question_is_flagged() {
        let fw = from_str("t.toml", TEXT, Origin::Embedded).unwrap();
        let w = super::warnings(&fw);
        assert_eq!(w.len(), 1);
        assert_eq!(
            w[0].message,
            "'weight' here weighs question 'q1', not principle 'a' (which keeps weight 1)"
        );
        assert_eq!(&TEXT[w[0].span.clone()], "2");
    }

    #[test]
    fn a_weight_among_the_questions_keys_is_not_flagged() {
        let text = TEXT.replace("text = \"Q1?\"\nweight = 2", "weight = 2\ntext = \"Q1?\"");
        let fw = from_str("t.toml", &text, Origin::Embedded).unwrap();
        assert!(super::warnings(&fw).is_empty());
    }

    #[test]
    fn a_principle_with_its_own_weight_is_not_flagged() {
        let text = TEXT.replace("title = \"A\"", "title = \"A\"\nweight = 1");
        let fw = from_str("t.toml", &text, Origin::Embedded).unwrap();
        assert!(super::warnings(&fw).is_empty());
    }
}
