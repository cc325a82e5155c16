//! Reports: snapshots of every format on a fixed session, what the content says, and the
//! Markdown, CSV and JSON formats in detail.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::support::report_fixture as support;

use integra::report::{self, ReportContext, ReportFormat};
use support::{
    EARLIER, HOSTILE, SESSION, compared, field_paths, fixture, render, render_ctx, stable,
};

#[test]
fn markdown_snapshot() {
    insta::assert_snapshot!(
        "report_md",
        stable(&render(SESSION, ReportFormat::Markdown))
    );
}

#[test]
fn text_snapshot() {
    insta::assert_snapshot!("report_txt", stable(&render(SESSION, ReportFormat::Text)));
}

#[test]
fn csv_snapshot() {
    insta::assert_snapshot!("report_csv", stable(&render(SESSION, ReportFormat::Csv)));
}

#[test]
fn json_snapshot() {
    insta::assert_snapshot!("report_json", stable(&render(SESSION, ReportFormat::Json)));
}

#[test]
fn hostile_markdown_snapshot() {
    insta::assert_snapshot!(
        "hostile_md",
        stable(&render(HOSTILE, ReportFormat::Markdown))
    );
}

#[test]
fn library_render_uses_the_built_in_templates() {
    let (fw, sheet, card) = fixture(SESSION, "en");
    for format in ReportFormat::ALL.into_iter().filter(|f| !f.is_binary()) {
        let out = report::render(&fw, &sheet, &card, format, None).unwrap();
        assert!(out.contains("Are referrals followed up?"), "{format}");
    }
}

#[test]
fn plain_text_fits_80_columns() {
    for session in [SESSION, HOSTILE] {
        let out = render(session, ReportFormat::Text);
        for line in out.lines() {
            assert!(
                line.chars().count() <= 80,
                "{} columns: {line}",
                line.chars().count()
            );
        }
    }
}

/// Where `needle` first appears in `haystack`.
fn at(haystack: &str, needle: &str) -> usize {
    haystack
        .find(needle)
        .unwrap_or_else(|| panic!("'{needle}' not in the report"))
}

#[test]
fn failed_gates_come_before_the_band_and_everything_else() {
    let gate = "Referrals are not routinely followed up";
    for (format, result, band, principles) in [
        (
            ReportFormat::Markdown,
            "## Result",
            "**Readiness: Building readiness**",
            "## Scores by principle",
        ),
        (
            ReportFormat::Text,
            "RESULT\n",
            "Readiness: Building readiness",
            "SCORES BY PRINCIPLE",
        ),
        (
            ReportFormat::Html,
            "id=\"result\"",
            "Readiness: Building readiness",
            ">Scores by principle<",
        ),
    ] {
        let full = render(SESSION, format);
        // The summary above names the band first; within the result, the gate leads.
        let out = &full[at(&full, result)..];
        let gate_at = at(out, gate);
        assert!(
            gate_at < at(out, band),
            "{format}: the failed gate must come before the band"
        );
        assert!(gate_at < at(out, principles), "{format}");
        assert!(
            out.contains("Ready to integrate"),
            "{format}: the uncapped band is named"
        );
    }
}

#[test]
fn reports_hold_labels_not_ids_and_explain_hidden_questions() {
    let out = render(SESSION, ReportFormat::Markdown);
    assert!(out.contains("| Not legal |"), "choice label");
    assert!(
        out.contains("HIV testing; Needle and syringe programme"),
        "checklist labels"
    );
    assert!(out.contains("6 peer workers"), "number with unit");
    assert!(out.contains("shown only if 'legal' is one of 'legal', 'restricted'"));
    assert!(
        out.contains("- Services: 66.7% (weight 2)"),
        "principle weights as shares"
    );
    assert!(out.contains("- Context: no share: context questions only, never scored"));
    // Weight 2 of the 4 that counted (the abortion question is hidden): share 50%, adds 25.
    assert!(out.contains(
        "| 1.1 | Are referrals followed up? | Starting | 50 | 2 | 50.0% | 25.0 | Scored |"
    ));
}

#[test]
fn action_plan_is_ranked_by_points_at_stake_and_grouped_by_principle() {
    let (fw, sheet, card) = fixture(SESSION, "en");
    let ctx = ReportContext::build(&fw, &sheet, &card);
    let groups: Vec<(&str, Vec<usize>)> = ctx
        .action_plan
        .iter()
        .map(|g| {
            (
                g.principle.as_str(),
                g.actions.iter().map(|a| a.rank).collect(),
            )
        })
        .collect();
    assert_eq!(groups, [("services", vec![1, 3]), ("people", vec![2])]);
    let points: Vec<f64> = card.actions.iter().map(|a| a.priority).collect();
    assert!(points.windows(2).all(|w| w[0] >= w[1]), "{points:?}");
    let md = render(SESSION, ReportFormat::Markdown);
    assert!(md.contains("| Rank | Action | Question | Score | Owner | Due |"));
    assert!(md.contains(
        "| 1 | Start tracking every referral until the client is seen. **(holds the band down)**"
    ));
}

#[test]
fn strengths_and_gaps_pick_the_extremes() {
    let (fw, sheet, card) = fixture(HOSTILE, "en");
    let ctx = ReportContext::build(&fw, &sheet, &card);
    let gaps: Vec<(&str, f64)> = ctx
        .gaps
        .iter()
        .map(|g| (g.question.as_str(), g.score))
        .collect();
    assert_eq!(gaps, [("pac", 0.0), ("package", 0.0), ("peers", 10.0)]);
    assert!(
        gaps.iter().all(|(_, s)| s.is_sign_positive()),
        "no -0 scores"
    );
    assert!(ctx.strengths.is_empty());
    let (fw, sheet, card) = fixture(SESSION, "en");
    let ctx = ReportContext::build(&fw, &sheet, &card);
    let strengths: Vec<&str> = ctx.strengths.iter().map(|s| s.question.as_str()).collect();
    assert_eq!(strengths, ["pac", "stigma", "package"]);
}

#[test]
fn warnings_name_a_changed_framework_and_low_coverage() {
    let (fw, sheet, card) = fixture(HOSTILE, "en");
    let ctx = ReportContext::build(&fw, &sheet, &card);
    assert_eq!(ctx.warnings.len(), 2, "{:?}", ctx.warnings);
    assert!(ctx.warnings[0].contains("version '1.0.0'"));
    assert!(ctx.warnings[1].contains("Only 4 of 6"));
    let gate = &ctx.failed_gates[0];
    assert_eq!(
        (gate.id.as_str(), gate.status_label.as_str()),
        ("referral-followup", "Not yet assessed")
    );
}

#[test]
fn framework_text_follows_the_language() {
    let (fw, sheet, card) = fixture(SESSION, "fr");
    let out = report::render(&fw, &sheet, &card, ReportFormat::Markdown, None).unwrap();
    assert!(out.contains("Les orientations sont-elles suivies ?"));
    assert!(out.contains("Suivre chaque orientation"));
    assert!(out.contains("Cadre de test des rapports"));
    assert!(
        out.contains("Post-abortion") || out.contains("post-abortion"),
        "untranslated text falls back to English"
    );
}

#[test]
fn markdown_neutralises_markup_in_user_text() {
    let md = render(HOSTILE, ReportFormat::Markdown);
    assert!(md.contains("\\<script>alert('note')\\</script>"));
    assert!(md.contains("\\[click me\\](javascript:alert(1))"));
    assert!(md.contains("\\</td>\\</tr>"), "{md}");
    assert!(!md.contains("\n# Not a heading"));
    assert!(md.contains("\\# Not a heading"));
}

/// A small RFC 4180 reader: fields split by commas, quoted fields may hold anything.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut field) = (Vec::new(), Vec::new(), String::new());
    let (mut quoted, mut chars) = (false, text.chars().peekable());
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (_, c) => field.push(c),
        }
    }
    assert!(
        !quoted && field.is_empty() && row.is_empty(),
        "CSV ends mid-row"
    );
    rows
}

#[test]
fn csv_has_one_row_per_question_and_round_trips_every_field() {
    let (fw, _, _) = fixture(HOSTILE, "en");
    let rows = parse_csv(&render(HOSTILE, ReportFormat::Csv));
    assert_eq!(rows.len(), 1 + fw.questions().count());
    assert!(rows.iter().all(|r| r.len() == rows[0].len()), "ragged rows");
    let col = |name: &str| rows[0].iter().position(|h| h == name).unwrap();
    let row = |id: &str| rows.iter().find(|r| r[col("question_id")] == id).unwrap();
    assert_eq!(
        row("referral")[col("note")],
        "<script>alert('note')</script>"
    );
    assert_eq!(row("pac")[col("note")], "\" onmouseover=\"alert(1)\" x=\"");
    assert_eq!(
        row("peers")[col("note")],
        "# Not a heading\n- not a list\n| not | a | table |"
    );
    assert_eq!(
        row("stigma")[col("note")],
        // The CR of a Windows line break is a control character: reading drops it.
        "'@SUM(A1:A9) and a line\nwith a CRLF",
        "formula neutralised"
    );
    assert_eq!(row("package")[col("answer")], "None of the options");
    assert_eq!(row("peers")[col("score")], "10.0");
    assert_eq!(row("referral")[col("status")], "unanswered");
}

#[test]
fn json_is_the_context_with_a_schema_version() {
    let json: serde_json::Value =
        serde_json::from_str(&render(SESSION, ReportFormat::Json)).unwrap();
    assert_eq!(json["schema_version"], report::SCHEMA_VERSION);
    assert_eq!(json["framework"]["id"], "report-fixture");
    assert!(
        json["framework"]["hash"]
            .as_str()
            .unwrap()
            .starts_with("sha256:")
    );
    assert_eq!(json["overall"]["band"]["id"], "building");
    assert_eq!(json["overall"]["capped"], true);
    assert_eq!(json["failed_gates"][0]["question"], "referral");
    assert_eq!(json["questions"].as_array().unwrap().len(), 8);
    assert_eq!(json["hidden"][0]["id"], "abortion");
    assert_eq!(json["assessment"]["programme"], "Harm Reduction Network");
    let (fw, sheet, card) = fixture(SESSION, "en");
    let expected = serde_json::to_value(ReportContext::build(&fw, &sheet, &card)).unwrap();
    assert_eq!(json, expected);
}

#[test]
fn template_errors_name_the_template_line_and_column() {
    let (fw, sheet, card) = fixture(SESSION, "en");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.md.tera");
    std::fs::write(&path, "# Report\n\n{{ overall.nope }}\n").unwrap();
    let err = report::render(&fw, &sheet, &card, ReportFormat::Markdown, Some(&path))
        .unwrap_err()
        .to_string();
    assert!(err.contains(&format!("{}:3:12", path.display())), "{err}");
    assert!(err.contains("Field `nope` is not defined"), "{err}");
    std::fs::write(&path, "{% for p in principles %}\n{{ p.title }}\n").unwrap();
    let err = report::render(&fw, &sheet, &card, ReportFormat::Markdown, Some(&path))
        .unwrap_err()
        .to_string();
    assert!(err.contains("broken.md.tera:3:1"), "{err}");
    let err = report::render(&fw, &sheet, &card, ReportFormat::Json, Some(&path))
        .unwrap_err()
        .to_string();
    assert!(err.contains("not templated"), "{err}");
}

#[test]
fn every_json_field_is_documented() {
    let doc = std::fs::read_to_string("docs/report-json.md").unwrap();
    let mut paths = Vec::new();
    let compared = render_ctx(&compared(SESSION, EARLIER), ReportFormat::Json);
    for json in [
        render(SESSION, ReportFormat::Json),
        render(HOSTILE, ReportFormat::Json),
        compared,
    ] {
        let json: serde_json::Value = serde_json::from_str(&json).unwrap();
        field_paths(&json, "", &mut paths);
    }
    // Objects of one shape are documented once, under the list that introduces them.
    let aliases = [
        ("failed_gates[]", "gates[]"),
        ("hidden[]", "questions[]"),
        ("gaps[]", "strengths[]"),
        ("summary.top_actions[]", "action_plan[].actions[]"),
        ("overall.band.", "bands[]."),
        ("overall.uncapped_band.", "bands[]."),
    ];
    let mut missing: Vec<String> = Vec::new();
    for path in paths {
        let documented = aliases.iter().fold(path.clone(), |p, (from, to)| {
            if p.starts_with(from) {
                p.replacen(from, to, 1)
            } else {
                p
            }
        });
        // Containers whose fields are documented one by one need no row of their own.
        let container = [
            "overall.band",
            "overall.uncapped_band",
            "overall.coverage",
            "principles[].coverage",
            "action_plan[].actions",
            "comparison.previous",
            "comparison.overall",
        ]
        .contains(&documented.as_str());
        let shown = doc.contains(&format!("| `{documented}` |"));
        if !shown && !container && !missing.contains(&path) {
            missing.push(path);
        }
    }
    assert!(
        missing.is_empty(),
        "add these to docs/report-json.md: {missing:?}"
    );
}

/// A reader can redo every principle's score from the question table: the shares of the
/// questions that counted add up to 100, their contributions to the principle's score, and a
/// hidden, not applicable, "don't know" or unanswered question has no share.
#[test]
fn question_shares_and_contributions_add_up_to_each_principle_score() {
    for session in [SESSION, EARLIER, HOSTILE] {
        let (fw, sheet, card) = fixture(session, "en");
        let ctx = ReportContext::build(&fw, &sheet, &card);
        for p in &ctx.principles {
            let qs: Vec<_> = ctx
                .questions
                .iter()
                .filter(|q| q.principle == p.id)
                .collect();
            for q in &qs {
                if q.score.is_none() {
                    assert!(
                        q.share.abs() < f64::EPSILON,
                        "{} ({:?}) has no share",
                        q.id,
                        q.status
                    );
                    assert_eq!(q.contribution, None);
                }
            }
            let Some(score) = p.score else { continue };
            let shares: f64 = qs.iter().map(|q| q.share).sum();
            let sum: f64 = qs.iter().filter_map(|q| q.contribution).sum();
            assert!((shares - 100.0).abs() < 1e-9, "{}: shares {shares}", p.id);
            assert!((sum - score).abs() < 1e-9, "{}: {sum} vs {score}", p.id);
        }
        assert!(
            ctx.questions.iter().any(|q| q.score.is_none()),
            "{session} tests the zero case"
        );
    }
}

/// The HTML report, golden (the fixture's whole page: summary, arithmetic, appendix).
#[test]
fn html_snapshot() {
    insta::assert_snapshot!("report_html", stable(&render(SESSION, ReportFormat::Html)));
}

/// `--detail summary` in Markdown, golden: the same report without its appendix.
#[test]
fn markdown_summary_snapshot() {
    let (fw, sheet, card) = fixture(SESSION, "en");
    let ctx =
        ReportContext::build(&fw, &sheet, &card).with_detail(integra::report::Detail::Summary);
    insta::assert_snapshot!(
        "report_md_summary",
        stable(&render_ctx(&ctx, ReportFormat::Markdown))
    );
}
