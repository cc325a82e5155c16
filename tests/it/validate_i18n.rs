#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test
//! `integra validate` in French, Spanish and Russian: the same places, lines and carets as
//! in English, with the words (framing, messages, hints, summary) translated and the ids,
//! keys and code left as written.

use std::path::Path;
use std::process::{Command, Output};

/// Runs `integra` with the given locale variables only (a private, empty home).
fn integra(args: &[&str], env: &[(&str, &str)]) -> Output {
    let home = tempfile::tempdir().unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_integra"));
    cmd.args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

/// The `FILE:LINE:COL:` prefixes and the source and caret lines: what must not change.
fn skeleton(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| {
            if l.starts_with("tests/") && l.contains(".toml:") {
                let mut parts = l.splitn(4, ':');
                let place: Vec<_> = parts.by_ref().take(3).collect();
                (place.len() == 3).then(|| place.join(":"))
            } else if l
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit() || c == '|')
            {
                Some(l.to_owned())
            } else {
                None
            }
        })
        .collect()
}

const BROKEN: [&str; 8] = [
    "tests/fixtures/invalid/many-errors.toml",
    "tests/fixtures/invalid/unknown-key.toml",
    "tests/fixtures/warnings/lint.toml",
    // Reading past a syntax error, and the authoring traps of issue 16.
    "tests/fixtures/invalid/syntax-error-and-more.toml",
    "tests/fixtures/invalid/single-bracket.toml",
    "tests/fixtures/invalid/curly-quotes.toml",
    "tests/fixtures/invalid/duplicate-id.toml",
    "tests/fixtures/warnings/principle-weight-below-question.toml",
];

#[test]
fn validate_speaks_french_spanish_and_russian_at_the_same_places() {
    for file in BROKEN {
        assert!(Path::new(env!("CARGO_MANIFEST_DIR")).join(file).exists());
        let english = integra(&["validate", file], &[]);
        let en = stdout(&english);
        assert!(
            en.contains(": error: ") || en.contains(": warning: "),
            "{en}"
        );
        for lang in ["fr", "es", "ru"] {
            let out = integra(&["validate", "--lang", lang, file], &[]);
            let text = stdout(&out);
            assert_eq!(out.status.code(), english.status.code(), "{lang} {file}");
            assert_eq!(skeleton(&text), skeleton(&en), "{lang} {file}");
            assert_ne!(text, en, "{lang} {file} is still English");
            // ("error" is also the Spanish word, so the hint line is the tell.)
            assert!(!text.contains("= hint:"), "{text}");
            let stem = Path::new(file).file_stem().unwrap().to_string_lossy();
            insta::assert_snapshot!(format!("validate-{stem}-{lang}"), text);
        }
    }
}

#[test]
fn the_environment_chooses_and_lang_overrides_it() {
    let file = "tests/fixtures/invalid/many-errors.toml";
    let by_flag = stdout(&integra(&["validate", "--lang", "ru", file], &[]));
    let by_lang = stdout(&integra(&["validate", file], &[("LANG", "ru_RU.UTF-8")]));
    assert_eq!(by_flag, by_lang);
    assert!(
        by_lang.ends_with(": 4 ошибки, 0 предупреждений\n"),
        "{by_lang}"
    );
    let lc_all = stdout(&integra(
        &["validate", file],
        &[("LANG", "ru_RU.UTF-8"), ("LC_ALL", "es_ES.UTF-8")],
    ));
    assert!(lc_all.ends_with(": 4 errores, 0 avisos\n"), "{lc_all}");
    let flag_wins = stdout(&integra(
        &["validate", "--lang", "en", file],
        &[("LC_ALL", "fr_FR.UTF-8")],
    ));
    assert_eq!(flag_wins, stdout(&integra(&["validate", file], &[])));
    assert!(flag_wins.ends_with(": 4 errors, 0 warnings\n"));
}

#[test]
fn json_keeps_english_messages_whatever_the_language() {
    let file = "tests/fixtures/invalid/many-errors.toml";
    let en = stdout(&integra(&["validate", "--format", "json", file], &[]));
    let fr = stdout(&integra(
        &["validate", "--format", "json", file],
        &[("LANG", "fr_FR.UTF-8")],
    ));
    assert_eq!(en, fr);
    assert!(en.contains("weights must be above 0"));
}

#[test]
fn russian_plurals_follow_the_count() {
    for (file, ending) in [
        (
            "tests/fixtures/invalid/syntax-error.toml",
            ": 1 ошибка, 0 предупреждений\n",
        ),
        (
            "tests/fixtures/invalid/many-errors.toml",
            ": 4 ошибки, 0 предупреждений\n",
        ),
        (
            "tests/fixtures/warnings/lint.toml",
            ": в порядке, 0 ошибок, 9 предупреждений\n",
        ),
    ] {
        let text = stdout(&integra(&["validate", "--lang", "ru", file], &[]));
        assert!(text.ends_with(ending), "{text}");
    }
}

#[test]
fn answers_file_problems_are_told_in_the_reader_language() {
    let args = [
        "score",
        "tests/fixtures/answers/minimal-bad.toml",
        "--framework",
        "tests/fixtures/valid/minimal.toml",
    ];
    let english = integra(&args, &[]);
    let en = String::from_utf8(english.stderr.clone()).unwrap();
    for lang in ["es", "ru"] {
        let out = integra(&args, &[("LC_MESSAGES", lang)]);
        assert_eq!(out.status.code(), Some(1));
        let text = String::from_utf8(out.stderr.clone()).unwrap();
        assert_eq!(skeleton(&text), skeleton(&en), "{lang}");
        assert_ne!(text, en);
        insta::assert_snapshot!(format!("score-bad-answers-{lang}"), text);
    }
}

#[test]
fn conditions_quoted_in_hints_are_worded_in_the_reader_language() {
    let out = integra(
        &["validate", "tests/fixtures/warnings/reach.toml"],
        &[("LANG", "fr_FR.UTF-8")],
    );
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        said.contains("('outreach' vaut « yes ») et ('outreach' vaut « no »)"),
        "{said}"
    );
    assert!(!said.contains("is 'yes'"), "{said}");
}
