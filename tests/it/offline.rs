//! No network: integra opens no socket of any kind (internet, local or Unix), whatever it
//! is asked to do. Each command, and the wizard on a pseudo-terminal, runs under
//! `strace -ff -e trace=%network`, which records every socket, connect, bind, send and
//! receive call of the process, its threads and its children, one file each (so a call is
//! never split across lines by another thread's call); the record must stay empty.
//!
//! So that the test cannot pass because tracing quietly did not work, the tracer is first
//! pointed at a process that does open a socket (this test binary, re-run as a child), and
//! must see it. Without strace the test fails and says how to install it.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::support::pty;

use std::path::{Path, PathBuf};
use std::process::Command;

use pty::{DOWN, ENTER, Pty};

/// Set in the child that opens a socket on purpose, to check the tracer.
const CHILD_ENV: &str = "INTEGRA_OFFLINE_CHILD";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// strace's arguments, writing its record to `trace.PID` per thread; fails loudly when
/// strace is missing.
fn strace(trace: &Path) -> Vec<String> {
    let found = Command::new("strace").arg("-V").output();
    assert!(
        found.is_ok_and(|o| o.status.success()),
        "strace is needed to check that integra opens no socket: install it (apt-get install strace)"
    );
    [
        "strace",
        "-ff",
        "-qq",
        "-e",
        "trace=%network",
        "-e",
        "signal=none",
        "-o",
    ]
    .into_iter()
    .map(String::from)
    .chain([trace.display().to_string()])
    .collect()
}

/// Runs `program args` under strace; returns its exit status and the calls recorded.
fn traced(program: &str, args: &[&str], env: Option<(&str, &str)>) -> (bool, String) {
    let dir = tempfile::tempdir().unwrap();
    let trace = dir.path().join("trace");
    let wrapper = strace(&trace);
    let mut cmd = Command::new(&wrapper[0]);
    cmd.args(&wrapper[1..]).arg(program).args(args);
    cmd.current_dir(dir.path())
        .env("HOME", dir.path())
        .env("XDG_DATA_HOME", dir.path().join("data"))
        .env("XDG_CONFIG_HOME", dir.path().join("config"));
    if let Some((k, v)) = env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    let calls = record(&trace).unwrap_or_else(|| {
        panic!(
            "strace wrote no record; it may not be allowed to trace here: {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (out.status.success(), calls)
}

/// The calls strace recorded under `trace` (one `trace.PID` file per thread), each file's
/// lines together; `None` when it wrote no file.
fn record(trace: &Path) -> Option<String> {
    let dir = trace.parent()?;
    let prefix = format!("{}.", trace.file_name()?.to_str()?);
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(&prefix))
        })
        .collect();
    files.sort();
    if files.is_empty() {
        return None;
    }
    // Each file's lines apart, also when a file does not end with a newline.
    Some(
        files
            .iter()
            .map(|f| std::fs::read_to_string(f).unwrap() + "\n")
            .collect(),
    )
}

#[test]
#[ignore = "the child process of the tracer check in integra_opens_no_socket"]
fn child_opens_a_socket() {
    if std::env::var_os(CHILD_ENV).is_some() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        drop(listener);
    }
}

#[test]
fn integra_opens_no_socket() {
    // The tracer sees a socket when there is one.
    let exe = std::env::current_exe().unwrap();
    let (_, calls) = traced(
        exe.to_str().unwrap(),
        &["--exact", "offline::child_opens_a_socket", "--ignored"],
        Some((CHILD_ENV, "1")),
    );
    assert!(
        calls.contains("socket("),
        "strace did not see the socket the check opened, so it cannot vouch for integra:\n{calls}"
    );
    assert!(
        !network_calls(&calls).is_empty(),
        "the check below must refuse that socket:\n{calls}"
    );

    let r = root();
    let fixture = |p: &str| r.join(p).display().to_string();
    let out = tempfile::tempdir().unwrap();
    let report = out.path().join("report.html").display().to_string();
    let frameworks: Vec<String> = std::fs::read_dir(r.join("frameworks"))
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .collect();
    let mut validate = vec!["validate"];
    validate.extend(frameworks.iter().map(String::as_str));
    let answers = fixture("tests/fixtures/answers/minimal-building.toml");
    let fw = fixture("tests/fixtures/valid/minimal.toml");
    let commands: Vec<Vec<&str>> = vec![
        validate,
        vec!["frameworks"],
        vec!["outline"],
        vec!["schema"],
        vec!["templates"],
        vec!["score", &answers, "--framework", &fw],
        vec!["report", &answers, "--framework", &fw, "--format", "md"],
        vec!["report", &answers, "--framework", &fw, "-o", &report],
    ];
    let integra = env!("CARGO_BIN_EXE_integra");
    for args in &commands {
        let (ok, calls) = traced(integra, args, None);
        assert!(ok, "integra {args:?} failed");
        assert_no_socket(&calls);
    }
    assert!(Path::new(&report).exists());
}

/// The wizard, start to an answered question and quit, under the tracer.
#[test]
fn the_wizard_opens_no_socket() {
    let home = tempfile::tempdir().unwrap();
    let trace = home.path().join("trace");
    let wrapper = strace(&trace);
    let wrapper: Vec<&str> = wrapper.iter().map(String::as_str).collect();
    let mut t = Pty::spawn_under(
        &wrapper,
        &["run", "--framework", "quick-check"],
        home.path(),
        (100, 30),
    );
    t.wait_for("Start a new assessment");
    t.send(ENTER);
    t.wait_for("About this assessment");
    t.send("Offline clinic");
    for _ in 0..6 {
        t.send(DOWN);
    }
    t.send(ENTER);
    t.send("1");
    t.send("q");
    t.wait_for("Quit integra?");
    t.send("y");
    assert_eq!(t.wait_exit(), 0);
    assert_eq!(pty::sessions(home.path()).len(), 1, "the session was saved");
    let calls = record(&trace).expect("strace wrote a record");
    assert_no_socket(&calls);
}

/// Fails on any network call but one: the terminal library (crossterm) learns of window
/// resizes through an unnamed pair of connected Unix sockets (`socketpair`), which has no
/// address and so cannot reach anything outside the process. Calls on that pair are allowed;
/// any other socket, connect, bind, send or receive fails the test.
fn assert_no_socket(calls: &str) {
    let found = network_calls(calls);
    assert!(
        found.is_empty(),
        "integra made network calls:\n{}\n(full record:\n{calls})",
        found.join("\n")
    );
}

/// The recorded calls [`assert_no_socket`] refuses: all but `socketpair(AF_UNIX, …)` and
/// calls on the descriptors such a pair returned (in any thread's record). Only lines that
/// are calls count (`NAME(…`): strace's own notes (`--- … ---`, `+++ … +++`, `<… resumed>`,
/// whose call was recorded when it started) are not calls of integra's.
fn network_calls(calls: &str) -> Vec<&str> {
    let is_call = |line: &&str| {
        let name = line.trim_start().split('(').next().unwrap_or("");
        line.contains('(')
            && !name.is_empty()
            && name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
    };
    let lines: Vec<&str> = calls.lines().filter(is_call).collect();
    let pair_fds: Vec<&str> = lines
        .iter()
        .filter_map(|l| l.trim_start().strip_prefix("socketpair(AF_UNIX,"))
        .filter_map(|rest| rest.rsplit_once('[').and_then(|(_, f)| f.split_once(']')))
        .flat_map(|(fds, _)| fds.split(", "))
        .collect();
    lines
        .into_iter()
        .filter(|line| {
            let call = line.trim_start();
            if call.starts_with("socketpair(AF_UNIX,") {
                return false;
            }
            let fd = call.split_once('(').and_then(|(_, a)| a.split(',').next());
            !fd.is_some_and(|fd| pair_fds.contains(&fd))
        })
        .collect()
}

/// What the check counts: calls, not strace's notes; a socketpair and calls on its ends pass.
#[test]
fn only_network_calls_outside_a_socketpair_are_refused() {
    let record = "socketpair(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0, [3, 4]) = 0\n\
                  sendto(4, \"\\1\", 1, MSG_DONTWAIT, NULL, 0) = 1\n\
                  --- SIGWINCH {si_signo=SIGWINCH} ---\n\
                  +++ exited with 0 +++\n\
                  <... recvfrom resumed>\"\\1\", 1, 0, NULL, NULL) = 1\n\
                  connect(5, {sa_family=AF_UNIX, sun_path=\"/run/nscd/socket\"}, 110) = -1\n\
                  socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 6";
    assert_eq!(
        network_calls(record),
        [
            "connect(5, {sa_family=AF_UNIX, sun_path=\"/run/nscd/socket\"}, 110) = -1",
            "socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 6"
        ]
    );
}
