//! Translated `--help` checked against clap: English is the derive output and matches the
//! English catalogue, every help key is used, other languages replace every text.

#![allow(clippy::unwrap_used)]

use clap::{Command, CommandFactory};

use super::{Keys, arg_key, command, wizard_flags};
use crate::cli::Cli;
use crate::i18n::{Lang, has, tr};

/// Every text clap shows in English, with the key that translates it.
fn english_texts() -> Vec<(String, String)> {
    let mut cmd = Cli::command();
    cmd.build();
    let mut out = Vec::new();
    walk(&cmd, &Keys::top(), &mut out);
    out
}

fn walk(cmd: &Command, keys: &Keys, out: &mut Vec<(String, String)>) {
    if let Some(about) = cmd.get_about() {
        out.push((keys.about.clone(), about.to_string()));
    }
    if let Some(long) = cmd.get_long_about() {
        out.push((keys.long.clone(), long.to_string()));
    }
    for arg in cmd.get_arguments() {
        let key = arg_key(arg, &keys.arg);
        if let Some(help) = arg.get_help() {
            out.push((key, help.to_string()));
        }
    }
    for sub in cmd.get_subcommands() {
        walk(sub, &Keys::sub(sub.get_name()), out);
    }
}

/// The English catalogue says exactly what the doc comments say, and has every one of them:
/// the doc comments are the English source, the catalogue entries are what translators read.
#[test]
fn english_catalogue_matches_the_doc_comments() {
    let texts = english_texts();
    assert!(texts.len() > 50, "only {} help texts found", texts.len());
    for (key, text) in texts {
        assert!(
            has(&key),
            "{key} is missing from i18n/en.ftl (text: {text:?})"
        );
        assert_eq!(
            tr(Lang::En, &key),
            text,
            "{key} in i18n/en.ftl differs from cli.rs"
        );
    }
}

/// Every help key in the catalogue names a text clap shows (no stale entries).
#[test]
fn every_help_key_is_used() {
    let used: std::collections::BTreeSet<String> =
        english_texts().into_iter().map(|(k, _)| k).collect();
    let headings = [
        "help-usage",
        "help-commands",
        "help-arguments",
        "help-options",
    ];
    for line in crate::i18n::SOURCES[0].lines() {
        let Some((key, _)) = line.split_once(" =") else {
            continue;
        };
        if key.starts_with("help-") && !headings.contains(&key) {
            assert!(
                used.contains(key),
                "{key} is in en.ftl but clap shows no such text"
            );
        }
    }
}

/// English help is clap's own output from the doc comments, not rebuilt from the catalogue.
#[test]
fn english_help_is_the_derive_output() {
    let mine = command(Lang::En).term_width(100).render_help().to_string();
    let clap = Cli::command().term_width(100).render_help().to_string();
    assert_eq!(mine, clap);
}

/// In every other language, each text is the catalogue's, not the English one.
#[test]
fn other_languages_replace_every_text() {
    for lang in Lang::ALL.into_iter().skip(1) {
        let mut cmd = command(lang);
        cmd.build();
        let mut shown = Vec::new();
        walk(&cmd, &Keys::top(), &mut shown);
        assert_eq!(shown.len(), english_texts().len(), "{lang}");
        for (key, text) in shown {
            assert_eq!(text, tr(lang, &key), "{lang} {key}");
            assert_ne!(text, tr(Lang::En, &key), "{lang} {key} is still English");
        }
    }
}

/// The headings clap writes itself follow the language too.
#[test]
fn french_help_has_french_headings() {
    let help = command(Lang::Fr).term_width(100).render_help().to_string();
    for heading in ["Utilisation :", "Commandes:", "Options:", "Afficher l'aide"] {
        assert!(help.contains(heading), "{heading:?} missing from:\n{help}");
    }
    let mut report = command(Lang::Fr);
    let report = report.find_subcommand_mut("report").unwrap();
    let help = report.render_long_help().to_string();
    assert!(help.contains("Arguments:"), "{help}");
    assert!(help.contains("Écrire le rapport"), "{help}");
    assert!(help.contains("Omettre les noms"), "{help}");
    assert!(!help.contains("Usage:"), "{help}");
}

/// The wizard's switches read without clap give exactly what clap gives, in any order and
/// combination; everything else (a repeat, a value, a subcommand, help) is left to clap.
#[test]
fn wizard_flags_read_as_clap_reads_them() {
    use clap::Parser as _;
    let switches = ["--no-save", "--present", "--ascii"];
    let mut lines: Vec<Vec<&str>> = vec![vec![]];
    for a in switches {
        lines.push(vec![a]);
        for b in switches.iter().filter(|b| **b != a) {
            lines.push(vec![a, b]);
            for c in switches.iter().filter(|c| *c != &a && *c != b) {
                lines.push(vec![a, b, c]);
            }
        }
    }
    assert_eq!(lines.len(), 16);
    for line in &lines {
        let ours = wizard_flags(line.iter().map(Into::into)).expect("read without clap");
        let clap = Cli::try_parse_from(std::iter::once("integra").chain(line.iter().copied()))
            .expect("clap accepts it");
        assert_eq!(format!("{ours:?}"), format!("{clap:?}"), "{line:?}");
    }
    for line in [
        vec!["--no-save", "--no-save"],
        vec!["--ascii", "--present", "--ascii"],
        vec!["--lang", "fr"],
        vec!["--lang=fr"],
        vec!["run"],
        vec!["--help"],
        vec!["--version"],
        vec!["--no-save", "frameworks"],
        vec!["--no-sav"],
        vec!["--"],
        vec!["-h"],
    ] {
        assert!(
            wizard_flags(line.iter().map(Into::into)).is_none(),
            "{line:?}"
        );
    }
    // A repeated switch is clap's error to word, as it always was.
    assert!(Cli::try_parse_from(["integra", "--no-save", "--no-save"]).is_err());
}
