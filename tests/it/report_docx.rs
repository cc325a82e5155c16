//! The Word report: a real .docx (a zip holding well-formed XML), the report's content in the
//! report's order, Word heading styles, and hostile text kept as text.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::support::report_fixture as support;

use integra::report::{self, ReportContext, ReportFormat};
use support::{EARLIER, HOSTILE, SESSION, compared, fixture};

fn docx(ctx: &ReportContext) -> Vec<u8> {
    report::render_bytes(ctx, ReportFormat::Docx, None).unwrap()
}

fn context(session: &str) -> ReportContext {
    let (fw, sheet, card) = fixture(session, "en");
    ReportContext::build(&fw, &sheet, &card)
}

/// The text of every `w:t` element of word/document.xml, in document order, after checking
/// that the XML is well-formed; paragraphs end with a newline. The contents list's entries
/// (paragraphs in the TOC styles) are left out: they repeat the headings.
fn document_text(bytes: &[u8]) -> String {
    let xml = support::zip_part(bytes, "word/document.xml");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let in_contents = |n: roxmltree::Node| {
        n.ancestors()
            .find(|a| a.tag_name().name() == "p")
            .and_then(|p| p.descendants().find(|d| d.tag_name().name() == "pStyle"))
            .and_then(|s| s.attributes().find(|a| a.name() == "val"))
            .is_some_and(|a| a.value().starts_with("TOC"))
    };
    let mut out = String::new();
    for node in doc.descendants() {
        match node.tag_name().name() {
            "t" if !in_contents(node) => out.push_str(node.text().unwrap_or("")),
            "p" if !in_contents(node) => out.push('\n'),
            _ => {}
        }
    }
    out
}

fn at(text: &str, needle: &str) -> usize {
    text.find(needle)
        .unwrap_or_else(|| panic!("'{needle}' not in the document:\n{text}"))
}

#[test]
fn docx_is_a_zip_of_well_formed_parts() {
    let bytes = docx(&context(SESSION));
    assert_eq!(&bytes[..2], b"PK", "a .docx is a zip file");
    for name in [
        "[Content_Types].xml",
        "word/document.xml",
        "word/styles.xml",
    ] {
        roxmltree::Document::parse(&support::zip_part(&bytes, name))
            .unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

#[test]
fn docx_says_what_the_report_says_in_the_same_order() {
    let ctx = context(SESSION);
    let whole = document_text(&docx(&ctx));
    let title = at(&whole, "Harm Reduction Network");
    let facilitator = at(&whole, "A. Facilitator");
    let summary = at(&whole, "\nSummary\n");
    assert!(
        title < facilitator && facilitator < summary,
        "title page, then the summary"
    );
    // The detail follows the summary and the contents list.
    let text = &whole[at(&whole, "\nResult\n")..];
    let gate = at(text, "Referrals are not routinely followed up");
    let band = at(text, "Readiness: Building readiness");
    let services = at(text, "1. Services");
    let action = at(
        text,
        "Start tracking every referral until the client is seen.",
    );
    let note = at(text, "Follow-up happens for HIV referrals only.");
    let method = at(text, "How the scores were computed");
    assert!(
        gate < band && band < services,
        "failed gates before the band"
    );
    assert!(services < action && action < note && note < method);
    assert!(text.contains("Overall score 73.3 out of 100"), "{text}");
    for p in &ctx.principles {
        let row = format!("{}. {}", p.number, p.title);
        let after = &text[at(text, &row)..];
        let score = report_num(p.score);
        assert!(
            after.contains(&score),
            "principle {row} shows its score {score}"
        );
    }
    assert!(text.contains(&ctx.framework.hash), "framework hash");
}

fn report_num(score: Option<f64>) -> String {
    score.map_or_else(|| "\u{2013}".to_owned(), |s| format!("{s:.1}"))
}

#[test]
fn docx_uses_word_heading_styles_with_outline_levels() {
    let bytes = docx(&context(SESSION));
    let styles = support::zip_part(&bytes, "word/styles.xml");
    let doc = roxmltree::Document::parse(&styles).unwrap();
    for (id, name, level) in [
        ("Heading1", "heading 1", "0"),
        ("Heading2", "heading 2", "1"),
    ] {
        let style = doc
            .descendants()
            .find(|n| n.tag_name().name() == "style" && n.attributes().any(|a| a.value() == id))
            .unwrap_or_else(|| panic!("no style {id}"));
        let has = |tag: &str, value: &str| {
            style
                .descendants()
                .any(|n| n.tag_name().name() == tag && n.attributes().any(|a| a.value() == value))
        };
        assert!(has("name", name), "{id} is named '{name}'");
        assert!(has("outlineLvl", level), "{id} has outline level {level}");
    }
    let xml = support::zip_part(&bytes, "word/document.xml");
    let headings = xml.matches("w:val=\"Heading1\"").count();
    assert!(headings >= 7, "{headings} top-level headings");
    // The contents field carries its entries, so LibreOffice shows a list, not field code.
    assert!(
        xml.contains("TOC \\o &quot;1-1&quot;"),
        "a contents field over the top-level headings"
    );
    let entries = xml.matches("w:val=\"TOC1\"").count();
    // The result comes before the contents, on page 1: the list covers what follows.
    assert_eq!(
        entries,
        headings - 1,
        "one contents entry per top-level heading after the result"
    );
}

#[test]
fn docx_action_plan_has_blank_owner_and_due_columns() {
    let text = document_text(&docx(&context(SESSION)));
    let plan = &text[at(&text, "Action plan")..at(&text, "\nNotes\n")];
    assert!(plan.contains("Owner") && plan.contains("Due"), "{plan}");
    // The row of the first action: rank, action, question, score, then two empty cells.
    let row = &plan[at(plan, "\n1\n")..];
    let lines: Vec<&str> = row.lines().skip(1).take(6).collect();
    assert_eq!(
        lines[1],
        "Start tracking every referral until the client is seen."
    );
    assert_eq!(lines[3], "50");
    assert_eq!(&lines[4..6], ["", ""], "owner and due are blank: {lines:?}");
}

#[test]
fn docx_includes_the_comparison_when_asked() {
    let with = document_text(&docx(&compared(SESSION, EARLIER)));
    let without = document_text(&docx(&context(SESSION)));
    assert!(with.contains("Progress since the previous assessment"));
    assert!(!without.contains("Progress since the previous assessment"));
    assert!(at(&with, "Progress since") < at(&with, "Scores by principle"));
}

#[test]
fn docx_keeps_hostile_text_as_text() {
    let mut ctx = context(HOSTILE);
    let note = "<script>alert(1)</script> & ]]> <![CDATA[ x ]]>\u{1}\u{1b}[2J\u{7}end";
    ctx.notes[0].note = note.to_owned();
    let bytes = docx(&ctx);
    let xml = support::zip_part(&bytes, "word/document.xml");
    assert!(!xml.contains("<script"), "no raw markup");
    assert!(!xml.contains('\u{1}') && !xml.contains('\u{1b}') && !xml.contains('\u{7}'));
    let text = document_text(&bytes);
    assert!(
        text.contains("<script>alert(1)</script> & ]]> <![CDATA[ x ]]>[2Jend"),
        "the note reads as written, control characters dropped:\n{text}"
    );
    assert!(
        text.contains("<img src=x onerror=alert(1)> & Co"),
        "programme as text"
    );
    assert!(
        text.contains("=HYPERLINK("),
        "the facilitator's text as text"
    );
}

#[test]
fn docx_cannot_be_rendered_as_text_or_templated() {
    let ctx = context(SESSION);
    let err = report::render_context(&ctx, ReportFormat::Docx, None).unwrap_err();
    assert!(err.to_string().contains("-o report.docx"), "{err}");
    let err = report::render_bytes(
        &ctx,
        ReportFormat::Docx,
        Some(std::path::Path::new("x.tera")),
    )
    .unwrap_err();
    assert!(err.to_string().contains("not templated"), "{err}");
}

#[cfg(unix)]
#[test]
fn wizard_export_writes_a_private_word_file() {
    use std::os::unix::fs::PermissionsExt as _;
    let (dir, written) = support::wizard_export(ReportFormat::Docx);
    let docx = dir.path().join("visit-report.docx");
    assert_eq!(written, docx);
    let bytes = std::fs::read(&docx).unwrap();
    assert!(document_text(&bytes).contains("Integration readiness report"));
    let mode = std::fs::metadata(&docx).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "mode {mode:o}");
}

#[cfg(unix)]
#[test]
fn cli_writes_word_to_a_file_or_a_pipe() {
    use std::os::unix::fs::PermissionsExt as _;
    use std::process::Command;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.docx");
    let run = |extra: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_integra"))
            // English whatever the machine's locale; a test that wants a language sets it.
            .env_remove("LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .args(["report", SESSION, "--framework", support::FRAMEWORK])
            .args(extra)
            .env("XDG_CONFIG_HOME", dir.path())
            .output()
            .unwrap()
    };
    let out = run(&["-o", path.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mode = std::fs::metadata(&path).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "mode {mode:o}");
    let from_file = std::fs::read(&path).unwrap();
    // Standard output here is a pipe, not a terminal: the bytes go there.
    let piped = run(&["--format", "docx"]);
    assert!(piped.status.success());
    assert_eq!(document_text(&piped.stdout), document_text(&from_file));
    let templated = run(&["--format", "docx", "--template", "x.tera"]);
    assert!(!templated.status.success());
    assert!(String::from_utf8_lossy(&templated.stderr).contains("not templated"));
}

#[test]
fn every_format_says_what_holds_the_band_and_what_would_lift_it() {
    // The session's score reaches 'Ready to integrate'; the unassessed referral gate holds it.
    let ctx = context(SESSION);
    let limit = "Gate 'referral-followup' holds the band at 'Building readiness'";
    let lift = "Fix 'referral-followup' to reach 'Ready to integrate'";
    let word = document_text(&docx(&ctx));
    assert!(word.contains(limit) && word.contains(lift), "{word}");
    assert!(at(&word, limit) < at(&word, lift));
    for format in [
        ReportFormat::Markdown,
        ReportFormat::Html,
        ReportFormat::Text,
    ] {
        let text = support::render_ctx(&ctx, format);
        // Text output wraps at 80 columns: compare with the line breaks taken out; HTML
        // escapes the quotes.
        let flat = text
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .replace("&#39;", "'");
        assert!(flat.contains(limit), "{format:?}: {text}");
        assert!(flat.contains(lift), "{format:?}: {text}");
    }
    let json: serde_json::Value =
        serde_json::from_str(&support::render_ctx(&ctx, ReportFormat::Json)).unwrap();
    assert_eq!(
        json["verdict"]["lift"]["fix"],
        serde_json::json!(["referral-followup"])
    );
    assert_eq!(json["verdict"]["limits"][0]["binding"], true);
}
