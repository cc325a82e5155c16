//! `integra --help` in the reader's language: the real binary, English and French, checked
//! against snapshots. English is clap's output from the doc comments in src/cli.rs.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use std::process::Command;

/// `integra ARGS` with `LANG` set to `lang` (none: no language variable at all) and a fixed
/// width, so the wrapping does not depend on the terminal running the tests.
fn help(lang: Option<&str>, args: &[&str]) -> String {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_integra"));
    cmd.args(args)
        .env("COLUMNS", "100")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    if let Some(lang) = lang {
        cmd.env("LANG", lang);
    }
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{args:?} failed: {out:?}");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn english_help() {
    insta::assert_snapshot!(help(None, &["--help"]));
}

#[test]
fn french_help() {
    insta::assert_snapshot!(help(Some("fr_FR.UTF-8"), &["--help"]));
}

#[test]
fn french_report_help() {
    let text = help(Some("fr_FR.UTF-8"), &["report", "--help"]);
    assert!(text.contains("Utilisation : integra report"), "{text}");
    assert!(text.contains("Écrire le rapport dans ce fichier"), "{text}");
    assert!(!text.contains("Write the report"), "{text}");
    insta::assert_snapshot!(text);
}

/// `LC_ALL` wins over `LANG`, as for every other message; an unknown language gives English.
#[test]
fn language_follows_the_environment() {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_integra"));
    let out = cmd
        .args(["--help"])
        .env("COLUMNS", "100")
        .env("LANG", "fr_FR.UTF-8")
        .env("LC_ALL", "es_ES.UTF-8")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Uso: integra"), "{text}");
    assert_eq!(
        help(Some("de_DE.UTF-8"), &["--help"]),
        help(None, &["--help"])
    );
}
