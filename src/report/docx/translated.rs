//! The Word report's labels in another language, built once from integra's catalogues
//! (`i18n/*.ftl`). Most labels are the same words the other report formats use; the rest
//! have `docx-*` keys. Placeholders such as `{watches}` are kept for [`super::labels::fill`]:
//! each Fluent placeable is given its own name in braces.

use std::sync::OnceLock;

use super::labels::Labels;
use crate::i18n::{self, Arg, Lang};

/// The labels for `lang` (one of [`i18n::LANGUAGES`]), built on first use.
pub fn labels(lang: &'static str) -> &'static Labels {
    static BUILT: OnceLock<Vec<Labels>> = OnceLock::new();
    let all = BUILT.get_or_init(|| Lang::ALL.into_iter().map(build).collect());
    &all[Lang::or_english(lang).index()]
}

/// Every label of `lang` from the catalogue. The strings live as long as the program (the
/// struct holds `&'static str`); they are made once per language, so this is bounded.
#[allow(clippy::too_many_lines)] // one line per label: a struct literal, not logic
pub fn build(lang: Lang) -> Labels {
    let t = |key: &str, names: &[&str]| -> &'static str {
        let args: Vec<(&str, Arg)> = names
            .iter()
            .map(|n| (*n, Arg::Text(format!("{{{n}}}"))))
            .collect();
        i18n::tr_args(lang, key, &args).leak()
    };
    let s = |text: String| -> &'static str { text.leak() };
    let lead = |key: &str| s(format!("{} ", t(key, &[])));
    let colon = |key: &str| {
        let name = i18n::tr(lang, key);
        s(format!(
            "{} ",
            i18n::tr_args(lang, "report-label", &[("label", name.into())])
        ))
    };
    let method = |lead_key: &str, key: &str| (lead(lead_key), t(key, &[]));
    Labels {
        title: t("report-title", &[]),
        programme: t("ui-field-programme", &[]),
        site: t("ui-field-site", &[]),
        country: t("ui-field-country", &[]),
        date: t("ui-field-date", &[]),
        facilitator: t("ui-field-facilitator", &[]),
        participants: t("ui-field-participants", &[]),
        framework: t("ui-start-framework", &[]),
        framework_hash: t("report-framework-hash", &[]),
        coverage: t("report-coverage", &[]),
        not_recorded: t("report-not-recorded", &[]),
        omitted: t("report-omitted", &[]),
        framework_value: t("docx-framework-value", &["title", "id", "version"]),
        coverage_value: t(
            "report-coverage-value",
            &["answered", "applicable", "percent"],
        ),
        caution: colon("report-caution"),
        names_omitted: t("report-anonymous", &[]),
        result: t("report-h-result", &[]),
        gates_capped: t("docx-gates-capped", &[]),
        gates_failed: t("docx-gates-failed", &[]),
        gate_intro: t("docx-gate-intro", &[]),
        gate_line: t("docx-gate-line", &["watches", "rule", "cap"]),
        readiness: t("report-readiness", &["band"]),
        overall_score: t("docx-overall-score", &["score"]),
        uncapped: t("docx-uncapped", &["uncapped", "band"]),
        verdict_heading: t("verdict-heading", &[]),
        no_score: s(format!(
            "{} {}",
            t("report-no-score-lead", &[]),
            t("report-no-score", &[])
        )),
        principles: t("report-h-principles", &[]),
        col_principle: t("report-col-principle", &[]),
        col_score: t("report-col-score", &[]),
        col_chart: t("docx-col-chart", &[]),
        col_weight: t("report-col-weight", &[]),
        col_answered: t("report-col-answered", &[]),
        answered_value: t("report-n-of-m", &["answered", "applicable"]),
        strengths: t("report-h-strengths", &[]),
        no_strengths: t("report-no-strengths", &[]),
        gaps: t("report-h-gaps", &[]),
        no_gaps: t("report-no-gaps", &[]),
        action_plan: t("report-h-actions", &[]),
        action_intro: t("docx-action-intro", &[]),
        col_rank: t("report-col-rank", &[]),
        col_action: t("report-col-action", &[]),
        col_question: t("report-col-question", &[]),
        col_owner: t("report-col-owner", &[]),
        col_due: t("report-col-due", &[]),
        no_actions: t("report-no-actions", &[]),
        notes: t("report-h-notes", &[]),
        no_notes: t("report-no-notes", &[]),
        note: lead("ui-question-note"),
        appendix: t("report-h-appendix", &[]),
        col_number: "#",
        col_answer: t("report-col-answer", &[]),
        col_status: t("report-col-status", &[]),
        hidden: t("report-h-hidden", &[]),
        hidden_intro: t("docx-hidden-intro", &[]),
        hidden_line: t("report-shown-if", &["condition"]),
        progress: t("report-h-progress", &[]),
        progress_intro: t(
            "docx-progress-intro",
            &["previous", "improved", "worsened", "answered", "changed"],
        ),
        previous_dated: t("docx-previous-dated", &["date"]),
        previous_undated: t("docx-previous-undated", &[]),
        col_before: t("report-col-before", &[]),
        col_now: t("report-col-now", &[]),
        col_change: t("report-col-change", &[]),
        overall_row: t("report-overall-score-row", &[]),
        readiness_row: t("report-readiness-row", &[]),
        gates_changed: t("report-gates-changed", &[]),
        answers_changed: t("report-answers-changed", &[]),
        not_answered: t("report-not-answered", &[]),
        no_answer_changed: t("report-no-change", &[]),
        method: t("report-h-method", &[]),
        method_questions: method("report-method-questions-lead", "docx-method-questions"),
        method_principles: method("report-method-principles-lead", "docx-method-principles"),
        method_overall: method("report-method-overall-lead", "docx-method-overall"),
        method_bands: (
            lead("report-method-bands-lead"),
            t("report-method-bands", &[]),
        ),
        method_gates: method("report-method-gates-lead", "docx-method-gates"),
        method_actions: (
            lead("report-method-actions-lead"),
            t("report-method-actions", &[]),
        ),
        share_line: s(format!(
            "{{title}}: {}",
            t("report-share", &["share", "weight"])
        )),
        no_share_line: t("docx-no-share", &["title"]),
        band_range: s(format!(
            "{}: {{label}}",
            t("report-band-range-under", &["min", "max"])
        )),
        band_range_last: s(format!(
            "{}: {{label}}",
            t("report-band-range", &["min", "max"])
        )),
        gate_method_line: t(
            "docx-gate-method-line",
            &["reason", "watches", "rule", "cap", "status"],
        ),
        no_gates: t("report-no-gates", &[]),
        footer: t(
            "docx-footer",
            &["generator", "schema", "id", "version", "hash"],
        ),
        page_of: t("docx-page-of", &["page", "pages"]),
        contents: t("docx-contents", &[]),
        contents_hint: t("docx-contents-hint", &[]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::docx::labels::ENGLISH;

    #[test]
    fn the_catalogue_gives_the_built_in_english_labels() {
        assert_eq!(build(Lang::En), ENGLISH);
    }

    #[test]
    fn other_languages_keep_every_placeholder() {
        for lang in ["fr", "es", "ru"] {
            let l = labels(i18n::supported(lang).unwrap());
            assert_ne!(l.title, ENGLISH.title, "{lang}");
            for (label, names) in [
                (l.gate_line, &["{watches}", "{rule}", "{cap}"][..]),
                (
                    l.footer,
                    &["{generator}", "{schema}", "{id}", "{version}", "{hash}"],
                ),
                (l.progress_intro, &["{previous}", "{improved}", "{changed}"]),
                (l.band_range, &["{min}", "{max}", "{label}"]),
                (l.page_of, &["{page}", "{pages}"]),
            ] {
                for n in names {
                    assert!(label.contains(n), "{lang}: {label} lacks {n}");
                }
            }
        }
    }
}
