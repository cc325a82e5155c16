//! Every fixed word of the Word report, in one place so that it can be translated as a whole.
//!
//! Labels with `{name}` placeholders are filled by [`fill`]; a translation keeps the
//! placeholders and moves them wherever its grammar needs them.

/// The fixed headings, column names and sentences of the Word report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Labels {
    pub title: &'static str,
    pub programme: &'static str,
    pub site: &'static str,
    pub country: &'static str,
    pub date: &'static str,
    pub facilitator: &'static str,
    pub participants: &'static str,
    pub framework: &'static str,
    pub framework_hash: &'static str,
    pub coverage: &'static str,
    pub not_recorded: &'static str,
    /// In place of a name left out by `--anonymous`.
    pub omitted: &'static str,
    /// `{title}`, `{id}`, `{version}`.
    pub framework_value: &'static str,
    /// `{answered}`, `{applicable}`, `{percent}`.
    pub coverage_value: &'static str,
    pub caution: &'static str,
    /// Said on the title page when `--anonymous` left names out.
    pub names_omitted: &'static str,

    pub result: &'static str,
    pub gates_capped: &'static str,
    pub gates_failed: &'static str,
    pub gate_intro: &'static str,
    /// `{watches}`, `{rule}`, `{cap}`.
    pub gate_line: &'static str,
    /// `{band}`.
    pub readiness: &'static str,
    /// `{score}`.
    pub overall_score: &'static str,
    /// `{uncapped}`, `{band}`.
    pub uncapped: &'static str,
    pub no_score: &'static str,
    /// Heading of the limits that hold the band down.
    pub verdict_heading: &'static str,

    pub principles: &'static str,
    pub col_principle: &'static str,
    pub col_score: &'static str,
    pub col_chart: &'static str,
    pub col_weight: &'static str,
    pub col_answered: &'static str,
    /// `{answered}`, `{applicable}`.
    pub answered_value: &'static str,

    pub strengths: &'static str,
    pub no_strengths: &'static str,
    pub gaps: &'static str,
    pub no_gaps: &'static str,

    pub action_plan: &'static str,
    pub action_intro: &'static str,
    pub col_rank: &'static str,
    pub col_action: &'static str,
    pub col_question: &'static str,
    pub col_owner: &'static str,
    pub col_due: &'static str,
    pub no_actions: &'static str,

    pub notes: &'static str,
    pub no_notes: &'static str,
    pub note: &'static str,

    pub appendix: &'static str,
    pub col_number: &'static str,
    pub col_answer: &'static str,
    pub col_status: &'static str,
    pub hidden: &'static str,
    pub hidden_intro: &'static str,
    /// `{condition}`.
    pub hidden_line: &'static str,

    pub progress: &'static str,
    /// `{previous}`, `{improved}`, `{worsened}`, `{answered}`, `{changed}`.
    pub progress_intro: &'static str,
    /// `{date}`.
    pub previous_dated: &'static str,
    pub previous_undated: &'static str,
    pub col_before: &'static str,
    pub col_now: &'static str,
    pub col_change: &'static str,
    pub overall_row: &'static str,
    pub readiness_row: &'static str,
    pub gates_changed: &'static str,
    pub answers_changed: &'static str,
    pub not_answered: &'static str,
    pub no_answer_changed: &'static str,

    pub method: &'static str,
    /// Each method paragraph: a bold lead, then the explanation.
    pub method_questions: (&'static str, &'static str),
    pub method_principles: (&'static str, &'static str),
    pub method_overall: (&'static str, &'static str),
    pub method_bands: (&'static str, &'static str),
    pub method_gates: (&'static str, &'static str),
    pub method_actions: (&'static str, &'static str),
    /// `{title}`, `{share}`, `{weight}`.
    pub share_line: &'static str,
    /// `{title}`.
    pub no_share_line: &'static str,
    /// `{min}`, `{max}`, `{label}`.
    pub band_range: &'static str,
    pub band_range_last: &'static str,
    /// `{reason}`, `{watches}`, `{rule}`, `{cap}`, `{status}`.
    pub gate_method_line: &'static str,
    pub no_gates: &'static str,
    /// `{generator}`, `{schema}`, `{id}`, `{version}`, `{hash}`.
    pub footer: &'static str,
    /// The page footer: `{page}`, `{pages}` (filled by Word's page fields).
    pub page_of: &'static str,
    /// The heading of the table of contents.
    pub contents: &'static str,
    /// Under the contents: how to add page numbers.
    pub contents_hint: &'static str,
}

/// The labels for `language`: English as written here, French, Spanish and Russian from
/// integra's catalogues; any other language falls back to English.
pub fn labels(language: &str) -> &'static Labels {
    match crate::i18n::supported(language) {
        None | Some("en") => &ENGLISH,
        Some(lang) => super::translated::labels(lang),
    }
}

/// The English labels.
pub const ENGLISH: Labels = Labels {
    title: "Integration readiness report",
    programme: "Programme",
    site: "Site",
    country: "Country",
    date: "Date",
    facilitator: "Facilitator",
    participants: "Participants",
    framework: "Framework",
    framework_hash: "Framework hash",
    coverage: "Coverage",
    not_recorded: "not recorded",
    omitted: "omitted",
    framework_value: "{title} ({id}, version {version})",
    coverage_value: "{answered} of {applicable} applicable scored questions answered ({percent}%)",
    caution: "Caution: ",
    names_omitted: "Names of the facilitator and participants were left out of this report. \
                    Notes and free-text answers are kept as they were written: read them for \
                    names before sharing.",

    result: "Result",
    gates_capped: "The band is capped by failed gates",
    gates_failed: "Failed gates",
    gate_intro: "A gate is a critical minimum: while it fails, readiness stays at or below its cap, however high the average score.",
    gate_line: "\u{201c}{watches}\u{201d} needs {rule}. While this gate fails, readiness can be no higher than {cap}.",
    readiness: "Readiness: {band}",
    overall_score: "Overall score {score} out of 100",
    uncapped: "The score alone would reach {uncapped}; it is held at {band} for the reasons below.",
    no_score: "No overall score yet: no scored question has been answered.",
    verdict_heading: "Why this band",

    principles: "Scores by principle",
    col_principle: "Principle",
    col_score: "Score",
    col_chart: "Chart (0\u{2013}100, one cell per 10 points)",
    col_weight: "Weight",
    col_answered: "Answered",
    answered_value: "{answered} of {applicable}",

    strengths: "Strengths",
    no_strengths: "No question scores 75 or more yet.",
    gaps: "Gaps",
    no_gaps: "No question scores below 50.",

    action_plan: "Action plan",
    action_intro: "Recommendations for the questions not at full marks, grouped by principle; the rank puts first what holds the band down, then the most points at stake. Fill in an owner and a due date for each.",
    col_rank: "Rank",
    col_action: "Action",
    col_question: "Question",
    col_owner: "Owner",
    col_due: "Due",
    no_actions: "No actions: every question with a recommendation is at full marks, or not yet answered.",

    notes: "Notes",
    no_notes: "No notes were recorded.",
    note: "Note: ",

    appendix: "Appendix: every question and answer",
    col_number: "#",
    col_answer: "Answer",
    col_status: "Status",
    hidden: "Questions hidden by conditions",
    hidden_intro: "An earlier answer made these questions irrelevant, so they were not asked and count in no score.",
    hidden_line: "shown only if {condition}",

    progress: "Progress since the previous assessment",
    progress_intro: "Compared with {previous}: {improved} answers improved, {worsened} worsened, {answered} newly answered, {changed} changed without a score to compare.",
    previous_dated: "the assessment of {date}",
    previous_undated: "the earlier assessment",
    col_before: "Before",
    col_now: "Now",
    col_change: "Change",
    overall_row: "Overall score",
    readiness_row: "Readiness",
    gates_changed: "Gates whose status changed",
    answers_changed: "Answers that changed",
    not_answered: "not answered",
    no_answer_changed: "No answer changed.",

    method: "How the scores were computed",
    method_questions: (
        "Questions. ",
        "Each answered question scores from 0 to 1. A rating scores by its level's place on the scale (lowest 0, highest 1); yes, partly and no score 1, \u{bd} and 0; a choice scores its option's points over the best option's points; a checklist scores the points ticked over all its points; a number, where the framework says how, scores on a straight line between its minimum and maximum. Free-text questions, and choices whose options carry no points, add context but no score.",
    ),
    method_principles: (
        "Principles. ",
        "A principle's score is 100 \u{d7} \u{3a3}(weight \u{d7} score) \u{f7} \u{3a3}(weight) over its questions with a scored answer. Questions answered \u{201c}not applicable\u{201d} or \u{201c}don't know\u{201d}, hidden by a condition, or not yet answered are in neither sum, so they neither raise nor lower the score; coverage counts the questions that did count.",
    ),
    method_overall: (
        "Overall. ",
        "The overall score averages the principle scores, each weighted by its principle's share (a principle with no scored answer is left out):",
    ),
    method_bands: (
        "Bands. ",
        "The band is the one whose range holds the overall score:",
    ),
    method_gates: (
        "Gates. ",
        "A gate is a critical minimum. While it fails, the band can be no higher than the gate's cap, however high the average. A gate on a question not yet answered, or answered \u{201c}don't know\u{201d}, fails until it is assessed; a gate on a hidden or not-applicable question passes.",
    ),
    method_actions: (
        "Actions ",
        "are ranked by points at stake: the question's share of the total weight \u{d7} its distance from full marks \u{d7} 100.",
    ),
    share_line: "{title}: {share}% (weight {weight})",
    no_share_line: "{title}: no share (context questions only, never scored)",
    band_range: "{min} to under {max}: {label}",
    band_range_last: "{min} to {max}: {label}",
    gate_method_line: "{reason} \u{201c}{watches}\u{201d} needs {rule}; otherwise the band is capped at {cap}. {status}.",
    no_gates: "This framework has no gates.",
    footer: "{generator} \u{b7} report schema {schema} \u{b7} framework {id} {version} ({hash})",
    page_of: "Page {page} of {pages}",
    contents: "Contents",
    contents_hint: "To add page numbers to this list, update it: F9 in Word, Tools > Update > Update All in LibreOffice.",
};

/// `template` with each `{name}` replaced by its value in `args`, in one pass, so a value that
/// itself contains `{name}` is left as it is. Unknown placeholders stay as written.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let key = &after[..close];
            args.iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| (*v, close))
        });
        if let Some((value, close)) = value {
            out.push_str(value);
            rest = &after[close + 1..];
        } else {
            out.push('{');
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_named_placeholders_once() {
        assert_eq!(
            fill("{a} and {b}, {c}", &[("a", "{b}"), ("b", "two")]),
            "{b} and two, {c}"
        );
        assert_eq!(fill("no braces", &[("a", "x")]), "no braces");
        assert_eq!(fill("open { only", &[]), "open { only");
    }
}
