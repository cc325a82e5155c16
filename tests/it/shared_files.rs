//! Session files are shared (emailed, put on a team drive): one must never make integra print
//! another file of the computer it is opened on, and no file integra writes for sharing
//! carries a home folder or a user name.

use std::path::Path;

use integra::framework::{Origin, from_path};
use integra::session::{Session, save};

use crate::support::cmd::integra_in;

const SECRET: &str = "root:$6$SECRETHASH0123:19000:0:99999:7:::\npassword = \"hunter2-SECRET\"\n";

/// A session naming `secret` as its framework file, for a framework integra does not have.
fn session_pointing_at(dir: &Path, secret: &Path) -> std::path::PathBuf {
    let path = dir.join("shared.toml");
    let text = format!(
        "framework = \"not-installed\"\n[answers]\n[session]\nframework_path = \"{}\"\n",
        secret.display()
    );
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn a_session_naming_another_file_never_prints_it() {
    let home = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let secret = dir.path().join("shadow");
    std::fs::write(&secret, SECRET).unwrap();
    // Also a file that is valid TOML (so a loader would list its keys and lines).
    let toml_secret = dir.path().join("secrets.toml");
    std::fs::write(&toml_secret, "id = \"x\"\napi_token = \"tok-SECRET-42\"\n").unwrap();
    for secret in [&secret, &toml_secret] {
        let session = session_pointing_at(dir.path(), secret);
        let s = session.to_str().unwrap();
        for args in [
            vec!["score", s],
            vec!["report", s],
            vec!["report", s, "--format", "json"],
            vec!["aggregate", s],
        ] {
            let out = integra_in(home.path(), dir.path())
                .args(&args)
                .output()
                .unwrap();
            let all = format!(
                "{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
            assert!(!out.status.success(), "{args:?}: {all}");
            assert!(!all.contains("SECRET"), "{args:?} printed the file: {all}");
            assert!(
                all.contains("is not a framework integra can read"),
                "{args:?}: {all}"
            );
        }
        // The wizard opening it says the framework is missing, and no more.
        let opened = integra::session::open(&session, &[]);
        let said = opened.err().map(|e| e.to_string()).unwrap_or_default();
        assert!(!said.is_empty() && !said.contains("SECRET"), "{said}");
    }
}

#[test]
fn sessions_record_the_framework_file_relative_to_themselves() {
    let dir = tempfile::tempdir().unwrap();
    let fw_dir = dir.path().join("drafts");
    std::fs::create_dir(&fw_dir).unwrap();
    let fw_file = fw_dir.join("mine.toml");
    std::fs::copy("tests/fixtures/valid/minimal.toml", &fw_file).unwrap();
    let fw = from_path(&fw_file).unwrap();
    assert!(matches!(fw.origin, Origin::File(_)));
    let path = dir.path().join("sessions/s.toml");
    let mut session = Session::new(&fw, "en", path.clone(), "2026-12-01");
    session
        .sheet
        .answers
        .set("referral", integra::answers::Response::Level(1));
    save(&mut session, &fw, "2026-12-01T10:00:00Z").unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.contains("framework_path = \"../drafts/mine.toml\""),
        "{text}"
    );
    let tmp = dir.path().to_str().unwrap();
    assert!(!text.contains(tmp), "no absolute path: {text}");
    // Found again from anywhere: by the wizard, and by `integra score` in another folder.
    let opened = integra::session::open(&path, &[]).unwrap();
    let found = opened.session.record.framework_path.unwrap();
    assert_eq!(
        found.canonicalize().unwrap(),
        fw_file.canonicalize().unwrap()
    );
    let elsewhere = tempfile::tempdir().unwrap();
    let out = integra_in(elsewhere.path(), elsewhere.path())
        .args(["score", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn the_aggregate_table_names_session_files_without_their_folders() {
    let home = tempfile::tempdir().unwrap();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let session = repo.join("tests/fixtures/report/session.toml");
    let framework = repo.join("tests/fixtures/report/readiness.toml");
    let run = |extra: &[&str]| {
        let mut args = vec![
            "aggregate",
            session.to_str().unwrap(),
            "--framework",
            framework.to_str().unwrap(),
            "--format",
            "csv",
        ];
        args.extend(extra);
        let out = integra_in(home.path(), home.path())
            .args(&args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let named = run(&[]);
    let repo_text = repo.to_str().unwrap();
    assert!(!named.contains(repo_text), "{named}");
    assert!(
        named.lines().nth(1).unwrap().ends_with(",session.toml"),
        "{named}"
    );
    let anonymous = run(&["--anonymous"]);
    assert!(!anonymous.contains("session.toml"), "{anonymous}");
    assert!(
        anonymous.lines().nth(1).unwrap().ends_with(",#1"),
        "{anonymous}"
    );
}
