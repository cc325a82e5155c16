use std::path::PathBuf;

use super::*;
use crate::answers::Response;
use crate::framework::{Framework, Origin, from_str};
use crate::scoring::score;
use crate::session::Session;
use crate::session::earlier::Baseline;
use crate::tui::compare::context;

fn fixture() -> Framework {
    let text = include_str!("../../../../tests/fixtures/tui/wizard.toml");
    from_str("wizard.toml", text, Origin::Embedded).unwrap()
}

fn session(fw: &Framework, date: &str, answers: &[(&str, Response)]) -> Session {
    let mut s = Session::new(fw, "en", PathBuf::from("/s.toml"), date);
    s.sheet.meta.date = Some(date.into());
    for (id, r) in answers {
        s.answers_mut().set(*id, r.clone());
    }
    s
}

/// Full marks but for the referral gate: "don't know" (with a note), which holds the band
/// at 'Building readiness'.
fn now(fw: &Framework) -> Session {
    let ticked = ["hiv_test", "nsp", "condoms"].map(String::from).to_vec();
    let mut s = session(
        fw,
        "2026-11-23",
        &[
            ("referral", Response::DontKnow),
            ("package", Response::Checklist(ticked)),
            ("staff", Response::Number(50.0)),
        ],
    );
    s.answers_mut()
        .set_note("referral", "Nobody checks the register.");
    s
}

fn text(lines: &[Line]) -> String {
    lines
        .iter()
        .map(|l| {
            l.spans
                .iter()
                .map(|s| s.content.as_ref())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn pages(fw: &Framework, now: &Session, base: Option<&Baseline>, ascii: bool) -> Vec<String> {
    let card = score(fw, now.answers(), "en");
    let ctx = context(fw, now, &card, base, i18n::Lang::En);
    let theme = Theme {
        color: false,
        ascii,
        present: true,
        ansi16: false,
    };
    let inp = Inputs {
        ctx: &ctx,
        theme,
        lang: i18n::Lang::En,
        width: 78,
    };
    (0..count(&ctx)).map(|n| text(&page(&inp, n))).collect()
}

#[test]
fn there_is_a_page_per_principle_between_the_overall_result_and_the_gates() {
    let fw = fixture();
    let p = pages(&fw, &now(&fw), None, false);
    assert_eq!(p.len(), fw.principles.len() + 2);
    assert!(p[1].starts_with("Principle 1 of 2\nContext"), "{}", p[1]);
    assert!(
        p[2].starts_with("Principle 2 of 2\nReferral system"),
        "{}",
        p[2]
    );
    assert!(p[3].starts_with("Gates not passed"), "{}", p[3]);
}

#[test]
fn the_overall_page_has_the_score_in_big_digits_and_the_band_as_a_banner() {
    let fw = fixture();
    let p = pages(&fw, &now(&fw), None, true);
    let card = score(&fw, now(&fw).answers(), "en");
    let digits = big(&i18n::fixed(card.overall.score.unwrap(), 1), true).unwrap();
    for row in &digits {
        assert!(p[0].contains(row.as_str()), "{row:?} not in\n{}", p[0]);
    }
    assert!(p[0].contains("out of 100"));
    let banner = "    Building readiness    ";
    let at = p[0].lines().position(|l| l == banner).unwrap();
    let blank = " ".repeat(banner.len());
    assert_eq!(p[0].lines().nth(at - 1), Some(blank.as_str()), "{}", p[0]);
    assert_eq!(p[0].lines().nth(at + 1), Some(blank.as_str()), "{}", p[0]);
    assert!(p[0].contains("Why this band"), "{}", p[0]);
}

#[test]
fn a_principle_page_lists_its_questions_with_the_answers_and_marks_failed_gates() {
    let fw = fixture();
    let p = &pages(&fw, &now(&fw), None, false)[2];
    let referral = p
        .lines()
        .find(|l| l.contains("Are referrals followed up"))
        .unwrap();
    assert!(referral.starts_with("✗ 1.1"), "{referral}");
    assert!(referral.ends_with("Don't know"), "{referral}");
    let package = p.lines().find(|l| l.contains("Which services")).unwrap();
    assert!(package.starts_with("  "), "no gate on it: {package}");
    assert!(package.contains("  HIV testing"), "{package}");
    assert!(p.contains("answered"), "coverage beside the gauge: {p}");
}

#[test]
fn the_gates_page_shows_each_failed_gate_with_its_answer_and_note() {
    let fw = fixture();
    let p = &pages(&fw, &now(&fw), None, false)[3];
    assert!(p.contains("✗ Referrals are not followed up"), "{p}");
    assert!(p.contains("1.1 Are referrals followed up"), "{p}");
    assert!(p.contains("Answer: Don't know"), "{p}");
    assert!(p.contains("Note: Nobody checks the register."), "{p}");
    assert!(p.contains("Top recommended actions"), "{p}");
    // Once it passes, the page says so.
    let mut passing = now(&fw);
    passing.answers_mut().set("referral", Response::Level(2));
    let p = &pages(&fw, &passing, None, false)[3];
    assert!(p.contains("Every gate passes"), "{p}");
}

#[test]
fn with_a_baseline_each_page_shows_the_change_since() {
    let fw = fixture();
    let base = Baseline {
        path: PathBuf::from("/before.toml"),
        framework: fw.clone(),
        sheet: session(
            &fw,
            "2026-01-10",
            &[
                ("referral", Response::Level(2)),
                ("package", Response::Checklist(vec!["nsp".into()])),
            ],
        )
        .sheet,
        dropped: 0,
    };
    let p = pages(&fw, &now(&fw), Some(&base), false);
    assert!(p[0].contains("points since 2026-01-10"), "{}", p[0]);
    assert!(p[0].contains("band lower"), "{}", p[0]);
    // The principle rose (more services), while the gate went from passed to "don't know".
    assert!(p[2].contains("▲ +20.0 points since 2026-01-10"), "{}", p[2]);
    assert!(p[3].contains("Gates changed since 2026-01-10"), "{}", p[3]);
    assert!(p[3].contains("▼ Referrals are not followed up"), "{}", p[3]);
    assert!(p[3].contains("→"), "{}", p[3]);
}

#[test]
fn a_failed_gate_shows_how_the_rooms_votes_diverged_on_it() {
    let fw = fixture();
    let mut now = now(&fw);
    now.set_count("referral", "0", 3);
    now.set_count("referral", "2", 2);
    let p = &pages(&fw, &now, None, false)[3];
    assert!(
        p.contains("The room disagreed: Absent ×3, Routine ×2"),
        "{p}"
    );
    // Without votes, nothing of the kind.
    let p = &pages(&fw, &self::now(&fw), None, false)[3];
    assert!(!p.contains("The room disagreed"), "{p}");
}

#[test]
fn a_principle_page_shows_how_each_role_rated_it() {
    use crate::session::workshop::Voter;
    let fw = fixture();
    let mut now = now(&fw);
    now.add_vote("referral", &Voter::Role("staff".into()), Response::Level(2));
    now.add_vote("referral", &Voter::Role("peer".into()), Response::Level(0));
    let p = &pages(&fw, &now, None, false)[2];
    let line = p.lines().find(|l| l.contains("By role:")).unwrap();
    assert!(line.contains("Staff 100 · Peer / community 0"), "{line}");
    let staff = line.find("Staff").unwrap();
    let peer = line.find("Peer").unwrap();
    assert!(staff < peer, "in the framework's order: {line}");
    // The context principle has no votes: no line.
    assert!(!pages(&fw, &now, None, false)[1].contains("By role:"));
}
