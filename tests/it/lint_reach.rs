//! Deeper reachability warnings through the real binary: nested `all`/`any`/`not`, a `not`
//! of something always true, and chains of questions that are never shown; conditions that
//! look odd but can hold must not warn.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use std::process::Command;

#[test]
fn unreachable_questions_are_warned_about_and_reachable_ones_are_not() {
    let home = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_integra"))
        // English whatever the machine's locale; a test that wants a language sets it.
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args(["validate", "tests/fixtures/warnings/reach.toml"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .output()
        .unwrap();
    assert!(out.status.success(), "warnings alone exit 0");
    let text = String::from_utf8(out.stdout).unwrap();
    let warned: Vec<&str> = text
        .lines()
        .filter(|l| l.contains(": warning: question '"))
        .map(|l| l.split('\'').nth(1).unwrap())
        .collect();
    assert_eq!(
        warned,
        [
            "contradiction",
            "split_bounds",
            "every_branch",
            "not_always",
            "after_contradiction",
            "chained"
        ]
    );
    assert!(
        text.ends_with("reach.toml: ok, 0 errors, 6 warnings\n"),
        "{text}"
    );
    insta::assert_snapshot!("validate-reach", text);
}

#[test]
fn the_manuals_warning_example_gets_its_warning() {
    let manual = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/framework-format.md"),
    )
    .unwrap();
    let start = manual.find("id = \"warning-demo\"").unwrap();
    let end = start + manual[start..].find("```").unwrap();
    let fw = integra::framework::from_str(
        "demo",
        &manual[start..end],
        integra::framework::Origin::Embedded,
    )
    .unwrap();
    let warnings = integra::framework::lint::lint(&fw);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(
        warnings[0].message,
        "question 'outreach_testing' can never be shown: its condition can never hold"
    );
}
