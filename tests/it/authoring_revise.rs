//! Revisions that keep their meaning: `renamed_from` carries answers across a rename,
//! `migrate` says which kept answers now mean something else and which questions are new,
//! and records where the session came from; `report --compare` scores a baseline against
//! its own revision when that is at hand.

use std::path::{Path, PathBuf};
use std::process::Output;

use crate::support::cmd;

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}

fn edit(mut text: String, edits: &[(&str, &str)]) -> String {
    for (from, to) in edits {
        assert!(text.contains(from), "no {from:?}");
        text = text.replacen(from, to, 1);
    }
    text
}

/// Revision 2 of the minimal fixture: a question and an option renamed, a level relabelled,
/// a question added.
pub fn revision_two() -> String {
    let v1 = std::fs::read_to_string(fixture("valid/minimal.toml")).unwrap();
    edit(
        v1,
        &[
            ("version = \"1.0.0\"", "version = \"2.0.0\""),
            ("label = \"Starting\"", "label = \"Started, not checked\""),
            (
                "id = \"referral\"\n",
                "id = \"referral_followup\"\nrenamed_from = \"referral\"\n",
            ),
            (
                "{ id = \"condoms\", label",
                "{ id = \"condom_supply\", renamed_from = \"condoms\", label",
            ),
            (
                "question = \"referral\"",
                "question = \"referral_followup\"",
            ),
            (
                "[[gates]]",
                "[[principles.questions]]\nid = \"outreach\"\nkind = \"yes_no\"\n\
                 text = \"Do peers do outreach?\"\n\n[[gates]]",
            ),
        ],
    )
}

fn run(dir: &Path, args: &[&str]) -> Output {
    let home = tempfile::tempdir().unwrap();
    cmd::integra_in(home.path(), dir)
        .args(args)
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

#[test]
fn migrate_carries_renamed_answers_and_says_what_changed_meaning() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(fixture("valid/minimal.toml"), dir.path().join("v1.toml")).unwrap();
    std::fs::write(dir.path().join("v2.toml"), revision_two()).unwrap();
    std::fs::copy(
        fixture("answers/minimal-building.toml"),
        dir.path().join("answers.toml"),
    )
    .unwrap();
    let out = run(
        dir.path(),
        &[
            "migrate",
            "answers.toml",
            "--to",
            "v2.toml",
            "-o",
            "new.toml",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "Wrote new.toml for framework 'minimal' version 2.0.0.\n\
         Carried 4 of 4 answers and 1 of 1 note.\n\
         Everything came across.\n\
         The answer to 'referral' now answers 'referral_followup' (renamed in this revision).\n\
         Kept, but they mean something else than in minimal 1.0.0; check them with the team:\n  \
         'referral_followup' = 1: was 'Starting' (50), now 'Started, not checked' (50)\n\
         One question is new in this revision, still to be asked: outreach\n"
    );
    let saved = std::fs::read_to_string(dir.path().join("new.toml")).unwrap();
    assert!(saved.contains("referral_followup = 1"), "{saved}");
    assert!(
        saved.contains("package = [\"hiv_test\", \"condom_supply\"]"),
        "{saved}"
    );
    assert!(
        saved.contains("referral_followup = \"Slips are given"),
        "{saved}"
    );
    assert!(
        saved.contains("migrated_from = \"minimal 1.0.0\""),
        "{saved}"
    );
}

#[test]
fn without_the_old_revision_migrate_says_what_it_cannot_check() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("v2.toml"), revision_two()).unwrap();
    std::fs::copy(
        fixture("answers/minimal-building.toml"),
        dir.path().join("answers.toml"),
    )
    .unwrap();
    let out = run(
        dir.path(),
        &[
            "migrate",
            "answers.toml",
            "--to",
            "v2.toml",
            "-o",
            "new.toml",
        ],
    );
    let said = text(&out.stdout);
    assert!(
        said.ends_with(
            "The revision this session was answered against (minimal 1.0.0) was not found, so \
             changed meanings and new questions are not listed: put that framework file beside \
             the session or in ./frameworks to see them.\n"
        ),
        "{said}"
    );
}

#[test]
fn report_compare_scores_a_baseline_against_its_own_revision_when_at_hand() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(fixture("valid/minimal.toml"), dir.path().join("v1.toml")).unwrap();
    std::fs::write(dir.path().join("v2.toml"), revision_two()).unwrap();
    std::fs::copy(
        fixture("answers/minimal-building.toml"),
        dir.path().join("before.toml"),
    )
    .unwrap();
    let migrated = run(
        dir.path(),
        &[
            "migrate",
            "before.toml",
            "--to",
            "v2.toml",
            "-o",
            "now.toml",
        ],
    );
    assert!(migrated.status.success(), "{}", text(&migrated.stderr));
    let out = run(
        dir.path(),
        &[
            "report",
            "now.toml",
            "--framework",
            "v2.toml",
            "--compare",
            "before.toml",
            "--format",
            "txt",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stderr),
        "note: the earlier answers are scored against their own version '1.0.0' (./v1.toml)\n"
    );
    let report = text(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        report.contains("scored against the version they were given on, '1.0.0'"),
        "{report}"
    );
    // The renamed question is compared with its old self, not taken as newly answered.
    assert!(
        report.contains("1.1 Are referrals followed up? Starting -> Started, not checked"),
        "{report}"
    );
}

#[test]
fn report_compare_says_when_the_baseline_revision_is_not_at_hand() {
    let dir = tempfile::tempdir().unwrap();
    let v1 = std::fs::read_to_string(fixture("valid/minimal.toml")).unwrap();
    let v11 = edit(v1, &[("version = \"1.0.0\"", "version = \"1.1.0\"")]);
    std::fs::write(dir.path().join("v1.1.toml"), v11).unwrap();
    let answers = std::fs::read_to_string(fixture("answers/minimal-building.toml")).unwrap();
    std::fs::write(dir.path().join("before.toml"), &answers).unwrap();
    std::fs::write(
        dir.path().join("now.toml"),
        answers.replace("version = \"1.0.0\"", "version = \"1.1.0\""),
    )
    .unwrap();
    let out = run(
        dir.path(),
        &[
            "report",
            "now.toml",
            "--framework",
            "v1.1.toml",
            "--compare",
            "before.toml",
            "--format",
            "txt",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stderr),
        "note: version '1.0.0' of 'minimal' was not found, so the earlier answers are scored \
         against version '1.1.0'; put that framework file beside the earlier answers to score \
         them against their own version\n"
    );
}
