//! Semantic checks on a parsed framework: the problems serde cannot see.
//!
//! Duplicate ids, dangling scale / question / band references, conditions that look at later
//! or unknown questions, empty scales, non-positive weights, bands that overlap or leave gaps,
//! gates on unknown targets. Every check runs; every problem is reported with its place.

use std::collections::{HashMap, HashSet};

use super::condition::Condition;
use super::model::{Framework, Loc, Question, QuestionKind};
use crate::diagnostic::{Diagnostic, Msg, did_you_mean};
use crate::msg;

mod gates;
mod workshop;

/// Runs every semantic check and returns the problems found (empty when the framework is sound).
pub fn validate(fw: &Framework) -> Vec<Diagnostic> {
    let mut v = Checker {
        fw,
        diags: Vec::new(),
        unshown: 0,
        question_ids: fw.questions().map(|q| q.id.as_str()).collect(),
    };
    v.identity();
    v.limits();
    v.scales();
    v.principles_and_questions();
    v.bands();
    v.coverage();
    v.gates();
    v.workshop();
    if v.unshown > 0 {
        v.diags.push(
            Diagnostic::error(0..0, unshown_note(v.unshown)).with_hint(msg!("diag-unshown-hint")),
        );
    }
    v.diags
}

/// Past this many problems the rest are counted, not shown: a generated file with a systematic
/// mistake would otherwise print (and search "did you mean" for) every one of thousands.
pub const MAX_SHOWN: usize = 200;

/// The most questions a framework may have: twenty times the default framework. A workshop
/// cannot go through more, and the cap keeps a generated or hostile file from costing
/// minutes and hundreds of megabytes in the wizard.
pub const MAX_QUESTIONS: usize = 2_000;

/// The most principles a framework may have.
pub const MAX_PRINCIPLES: usize = 200;

/// The end of the note that counts the problems not shown.
pub const UNSHOWN: &str = "more problems not shown";

/// "N more problems not shown" (its English form ends with [`UNSHOWN`]).
pub fn unshown_note(n: usize) -> Msg {
    msg!("diag-unshown", count = n)
}

struct Checker<'f> {
    fw: &'f Framework,
    diags: Vec<Diagnostic>,
    /// Problems found past `MAX_SHOWN`.
    unshown: usize,
    /// Every question id, for constant-time look-ups in frameworks with thousands of questions.
    question_ids: HashSet<&'f str>,
}

impl Checker<'_> {
    fn error(&mut self, loc: &Loc, key: &str, message: Msg, hint: impl Into<Msg>) {
        if self.diags.len() >= MAX_SHOWN {
            self.unshown += 1;
        } else {
            self.diags
                .push(Diagnostic::error(loc.of(key), message).with_hint(hint));
        }
    }

    /// "did you mean" among `candidates`, or `otherwise`; skipped (it costs a pass over every
    /// candidate) once no more problems are shown.
    fn suggest<'a>(
        &self,
        word: &str,
        candidates: impl IntoIterator<Item = &'a str>,
        otherwise: Msg,
    ) -> Msg {
        if self.diags.len() >= MAX_SHOWN {
            return Msg::Raw(String::new());
        }
        suggest(word, candidates, otherwise)
    }

    /// Whether a piece of this kind and id failed to read (and so was reported already).
    fn unread(&self, kind: &str, id: &str) -> bool {
        self.fw.unread.contains(&format!("{kind}:{id}"))
    }

    /// Too many principles or questions: one error, at the first one past the limit.
    fn limits(&mut self) {
        let fw = self.fw;
        if let Some(p) = fw.principles.get(MAX_PRINCIPLES) {
            self.error(
                &p.loc,
                "id",
                msg!("diag-too-many-principles", id = &p.id, max = MAX_PRINCIPLES),
                msg!("diag-too-many-hint"),
            );
        }
        if let Some(q) = fw.questions().nth(MAX_QUESTIONS) {
            self.error(
                &q.loc,
                "id",
                msg!("diag-too-many-questions", id = &q.id, max = MAX_QUESTIONS),
                msg!("diag-too-many-hint"),
            );
        }
    }

    fn identity(&mut self) {
        let fw = self.fw;
        if fw.unread.contains(super::parse::HEADER) {
            return;
        }
        if !is_id(&fw.id) {
            self.error(
                &fw.loc,
                "id",
                msg!("diag-framework-id-invalid", id = &fw.id),
                msg!("diag-id-hint"),
            );
        }
        if !fw.languages.is_empty() && !fw.languages.iter().any(|l| l == "en") {
            self.error(
                &fw.loc,
                "languages",
                msg!("diag-languages-en"),
                msg!("diag-languages-en-hint"),
            );
        }
        if fw.principles.is_empty() && !fw.loc.fields.contains_key("principles") {
            // Something missing has no place of its own: point at the header.
            self.error(
                &fw.loc,
                "",
                msg!("diag-no-principles"),
                msg!("diag-no-principles-hint"),
            );
        }
    }

    fn scales(&mut self) {
        let mut seen = HashMap::new();
        for s in &self.fw.scales {
            self.unique_id(&mut seen, &s.id, &s.loc, "scale");
            if s.levels.is_empty() {
                self.error(
                    &s.loc,
                    "levels",
                    msg!("diag-scale-no-levels", id = &s.id),
                    msg!("diag-scale-no-levels-hint"),
                );
                continue;
            }
            if s.levels.len() == 1 {
                self.error(
                    &s.loc,
                    "levels",
                    msg!("diag-scale-one-level", id = &s.id),
                    msg!("diag-scale-one-level-hint"),
                );
            }
            for pair in s.levels.windows(2) {
                if pair[1].value <= pair[0].value {
                    self.error(
                        &s.loc,
                        "levels",
                        msg!(
                            "diag-scale-not-ascending",
                            id = &s.id,
                            next = pair[1].value,
                            prev = pair[0].value
                        ),
                        msg!("diag-scale-not-ascending-hint"),
                    );
                }
            }
        }
    }

    fn principles_and_questions(&mut self) {
        let mut principles = HashMap::new();
        let mut questions: HashMap<&str, &Loc> = HashMap::new();
        let mut earlier: HashMap<&str, &Question> = HashMap::new();
        for p in &self.fw.principles {
            self.unique_id(&mut principles, &p.id, &p.loc, "principle");
            self.weight(p.weight, &p.loc, msg!("diag-what-principle-id", id = &p.id));
            if p.questions.is_empty() && !p.loc.fields.contains_key("questions") {
                self.error(
                    &p.loc,
                    "id",
                    msg!("diag-principle-no-questions", id = &p.id),
                    msg!("diag-principle-no-questions-hint"),
                );
            }
            for q in &p.questions {
                self.unique_id(&mut questions, &q.id, &q.loc, "question");
                self.weight(q.weight, &q.loc, msg!("diag-what-question-id", id = &q.id));
                self.question_kind(q);
                if let Some(c) = &q.show_if {
                    self.condition(q, c, &earlier);
                }
                earlier.insert(q.id.as_str(), q);
            }
        }
    }

    fn question_kind(&mut self, q: &Question) {
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

    fn options(&mut self, q: &Question) {
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
            if o.id == super::response::NOT_APPLICABLE || o.id == super::response::DONT_KNOW {
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

    fn number(&mut self, q: &Question) {
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

    fn condition(&mut self, q: &Question, c: &Condition, earlier: &HashMap<&str, &Question>) {
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

    fn condition_test(&mut self, q: &Question, c: &Condition, other: &Question) {
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

    // Bands must meet exactly: authors write literal numbers, so exact comparison is the rule.
    #[allow(clippy::float_cmp)]
    fn bands(&mut self) {
        let fw = self.fw;
        if fw.unread.iter().any(|u| u.starts_with("band:")) {
            // A band that failed to read leaves a hole that is no new problem.
            return;
        }
        if fw.bands.is_empty() {
            // Something missing has no place of its own: point at the header.
            self.error(
                &fw.loc,
                "",
                msg!("diag-no-bands"),
                msg!("diag-no-bands-hint"),
            );
            return;
        }
        let mut seen = HashMap::new();
        for b in &fw.bands {
            self.unique_id(&mut seen, &b.id, &b.loc, "band");
            if b.min.partial_cmp(&b.max) != Some(std::cmp::Ordering::Less) {
                self.error(
                    &b.loc,
                    "min",
                    msg!("diag-band-bounds", id = &b.id, min = b.min, max = b.max),
                    msg!("diag-band-bounds-hint"),
                );
            }
        }
        let mut sorted: Vec<_> = fw.bands.iter().collect();
        sorted.sort_by(|a, b| a.min.total_cmp(&b.min));
        if sorted
            .iter()
            .map(|b| b.id.as_str())
            .ne(fw.bands.iter().map(|b| b.id.as_str()))
        {
            self.error(
                &fw.loc,
                "bands",
                msg!("diag-bands-order"),
                msg!("diag-bands-order-hint"),
            );
        }
        let (first, last) = (sorted[0], sorted[sorted.len() - 1]);
        if first.min != 0.0 {
            self.error(
                &first.loc,
                "min",
                msg!("diag-band-first", id = &first.id, min = first.min),
                msg!("diag-band-first-hint"),
            );
        }
        if last.max != 100.0 {
            self.error(
                &last.loc,
                "max",
                msg!("diag-band-last", id = &last.id, max = last.max),
                msg!("diag-band-last-hint"),
            );
        }
        for pair in sorted.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            if b.min < a.max {
                self.error(
                    &b.loc,
                    "min",
                    msg!(
                        "diag-band-overlap",
                        id = &b.id,
                        min = b.min,
                        other = &a.id,
                        max = a.max
                    ),
                    msg!("diag-band-start-at", id = &b.id, at = a.max),
                );
            } else if b.min > a.max {
                // 0–34 then 35–59 reads "inclusive" bands: the fix is the earlier band's max.
                let hint = if b.min - a.max == 1.0 && a.max.fract() == 0.0 {
                    let between = a.max + 0.5;
                    msg!(
                        "diag-band-inclusive-hint",
                        other = &a.id,
                        at = b.min,
                        between = between
                    )
                } else {
                    msg!("diag-band-start-at", id = &b.id, at = a.max)
                };
                self.error(
                    &b.loc,
                    "min",
                    msg!(
                        "diag-band-gap",
                        id = &b.id,
                        min = b.min,
                        other = &a.id,
                        max = a.max
                    ),
                    hint,
                );
            }
        }
    }

    fn weight(&mut self, weight: f64, loc: &Loc, what: Msg) {
        if !(weight.is_finite() && weight > 0.0) {
            self.error(
                loc,
                "weight",
                msg!("diag-weight-positive", what = what, weight = weight),
                msg!("diag-weight-positive-hint"),
            );
        } else if weight > 1e6 {
            self.error(
                loc,
                "weight",
                msg!("diag-weight-large", what = what, weight = weight),
                msg!("diag-weight-large-hint"),
            );
        }
    }

    fn unique_id<'a>(
        &mut self,
        seen: &mut HashMap<&'a str, &'a Loc>,
        id: &'a str,
        loc: &'a Loc,
        what: &str,
    ) {
        if !is_id(id) {
            self.error(
                loc,
                "id",
                msg!("diag-id-invalid", what = what_word(what), id = id),
                msg!("diag-id-hint"),
            );
        }
        // The first copy stays in `seen`, so every later copy names the first one's line.
        if let Some(first) = seen.get(id).copied() {
            let shown = self.diags.len();
            self.error(
                loc,
                "id",
                msg!("diag-id-duplicate", what = what_word(what), id = id),
                msg!("diag-id-duplicate-hint", what = what_word(what)),
            );
            if self.diags.len() > shown
                && let Some(d) = self.diags.pop()
            {
                let note = msg!("diag-id-first-copy", what = what_word(what), id = id);
                self.diags.push(d.with_related(first.of("id"), note));
            }
        } else {
            seen.insert(id, loc);
        }
    }
}

/// The translated name of a kind of piece ("scale", "question", ...).
pub(super) fn what_word(what: &str) -> Msg {
    match what {
        "scale" => msg!("diag-what-scale"),
        "principle" => msg!("diag-what-principle"),
        "question" => msg!("diag-what-question"),
        "band" => msg!("diag-what-band"),
        "gate" => msg!("diag-what-gate"),
        "role" => msg!("diag-what-role"),
        _ => Msg::Raw(what.to_owned()),
    }
}

fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 100
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn suggest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>, otherwise: Msg) -> Msg {
    match did_you_mean(word, candidates) {
        Some(s) => msg!("diag-did-you-mean", word = s),
        None => otherwise,
    }
}
