//! Links and loose folders around the files integra writes: the data folder is kept private,
//! a session in a folder others can write to is warned about, and exporting templates over a
//! link replaces the link instead of writing through it. (Sessions saved through links are
//! checked in `src/session/store/safety_tests.rs`.)
#![cfg(unix)]

use std::fs;
use std::os::unix::fs::{PermissionsExt as _, symlink};
use std::path::Path;

use crate::support::cmd::integra_in;
use crate::support::pty::Pty;

fn mode(p: &Path) -> u32 {
    fs::metadata(p).unwrap().permissions().mode() & 0o777
}

#[test]
fn the_wizard_makes_a_loose_data_folder_private_again() {
    let home = tempfile::tempdir().unwrap();
    let sessions = home.path().join("data/integra/sessions");
    fs::create_dir_all(&sessions).unwrap();
    for dir in [&sessions, &home.path().join("data/integra")] {
        fs::set_permissions(dir, fs::Permissions::from_mode(0o777)).unwrap();
    }
    let mut t = Pty::spawn(&["run"], home.path(), (80, 24));
    t.wait_for("Start a new assessment");
    assert_eq!(mode(&sessions), 0o700);
    assert_eq!(mode(&home.path().join("data/integra")), 0o700);
    // Nothing is open on the start screen: q quits at once.
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn a_session_in_a_folder_others_can_write_is_warned_about_and_left_alone() {
    let home = tempfile::tempdir().unwrap();
    let shared = home.path().join("shared");
    fs::create_dir(&shared).unwrap();
    fs::set_permissions(&shared, fs::Permissions::from_mode(0o777)).unwrap();
    let file = shared.join("s.toml");
    let t = Pty::spawn(
        &["run", "--session", file.to_str().unwrap()],
        home.path(),
        (80, 24),
    );
    t.wait_for("can be written by other users");
    assert_eq!(mode(&shared), 0o777, "the person's folder is theirs");
}

#[test]
fn exporting_templates_with_force_replaces_a_link_and_never_writes_through_it() {
    let home = tempfile::tempdir().unwrap();
    let out = home.path().join("tpl");
    fs::create_dir(&out).unwrap();
    let victim = home.path().join("victim.txt");
    fs::write(&victim, "keep me").unwrap();
    let first = integra_in(home.path(), home.path())
        .args(["templates", "--export", out.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(first.status.success());
    let name = fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .next()
        .unwrap();
    fs::remove_file(&name).unwrap();
    symlink(&victim, &name).unwrap();
    let again = integra_in(home.path(), home.path())
        .args(["templates", "--export", out.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!again.status.success(), "a link there is a file there");
    let forced = integra_in(home.path(), home.path())
        .args(["templates", "--export", out.to_str().unwrap(), "--force"])
        .output()
        .unwrap();
    assert!(
        forced.status.success(),
        "{}",
        String::from_utf8_lossy(&forced.stderr)
    );
    assert_eq!(fs::read_to_string(&victim).unwrap(), "keep me");
    assert!(fs::symlink_metadata(&name).unwrap().is_file());
}
