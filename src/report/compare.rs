//! Progress between two assessments of one programme: what changed since an earlier answers
//! file, scored against the same framework as the current one.
//!
//! Both assessments are turned into report contexts and the contexts are compared, so "before"
//! and "now" are described in exactly the words the report uses.
//!
//! Must not: change either assessment or write files; it only compares two finished contexts.

use serde::Serialize;

use super::context::{Assessment, GateInfo, QuestionInfo, ReportContext};
use crate::answers::AnswerSheet;
use crate::framework::Framework;
use crate::i18n::{self, Lang};
use crate::scoring::{GateStatus, Scorecard};

/// Score changes smaller than this (on 0–100) count as no change.
const SAME: f64 = 0.05;

/// What changed since the earlier assessment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// Facts about the earlier assessment.
    pub previous: Assessment,
    /// The framework version the earlier answers were given against, if recorded.
    pub previous_version: Option<String>,
    /// A caution about the comparison in plain words, e.g. the framework changed between them.
    pub caution: Option<String>,
    pub overall: Change,
    /// The band before and now (labels), and `up`, `down` or `same`.
    pub band_before: Option<String>,
    pub band_now: Option<String>,
    pub band_change: Option<Direction>,
    /// The band change in words: `higher`, `lower` or `same`.
    pub band_change_label: Option<String>,
    /// Every principle, in framework order.
    pub principles: Vec<PrincipleChange>,
    /// Gates whose status changed.
    pub gates: Vec<GateChange>,
    /// Every question, in framework order (the same order as the report's `questions`).
    pub questions: Vec<QuestionChange>,
    pub improved: usize,
    pub worsened: usize,
    /// Questions answered now that were not answered before.
    pub answered: usize,
    /// Answers that changed without a score to compare (free text, context choices...).
    pub changed: usize,
}

/// Which way something moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Up,
    Down,
    Same,
}

/// A score before and now (0–100).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Change {
    pub before: Option<f64>,
    pub now: Option<f64>,
    /// `now − before`, when both exist.
    pub change: Option<f64>,
}

impl Change {
    fn new(before: Option<f64>, now: Option<f64>) -> Self {
        let change = before
            .zip(now)
            .map(|(b, n)| if (n - b).abs() < SAME { 0.0 } else { n - b });
        Self {
            before,
            now,
            change,
        }
    }

    fn direction(self) -> Option<Direction> {
        self.change.map(|c| match c {
            c if c > 0.0 => Direction::Up,
            c if c < 0.0 => Direction::Down,
            _ => Direction::Same,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PrincipleChange {
    pub id: String,
    pub number: usize,
    pub title: String,
    #[serde(flatten)]
    pub score: Change,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GateChange {
    pub id: String,
    pub reason: String,
    pub before: GateStatus,
    pub before_label: String,
    pub now: GateStatus,
    pub now_label: String,
    /// Whether it passes now and failed before.
    pub resolved: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionChange {
    pub id: String,
    pub number: String,
    pub text: String,
    pub before_answer: Option<String>,
    pub now_answer: Option<String>,
    #[serde(flatten)]
    pub score: Change,
    /// Whether the answer (or whether it counts) changed.
    pub changed: bool,
    /// `improved`, `worsened`, `answered` (newly), `changed` (no scores to compare) or
    /// `unchanged`.
    pub trend: Trend,
    /// The trend in words.
    pub trend_label: String,
}

/// How a question's answer moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Trend {
    /// Its score rose.
    Improved,
    /// Its score fell.
    Worsened,
    /// Answered now, not before (or scored now, after "don't know").
    Answered,
    /// The answer changed, with no two scores to compare.
    Changed,
    Unchanged,
}

impl ReportContext {
    /// This context with a comparison against an earlier assessment: `sheet`, scored as
    /// `card` against the same framework `fw` as this one.
    #[must_use]
    pub fn compared_with(self, fw: &Framework, sheet: &AnswerSheet, card: &Scorecard) -> Self {
        self.compared_across(fw, &[], sheet, card)
    }

    /// [`compared_with`](Self::compared_with) an assessment scored against an earlier
    /// revision `fw`, whose questions `renamed` (old id, new id) have new ids now.
    #[must_use]
    pub fn compared_across(
        mut self,
        fw: &Framework,
        renamed: &[(String, String)],
        sheet: &AnswerSheet,
        card: &Scorecard,
    ) -> Self {
        self.comparison = Some(Comparison::build_renamed(fw, &self, renamed, sheet, card));
        self
    }
}

impl Comparison {
    /// Compares `now` with the earlier `sheet`, scored as `card` against the same `fw`.
    pub fn build(
        fw: &Framework,
        now: &ReportContext,
        sheet: &AnswerSheet,
        card: &Scorecard,
    ) -> Self {
        Self::build_renamed(fw, now, &[], sheet, card)
    }

    fn build_renamed(
        fw: &Framework,
        now: &ReportContext,
        renamed: &[(String, String)],
        sheet: &AnswerSheet,
        card: &Scorecard,
    ) -> Self {
        let mut before = ReportContext::build(fw, sheet, card);
        // Questions renamed since (`renamed_from`) are compared under their new id.
        for q in &mut before.questions {
            if let Some((_, new)) = renamed.iter().find(|(old, _)| *old == q.id) {
                q.id.clone_from(new);
            }
        }
        let lang = Lang::or_english(&now.language);
        let questions: Vec<QuestionChange> = now
            .questions
            .iter()
            .map(|q| question_change(&before.questions, q, lang))
            .collect();
        let count = |t: Trend| questions.iter().filter(|q| q.trend == t).count();
        let band_change = band_change(fw, &before, now);
        Self {
            previous_version: sheet.version.clone(),
            caution: cautions(fw, sheet, &before.assessment, &now.assessment, lang),
            overall: Change::new(before.overall.score, now.overall.score),
            band_before: before.overall.band.as_ref().map(|b| b.label.clone()),
            band_now: now.overall.band.as_ref().map(|b| b.label.clone()),
            band_change,
            band_change_label: band_change.map(|d| {
                i18n::tr(
                    lang,
                    match d {
                        Direction::Up => "report-band-higher",
                        Direction::Down => "report-band-lower",
                        Direction::Same => "report-band-same",
                    },
                )
            }),
            principles: principle_changes(&before, now),
            gates: now
                .gates
                .iter()
                .filter_map(|g| gate_change(&before.gates, g))
                .collect(),
            improved: count(Trend::Improved),
            worsened: count(Trend::Worsened),
            answered: count(Trend::Answered),
            changed: count(Trend::Changed),
            questions,
            previous: before.assessment,
        }
    }
}

/// Everything a reader must know before taking the change for progress, as one paragraph:
/// the baseline was answered against another framework version, is another programme or
/// site, or is dated after the assessment it is compared with.
fn cautions(
    fw: &Framework,
    sheet: &AnswerSheet,
    before: &Assessment,
    now: &Assessment,
    lang: Lang,
) -> Option<String> {
    let mut said = Vec::new();
    if let Some(was) = sheet.version.as_deref().filter(|v| *v != fw.version) {
        let args = [("was", was.into()), ("now", fw.version.as_str().into())];
        said.push(i18n::tr_args(lang, "report-warn-earlier-version", &args));
    }
    for (key, pair) in [
        (
            "report-warn-other-programme",
            differs(before.programme.as_deref(), now.programme.as_deref()),
        ),
        (
            "report-warn-other-site",
            differs(before.site.as_deref(), now.site.as_deref()),
        ),
    ] {
        if let Some((was, now)) = pair {
            let args = [("was", was.into()), ("now", now.into())];
            said.push(i18n::tr_args(lang, key, &args));
        }
    }
    // Dates are ISO (YYYY-MM-DD), so they compare as text; anything else is not compared.
    if let (Some(was), Some(is)) = (&before.date, &now.date)
        && is_iso_date(was)
        && is_iso_date(is)
        && was.as_str() > is.as_str()
    {
        let args = [("was", was.as_str().into()), ("now", is.as_str().into())];
        said.push(i18n::tr_args(lang, "report-warn-later-baseline", &args));
    }
    (!said.is_empty()).then(|| said.join(" "))
}

/// Both named and not the same (case and surrounding spaces aside): (before, now).
fn differs<'a>(a: Option<&'a str>, b: Option<&'a str>) -> Option<(&'a str, &'a str)> {
    match (a, b) {
        (Some(a), Some(b)) => (!a.trim().eq_ignore_ascii_case(b.trim())).then_some((a, b)),
        _ => None,
    }
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    s.len() >= 10
        && b[..10].iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// Whether the band went up, down or stayed, by the bands' order in the framework.
fn band_change(fw: &Framework, before: &ReportContext, now: &ReportContext) -> Option<Direction> {
    let index = |ctx: &ReportContext| {
        let id = &ctx.overall.band.as_ref()?.id;
        fw.bands.iter().position(|b| &b.id == id)
    };
    let (was, is) = (index(before)?, index(now)?);
    Some(match is.cmp(&was) {
        std::cmp::Ordering::Greater => Direction::Up,
        std::cmp::Ordering::Less => Direction::Down,
        std::cmp::Ordering::Equal => Direction::Same,
    })
}

fn principle_changes(before: &ReportContext, now: &ReportContext) -> Vec<PrincipleChange> {
    now.principles
        .iter()
        .map(|p| PrincipleChange {
            id: p.id.clone(),
            number: p.number,
            title: p.title.clone(),
            score: Change::new(
                before
                    .principles
                    .iter()
                    .find(|b| b.id == p.id)
                    .and_then(|b| b.score),
                p.score,
            ),
        })
        .collect()
}

fn gate_change(before: &[GateInfo], now: &GateInfo) -> Option<GateChange> {
    let was = before.iter().find(|b| b.id == now.id)?;
    (was.status != now.status).then(|| GateChange {
        id: now.id.clone(),
        reason: now.reason.clone(),
        before: was.status,
        before_label: was.status_label.clone(),
        now: now.status,
        now_label: now.status_label.clone(),
        resolved: now.passed && !was.passed,
    })
}

fn question_change(before: &[QuestionInfo], now: &QuestionInfo, lang: Lang) -> QuestionChange {
    let was = before.iter().find(|b| b.id == now.id);
    let before_answer = was.and_then(|w| w.answer.clone());
    let score = Change::new(was.and_then(|w| w.score), now.score);
    let changed = before_answer != now.answer || was.map(|w| w.status) != Some(now.status);
    // A score where there was none (unanswered or "don't know" before), or any answer where
    // there was none.
    let newly_answered = (score.before.is_none() && score.now.is_some())
        || (before_answer.is_none() && now.answer.is_some());
    let trend = match (changed, score.direction()) {
        (_, Some(Direction::Up)) => Trend::Improved,
        (_, Some(Direction::Down)) => Trend::Worsened,
        (true, _) if newly_answered => Trend::Answered,
        (true, _) => Trend::Changed,
        (false, _) => Trend::Unchanged,
    };
    let trend_label = match trend {
        Trend::Improved => "report-trend-improved",
        Trend::Worsened => "report-trend-worsened",
        Trend::Answered => "report-trend-answered",
        Trend::Changed => "report-trend-changed",
        Trend::Unchanged => "report-trend-unchanged",
    };
    QuestionChange {
        trend_label: i18n::tr(lang, trend_label),
        id: now.id.clone(),
        number: now.number.clone(),
        text: now.text.clone(),
        before_answer,
        now_answer: now.answer.clone(),
        score,
        changed,
        trend,
    }
}
