//! `integra report --compare`: progress since an earlier assessment, in every format.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::support::report_fixture as support;

use std::process::Command;

use integra::report::ReportFormat;
use integra::report::compare::{Direction, Trend};
use integra::scoring::GateStatus;
use support::{EARLIER, FRAMEWORK, HOSTILE, SESSION, compared, render_ctx, stable};

#[test]
fn markdown_snapshot() {
    let md = render_ctx(&compared(SESSION, EARLIER), ReportFormat::Markdown);
    insta::assert_snapshot!("compare_md", stable(&md));
}

#[test]
fn progress_is_measured_against_the_same_framework() {
    let cmp = compared(SESSION, EARLIER).comparison.unwrap();
    assert_eq!(cmp.previous.date.as_deref(), Some("2024-09-10"));
    assert!(cmp.caution.unwrap().contains("version '2.0.0'"));
    assert_eq!(cmp.overall.before.map(|s| (s * 10.0).round()), Some(183.0));
    assert_eq!(cmp.overall.change.map(|s| (s * 10.0).round()), Some(550.0));
    assert_eq!(cmp.band_change, Some(Direction::Up));
    let gates: Vec<(&str, GateStatus, GateStatus, bool)> = cmp
        .gates
        .iter()
        .map(|g| (g.id.as_str(), g.before, g.now, g.resolved))
        .collect();
    assert_eq!(
        gates,
        [(
            "people-minimum",
            GateStatus::Failed,
            GateStatus::Passed,
            true
        )]
    );
    let trends: Vec<(&str, Trend)> = cmp
        .questions
        .iter()
        .map(|q| (q.id.as_str(), q.trend))
        .collect();
    assert_eq!(
        trends,
        [
            ("legal", Trend::Unchanged),
            ("partners", Trend::Changed),
            ("referral", Trend::Improved),
            ("abortion", Trend::Unchanged),
            ("pac", Trend::Improved),
            ("package", Trend::Improved),
            ("peers", Trend::Improved),
            ("stigma", Trend::Improved),
        ]
    );
    assert_eq!(
        (cmp.improved, cmp.worsened, cmp.answered, cmp.changed),
        (5, 0, 0, 1)
    );
}

#[test]
fn going_backwards_is_reported_as_such() {
    let cmp = compared(EARLIER, SESSION).comparison.unwrap();
    assert_eq!(cmp.band_change, Some(Direction::Down));
    assert_eq!((cmp.improved, cmp.worsened), (0, 5));
    assert!(!cmp.gates[0].resolved);
    // The report's own version is the framework's, so no version caution; but the baseline
    // (2025-03-14) is dated after the assessment (2024-09-10), which is flagged.
    let caution = cmp.caution.unwrap();
    assert!(!caution.contains("version"), "{caution}");
    assert!(
        caution.contains("dated 2025-03-14, after this assessment (2024-09-10)"),
        "{caution}"
    );
    let md = render_ctx(&compared(EARLIER, SESSION), ReportFormat::Markdown);
    assert!(
        md.contains("| **Overall score** | 73.3 | 18.3 | -55.0 |"),
        "{md}"
    );
    assert!(md.contains("Starting → Absent (worsened, score -50)"));
}

#[test]
fn newly_answered_questions_are_counted_apart() {
    let cmp = compared(SESSION, HOSTILE).comparison.unwrap();
    let referral = cmp.questions.iter().find(|q| q.id == "referral").unwrap();
    assert_eq!(
        (referral.trend, referral.before_answer.as_deref()),
        (Trend::Answered, None)
    );
    assert_eq!(
        cmp.answered, 2,
        "referral, and stigma ('don't know' before)"
    );
}

#[test]
fn the_same_answers_show_no_change() {
    let ctx = compared(SESSION, SESSION);
    let cmp = ctx.comparison.as_ref().unwrap();
    assert!(cmp.questions.iter().all(|q| q.trend == Trend::Unchanged));
    assert_eq!(cmp.overall.change, Some(0.0));
    assert!(render_ctx(&ctx, ReportFormat::Markdown).contains("No answer changed."));
}

#[test]
fn every_format_carries_the_comparison() {
    let ctx = compared(SESSION, EARLIER);
    let txt = render_ctx(&ctx, ReportFormat::Text);
    assert!(txt.contains("PROGRESS SINCE THE PREVIOUS ASSESSMENT"));
    assert!(txt.lines().all(|l| l.chars().count() <= 80), "{txt}");
    let html = render_ctx(&ctx, ReportFormat::Html);
    assert!(html.contains("Progress since the previous assessment"));
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    roxmltree::Document::parse_with_options(&html, options).unwrap();
    let csv = render_ctx(&ctx, ReportFormat::Csv);
    assert!(
        csv.lines()
            .next()
            .unwrap()
            .ends_with(",previous_answer,previous_score,holds_band")
    );
    assert!(csv.contains(",Absent,0.0,"), "{csv}");
    let json: serde_json::Value =
        serde_json::from_str(&render_ctx(&ctx, ReportFormat::Json)).unwrap();
    assert_eq!(json["comparison"]["band_change"], "up");
    assert_eq!(json["comparison"]["questions"][2]["trend"], "improved");
}

#[test]
fn cli_compares_with_an_earlier_file() {
    let dir = tempfile::tempdir().unwrap();
    let run = |earlier: &str| {
        Command::new(env!("CARGO_BIN_EXE_integra"))
            // English whatever the machine's locale; a test that wants a language sets it.
            .env_remove("LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .args([
                "report",
                SESSION,
                "--framework",
                FRAMEWORK,
                "--compare",
                earlier,
            ])
            .env("XDG_CONFIG_HOME", dir.path())
            .output()
            .unwrap()
    };
    let out = run(EARLIER);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("## Progress since the previous assessment")
    );
    let other = dir.path().join("other.toml");
    std::fs::write(&other, "framework = \"minimal\"\n[answers]\n").unwrap();
    let out = run(other.to_str().unwrap());
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not 'report-fixture'"), "{err}");
}

/// A baseline of another programme or site, or dated after the assessment it is compared
/// with, is not progress: the report says so before the changes.
#[test]
fn a_baseline_of_another_programme_or_a_later_date_is_flagged() {
    use integra::report::ReportContext;
    let (fw, now, card) = support::fixture(SESSION, "en");
    let (_, mut before, before_card) = support::fixture(EARLIER, "en");
    let caution_with = |before: &integra::answers::AnswerSheet| {
        ReportContext::build(&fw, &now, &card)
            .compared_with(&fw, before, &before_card)
            .comparison
            .unwrap()
            .caution
            .unwrap_or_default()
    };
    // The fixtures: the same programme and site, the baseline half a year earlier; only its
    // framework version differs.
    let plain = caution_with(&before);
    assert!(plain.contains("version '2.0.0'"), "{plain}");
    assert!(
        !plain.contains("another") && !plain.contains("after this"),
        "{plain}"
    );
    before.meta.programme = Some("Another programme".into());
    before.meta.site = Some("Elsewhere".into());
    before.meta.date = Some("2099-01-01".into());
    let caution = caution_with(&before);
    assert!(
        caution.contains("another programme ('Another programme'"),
        "{caution}"
    );
    assert!(caution.contains("another site ('Elsewhere'"), "{caution}");
    assert!(
        caution.contains("dated 2099-01-01, after this assessment (2025-03-14)"),
        "{caution}"
    );
}

#[test]
fn html_compare_draws_before_and_after_bars_in_a_table_that_wraps() {
    let html = render_ctx(&compared(SESSION, EARLIER), ReportFormat::Html);
    let start = html.find("<table class=\"compare\">").unwrap();
    let table = &html[start..start + html[start..].find("</table>").unwrap()];
    // The overall row and one per scored principle (the context principle has no row), each
    // with its pair of bars: before 10 → now 70 for Services.
    assert_eq!(table.matches("<svg class=\"pair\"").count(), 3, "{table}");
    assert!(!table.contains("Context"), "no row for context: {table}");
    assert!(table.contains(
        "<rect class=\"before\" x=\"0\" y=\"0\" width=\"10.00\" height=\"4.4\" /><rect class=\"now\" x=\"0\" y=\"5.6\" width=\"70.00\""
    ));
    assert!(table.contains("aria-label=\"Before: 10.0; Now: 70.0\""));
    // Band labels sit in cells that wrap (a number cell never wraps), in fixed columns.
    assert!(table.contains("<td class=\"label\">Not ready: build foundations first</td>"));
    assert!(table.contains("<col class=\"what\" />"));
    for rule in [
        "table.compare { table-layout: fixed; }",
        "table.compare td.label { text-align: right; font-size: 0.85em; overflow-wrap: break-word;",
    ] {
        assert!(html.contains(rule), "{rule}");
    }
}

#[test]
fn html_compare_bars_are_marked_at_the_frameworks_band_limits() {
    let (fw, _, _) = support::fixture(SESSION, "en");
    // Where one band ends and the next begins: every band's lower limit but the first (40, 70).
    let mut limits: Vec<f64> = fw.bands.iter().map(|b| b.min).collect();
    limits.sort_by(f64::total_cmp);
    let expected: Vec<String> = limits[1..].iter().map(|m| format!("{m:.2}")).collect();
    assert_eq!(expected, ["40.00", "70.00"]);
    let html = render_ctx(&compared(SESSION, EARLIER), ReportFormat::Html);
    let start = html.find("<table class=\"compare\">").unwrap();
    let table = &html[start..start + html[start..].find("</table>").unwrap()];
    let pairs: Vec<&str> = table
        .split("<svg class=\"pair\"")
        .skip(1)
        .map(|rest| &rest[..rest.find("</svg>").unwrap()])
        .collect();
    assert_eq!(pairs.len(), 3, "{table}");
    for svg in pairs {
        let marks: Vec<&str> = svg
            .split("<line class=\"band-limit\" x1=\"")
            .skip(1)
            .map(|rest| &rest[..rest.find('"').unwrap()])
            .collect();
        assert_eq!(marks, expected, "{svg}");
        // Each mark crosses both bars, before and now.
        for m in &marks {
            assert!(svg.contains(&format!("x2=\"{m}\" y2=\"10\"")), "{svg}");
        }
    }
    assert!(html.contains("svg.pair .band-limit { stroke: #000;"));
}

/// The HTML and text comparisons, golden: the bars, the wrapping band labels and the rows.
#[test]
fn html_and_text_compare_snapshots() {
    let ctx = compared(SESSION, EARLIER);
    let html = render_ctx(&ctx, ReportFormat::Html);
    let start = html.find("<section aria-labelledby=\"progress\">").unwrap();
    let end = start + html[start..].find("</section>").unwrap();
    insta::assert_snapshot!("compare_html_section", &html[start..end]);
    let txt = render_ctx(&ctx, ReportFormat::Text);
    let start = txt.find("PROGRESS SINCE").unwrap();
    let end = start + txt[start..].find("SCORES BY PRINCIPLE").unwrap();
    insta::assert_snapshot!("compare_txt_section", &txt[start..end]);
}
