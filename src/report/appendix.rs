//! The HTML report's appendix rows, one table row per question, written by integra rather than
//! looped over in the template.
//!
//! In a report of 2,000 questions the appendix loop was a third of the whole process's time:
//! tera turned every question into its values, then walked eight cells of each with a filter
//! call per number. Here the rows are written straight from the [`ReportContext`] with the
//! same escaping and number formats as the template's filters, and handed to templates as
//! `question_rows` (principle id → the rows of its table, already escaped). The built-in
//! template then needs no `questions` at all, so they are not turned into tera's values for it
//! ([`Values`]); a template from elsewhere gets everything, `question_rows` included.
//!
//! Must not: decide which template gets what (that is [`super::render_with`]) or write any
//! markup but the rows the built-in template's loop wrote (`tests/it/report_rows.rs` holds the
//! two byte for byte).

use std::collections::BTreeMap;
use std::io::Write;

use serde::Serialize;
use tera::Value;

use super::context::QuestionInfo;
use super::filters::{self, DASH, html};
use super::{ReportContext, ReportFormat, words};
use crate::i18n::{self, Arg, Lang};

/// Every principle's appendix rows, by principle id, as safe (already escaped) HTML: each row
/// starts on a line of its own, as the template's loop wrote them. A principle whose questions
/// carry weight (`share > 0`) gets the scored table's eight cells, others the plain table's four.
pub fn question_rows(ctx: &ReportContext, lang: Lang) -> Value {
    let scored: BTreeMap<&str, bool> = ctx
        .principles
        .iter()
        .map(|p| (p.id.as_str(), p.share > 0.0))
        .collect();
    let mut rows: BTreeMap<&str, Vec<u8>> = BTreeMap::new();
    for q in &ctx.questions {
        let Some(&scored) = scored.get(q.principle.as_str()) else {
            continue;
        };
        let out = rows.entry(q.principle.as_str()).or_default();
        // Writing to a Vec cannot fail.
        let _ = row(q, scored, lang, out);
    }
    let map: BTreeMap<String, Value> = rows
        .into_iter()
        .map(|(id, bytes)| {
            // Only whole texts are written, so the rows are UTF-8; checking is cheaper than
            // the lossy conversion's repairs (3.4 M instructions for 2,000 questions).
            let text = String::from_utf8(bytes)
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
            (id.to_owned(), Value::safe_string(&text))
        })
        .collect();
    Value::from(map)
}

/// One question's row.
fn row(q: &QuestionInfo, scored: bool, lang: Lang, out: &mut Vec<u8>) -> std::io::Result<()> {
    out.write_all(b"\n<tr class=\"status-")?;
    html(q.status.as_str(), out)?;
    out.write_all(b"\"><td class=\"qn\">")?;
    html(&q.number, out)?;
    out.write_all(b"</td><td class=\"qt\">")?;
    html(&q.text, out)?;
    if let Some(condition) = q.condition.as_deref().filter(|c| !c.is_empty()) {
        out.write_all(b"<br /><small>")?;
        // As the `t` function gives it: the argument escaped, the catalogue's text trusted.
        let args = [
            ("format", ReportFormat::Html.extension().into()),
            ("condition", Arg::Text(words::escape(condition))),
        ];
        out.write_all(i18n::tr_args(lang, "report-shown-if-lead", &args).as_bytes())?;
        out.write_all(b"</small>")?;
    }
    out.write_all(b"</td><td>")?;
    match q.answer.as_deref().filter(|a| !a.is_empty()) {
        Some(answer) => html(answer, out)?,
        None => out.write_all(DASH.as_bytes())?,
    }
    out.write_all(b"</td>")?;
    if scored {
        let contribution = match q.contribution {
            None => DASH.to_owned(),
            Some(_) => filters::percent(Some(q.share), 1, DASH, lang),
        };
        for number in [
            filters::num_in(q.score, 0, DASH, lang),
            crate::answers::number_in(q.weight, lang),
            contribution,
            filters::num_in(q.contribution, 1, DASH, lang),
        ] {
            out.write_all(b"<td class=\"num\">")?;
            html(&number, out)?;
            out.write_all(b"</td>")?;
        }
    }
    out.write_all(b"<td>")?;
    html(&q.status_label, out)?;
    out.write_all(b"</td></tr>")
}

/// The report's values for a template, with or without `questions`: the same fields, in the
/// same order and under the same names as [`ReportContext`]'s own serialisation. A field added
/// to the context and not here fails `the_values_are_the_context_with_or_without_its_questions`.
#[derive(Serialize)]
pub struct Values<'a> {
    schema_version: &'a u32,
    generator: &'a String,
    language: &'a String,
    assessment: &'a super::context::Assessment,
    framework: &'a super::context::FrameworkInfo,
    warnings: &'a Vec<String>,
    overall: &'a super::context::OverallInfo,
    failed_gates: &'a Vec<super::context::GateInfo>,
    verdict: &'a super::verdict::VerdictInfo,
    gates: &'a Vec<super::context::GateInfo>,
    principles: &'a Vec<super::context::PrincipleInfo>,
    bands: &'a Vec<super::context::BandInfo>,
    strengths: &'a Vec<super::context::Highlight>,
    gaps: &'a Vec<super::context::Highlight>,
    action_plan: &'a Vec<super::context::ActionGroup>,
    summary: &'a super::context::Summary,
    notes: &'a Vec<super::context::NoteInfo>,
    #[serde(skip_serializing_if = "Option::is_none")]
    questions: Option<&'a Vec<QuestionInfo>>,
    hidden: &'a Vec<QuestionInfo>,
    comparison: &'a Option<super::compare::Comparison>,
    anonymous: &'a bool,
    workshop: &'a Option<super::workshop::WorkshopInfo>,
    detail: &'a super::context::Detail,
}

impl<'a> Values<'a> {
    /// `ctx`'s values; `questions` among them only when `with_questions`.
    pub fn of(ctx: &'a ReportContext, with_questions: bool) -> Self {
        Self {
            schema_version: &ctx.schema_version,
            generator: &ctx.generator,
            language: &ctx.language,
            assessment: &ctx.assessment,
            framework: &ctx.framework,
            warnings: &ctx.warnings,
            overall: &ctx.overall,
            failed_gates: &ctx.failed_gates,
            verdict: &ctx.verdict,
            gates: &ctx.gates,
            principles: &ctx.principles,
            bands: &ctx.bands,
            strengths: &ctx.strengths,
            gaps: &ctx.gaps,
            action_plan: &ctx.action_plan,
            summary: &ctx.summary,
            notes: &ctx.notes,
            questions: with_questions.then_some(&ctx.questions),
            hidden: &ctx.hidden,
            comparison: &ctx.comparison,
            anonymous: &ctx.anonymous,
            workshop: &ctx.workshop,
            detail: &ctx.detail,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::scoring::QuestionStatus;

    /// The report fixture's session (every kind of question, a condition, a note), compared
    /// with the earlier one so that `comparison` is filled too.
    fn context() -> ReportContext {
        let at = |p: &str| Path::new(env!("CARGO_MANIFEST_DIR")).join(p);
        let fw = crate::framework::from_path(&at("tests/fixtures/report/readiness.toml")).unwrap();
        let sheet = |p: &str| {
            crate::answers::load_sheet(&at(p))
                .unwrap()
                .against(&fw)
                .unwrap()
        };
        let now = sheet("tests/fixtures/report/session.toml");
        let before = sheet("tests/fixtures/report/earlier.toml");
        let card = crate::scoring::score(&fw, &now.answers, "fr");
        let before_card = crate::scoring::score(&fw, &before.answers, "fr");
        ReportContext::build(&fw, &now, &card).compared_with(&fw, &before, &before_card)
    }

    #[test]
    fn the_values_are_the_context_with_or_without_its_questions() {
        let ctx = context();
        assert!(!ctx.questions.is_empty() && ctx.comparison.is_some());
        let whole = serde_json::to_string(&ctx).unwrap();
        assert_eq!(
            serde_json::to_string(&Values::of(&ctx, true)).unwrap(),
            whole
        );
        let mut without = serde_json::to_value(&ctx).unwrap();
        without.as_object_mut().unwrap().remove("questions");
        assert_eq!(
            serde_json::to_value(Values::of(&ctx, false)).unwrap(),
            without
        );
    }

    #[test]
    fn every_principle_with_questions_has_its_rows_in_order() {
        let ctx = context();
        let rows = question_rows(&ctx, Lang::Fr);
        for p in &ctx.principles {
            let text = rows
                .get_from_path(&p.id)
                .and_then(Value::as_str)
                .unwrap_or_default();
            // The scored table's four number cells a row, the plain table's none.
            let cells = if p.share > 0.0 { 4 } else { 0 };
            let numbers: Vec<&str> = ctx
                .questions
                .iter()
                .filter(|q| q.principle == p.id)
                .map(|q| q.number.as_str())
                .collect();
            assert_eq!(text.matches("<tr ").count(), numbers.len(), "{}", p.id);
            assert_eq!(text.matches("class=\"num\"").count(), cells * numbers.len());
            let mut at = 0;
            for n in numbers {
                let cell = format!("<td class=\"qn\">{n}</td>");
                at += text[at..]
                    .find(&cell)
                    .unwrap_or_else(|| panic!("{cell} after {at}"));
            }
        }
    }

    #[test]
    fn statuses_are_named_as_serde_names_them() {
        use QuestionStatus::*;
        for s in [
            Scored,
            Unscored,
            NotApplicable,
            DontKnow,
            Hidden,
            Unanswered,
        ] {
            assert_eq!(serde_json::to_value(s).unwrap(), s.as_str());
        }
    }
}
