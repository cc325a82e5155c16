//! `integra report --format csv --by principle`: one row per principle.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use std::process::Command;

fn run(extra: &[&str]) -> std::process::Output {
    let dir = tempfile::tempdir().unwrap();
    Command::new(env!("CARGO_BIN_EXE_integra"))
        // English whatever the machine's locale; a test that wants a language sets it.
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args([
            "report",
            "tests/fixtures/report/session.toml",
            "--framework",
            "tests/fixtures/report/readiness.toml",
        ])
        .args(extra)
        .env("XDG_CONFIG_HOME", dir.path())
        .output()
        .unwrap()
}

#[test]
fn one_row_per_principle_with_share_score_counts_and_gates() {
    let out = run(&["--format", "csv", "--by", "principle"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let csv = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "number,principle_id,principle,weight,share_percent,score,band,answered,applicable,visible,questions,gates,failed_gates,capped_at"
    );
    assert_eq!(lines.len(), 4, "header and three principles:\n{csv}");
    // Context: no share, never scored, numbered 0 so the scored principles count from 1; its
    // two questions are shown.
    assert_eq!(lines[1], "0,context,Context,1,0.0,,,0,0,2,2,,,");
    // Services: weight 2 of 3; referral 0.5×2, pac 1, package 0.8 → (1 + 1 + 0.8) ÷ 4 = 70;
    // the abortion question is hidden (abortion is not legal), and its referral gate fails.
    assert_eq!(
        lines[2],
        "1,services,Services,2,66.7,70.0,Ready to integrate,3,3,3,4,referral-followup,referral-followup,Building readiness"
    );
    assert_eq!(
        lines[3],
        "2,people,People,1,33.3,80.0,Ready to integrate,2,2,2,2,people-minimum,,"
    );
}

#[test]
fn by_principle_is_only_a_csv_layout() {
    let out = run(&["--format", "md", "--by", "principle"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--format csv"));
}
