//! Putting results into words: answers as labels, gates as rules, statuses and warnings.
//!
//! Must not: score or decide a status (that is `scoring`'s); it only words what the scorecard says.

use super::context::{BandInfo, GateInfo, PrincipleInfo, QuestionInfo};
use crate::answers::{AnswerSheet, in_words, number_in};
use crate::framework::{Band, Caps, Framework, Gate, Min, Question};
use crate::i18n::{self, Arg, Lang};
use crate::scoring::{GateResult, GateStatus, QuestionStatus, Scorecard};

/// Coverage below this share of applicable questions earns a warning.
const LOW_COVERAGE: f64 = 0.8;

/// Every question of the framework with its answer and score, in framework order.
pub fn questions(
    fw: &Framework,
    sheet: &AnswerSheet,
    card: &Scorecard,
    lang: &str,
) -> Vec<QuestionInfo> {
    let ui = Lang::or_english(lang);
    let mut out = Vec::new();
    let numbers = principle_numbers(fw);
    let holders = card.verdict.band_holders(fw);
    // Six statuses, thousands of questions: each label is worded once.
    let mut labels: Vec<(QuestionStatus, String)> = Vec::new();
    let mut label_of = |status: QuestionStatus| {
        if let Some((_, label)) = labels.iter().find(|(s, _)| *s == status) {
            return label.clone();
        }
        let label = status_label(status, ui);
        labels.push((status, label.clone()));
        label
    };
    // Context questions (number 0) are numbered 0.1, 0.2… across every context principle.
    let mut context_questions = 0;
    for ((p, ps), &pn) in fw.principles.iter().zip(&card.principles).zip(&numbers) {
        // The weights that counted in the principle's score: questions with a scored answer.
        // Hidden, not applicable, "don't know", unanswered and unscored questions are in
        // neither sum, so their share is 0 and the shares of the rest add up to 100.
        let counted: f64 = p
            .questions
            .iter()
            .zip(&ps.questions)
            .filter(|(_, qs)| qs.score.is_some())
            .map(|(q, _)| q.weight)
            .sum();
        for (qi, (q, qs)) in p.questions.iter().zip(&ps.questions).enumerate() {
            let share = match qs.score {
                Some(_) if counted > 0.0 => 100.0 * q.weight / counted,
                _ => 0.0,
            };
            let response = sheet.answers.get(&q.id);
            out.push(QuestionInfo {
                id: q.id.clone(),
                number: if pn == 0 {
                    context_questions += 1;
                    format!("0.{context_questions}")
                } else {
                    format!("{pn}.{}", qi + 1)
                },
                principle: p.id.clone(),
                principle_title: p.title.get(lang).to_owned(),
                text: q.text.get(lang).to_owned(),
                kind: q.kind.name().to_owned(),
                status: qs.status,
                status_label: label_of(qs.status),
                answer: response.map(|r| in_words(fw, q, r, lang)),
                score: qs.score.map(percent),
                weight: q.weight,
                share,
                contribution: qs.score.map(|score| share * score),
                note: sheet.answers.note(&q.id).map(str::to_owned),
                condition: q.show_if.as_ref().map(|c| c.describe_in(ui)),
                hidden: qs.status == QuestionStatus::Hidden,
                holds_band: holders.contains(q.id.as_str()),
                votes: Vec::new(),
                divergent: None,
            });
        }
    }
    out
}

/// A 0–1 score as 0–100. Adding 0.0 turns -0.0 (what an empty float sum gives, e.g. a
/// checklist with nothing ticked) into 0.0, so reports never say "-0" and zeros sort together.
pub fn percent(score: f64) -> f64 {
    score * 100.0 + 0.0
}

pub fn status_label(status: QuestionStatus, lang: Lang) -> String {
    i18n::tr(
        lang,
        match status {
            QuestionStatus::Scored => "report-status-scored",
            QuestionStatus::Unscored => "report-status-unscored",
            QuestionStatus::NotApplicable => "report-status-not-applicable",
            QuestionStatus::DontKnow => "report-status-dont-know",
            QuestionStatus::Hidden => "report-status-hidden",
            QuestionStatus::Unanswered => "report-status-unanswered",
        },
    )
}

pub fn band(b: &Band, lang: &str) -> BandInfo {
    BandInfo {
        id: b.id.clone(),
        label: b.label.get(lang).to_owned(),
        advice: b.advice.as_ref().map(|a| a.get(lang).to_owned()),
        min: b.min,
        max: b.max,
    }
}

/// A gate's result with what it watches and what passing takes, in words.
pub fn gate(fw: &Framework, result: &GateResult, lang: &str) -> GateInfo {
    let ui = Lang::or_english(lang);
    let def = fw.gate(&result.id);
    let question = def.and_then(Gate::question).and_then(|id| fw.question(id));
    let principle = def
        .and_then(Gate::principle)
        .and_then(|id| fw.principle(id));
    let watches = match (question, principle) {
        (Some(q), _) => q.text.get(lang).to_owned(),
        (_, Some(p)) => p.title.get(lang).to_owned(),
        _ => result.target.clone(),
    };
    let rule = def
        .map(|d| gate_rule(fw, d, question, lang))
        .unwrap_or_default();
    GateInfo {
        id: result.id.clone(),
        passed: result.passed,
        status: result.status,
        status_label: i18n::tr(
            ui,
            match result.status {
                GateStatus::Passed => "report-gate-passed",
                GateStatus::NotApplicable => "report-gate-not-applicable",
                GateStatus::Failed => "report-gate-failed",
                GateStatus::NotAssessed => "report-gate-not-assessed",
            },
        ),
        reason: result.reason.clone(),
        question: def.and_then(Gate::question).map(str::to_owned),
        principle: def.and_then(Gate::principle).map(str::to_owned),
        watches,
        rule,
        cap: result.cap.clone(),
        cap_label: fw
            .band(&result.cap)
            .map_or_else(|| result.cap.clone(), |b| b.label.get(lang).to_owned()),
    }
}

/// Each principle's number as a reader counts them: principles that score are numbered from 1
/// in framework order; a principle of context questions only (it never scores, so the score
/// tables leave it out) is 0 and does not take a number from the others.
pub fn principle_numbers(fw: &Framework) -> Vec<usize> {
    let mut next = 0;
    fw.principles
        .iter()
        .map(|p| {
            if p.questions.iter().any(Question::is_scorable) {
                next += 1;
                next
            } else {
                0
            }
        })
        .collect()
}

pub fn principles(fw: &Framework, card: &Scorecard, lang: &str) -> Vec<PrincipleInfo> {
    // The overall score is the weighted mean of the principles that have a score.
    let scored_weight: f64 = card
        .principles
        .iter()
        .filter(|p| p.score.is_some())
        .map(|p| p.weight)
        .sum();
    card.principles
        .iter()
        .zip(principle_numbers(fw))
        .map(|(p, number)| PrincipleInfo {
            id: p.id.clone(),
            number,
            title: p.title.clone(),
            rationale: fw
                .principle(&p.id)
                .and_then(|d| d.rationale.as_ref())
                .map(|r| r.get(lang).to_owned()),
            weight: p.weight,
            share: p.share * 100.0,
            counted_weight: p
                .questions
                .iter()
                .filter(|q| q.score.is_some())
                .map(|q| q.weight)
                .sum(),
            contribution: p
                .score
                .filter(|_| scored_weight > 0.0)
                .map(|s| p.weight / scored_weight * s),
            score: p.score,
            coverage: p.coverage.into(),
        })
        .collect()
}

/// What passing a gate takes, e.g. `an answer of at least 'Starting' (level 1)`; for a tiered
/// gate, each tier's minimum with the band it caps at.
fn gate_rule(fw: &Framework, def: &Gate, question: Option<&Question>, lang: &str) -> String {
    let ui = Lang::or_english(lang);
    let tiers = match &def.caps {
        Caps::One(t) => return minimum_rule(fw, def, t.min, question, lang),
        Caps::Tiers(tiers) => tiers,
    };
    let tiers: Vec<String> = tiers
        .iter()
        .map(|t| {
            let rule = minimum_rule(fw, def, t.min, question, lang);
            let band = fw
                .bands
                .get(t.cap)
                .map_or_else(String::new, |b| b.label.get(lang).to_owned());
            i18n::tr_args(
                ui,
                "report-rule-tier",
                &[("rule", rule.into()), ("band", band.into())],
            )
        })
        .collect();
    tiers.join("; ")
}

/// One minimum (a plain gate's or a tier's) in words.
fn minimum_rule(
    fw: &Framework,
    def: &Gate,
    min: Min,
    question: Option<&Question>,
    lang: &str,
) -> String {
    let ui = Lang::or_english(lang);
    let min_score = match min {
        Min::Score(m) => m,
        Min::Level(min_level) => {
            let level = question
                .and_then(|q| fw.scale_of(q))
                .and_then(|s| s.levels.iter().find(|l| l.value == min_level));
            let level_arg = || ("level", Arg::from(min_level.to_string()));
            return match level {
                Some(l) => i18n::tr_args(
                    ui,
                    "report-rule-level",
                    &[("label", l.label.get(lang).into()), level_arg()],
                ),
                None => i18n::tr_args(ui, "report-rule-level-bare", &[level_arg()]),
            };
        }
    };
    let args = [("min", Arg::from(number_in(min_score, ui)))];
    if def.principle().is_some() {
        i18n::tr_args(ui, "report-rule-principle", &args)
    } else {
        i18n::tr_args(ui, "report-rule-score", &args)
    }
}

/// Cautions about reading the report, in plain words.
pub fn warnings(fw: &Framework, sheet: &AnswerSheet, card: &Scorecard, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    let was_now = |was: &str, now: &str| [("was", Arg::from(was)), ("now", Arg::from(now))];
    if let Some(v) = sheet.version.as_deref().filter(|v| *v != fw.version) {
        out.push(i18n::tr_args(
            lang,
            "report-warn-version",
            &was_now(v, &fw.version),
        ));
    } else if let Some(h) = sheet
        .hash
        .as_deref()
        .filter(|h| !fw.hash.is_empty() && *h != fw.hash)
    {
        out.push(i18n::tr_args(
            lang,
            "report-warn-hash",
            &was_now(h, &fw.hash),
        ));
    }
    let cov = card.overall.coverage;
    if card.overall.score.is_none() {
        out.push(i18n::tr(lang, "report-warn-no-score"));
    } else if cov.ratio < LOW_COVERAGE {
        out.push(i18n::tr_args(
            lang,
            "report-warn-coverage",
            &[
                ("answered", cov.answered.into()),
                ("applicable", cov.applicable.into()),
                ("percent", crate::i18n::fixed(cov.ratio * 100.0, 0).into()),
            ],
        ));
    }
    out
}
