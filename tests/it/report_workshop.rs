//! Reports of a workshop session: divergent questions with their spread and role summary,
//! each role's mean per principle, the consensus that scored, votes in JSON, and action
//! owners and due dates in the action plan.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use std::path::Path;

use integra::answers::Response;
use integra::answers::load_sheet;
use integra::framework::{self, Framework};
use integra::report::{ReportContext, ReportFormat};
use integra::scoring::score;
use integra::session::workshop::{Voter, file};

use crate::support::report_fixture::{field_paths, render_ctx, stable};

const FRAMEWORK: &str = "tests/fixtures/valid/minimal.toml";
const SESSION: &str = "tests/fixtures/answers/minimal-workshop.toml";

fn fw() -> Framework {
    framework::from_path(Path::new(FRAMEWORK)).unwrap()
}

fn context(session: &str) -> ReportContext {
    let fw = fw();
    let parsed = load_sheet(Path::new(session)).unwrap();
    let (workshop, dropped) = file::read(parsed.session(), &fw);
    assert!(dropped.is_empty(), "{dropped:?}");
    let sheet = parsed.against(&fw).unwrap();
    let card = score(&fw, &sheet.answers, "en");
    ReportContext::build(&fw, &sheet, &card).with_workshop(&fw, &workshop)
}

#[test]
fn markdown_snapshot_with_the_role_comparison() {
    let md = stable(&render_ctx(&context(SESSION), ReportFormat::Markdown));
    insta::assert_snapshot!("report_workshop_md", md);
}

#[test]
fn divergent_questions_carry_spread_roles_and_consensus() {
    let ctx = context(SESSION);
    let w = ctx.workshop.as_ref().unwrap();
    let ids: Vec<&str> = w.divergent.iter().map(|d| d.question.as_str()).collect();
    // referral: levels 0 to 2 of 0–2; package counts say nothing of one person's whole
    // answer; abortion: yes and partly are half the range, not more; staff: 4–30 of 0–50.
    assert_eq!(ids, ["referral", "staff"]);
    let referral = &w.divergent[0];
    assert_eq!(referral.spread_text, "Absent ×1, Starting ×2, Routine ×2");
    assert_eq!(
        referral.roles.as_deref(),
        Some("'Peer / community' rate 'Are referrals followed up?' 1.5 points lower than 'Staff'")
    );
    assert_eq!(referral.consensus.as_deref(), Some("Starting"));
    assert_eq!(w.divergent[1].spread_text, "4–30");
    let roles: Vec<&str> = w.roles.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(roles, ["staff", "peer", "clinician"]);
    // Services: referral (weight 2) and abortion (weight 1).
    let services = w
        .by_principle
        .iter()
        .find(|p| p.principle == "services")
        .unwrap();
    assert_eq!(services.means[0], Some((100.0 * 2.0 + 75.0) / 3.0));
    assert_eq!(services.means[1], Some((25.0 * 2.0 + 50.0) / 3.0));
    assert_eq!(services.means[2], Some(50.0));
    assert_eq!(w.parked[0].question, "staff");
}

#[test]
fn json_carries_votes_and_divergence_on_questions_with_votes_only() {
    let json = render_ctx(&context(SESSION), ReportFormat::Json);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let q = |id: &str| {
        v["questions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|q| q["id"] == id)
            .unwrap()
            .clone()
    };
    let referral = q("referral");
    assert_eq!(referral["divergent"], true);
    let votes = referral["votes"].as_array().unwrap();
    assert_eq!(votes.len(), 5);
    assert_eq!(votes[0]["by"], "participant");
    assert_eq!(votes[0]["who"], "AB");
    assert_eq!(votes[0]["role"], "staff");
    assert_eq!(votes[0]["answer"], "Routine");
    assert_eq!(votes[4]["by"], "role");
    assert_eq!(votes[4]["role"], "clinician");
    assert_eq!(q("abortion")["divergent"], false);
    let package = q("package");
    let nsp = package["votes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["answer"] == "Needle and syringe programme")
        .unwrap();
    assert_eq!(
        (&nsp["by"], &nsp["count"], &nsp["who"]),
        (&"count".into(), &3.into(), &serde_json::Value::Null)
    );
    assert!(q("legal").get("votes").is_none() && q("legal").get("divergent").is_none());
    let action = &v["action_plan"][0]["actions"][0];
    assert_eq!(
        (&action["question"], &action["owner"], &action["due"]),
        (&"referral".into(), &"MK".into(), &"2027-01-31".into())
    );
}

#[test]
fn anonymous_reports_name_participants_by_id() {
    let ctx = context(SESSION).anonymised();
    let json = render_ctx(&ctx, ReportFormat::Json);
    assert!(
        !json.contains("\"AB\"") && !json.contains("\"CD\""),
        "{json}"
    );
    assert!(json.contains("\"who\": \"p1\""), "{json}");
}

#[test]
fn html_and_text_show_the_divergence_and_the_owners() {
    let ctx = context(SESSION);
    let html = render_ctx(&ctx, ReportFormat::Html);
    assert!(html.contains("Where the votes diverged"), "{html}");
    assert!(html.contains("1.5 points lower than"), "{html}");
    assert!(html.contains("<td class=\"blank\">MK</td><td class=\"blank\">2027-01-31</td>"));
    let txt = render_ctx(&ctx, ReportFormat::Text);
    assert!(txt.contains("THE ROOM'S VOTES"), "{txt}");
    assert!(txt.contains("Owner: MK"), "{txt}");
    assert!(
        txt.contains("Consensus used for the score: Starting"),
        "{txt}"
    );
}

#[test]
fn a_session_without_votes_reports_exactly_as_before() {
    let fw = fw();
    let sheet = load_sheet(Path::new("tests/fixtures/answers/minimal-building.toml"))
        .unwrap()
        .against(&fw)
        .unwrap();
    let card = score(&fw, &sheet.answers, "en");
    let plain = ReportContext::build(&fw, &sheet, &card);
    let with = plain
        .clone()
        .with_workshop(&fw, &integra::session::workshop::Workshop::default());
    assert_eq!(with, plain);
    let md = render_ctx(&plain, ReportFormat::Markdown);
    assert!(!md.contains("The room's votes"));
}

#[test]
fn word_has_the_workshop_block_and_fills_owner_and_due() {
    let bytes = integra::report::render_bytes(&context(SESSION), ReportFormat::Docx, None).unwrap();
    let xml = crate::support::report_fixture::zip_part(&bytes, "word/document.xml");
    assert!(
        xml.contains("Where the votes diverged"),
        "no workshop heading"
    );
    assert!(xml.contains("1.5 points lower than"), "no role summary");
    assert!(xml.contains("Each role"), "no role table");
    assert!(
        xml.contains(">MK<") && xml.contains(">2027-01-31<"),
        "owner and due not filled"
    );
}

#[test]
fn integra_score_reads_a_workshop_session_as_an_ordinary_one() {
    let home = tempfile::tempdir().unwrap();
    let plain = home.path().join("plain.toml");
    let text = std::fs::read_to_string(SESSION).unwrap();
    let answers_only = &text[..text.find("[session]").unwrap()];
    std::fs::write(&plain, answers_only).unwrap();
    let score = |file: &str| {
        let o = crate::support::cmd::integra_at_repo(home.path())
            .args(["score", file, "--framework", FRAMEWORK, "--format", "json"])
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        String::from_utf8(o.stdout).unwrap()
    };
    assert_eq!(score(SESSION), score(plain.to_str().unwrap()));
}

#[test]
fn every_workshop_json_field_is_documented() {
    let doc = std::fs::read_to_string("docs/report-json.md").unwrap();
    let json = render_ctx(&context(SESSION), ReportFormat::Json);
    let mut paths = Vec::new();
    field_paths(&serde_json::from_str(&json).unwrap(), "", &mut paths);
    let mut missing: Vec<String> = paths
        .into_iter()
        .filter(|p| {
            let field = p.rsplit('.').next().unwrap_or_default();
            p.starts_with("workshop")
                || p.contains(".votes")
                || matches!(field, "divergent" | "owner" | "due")
        })
        .map(|p| p.replacen("summary.top_actions[]", "action_plan[].actions[]", 1))
        .filter(|p| !doc.contains(&format!("| `{p}` |")))
        .collect();
    missing.dedup();
    assert!(
        missing.is_empty(),
        "add these to docs/report-json.md: {missing:?}"
    );
}

#[test]
fn the_wizard_export_reports_the_votes_too() {
    let fw = fw();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("room.toml");
    let mut session = integra::session::Session::new(&fw, "en", path, "2026-12-01");
    let staff = session.add_participant(None, "staff");
    let peer = session.add_participant(None, "peer");
    session.add_vote("referral", &Voter::Participant(staff), Response::Level(2));
    session.add_vote("referral", &Voter::Participant(peer), Response::Level(0));
    session.answers_mut().set("referral", Response::Level(1));
    session.set_action_owner("referral", Some("MK".into()));
    let written = integra::tui::export::export(
        &fw,
        &mut session,
        &[ReportFormat::Markdown],
        false,
        integra::report::Detail::Full,
        dir.path(),
        "2026-12-01T10:00:00Z",
    )
    .unwrap();
    let md = std::fs::read_to_string(&written[1]).unwrap();
    assert!(md.contains("2 points lower than 'Staff'"), "{md}");
    assert!(md.contains("| MK |"), "{md}");
}

#[test]
fn a_hidden_question_keeps_its_votes_in_the_hidden_list() {
    let fw = fw();
    // 'legal' is 'illegal' there, which hides 'abortion'.
    let sheet = load_sheet(Path::new("tests/fixtures/answers/minimal-building.toml"))
        .unwrap()
        .against(&fw)
        .unwrap();
    let card = score(&fw, &sheet.answers, "en");
    let mut session = integra::session::Session::new(&fw, "en", "s.toml".into(), "2026-12-01");
    session.set_count("abortion", "yes", 3);
    let ctx = ReportContext::build(&fw, &sheet, &card).with_workshop(&fw, session.workshop());
    let hidden = ctx.hidden.iter().find(|q| q.id == "abortion").unwrap();
    assert_eq!(hidden.votes.len(), 1);
    assert_eq!(hidden.divergent, Some(false));
}

#[test]
fn integra_report_says_which_votes_it_left_out() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("changed.toml");
    let text = std::fs::read_to_string(SESSION).unwrap();
    std::fs::write(&file, text.replace("p4 = 1 }", "p4 = 7 }")).unwrap();
    let o = crate::support::cmd::integra_at_repo(home.path())
        .args(["report", file.to_str().unwrap(), "--framework", FRAMEWORK])
        .output()
        .unwrap();
    let said = String::from_utf8(o.stderr).unwrap();
    assert!(o.status.success(), "{said}");
    assert!(
        said.contains("One vote in '") && said.contains("left out of the report"),
        "{said}"
    );
    assert!(said.contains("'p4'"), "{said}");
}
