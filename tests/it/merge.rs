//! `integra merge`: breakout groups' sessions combined without losing an answer or a note
//! (a property test over generated sessions), refusals naming the file, a private output.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use std::path::{Path, PathBuf};
use std::process::Output;

use integra::answers::{AnswerSheet, Response, YesNo, parse_sheet};
use integra::framework::{self, Framework};
use integra::session::merge::{Group, merge};
use integra::session::workshop::{Workshop, file};
use proptest::prelude::*;

use crate::support::cmd;

const FRAMEWORK: &str = "tests/fixtures/valid/minimal.toml";
const WORKSHOP: &str = "tests/fixtures/answers/minimal-workshop.toml";
const BUILDING: &str = "tests/fixtures/answers/minimal-building.toml";

fn fw() -> Framework {
    framework::from_path(Path::new(FRAMEWORK)).unwrap()
}

fn integra(home: &Path, args: &[&str]) -> Output {
    cmd::integra_at_repo(home).args(args).output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

#[test]
fn two_groups_merge_into_a_private_workshop_session_that_scores() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("merged.toml");
    let o = integra(
        dir.path(),
        &[
            "merge",
            WORKSHOP,
            BUILDING,
            "-o",
            out.to_str().unwrap(),
            "--framework",
            FRAMEWORK,
        ],
    );
    let said = stderr(&o);
    assert!(o.status.success(), "{said}");
    assert!(said.contains("Merged 2 sessions into"), "{said}");
    // referral: 1 in both (agreed); legal and package differ.
    assert!(said.contains("'legal': minimal-workshop 'Legal on request or broad grounds', minimal-building 'Not legal' (no consensus set)"), "{said}");
    assert!(
        said.contains(
            "Date: minimal-workshop '2026-12-01', minimal-building '2026-11-23' (all kept)"
        ),
        "{said}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&out).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let text = std::fs::read_to_string(&out).unwrap();
    let parsed = parse_sheet("merged.toml", &text).unwrap();
    let (w, dropped) = file::read(parsed.session(), &fw());
    assert!(dropped.is_empty());
    assert_eq!(w.votes["referral"].by_group.len(), 2);
    assert_eq!(
        w.votes["referral"].by_participant["minimal-workshop.p3"],
        Response::Level(0)
    );
    let sheet = parsed.against(&fw()).unwrap();
    assert_eq!(sheet.answers.get("referral"), Some(&Response::Level(1)));
    assert_eq!(sheet.answers.get("legal"), None);
    let score = integra(
        dir.path(),
        &["score", out.to_str().unwrap(), "--framework", FRAMEWORK],
    );
    assert!(score.status.success(), "{}", stderr(&score));
    // Never written over.
    let again = integra(
        dir.path(),
        &[
            "merge",
            WORKSHOP,
            BUILDING,
            "-o",
            out.to_str().unwrap(),
            "--framework",
            FRAMEWORK,
        ],
    );
    assert_eq!(again.status.code(), Some(1));
    assert!(
        stderr(&again).contains("already exists"),
        "{}",
        stderr(&again)
    );
}

#[test]
fn sessions_of_another_framework_or_version_are_refused_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("other.toml");
    let text = std::fs::read_to_string(BUILDING).unwrap();
    std::fs::write(
        &other,
        text.replace("version = \"1.0.0\"", "version = \"2.0.0\""),
    )
    .unwrap();
    let out = dir.path().join("merged.toml");
    let o = integra(
        dir.path(),
        &[
            "merge",
            WORKSHOP,
            other.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--framework",
            FRAMEWORK,
        ],
    );
    let said = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{said}");
    assert!(
        said.contains(&format!(
            "'{}' is a session of 'minimal' version 2.0.0, not of 'minimal' version 1.0.0",
            other.display()
        )),
        "{said}"
    );
    assert!(!out.exists());
    std::fs::write(
        &other,
        text.replace("framework = \"minimal\"", "framework = \"quick-check\""),
    )
    .unwrap();
    let o = integra(
        dir.path(),
        &[
            "merge",
            WORKSHOP,
            other.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ],
    );
    assert!(
        stderr(&o).contains("is a session of 'quick-check'"),
        "{}",
        stderr(&o)
    );
    assert!(!out.exists());
}

/// A group's answers (question id, response), each present or not.
type GenAnswers = Vec<Option<(&'static str, Response)>>;

/// One generated answer to each question of the minimal framework, or none.
fn answer() -> impl Strategy<Value = GenAnswers> {
    let referral = prop_oneof![
        (0i64..=2).prop_map(Response::Level),
        Just(Response::NotApplicable),
        Just(Response::DontKnow)
    ];
    let abortion = prop_oneof![Just(YesNo::Yes), Just(YesNo::Partial), Just(YesNo::No)]
        .prop_map(Response::YesNo);
    let legal = prop_oneof![Just("legal"), Just("restricted"), Just("illegal")]
        .prop_map(|s| Response::Choice(s.into()));
    let package = proptest::sample::subsequence(vec!["hiv_test", "nsp", "condoms"], 0..=3)
        .prop_map(|v| Response::Checklist(v.into_iter().map(str::to_owned).collect()));
    let staff = (0u32..=50).prop_map(|n| Response::Number(f64::from(n)));
    (
        proptest::option::of(legal),
        proptest::option::of(referral),
        proptest::option::of(abortion),
        proptest::option::of(package),
        proptest::option::of(staff),
    )
        .prop_map(|(a, b, c, d, e)| {
            vec![
                a.map(|r| ("legal", r)),
                b.map(|r| ("referral", r)),
                c.map(|r| ("abortion", r)),
                d.map(|r| ("package", r)),
                e.map(|r| ("staff", r)),
            ]
        })
}

/// A group's answers and a note (or none) on each question.
fn group() -> impl Strategy<Value = (GenAnswers, Vec<Option<String>>)> {
    (
        answer(),
        proptest::collection::vec(proptest::option::of("[a-z \\[\\]\"\n]{1,20}"), 5),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn every_input_answer_and_note_is_in_the_merged_file(
        groups in proptest::collection::vec(group(), 2..5),
        stems in proptest::collection::vec(prop_oneof![Just("a"), Just("b"), Just("g")], 4),
    ) {
        let fw = fw();
        let ids = ["legal", "referral", "abortion", "package", "staff"];
        let names = integra::session::merge::group_names(
            &stems[..groups.len()].iter().map(|s| (*s).to_owned()).collect::<Vec<_>>(),
        );
        let input: Vec<Group> = groups
            .iter()
            .zip(&names)
            .map(|((answers, notes), name)| {
                let mut sheet = AnswerSheet {
                    framework: "minimal".into(),
                    version: Some("1.0.0".into()),
                    ..AnswerSheet::default()
                };
                for (q, r) in answers.iter().flatten() {
                    sheet.answers.set(*q, r.clone());
                }
                for (q, n) in ids.iter().zip(notes) {
                    if let Some(n) = n {
                        sheet.answers.set_note(*q, n.clone());
                    }
                }
                Group { name: name.clone(), sheet, workshop: Workshop::default() }
            })
            .collect();
        let (session, _) = merge(&input, PathBuf::from("merged.toml"));
        // Through the file, as `integra merge` writes it.
        let text = session.to_toml();
        let parsed = parse_sheet("merged.toml", &text).unwrap();
        let (w, dropped) = file::read(parsed.session(), &fw);
        prop_assert!(dropped.is_empty());
        let sheet = parsed.against(&fw).unwrap();
        for g in &input {
            for (q, r) in g.sheet.answers.responses() {
                let vote = w.votes.get(q).and_then(|v| v.by_group.get(&g.name));
                prop_assert_eq!(vote, Some(r), "{} {} in {}", g.name, q, text);
            }
            for (q, n) in g.sheet.answers.notes() {
                let merged = sheet.answers.note(q).unwrap_or_default();
                prop_assert!(merged.contains(n), "{} note on {} lost: {}", g.name, q, merged);
            }
        }
        // An answer every group that gave one agrees on is the consensus.
        for q in ids {
            let given: Vec<&Response> = input.iter().filter_map(|g| g.sheet.answers.get(q)).collect();
            if let Some(first) = given.first() && given.iter().all(|r| r == first) {
                prop_assert_eq!(sheet.answers.get(q), Some(*first));
            }
        }
    }
}
