//! Semantic checks on a parsed framework: the problems serde cannot see.
//!
//! Duplicate ids, dangling scale / question / band references, conditions that look at later
//! or unknown questions, empty scales, non-positive weights, bands that overlap or leave gaps,
//! gates on unknown targets. Every check runs; every problem is reported with its place.
//!
//! Owns every error a parsed `Draft` can have beyond its syntax, and the cap on
//! how many are shown. Must not change the draft nor build the checked framework (that is
//! `Draft::lower`, which refuses the shapes these checks report); warnings are `lint.rs`'s.

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

use super::model::{Draft, Loc};
use super::raw::QuestionDef;
use crate::diagnostic::{Diagnostic, Msg, did_you_mean};
use crate::msg;

mod bands;
mod conditions;
mod gates;
mod questions;
mod workshop;

/// Runs every semantic check and returns the problems found (empty when the framework is sound).
pub fn validate(fw: &Draft) -> Vec<Diagnostic> {
    // Sized for every question at once (growing, the sets were 3 % of `integra validate`).
    let mut question_ids = HashSet::with_capacity(fw.question_count());
    question_ids.extend(fw.questions().map(|q| q.id.as_str()));
    let mut v = Checker {
        fw,
        diags: Vec::new(),
        unshown: 0,
        question_ids,
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
            Diagnostic::error(0..0, unshown_note(v.unshown))
                .with_hint(msg!("diag-unshown-hint"))
                .counting(v.unshown),
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

/// "N more problems not shown" (the diagnostic carrying it also carries N: see
/// [`Diagnostic::counting`]).
pub fn unshown_note(n: usize) -> Msg {
    msg!("diag-unshown", count = n)
}

struct Checker<'f> {
    fw: &'f Draft,
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
        let mut principles = HashMap::with_capacity(self.fw.principles.len());
        let n = self.fw.question_count();
        let mut questions: HashMap<&str, &Loc> = HashMap::with_capacity(n);
        let mut earlier: HashMap<&str, &QuestionDef> = HashMap::with_capacity(n);
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
