//! Checks on each question's kind and the keys that go with it: a rating names a known scale,
//! choices and checklists have enough well-formed options, numbers have sound bounds, and no
//! question carries keys of another kind. Conditions are checked in `conditions.rs`.
//!
//! Must not build the checked [`Kind`](crate::framework::Kind): lowering does, refusing the
//! same combinations.

use foldhash::{HashSet, HashSetExt};

use super::{Checker, is_id};
use crate::framework::model::QuestionKind;
use crate::framework::raw::QuestionDef;
use crate::msg;

impl Checker<'_> {
    pub(super) fn question_kind(&mut self, q: &QuestionDef) {
        let fw = self.fw;
        let kind = q.kind.name();
        match q.kind {
            QuestionKind::Rating => match q.scale.as_deref() {
                // A 'scale' key that failed to read was reported already.
                None if q.loc.fields.contains_key("scale") => {}
                None => self.error(
                    &q.loc,
                    "kind",
                    msg!("diag-rating-no-scale", id = &q.id),
                    msg!("diag-rating-no-scale-hint"),
                ),
                Some(id) if fw.scale(id).is_none() && !self.unread("scale", id) => {
                    let hint = self.suggest(
                        id,
                        fw.scales.iter().map(|s| s.id.as_str()),
                        msg!("diag-scale-define-hint"),
                    );
                    self.error(
                        &q.loc,
                        "scale",
                        msg!("diag-scale-undefined", id = &q.id, scale = id),
                        hint,
                    );
                }
                Some(_) => {}
            },
            QuestionKind::Choice | QuestionKind::Checklist => self.options(q),
            QuestionKind::Number => self.number(q),
            QuestionKind::YesNo | QuestionKind::Text => {}
        }
        if q.kind != QuestionKind::Rating && q.scale.is_some() {
            self.error(
                &q.loc,
                "scale",
                msg!("diag-kind-no-scale", kind = kind, id = &q.id),
                msg!("diag-kind-no-scale-hint"),
            );
        }
        if !matches!(q.kind, QuestionKind::Choice | QuestionKind::Checklist)
            && !q.options.is_empty()
        {
            self.error(
                &q.loc,
                "options",
                msg!("diag-kind-no-options", kind = kind, id = &q.id),
                msg!("diag-kind-no-options-hint"),
            );
        }
        if q.kind != QuestionKind::Number {
            for key in ["min", "max", "unit", "constraint", "scoring"] {
                if q.loc.fields.contains_key(key) {
                    self.error(
                        &q.loc,
                        key,
                        msg!("diag-kind-no-key", kind = kind, id = &q.id, key = key),
                        msg!("diag-kind-no-key-hint"),
                    );
                }
            }
        }
    }

    pub(super) fn options(&mut self, q: &QuestionDef) {
        let kind = q.kind.name();
        let least = if q.kind == QuestionKind::Choice { 2 } else { 1 };
        // An 'options' key that failed to read was reported already.
        if q.options.len() < least
            && !(q.options.is_empty() && q.loc.fields.contains_key("options"))
        {
            self.error(
                &q.loc,
                "kind",
                msg!(
                    "diag-too-few-options",
                    kind = kind,
                    id = &q.id,
                    least = least
                ),
                msg!("diag-too-few-options-hint"),
            );
        }
        let mut seen = HashSet::new();
        for o in &q.options {
            if !is_id(&o.id) {
                self.error(
                    &q.loc,
                    "options",
                    msg!("diag-option-id-invalid", option = &o.id, id = &q.id),
                    msg!("diag-id-hint"),
                );
            }
            if o.id == crate::framework::response::NOT_APPLICABLE
                || o.id == crate::framework::response::DONT_KNOW
            {
                self.error(
                    &q.loc,
                    "options",
                    msg!("diag-option-reserved", option = &o.id, id = &q.id),
                    msg!("diag-option-reserved-hint"),
                );
            }
            if !seen.insert(o.id.as_str()) {
                self.error(
                    &q.loc,
                    "options",
                    msg!("diag-option-twice", id = &q.id, option = &o.id),
                    msg!("diag-option-twice-hint"),
                );
            }
            if !o.points.is_finite() || o.points < 0.0 {
                self.error(
                    &q.loc,
                    "options",
                    msg!(
                        "diag-option-points",
                        option = &o.id,
                        id = &q.id,
                        points = o.points
                    ),
                    msg!("diag-option-points-hint"),
                );
            }
        }
    }

    pub(super) fn number(&mut self, q: &QuestionDef) {
        if let (Some(min), Some(max)) = (q.min, q.max)
            && (min >= max || !min.is_finite() || !max.is_finite())
        {
            self.error(
                &q.loc,
                "min",
                msg!("diag-number-bounds", id = &q.id, min = min, max = max),
                msg!("diag-number-bounds-hint"),
            );
        }
        // A bound that was written but failed to read was reported already.
        let unread = |key: &str, v: Option<f64>| v.is_none() && !q.loc.fields.contains_key(key);
        if q.scoring.is_some() && (unread("min", q.min) || unread("max", q.max)) {
            self.error(
                &q.loc,
                "scoring",
                msg!("diag-number-scoring-bounds", id = &q.id),
                msg!("diag-number-scoring-bounds-hint"),
            );
        }
    }
}
