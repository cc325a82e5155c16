//! Report templates that would run for minutes, fill the memory or panic: each is stopped
//! with a message naming the template (and the line, for a filter argument), exit status 1,
//! never a panic. Also through the user's template folder, the path the wizard's export
//! takes.

use std::path::Path;
use std::process::Output;

use crate::support::cmd::integra_in;

const SESSION: &str = "tests/fixtures/report/session.toml";
const FRAMEWORK: &str = "tests/fixtures/report/readiness.toml";

/// (name, template, what the message must say).
const BOMBS: &[(&str, &str, &str)] = &[
    (
        "num",
        "{{ 1 | num(digits=1000000) }}",
        "num(): digits=1000000",
    ),
    (
        "signed",
        "{{ 1 | signed(digits=70000) }}",
        "signed(): digits=70000",
    ),
    (
        "pad",
        "{{ \"x\" | pad(width=100000000) }}",
        "pad(): width=100000000",
    ),
    (
        "wrap-indent",
        "{{ \"a b c\" | wrap(width=10, indent=100000000000) }}",
        "wrap(): indent=100000000000",
    ),
    (
        "wrap-width",
        "{{ \"a b c\" | wrap(width=4000000000) }}",
        "wrap(): width=4000000000",
    ),
    (
        "column",
        "{{ \"a\" | column(width=90000000) }}",
        "column(): width=90000000",
    ),
    (
        "underline",
        "{{ \"abc\" | underline(char=\"xxxxxxxxxxxxxxxxxxxx\") }}",
        "underline(): char",
    ),
    (
        "bar",
        "{{ 50 | bar(width=1000000000) }}",
        "bar(): width=1000000000",
    ),
    (
        "nested-range",
        "{% for i in range(end=100000) %}{% for j in range(end=100000) %}{% endfor %}{% endfor %}",
        "range(): the loops of this template",
    ),
    (
        "doubling",
        "{% set_global s = \"x\" %}{% for i in range(end=64) %}{% set_global s = s ~ s %}{% endfor %}{{ s | length }}",
        "was stopped",
    ),
    (
        "output",
        "{% for i in range(end=100000) %}{{ \"x\" | pad(width=1000) }}{% endfor %}",
        "its output passed 32 MiB",
    ),
];

fn report(home: &Path, extra: &[&str]) -> Output {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut args = vec!["report", SESSION, "--framework", FRAMEWORK];
    args.extend(extra);
    integra_in(home, repo).args(&args).output().unwrap()
}

#[test]
fn every_template_bomb_is_stopped_with_a_message() {
    let home = tempfile::tempdir().unwrap();
    for (name, text, says) in BOMBS {
        let file = home.path().join(format!("{name}.md.tera"));
        std::fs::write(&file, format!("heading\n{text}\n")).unwrap();
        let out = report(home.path(), &["--template", file.to_str().unwrap()]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{name}: {stderr}");
        assert!(!stderr.contains("panicked"), "{name}: {stderr}");
        assert!(stderr.contains(says), "{name}: {stderr}");
        assert!(
            stderr.contains(&format!("{name}.md.tera")),
            "{name}: {stderr}"
        );
        if say_line(name) {
            assert!(
                stderr.contains(&format!("{name}.md.tera:2:")),
                "{name}: {stderr}"
            );
        }
    }
}

/// Filter and `range` errors point at the template line; budget stops name the template.
fn say_line(name: &str) -> bool {
    !matches!(name, "doubling" | "output")
}

#[test]
fn a_bomb_in_the_template_folder_is_stopped_too() {
    let home = tempfile::tempdir().unwrap();
    let folder = home.path().join("config/integra/templates");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(
        folder.join("report.txt.tera"),
        "{{ 1 | num(digits=1000000) }}{{ \"x\" | wrap(indent=99999999) }}\n",
    )
    .unwrap();
    let out = report(home.path(), &["--format", "txt"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("report.txt.tera:1:"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}
