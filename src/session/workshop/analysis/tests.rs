//! Spread, divergence, role means and the role summary on the minimal framework
//! (`referral`: a 0–2 rating; `abortion`: yes/partly/no; `package`: a checklist worth
//! 2 + 2 + 1; `staff`: a number from 0 to 50).

use std::path::PathBuf;

use super::*;
use crate::framework::{Origin, from_str};
use crate::session::Session;
use crate::session::workshop::Voter;

const FW: &str = include_str!("../../../../tests/fixtures/valid/minimal.toml");

fn fw() -> Framework {
    from_str("minimal.toml", FW, Origin::Embedded).unwrap()
}

fn with_gap(gap: f64) -> Framework {
    let text = FW.replacen(
        "[[principles]]",
        &format!("[workshop]\ndivergence_gap = {gap}\n\n[[principles]]"),
        1,
    );
    from_str("minimal.toml", &text, Origin::Embedded).unwrap()
}

fn session() -> Session {
    Session::new(&fw(), "en", PathBuf::from("s.toml"), "2026-12-01")
}

fn bins(s: &Spread) -> Vec<(&str, u32)> {
    s.bins.iter().map(|b| (b.key.as_str(), b.count)).collect()
}

#[test]
fn a_rating_spread_counts_named_and_anonymous_votes_in_level_order() {
    let fw = fw();
    let mut s = session();
    s.add_vote(
        "referral",
        &Voter::Participant("p1".into()),
        Response::Level(2),
    );
    s.add_vote("referral", &Voter::Role("peer".into()), Response::Level(0));
    s.set_count("referral", "1", 3);
    s.set_count("referral", "dont_know", 1);
    let q = fw.question("referral").unwrap();
    let spread = spread(&fw, q, s.votes("referral").unwrap());
    assert_eq!(
        bins(&spread),
        [("0", 1), ("1", 3), ("2", 1), ("dont_know", 1)]
    );
    assert_eq!(spread.votes, 6);
    assert_eq!(
        (spread.low, spread.high, spread.range),
        (Some(0.0), Some(2.0), Some(2.0))
    );
    assert!(
        spread.divergent,
        "0 to 2 spans the whole scale, more than half"
    );
}

#[test]
fn divergence_is_a_span_wider_than_the_gap_of_the_range() {
    let mut s = session();
    s.add_vote(
        "referral",
        &Voter::Participant("p1".into()),
        Response::Level(0),
    );
    s.add_vote(
        "referral",
        &Voter::Participant("p2".into()),
        Response::Level(1),
    );
    let votes = s.votes("referral").unwrap();
    let half = fw();
    let q = half.question("referral").unwrap();
    assert!(
        !divergent(&half, q, votes),
        "one level of two is half: not more"
    );
    let quarter = with_gap(0.25);
    assert!(divergent(
        &quarter,
        quarter.question("referral").unwrap(),
        votes
    ));
}

#[test]
fn yes_no_checklist_and_number_votes_have_their_own_spread() {
    let fw = fw();
    let mut s = session();
    s.set_count("abortion", "yes", 2);
    s.set_count("abortion", "partial", 1);
    let q = fw.question("abortion").unwrap();
    let yes_partly = spread(&fw, q, s.votes("abortion").unwrap());
    assert_eq!(bins(&yes_partly), [("no", 0), ("partial", 1), ("yes", 2)]);
    assert!(
        !yes_partly.divergent,
        "50 points of 100 is not more than half"
    );
    s.set_count("abortion", "no", 1);
    assert!(divergent(&fw, q, s.votes("abortion").unwrap()));

    let one = |ids: &[&str]| Response::Checklist(ids.iter().map(|i| (*i).to_owned()).collect());
    s.add_vote(
        "package",
        &Voter::Participant("p1".into()),
        one(&["hiv_test", "nsp", "condoms"]),
    );
    s.add_vote(
        "package",
        &Voter::Participant("p2".into()),
        one(&["condoms"]),
    );
    s.set_count("package", "nsp", 3);
    let q = fw.question("package").unwrap();
    let ticks = spread(&fw, q, s.votes("package").unwrap());
    assert_eq!(bins(&ticks), [("hiv_test", 1), ("nsp", 4), ("condoms", 2)]);
    assert_eq!(ticks.votes, 2, "tick counts are not voters");
    assert!(
        ticks.divergent,
        "everything (100) against condoms only (20)"
    );

    s.set_range("staff", Some((5.0, 40.0)));
    let q = fw.question("staff").unwrap();
    let figures = spread(&fw, q, s.votes("staff").unwrap());
    assert!(figures.bins.is_empty());
    assert_eq!(
        (figures.low, figures.high, figures.range),
        (Some(5.0), Some(40.0), Some(50.0))
    );
    assert!(figures.divergent, "35 of 50 is more than half");
    s.set_range("staff", Some((5.0, 30.0)));
    assert!(!divergent(&fw, q, s.votes("staff").unwrap()));
}

fn staff_and_peers() -> Session {
    let mut s = session();
    let a = s.add_participant(Some("AB".into()), "staff");
    let b = s.add_participant(None, "staff");
    let c = s.add_participant(None, "peer");
    s.add_vote("referral", &Voter::Participant(a), Response::Level(2));
    s.add_vote(
        "referral",
        &Voter::Participant(b.clone()),
        Response::Level(2),
    );
    s.add_vote(
        "referral",
        &Voter::Participant(c.clone()),
        Response::Level(0),
    );
    s.add_vote("referral", &Voter::Role("peer".into()), Response::Level(1));
    // Neither anonymous counts nor breakout groups have a role.
    s.set_count("referral", "0", 5);
    s.add_vote("referral", &Voter::Group("g".into()), Response::Level(0));
    s.add_vote(
        "abortion",
        &Voter::Participant(b),
        Response::YesNo(crate::answers::YesNo::Yes),
    );
    s.add_vote(
        "abortion",
        &Voter::Participant(c),
        Response::YesNo(crate::answers::YesNo::No),
    );
    s
}

#[test]
fn role_means_per_question_and_per_principle() {
    let fw = fw();
    let s = staff_and_peers();
    let means = role_means(&fw, s.workshop(), "referral");
    let got: Vec<(&str, f64, usize)> = means
        .iter()
        .map(|m| (m.role.as_str(), m.mean, m.votes))
        .collect();
    assert_eq!(got, [("staff", 2.0, 2), ("peer", 0.5, 2)]);
    // Services weighs referral 2 and abortion 1: staff 100 on both; peers 25 and 0.
    let p = principle_role_means(&fw, s.workshop(), "services");
    let got: Vec<(&str, f64)> = p.iter().map(|m| (m.role.as_str(), m.mean)).collect();
    assert_eq!(got, [("staff", 100.0), ("peer", 50.0 / 3.0)]);
    assert!(principle_role_means(&fw, s.workshop(), "context").is_empty());
}

#[test]
fn the_role_summary_names_the_lowest_and_highest_roles_in_the_question_unit() {
    let fw = fw();
    let s = staff_and_peers();
    let gap = role_gap(&fw, s.workshop(), "referral").unwrap();
    assert_eq!((gap.lower.as_str(), gap.higher.as_str()), ("peer", "staff"));
    assert!((gap.points - 1.5).abs() < 1e-9);
    assert_eq!(
        gap.message(&fw, "en"),
        "'Peer / community' rate 'Are referrals followed up?' 1.5 points lower than 'Staff'"
    );
    let yes_no = role_gap(&fw, s.workshop(), "abortion").unwrap();
    assert_eq!(yes_no.unit, Unit::Percent);
    assert!(
        yes_no
            .message(&fw, "en")
            .contains(" 100 percentage points lower")
    );
    assert!(
        gap.message(&fw, "fr")
            .contains("de 1.5 points plus bas que")
    );
    let mut figures = session();
    figures.add_vote(
        "staff",
        &Voter::Role("staff".into()),
        Response::Number(20.0),
    );
    figures.add_vote("staff", &Voter::Role("peer".into()), Response::Number(8.0));
    let numbers = role_gap(&fw, figures.workshop(), "staff").unwrap();
    assert_eq!(
        numbers.message(&fw, "en"),
        "'Peer / community' rate 'How many peer workers are on staff?' 12 lower than 'Staff'"
    );
    // One role alone, or roles that agree, give no summary.
    let mut agree = session();
    agree.add_vote("referral", &Voter::Role("staff".into()), Response::Level(1));
    agree.add_vote("referral", &Voter::Role("peer".into()), Response::Level(1));
    assert!(role_gap(&fw, agree.workshop(), "referral").is_none());
}

#[test]
fn huge_counts_from_a_file_saturate_instead_of_overflowing() {
    let fw = fw();
    let mut s = session();
    s.set_count("referral", "0", u32::MAX);
    s.set_count("referral", "2", 5);
    s.add_vote("referral", &Voter::Role("peer".into()), Response::Level(0));
    let spread = spread(
        &fw,
        fw.question("referral").unwrap(),
        s.votes("referral").unwrap(),
    );
    assert_eq!(spread.votes, u32::MAX);
    assert_eq!(spread.bins[0].count, u32::MAX);
}

#[test]
fn the_suggested_consensus_is_the_median_the_mode_or_the_majority() {
    use crate::session::workshop::suggest::suggestion;
    let fw = fw();
    let q = |id: &str| fw.question(id).unwrap();
    let mut s = session();
    for (who, level) in [("p1", 2), ("p2", 0), ("p3", 1), ("p4", 2)] {
        s.add_vote(
            "referral",
            &Voter::Participant(who.into()),
            Response::Level(level),
        );
    }
    s.set_count("referral", "dont_know", 3);
    // 0, 1, 2, 2: the lower middle answer.
    assert_eq!(
        suggestion(q("referral"), s.votes("referral").unwrap()),
        Some(Response::Level(1))
    );
    s.set_count("referral", "2", 2);
    assert_eq!(
        suggestion(q("referral"), s.votes("referral").unwrap()),
        Some(Response::Level(2))
    );
    s.set_count("abortion", "no", 1);
    s.set_count("abortion", "yes", 2);
    assert_eq!(
        suggestion(q("abortion"), s.votes("abortion").unwrap()),
        Some(Response::YesNo(crate::answers::YesNo::Yes))
    );
    s.set_count("legal", "restricted", 2);
    s.set_count("legal", "legal", 2);
    assert_eq!(
        suggestion(q("legal"), s.votes("legal").unwrap()),
        Some(Response::Choice("legal".into())),
        "a tie goes to the option listed first"
    );
    let ticks = |ids: &[&str]| Response::Checklist(ids.iter().map(|i| (*i).to_owned()).collect());
    s.add_vote(
        "package",
        &Voter::Participant("p1".into()),
        ticks(&["nsp", "condoms"]),
    );
    s.add_vote("package", &Voter::Participant("p2".into()), ticks(&["nsp"]));
    s.add_vote(
        "package",
        &Voter::Participant("p3".into()),
        ticks(&["hiv_test", "nsp"]),
    );
    assert_eq!(
        suggestion(q("package"), s.votes("package").unwrap()),
        Some(ticks(&["nsp"]))
    );
    s.set_count("staff", "na", 1);
    s.set_range("staff", Some((1.0, 9.0)));
    assert_eq!(
        suggestion(q("staff"), s.votes("staff").unwrap()),
        None,
        "a range names no figure"
    );
}
