//! `new`, `frameworks` and `templates` speak the language of the environment.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::support::cmd;

use std::path::Path;
use std::process::{Output, Stdio};

fn integra(home: &Path, cwd: &Path, args: &[&str], lang: &str) -> Output {
    cmd::integra_in(home, cwd)
        .args(args)
        .env("LANG", lang)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

#[test]
fn new_speaks_french_and_spanish_and_english_is_unchanged() {
    let home = tempfile::tempdir().unwrap();
    let cwd = tempfile::tempdir().unwrap();
    let (h, c) = (home.path(), cwd.path());
    let out = integra(h, c, &["new", "mine", "-o", "mine.toml"], "fr_FR.UTF-8");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(
        said.starts_with("mine.toml créé (référentiel 'mine')."),
        "{said}"
    );
    assert!(said.contains("Étapes suivantes :"), "{said}");
    assert!(
        said.contains("integra validate mine.toml   le vérifie"),
        "{said}"
    );

    let again = integra(h, c, &["new", "mine", "-o", "mine.toml"], "es_ES.UTF-8");
    assert_eq!(again.status.code(), Some(1));
    let err = text(&again.stderr);
    assert!(
        err.contains("'mine.toml' ya existe; integra nunca lo sobrescribe"),
        "{err}"
    );
    assert!(err.contains("= sugerencia: elija otro NAME"), "{err}");

    // English stays as it was.
    let en = integra(h, c, &["new", "mine", "-o", "mine.toml"], "C.UTF-8");
    assert!(text(&en.stderr).contains("'mine.toml' already exists; integra never overwrites it"));
}

#[test]
fn frameworks_and_templates_label_their_columns_in_the_reader_language() {
    let home = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = integra(home.path(), root, &["frameworks"], "ru_RU.UTF-8");
    let list = text(&out.stdout);
    let header = list.lines().next().unwrap();
    assert!(
        header.starts_with("ID") && header.contains("ВЕРСИЯ") && header.contains("ИСТОЧНИК"),
        "{header}"
    );
    assert!(list.contains("встроенная"), "{list}");
    let en = text(&integra(home.path(), root, &["frameworks"], "C.UTF-8").stdout);
    assert!(en.lines().next().unwrap().contains("VERSION"));
    assert!(en.contains("built-in"));

    let out = integra(home.path(), root, &["templates"], "es_ES.UTF-8");
    let said = text(&out.stdout);
    assert!(said.starts_with("Plantillas de informe (tera)"), "{said}");
    assert!(
        said.contains("report.md.tera             integrada"),
        "{said}"
    );
}

#[test]
fn outline_counts_with_each_language_plurals() {
    let home = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let run =
        |lang: &str| text(&integra(home.path(), root, &["outline", "quick-check"], lang).stdout);
    let ru = run("ru_RU.UTF-8");
    assert_eq!(
        ru.lines().nth(1).unwrap(),
        "6 принципов, 18 вопросов, 11 порогов, 4 диапазона",
        "{ru}"
    );
    assert!(ru.contains("(readiness, 4 вопроса)"), "{ru}");
    assert!(
        ru.contains("\nПороги\n") && ru.contains("\nДиапазоны\n"),
        "{ru}"
    );
    let fr = run("fr_FR.UTF-8");
    assert_eq!(
        fr.lines().nth(1).unwrap(),
        "6 principes, 18 questions, 11 verrous, 4 paliers"
    );
    let en = run("C.UTF-8");
    assert_eq!(
        en.lines().nth(1).unwrap(),
        "6 principles, 18 questions, 11 gates, 4 bands"
    );
    assert!(en.contains("\nGates\n") && en.contains("[only if "), "{en}");
}

#[test]
fn migrate_accounts_for_every_answer_in_the_reader_language() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for lang in ["fr", "ru"] {
        let home = tempfile::tempdir().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let session = dir.path().join("session-v1.toml");
        std::fs::copy(
            root.join("tests/fixtures/migrate/session-v1.toml"),
            &session,
        )
        .unwrap();
        let args = [
            "migrate",
            session.to_str().unwrap(),
            "--to",
            "tests/fixtures/migrate/v2.toml",
        ];
        let out = integra(home.path(), root, &args, lang);
        assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
        let said = text(&out.stdout).replace(&dir.path().display().to_string(), "[DIR]");
        insta::assert_snapshot!(format!("migrate-v1-to-v2-{lang}"), said);
    }
}

#[test]
fn an_unknown_framework_is_refused_in_the_reader_language() {
    let home = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fr = integra(home.path(), root, &["outline", "quick-chek"], "fr_FR.UTF-8");
    assert_eq!(fr.status.code(), Some(1));
    assert_eq!(
        text(&fr.stderr),
        "aucun référentiel n'a l'id 'quick-chek'\n  = conseil: vouliez-vous dire 'quick-check' ? (`integra frameworks` les liste tous)\n"
    );
    let en = integra(home.path(), root, &["outline", "quick-chek"], "C.UTF-8");
    assert_eq!(
        text(&en.stderr),
        "no framework with id 'quick-chek'\n  = hint: did you mean 'quick-check'? (`integra frameworks` lists them all)\n"
    );
}

#[test]
fn forget_and_new_refuse_in_the_reader_language() {
    let home = tempfile::tempdir().unwrap();
    let cwd = tempfile::tempdir().unwrap();
    let (h, c) = (home.path(), cwd.path());
    let out = integra(h, c, &["forget", "missing.toml", "--yes"], "es_ES.UTF-8");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stderr), "'missing.toml' no existe\n");

    std::fs::write(c.join("notes.toml"), "framework = \"x\"\n").unwrap();
    let out = integra(h, c, &["forget", "notes.toml", "--yes"], "fr_FR.UTF-8");
    let err = text(&out.stderr);
    assert!(
        err.starts_with("'notes.toml' n'est pas une session integra, il n'est donc pas touché : il n'a pas de table [session]"),
        "{err}"
    );
    assert!(c.join("notes.toml").exists());

    let out = integra(h, c, &["new", "été"], "ru_RU.UTF-8");
    let err = text(&out.stderr);
    assert!(
        err.starts_with("'été' не может быть id методики: 'é' недопустим"),
        "{err}"
    );
    assert!(
        err.contains("\n  = подсказка: id состоит из латинских букв"),
        "{err}"
    );
}

#[test]
fn a_file_that_is_not_a_session_is_refused_in_the_reader_language() {
    let home = tempfile::tempdir().unwrap();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let session = home.path().join("s.toml");
    std::fs::copy(
        repo.join("tests/fixtures/migrate/session-fits.toml"),
        &session,
    )
    .unwrap();
    let other = home.path().join("notes.toml");
    std::fs::write(&other, "mine").unwrap();
    let to = repo.join("tests/fixtures/migrate/v2.toml");
    let args = [
        "migrate",
        session.to_str().unwrap(),
        "--to",
        to.to_str().unwrap(),
        "-o",
        other.to_str().unwrap(),
        "--force",
    ];
    for (lang, said) in [
        ("fr_FR.UTF-8", "n'est pas une session lisible"),
        ("ru_RU.UTF-8", "нечитаемая сессия"),
        ("C", "is not a readable session"),
    ] {
        let out = integra(home.path(), home.path(), &args, lang);
        assert_eq!(out.status.code(), Some(1), "{lang}");
        let err = text(&out.stderr);
        assert!(err.contains(said), "{lang}: {err}");
        assert!(err.contains("notes.toml:1:5"), "{lang}: located: {err}");
        assert_eq!(std::fs::read_to_string(&other).unwrap(), "mine");
    }
}
