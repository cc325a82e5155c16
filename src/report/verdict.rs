//! The verdict's reasons in words: which limits hold the band down, and what would lift it.
//!
//! Every place that shows a band (the wizard's results, `integra score`, every report format)
//! words its limits with these functions, so they all say the same thing. A failed gate that
//! does not lower the band is said to fail, never to cap it.
//!
//! Must not: decide which limits bind or what would lift the band (that is `scoring`'s); it only
//! words them.

use serde::Serialize;

use crate::i18n::{self, Arg, Lang};
use crate::scoring::{Action, ActionKind, Lift, Limit, LimitKind, Scorecard};

/// One limit on the band, with its sentence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LimitInfo {
    /// `gate`, `coverage` or `dont_know`.
    pub kind: LimitKind,
    /// The gate's id; `coverage` or `dont_know` for the other kinds.
    pub id: String,
    /// The band it caps at.
    pub cap: String,
    pub cap_label: String,
    /// Whether it holds the band where it is (caps at the band reached, below the score's).
    pub binding: bool,
    /// The limit in plain words.
    pub text: String,
}

/// What would lift the band.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LiftInfo {
    /// The ids of the limits to fix: every binding one.
    pub fix: Vec<String>,
    /// The band then reached.
    pub band: String,
    pub band_label: String,
    /// How many more questions need a real answer (0 unless coverage holds the band).
    pub answer_more: usize,
    /// What to do, in plain words, e.g. "Fix 'consent' and 'registry' to reach Ready to pilot".
    pub text: String,
}

/// Why the band is what it is.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct VerdictInfo {
    /// Binding limits first, then the others, each in scorecard order.
    pub limits: Vec<LimitInfo>,
    /// `null` when nothing holds the band below the score's band.
    pub lift: Option<LiftInfo>,
    /// Whether a failed gate is among the limits holding the band down.
    pub capped_by_gate: bool,
}

/// The scorecard's verdict in words.
pub fn info(card: &Scorecard, lang: Lang) -> VerdictInfo {
    let v = &card.verdict;
    let mut limits: Vec<LimitInfo> = v
        .limits
        .iter()
        .map(|l| LimitInfo {
            kind: l.kind,
            id: l.id.clone(),
            cap: l.cap.id.clone(),
            cap_label: l.cap.label.clone(),
            binding: l.binding,
            text: limit_text(card, l, lang),
        })
        .collect();
    limits.sort_by_key(|l| !l.binding);
    VerdictInfo {
        capped_by_gate: limits
            .iter()
            .any(|l| l.binding && l.kind == LimitKind::Gate),
        limits,
        lift: v.lift.as_ref().map(|lift| LiftInfo {
            fix: lift.fix.clone(),
            band: lift.band.id.clone(),
            band_label: lift.band.label.clone(),
            answer_more: lift.answer_more,
            text: lift_text(card, lift, lang),
        }),
    }
}

/// One limit in plain words.
pub fn limit_text(card: &Scorecard, l: &Limit, lang: Lang) -> String {
    let cap = Arg::from(l.cap.label.as_str());
    match l.kind {
        LimitKind::Gate => {
            let reason = card
                .gates
                .iter()
                .find(|g| g.id == l.id)
                .map(|g| g.reason.clone())
                .unwrap_or_default();
            let key = match (l.not_assessed, l.binding) {
                (false, true) => "verdict-gate-binding",
                (true, true) => "verdict-gate-not-assessed-binding",
                (false, false) => "verdict-gate-not-binding",
                (true, false) => "verdict-gate-not-assessed-not-binding",
            };
            let args = [
                ("id", Arg::from(l.id.as_str())),
                ("band", cap),
                ("reason", reason.into()),
            ];
            i18n::tr_args(lang, key, &args)
        }
        LimitKind::Coverage => {
            let cov = card.overall.coverage;
            let short = l.short_of.as_ref().map_or("", |b| b.label.as_str());
            let args = [
                ("band", Arg::from(short)),
                ("answered", cov.answered.into()),
                ("applicable", cov.applicable.into()),
                ("needed", l.needed.unwrap_or(0).into()),
                ("cap", cap),
            ];
            let key = if l.binding {
                "verdict-coverage-binding"
            } else {
                "verdict-coverage-not-binding"
            };
            i18n::tr_args(lang, key, &args)
        }
        LimitKind::DontKnow => {
            let args = [
                ("questions", Arg::from(quoted_list(&l.questions, lang))),
                ("cap", cap),
            ];
            let key = if l.binding {
                "verdict-dont-know-binding"
            } else {
                "verdict-dont-know-not-binding"
            };
            i18n::tr_args(lang, key, &args)
        }
    }
}

/// "Fix 'a' and 'b', find out 'q' to reach Ready to pilot (the score alone reaches Ready)".
pub fn lift_text(card: &Scorecard, lift: &Lift, lang: Lang) -> String {
    let binding: Vec<&Limit> = card.verdict.limits.iter().filter(|l| l.binding).collect();
    let found_out: Vec<&String> = binding
        .iter()
        .filter(|l| l.kind == LimitKind::DontKnow)
        .flat_map(|l| &l.questions)
        .collect();
    // A gate not assessed because its question is a "don't know" to find out is not repeated.
    let gates: Vec<String> = binding
        .iter()
        .filter(|l| l.kind == LimitKind::Gate)
        .filter(|l| {
            !(l.not_assessed && l.question.as_ref().is_some_and(|q| found_out.contains(&q)))
        })
        .map(|l| l.id.clone())
        .collect();
    let mut steps = Vec::new();
    if !gates.is_empty() {
        let args = [("gates", Arg::from(quoted_list(&gates, lang)))];
        steps.push(i18n::tr_args(lang, "verdict-step-fix", &args));
    }
    for l in binding.iter().filter(|l| l.kind == LimitKind::DontKnow) {
        let args = [("questions", Arg::from(quoted_list(&l.questions, lang)))];
        steps.push(i18n::tr_args(lang, "verdict-step-find-out", &args));
    }
    // Answers found out, and gated questions answered to fix a gate not yet assessed, count
    // towards coverage: only the questions beyond them are asked for.
    let mut answered_anyway: Vec<&String> = found_out.clone();
    for l in binding
        .iter()
        .filter(|l| l.kind == LimitKind::Gate && l.not_assessed)
    {
        if let Some(q) = l.question.as_ref().filter(|q| !answered_anyway.contains(q)) {
            answered_anyway.push(q);
        }
    }
    let beyond = lift.answer_more.saturating_sub(answered_anyway.len());
    if beyond > 0 {
        let args = [("count", beyond.into())];
        steps.push(i18n::tr_args(lang, "verdict-step-answer", &args));
    }
    let args = [
        ("steps", Arg::from(and_list(&steps, lang))),
        ("band", Arg::from(lift.band.label.as_str())),
    ];
    let mut text = capitalise(&i18n::tr_args(lang, "verdict-lift", &args));
    if let Some(alone) = card
        .overall
        .uncapped_band
        .as_ref()
        .filter(|u| u.id != lift.band.id)
    {
        let args = [("band", Arg::from(alone.label.as_str()))];
        text = format!(
            "{text} ({})",
            i18n::tr_args(lang, "verdict-score-alone", &args)
        );
    }
    text
}

/// What an action asks, in words: its recommendation, or "find out" for a "don't know".
pub fn action_text(a: &Action, lang: Lang) -> String {
    match a.kind {
        ActionKind::Improve => a.recommendation.clone(),
        ActionKind::FindOut if a.recommendation.is_empty() => {
            i18n::tr(lang, "verdict-action-find-out")
        }
        ActionKind::FindOut => i18n::tr_args(
            lang,
            "verdict-action-find-out-then",
            &[("recommendation", Arg::from(a.recommendation.as_str()))],
        ),
    }
}

/// `text` wrapped at `width` columns, lines after the first indented by `indent` spaces (for
/// plain-text output such as `integra score`).
pub fn wrapped(text: &str, width: usize, indent: usize) -> String {
    super::filters::wrap(text, width, indent, false)
}

/// How many ids a sentence names before saying "and N more".
const LISTED: usize = 5;

/// `'a'`, `'a' and 'b'`, `'a', 'b' and 'c'` in the reader's language; past [`LISTED`] ids,
/// the first ones "and N more" (an assessment with forty "don't know" answers stays readable;
/// the action plan lists each one).
fn quoted_list(ids: &[String], lang: Lang) -> String {
    let mut quoted: Vec<String> = ids
        .iter()
        .take(LISTED)
        .map(|id| format!("'{id}'"))
        .collect();
    if ids.len() > LISTED {
        let more = [("count", Arg::from(ids.len() - LISTED))];
        quoted.push(i18n::tr_args(lang, "verdict-more", &more));
    }
    and_list(&quoted, lang)
}

fn and_list(items: &[String], lang: Lang) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!(
            "{} {} {last}",
            init.join(", "),
            i18n::tr(lang, "verdict-and")
        ),
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

#[cfg(test)]
mod tests {
    use crate::answers::{Answers, Response, YesNo};
    use crate::framework::{Origin, from_str};
    use crate::i18n::Lang;
    use crate::scoring::score;

    const FW: &str = include_str!("../../tests/fixtures/valid/verdict.toml");

    fn info(given: &[(&str, Response)]) -> super::VerdictInfo {
        let fw = from_str("verdict.toml", FW, Origin::Embedded).unwrap();
        let mut answers = Answers::default();
        for (q, r) in given {
            answers.set(*q, r.clone());
        }
        super::info(&score(&fw, &answers, "en"), Lang::En)
    }

    #[test]
    fn binding_gates_say_they_hold_the_band_and_others_say_they_do_not() {
        let v = info(&[
            ("confidentiality", Response::YesNo(YesNo::No)),
            ("consent", Response::Level(1)),
            ("nsp", Response::YesNo(YesNo::Yes)),
            ("naloxone", Response::YesNo(YesNo::Yes)),
        ]);
        let texts: Vec<&str> = v.limits.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Gate 'confidentiality' holds the band at 'Build foundations': Clients' records \
                 are not safe from the police.",
                "Gate 'consent' failed but does not lower the band now (on its own it would \
                 allow up to 'Ready to pilot'): Testing is not yet voluntary."
            ]
        );
        assert_eq!(
            v.lift.map(|l| l.text).as_deref(),
            Some("Fix 'confidentiality' to reach 'Ready to pilot'")
        );
        assert!(v.capped_by_gate);
    }

    #[test]
    fn a_gate_and_coverage_make_one_sentence_counting_the_gated_answer() {
        // Only consent answered: confidentiality not yet assessed (lowest cap) and 1 of 4
        // answered both hold the band at 'Build foundations'. Answering confidentiality is one
        // of the three answers 'Ready to integrate' needs: one more is asked for.
        let v = info(&[("consent", Response::Level(3))]);
        assert_eq!(
            v.lift.map(|l| (l.text, l.answer_more)),
            Some((
                "Fix 'confidentiality' and answer 1 more question to reach 'Ready to integrate'"
                    .to_owned(),
                2
            ))
        );
    }

    #[test]
    fn long_lists_name_five_and_count_the_rest() {
        let ids: Vec<String> = (1..=8).map(|i| format!("q{i}")).collect();
        assert_eq!(
            super::quoted_list(&ids, Lang::En),
            "'q1', 'q2', 'q3', 'q4', 'q5' and 3 more"
        );
        assert_eq!(super::quoted_list(&ids[..2], Lang::Fr), "'q1' et 'q2'");
    }

    #[test]
    fn coverage_and_several_steps_are_worded_in_one_sentence() {
        let given = [
            ("confidentiality", Response::YesNo(YesNo::Yes)),
            ("consent", Response::Level(3)),
            ("nsp", Response::DontKnow),
        ];
        let v = info(&given);
        assert_eq!(
            v.limits[0].text,
            "Not enough answered to call this 'Ready to integrate': 2 of 4 answered, 3 needed; \
             the band stays at 'Ready to pilot'"
        );
        assert_eq!(
            v.lift.map(|l| l.text).as_deref(),
            Some("Find out 'nsp' to reach 'Ready to integrate'"),
            "finding out 'nsp' is the one more answer coverage needs"
        );
        let fw = from_str("verdict.toml", FW, Origin::Embedded).unwrap();
        let mut answers = Answers::default();
        for (q, r) in given {
            answers.set(q, r);
        }
        let fr = super::info(&score(&fw, &answers, "fr"), Lang::Fr);
        assert_eq!(
            fr.lift.map(|l| l.text).as_deref(),
            Some("Renseignez 'nsp' pour atteindre « Ready to integrate »")
        );
    }
}
