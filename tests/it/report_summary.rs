//! The page-one summary (band, coverage, binding gates with answer and note, the lift, the
//! first actions) and the gate-aware ranking of the action plan.

use std::path::Path;

use integra::answers::{AnswerSheet, Answers, Response, YesNo};
use integra::framework;
use integra::report::{ReportContext, ReportFormat};
use integra::scoring::{ActionKind, score};

use crate::support::report_fixture::render_ctx;

const VERDICT: &str = "tests/fixtures/valid/verdict.toml";

fn context(given: &[(&str, Response)], notes: &[(&str, &str)]) -> ReportContext {
    let fw = framework::from_path(Path::new(VERDICT)).unwrap();
    let mut answers = Answers::default();
    for (q, r) in given {
        answers.set(*q, r.clone());
    }
    for (q, n) in notes {
        answers.set_note(*q, *n);
    }
    let card = score(&fw, &answers, "en");
    let sheet = AnswerSheet {
        framework: fw.id.clone(),
        answers,
        ..AnswerSheet::default()
    };
    ReportContext::build(&fw, &sheet, &card)
}

/// Confidentiality "No" holds the band at the lowest; consent fails but caps higher, so it
/// does not lower the band.
fn one_binding_one_not() -> ReportContext {
    context(
        &[
            ("confidentiality", Response::YesNo(YesNo::No)),
            ("consent", Response::Level(1)),
            ("nsp", Response::YesNo(YesNo::Yes)),
            ("naloxone", Response::YesNo(YesNo::Yes)),
        ],
        &[(
            "confidentiality",
            "The police asked for the register in March.",
        )],
    )
}

/// The text between `from` and `to` (both must be there, in that order).
fn between<'a>(out: &'a str, from: &str, to: &str) -> &'a str {
    let start = out.find(from).unwrap_or_else(|| panic!("'{from}' missing"));
    let end = out[start..]
        .find(to)
        .unwrap_or_else(|| panic!("'{to}' missing after '{from}'"));
    &out[start..start + end]
}

#[test]
fn the_summary_comes_first_and_names_only_the_binding_gates() {
    let ctx = one_binding_one_not();
    let ids: Vec<&str> = ctx.summary.gates.iter().map(|g| g.id.as_str()).collect();
    assert_eq!(ids, ["confidentiality"]);
    assert!(
        ctx.failed_gates.iter().any(|g| g.id == "consent"),
        "consent failed, it just does not hold the band"
    );
    assert_eq!(ctx.summary.gates[0].answer.as_deref(), Some("No"));
    for (format, head, next, principles) in [
        (
            ReportFormat::Markdown,
            "## Summary",
            "## Result",
            "## Scores by principle",
        ),
        (
            ReportFormat::Text,
            "SUMMARY\n",
            "RESULT\n",
            "SCORES BY PRINCIPLE",
        ),
        (
            ReportFormat::Html,
            "id=\"summary\"",
            "id=\"result\"",
            ">Scores by principle<",
        ),
    ] {
        let out = render_ctx(&ctx, format);
        let summary = between(&out, head, next);
        assert!(out.find(head) < out.find(principles), "{format}");
        assert!(
            out.find(head) < out.find("Clients"),
            "{format}: summary first"
        );
        for expected in [
            "Build foundations",
            "4 of 4",
            "Clients",
            "Answer: No",
            "The police asked for the register in March.",
            "to reach",
            "Lock client records",
        ] {
            assert!(
                summary.contains(expected),
                "{format}: '{expected}' in\n{summary}"
            );
        }
        assert!(
            !summary.contains("Testing is not yet voluntary"),
            "{format}: a gate that does not hold the band is not in the summary:\n{summary}"
        );
    }
}

#[test]
fn the_summary_lists_at_most_five_actions_in_plan_order() {
    let ctx = context(
        &[
            ("confidentiality", Response::YesNo(YesNo::Partial)),
            ("consent", Response::Level(0)),
            ("nsp", Response::YesNo(YesNo::No)),
            ("naloxone", Response::DontKnow),
        ],
        &[],
    );
    let plan: Vec<usize> = ctx
        .action_plan
        .iter()
        .flat_map(|g| g.actions.iter().map(|a| a.rank))
        .collect();
    let top: Vec<usize> = ctx.summary.top_actions.iter().map(|a| a.rank).collect();
    assert_eq!(top, (1..=plan.len().min(5)).collect::<Vec<_>>());
    assert_eq!(plan.len(), 4);
}

#[test]
fn an_unanswered_gated_question_is_a_find_out_ranked_before_larger_stakes() {
    // Confidentiality unanswered: its gate is not assessed and holds the band at the lowest.
    // The needle programme's "No" has more points at stake, but comes second.
    let ctx = context(
        &[
            ("consent", Response::Level(3)),
            ("nsp", Response::YesNo(YesNo::No)),
            ("naloxone", Response::NotApplicable),
        ],
        &[],
    );
    let ranked = &ctx.summary.top_actions;
    let first = &ranked[0];
    assert_eq!(
        (first.question.as_str(), first.kind, first.holds_band),
        ("confidentiality", ActionKind::FindOut, true)
    );
    assert!(first.points > 0.0);
    let nsp = ranked.iter().find(|a| a.question == "nsp").unwrap();
    assert!(!nsp.holds_band);
    assert!(
        nsp.rank > first.rank && nsp.points > first.points,
        "{ranked:?}"
    );
    let md = render_ctx(&ctx, ReportFormat::Markdown);
    assert!(
        md.contains("1. Find out"),
        "the find-out action leads the summary:\n{md}"
    );
}

#[test]
fn actions_show_their_note_in_every_plan() {
    let ctx = one_binding_one_not();
    let first = &ctx.action_plan[0].actions[0];
    assert_eq!(first.question, "confidentiality");
    assert_eq!(
        first.note.as_deref(),
        Some("The police asked for the register in March.")
    );
    for format in [
        ReportFormat::Markdown,
        ReportFormat::Text,
        ReportFormat::Html,
    ] {
        let out = render_ctx(&ctx, format);
        let plan = &out[out.rfind("Lock client records").unwrap()..];
        assert!(
            plan.contains("Note: The police asked"),
            "{format}: the note beside its action"
        );
    }
}

#[test]
fn an_unanswered_question_no_gate_watches_gets_no_action() {
    let ctx = context(
        &[
            ("confidentiality", Response::YesNo(YesNo::Yes)),
            ("consent", Response::Level(3)),
            ("nsp", Response::YesNo(YesNo::No)),
        ],
        &[],
    );
    let questions: Vec<&str> = ctx
        .action_plan
        .iter()
        .flat_map(|g| g.actions.iter().map(|a| a.question.as_str()))
        .collect();
    assert_eq!(questions, ["nsp"], "naloxone is unanswered but ungated");
}

/// Page one of the printed HTML holds the summary (a box pushed whole to page two left page one
/// empty): it names three gates at most and says how many more the Result section has.
#[test]
fn the_html_summary_names_three_gates_at_most_and_counts_the_rest() {
    let home = tempfile::tempdir().unwrap();
    let out = crate::support::cmd::integra_at_repo(home.path())
        .args([
            "report",
            "tests/fixtures/verdicts/default/issue-onestop-81-9.toml",
            "--format",
            "html",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let html = String::from_utf8(out.stdout).unwrap();
    let start = html.find("<section class=\"summary\"").unwrap();
    let summary = &html[start..start + html[start..].find("</section>").unwrap()];
    let held = summary.matches("<li>Gate &#39;").count();
    assert_eq!(held, 3, "{summary}");
    assert!(
        summary.contains("and 3 more gates: see the Result section"),
        "{summary}"
    );
    assert!(!html.contains("break-inside: avoid; page-break-inside: avoid; break-after"));
}

/// The scorecard itself (what `integra score`, JSON and the wizard's results list) puts the
/// action that lifts the binding gate first, ahead of one with more points at stake.
#[test]
fn the_scorecard_lists_what_holds_the_band_down_first() {
    let fw = framework::from_path(Path::new(VERDICT)).unwrap();
    let mut answers = Answers::default();
    answers.set("consent", Response::Level(3));
    answers.set("nsp", Response::YesNo(YesNo::No));
    answers.set("naloxone", Response::NotApplicable);
    let card = score(&fw, &answers, "en");
    let first = &card.actions[0];
    assert_eq!(first.question, "confidentiality");
    assert!(card.verdict.holds_band(&fw, &first.question));
    let nsp = card.actions.iter().find(|a| a.question == "nsp").unwrap();
    assert!(nsp.priority > first.priority, "{:?}", card.actions);
    let home = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.toml");
    std::fs::write(
        &file,
        "framework = \"verdict\"\n[answers]\nconsent = 3\nnsp = \"no\"\n",
    )
    .unwrap();
    let out = crate::support::cmd::integra_at_repo(home.path())
        .args(["score", file.to_str().unwrap(), "--framework", VERDICT])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let top = text.split("Top actions").nth(1).unwrap_or_default();
    assert!(
        top.trim_start()
            .lines()
            .nth(1)
            .unwrap_or_default()
            .contains("[confidentiality]"),
        "{text}"
    );
}
