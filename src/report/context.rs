//! The report context: everything a report says, as one serialisable value.
//!
//! Every template renders this struct and the JSON format is this struct serialised, so its
//! shape is a public, versioned schema (documented in `docs/report-json.md`). Add fields
//! freely; renaming or removing one, or changing its meaning, bumps [`SCHEMA_VERSION`].
//! Scores here are all on a 0–100 scale (the scorecard keeps question scores as 0–1) and
//! every text is already in the report's language. The scored outcome's parts live in
//! `outcome`, the question-level parts in `questions`, the page-one summary in
//! `summary`; all are re-exported here.
//!
//! Must not: render or escape anything (templates and writers do), or read files or the
//! locale: everything comes from the framework, the answers and the scorecard.

use serde::Serialize;

use super::compare::Comparison;
use super::{describe, plan};
use crate::answers::{AnswerSheet, Meta};
use crate::framework::Framework;
use crate::i18n::Lang;
use crate::scoring::{BandResult, Scorecard};

mod outcome;
mod questions;
mod summary;

pub use outcome::{BandInfo, CoverageInfo, GateInfo, OverallInfo, PrincipleInfo};
pub use questions::{ActionGroup, ActionItem, Highlight, NoteInfo, QuestionInfo};
pub use summary::{Summary, SummaryGate, TOP_ACTIONS};

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
    /// How much the Markdown, HTML, text and Word reports show (`--detail`): `full`, or `summary`
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
        let summary = summary::summary(&verdict, &gates, &questions, &ranked);
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
            action_plan: plan::action_plan(ranked),
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
