//! A workshop of three on the real binary in a pseudo-terminal: participants added on the
//! setup screen, votes on two questions (one where they agree, one where they diverge),
//! the consensus set, and a JSON report carrying `questions[].votes` and `divergent`.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use std::path::Path;

use crate::support::pty::{self, DOWN, ENTER, Pty, RIGHT, UP};

fn report_json(home: &Path, file: &Path, fw: &Path) -> serde_json::Value {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_integra"))
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args(["report", file.to_str().unwrap(), "--format", "json"])
        .args(["--framework", fw.to_str().unwrap()])
        .current_dir(home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn question<'a>(report: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    report["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["id"] == id)
        .unwrap()
}

#[test]
fn a_workshop_of_three_votes_sets_the_consensus_and_reports_the_votes() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("workshop.toml");
    let fw = pty::wizard_fixture();
    let mut t = Pty::spawn_fixture_session(&file, home.path(), (80, 24));
    t.wait_for("About this assessment");
    t.send("Nova workshop");
    for _ in 0..7 {
        t.send(DOWN);
    }
    t.wait_for("Add a participant");
    // AB (staff), CD (peer / community), EF (peer, as the one before).
    t.send(ENTER);
    t.send("AB");
    t.send(ENTER);
    t.send(ENTER);
    t.send(RIGHT);
    t.send("CD");
    t.send(ENTER);
    t.send(ENTER);
    t.send("EF");
    let screen = t.wait_for("EF");
    assert!(screen.contains("Initials are enough"), "{screen}");
    for _ in 0..3 {
        t.send(UP);
    }
    t.send(ENTER);
    t.wait_for("Is abortion legal");
    t.wait_for("v votes");
    // Legal, legal, narrow grounds: Enter takes the most common as the consensus.
    t.send("v");
    t.wait_for("Votes:");
    t.send("112");
    t.wait_for("Enter accepts 'Legal on request");
    t.send(ENTER);
    t.wait_for("Anything about the site");
    t.send(RIGHT);
    t.wait_for("Are referrals followed up");
    // Absent, Routine, Routine: the whole scale, so the room discusses first.
    t.send("133");
    t.wait_for("The votes diverge, from 'Absent' to 'Routine'");
    t.send(ENTER);
    t.wait_for("discuss, then press the consensus answer's key");
    t.send("2");
    t.wait_for("Consensus: 'Starting'");
    t.send("q");
    t.wait_for("Quit integra?");
    t.send("y");
    assert_eq!(t.wait_exit(), 0);
    assert!(t.restored());
    assert!(pty::sessions(home.path()).is_empty(), "kept at --session");

    let report = report_json(home.path(), &file, &fw);
    let legal = question(&report, "legal");
    assert_eq!(legal["answer"], "Legal on request or broad grounds");
    assert_eq!(legal["divergent"], false);
    assert_eq!(legal["votes"].as_array().unwrap().len(), 3);
    let referral = question(&report, "referral");
    assert_eq!(referral["answer"], "Starting", "the consensus scores");
    assert_eq!(referral["divergent"], true);
    let votes: Vec<(String, String)> = referral["votes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            (
                v["who"].as_str().unwrap().to_owned(),
                v["answer"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        votes,
        [
            ("AB".to_owned(), "Absent".to_owned()),
            ("CD".to_owned(), "Routine".to_owned()),
            ("EF".to_owned(), "Routine".to_owned()),
        ]
    );
    let roles: Vec<&str> = referral["votes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["role"].as_str().unwrap())
        .collect();
    assert_eq!(roles, ["staff", "peer", "peer"]);
    // An ordinary question carries neither.
    let staff = question(&report, "staff");
    assert!(staff.get("votes").is_none_or(serde_json::Value::is_null));
}
