//! Conditions: show a question only when earlier answers make it relevant.
//!
//! A condition is a small TOML table, e.g. `show_if = { question = "legal_context", is = "legal" }`
//! or `show_if = { any = [ {...}, {...} ] }`. A condition about a question that is hidden,
//! unanswered, not applicable or "don't know" is false: nothing is shown on the strength of
//! an answer nobody gave.

use std::collections::HashSet;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::model::Framework;
use super::response::{Answers, Response};
use crate::i18n::{self, Lang};

/// A test on earlier answers. Exactly one form is used: a test on `question`, or `all`, `any`
/// or `not`. The validator enforces this.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    /// The earlier question this test looks at.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<String>,
    /// The answer is this option id, or `yes` / `partial` / `no`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is: Option<String>,
    /// The answer is one of these option ids.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub one_of: Vec<String>,
    /// A rating's level value or a number is at least this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_least: Option<f64>,
    /// A rating's level value or a number is at most this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_most: Option<f64>,
    /// A checklist answer has this option ticked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub includes: Option<String>,
    /// Every nested condition holds.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub all: Vec<Condition>,
    /// At least one nested condition holds.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub any: Vec<Condition>,
    /// The nested condition does not hold.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not: Option<Box<Condition>>,
}

impl Condition {
    /// Whether the condition holds, looking only at answers to questions in `visible`.
    pub fn holds(&self, answers: &Answers, visible: &HashSet<&str>) -> bool {
        if !self.all.is_empty() {
            return self.all.iter().all(|c| c.holds(answers, visible));
        }
        if !self.any.is_empty() {
            return self.any.iter().any(|c| c.holds(answers, visible));
        }
        if let Some(inner) = &self.not {
            return !inner.holds(answers, visible);
        }
        let Some(id) = self.question.as_deref() else {
            return false;
        };
        if !visible.contains(id) {
            return false;
        }
        answers.get(id).is_some_and(|r| self.test(r))
    }

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
        let mut ok = true;
        if let Some(want) = &self.is {
            ok &= text == Some(want.as_str());
        }
        if !self.one_of.is_empty() {
            ok &= text.is_some_and(|t| self.one_of.iter().any(|o| o == t));
        }
        if let Some(min) = self.at_least {
            ok &= number.is_some_and(|n| n >= min);
        }
        if let Some(max) = self.at_most {
            ok &= number.is_some_and(|n| n <= max);
        }
        if let Some(opt) = &self.includes {
            ok &= matches!(response, Response::Checklist(ticked) if ticked.contains(opt));
        }
        ok
    }

    /// Every question id this condition refers to, nested ones included.
    pub fn questions(&self) -> Vec<&str> {
        let mut out: Vec<&str> = self.question.iter().map(String::as_str).collect();
        for c in self.all.iter().chain(&self.any).chain(self.not.as_deref()) {
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
            if let Some(o) = q.and_then(|q| q.options.iter().find(|o| o.id == v)) {
                return o.label.get(lang).to_owned();
            }
            match super::response::YesNo::parse(v) {
                Some(yn) if q.is_some_and(|q| q.kind == super::QuestionKind::YesNo) => i18n::tr(
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
        if !self.all.is_empty() {
            return join(&self.all, "cond-and");
        }
        if !self.any.is_empty() {
            return join(&self.any, "cond-or");
        }
        if let Some(inner) = &self.not {
            let a = inner.describe_named(lang, question, value);
            return i18n::tr_args(lang, "cond-not", &[("a", a.into())]);
        }
        let id = self.question.as_deref().unwrap_or("?");
        let q = question(id);
        let part = |key: &str, v: String| i18n::tr_args(lang, key, &[("v", v.into())]);
        let mut parts = Vec::new();
        if let Some(v) = &self.is {
            parts.push(part("cond-is", value(id, v)));
        }
        if !self.one_of.is_empty() {
            let values: Vec<String> = self.one_of.iter().map(|v| value(id, v)).collect();
            parts.push(part("cond-one-of", format!("'{}'", values.join("', '"))));
        }
        if let Some(v) = self.at_least {
            parts.push(part("cond-at-least", v.to_string()));
        }
        if let Some(v) = self.at_most {
            parts.push(part("cond-at-most", v.to_string()));
        }
        if let Some(v) = &self.includes {
            parts.push(part("cond-includes", value(id, v)));
        }
        let parts = parts
            .into_iter()
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
    let mut visible = HashSet::new();
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
        toml::from_str(toml_text).unwrap()
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
        let visible: HashSet<&str> = ["r", "y", "c"].into();
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
        assert!(c.holds(&a, &["y"].into()));
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
