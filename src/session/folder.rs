//! Folders other people can write to. A session's folder decides who can replace, remove or
//! plant files beside it (a fake backup, a link where a temporary file will go), whatever the
//! session file's own permissions say.
//!
//! The policy: integra's own data folder (the `sessions` folder and the `integra` folder
//! holding it) is integra's to keep private, so one found group- or world-writable is
//! tightened to 0700 when the wizard starts. A folder chosen by the person (`--session FILE`)
//! is theirs: it is left as it is, and the wizard warns that others can write there.
//!
//! Must not: tighten a folder the person chose (it only warns about it), or look at files inside
//! the folders.

use std::io;
use std::path::Path;

/// Whether users other than the owner can write to `dir` (group- or world-writable).
#[cfg(unix)]
pub fn loose(dir: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::metadata(dir).is_ok_and(|m| m.is_dir() && m.permissions().mode() & 0o022 != 0)
}

#[cfg(not(unix))]
pub fn loose(_: &Path) -> bool {
    false
}

/// Makes integra's own folder `dir` private (0700) when it is [`loose`] and this user owns
/// it; `Ok(true)` when it was changed. A link is not followed: the folder must be a folder.
#[cfg(unix)]
pub fn tighten(dir: &Path) -> io::Result<bool> {
    use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _};
    let meta = std::fs::symlink_metadata(dir)?;
    let mine = meta.uid() == rustix::process::geteuid().as_raw();
    if !meta.is_dir() || !mine || meta.permissions().mode() & 0o022 == 0 {
        return Ok(false);
    }
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    Ok(true)
}

#[cfg(not(unix))]
pub fn tighten(_: &Path) -> io::Result<bool> {
    Ok(false)
}

#[cfg(test)]
#[cfg(unix)]
mod tests {
    use std::fs;
    use std::os::unix::fs::PermissionsExt as _;

    use super::*;

    fn mode(p: &Path) -> u32 {
        fs::metadata(p).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn a_loose_own_folder_is_tightened_and_a_private_one_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let own = dir.path().join("sessions");
        fs::create_dir(&own).unwrap();
        fs::set_permissions(&own, fs::Permissions::from_mode(0o777)).unwrap();
        assert!(loose(&own));
        assert!(tighten(&own).unwrap());
        assert_eq!(mode(&own), 0o700);
        assert!(!loose(&own));
        assert!(!tighten(&own).unwrap(), "nothing to do the second time");
        fs::set_permissions(&own, fs::Permissions::from_mode(0o770)).unwrap();
        assert!(loose(&own), "group-writable counts");
    }

    #[test]
    fn a_link_to_a_folder_is_not_tightened() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real");
        fs::create_dir(&real).unwrap();
        fs::set_permissions(&real, fs::Permissions::from_mode(0o777)).unwrap();
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        assert!(!tighten(&link).unwrap());
        assert_eq!(mode(&real), 0o777);
    }
}
