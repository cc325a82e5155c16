//! The language of integra's own words from the outside: `LANG` (and friends) pick it when
//! `--lang` is not given, and `--lang` wins over the environment. The wizard is driven on a
//! pseudo-terminal; the command line is run as a process.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::support::cmd;

use crate::support::pty;

use std::path::Path;
use std::process::{Output, Stdio};

use pty::{DOWN, ENTER, Pty};

const SIZE: (u16, u16) = (80, 24);

#[test]
fn the_wizard_speaks_the_language_of_the_environment() {
    let home = tempfile::tempdir().unwrap();
    let mut term = Pty::spawn_env(&["run"], home.path(), SIZE, &[("LANG", "fr_FR.UTF-8")]);
    let screen = term.wait_for("Nouvelle évaluation");
    assert!(screen.contains("Français"), "{screen}");
    assert!(screen.contains("q quitter"), "{screen}");
    // A new assessment goes on in French: the setup screen, then the first question.
    term.send(ENTER);
    term.wait_for("À propos de cette évaluation");
    for _ in 0..6 {
        term.send(DOWN);
    }
    term.send(ENTER);
    let question = term.wait_for("Conseils :");
    assert!(question.contains(" sur "), "{question}");
    term.send("q");
    term.wait_for("Quitter integra ?");
    term.send("y");
    assert_eq!(term.wait_exit(), 0);
}

#[test]
fn lang_wins_over_the_environment_and_c_means_english() {
    let home = tempfile::tempdir().unwrap();
    let args = ["run", "--lang", "ru"];
    let mut term = Pty::spawn_env(&args, home.path(), SIZE, &[("LC_ALL", "fr_FR.UTF-8")]);
    term.wait_for("Новая оценка");
    // Nothing is open yet: q quits at once.
    term.send("q");
    assert_eq!(term.wait_exit(), 0);
    let mut term = Pty::spawn_env(&["run"], home.path(), SIZE, &[("LC_ALL", "C")]);
    term.wait_for("New assessment");
    term.send("q");
    assert_eq!(term.wait_exit(), 0);
}

fn integra(args: &[&str], lang: &str) -> Output {
    let home = tempfile::tempdir().unwrap();
    cmd::integra_at_repo(home.path())
        .args(args)
        .env("LANG", lang)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

#[test]
fn command_line_messages_follow_the_environment() {
    let out = integra(&["run"], "es_ES.UTF-8");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        err.contains("el asistente necesita un terminal interactivo"),
        "{err}"
    );
    let out = integra(&["run"], "C.UTF-8");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("the wizard needs an interactive terminal"),
        "{err}"
    );

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("r.txt");
    let report = [
        "report",
        "tests/fixtures/report/session.toml",
        "--framework",
        "tests/fixtures/report/readiness.toml",
        "--format",
        "txt",
        "--lang",
        "ru",
        "--output",
        file.to_str().unwrap(),
    ];
    let out = integra(&report, "en_GB.UTF-8");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("Отчёт (Простой текст) записан"), "{err}");
    let text = std::fs::read_to_string(Path::new(&file)).unwrap();
    assert!(
        text.starts_with("ОТЧЁТ О ГОТОВНОСТИ К ИНТЕГРАЦИИ"),
        "{text}"
    );
}

#[test]
fn the_scorecard_speaks_the_report_language() {
    let args = [
        "score",
        "tests/fixtures/report/session.toml",
        "--framework",
        "tests/fixtures/report/readiness.toml",
        "--lang",
        "fr",
    ];
    let out = integra(&args, "C.UTF-8");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    for phrase in [
        "Global : 73.3 / 100",
        "Couverture : 5 sur 5",
        "Principes",
        "Verrous non franchis",
    ] {
        assert!(text.contains(phrase), "no '{phrase}':\n{text}");
    }
    for english in ["Overall:", "Coverage:", "Failed gates", "Top actions"] {
        assert!(!text.contains(english), "'{english}' left:\n{text}");
    }
}

#[test]
fn present_ascii_and_lang_are_accepted_without_run() {
    // `integra --lang fr --present --ascii` means `integra run …`: clap accepts the flags,
    // and the wizard (here without a terminal) speaks French.
    let out = integra(&["--lang", "fr", "--present", "--ascii"], "C.UTF-8");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        err.contains("l'assistant a besoin d'un terminal interactif"),
        "{err}"
    );
}
