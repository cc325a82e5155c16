//! `--anonymous`: no facilitator's or participant's name in any format, and every format
//! that shows assessment facts says that names were left out.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use std::io::Read as _;
use std::path::Path;
use std::process::{Command, Output};

const FRAMEWORK: &str = "tests/fixtures/report/readiness.toml";
const SESSION: &str = "tests/fixtures/report/session.toml";
const EARLIER: &str = "tests/fixtures/report/earlier.toml";
/// The names the fixtures record (the earlier session has the same facilitator).
const NAMES: [&str; 3] = [
    "A. Facilitator",
    "Clinic manager, two peer workers, nurse",
    "Wanjiru",
];

fn integra(args: &[&str], config: &Path) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_integra"))
        // English whatever the machine's locale; a test that wants a language sets it.
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args(args)
        .env("XDG_CONFIG_HOME", config)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Every text a .docx holds: each XML part, as stored (names would show as plain text).
fn docx_text(bytes: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut all = String::new();
    for i in 0..zip.len() {
        zip.by_index(i).unwrap().read_to_string(&mut all).unwrap();
    }
    all
}

fn report(format: &str, anonymous: bool) -> String {
    let dir = tempfile::tempdir().unwrap();
    let mut args = vec![
        "report",
        SESSION,
        "--framework",
        FRAMEWORK,
        "--compare",
        EARLIER,
        "--format",
        format,
    ];
    if anonymous {
        args.push("--anonymous");
    }
    let out = integra(&args, dir.path());
    if format == "docx" {
        docx_text(&out.stdout)
    } else {
        String::from_utf8(out.stdout).unwrap()
    }
}

#[test]
fn no_name_appears_in_any_report_format() {
    for format in ["md", "html", "txt", "json", "csv", "docx"] {
        let named = report(format, false);
        let text = report(format, true);
        for name in NAMES {
            assert!(!text.contains(name), "'{name}' in the {format} report");
        }
        if format != "csv" {
            // The check above means something: without --anonymous the name is there.
            assert!(named.contains(NAMES[0]), "{format} shows names by default");
        }
        let said = match format {
            "json" => "\"anonymous\": true",
            "csv" => "",
            _ => "Names of the facilitator and participants were left out",
        };
        assert!(text.contains(said), "{format} says names were left out");
        if matches!(format, "md" | "html") {
            // ... and that what people typed is not anonymised.
            assert!(
                text.contains("Notes and free-text answers are kept as they were written"),
                "{format} says notes are kept verbatim"
            );
        }
    }
}

#[test]
fn no_name_appears_in_the_portfolio() {
    let dir = tempfile::tempdir().unwrap();
    for format in ["md", "html", "csv"] {
        let out = integra(
            &[
                "aggregate",
                SESSION,
                "tests/fixtures/aggregate/mombasa.toml",
                "--framework",
                FRAMEWORK,
                "--anonymous",
                "--format",
                format,
            ],
            dir.path(),
        );
        let text = String::from_utf8(out.stdout).unwrap();
        for name in NAMES.into_iter().chain(["B. Facilitator", "Otieno"]) {
            assert!(!text.contains(name), "'{name}' in the {format} portfolio");
        }
        if format != "csv" {
            assert!(
                text.contains("left out"),
                "{format} says names are left out"
            );
        }
    }
}
