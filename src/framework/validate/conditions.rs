//! Checks on `show_if` conditions: exactly one form, targets that are earlier questions, and
//! tests that suit the target's kind and name values it offers. Evaluating a condition is not
//! done here (see `framework/condition.rs`).
//!
//! Must not evaluate conditions nor lower them.

use foldhash::HashMap;

use super::Checker;
use crate::framework::model::QuestionKind;
use crate::framework::raw::ConditionDef;
use crate::framework::raw::QuestionDef;
use crate::msg;

impl Checker<'_> {
    pub(super) fn condition(
        &mut self,
        q: &QuestionDef,
        c: &ConditionDef,
        earlier: &HashMap<&str, &QuestionDef>,
    ) {
        let forms = usize::from(c.question.is_some())
            + usize::from(!c.all.is_empty())
            + usize::from(!c.any.is_empty())
            + usize::from(c.not.is_some());
        if forms != 1 {
            self.error(
                &q.loc,
                "show_if",
                msg!("diag-cond-forms", id = &q.id),
                msg!("diag-cond-forms-hint"),
            );
            return;
        }
        for nested in c.all.iter().chain(&c.any).chain(c.not.as_deref()) {
            self.condition(q, nested, earlier);
        }
        let Some(target) = c.question.as_deref() else {
            return;
        };
        if self.unread("question", target) {
            return;
        }
        let Some(other) = earlier.get(target) else {
            let (message, hint) = if target == q.id {
                (
                    msg!("diag-cond-self", id = &q.id),
                    msg!("diag-cond-self-hint"),
                )
            } else if self.question_ids.contains(target) {
                (
                    msg!("diag-cond-later", id = &q.id, target = target),
                    msg!("diag-cond-later-hint"),
                )
            } else {
                let ids = self.fw.questions().map(|q| q.id.as_str());
                (
                    msg!("diag-cond-unknown", id = &q.id, target = target),
                    self.suggest(target, ids, msg!("diag-check-question-id")),
                )
            };
            self.error(&q.loc, "show_if", message, hint);
            return;
        };
        self.condition_test(q, c, other);
    }

    pub(super) fn condition_test(
        &mut self,
        q: &QuestionDef,
        c: &ConditionDef,
        other: &QuestionDef,
    ) {
        let tests = usize::from(c.is.is_some())
            + usize::from(!c.one_of.is_empty())
            + usize::from(c.at_least.is_some())
            + usize::from(c.at_most.is_some())
            + usize::from(c.includes.is_some());
        if tests == 0 {
            self.error(
                &q.loc,
                "show_if",
                msg!("diag-cond-no-test", id = &q.id),
                msg!("diag-cond-no-test-hint"),
            );
            return;
        }
        let kind = other.kind;
        let text_ok = matches!(kind, QuestionKind::Choice | QuestionKind::YesNo);
        let number_ok = matches!(kind, QuestionKind::Rating | QuestionKind::Number);
        let bad = (c.is.is_some() || !c.one_of.is_empty()) && !text_ok
            || (c.at_least.is_some() || c.at_most.is_some()) && !number_ok
            || c.includes.is_some() && kind != QuestionKind::Checklist;
        if bad {
            self.error(
                &q.loc,
                "show_if",
                msg!(
                    "diag-cond-wrong-test",
                    id = &q.id,
                    kind = kind.name(),
                    target = &other.id
                ),
                msg!("diag-cond-wrong-test-hint"),
            );
            return;
        }
        let valid: Vec<&str> = if kind == QuestionKind::YesNo {
            vec!["yes", "partial", "no"]
        } else {
            other.options.iter().map(|o| o.id.as_str()).collect()
        };
        for value in c.is.iter().chain(&c.one_of).chain(&c.includes) {
            if !valid.contains(&value.as_str()) {
                let hint = self.suggest(
                    value,
                    valid.iter().copied(),
                    msg!(
                        "diag-cond-offers",
                        target = &other.id,
                        values = valid.join(", ")
                    ),
                );
                self.error(
                    &q.loc,
                    "show_if",
                    msg!(
                        "diag-cond-bad-value",
                        id = &q.id,
                        value = value,
                        target = &other.id
                    ),
                    hint,
                );
            }
        }
    }
}
