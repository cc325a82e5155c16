//! The wizard's editing API and the file form of workshop data.

use std::path::PathBuf;

use super::*;
use crate::answers::{YesNo, parse_sheet};
use crate::framework::{Framework, Origin, from_str};
use crate::session::Record;

const FW: &str = include_str!("../../../tests/fixtures/valid/minimal.toml");

fn fw() -> Framework {
    from_str("minimal.toml", FW, Origin::Embedded).unwrap()
}

fn session() -> Session {
    Session::new(&fw(), "en", PathBuf::from("s.toml"), "2026-12-01")
}

fn p(id: &str) -> Voter {
    Voter::Participant(id.into())
}

#[test]
fn participants_get_the_next_free_id_and_take_their_votes_when_removed() {
    let mut s = session();
    assert_eq!(s.add_participant(Some("AB".into()), "staff"), "p1");
    assert_eq!(s.add_participant(None, "peer"), "p2");
    assert_eq!(s.add_participant(Some("  ".into()), "peer"), "p3");
    assert_eq!(s.participants()[2].name, None, "blank names are no names");
    s.add_vote("referral", &p("p1"), Response::Level(2));
    s.add_vote("referral", &p("p2"), Response::Level(0));
    s.add_vote("abortion", &p("p2"), Response::YesNo(YesNo::No));
    let kept: Vec<Participant> = s.participants()[..1].to_vec();
    s.set_participants(kept);
    assert_eq!(s.votes("referral").unwrap().by_participant.len(), 1);
    assert!(s.votes("abortion").is_none(), "an emptied entry is removed");
    // A new participant does not reuse an id still in the list.
    assert_eq!(s.add_participant(None, "other"), "p2");
    let mut twice = s.participants().to_vec();
    twice.push(twice[0].clone());
    s.set_participants(twice);
    let ids: Vec<&str> = s.participants().iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["p1", "p2", "p3"], "a repeated id is given a new one");
}

#[test]
fn votes_replace_per_voter_and_clear_without_touching_the_consensus() {
    let mut s = session();
    s.answers_mut().set("referral", Response::Level(1));
    s.add_vote("referral", &p("p1"), Response::Level(0));
    s.add_vote("referral", &p("p1"), Response::Level(2));
    s.add_vote("referral", &Voter::Role("peer".into()), Response::Level(0));
    s.set_count("referral", "1", 3);
    let v = s.votes("referral").unwrap();
    assert_eq!(v.by_participant["p1"], Response::Level(2));
    assert_eq!(v.by_role["peer"], Response::Level(0));
    assert_eq!(v.counts["1"], 3);
    s.bump_count("referral", "1", 1);
    s.bump_count("referral", "0", -1);
    assert_eq!((s.count("referral", "1"), s.count("referral", "0")), (4, 0));
    s.bump_count("referral", "1", -1);
    s.remove_vote("referral", &Voter::Role("peer".into()));
    s.set_count("referral", "1", 0);
    assert_eq!(s.votes("referral").unwrap().named().count(), 1);
    s.clear_votes("referral");
    assert!(s.votes("referral").is_none());
    assert_eq!(s.answers().get("referral"), Some(&Response::Level(1)));
    s.set_range("staff", Some((30.0, 4.0)));
    assert_eq!(s.votes("staff").unwrap().range, Some((4.0, 30.0)));
    s.set_range("staff", None);
    assert!(s.workshop().is_empty());
}

#[test]
fn parking_and_action_owners() {
    let mut s = session();
    s.park("referral");
    s.park("staff");
    s.park("referral");
    assert_eq!(s.workshop().parked, ["referral", "staff"]);
    s.unpark("referral");
    assert!(!s.is_parked("referral") && s.is_parked("staff"));
    s.set_action_owner("referral", Some("MK".into()));
    s.set_action_due("referral", Some("2027-01-31".into()));
    let plan = s.action_plan("referral").unwrap();
    assert_eq!(
        (plan.owner.as_deref(), plan.due.as_deref()),
        (Some("MK"), Some("2027-01-31"))
    );
    s.set_action_owner("referral", Some(" ".into()));
    s.set_action_due("referral", None);
    assert!(s.action_plan("referral").is_none());
}

fn busy() -> Session {
    let mut s = session();
    s.add_participant(Some("AB".into()), "staff");
    s.add_participant(None, "peer");
    s.answers_mut().set("referral", Response::Level(1));
    s.add_vote("referral", &p("p1"), Response::Level(2));
    s.add_vote("referral", &p("p2"), Response::Level(0));
    s.add_vote(
        "referral",
        &Voter::Group("group-b".into()),
        Response::Level(1),
    );
    s.add_vote(
        "package",
        &Voter::Role("clinician".into()),
        Response::Checklist(vec!["nsp".into(), "condoms".into()]),
    );
    s.set_count("package", "nsp", 4);
    s.set_count("abortion", "partial", 2);
    s.set_range("staff", Some((3.0, 12.5)));
    s.park("staff");
    s.set_action_owner("referral", Some("MK".into()));
    s.set_minutes("services", Some(25));
    s.workshop.spent.insert("services".into(), 1260);
    s
}

#[test]
fn workshop_data_reads_back_identical_and_the_file_still_scores_as_before() {
    let s = busy();
    let text = s.to_toml();
    let parsed = parse_sheet("s.toml", &text).unwrap();
    let (read, dropped) = file::read(parsed.session(), &fw());
    assert!(dropped.is_empty(), "{dropped:?}");
    assert_eq!(read, s.workshop, "{text}");
    assert_eq!(Record::from_table(parsed.session()), s.record);
    // The answers are the consensus, and only they score.
    let sheet = parsed.against(&fw()).unwrap();
    assert_eq!(sheet, s.sheet);
    assert!(!text.contains("[workshop"), "kept inside [session]: {text}");
}

#[test]
fn a_session_without_participants_is_written_as_before() {
    let mut s = session();
    s.answers_mut().set("referral", Response::Level(1));
    s.record.position = Some("referral".into());
    let text = s.to_toml();
    for key in file::KEYS {
        assert!(!text.contains(key), "{key} in {text}");
    }
    let parsed = parse_sheet("s.toml", &text).unwrap();
    assert!(file::read(parsed.session(), &fw()).0.is_empty());
}

#[test]
fn a_vote_that_no_longer_fits_is_left_out_and_reported_the_rest_kept() {
    let mut text = busy().to_toml().replace("p2 = 0", "p2 = 7");
    text.push_str("\n[session.votes.gone.participants]\np1 = 1\n");
    let parsed = parse_sheet("s.toml", &text).unwrap();
    let (read, dropped) = file::read(parsed.session(), &fw());
    let messages: Vec<String> = dropped.iter().map(|d| d.message.clone()).collect();
    assert_eq!(messages.len(), 2, "{messages:?}\n{text}");
    assert!(
        messages.iter().any(|m| m.contains("'gone'")),
        "{messages:?}"
    );
    assert!(messages.iter().any(|m| m.contains("'p2'")), "{messages:?}");
    let referral = &read.votes["referral"];
    assert_eq!(referral.by_participant.len(), 1);
    assert_eq!(referral.by_group.len(), 1);
}

#[test]
fn a_reopened_session_keeps_its_workshop() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = busy();
    s.path = dir.path().join("w.toml");
    crate::session::save(&mut s, &fw(), "2026-12-01T14:00:00Z").unwrap();
    let opened = crate::session::open(&s.path, &[fw()]).unwrap();
    assert!(opened.warnings.is_empty(), "{:?}", opened.warnings);
    assert_eq!(opened.session.workshop, s.workshop);
}

#[test]
fn names_and_owners_lose_terminal_control_characters_on_reading() {
    let mut s = busy();
    s.set_action_owner("referral", Some("M\u{1b}[31mK".into()));
    s.set_participants(vec![Participant {
        id: "p1".into(),
        name: Some("A\u{7}B".into()),
        role: "staff".into(),
    }]);
    let parsed = parse_sheet("s.toml", &s.to_toml()).unwrap();
    let (read, _) = file::read(parsed.session(), &fw());
    assert_eq!(read.participants[0].name.as_deref(), Some("AB"));
    assert!(
        !read.actions["referral"]
            .owner
            .as_deref()
            .unwrap()
            .contains('\u{1b}')
    );
}

#[test]
fn a_migrated_session_keeps_its_votes_parking_lot_and_owners() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = busy();
    s.path = dir.path().join("w.toml");
    crate::session::save(&mut s, &fw(), "2026-12-01T14:00:00Z").unwrap();
    let next = from_str(
        "m.toml",
        &FW.replace("version = \"1.0.0\"", "version = \"1.1.0\""),
        Origin::Embedded,
    )
    .unwrap();
    let m =
        crate::session::migrate::migrate(&s.path, &next, Some(&fw()), dir.path().join("n.toml"))
            .unwrap();
    assert_eq!(m.session.workshop, s.workshop);
}

#[test]
fn a_vote_that_no_longer_fits_on_reopening_is_reported_and_the_file_backed_up() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = busy();
    s.path = dir.path().join("w.toml");
    crate::session::save(&mut s, &fw(), "2026-12-01T14:00:00Z").unwrap();
    let text = std::fs::read_to_string(&s.path).unwrap();
    std::fs::write(&s.path, text.replace("p2 = 0", "p2 = 9")).unwrap();
    let opened = crate::session::open(&s.path, &[fw()]).unwrap();
    let said = opened.warnings_in(crate::i18n::Lang::En).join("\n");
    assert!(said.contains("'p2'"), "{said}");
    assert!(
        !opened.session.workshop.votes["referral"]
            .by_participant
            .contains_key("p2")
    );
    let backups = std::fs::read_dir(dir.path())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .ends_with(".bak")
        })
        .count();
    assert_eq!(backups, 1, "{said}");
}

#[test]
fn votes_taken_in_turn_go_to_the_next_participant_without_one() {
    let mut s = session();
    for role in ["staff", "peer", "peer"] {
        s.add_participant(None, role);
    }
    let mut keys = 0;
    for level in [2, 0, 1] {
        let next = s.next_voter("referral").unwrap().id.clone();
        s.add_vote("referral", &p(&next), Response::Level(level));
        keys += 1;
    }
    assert_eq!(keys, 3);
    assert!(s.next_voter("referral").is_none(), "everyone has voted");
    assert_eq!(
        s.votes("referral").unwrap().by_participant["p2"],
        Response::Level(0)
    );
    assert_eq!(s.next_voter("staff").unwrap().id, "p1");
}

#[test]
fn a_range_that_is_not_two_finite_numbers_is_left_out() {
    for range in ["[nan, 3.0]", "[1.0, inf]", "[1.0]", "\"wide\""] {
        let text =
            format!("framework = \"minimal\"\n[answers]\n[session.votes.staff]\nrange = {range}\n");
        let parsed = parse_sheet("s.toml", &text).unwrap();
        let (read, _) = file::read(parsed.session(), &fw());
        assert!(read.votes.is_empty(), "{range}: {read:?}");
    }
}
