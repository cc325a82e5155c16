//! `integra new`: the real binary writes a framework that validates cleanly, into the user's
//! framework folder where `integra` finds it by id, and never overwrites a file.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::support::cmd;

use std::path::Path;
use std::process::Output;

/// Runs `integra` in `cwd` with `home` as its private home and config/data folders.
fn integra(home: &Path, cwd: &Path, args: &[&str]) -> Output {
    cmd::integra_in(home, cwd).args(args).output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

#[test]
fn new_writes_a_clean_private_framework_that_integra_then_finds_by_id() {
    let home = tempfile::tempdir().unwrap();
    let cwd = tempfile::tempdir().unwrap();
    let out = integra(home.path(), cwd.path(), &["new", "Peer Services"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let path = home
        .path()
        .join("config/integra/frameworks/peer-services.toml");
    let said = text(&out.stdout);
    assert!(
        said.contains(&format!("Created {}", path.display())),
        "{said}"
    );
    for step in ["integra validate", "integra preview", "integra outline"] {
        assert!(said.contains(step), "{said}");
    }
    assert!(
        said.contains("integra run --framework peer-services"),
        "{said}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    let check = integra(
        home.path(),
        cwd.path(),
        &["validate", path.to_str().unwrap()],
    );
    assert_eq!(text(&check.stdout), format!("{}: ok\n", path.display()));

    let listed = integra(home.path(), cwd.path(), &["frameworks"]);
    let listed = text(&listed.stdout);
    assert!(
        listed.lines().any(|l| l.starts_with("peer-services ")),
        "{listed}"
    );
    let outline = integra(home.path(), cwd.path(), &["outline", "peer-services"]);
    assert!(text(&outline.stdout).starts_with("Peer Services (peer-services 0.1.0)"));
}

#[test]
fn new_refuses_to_overwrite_or_to_hide_an_existing_framework() {
    let home = tempfile::tempdir().unwrap();
    let cwd = tempfile::tempdir().unwrap();
    let target = cwd.path().join("mine.toml");
    std::fs::write(&target, "my own work").unwrap();
    let out = integra(home.path(), cwd.path(), &["new", "mine", "-o", "mine.toml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("'mine.toml' already exists; integra never overwrites it"));
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "my own work");

    let out = integra(home.path(), cwd.path(), &["new", "quick-check"]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("a framework with id 'quick-check' already exists (built-in)"),
        "{err}"
    );

    let out = integra(home.path(), cwd.path(), &["new", "été"]);
    assert!(text(&out.stderr).contains("'été' cannot be a framework id"));
    assert_eq!(
        std::fs::read_dir(home.path()).unwrap().count(),
        0,
        "nothing written"
    );
}

#[test]
fn new_from_copies_a_framework_into_a_given_folder_with_a_new_identity() {
    let home = tempfile::tempdir().unwrap();
    let cwd = tempfile::tempdir().unwrap();
    let args = [
        "new",
        "our-check",
        "--from",
        "quick-check",
        "--title",
        "Our quick check",
        "-o",
        ".",
    ];
    let out = integra(home.path(), cwd.path(), &args);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let copy = std::fs::read_to_string(cwd.path().join("our-check.toml")).unwrap();
    assert!(copy.starts_with("# 'our-check': adapted from 'quick-check' version 2.0.0 (sha256:"));
    assert!(copy.contains("\nid = \"our-check\"\n"));
    assert!(copy.contains("\ntitle = \"Our quick check\"\n"));
    let check = integra(home.path(), cwd.path(), &["validate", "our-check.toml"]);
    let said = text(&check.stdout);
    // A copy of a shipped framework is as clean as its original.
    assert!(said.ends_with("our-check.toml: ok\n"), "{said}");
    assert!(
        text(&out.stdout).contains("integra run --framework ./our-check.toml")
            || text(&out.stdout).contains("integra run --framework our-check.toml")
    );
}
