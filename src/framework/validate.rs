//! Semantic checks on a parsed framework: the problems serde cannot see.
//!
//! Duplicate ids, dangling scale / question / band references, conditions that look at later
//! or unknown questions, empty scales, non-positive weights, bands that overlap or leave gaps,
//! gates on unknown targets. Every check runs; every problem is reported with its place.

use std::collections::{HashMap, HashSet};

use super::condition::Condition;
use super::model::{Framework, Loc, Question, QuestionKind};
use crate::diagnostic::{Diagnostic, did_you_mean};

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
    v.gates();
    if v.unshown > 0 {
        v.diags.push(
            Diagnostic::error(0..0, format!("{} {UNSHOWN}", v.unshown))
                .with_hint("fix the problems above and run `integra validate` again"),
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

struct Checker<'f> {
    fw: &'f Framework,
    diags: Vec<Diagnostic>,
    /// Problems found past `MAX_SHOWN`.
    unshown: usize,
    /// Every question id, for constant-time look-ups in frameworks with thousands of questions.
    question_ids: HashSet<&'f str>,
}

impl Checker<'_> {
    fn error(&mut self, loc: &Loc, key: &str, message: String, hint: impl Into<String>) {
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
        otherwise: &str,
    ) -> String {
        if self.diags.len() >= MAX_SHOWN {
            return String::new();
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
                format!(
                    "principle '{}' is one too many: a framework may have at most {MAX_PRINCIPLES} principles",
                    p.id
                ),
                "split the framework into several smaller ones",
            );
        }
        if let Some(q) = fw.questions().nth(MAX_QUESTIONS) {
            self.error(
                &q.loc,
                "id",
                format!(
                    "question '{}' is one too many: a framework may have at most {MAX_QUESTIONS} questions",
                    q.id
                ),
                "split the framework into several smaller ones",
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
                format!("framework id '{}' is not a valid id", fw.id),
                ID_HINT,
            );
        }
        if !fw.languages.is_empty() && !fw.languages.iter().any(|l| l == "en") {
            self.error(
                &fw.loc,
                "languages",
                "'languages' must include \"en\"".into(),
                "English is the reference language every other falls back to",
            );
        }
        if fw.principles.is_empty() && !fw.loc.fields.contains_key("principles") {
            // Something missing has no place of its own: point at the start of the file.
            self.error(
                &Loc::default(),
                "",
                "the framework has no principles".into(),
                "add at least one `[[principles]]` table with questions",
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
                    format!("scale '{}' has no levels", s.id),
                    "add at least two `[[scales.levels]]` with value and label",
                );
                continue;
            }
            if s.levels.len() == 1 {
                self.error(
                    &s.loc,
                    "levels",
                    format!("scale '{}' has only one level", s.id),
                    "a scale needs at least two levels to tell answers apart",
                );
            }
            for pair in s.levels.windows(2) {
                if pair[1].value <= pair[0].value {
                    self.error(
                        &s.loc,
                        "levels",
                        format!(
                            "levels of scale '{}' must ascend by value, but {} follows {}",
                            s.id, pair[1].value, pair[0].value
                        ),
                        "list levels from lowest to highest readiness with increasing values",
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
            self.weight(p.weight, &p.loc, &format!("principle '{}'", p.id));
            if p.questions.is_empty() && !p.loc.fields.contains_key("questions") {
                self.error(
                    &p.loc,
                    "id",
                    format!("principle '{}' has no questions", p.id),
                    "add `[[principles.questions]]` tables under it",
                );
            }
            for q in &p.questions {
                self.unique_id(&mut questions, &q.id, &q.loc, "question");
                self.weight(q.weight, &q.loc, &format!("question '{}'", q.id));
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
                    format!("rating question '{}' has no 'scale'", q.id),
                    "add `scale = \"<id of a [[scales]] entry>\"`",
                ),
                Some(id) if fw.scale(id).is_none() && !self.unread("scale", id) => {
                    let hint = self.suggest(
                        id,
                        fw.scales.iter().map(|s| s.id.as_str()),
                        "define it under `[[scales]]`",
                    );
                    self.error(
                        &q.loc,
                        "scale",
                        format!(
                            "question '{}' uses scale '{id}', which is not defined",
                            q.id
                        ),
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
                format!("{kind} question '{}' cannot take a 'scale'", q.id),
                "only `kind = \"rating\"` questions use a scale; remove the key or change the kind",
            );
        }
        if !matches!(q.kind, QuestionKind::Choice | QuestionKind::Checklist)
            && !q.options.is_empty()
        {
            self.error(
                &q.loc,
                "options",
                format!("{kind} question '{}' cannot take 'options'", q.id),
                "only choice and checklist questions have options",
            );
        }
        if q.kind != QuestionKind::Number {
            for key in ["min", "max", "unit", "constraint", "scoring"] {
                if q.loc.fields.contains_key(key) {
                    self.error(
                        &q.loc,
                        key,
                        format!("{kind} question '{}' cannot take '{key}'", q.id),
                        "only number questions have bounds, a unit or number scoring",
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
                format!(
                    "{kind} question '{}' needs at least {least} option{}",
                    q.id,
                    if least == 1 { "" } else { "s" }
                ),
                "add `options = [{ id = \"...\", label = \"...\" }, ...]`",
            );
        }
        let mut seen = HashSet::new();
        for o in &q.options {
            if !is_id(&o.id) {
                self.error(
                    &q.loc,
                    "options",
                    format!(
                        "option id '{}' of question '{}' is not a valid id",
                        o.id, q.id
                    ),
                    ID_HINT,
                );
            }
            if o.id == crate::answers::NOT_APPLICABLE || o.id == crate::answers::DONT_KNOW {
                self.error(
                    &q.loc,
                    "options",
                    format!("option id '{}' of question '{}' is reserved", o.id, q.id),
                    "answers files use \"na\" and \"dont_know\" for not applicable and don't know; use `not_applicable = true` / `dont_know = true` instead, or rename the option",
                );
            }
            if !seen.insert(o.id.as_str()) {
                self.error(
                    &q.loc,
                    "options",
                    format!("question '{}' lists option '{}' twice", q.id, o.id),
                    "give every option its own id",
                );
            }
            if !o.points.is_finite() || o.points < 0.0 {
                self.error(
                    &q.loc,
                    "options",
                    format!(
                        "option '{}' of question '{}' has points {}; points must be 0 or more",
                        o.id, q.id, o.points
                    ),
                    "use a finite number such as 0, 1 or 2",
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
                format!(
                    "question '{}' has min {min} and max {max}; min must be below max",
                    q.id
                ),
                "swap or correct the bounds",
            );
        }
        if q.scoring.is_some() && (q.min.is_none() || q.max.is_none()) {
            self.error(
                &q.loc,
                "scoring",
                format!(
                    "scored number question '{}' needs both 'min' and 'max'",
                    q.id
                ),
                "the score runs from min to max",
            );
        }
    }

    fn condition(&mut self, q: &Question, c: &Condition, earlier: &HashMap<&str, &Question>) {
        let forms = usize::from(c.question.is_some())
            + usize::from(!c.all.is_empty())
            + usize::from(!c.any.is_empty())
            + usize::from(c.not.is_some());
        if forms != 1 {
            self.error(&q.loc, "show_if", format!("the condition of question '{}' must use exactly one of 'question', 'all', 'any' or 'not'", q.id), "e.g. `show_if = { question = \"legal_context\", is = \"legal\" }`");
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
                    format!("question '{}' has a condition on itself", q.id),
                    "a condition can only look at earlier questions".to_owned(),
                )
            } else if self.question_ids.contains(target) {
                (
                    format!(
                        "the condition of question '{}' refers to '{target}', which comes later",
                        q.id
                    ),
                    "move the question it depends on earlier, or this one later".to_owned(),
                )
            } else {
                let ids = self.fw.questions().map(|q| q.id.as_str());
                (
                    format!(
                        "the condition of question '{}' refers to unknown question '{target}'",
                        q.id
                    ),
                    self.suggest(target, ids, "check the question id"),
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
                format!(
                    "the condition of question '{}' says which question but not what to test",
                    q.id
                ),
                "add one of `is`, `one_of`, `at_least`, `at_most` or `includes`",
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
            self.error(&q.loc, "show_if", format!("the condition of question '{}' tests {} question '{}' in a way that kind cannot answer", q.id, kind.name(), other.id), "use `is`/`one_of` for choice and yes_no, `at_least`/`at_most` for rating and number, `includes` for checklist");
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
                    &format!("'{}' offers: {}", other.id, valid.join(", ")),
                );
                self.error(&q.loc, "show_if", format!("the condition of question '{}' expects '{value}', which question '{}' does not offer", q.id, other.id), hint);
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
            // Something missing has no place of its own: point at the start of the file.
            self.error(
                &Loc::default(),
                "",
                "the framework has no bands".into(),
                "add `[[bands]]` tables covering scores 0 to 100",
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
                    format!(
                        "band '{}' runs from {} to {}; min must be below max",
                        b.id, b.min, b.max
                    ),
                    "each band covers min (included) up to max (excluded)",
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
                "bands must be listed from the lowest scores to the highest".into(),
                "reorder the `[[bands]]` tables by 'min'",
            );
        }
        let (first, last) = (sorted[0], sorted[sorted.len() - 1]);
        if first.min != 0.0 {
            self.error(
                &first.loc,
                "min",
                format!(
                    "the lowest band '{}' starts at {}, leaving scores below it without a band",
                    first.id, first.min
                ),
                "start the lowest band at `min = 0`",
            );
        }
        if last.max != 100.0 {
            self.error(
                &last.loc,
                "max",
                format!(
                    "the highest band '{}' ends at {}; bands must reach 100",
                    last.id, last.max
                ),
                "end the highest band at `max = 100`",
            );
        }
        for pair in sorted.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            if b.min < a.max {
                self.error(
                    &b.loc,
                    "min",
                    format!(
                        "band '{}' starts at {} but band '{}' runs to {}: they overlap",
                        b.id, b.min, a.id, a.max
                    ),
                    format!("start '{}' at {}", b.id, a.max),
                );
            } else if b.min > a.max {
                self.error(&b.loc, "min", format!("band '{}' starts at {} but band '{}' ends at {}: scores in between have no band", b.id, b.min, a.id, a.max), format!("start '{}' at {}", b.id, a.max));
            }
        }
    }

    fn gates(&mut self) {
        let fw = self.fw;
        let mut seen = HashMap::new();
        for g in &fw.gates {
            self.unique_id(&mut seen, &g.id, &g.loc, "gate");
            match (&g.question, &g.principle) {
                (Some(qid), None) => match fw.question(qid) {
                    None if self.unread("question", qid) => {}
                    None => {
                        let hint = self.suggest(
                            qid,
                            fw.questions().map(|q| q.id.as_str()),
                            "check the question id",
                        );
                        self.error(
                            &g.loc,
                            "question",
                            format!("gate '{}' watches unknown question '{qid}'", g.id),
                            hint,
                        );
                    }
                    Some(q) => self.gate_threshold_for_question(g, q),
                },
                (None, Some(pid)) => {
                    if fw.principle(pid).is_none() && !self.unread("principle", pid) {
                        let hint = self.suggest(
                            pid,
                            fw.principles.iter().map(|p| p.id.as_str()),
                            "check the principle id",
                        );
                        self.error(
                            &g.loc,
                            "principle",
                            format!("gate '{}' watches unknown principle '{pid}'", g.id),
                            hint,
                        );
                    }
                    if g.min_level.is_some() {
                        self.error(
                            &g.loc,
                            "min_level",
                            format!(
                                "gate '{}' watches a principle, which has a score, not a level",
                                g.id
                            ),
                            "use `min_score = <0-100>` for principle gates",
                        );
                    }
                    if g.min_score.is_none() && g.min_level.is_none() {
                        self.error(
                            &g.loc,
                            "principle",
                            format!("gate '{}' has no threshold", g.id),
                            "add `min_score = <0-100>`",
                        );
                    }
                }
                _ => self.error(
                    &g.loc,
                    "id",
                    format!(
                        "gate '{}' must watch exactly one 'question' or 'principle'",
                        g.id
                    ),
                    "set either `question = \"...\"` or `principle = \"...\"`",
                ),
            }
            if let Some(s) = g.min_score
                && !(0.0..=100.0).contains(&s)
            {
                self.error(
                    &g.loc,
                    "min_score",
                    format!(
                        "gate '{}' has min_score {s}; scores run from 0 to 100",
                        g.id
                    ),
                    "use a number from 0 to 100",
                );
            }
            if let Some(cap) = &g.cap
                && !fw.bands.iter().any(|b| &b.id == cap)
                && !self.unread("band", cap)
            {
                let hint = self.suggest(
                    cap,
                    fw.bands.iter().map(|b| b.id.as_str()),
                    "name one of the `[[bands]]` ids",
                );
                self.error(
                    &g.loc,
                    "cap",
                    format!("gate '{}' caps at unknown band '{cap}'", g.id),
                    hint,
                );
            }
        }
    }

    fn gate_threshold_for_question(&mut self, g: &super::model::Gate, q: &Question) {
        match (g.min_level, g.min_score) {
            (Some(_), Some(_)) | (None, None) => self.error(
                &g.loc,
                "id",
                format!(
                    "gate '{}' needs exactly one of 'min_level' or 'min_score'",
                    g.id
                ),
                "`min_level` for a rating question's level, `min_score` (0-100) otherwise",
            ),
            (Some(level), None) => {
                let scale = q.scale.as_deref().and_then(|s| self.fw.scale(s));
                match scale {
                    Some(s) if q.kind == QuestionKind::Rating && !s.levels.is_empty() => {
                        if !s.levels.iter().any(|l| l.value == level) {
                            let values: Vec<String> =
                                s.levels.iter().map(|l| l.value.to_string()).collect();
                            self.error(&g.loc, "min_level", format!("gate '{}' asks for level {level}, which scale '{}' does not have", g.id, s.id), format!("use one of: {}", values.join(", ")));
                        }
                    }
                    // A rating whose scale is missing was reported already; one cause, one message.
                    _ if q.kind == QuestionKind::Rating => {}
                    _ => self.error(
                        &g.loc,
                        "min_level",
                        format!(
                            "gate '{}' uses 'min_level' but question '{}' is not a rating",
                            g.id, q.id
                        ),
                        "use `min_score = <0-100>` instead",
                    ),
                }
            }
            (None, Some(_)) => {}
        }
        if !crate::scoring::is_scorable(q) {
            self.error(
                &g.loc,
                "question",
                format!(
                    "gate '{}' watches question '{}', which carries no score",
                    g.id, q.id
                ),
                "gate a scored question (text, zero-point choices and numbers without `scoring` never score)",
            );
        }
    }

    fn weight(&mut self, weight: f64, loc: &Loc, what: &str) {
        if !(weight.is_finite() && weight > 0.0) {
            self.error(loc, "weight", format!("{what} has weight {weight}; weights must be above 0"), "use a positive number such as 1 or 2; leave a question out rather than weighting it 0");
        } else if weight > 1e6 {
            self.error(
                loc,
                "weight",
                format!("{what} has weight {weight}, which is too large"),
                "use weights up to 1000000",
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
                format!("{what} id '{id}' is not a valid id"),
                ID_HINT,
            );
        }
        if seen.insert(id, loc).is_some() {
            self.error(
                loc,
                "id",
                format!("duplicate {what} id '{id}'"),
                format!("every {what} needs its own id; rename one of them"),
            );
        }
    }
}

const ID_HINT: &str = "ids use letters, digits, '-' and '_' only, e.g. `referral-tracking`";

fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 100
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn suggest<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    otherwise: &str,
) -> String {
    match did_you_mean(word, candidates) {
        Some(s) => format!("did you mean '{s}'?"),
        None => otherwise.to_owned(),
    }
}
