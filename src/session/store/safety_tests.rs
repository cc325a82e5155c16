//! What a save refuses and where it writes: a file someone else changed, a file too big to be
//! read back, links (followed to their target, never written through), hard-linked backups,
//! and temporary files a crash left.

use std::fs;
use std::path::Path;

use super::*;
use crate::answers::Response;
use crate::framework::{Origin, from_str};
use crate::session::resume;

const FW: &str = include_str!("../../../tests/fixtures/valid/minimal.toml");
const NOW: &str = "2026-11-23T10:00:00Z";

fn framework() -> Framework {
    from_str("m.toml", FW, Origin::Embedded).unwrap()
}

fn session(path: &Path) -> Session {
    Session::new(&framework(), "en", path.to_path_buf(), "2026-11-23")
}

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn a_save_never_replaces_a_file_changed_since_it_was_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.toml");
    let mut a = session(&path);
    a.answers_mut().set("referral", Response::Level(1));
    save(&mut a, &framework(), NOW).unwrap();
    let mut b = resume::open(&path, &[framework()]).unwrap().session;
    b.answers_mut().set_note("referral", "B's note");
    save(&mut b, &framework(), NOW).unwrap();
    let written_by_b = fs::read_to_string(&path).unwrap();

    a.answers_mut().set("staff", Response::Number(3.0));
    let err = save(&mut a, &framework(), NOW).unwrap_err();
    assert!(is_changed_on_disk(&err), "{err}");
    assert!(err.to_string().contains("s.toml"), "{err}");
    assert_eq!(fs::read_to_string(&path).unwrap(), written_by_b);
    assert_eq!(names(dir.path()), ["s.toml", "s.toml.bak"], "no temporary");

    // A new session never replaces a file that appeared at its path.
    let mut fresh = session(&path);
    assert!(is_changed_on_disk(
        &save(&mut fresh, &framework(), NOW).unwrap_err()
    ));
    // B, which read what is there, saves on.
    save(&mut b, &framework(), NOW).unwrap();
}

#[test]
fn a_save_too_big_to_be_read_back_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.toml");
    let mut s = session(&path);
    save(&mut s, &framework(), NOW).unwrap();
    let before = fs::read(&path).unwrap();
    let limit = usize::try_from(MAX_FILE_BYTES).unwrap();
    s.answers_mut().set_note("referral", "x".repeat(limit));
    let err = save(&mut s, &framework(), NOW).unwrap_err();
    assert_eq!(err.kind(), io::ErrorKind::FileTooLarge);
    assert!(err.to_string().contains("4194304"), "{err}");
    assert_eq!(fs::read(&path).unwrap(), before);
    assert_eq!(names(dir.path()), ["s.toml"]);
    // Just under the limit is saved, and reads back.
    let room = limit - before.len() - 100;
    s.answers_mut().set_note("referral", "x".repeat(room));
    save(&mut s, &framework(), NOW).unwrap();
    resume::open(&path, &[framework()]).unwrap();
}

#[cfg(unix)]
#[test]
fn a_session_at_a_link_is_saved_beside_the_target_and_stays_a_link() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("vault")).unwrap();
    fs::create_dir_all(dir.path().join("sessions")).unwrap();
    let link = dir.path().join("sessions/s.toml");
    symlink("../vault/real.toml", &link).unwrap();
    let mut s = session(&link);
    s.answers_mut().set("referral", Response::Level(1));
    save(&mut s, &framework(), NOW).unwrap();
    s.answers_mut().set("referral", Response::Level(2));
    save(&mut s, &framework(), NOW).unwrap();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(names(&dir.path().join("sessions")), ["s.toml"]);
    assert_eq!(
        names(&dir.path().join("vault")),
        ["real.toml", "real.toml.bak"]
    );
    for name in ["real.toml", "real.toml.bak"] {
        let meta = fs::symlink_metadata(dir.path().join("vault").join(name)).unwrap();
        assert!(meta.is_file(), "{name} is a regular file");
    }
    assert!(fs::read_to_string(&link).unwrap().contains("referral = 2"));
}

#[cfg(unix)]
#[test]
fn a_backup_that_is_a_link_is_replaced_and_nothing_outside_is_touched() {
    use std::os::unix::fs::{PermissionsExt as _, symlink};
    let dir = tempfile::tempdir().unwrap();
    let outside = dir.path().join("outside.txt");
    fs::write(&outside, "not integra's").unwrap();
    fs::set_permissions(&outside, fs::Permissions::from_mode(0o644)).unwrap();
    fs::create_dir_all(dir.path().join("sessions")).unwrap();
    let path = dir.path().join("sessions/s.toml");
    let mut s = session(&path);
    save(&mut s, &framework(), NOW).unwrap();
    symlink(&outside, backup::previous(&path)).unwrap();
    save(&mut s, &framework(), NOW).unwrap();
    let bak = fs::symlink_metadata(backup::previous(&path)).unwrap();
    assert!(bak.is_file(), "the backup is a file, not a link");
    assert_eq!(fs::read_to_string(&outside).unwrap(), "not integra's");
    let mode = fs::metadata(&outside).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o644, "no chmod through the link");
}

#[test]
fn a_folder_at_the_session_path_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.toml");
    fs::create_dir(&path).unwrap();
    let err = save(&mut session(&path), &framework(), NOW).unwrap_err();
    assert!(err.to_string().contains("not a regular file"), "{err}");
}

#[test]
fn a_backup_hard_linked_to_the_session_leaves_no_temporary() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.toml");
    let mut s = session(&path);
    s.answers_mut().set("referral", Response::Level(1));
    save(&mut s, &framework(), NOW).unwrap();
    fs::hard_link(&path, backup::previous(&path)).unwrap();
    s.answers_mut().set("referral", Response::Level(2));
    save(&mut s, &framework(), NOW).unwrap();
    assert_eq!(names(dir.path()), ["s.toml", "s.toml.bak"]);
    let bak = fs::read_to_string(backup::previous(&path)).unwrap();
    assert!(bak.contains("referral = 1"), "{bak}");
}

#[cfg(unix)]
#[test]
fn temporaries_left_by_a_crash_are_removed_on_the_next_save() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.toml");
    let mut s = session(&path);
    save(&mut s, &framework(), NOW).unwrap();
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    // A process that no longer runs; process 1 (always running) but older than the session;
    // process 1 again, newer (another integra's save in progress): kept.
    let dead = dir.path().join(".s.toml.999999999-0.tmp");
    let reused = dir.path().join(".s.toml.bak.1-3.tmp");
    let live = dir.path().join(".s.toml.1-4.tmp");
    for f in [&dead, &reused] {
        fs::write(f, "half").unwrap();
    }
    fs::File::options()
        .write(true)
        .open(&reused)
        .unwrap()
        .set_modified(old)
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    fs::write(&live, "in progress").unwrap();
    let later = std::time::SystemTime::now() + std::time::Duration::from_secs(60);
    fs::File::options()
        .write(true)
        .open(&live)
        .unwrap()
        .set_modified(later)
        .unwrap();
    save(&mut s, &framework(), NOW).unwrap();
    assert_eq!(
        names(dir.path()),
        [".s.toml.1-4.tmp", "s.toml", "s.toml.bak"]
    );
}
