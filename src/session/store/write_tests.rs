//! Writing: atomic, private files, fresh names, and saves where nothing can be written; an
//! unreadable file listed with its problem.

use super::*;

#[test]
fn an_atomic_write_replaces_the_file_and_leaves_no_temporary() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("deep/er/s.toml");
    write_atomic(&path, b"one").unwrap();
    write_atomic(&path, b"two").unwrap();
    assert_eq!(fs::read_to_string(&path).unwrap(), "two");
    let names: Vec<_> = fs::read_dir(path.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["s.toml"]);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(path.parent().unwrap()), 0o700);
    }
}

#[test]
fn new_paths_are_fresh() {
    let dir = tempfile::tempdir().unwrap();
    let a = new_path(dir.path(), "fw", "2026-11-23");
    fs::write(&a, "").unwrap();
    let b = new_path(dir.path(), "fw", "2026-11-23");
    assert_ne!(a, b);
    assert!(
        b.file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("2026-11-23-fw-")
    );
}

/// Folders that cannot be written, as root too (root ignores permission bits): a path
/// under a regular file, and one in /proc. The save fails with a message naming the
/// place, nothing panics, and nothing is left behind.
#[test]
fn a_save_where_nothing_can_be_written_fails_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a-file");
    fs::write(&file, "x").unwrap();
    let text = include_str!("../../../tests/fixtures/valid/minimal.toml");
    let fw =
        crate::framework::from_str("m.toml", text, crate::framework::Origin::Embedded).unwrap();
    for place in [
        file.join("s.toml"),
        PathBuf::from("/proc/integra-test/s.toml"),
    ] {
        let mut s = Session::new(&fw, "en", place.clone(), "2026-11-23");
        let err = save(&mut s, &fw, "2026-11-23T10:00:00Z").unwrap_err();
        assert!(!place.exists(), "{err}");
    }
    assert_eq!(fs::read_to_string(&file).unwrap(), "x");
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn an_unreadable_session_is_listed_with_its_problem() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("broken.toml"),
        "framework = \"minimal\"\n[answers\n",
    )
    .unwrap();
    let list = list(dir.path(), &[], None);
    assert_eq!(list.len(), 1);
    let problem = list[0].problem.as_deref().unwrap();
    assert!(problem.contains("broken.toml:2:"), "{problem}");
}
