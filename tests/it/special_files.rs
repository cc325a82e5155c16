//! Devices, FIFOs and files whose size the system does not know: integra reads only regular
//! files, and never more than its limit, so none of them can hang a command or the wizard.

#![cfg(unix)]

use std::path::Path;
use std::process::Command;

use crate::support::cmd::integra_at_repo;
use crate::support::pty::Pty;

fn mkfifo(path: &Path) {
    let made = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(made.success(), "mkfifo {}", path.display());
}

/// Runs `integra ARGS`, killing it if it has not ended after a minute (a hang is a failure,
/// not a stuck test run); returns its exit code and what it printed.
fn run_or_kill(home: &Path, args: &[&str]) -> (Option<i32>, String) {
    let mut child = integra_at_repo(home)
        .args(args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > std::time::Duration::from_secs(60) {
            child.kill().unwrap();
            let _ = child.wait();
            return (None, String::from("hung: killed after 60 s"));
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code(), said)
}

#[test]
fn a_device_or_a_fifo_is_refused_with_a_message_not_read() {
    let home = tempfile::tempdir().unwrap();
    let fifo = home.path().join("pipe.toml");
    mkfifo(&fifo);
    let fifo = fifo.to_str().unwrap();
    for args in [
        vec!["validate", "/dev/zero"],
        vec!["validate", fifo],
        vec!["outline", fifo],
        vec!["score", fifo],
        vec!["report", fifo],
        vec![
            "score",
            "tests/fixtures/report/session.toml",
            "--framework",
            fifo,
        ],
        vec![
            "report",
            "tests/fixtures/report/session.toml",
            "--framework",
            "tests/fixtures/report/readiness.toml",
            "--template",
            fifo,
        ],
    ] {
        let (code, said) = run_or_kill(home.path(), &args);
        assert_eq!(code, Some(1), "{args:?}: {said}");
        assert!(said.contains("not a regular file"), "{args:?}: {said}");
    }
}

#[test]
fn a_fifo_in_the_sessions_folder_does_not_stop_the_start_screen() {
    let home = tempfile::tempdir().unwrap();
    let sessions = home.path().join("data/integra/sessions");
    std::fs::create_dir_all(&sessions).unwrap();
    mkfifo(&sessions.join("stuck.toml"));
    let mut t = Pty::spawn(&[], home.path(), (100, 30));
    let screen = t.wait_for("Start a new assessment");
    assert!(
        screen.contains("stuck.toml"),
        "listed as unreadable: {screen}"
    );
    // Nothing is open on the start screen, so Ctrl+Q quits at once.
    t.send("\x11");
    assert_eq!(t.wait_exit(), 0);
}
