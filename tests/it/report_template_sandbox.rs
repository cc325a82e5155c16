//! A user's report template cannot reach outside the report: no file is read, no
//! environment variable or command is at hand. Each attempt is a template error that names
//! the template and its line, and nothing of the file it aimed at is printed.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use std::process::Command;

const SESSION: &str = "tests/fixtures/report/session.toml";
const FRAMEWORK: &str = "tests/fixtures/report/readiness.toml";

#[test]
fn templates_cannot_read_files_or_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    let secret = dir.path().join("secret.txt");
    std::fs::write(&secret, "SECRET-CONTENT-42").unwrap();
    let s = secret.display();
    let attempts = [
        format!("{{% include \"{s}\" %}}"),
        format!("{{% extends \"{s}\" %}}"),
        format!("{{% import \"{s}\" as x %}}"),
        "{{ get_env(name=\"INTEGRA_SECRET\") }}".to_owned(),
        "{{ now() }}".to_owned(),
        "{% include \"../../../../../../etc/passwd\" %}".to_owned(),
    ];
    for (i, attempt) in attempts.iter().enumerate() {
        let template = dir.path().join(format!("t{i}.md.tera"));
        std::fs::write(&template, format!("before\n{attempt}\nafter\n")).unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_integra"))
            .args(["report", SESSION, "--framework", FRAMEWORK, "--template"])
            .arg(&template)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("INTEGRA_SECRET", "SECRET-CONTENT-42")
            .env("HOME", dir.path())
            .env("XDG_CONFIG_HOME", dir.path().join("config"))
            .env("XDG_DATA_HOME", dir.path().join("data"))
            .env_remove("LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{attempt} is refused: {stdout}");
        for text in [&stdout, &stderr] {
            assert!(!text.contains("SECRET-CONTENT-42"), "{attempt}: {text}");
            assert!(!text.contains("root:"), "{attempt}: {text}");
        }
        assert!(
            stderr.contains(&template.display().to_string()),
            "{attempt}: the error names the template: {stderr}"
        );
    }
}
