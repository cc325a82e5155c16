//! Merging groups: votes, consensus, conflicts, notes, facts and workshop data.

use super::*;
use crate::answers::YesNo;

fn group(name: &str, answers: &[(&str, Response)], notes: &[(&str, &str)]) -> Group {
    let mut sheet = AnswerSheet {
        framework: "minimal".into(),
        version: Some("1.0.0".into()),
        ..AnswerSheet::default()
    };
    for (q, r) in answers {
        sheet.answers.set(*q, r.clone());
    }
    for (q, n) in notes {
        sheet.answers.set_note(*q, *n);
    }
    Group {
        name: name.into(),
        sheet,
        workshop: Workshop::default(),
    }
}

#[test]
fn repeated_file_names_become_distinct_groups() {
    let stems = ["a", "a", "", "a-2"].map(str::to_owned);
    assert_eq!(group_names(&stems), ["a", "a-2", "group", "a-2-2"]);
}

#[test]
fn answers_become_group_votes_and_agreement_becomes_the_consensus() {
    let a = group(
        "a",
        &[
            ("referral", Response::Level(1)),
            ("abortion", Response::YesNo(YesNo::Yes)),
        ],
        &[("referral", "slips only")],
    );
    let b = group(
        "b",
        &[
            ("referral", Response::Level(2)),
            ("abortion", Response::YesNo(YesNo::Yes)),
        ],
        &[("referral", "a tracking sheet")],
    );
    let (s, conflicts) = merge(&[a, b], "m.toml".into());
    let referral = s.votes("referral").unwrap();
    assert_eq!(referral.by_group["a"], Response::Level(1));
    assert_eq!(referral.by_group["b"], Response::Level(2));
    assert_eq!(s.answers().get("referral"), None, "the room settles it");
    assert_eq!(
        s.answers().get("abortion"),
        Some(&Response::YesNo(YesNo::Yes))
    );
    assert_eq!(
        conflicts,
        [Conflict::Answer {
            question: "referral".into(),
            answers: vec![
                ("a".into(), Response::Level(1)),
                ("b".into(), Response::Level(2))
            ],
        }]
    );
    assert_eq!(
        s.answers().note("referral"),
        Some("[a] slips only\n\n[b] a tracking sheet")
    );
}

#[test]
fn facts_that_differ_are_kept_side_by_side_and_listed() {
    let mut a = group("a", &[], &[]);
    let mut b = group("b", &[], &[]);
    a.sheet.meta.programme = Some("Harbour Lane".into());
    b.sheet.meta.programme = Some("Harbour Lane".into());
    a.sheet.meta.date = Some("2026-12-01".into());
    b.sheet.meta.date = Some("2026-12-02".into());
    a.sheet.meta.facilitator = Some("AF".into());
    b.sheet.meta.facilitator = Some("BG".into());
    let (s, conflicts) = merge(&[a, b], "m.toml".into());
    assert_eq!(s.sheet.meta.programme.as_deref(), Some("Harbour Lane"));
    assert_eq!(
        s.sheet.meta.date.as_deref(),
        Some("2026-12-01 / 2026-12-02")
    );
    assert_eq!(s.sheet.meta.facilitator.as_deref(), Some("AF / BG"));
    assert_eq!(conflicts.len(), 1, "{conflicts:?}");
    assert!(matches!(conflicts[0], Conflict::Fact { key: "date", .. }));
}

#[test]
fn participants_votes_and_workshop_data_come_across_per_group() {
    let mut a = group("a", &[], &[]);
    let mut b = group("b", &[], &[]);
    let mut sa = Session::new(
        &crate::framework::from_str(
            "m.toml",
            include_str!("../../../tests/fixtures/valid/minimal.toml"),
            crate::framework::Origin::Embedded,
        )
        .unwrap(),
        "en",
        "a.toml".into(),
        "2026-12-01",
    );
    let p = sa.add_participant(Some("AB".into()), "peer");
    sa.add_vote("referral", &Voter::Participant(p), Response::Level(0));
    sa.add_vote("referral", &Voter::Role("staff".into()), Response::Level(2));
    sa.set_count("abortion", "yes", 2);
    sa.set_range("staff", Some((1.0, 5.0)));
    sa.park("staff");
    sa.set_action_owner("referral", Some("MK".into()));
    a.workshop = sa.workshop.clone();
    let mut sb = sa.clone();
    sb.set_action_owner("referral", Some("LT".into()));
    sb.set_range("staff", Some((3.0, 9.0)));
    b.workshop = sb.workshop.clone();
    let (s, conflicts) = merge(&[a, b], "m.toml".into());
    let ids: Vec<&str> = s.participants().iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["a.p1", "a.role-staff", "b.p1", "b.role-staff"]);
    let referral = s.votes("referral").unwrap();
    assert_eq!(referral.by_participant.len(), 4);
    assert_eq!(referral.by_participant["b.role-staff"], Response::Level(2));
    assert_eq!(s.votes("abortion").unwrap().counts["yes"], 4);
    assert_eq!(s.votes("staff").unwrap().range, Some((1.0, 9.0)));
    assert_eq!(s.workshop().parked, ["staff"]);
    assert_eq!(
        s.action_plan("referral").unwrap().owner.as_deref(),
        Some("MK / LT")
    );
    assert_eq!(
        conflicts,
        [Conflict::Action {
            question: "referral".into()
        }]
    );
}
