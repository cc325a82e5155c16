//! The `integra report` and `integra templates` commands, run as the built binary.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::support::report_fixture as support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use integra::report;
use support::{FRAMEWORK, SESSION};

/// Runs the built binary with a private config folder, so the user's own templates stay out.
fn integra(args: &[&str], config: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_integra"))
        // English whatever the machine's locale; a test that wants a language sets it.
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args(args)
        .env("XDG_CONFIG_HOME", config)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

fn text(out: &[u8]) -> String {
    String::from_utf8_lossy(out).into_owned()
}

#[cfg(unix)]
#[test]
fn cli_report_writes_a_private_file_in_the_format_of_its_extension() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.html");
    let out = integra(
        &[
            "report",
            SESSION,
            "--framework",
            FRAMEWORK,
            "-o",
            path.to_str().unwrap(),
        ],
        dir.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        out.stdout.is_empty(),
        "nothing on stdout when writing a file"
    );
    assert!(text(&out.stderr).contains("report.html"));
    let mode = std::fs::metadata(&path).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "mode {mode:o}");
    let html = std::fs::read_to_string(&path).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    let leftovers: Vec<PathBuf> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(leftovers, [path], "no temporary file left behind");
}

#[test]
fn cli_report_prints_the_chosen_format() {
    let dir = tempfile::tempdir().unwrap();
    let out = integra(
        &[
            "report",
            SESSION,
            "--framework",
            FRAMEWORK,
            "--format",
            "csv",
        ],
        dir.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).starts_with("number,principle_id,"));
    let out = integra(&["report", SESSION, "--framework", FRAMEWORK], dir.path());
    assert!(
        text(&out.stdout).starts_with("# Integration readiness report"),
        "Markdown by default"
    );
    let out = integra(
        &[
            "report",
            SESSION,
            "--framework",
            FRAMEWORK,
            "--lang",
            "fr",
            "--format",
            "txt",
        ],
        dir.path(),
    );
    assert!(text(&out.stdout).contains("Les orientations sont-elles suivies ?"));
}

#[test]
fn cli_report_fails_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let out = integra(&["report", SESSION], dir.path());
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("no framework with id 'report-fixture'"),
        "{}",
        text(&out.stderr)
    );
    let pdf = dir.path().join("r.pdf");
    let out = integra(
        &[
            "report",
            SESSION,
            "--framework",
            FRAMEWORK,
            "-o",
            pdf.to_str().unwrap(),
        ],
        dir.path(),
    );
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("'.pdf'"),
        "{}",
        text(&out.stderr)
    );
    let tpl = dir.path().join("bad.txt.tera");
    std::fs::write(&tpl, "ok\n{{ nope }}\n").unwrap();
    let out = integra(
        &[
            "report",
            SESSION,
            "--framework",
            FRAMEWORK,
            "--template",
            tpl.to_str().unwrap(),
        ],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("bad.txt.tera:2:4"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn cli_report_uses_a_template_from_the_user_folder() {
    let dir = tempfile::tempdir().unwrap();
    let templates = dir.path().join("integra").join("templates");
    std::fs::create_dir_all(&templates).unwrap();
    std::fs::write(
        templates.join("report.md.tera"),
        "Custom: {{ overall.band.label }}\n",
    )
    .unwrap();
    let out = integra(&["report", SESSION, "--framework", FRAMEWORK], dir.path());
    assert_eq!(text(&out.stdout), "Custom: Building readiness\n");
    let out = integra(&["templates"], dir.path());
    assert!(text(&out.stdout).contains(&templates.join("report.md.tera").display().to_string()));
    let listing = text(&out.stdout);
    // Every built-in template is listed, each once, with what is in use for it.
    for (name, _) in report::templates::BUILTIN {
        let lines: Vec<_> = listing
            .lines()
            .filter(|l| l.split_whitespace().next() == Some(name))
            .collect();
        assert_eq!(lines.len(), 1, "{name} in:\n{listing}");
        if *name != "report.md.tera" {
            assert!(lines[0].ends_with(" built-in"), "{}", lines[0]);
        }
    }
}

#[test]
fn cli_templates_export_writes_the_built_ins_and_keeps_edits() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("mine");
    let out = integra(
        &["templates", "--export", target.to_str().unwrap()],
        dir.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    // The built-ins are stored compressed: what is exported is the source file, byte for byte.
    for (name, _) in report::templates::BUILTIN {
        assert_eq!(
            std::fs::read_to_string(target.join(name)).unwrap(),
            std::fs::read_to_string(format!("{}/templates/{name}", env!("CARGO_MANIFEST_DIR")))
                .unwrap()
        );
    }
    std::fs::write(target.join("report.md.tera"), "edited").unwrap();
    let out = integra(
        &["templates", "--export", target.to_str().unwrap()],
        dir.path(),
    );
    assert!(
        !out.status.success(),
        "an existing template is not overwritten"
    );
    assert!(
        text(&out.stderr).contains("--force"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(
        std::fs::read_to_string(target.join("report.md.tera")).unwrap(),
        "edited"
    );
    let out = integra(
        &["templates", "--export", target.to_str().unwrap(), "--force"],
        dir.path(),
    );
    assert!(out.status.success());
    assert_ne!(
        std::fs::read_to_string(target.join("report.md.tera")).unwrap(),
        "edited"
    );
}

/// A line break typed into the programme's name or the participants cannot end the report's
/// heading or a facts line early and start markup of its own; one in a note is kept as a
/// line break inside the note.
#[test]
fn line_breaks_in_names_stay_inside_their_line_and_notes_keep_theirs() {
    let dir = tempfile::tempdir().unwrap();
    let answers = dir.path().join("a.toml");
    std::fs::write(
        &answers,
        "framework = \"quick-check\"\n[meta]\nprogramme = \"Harbour\\n# Injected heading\"\n\
         participants = \"A\\n- B\"\n[answers]\nreferral_route = 1\n\
         [notes]\nreferral_route = \"first line\\nsecond line\"\n",
    )
    .unwrap();
    let out = integra(
        &["report", answers.to_str().unwrap(), "--format", "md"],
        dir.path(),
    );
    let md = text(&out.stdout);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let headings: Vec<_> = md.lines().filter(|l| l.starts_with("# ")).collect();
    assert_eq!(headings.len(), 1, "{md}");
    assert!(headings[0].contains("Harbour \\# Injected heading"), "{md}");
    assert!(md.contains("- **Participants:** A \\- B\n"), "{md}");
    assert!(!md.lines().any(|l| l.starts_with("- B")), "{md}");
    assert!(md.contains("first line\\\n  second line"), "{md}");
}

/// `--lang` with a language integra does not speak is refused (exit 2, naming the ones it
/// does), on every command that takes it, rather than silently giving English; a locale
/// form of a known language is accepted.
#[test]
fn an_unknown_language_is_refused_not_shown_in_english() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        &["report", SESSION, "--framework", FRAMEWORK, "--lang", "xx"][..],
        &["score", SESSION, "--framework", FRAMEWORK, "--lang", "pt"],
        &["validate", FRAMEWORK, "--lang", "de"],
        &["run", "--lang", "xx"],
        &["--lang", "klingon"],
        &[
            "aggregate",
            SESSION,
            "--framework",
            FRAMEWORK,
            "--lang",
            "xx",
        ],
    ] {
        let out = integra(args, dir.path());
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let said = text(&out.stderr);
        assert!(said.contains("integra does not speak"), "{args:?}: {said}");
        assert!(said.contains("en, fr, es, ru"), "{said}");
        assert!(out.stdout.is_empty());
    }
    let out = integra(
        &[
            "report",
            SESSION,
            "--framework",
            FRAMEWORK,
            "--lang",
            "fr_FR.UTF-8",
            "--format",
            "txt",
        ],
        dir.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("PRÉPARATION"));
}

/// A template that ends inside an `{% if %}` is reported where the `if` opens, not only at
/// the end of the file where tera notices it.
#[test]
fn an_unclosed_block_is_pointed_at_where_it_opens() {
    let dir = tempfile::tempdir().unwrap();
    let template = dir.path().join("mine.md.tera");
    std::fs::write(&template, "Title\n{% if overall.score %}\nscore\n\nend\n").unwrap();
    let out = integra(
        &[
            "report",
            SESSION,
            "--framework",
            FRAMEWORK,
            "--template",
            template.to_str().unwrap(),
        ],
        dir.path(),
    );
    assert!(!out.status.success());
    let said = text(&out.stderr);
    assert!(
        said.contains("hint: the '{% if %}' opened on line 2 is never closed: add '{% endif %}'"),
        "{said}"
    );
}
