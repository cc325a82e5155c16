//! Hostile characters in every field that is not free text — the framework's version,
//! authors, licence and language codes, an answers file's version, language, keys and note
//! keys, bad ids the loader quotes back — through every command that prints or writes text:
//! not one raw control, bidi or zero-width character comes out, on standard output, standard
//! error or in a file written with `-o`.

use std::path::Path;
use std::process::Output;

use crate::support::cmd::integra_in;

/// Characters no output may hold raw (defined here, not taken from the code under test).
fn forbidden(c: char) -> bool {
    let c0_c1 = (c < ' ' && c != '\n' && c != '\t') || ('\u{7f}'..='\u{9f}').contains(&c);
    let bidi = matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    let invisible = matches!(c, '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}');
    c0_c1 || bidi || invisible
}

/// The raw forbidden characters in `text`, a `\r\n` line end aside.
fn raw(text: &str) -> Vec<char> {
    let text = text.replace("\r\n", "\n");
    text.chars().filter(|c| forbidden(*c)).collect()
}

const HOSTILE_HEAD: &str = r#"version = "1\u001b]52;c;SGVsbG8=\u0007"
authors = ["Ann\u202eeve", "B\u009b2J"]
licence = "CC\u200bBY\u001b[2J\ufeff"
languages = ["en", "f\u001b[31mr\u2066"]"#;

/// A framework that validates with every non-text field hostile, a valid answers file with
/// a hostile version and language, and an answers file with hostile keys (errors).
fn fixtures(dir: &Path) {
    let minimal = include_str!("../fixtures/valid/minimal.toml");
    std::fs::write(
        dir.join("v.toml"),
        minimal.replacen("version = \"1.0.0\"", HOSTILE_HEAD, 1),
    )
    .unwrap();
    std::fs::write(
        dir.join("h.toml"),
        minimal
            .replacen("id = \"minimal\"", "id = \"mini\\u202emal\"", 1)
            .replacen("id = \"staff\"", "id = \"st\\u200baff\\u001b[2J\"", 1),
    )
    .unwrap();
    std::fs::write(
        dir.join("good.toml"),
        "framework = \"minimal\"\nversion = \"9\\u001b]0;x\\u0007\"\nlanguage = \"e\\u001b[2Jn\"\n\
         [meta]\nprogramme = \"Nova\"\n[answers]\nreferral = 1\nlegal = \"legal\"\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("bad.toml"),
        "framework = \"minimal\"\n[answers]\nreferral = 1\n\"q\\u001b[31mx\" = 2\n\
         \"\\u202eab\" = 1\nlegal = \"le\\u009bgal\"\n[notes]\n\"n\\u200bx\" = \"hi\"\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("unknown.toml"),
        "framework = \"no\\u001b]52;c;eA==\\u0007pe\"\n[answers]\n",
    )
    .unwrap();
}

fn run(home: &Path, cwd: &Path, args: &[&str]) -> Output {
    integra_in(home, cwd).args(args).output().unwrap()
}

/// How many commands the test runs (quoted in docs/reliability.md).
const RUNS: usize = 35;

/// Every command tried: each reads a hostile file or argument, most print what they read.
fn commands() -> Vec<Vec<String>> {
    let fw = ["--framework", "v.toml"];
    let mut runs: Vec<Vec<String>> = vec![
        vec!["validate", "v.toml"],
        vec!["validate", "--format", "json", "v.toml"],
        vec!["validate", "h.toml"],
        vec!["validate", "--format", "json", "h.toml"],
        vec!["validate", "--lang", "f\u{1b}[31mr", "h.toml"],
        vec!["outline", "v.toml"],
        vec!["outline", "h.toml"],
        vec!["frameworks"],
        vec!["score", "good.toml", fw[0], fw[1]],
        vec!["score", "good.toml", "--format", "json", fw[0], fw[1]],
        vec!["score", "bad.toml", fw[0], fw[1]],
        vec!["score", "unknown.toml"],
        vec!["report", "bad.toml", fw[0], fw[1]],
        vec!["report", "unknown.toml"],
        vec![
            "report",
            "good.toml",
            fw[0],
            fw[1],
            "--lang",
            "\u{1b}]0;t\u{7}",
        ],
        vec!["aggregate", "good.toml", fw[0], fw[1]],
        vec!["aggregate", "good.toml", "--format", "csv", fw[0], fw[1]],
        vec!["aggregate", "good.toml", "bad.toml", fw[0], fw[1]],
        vec!["new", "copy", "--from", "v.toml", "-o", "copy.toml"],
        vec!["new", "copy2", "--from", "h.toml", "-o", "copy2.toml"],
        vec!["migrate", "good.toml", "--to", "v.toml", "-o", "moved.toml"],
        vec!["migrate", "bad.toml", "--to", "v.toml", "-o", "moved2.toml"],
        vec![
            "migrate",
            "good.toml",
            "--to",
            "h.toml",
            "-o",
            "moved3.toml",
        ],
        // Usage errors quote what was typed.
        vec!["x\u{202e}y\u{1b}]0;t\u{7}"],
        vec!["validate", "--format", "j\u{1b}[2J\u{2066}", "v.toml"],
    ]
    .into_iter()
    .map(|a| a.into_iter().map(str::to_owned).collect())
    .collect();
    for format in ["md", "txt", "html", "json", "csv"] {
        runs.push(
            ["report", "good.toml", fw[0], fw[1], "--format", format]
                .map(str::to_owned)
                .to_vec(),
        );
        let out = format!("out.{format}");
        runs.push(
            ["report", "good.toml", fw[0], fw[1], "-o", &out]
                .map(str::to_owned)
                .to_vec(),
        );
    }
    runs
}

#[test]
fn no_raw_control_character_reaches_any_output() {
    let home = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fixtures(d);
    std::fs::create_dir(d.join("frameworks")).unwrap();
    std::fs::copy(d.join("v.toml"), d.join("frameworks/v.toml")).unwrap();
    let fw = ["--framework", "v.toml"];
    let runs = commands();
    assert_eq!(runs.len(), RUNS);
    let mut written = Vec::new();
    for args in &runs {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = run(home.path(), d, &args);
        let (stdout, stderr) = (
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr),
        );
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_eq!(
            raw(&stdout),
            Vec::<char>::new(),
            "{args:?} stdout: {stdout}"
        );
        assert_eq!(
            raw(&stderr),
            Vec::<char>::new(),
            "{args:?} stderr: {stderr}"
        );
        if let Some(at) = args.iter().position(|a| *a == "-o") {
            written.push(args[at + 1].to_owned());
        }
    }
    for file in written.iter().filter(|f| f.starts_with("out.")) {
        let text = std::fs::read_to_string(d.join(file)).unwrap();
        assert_eq!(raw(&text), Vec::<char>::new(), "{file}: {text}");
        if file == "out.csv" {
            continue; // one row per question: no version column
        }
        assert!(
            text.contains("\\u{1b}") || text.contains("\\u001b"),
            "the hostile version is shown, escaped, in {file}: {text}"
        );
    }
    // JSON stays JSON, and means what the file said.
    let json = run(
        home.path(),
        d,
        &["report", "good.toml", fw[0], fw[1], "--format", "json"],
    );
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert!(value.to_string().contains("\\u001b]52"), "{value}");
}

#[test]
fn what_was_escaped_is_still_readable() {
    let home = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    fixtures(dir.path());
    let out = run(home.path(), dir.path(), &["outline", "v.toml"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("1\\u{1b}]52;c;SGVsbG8=\\u{7}"), "{text}");
    let out = run(
        home.path(),
        dir.path(),
        &["score", "bad.toml", "--framework", "v.toml"],
    );
    let text = String::from_utf8_lossy(&out.stderr);
    assert!(text.contains("'q\\u{1b}[31mx'"), "{text}");
    assert!(text.contains("'\\u{202e}ab'"), "{text}");
}
