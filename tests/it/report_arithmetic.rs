//! Reports a reader can check by hand: every question's weight, share and what it adds, with a
//! sum line per principle (Markdown, HTML, text); principles numbered as the score table counts
//! them; `--detail summary` without the question-by-question appendix; `--csv-locale`.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use std::path::Path;
use std::process::Output;

use integra::answers::load_sheet;
use integra::framework::{Framework, catalog};
use integra::report::{self, Detail, ReportContext, ReportFormat};
use integra::scoring::score;

use crate::support::cmd::integra_at_repo;

const FULL: &str = "tests/fixtures/verdicts/default/issue-onestop-81-9.toml";

fn full_framework() -> Framework {
    catalog::embedded(catalog::DEFAULT_ID).unwrap()
}

fn context(file: &str, lang: &str) -> ReportContext {
    let fw = full_framework();
    let sheet = load_sheet(Path::new(file)).unwrap().against(&fw).unwrap();
    let card = score(&fw, &sheet.answers, lang);
    ReportContext::build(&fw, &sheet, &card)
}

fn render(ctx: &ReportContext, format: ReportFormat) -> String {
    report::render_context(ctx, format, None).unwrap()
}

fn run(args: &[&str]) -> Output {
    let home = tempfile::tempdir().unwrap();
    integra_at_repo(home.path()).args(args).output().unwrap()
}

/// `x` with one decimal, halves up, as the reports write it.
fn one(x: f64) -> String {
    integra::i18n::fixed(x, 1)
}

#[test]
fn the_shares_of_each_principle_add_up_to_100_and_what_they_add_to_its_score() {
    let ctx = context(FULL, "en");
    let mut checked = 0;
    for p in ctx.principles.iter().filter(|p| p.share > 0.0) {
        let qs: Vec<_> = ctx
            .questions
            .iter()
            .filter(|q| q.principle == p.id)
            .collect();
        let weight: f64 = qs
            .iter()
            .filter(|q| q.contribution.is_some())
            .map(|q| q.weight)
            .sum();
        assert!((weight - p.counted_weight).abs() < 1e-9, "{}", p.id);
        let Some(score) = p.score else { continue };
        let shares: f64 = qs.iter().map(|q| q.share).sum();
        let adds: f64 = qs.iter().filter_map(|q| q.contribution).sum();
        assert!((shares - 100.0).abs() < 1e-9, "{}: shares {shares}", p.id);
        assert!((adds - score).abs() < 1e-6, "{}: {adds} vs {score}", p.id);
        checked += 1;
    }
    assert_eq!(checked, 10, "every scored principle of the full framework");
}

#[test]
fn what_the_principles_add_is_the_overall_score_in_every_format() {
    let ctx = context(FULL, "en");
    let overall = ctx.overall.score.unwrap();
    let adds: f64 = ctx.principles.iter().filter_map(|p| p.contribution).sum();
    assert!((adds - overall).abs() < 1e-6, "{adds} vs {overall}");
    assert!(
        ctx.principles[0].contribution.is_none(),
        "context adds nothing"
    );
    let md = render(&ctx, ReportFormat::Markdown);
    let row = format!(
        "| **Sum: the overall score** | | | | **{}** | |",
        one(overall)
    );
    assert!(md.contains(&row), "{row}");
    let readiness = &ctx.principles[1];
    let row = format!(
        "| {}% | {} | 10 of 10 |",
        one(readiness.share),
        one(readiness.contribution.unwrap())
    );
    assert!(md.contains(&row), "{row}");
    let txt = render(&ctx, ReportFormat::Text);
    let line = format!("add up to is the overall score: {}.", one(overall));
    assert!(txt.replace('\n', " ").contains(&line), "{line}");
    let html = render(&ctx, ReportFormat::Html);
    assert!(html.contains(&format!(
        "<th scope=\"row\">Sum: the overall score</th><td></td><td></td><td></td><td class=\"num\">{}</td>",
        one(overall)
    )));
}

#[test]
fn markdown_html_and_text_show_each_questions_arithmetic_and_a_sum_per_principle() {
    let ctx = context(FULL, "en");
    let md = render(&ctx, ReportFormat::Markdown);
    let html = render(&ctx, ReportFormat::Html);
    let txt = render(&ctx, ReportFormat::Text);
    for q in ctx.questions.iter().filter(|q| q.contribution.is_some()) {
        let (share, adds) = (one(q.share), one(q.contribution.unwrap()));
        let row = format!("| {share}% | {adds} |");
        assert!(md.contains(&row), "md row of {}: {row}", q.number);
        let cells = format!("<td class=\"num\">{share}%</td><td class=\"num\">{adds}</td>");
        assert!(html.contains(&cells), "html row of {}", q.number);
        let line = format!("share {share}% · adds {adds}");
        assert!(txt.contains(&line), "txt line of {}: {line}", q.number);
    }
    for p in ctx.principles.iter().filter(|p| p.share > 0.0) {
        let score = one(p.score.unwrap());
        let weight = integra::answers::number(p.counted_weight);
        let md_sum = format!("| | **Sum** | | | **{weight}** | **100%** | **{score}** | |");
        assert!(md.contains(&md_sum), "md sum of {}: {md_sum}", p.id);
        let txt_sum = format!("Sum: weight {weight} · share 100% · score {score}");
        assert!(txt.contains(&txt_sum), "txt sum of {}: {txt_sum}", p.id);
        let html_sum = format!(
            "<td class=\"num\">{weight}</td><td class=\"num\">100%</td><td class=\"num\">{score}</td>"
        );
        assert!(html.contains(&html_sum), "html sum of {}", p.id);
    }
    assert_eq!(md.matches("**Sum**").count(), 10);
    // Ten principles and the overall sum under the score table.
    assert_eq!(html.matches("<tr class=\"sum\">").count(), 11);
    // Not a tfoot: printing repeats a tfoot at the foot of every page the table spans.
    assert!(!html.contains("<tfoot"));
}

#[test]
fn principles_are_numbered_as_the_score_table_counts_them() {
    let ctx = context(FULL, "en");
    let context_principle = &ctx.principles[0];
    assert!(
        context_principle.share.abs() < f64::EPSILON,
        "context never scores"
    );
    assert_eq!(context_principle.number, 0, "context takes no number");
    let numbers: Vec<usize> = ctx.principles[1..].iter().map(|p| p.number).collect();
    assert_eq!(numbers, (1..=10).collect::<Vec<_>>());
    assert_eq!(ctx.questions[0].number, "0.1");
    let md = render(&ctx, ReportFormat::Markdown);
    let table = &md[md.find("## Scores by principle").unwrap()..];
    let first_row = table.lines().nth(4).unwrap();
    assert!(
        first_row.starts_with("| 1. Readiness and pacing |"),
        "{first_row}"
    );
    assert!(
        md.contains("### Programme context\n"),
        "no number on context"
    );
    assert!(!md.contains("0. Programme context"));
    assert!(md.contains("### 1. Readiness and pacing"));
    let txt = render(&ctx, ReportFormat::Text);
    assert!(txt.contains("\n1. READINESS AND PACING\n"));
    assert!(!txt.contains("Programme context, 0 of 0"));
}

#[test]
fn detail_summary_keeps_the_summary_and_principles_and_drops_the_appendix() {
    for format in [
        ReportFormat::Markdown,
        ReportFormat::Html,
        ReportFormat::Text,
    ] {
        let full = render(&context(FULL, "en"), format);
        let short = render(&context(FULL, "en").with_detail(Detail::Summary), format);
        for kept in ["Summary", "Readiness and pacing", "Action plan"] {
            let kept = if format == ReportFormat::Text && kept != "Readiness and pacing" {
                kept.to_uppercase()
            } else {
                kept.to_owned()
            };
            assert!(short.contains(&kept), "{format}: {kept}");
        }
        assert!(short.contains("How actions are ranked"), "{format}");
        for gone in [
            "every question and answer",
            "EVERY QUESTION AND ANSWER",
            "0.1 ",
        ] {
            assert!(!short.contains(gone), "{format}: {gone}");
        }
        let sum = match format {
            ReportFormat::Markdown => "**Sum**",
            ReportFormat::Html => "<tr class=\"sum\"><td></td>",
            _ => "Sum: weight",
        };
        assert!(full.contains(sum) && !short.contains(sum), "{format}");
        assert!(
            short.len() * 10 < full.len() * 8,
            "{format}: {} of {}",
            short.len(),
            full.len()
        );
    }
}

#[test]
fn cli_detail_summary_applies_to_md_html_txt_and_is_refused_elsewhere() {
    let out = run(&["report", FULL, "--format", "html", "--detail", "summary"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(html.contains("id=\"summary\"") && !html.contains("id=\"appendix\""));
    let out = run(&["report", FULL, "--format", "csv", "--detail", "summary"]);
    assert_eq!(out.status.code(), Some(1), "refused");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("--detail applies to Markdown, HTML, text and Word"),
        "{err}"
    );
    assert!(err.contains("add --format md, html, txt or docx"), "{err}");
}

#[test]
fn word_detail_summary_keeps_the_summary_and_principles_and_drops_the_appendix() {
    let word = |detail: &[&str]| {
        let dir = tempfile::tempdir().unwrap();
        let out_path = dir.path().join("r.docx");
        let mut args = vec!["report", FULL, "--format", "docx", "-o"];
        args.push(out_path.to_str().unwrap());
        args.extend_from_slice(detail);
        let out = run(&args);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let bytes = std::fs::read(&out_path).unwrap();
        crate::support::report_fixture::zip_part(&bytes, "word/document.xml")
    };
    let full = word(&[]);
    let short = word(&["--detail", "summary"]);
    for kept in ["Readiness and pacing", "Action plan"] {
        assert!(short.contains(kept), "{kept}");
    }
    assert!(
        full.contains("every question and answer"),
        "the full report has the appendix"
    );
    assert!(
        !short.contains("every question and answer"),
        "the summary has none"
    );
    assert!(
        short.len() * 10 < full.len() * 8,
        "{} of {}",
        short.len(),
        full.len()
    );
}

#[test]
fn csv_locale_writes_semicolons_and_decimal_commas() {
    let plain = run(&["report", FULL, "--format", "csv"]);
    let plain = String::from_utf8(plain.stdout).unwrap();
    assert!(plain.starts_with("number,principle_id,"));
    for (args, lang) in [
        (vec!["--csv-locale", "fr"], "en"),
        (vec!["--csv-locale", "auto", "--lang", "es"], "es"),
    ] {
        let mut all = vec!["report", FULL, "--format", "csv"];
        all.extend(&args);
        let out = run(&all);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let csv = String::from_utf8(out.stdout).unwrap();
        assert!(csv.starts_with("number;principle_id;"), "{lang}: {csv}");
        // 1.8 is 'Partly' (50) with weight 2: the score is written 50,0 and the number stays text.
        let row = csv.lines().find(|l| l.starts_with("q1.8;")).unwrap();
        assert!(row.contains(";50,0;2;"), "{lang}: {row}");
        assert_eq!(csv.lines().count(), plain.lines().count(), "same rows");
    }
    let out = run(&[
        "report",
        FULL,
        "--format",
        "csv",
        "--by",
        "principle",
        "--csv-locale",
        "ru",
    ]);
    let csv = String::from_utf8(out.stdout).unwrap();
    assert!(csv.contains("\n1;readiness;Readiness and pacing;"), "{csv}");
    let out = run(&["report", FULL, "--format", "md", "--csv-locale", "fr"]);
    assert_eq!(out.status.code(), Some(1), "refused for md");
    assert!(String::from_utf8_lossy(&out.stderr).contains("--csv-locale applies to CSV"));
}
