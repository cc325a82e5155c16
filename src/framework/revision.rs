//! Revisions: `renamed_from` on questions and options, which lets `integra migrate` carry
//! answers given under an old id onto the renamed question or option.
//!
//! The checks here keep a rename unambiguous: an old id may not also be a current id (which
//! question would its answers go to?), and two questions (or two options of one question)
//! may not claim the same old id.
//!
//! Owns the rename checks and looking questions up by an old id. Must not rewrite answers
//! (that is `session`'s migration) nor carry answers across revisions itself.

use std::collections::HashMap;

use super::model::{Draft, Framework};
use super::question::Question;
use super::raw::QuestionDef;
use crate::diagnostic::{Diagnostic, Msg, MsgArg};
use crate::msg;

/// Problems with `renamed_from` keys.
pub fn check(fw: &Draft) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut claimed: HashMap<&str, &str> = HashMap::new();
    for q in fw.questions() {
        if let Some(old) = q.renamed_from.as_deref() {
            let span = q.loc.of("renamed_from");
            if let Some(current) = fw.question(old) {
                out.push(
                    Diagnostic::error(span, msg!("diag-renamed-current", id = &q.id, old = old))
                        .with_hint(msg!("diag-renamed-current-hint", other = &current.id)),
                );
            } else if let Some(first) = claimed.insert(old, &q.id) {
                out.push(
                    Diagnostic::error(
                        span,
                        msg!("diag-renamed-twice", id = &q.id, old = old, other = first),
                    )
                    .with_hint(msg!("diag-renamed-twice-hint")),
                );
            }
        }
        out.extend(check_options(q));
    }
    out
}

fn check_options(q: &QuestionDef) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut claimed: HashMap<&str, &str> = HashMap::new();
    for o in &q.options {
        let Some(old) = o.renamed_from.as_deref() else {
            continue;
        };
        let current = q.options.iter().any(|other| other.id == old);
        if current || claimed.insert(old, &o.id).is_some() {
            out.push(
                Diagnostic::error(
                    q.loc.of("options"),
                    msg!("diag-renamed-option", id = &q.id, option = &o.id, old = old),
                )
                .with_hint(msg!("diag-renamed-option-hint")),
            );
        }
    }
    out
}

/// Points references to a renamed question's old id (in gates and conditions) to its new id:
/// the hint "did you mean" would guess by spelling, and a rename is known for certain.
pub fn explain_renames(fw: &Draft, diags: &mut [Diagnostic]) {
    for d in diags {
        let Msg::Key("diag-gate-unknown-question" | "diag-cond-unknown", args) = &d.text else {
            continue;
        };
        let target = args.iter().find_map(|(name, value)| match value {
            MsgArg::Text(t) if *name == "target" => Some(t.as_str()),
            _ => None,
        });
        let Some(q) = target.and_then(|t| {
            fw.questions()
                .find(|q| q.renamed_from.as_deref() == Some(t))
        }) else {
            continue;
        };
        let old = q.renamed_from.clone().unwrap_or_default();
        *d = d
            .clone()
            .with_hint(msg!("diag-renamed-reference", old = old, new = &q.id));
    }
}

/// The question that answers given under `id` now belong to: the question with that id, or
/// the one renamed from it.
pub fn question_for<'f>(fw: &'f Framework, id: &str) -> Option<&'f Question> {
    fw.question(id).or_else(|| {
        fw.questions()
            .find(|q| q.renamed_from.as_deref() == Some(id))
    })
}

/// The id an earlier revision's question `q` had: its `renamed_from`, else its own.
pub fn earlier_id(q: &Question) -> &str {
    q.renamed_from.as_deref().unwrap_or(&q.id)
}

/// The option id that an answer naming `option` now means, for question `q`.
pub fn option_for<'q>(q: &'q Question, option: &'q str) -> &'q str {
    if q.options().iter().any(|o| o.id == option) {
        return option;
    }
    q.options()
        .iter()
        .find(|o| o.renamed_from.as_deref() == Some(option))
        .map_or(option, |o| o.id.as_str())
}

#[cfg(test)]
mod tests {
    use crate::framework::{Origin, from_str};

    fn minimal(edit: (&str, &str)) -> Result<crate::framework::Framework, String> {
        let text = include_str!("../../tests/fixtures/valid/minimal.toml").replace(edit.0, edit.1);
        from_str("m.toml", &text, Origin::Embedded).map_err(|e| e.render())
    }

    #[test]
    fn a_rename_is_found_by_its_old_id() {
        let fw = minimal((
            "id = \"staff\"\n",
            "id = \"peer_staff\"\nrenamed_from = \"staff\"\n",
        ))
        .unwrap();
        assert_eq!(super::question_for(&fw, "staff").unwrap().id, "peer_staff");
    }

    #[test]
    fn a_gate_on_a_renamed_questions_old_id_is_told_the_new_id() {
        let err = minimal((
            "id = \"referral\"\n",
            "id = \"followed_up\"\nrenamed_from = \"referral\"\n",
        ))
        .unwrap_err();
        assert!(
            err.contains("hint: question 'referral' is now 'followed_up': use the new id"),
            "{err}"
        );
    }

    #[test]
    fn an_old_id_that_is_still_in_use_is_an_error() {
        let err = minimal((
            "id = \"referral\"\n",
            "id = \"referral\"\nrenamed_from = \"staff\"\n",
        ))
        .unwrap_err();
        assert!(
            err.contains(
                "question 'referral' is renamed from 'staff', which is still a question id"
            ),
            "{err}"
        );
    }
}
