//! Writing a report file privately and atomically, with the one atomic writer integra has
//! ([`crate::session::store::write_atomic`]: a temporary file beside the target created 0600,
//! synced, renamed over the target, the folder synced). A reader never sees half a report, and
//! a crash leaves the old file (or none) in place.
//!
//! Must not: write any other way than through `write_atomic`, or choose where a report goes (the
//! caller does).

use std::path::Path;

use super::ReportError;
use crate::session::store::write_atomic;

/// Writes `contents` (text, or a Word or Excel file's bytes) to `path` atomically, readable and
/// writable by the owner only. Unlike a session, a report is not given folders of its own: a
/// missing folder is an error (a mistyped `-o` path should not create a tree).
pub fn write_private(path: &Path, contents: impl AsRef<[u8]>) -> Result<(), ReportError> {
    let fail = |source| ReportError::Write {
        path: path.to_path_buf(),
        source,
    };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && !dir.is_dir()
    {
        return Err(fail(std::io::Error::from(std::io::ErrorKind::NotFound)));
    }
    write_atomic(path, contents.as_ref()).map_err(fail)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_target_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.md");
        std::fs::write(&path, "old").unwrap();
        write_private(&path, "new").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn files_are_private_even_when_replacing_a_public_one() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.html");
        std::fs::write(&path, "old").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        write_private(&path, "<p>new</p>").unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    #[test]
    fn a_missing_folder_is_an_error_naming_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nope").join("r.md");
        let err = write_private(&path, "x").unwrap_err();
        assert!(err.to_string().contains("r.md"), "{err}");
    }
}
