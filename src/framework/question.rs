//! A checked question: its kind carries exactly the data that kind takes ("parse, don't
//! validate"), so scoring, the wizard and reports match on [`Kind`] and never meet a rating
//! without a scale, a number scored without bounds or options on a yes/no question.
//!
//! Owns [`Question`], [`Kind`], [`NumberSpec`] and the lowering from the raw
//! [`QuestionDef`]. Lowering refuses exactly what the validator reports (it is run only on a
//! framework the validator passed); it must not report problems itself: the messages, with
//! their places, belong to `validate/`.

use std::sync::Arc;

use super::condition::Condition;
use super::model::{
    AnyQuestion, ChoiceOption, Loc, NumberScoring, QuestionKind, QuestionTexts, Scale,
};
use super::raw::QuestionDef;
use super::text::Text;

/// One question (indicator) of a loaded framework.
#[derive(Debug, Clone)]
pub struct Question {
    pub id: String,
    /// The id this question had in an earlier revision (see `raw::QuestionDef`).
    pub renamed_from: Option<String>,
    /// What kind of answer it takes, with what that kind needs.
    pub kind: Kind,
    pub text: Text,
    /// Guidance for the facilitator: what the question means and how to judge it.
    pub help: Option<Text>,
    /// What evidence to look for before answering.
    pub evidence: Option<Text>,
    /// The action to recommend when this question scores low.
    pub recommendation: Option<Text>,
    pub weight: f64,
    /// Whether "not applicable" is allowed (a rating also takes it from its scale).
    pub not_applicable: bool,
    /// Whether "don't know" is allowed (a rating also takes it from its scale).
    pub dont_know: bool,
    /// Show this question only when the condition holds.
    pub show_if: Option<Condition>,
    pub loc: Loc,
}

/// What kind of answer a question takes, holding what that kind needs and nothing else.
#[derive(Debug, Clone)]
pub enum Kind {
    /// A level on a scale: the framework's scale of that id, shared by its questions.
    Rating { scale: Arc<Scale> },
    /// Yes, partly or no.
    YesNo,
    /// One of the options (at least two).
    Choice { options: Vec<ChoiceOption> },
    /// Any number of the options (at least one).
    Checklist { options: Vec<ChoiceOption> },
    /// A number, perhaps bounded and scored.
    Number(NumberSpec),
    /// Free text, never scored.
    Text,
}

/// What a number question says about its answers.
#[derive(Debug, Clone)]
pub struct NumberSpec {
    pub bounds: Bounds,
    pub unit: Option<Text>,
    /// Shown when a number falls outside the bounds.
    pub constraint: Option<Text>,
}

/// A number question's bounds: a scored number always has both (and `min < max`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Bounds {
    /// Not scored: either bound may be absent.
    Unscored { min: Option<f64>, max: Option<f64> },
    /// Scored from `min` to `max` in the `scoring` direction.
    Scored {
        min: f64,
        max: f64,
        scoring: NumberScoring,
    },
}

impl Bounds {
    pub fn min(self) -> Option<f64> {
        match self {
            Self::Unscored { min, .. } => min,
            Self::Scored { min, .. } => Some(min),
        }
    }

    pub fn max(self) -> Option<f64> {
        match self {
            Self::Unscored { max, .. } => max,
            Self::Scored { max, .. } => Some(max),
        }
    }

    /// The lowest and highest accepted value (infinite where unbounded).
    pub fn range(self) -> (f64, f64) {
        (
            self.min().unwrap_or(f64::NEG_INFINITY),
            self.max().unwrap_or(f64::INFINITY),
        )
    }
}

impl Kind {
    /// The kind's name without its data, as a file writes it.
    pub fn tag(&self) -> QuestionKind {
        match self {
            Self::Rating { .. } => QuestionKind::Rating,
            Self::YesNo => QuestionKind::YesNo,
            Self::Choice { .. } => QuestionKind::Choice,
            Self::Checklist { .. } => QuestionKind::Checklist,
            Self::Number(_) => QuestionKind::Number,
            Self::Text => QuestionKind::Text,
        }
    }

    /// The kind's name as written in a framework file.
    pub fn name(&self) -> &'static str {
        self.tag().name()
    }
}

impl Question {
    /// Whether answers to this question can carry a score at all: ratings and yes/no always,
    /// choices and checklists with a point-bearing option, numbers with a scoring; free text
    /// never.
    pub fn is_scorable(&self) -> bool {
        match &self.kind {
            Kind::Rating { .. } | Kind::YesNo => true,
            Kind::Choice { options } | Kind::Checklist { options } => {
                options.iter().any(|o| o.points > 0.0)
            }
            Kind::Number(n) => matches!(n.bounds, Bounds::Scored { .. }),
            Kind::Text => false,
        }
    }

    /// The options of a choice or checklist question; none for other kinds.
    pub fn options(&self) -> &[ChoiceOption] {
        match &self.kind {
            Kind::Choice { options } | Kind::Checklist { options } => options,
            _ => &[],
        }
    }

    /// The scale of a rating question.
    pub fn scale(&self) -> Option<&Scale> {
        match &self.kind {
            Kind::Rating { scale } => Some(scale.as_ref()),
            _ => None,
        }
    }

    /// What a number question says; `None` for other kinds.
    pub fn number(&self) -> Option<&NumberSpec> {
        match &self.kind {
            Kind::Number(n) => Some(n),
            _ => None,
        }
    }

    /// Whether "not applicable" is an allowed answer (a rating asks its scale too).
    pub fn allows_na(&self) -> bool {
        self.not_applicable || self.scale().is_some_and(|s| s.not_applicable)
    }

    /// Whether "don't know" is an allowed answer (a rating asks its scale too).
    pub fn allows_dont_know(&self) -> bool {
        self.dont_know || self.scale().is_some_and(|s| s.dont_know)
    }

    /// The checked question, or `None` for a combination the validator refuses (a rating
    /// without a known scale, keys of another kind, too few options, scoring without bounds,
    /// a malformed condition). `scales` are the framework's, shared.
    pub fn lower(def: QuestionDef, scales: &[Arc<Scale>]) -> Option<Self> {
        let kind = lower_kind(&def, scales)?;
        let show_if = match &def.show_if {
            Some(c) => Some(Condition::lower(c)?),
            None => None,
        };
        Some(Self {
            id: def.id,
            renamed_from: def.renamed_from,
            kind,
            text: def.text,
            help: def.help,
            evidence: def.evidence,
            recommendation: def.recommendation,
            weight: def.weight,
            not_applicable: def.not_applicable,
            dont_know: def.dont_know,
            show_if,
            loc: def.loc,
        })
    }
}

fn lower_kind(def: &QuestionDef, scales: &[Arc<Scale>]) -> Option<Kind> {
    let tag = def.kind;
    let number_keys = def.min.is_some()
        || def.max.is_some()
        || def.unit.is_some()
        || def.constraint.is_some()
        || def.scoring.is_some();
    if (tag != QuestionKind::Rating && def.scale.is_some())
        || (!matches!(tag, QuestionKind::Choice | QuestionKind::Checklist)
            && !def.options.is_empty())
        || (tag != QuestionKind::Number && number_keys)
    {
        return None;
    }
    Some(match tag {
        QuestionKind::Rating => {
            let id = def.scale.as_deref()?;
            let scale = scales.iter().find(|s| s.id == id)?;
            Kind::Rating {
                scale: Arc::clone(scale),
            }
        }
        QuestionKind::YesNo => Kind::YesNo,
        QuestionKind::Choice if def.options.len() >= 2 => Kind::Choice {
            options: def.options.clone(),
        },
        QuestionKind::Checklist if !def.options.is_empty() => Kind::Checklist {
            options: def.options.clone(),
        },
        QuestionKind::Choice | QuestionKind::Checklist => return None,
        QuestionKind::Number => Kind::Number(NumberSpec {
            bounds: lower_bounds(def)?,
            unit: def.unit.clone(),
            constraint: def.constraint.clone(),
        }),
        QuestionKind::Text => Kind::Text,
    })
}

fn lower_bounds(def: &QuestionDef) -> Option<Bounds> {
    if let (Some(min), Some(max)) = (def.min, def.max)
        && !(min < max && min.is_finite() && max.is_finite())
    {
        return None;
    }
    Some(match def.scoring {
        None => Bounds::Unscored {
            min: def.min,
            max: def.max,
        },
        Some(scoring) => Bounds::Scored {
            min: def.min?,
            max: def.max?,
            scoring,
        },
    })
}

impl AnyQuestion for Question {
    fn id(&self) -> &str {
        &self.id
    }

    fn renamed_from(&self) -> Option<&str> {
        self.renamed_from.as_deref()
    }

    fn options(&self) -> &[ChoiceOption] {
        Question::options(self)
    }

    fn texts_mut(&mut self) -> QuestionTexts<'_> {
        let (unit, constraint, options): (_, _, &mut [ChoiceOption]) = match &mut self.kind {
            Kind::Number(n) => (n.unit.as_mut(), n.constraint.as_mut(), &mut []),
            Kind::Choice { options } | Kind::Checklist { options } => (None, None, options),
            Kind::Rating { .. } | Kind::YesNo | Kind::Text => (None, None, &mut []),
        };
        QuestionTexts {
            text: &mut self.text,
            optional: [
                ("help", self.help.as_mut()),
                ("evidence", self.evidence.as_mut()),
                ("recommendation", self.recommendation.as_mut()),
                ("unit", unit),
                ("constraint", constraint),
            ],
            options,
        }
    }
}

#[cfg(test)]
mod tests;
