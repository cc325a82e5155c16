//! Conditions: show a question only when earlier answers make it relevant.
//!
//! A condition is a small TOML table, e.g. `show_if = { question = "legal_context", is = "legal" }`
//! or `show_if = { any = [ {...}, {...} ] }`. A condition about a question that is hidden,
//! unanswered, not applicable or "don't know" is false: nothing is shown on the strength of
//! an answer nobody gave.
//!
//! Owns the checked [`Condition`] (one variant per form), its lowering from the raw
//! [`ConditionDef`], evaluation ([`Condition::holds`], [`visible_questions`]) and description
//! in words. Must not report problems in a file (that is `validate/conditions.rs`) nor decide
//! what a hidden question does to a score (that is `scoring`).

use foldhash::{HashSet, HashSetExt};

use super::model::Framework;
use super::raw::ConditionDef;
use super::response::{Answers, Response};
use crate::i18n::{self, Lang};

/// A checked condition: exactly one form, and a test names its question and at least one
/// check (lowered from [`ConditionDef`] once the validator has passed it).
#[derive(Debug, Clone, PartialEq)]
pub enum Condition {
    /// Checks on one earlier question's answer; all of them must hold.
    Test {
        question: String,
        checks: Vec<Check>,
    },
    /// Every nested condition holds.
    All(Vec<Condition>),
    /// At least one nested condition holds.
    Any(Vec<Condition>),
    /// The nested condition does not hold.
    Not(Box<Condition>),
}

/// One check on an answer, in the order a file's keys are described.
#[derive(Debug, Clone, PartialEq)]
pub enum Check {
    /// The answer is this option id, or `yes` / `partial` / `no`.
    Is(String),
    /// The answer is one of these option ids.
    OneOf(Vec<String>),
    /// A rating's level value or a number is at least this.
    AtLeast(f64),
    /// A rating's level value or a number is at most this.
    AtMost(f64),
    /// A checklist answer has this option ticked.
    Includes(String),
}

impl Check {
    fn test(&self, response: &Response) -> bool {
        let number = match response {
            Response::Level(v) => Some(*v as f64),
            Response::Number(n) => Some(*n),
            _ => None,
        };
        let text = match response {
            Response::Choice(s) => Some(s.as_str()),
            Response::YesNo(yn) => Some(yn.name()),
            _ => None,
        };
        match self {
            Self::Is(want) => text == Some(want.as_str()),
            Self::OneOf(values) => text.is_some_and(|t| values.iter().any(|o| o == t)),
            Self::AtLeast(min) => number.is_some_and(|n| n >= *min),
            Self::AtMost(max) => number.is_some_and(|n| n <= *max),
            Self::Includes(opt) => {
                matches!(response, Response::Checklist(ticked) if ticked.contains(opt))
            }
        }
    }
}

impl Condition {
    /// The checked condition, or `None` when `def` uses no form or several, or a test has no
    /// check (the validator reports both).
    pub fn lower(def: &ConditionDef) -> Option<Self> {
        let forms = usize::from(def.question.is_some())
            + usize::from(!def.all.is_empty())
            + usize::from(!def.any.is_empty())
            + usize::from(def.not.is_some());
        if forms != 1 {
            return None;
        }
        let nested = |cs: &[ConditionDef]| cs.iter().map(Self::lower).collect::<Option<Vec<_>>>();
        if !def.all.is_empty() {
            return nested(&def.all).map(Self::All);
        }
        if !def.any.is_empty() {
            return nested(&def.any).map(Self::Any);
        }
        if let Some(inner) = &def.not {
            return Self::lower(inner).map(|c| Self::Not(Box::new(c)));
        }
        let mut checks: Vec<Check> = def.is.iter().cloned().map(Check::Is).collect();
        if !def.one_of.is_empty() {
            checks.push(Check::OneOf(def.one_of.clone()));
        }
        checks.extend(def.at_least.map(Check::AtLeast));
        checks.extend(def.at_most.map(Check::AtMost));
        checks.extend(def.includes.iter().cloned().map(Check::Includes));
        let question = def.question.clone()?;
        (!checks.is_empty()).then_some(Self::Test { question, checks })
    }

    /// Whether the condition holds, looking only at answers to questions in `visible`.
    pub fn holds(&self, answers: &Answers, visible: &HashSet<&str>) -> bool {
        match self {
            Self::All(cs) => cs.iter().all(|c| c.holds(answers, visible)),
            Self::Any(cs) => cs.iter().any(|c| c.holds(answers, visible)),
            Self::Not(inner) => !inner.holds(answers, visible),
            Self::Test { question, checks } => {
                visible.contains(question.as_str())
                    && answers
                        .get(question)
                        .is_some_and(|r| checks.iter().all(|c| c.test(r)))
            }
        }
    }

    /// The conditions nested directly inside this one.
    pub fn nested(&self) -> &[Condition] {
        match self {
            Self::All(cs) | Self::Any(cs) => cs,
            Self::Not(inner) => std::slice::from_ref(inner.as_ref()),
            Self::Test { .. } => &[],
        }
    }

    /// Every question id this condition refers to, nested ones included.
    pub fn questions(&self) -> Vec<&str> {
        let mut out = Vec::new();
        if let Self::Test { question, .. } = self {
            out.push(question.as_str());
        }
        for c in self.nested() {
            out.extend(c.questions());
        }
        out
    }

    /// A short plain-language description in English, e.g. `'legal_context' is 'legal'`.
    pub fn describe(&self) -> String {
        self.describe_in(Lang::En)
    }

    /// [`Condition::describe`] in `lang` (question and option ids stay as they are).
    pub fn describe_in(&self, lang: Lang) -> String {
        self.describe_named(lang, &|q| q.to_owned(), &|_, v| v.to_owned())
    }

    /// [`Condition::describe`] in `lang` with the framework's own words: the question's
    /// text instead of its id, an option's label instead of its id (for people answering,
    /// who never see ids).
    pub fn describe_words(&self, fw: &Framework, lang: &str) -> String {
        // `lang` is the framework text's language; integra's own words fall back to English.
        let ui = Lang::or_english(lang);
        let question = |id: &str| {
            fw.question(id)
                .map_or_else(|| id.to_owned(), |q| q.text.get(lang).to_owned())
        };
        let value = |id: &str, v: &str| {
            let q = fw.question(id);
            if let Some(o) = q.and_then(|q| q.options().iter().find(|o| o.id == v)) {
                return o.label.get(lang).to_owned();
            }
            match super::response::YesNo::parse(v) {
                Some(yn) if q.is_some_and(|q| matches!(q.kind, super::Kind::YesNo)) => i18n::tr(
                    ui,
                    match yn {
                        super::response::YesNo::Yes => "answer-yes",
                        super::response::YesNo::Partial => "answer-partly",
                        super::response::YesNo::No => "answer-no",
                    },
                ),
                _ => v.to_owned(),
            }
        };
        self.describe_named(ui, &question, &value)
    }

    /// The description with `question` naming a question and `value` naming one of its
    /// values (both given ids).
    fn describe_named(
        &self,
        lang: Lang,
        question: &dyn Fn(&str) -> String,
        value: &dyn Fn(&str, &str) -> String,
    ) -> String {
        let both = |a: String, b: String, key: &str| {
            i18n::tr_args(lang, key, &[("a", a.into()), ("b", b.into())])
        };
        let join = |cs: &[Condition], key: &str| {
            let parts = cs
                .iter()
                .map(|c| format!("({})", c.describe_named(lang, question, value)));
            join_linear(parts, |a, b| both(a, b, key))
        };
        let (id, checks) = match self {
            Self::All(cs) => return join(cs, "cond-and"),
            Self::Any(cs) => return join(cs, "cond-or"),
            Self::Not(inner) => {
                let a = inner.describe_named(lang, question, value);
                return i18n::tr_args(lang, "cond-not", &[("a", a.into())]);
            }
            Self::Test { question, checks } => (question.as_str(), checks),
        };
        let q = question(id);
        let part = |key: &str, v: String| i18n::tr_args(lang, key, &[("v", v.into())]);
        let parts = checks
            .iter()
            .map(|c| match c {
                Check::Is(v) => part("cond-is", value(id, v)),
                Check::OneOf(vs) => {
                    let values: Vec<String> = vs.iter().map(|v| value(id, v)).collect();
                    part("cond-one-of", format!("'{}'", values.join("', '")))
                }
                Check::AtLeast(v) => part("cond-at-least", v.to_string()),
                Check::AtMost(v) => part("cond-at-most", v.to_string()),
                Check::Includes(v) => part("cond-includes", value(id, v)),
            })
            .reduce(|a, b| both(a, b, "cond-and"))
            .unwrap_or_default();
        format!("'{q}' {parts}")
    }
}

/// `parts` joined pair by pair with `both` ("A or B"), left to right, in one pass.
///
/// Folding pair by pair copies the text built so far at every step, which is quadratic: a
/// condition with 105,000 alternatives took 20 s to put in words. The catalogue's pattern is
/// rendered once with markers instead and its three pieces placed around each part; a
/// pattern that puts its second part first is folded as before.
fn join_linear(
    mut parts: impl Iterator<Item = String>,
    both: impl Fn(String, String) -> String,
) -> String {
    const A: &str = "\u{E000}";
    const B: &str = "\u{E001}";
    let Some(first) = parts.next() else {
        return String::new();
    };
    let pattern = both(A.to_owned(), B.to_owned());
    let (Some(at_a), Some(at_b)) = (pattern.find(A), pattern.find(B)) else {
        return parts.fold(first, both);
    };
    if at_a > at_b {
        return parts.fold(first, both);
    }
    let (prefix, infix, suffix) = (
        &pattern[..at_a],
        &pattern[at_a + A.len()..at_b],
        &pattern[at_b + B.len()..],
    );
    let rest: Vec<String> = parts.collect();
    let mut out = prefix.repeat(rest.len());
    out.push_str(&first);
    for part in rest {
        out.push_str(infix);
        out.push_str(&part);
        out.push_str(suffix);
    }
    out
}

/// The ids of the questions a person would be shown, given the answers so far.
///
/// Conditions may only look at earlier questions (the validator enforces it), so one pass in
/// framework order settles every question.
pub fn visible_questions<'f>(framework: &'f Framework, answers: &Answers) -> HashSet<&'f str> {
    let mut visible = HashSet::with_capacity(framework.question_count());
    for q in framework.questions() {
        let shown = q
            .show_if
            .as_ref()
            .is_none_or(|c| c.holds(answers, &visible));
        if shown {
            visible.insert(q.id.as_str());
        }
    }
    visible
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::framework::response::YesNo;
    use crate::framework::{Origin, from_str};

    fn minimal() -> Framework {
        from_str(
            "m.toml",
            include_str!("../../tests/fixtures/valid/minimal.toml"),
            Origin::Embedded,
        )
        .unwrap()
    }

    fn cond(toml_text: &str) -> Condition {
        Condition::lower(&toml::from_str(toml_text).unwrap()).unwrap()
    }

    #[test]
    fn a_question_shows_only_when_its_condition_holds() {
        let fw = minimal();
        let mut a = Answers::default();
        assert!(
            !visible_questions(&fw, &a).contains("abortion"),
            "unanswered hides"
        );
        a.set("legal", Response::Choice("illegal".into()));
        assert!(!visible_questions(&fw, &a).contains("abortion"));
        a.set("legal", Response::Choice("restricted".into()));
        assert!(visible_questions(&fw, &a).contains("abortion"));
        assert!(
            visible_questions(&fw, &a).contains("referral"),
            "unconditional questions show"
        );
    }

    #[test]
    fn tests_combine_with_all_any_and_not() {
        let mut a = Answers::default();
        a.set("r", Response::Level(2));
        a.set("y", Response::YesNo(YesNo::Partial));
        a.set("c", Response::Checklist(vec!["nsp".into()]));
        let visible: HashSet<&str> = ["r", "y", "c"].into_iter().collect();
        let holds = |t: &str| cond(t).holds(&a, &visible);
        assert!(holds("question = 'r'\nat_least = 2"));
        assert!(!holds("question = 'r'\nat_least = 3"));
        assert!(holds("question = 'y'\nis = 'partial'"));
        assert!(holds("question = 'c'\nincludes = 'nsp'"));
        assert!(!holds("question = 'c'\nincludes = 'oat'"));
        assert!(holds(
            "all = [{ question = 'r', at_most = 2 }, { question = 'y', one_of = ['yes', 'partial'] }]"
        ));
        assert!(!holds(
            "all = [{ question = 'r', at_most = 1 }, { question = 'y', is = 'partial' }]"
        ));
        assert!(holds(
            "any = [{ question = 'r', at_most = 1 }, { question = 'y', is = 'partial' }]"
        ));
        assert!(holds("not = { question = 'y', is = 'yes' }"));
    }

    #[test]
    fn an_answer_to_a_hidden_question_does_not_count() {
        let mut a = Answers::default();
        a.set("y", Response::YesNo(YesNo::Yes));
        let c = cond("question = 'y'\nis = 'yes'");
        assert!(c.holds(&a, &["y"].into_iter().collect()));
        assert!(!c.holds(&a, &HashSet::new()));
    }

    #[test]
    fn joining_in_one_pass_says_what_folding_pair_by_pair_says() {
        let parts = |n: usize| (0..n).map(|i| format!("p{i}"));
        for n in [0, 1, 2, 3, 7] {
            for pattern in ["{a} or {b}", "[{a}|{b}]", "{b} then {a}", "no markers"] {
                let both = |a: String, b: String| pattern.replace("{a}", &a).replace("{b}", &b);
                let folded = parts(n).reduce(&both).unwrap_or_default();
                assert_eq!(join_linear(parts(n), both), folded, "{n} {pattern}");
            }
        }
    }

    #[test]
    fn a_long_list_renders_the_catalogue_pattern_once_not_once_per_part() {
        // Folding pair by pair rendered the pattern 104,999 times for 105,000 parts, each
        // time copying everything before: the quadratic step behind a 20 s outline.
        let calls = std::cell::Cell::new(0);
        let both = |a: String, b: String| {
            calls.set(calls.get() + 1);
            format!("{a} or {b}")
        };
        let out = join_linear((0..10_000).map(|i| i.to_string()), both);
        assert_eq!(calls.get(), 1);
        assert!(out.starts_with("0 or 1 or 2") && out.ends_with("9998 or 9999"));
    }

    #[test]
    fn describe_reads_as_plain_words() {
        let c = cond(
            "any = [{ question = 'legal', one_of = ['legal', 'restricted'] }, { question = 'r', at_least = 2 }]",
        );
        assert_eq!(
            c.describe(),
            "('legal' is one of 'legal', 'restricted') or ('r' is at least 2)"
        );
    }
}
