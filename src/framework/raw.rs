//! The raw shapes of a question, a condition and a gate, as a file writes them: defined in
//! `integra-raw` (see `crates/integra-raw`), which the release build optimises more than
//! integra, as reading every question of a framework goes through them. Here, what
//! integra's traits make of them.
//!
//! Must not grow behaviour: what a question, condition or gate means belongs to the checked
//! types ([`super::question`], [`super::condition`], [`super::gate`]).

pub use integra_raw::{ConditionDef, GateDef, GateTierDef, QuestionDef};

use super::model::{AnyQuestion, ChoiceOption, QuestionTexts};

impl AnyQuestion for QuestionDef {
    fn id(&self) -> &str {
        &self.id
    }

    fn renamed_from(&self) -> Option<&str> {
        self.renamed_from.as_deref()
    }

    fn options(&self) -> &[ChoiceOption] {
        &self.options
    }

    fn texts_mut(&mut self) -> QuestionTexts<'_> {
        QuestionTexts {
            text: &mut self.text,
            optional: [
                ("help", self.help.as_mut()),
                ("evidence", self.evidence.as_mut()),
                ("recommendation", self.recommendation.as_mut()),
                ("unit", self.unit.as_mut()),
                ("constraint", self.constraint.as_mut()),
            ],
            options: &mut self.options,
        }
    }
}
