//! The report context: everything a report says, as one serialisable value.
//!
//! Every template renders this struct and the JSON format is this struct serialised, so its
//! shape is a public, versioned schema (documented in `docs/report-json.md`). Add fields
//! freely; renaming or removing one, or changing its meaning, bumps [`SCHEMA_VERSION`].
//! Scores here are all on a 0–100 scale (the scorecard keeps question scores as 0–1) and
//! every text is already in the report's language.

use serde::Serialize;

use super::compare::Comparison;
use super::{describe, plan};
use crate::answers::{AnswerSheet, Meta};
use crate::framework::Framework;
use crate::i18n::Lang;
use crate::scoring::{ActionKind, BandResult, Coverage, GateStatus, QuestionStatus, Scorecard};

/// The version of the context's shape; JSON reports carry it as `schema_version`.
pub const SCHEMA_VERSION: u32 = 1;

/// Everything a report shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReportContext {
    pub schema_version: u32,
    /// `integra` and its version, e.g. `integra 0.1.0`.
    pub generator: String,
    /// The language framework text is given in.
    pub language: String,
    /// Facts about the assessment, as recorded in the answers file.
    pub assessment: Assessment,
    pub framework: FrameworkInfo,
    /// Plain-words cautions about reading this report (framework changed, low coverage...).
    pub warnings: Vec<String>,
    pub overall: OverallInfo,
    /// Gates that failed or are not yet assessed (see `verdict` for which of them lower the
    /// band): the first thing a reader needs to know.
    pub failed_gates: Vec<GateInfo>,
    /// Why the band is what it is: the limits holding it down and what would lift it.
    pub verdict: super::verdict::VerdictInfo,
    /// Every gate, in framework order.
    pub gates: Vec<GateInfo>,
    pub principles: Vec<PrincipleInfo>,
    /// The framework's bands, lowest first.
    pub bands: Vec<BandInfo>,
    /// Highest-scoring questions (at least [`plan::STRENGTH_MIN`]), best first.
    pub strengths: Vec<Highlight>,
    /// Lowest-scoring questions (below [`plan::GAP_BELOW`]), weakest first.
    pub gaps: Vec<Highlight>,
    /// Recommended actions grouped by principle, ranked as in [`Summary::top_actions`].
    pub action_plan: Vec<ActionGroup>,
    /// The page-one summary: the limits that hold the band down and the first actions.
    pub summary: Summary,
    /// Notes recorded per question, in framework order.
    pub notes: Vec<NoteInfo>,
    /// Every question with its answer and score, in framework order.
    pub questions: Vec<QuestionInfo>,
    /// The questions a condition hid (also in `questions`, with `hidden = true`).
    pub hidden: Vec<QuestionInfo>,
    /// Progress since an earlier assessment, when one is given (`--compare`).
    pub comparison: Option<Comparison>,
    /// Whether the facilitator's and participants' names were left out (`--anonymous`);
    /// they are then `null` here and every format says that names were omitted.
    pub anonymous: bool,
    /// Workshop mode: divergent questions, each role's mean per principle, parked questions
    /// (`null` for a session without participants or votes).
    pub workshop: Option<super::workshop::WorkshopInfo>,
    /// How much the Markdown, HTML and text reports show (`--detail`): `full`, or `summary`
    /// (everything but the question-by-question appendix). JSON always holds everything.
    pub detail: Detail,
}

/// How much a report shows (`integra report --detail`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Detail {
    /// Everything, with the question-by-question appendix.
    #[default]
    Full,
    /// The page-one summary and the principle-level detail, without the appendix.
    Summary,
}

/// Facts about the assessment (each `null` when the answers file does not record it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assessment {
    pub programme: Option<String>,
    pub site: Option<String>,
    pub country: Option<String>,
    pub date: Option<String>,
    pub facilitator: Option<String>,
    pub participants: Option<String>,
}

impl From<&Meta> for Assessment {
    fn from(m: &Meta) -> Self {
        let clean = |s: &Option<String>| {
            s.as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
        };
        Self {
            programme: clean(&m.programme),
            site: clean(&m.site),
            country: clean(&m.country),
            date: clean(&m.date),
            facilitator: clean(&m.facilitator),
            participants: clean(&m.participants),
        }
    }
}

/// Which framework the answers were scored against.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FrameworkInfo {
    pub id: String,
    pub title: String,
    pub version: String,
    /// `sha256:…` of the framework file used for this report.
    pub hash: String,
    pub description: Option<String>,
    /// The framework version the answers file says it was answered against, if recorded.
    pub answered_version: Option<String>,
    /// The framework hash the answers file recorded, if any.
    pub answered_hash: Option<String>,
}

/// The overall result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OverallInfo {
    /// 0–100, `null` when nothing scored has been answered.
    pub score: Option<f64>,
    /// The band reached after gates.
    pub band: Option<BandInfo>,
    /// The band the score alone would reach.
    pub uncapped_band: Option<BandInfo>,
    /// Whether a limit (a failed gate, too little answered, "don't know") lowered the band.
    pub capped: bool,
    pub coverage: CoverageInfo,
}

/// A readiness band.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BandInfo {
    pub id: String,
    pub label: String,
    pub advice: Option<String>,
    /// Lowest score in the band (inclusive).
    pub min: f64,
    /// Upper bound (exclusive, except for the top band).
    pub max: f64,
}

/// How many applicable scored questions have a scored answer.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct CoverageInfo {
    pub answered: usize,
    pub applicable: usize,
    /// 0–100.
    pub percent: f64,
}

impl From<Coverage> for CoverageInfo {
    fn from(c: Coverage) -> Self {
        Self {
            answered: c.answered,
            applicable: c.applicable,
            percent: c.ratio * 100.0,
        }
    }
}

/// One gate and how it went.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GateInfo {
    pub id: String,
    pub passed: bool,
    /// `passed`, `not_applicable`, `failed` or `not_assessed`.
    pub status: GateStatus,
    /// The status in plain words.
    pub status_label: String,
    /// Why the gate exists, from the framework.
    pub reason: String,
    /// The id of the question the gate watches, if it watches a question.
    pub question: Option<String>,
    /// The id of the principle the gate watches, if it watches a principle.
    pub principle: Option<String>,
    /// What the gate watches, in words (the question's text or the principle's title).
    pub watches: String,
    /// What passing takes, in words, e.g. `at least 'Starting' (level 1)`.
    pub rule: String,
    /// The band the overall result is capped at while this gate fails.
    pub cap: String,
    pub cap_label: String,
}

/// One principle's result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PrincipleInfo {
    pub id: String,
    /// 1-based position, used to number questions (`2.3`).
    pub number: usize,
    pub title: String,
    pub rationale: Option<String>,
    pub weight: f64,
    /// Share of the overall score's weight, 0–100.
    pub share: f64,
    /// The weight of its questions that counted in its score (those with a scored answer):
    /// each question's `share` is its weight over this.
    pub counted_weight: f64,
    /// Points it adds to the overall score: its weight over the weight of the principles
    /// that have a score, × its score. The contributions add up to `overall.score`; `null`
    /// when it has no score.
    pub contribution: Option<f64>,
    /// 0–100, `null` when none of its questions has a scored answer.
    pub score: Option<f64>,
    pub coverage: CoverageInfo,
}

/// A question singled out as a strength or a gap.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Highlight {
    pub question: String,
    pub number: String,
    pub text: String,
    pub principle: String,
    pub principle_title: String,
    /// 0–100.
    pub score: f64,
    pub answer: String,
}

/// A principle's recommended actions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActionGroup {
    pub principle: String,
    pub principle_title: String,
    pub actions: Vec<ActionItem>,
}

/// How many actions the summary lists.
pub const TOP_ACTIONS: usize = 5;

/// What a reader needs on page one, beside `overall` and `verdict.lift`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    /// The gates that hold the band down (binding limits only), with the answer behind each.
    pub gates: Vec<SummaryGate>,
    /// The first [`TOP_ACTIONS`] actions of the plan, in rank order.
    pub top_actions: Vec<ActionItem>,
}

/// A gate that holds the band down, and the answer and note behind it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SummaryGate {
    pub id: String,
    /// The limit in plain words, as in `verdict.limits`.
    pub text: String,
    /// Why the gate exists, from the framework.
    pub reason: String,
    /// What the gate watches, in words.
    pub watches: String,
    pub status_label: String,
    pub cap_label: String,
    /// The watched question's answer in words; `null` when unanswered or the gate watches a
    /// principle.
    pub answer: Option<String>,
    /// The note recorded against the watched question, if any.
    pub note: Option<String>,
}

/// One recommended action.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActionItem {
    /// 1-based rank across the whole plan: actions that hold the band down first, then by
    /// points at stake.
    pub rank: usize,
    pub question: String,
    pub number: String,
    pub text: String,
    pub principle: String,
    pub principle_title: String,
    pub recommendation: String,
    /// The question's score, 0–100.
    pub score: f64,
    pub answer: String,
    /// Points of overall score at stake: weight share × gap × 100.
    pub points: f64,
    /// `improve` (raise a low answer) or `find_out` (a "don't know", or an unanswered question
    /// a gate watches, to answer).
    pub kind: ActionKind,
    /// Whether its question holds the band down (see [`QuestionInfo::holds_band`]).
    pub holds_band: bool,
    /// The note recorded against its question, if any.
    pub note: Option<String>,
    /// Who follows the action up, as entered in a workshop; `null` when not entered.
    pub owner: Option<String>,
    /// By when, as entered; `null` when not entered.
    pub due: Option<String>,
}

/// A note recorded against a question.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NoteInfo {
    pub question: String,
    pub number: String,
    pub text: String,
    pub principle: String,
    pub principle_title: String,
    pub note: String,
}

/// One question, its answer and its score.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionInfo {
    pub id: String,
    /// `principle.question`, both 1-based, e.g. `2.3`.
    pub number: String,
    pub principle: String,
    pub principle_title: String,
    pub text: String,
    /// `rating`, `yes_no`, `choice`, `checklist`, `number` or `text`.
    pub kind: String,
    /// `scored`, `unscored`, `not_applicable`, `dont_know`, `hidden` or `unanswered`.
    pub status: QuestionStatus,
    pub status_label: String,
    /// The answer in words (level or option labels, not ids); `null` when not answered.
    pub answer: Option<String>,
    /// 0–100 when scored.
    pub score: Option<f64>,
    pub weight: f64,
    /// Its share of the weight that counted in its principle's score, 0–100: 0 unless it has
    /// a scored answer (hidden, not applicable, "don't know" and unanswered questions count in
    /// neither sum), so the shares of a principle's questions add up to 100.
    pub share: f64,
    /// Points it adds to its principle's score: share × score (0–1); the contributions of a
    /// principle's questions add up to its score. `null` when it has no scored answer.
    pub contribution: Option<f64>,
    pub note: Option<String>,
    /// When the question is shown, e.g. `'legal' is 'legal'`; `null` if always.
    pub condition: Option<String>,
    pub hidden: bool,
    /// Whether a limit that holds the band down involves this question: a binding gate
    /// watching it, or a binding "don't know" on it (see `verdict`).
    pub holds_band: bool,
    /// The room's votes on it (workshop mode); left out when there are none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub votes: Vec<super::workshop::VoteInfo>,
    /// Whether those votes span more than the framework's divergence gap; left out when
    /// there are no votes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub divergent: Option<bool>,
}

/// The page-one summary: the binding gates with the answer behind each, and the top actions.
fn summary(
    verdict: &super::verdict::VerdictInfo,
    gates: &[GateInfo],
    questions: &[QuestionInfo],
    ranked: &[ActionItem],
) -> Summary {
    let binding = verdict
        .limits
        .iter()
        .filter(|l| l.binding && l.kind == crate::scoring::LimitKind::Gate);
    let gates = binding
        .filter_map(|l| gates.iter().find(|g| g.id == l.id).map(|g| (l, g)))
        .map(|(l, g)| {
            let q = g
                .question
                .as_ref()
                .and_then(|id| questions.iter().find(|q| &q.id == id));
            SummaryGate {
                id: g.id.clone(),
                text: l.text.clone(),
                reason: g.reason.clone(),
                watches: g.watches.clone(),
                status_label: g.status_label.clone(),
                cap_label: g.cap_label.clone(),
                answer: q.and_then(|q| q.answer.clone()),
                note: q.and_then(|q| q.note.clone()),
            }
        })
        .collect();
    Summary {
        gates,
        top_actions: ranked.iter().take(TOP_ACTIONS).cloned().collect(),
    }
}

impl ReportContext {
    /// Builds the context for `card`, which was scored from `sheet` against `fw`.
    pub fn build(fw: &Framework, sheet: &AnswerSheet, card: &Scorecard) -> Self {
        let lang = card.language.as_str();
        let questions = describe::questions(fw, sheet, card, lang);
        let hidden = questions.iter().filter(|q| q.hidden).cloned().collect();
        let bands = fw
            .bands
            .iter()
            .map(|b| describe::band(b, lang))
            .collect::<Vec<_>>();
        let find_band = |r: &Option<BandResult>| {
            r.as_ref()
                .and_then(|r| bands.iter().find(|b| b.id == r.id))
                .cloned()
        };
        let gates: Vec<GateInfo> = card
            .gates
            .iter()
            .map(|g| describe::gate(fw, g, lang))
            .collect();
        let overall = OverallInfo {
            score: card.overall.score,
            band: find_band(&card.overall.band),
            uncapped_band: find_band(&card.overall.uncapped_band),
            capped: card.overall.band != card.overall.uncapped_band,
            coverage: card.overall.coverage.into(),
        };
        let verdict = super::verdict::info(card, Lang::or_english(lang));
        let ranked = plan::ranked_actions(card, &questions);
        let summary = summary(&verdict, &gates, &questions, &ranked);
        Self {
            schema_version: SCHEMA_VERSION,
            generator: format!("integra {}", env!("CARGO_PKG_VERSION")),
            language: lang.to_owned(),
            assessment: (&sheet.meta).into(),
            framework: FrameworkInfo {
                id: fw.id.clone(),
                title: fw.title.get(lang).to_owned(),
                version: fw.version.clone(),
                hash: fw.hash.clone(),
                description: fw.description.as_ref().map(|d| d.get(lang).to_owned()),
                answered_version: sheet.version.clone(),
                answered_hash: sheet.hash.clone(),
            },
            warnings: describe::warnings(fw, sheet, card, Lang::or_english(lang)),
            verdict,
            summary,
            failed_gates: gates.iter().filter(|g| !g.passed).cloned().collect(),
            gates,
            principles: describe::principles(fw, card, lang),
            bands,
            strengths: plan::strengths(&questions),
            gaps: plan::gaps(&questions),
            action_plan: plan::action_plan(&ranked),
            notes: plan::notes(&questions),
            overall,
            questions,
            hidden,
            comparison: None,
            anonymous: false,
            detail: Detail::Full,
            workshop: None,
        }
    }

    /// This context without the facilitator's and participants' names, here and in the
    /// comparison, marked so that reports say names were omitted. Free text (notes, answers)
    /// is left as written.
    #[must_use]
    pub fn anonymised(mut self) -> Self {
        let forget = |a: &mut Assessment| {
            a.facilitator = None;
            a.participants = None;
        };
        forget(&mut self.assessment);
        if let Some(c) = &mut self.comparison {
            forget(&mut c.previous);
        }
        // Participants are known by their ids (`p1`), never by name.
        if let Some(w) = &mut self.workshop {
            w.participants.iter_mut().for_each(|p| p.name = None);
        }
        for vote in self.questions.iter_mut().flat_map(|q| q.votes.iter_mut()) {
            if let Some(id) = &vote.participant {
                vote.who = Some(id.clone());
            }
        }
        self.anonymous = true;
        self
    }

    /// This context to be shown at `detail`.
    #[must_use]
    pub fn with_detail(mut self, detail: Detail) -> Self {
        self.detail = detail;
        self
    }
}
