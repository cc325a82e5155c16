//! An author's whole journey with the command line alone: a framework from `integra new`,
//! checked, answered, revised twice (a question and an option renamed, a level relabelled,
//! a question added), each revision's answers carried by `migrate`, then translated into
//! French with `integra translate` and checked with `validate --lang fr`; a later change to
//! the English is caught as a translation to check.

use std::path::Path;
use std::process::Output;

use crate::support::cmd;

fn run(dir: &Path, home: &Path, args: &[&str]) -> Output {
    cmd::integra_in(home, dir).args(args).output().unwrap()
}

fn out(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn err(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// Reads `file`, applies the author's edits (each must apply) and writes it as `to`.
fn revise(dir: &Path, file: &str, to: &str, edits: &[(&str, &str)]) {
    let mut text = std::fs::read_to_string(dir.join(file)).unwrap();
    for (from, into) in edits {
        assert!(text.contains(from), "{file} has no {from:?}");
        text = text.replacen(from, into, 1);
    }
    std::fs::write(dir.join(to), text).unwrap();
}

const ANSWERS: &str = r#"framework = "peer-services"
version = "0.1.0"

[answers]
setting = "both"
hiv_testing = 1
outreach_testing = "partial"
sexual_health = ["contraception", "sti"]
referral_tracking = 2

[notes]
hiv_testing = "Tests on Tuesdays only."
"#;

#[test]
fn a_framework_from_a_blank_file_through_two_revisions_and_a_french_translation() {
    let home = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (d, h) = (dir.path(), home.path());
    create_and_answer(d, h);
    first_revision(d, h);
    second_revision(d, h);
    translate_into_french(d, h);
    english_changes(d, h);
}

/// A new framework, valid as written, and answers to it.
fn create_and_answer(d: &Path, h: &Path) {
    let created = run(d, h, &["new", "peer-services", "-o", "peer.toml"]);
    assert!(created.status.success(), "{}", err(&created));
    assert_eq!(
        out(&run(d, h, &["validate", "peer.toml"])),
        "peer.toml: ok\n"
    );
    std::fs::write(d.join("answers.toml"), ANSWERS).unwrap();
    let scored = run(d, h, &["score", "answers.toml", "--framework", "peer.toml"]);
    assert!(scored.status.success(), "{}", err(&scored));
}

/// Revision 0.2.0: a question renamed (its translation key follows), a level relabelled, a
/// question added; the answers follow.
fn first_revision(d: &Path, h: &Path) {
    revise(
        d,
        "peer.toml",
        "peer-0.2.toml",
        &[
            ("version = \"0.1.0\"", "version = \"0.2.0\""),
            (
                "id = \"hiv_testing\"\n",
                "id = \"hiv_testing_on_site\"\nrenamed_from = \"hiv_testing\"\n",
            ),
            (
                "\"question.hiv_testing.text\"",
                "\"question.hiv_testing_on_site.text\"",
            ),
            (
                "label = \"Starting\"",
                "label = \"Started, not yet checked\"",
            ),
            (
                "# A \"text\" question",
                "[[principles.questions]]\nid = \"prep\"\nkind = \"yes_no\"\n\
                 text = \"Can clients start PrEP on site?\"\nhelp = \"On the day of asking.\"\n\
                 recommendation = \"Agree a PrEP pathway with the nearest clinic.\"\n\n\
                 # A \"text\" question",
            ),
        ],
    );
    assert_eq!(
        out(&run(d, h, &["validate", "peer-0.2.toml"])),
        "peer-0.2.toml: ok\n"
    );
    let m = run(
        d,
        h,
        &[
            "migrate",
            "answers.toml",
            "--to",
            "peer-0.2.toml",
            "-o",
            "answers-0.2.toml",
        ],
    );
    assert_eq!(m.status.code(), Some(0), "{}", err(&m));
    assert_eq!(
        out(&m),
        "Wrote answers-0.2.toml for framework 'peer-services' version 0.2.0.\n\
         Carried 5 of 5 answers and 1 of 1 note.\n\
         Everything came across.\n\
         The answer to 'hiv_testing' now answers 'hiv_testing_on_site' (renamed in this revision).\n\
         Kept, but they mean something else than in peer-services 0.1.0; check them with the team:\n  \
         'hiv_testing_on_site' = 1: was 'Starting' (50), now 'Started, not yet checked' (50)\n\
         One question is new in this revision, still to be asked: prep\n"
    );
}

/// Revision 0.3.0: an option renamed; the migrated session moves on again.
fn second_revision(d: &Path, h: &Path) {
    revise(
        d,
        "peer-0.2.toml",
        "peer-0.3.toml",
        &[
            ("version = \"0.2.0\"", "version = \"0.3.0\""),
            (
                "{ id = \"sti\", label",
                "{ id = \"sti_care\", renamed_from = \"sti\", label",
            ),
        ],
    );
    assert_eq!(
        out(&run(d, h, &["validate", "peer-0.3.toml"])),
        "peer-0.3.toml: ok\n"
    );
    let m = run(
        d,
        h,
        &[
            "migrate",
            "answers-0.2.toml",
            "--to",
            "peer-0.3.toml",
            "-o",
            "answers-0.3.toml",
        ],
    );
    assert_eq!(m.status.code(), Some(0), "{}", out(&m));
    assert_eq!(
        out(&m),
        "Wrote answers-0.3.toml for framework 'peer-services' version 0.3.0.\n\
         Carried 5 of 5 answers and 1 of 1 note.\n\
         Everything came across.\n"
    );
    let session = std::fs::read_to_string(d.join("answers-0.3.toml")).unwrap();
    assert!(
        session.contains("sexual_health = [\"contraception\", \"sti_care\"]"),
        "{session}"
    );
    assert!(
        session.contains("migrated_from = \"peer-services 0.2.0\""),
        "{session}"
    );
    let scored = run(
        d,
        h,
        &["score", "answers-0.3.toml", "--framework", "peer-0.3.toml"],
    );
    assert!(scored.status.success(), "{}", err(&scored));
}

/// A French translation kit, filled in by the translator, in place of the starter block.
fn translate_into_french(d: &Path, h: &Path) {
    let kit = run(d, h, &["translate", "peer-0.3.toml", "--lang", "fr"]);
    assert!(kit.status.success(), "{}", err(&kit));
    let block = out(&kit);
    assert!(
        block.contains(
            "# Is HIV testing offered to every client, on site?\n\
             \"question.hiv_testing_on_site.text\" = { text = \"Le dépistage du VIH est-il \
             proposé sur place à chaque client ?\", source = \""
        ),
        "{block}"
    );
    assert!(
        err(&kit).starts_with("41 to translate, 0 to check, 8 up to date."),
        "{}",
        err(&kit)
    );
    let filled = block.replace(
        "{ text = \"\", source",
        "{ text = \"(fr) à traduire\", source",
    );
    let framework = std::fs::read_to_string(d.join("peer-0.3.toml")).unwrap();
    let start = framework.find("[translations.fr]").unwrap();
    let translated = format!("{}{filled}", &framework[..start])
        .replace("languages = [\"en\"]", "languages = [\"en\", \"fr\"]");
    std::fs::write(d.join("peer-fr.toml"), translated).unwrap();
    let checked = run(d, h, &["validate", "peer-fr.toml", "--lang", "fr"]);
    assert_eq!(out(&checked), "peer-fr.toml: ok\n", "complete in French");
}

/// The English changes later: the translation is flagged, and the kit marks it.
fn english_changes(d: &Path, h: &Path) {
    revise(
        d,
        "peer-fr.toml",
        "peer-fr.toml",
        &[(
            "text = \"Is HIV testing offered to every client, on site?\"",
            "text = \"Is HIV testing offered to every client who asks, on site?\"",
        )],
    );
    let stale = out(&run(d, h, &["validate", "peer-fr.toml", "--lang", "fr"]));
    assert!(
        stale.contains(
            ": avertissement: l'anglais de 'question.hiv_testing_on_site.text' a changé depuis \
             sa traduction en 'fr'\n"
        ),
        "{stale}"
    );
    assert!(
        stale.ends_with("peer-fr.toml: ok, 0 erreur, 1 avertissement\n"),
        "{stale}"
    );
    let again = run(d, h, &["translate", "peer-fr.toml", "--lang", "fr"]);
    assert!(
        out(&again).contains("# CHECK: the English above changed"),
        "{}",
        out(&again)
    );
    assert!(
        err(&again).starts_with("0 to translate, 1 to check, 48 up to date."),
        "{}",
        err(&again)
    );
}
