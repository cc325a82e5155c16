//! Backups beside a session file, under one naming scheme (for `S.toml`):
//!
//! - `S.toml.bak`: the version before the last save. Every save first keeps the file it is
//!   about to replace here, so a save that goes wrong (or a bad answer) costs one step at most.
//! - `S.toml.STAMP.bak`: a copy kept for good, made when resuming against a changed framework
//!   set answers aside (`STAMP` is the UTC time, `20261123T100000Z`).
//! - `S.toml.STAMP.broken`: a session file that could not be read, moved aside (never written
//!   over) when its backup was restored in its place.
//!
//! A file that cannot be read as a session is never replaced by a save: [`keep_previous`]
//! refuses, so the wizard asks where else to save instead.
//!
//! Must not: replace a file that cannot be read as a session, or write any other way than through
//! `store`'s atomic writer.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::{clock, store};
use crate::answers::parse_sheet;
use crate::diagnostic::Msg;
use crate::framework::read::bounded;
use crate::framework::{MAX_FILE_BYTES, content_hash, read_text_file};

/// `S.toml.bak`: the version before the last save.
pub fn previous(path: &Path) -> PathBuf {
    with_suffix(path, ".bak")
}

/// `S.toml.STAMP.bak`, `S.toml.STAMP.broken`: `STAMP` is now, in UTC, letters and digits only.
fn stamped(path: &Path, kind: &str) -> PathBuf {
    let stamp: String = clock::now()
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    with_suffix(path, &format!(".{stamp}.{kind}"))
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

/// Before a save replaces `path`: keeps the file there as `S.toml.bak` (replacing the older
/// backup). Nothing to keep when `path` does not exist yet. Refuses, leaving everything as it
/// is, when the file there cannot be read as a session (it must not be written over), and
/// when its content hash is not `expected` (the hash of what the session last read or wrote
/// there, always a session; `None` when it never did): someone else wrote it since. A file
/// with the expected hash is that session, and is not read as one again.
///
/// The backup is a hard link made under a temporary name and renamed into place, so it is
/// never half written and costs no copy; where hard links are not supported (FAT USB sticks)
/// it is an atomic copy.
pub fn keep_previous(path: &Path, expected: Option<&str>) -> io::Result<()> {
    if fs::symlink_metadata(path).is_err() {
        return Ok(());
    }
    let name = path.display().to_string();
    // The reason is kept in every language: the wizard or the command line tells it.
    let text = read_text_file(path).map_err(|e| {
        let e = e.into_load_error(&name);
        refuse(path, Msg::each(|lang| e.render_in(lang)))
    })?;
    // The file this session last read or wrote (`expected` is only ever the hash of a
    // file read as a session) needs no second reading: for a large workshop session that
    // reading was most of a save, and a save follows every answer.
    if expected != Some(content_hash(text.as_bytes()).as_str()) {
        parse_sheet(&name, &text).map_err(|e| refuse(path, Msg::each(|lang| e.render_in(lang))))?;
        return Err(io::Error::other(store::Refusal {
            lines: vec![crate::msg!("cli-save-changed", path = name)],
            changed: true,
        }));
    }
    let backup = previous(path);
    let temp = store::temp_path(&backup);
    if fs::hard_link(path, &temp).is_err() {
        return store::write_atomic(&backup, text.as_bytes());
    }
    // A session made by hand (`--session FILE`) may be readable by others; its backup is
    // a file integra writes, so it is private like every other. (The session itself is
    // replaced by a private file in a moment, so the shared inode loses nothing.)
    let result = private(&temp).and_then(|()| fs::rename(&temp, &backup));
    // When the backup already is the session file (a hard link), the rename does nothing
    // and leaves the temporary name behind.
    if result.is_err() || fs::symlink_metadata(&temp).is_ok() {
        let _ = fs::remove_file(&temp);
    }
    result
}

/// Makes the file at `path` private (0600) through a handle that does not follow links, so
/// a link put there can never make another file private (or public).
#[cfg(unix)]
fn private(path: &Path) -> io::Result<()> {
    use std::os::unix::fs::{OpenOptionsExt as _, PermissionsExt as _};
    let file = fs::OpenOptions::new()
        .read(true)
        .custom_flags(rustix::fs::OFlags::NOFOLLOW.bits().cast_signed())
        .open(path)?;
    file.set_permissions(fs::Permissions::from_mode(0o600))
}

/// On Windows a file is the user's own by where it lives: see docs/reliability.md.
#[cfg(not(unix))]
#[allow(clippy::unnecessary_wraps)]
fn private(_: &Path) -> io::Result<()> {
    Ok(())
}

fn refuse(path: &Path, why: Msg) -> io::Error {
    let said = crate::msg!("cli-backup-refuse", path = path.display().to_string());
    io::Error::new(
        io::ErrorKind::InvalidData,
        store::Refusal {
            lines: vec![said, why],
            changed: false,
        },
    )
}

/// Copies `path` as it is to `S.toml.STAMP.bak`, a backup kept for good.
pub fn snapshot(path: &Path) -> io::Result<PathBuf> {
    let bytes = bounded(path, MAX_FILE_BYTES)?;
    let backup = stamped(path, "bak");
    store::write_atomic(&backup, &bytes)?;
    Ok(backup)
}

/// The backup to offer for a session that cannot be read: `S.toml.bak`, if it is readable.
pub fn readable_previous(path: &Path) -> Option<PathBuf> {
    let backup = previous(path);
    let text = read_text_file(&backup).ok()?;
    parse_sheet(&backup.display().to_string(), &text)
        .ok()
        .map(|_| backup)
}

/// Puts the backup back in place of an unreadable session: the unreadable file is moved to
/// `S.toml.STAMP.broken` (kept, not overwritten), then `S.toml.bak` is copied to `S.toml`.
/// Returns where the unreadable file now is.
pub fn restore(path: &Path) -> io::Result<PathBuf> {
    let backup = previous(path);
    let bytes = bounded(&backup, MAX_FILE_BYTES)?;
    let aside = stamped(path, "broken");
    if fs::symlink_metadata(path).is_ok() {
        fs::rename(path, &aside)?;
    }
    store::write_atomic(path, &bytes)?;
    Ok(aside)
}

/// Every file that belongs to the session at `path`: the session, its backups, files set
/// aside and temporary files a crash left behind. Only those that exist.
pub fn family(path: &Path) -> Vec<PathBuf> {
    let Some(name) = path.file_name().map(|n| n.to_string_lossy().into_owned()) else {
        return Vec::new();
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut out: Vec<PathBuf> = fs::read_dir(&dir)
        .map(|read| {
            read.filter_map(Result::ok)
                .filter(|e| belongs(&name, &e.file_name().to_string_lossy()))
                .map(|e| dir.join(e.file_name()))
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

/// Whether the file named `other` belongs to the session file named `name` (see the module
/// header for the names).
fn belongs(name: &str, other: &str) -> bool {
    if other == name {
        return true;
    }
    if let Some(rest) = other.strip_prefix(name) {
        let middle = rest
            .strip_suffix(".bak")
            .or_else(|| rest.strip_suffix(".broken"));
        return middle.is_some_and(|m| {
            m.is_empty()
                || m.strip_prefix('.')
                    .is_some_and(|s| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric()))
        });
    }
    // Temporary files of a save (or of a backup) cut short: `.S.toml.1234-0.tmp`; and the
    // lock of an open session, `.S.toml.lock`.
    other
        .strip_prefix('.')
        .and_then(|o| o.strip_prefix(name))
        .is_some_and(|rest| {
            rest == ".lock"
                || (rest.starts_with('.')
                    && Path::new(rest)
                        .extension()
                        .is_some_and(|e| e.eq_ignore_ascii_case("tmp")))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Response;
    use crate::framework::{Framework, Origin, from_str};
    use crate::session::{Session, store};

    const FW: &str = include_str!("../../tests/fixtures/valid/minimal.toml");

    fn fw() -> Framework {
        from_str("m.toml", FW, Origin::Embedded).unwrap()
    }

    fn session(dir: &Path) -> Session {
        Session::new(&fw(), "en", dir.join("s.toml"), "2026-11-23")
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
    fn each_save_keeps_the_version_it_replaces() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = session(dir.path());
        s.answers_mut().set("referral", Response::Level(1));
        store::save(&mut s, &fw(), "2026-11-23T10:00:00Z").unwrap();
        assert_eq!(
            names(dir.path()),
            ["s.toml"],
            "nothing to keep the first time"
        );
        s.answers_mut().set("referral", Response::Level(2));
        store::save(&mut s, &fw(), "2026-11-23T10:01:00Z").unwrap();
        s.answers_mut().set("staff", Response::Number(3.0));
        store::save(&mut s, &fw(), "2026-11-23T10:02:00Z").unwrap();
        assert_eq!(names(dir.path()), ["s.toml", "s.toml.bak"]);
        let bak = fs::read_to_string(previous(&s.path)).unwrap();
        assert!(bak.contains("referral = 2"), "{bak}");
        assert!(
            !bak.contains("staff"),
            "the backup is one save behind: {bak}"
        );
        assert!(fs::read_to_string(&s.path).unwrap().contains("staff = 3"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = fs::metadata(previous(&s.path))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[cfg(unix)]
    #[test]
    fn the_backup_of_a_hand_made_session_is_private() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap();
        let mut s = session(dir.path());
        store::save(&mut s, &fw(), "2026-11-23T10:00:00Z").unwrap();
        fs::set_permissions(&s.path, fs::Permissions::from_mode(0o644)).unwrap();
        store::save(&mut s, &fw(), "2026-11-23T10:01:00Z").unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&previous(&s.path)), 0o600);
        assert_eq!(mode(&s.path), 0o600);
    }

    #[test]
    fn an_unreadable_file_is_never_written_over() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = session(dir.path());
        let broken = "framework = \"minimal\"\n[answers\nreferral = 2\n";
        fs::write(&s.path, broken).unwrap();
        let err = store::save(&mut s, &fw(), "2026-11-23T10:00:00Z").unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::InvalidData);
        let text = err.to_string();
        assert!(text.contains("s.toml:2:"), "file:line:col: {text}");
        assert!(text.contains("kept as it is"), "{text}");
        assert_eq!(fs::read_to_string(&s.path).unwrap(), broken);
        assert_eq!(names(dir.path()), ["s.toml"], "no backup, no temporary");
    }

    /// `--force` takes over a session file it never read, but never a file that is not one:
    /// a save skips reading the file it expects, so adopting must not expect a broken one.
    #[test]
    fn an_unreadable_file_is_not_adopted_and_stays_as_it_is() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = session(dir.path());
        let broken = "framework = \"minimal\"\n[answers\nreferral = 2\n";
        fs::write(&s.path, broken).unwrap();
        store::adopt(&mut s);
        assert_eq!(s.on_disk, None);
        let err = store::save(&mut s, &fw(), "2026-11-23T10:00:00Z").unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::InvalidData);
        assert_eq!(fs::read_to_string(&s.path).unwrap(), broken);
        // A session someone else wrote there is adopted, and replaced (kept as the backup).
        let mut other = session(dir.path());
        other.answers_mut().set("referral", Response::Level(2));
        fs::write(&s.path, other.to_toml()).unwrap();
        store::adopt(&mut s);
        assert!(s.on_disk.is_some());
        store::save(&mut s, &fw(), "2026-11-23T10:01:00Z").unwrap();
        assert!(
            fs::read_to_string(previous(&s.path))
                .unwrap()
                .contains("referral = 2")
        );
    }

    #[test]
    fn restoring_moves_the_unreadable_file_aside_and_puts_the_backup_back() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = session(dir.path());
        s.answers_mut().set("referral", Response::Level(1));
        store::save(&mut s, &fw(), "2026-11-23T10:00:00Z").unwrap();
        store::save(&mut s, &fw(), "2026-11-23T10:01:00Z").unwrap();
        fs::write(&s.path, "\u{0}\u{0} half a file").unwrap();
        assert_eq!(readable_previous(&s.path), Some(previous(&s.path)));
        let aside = restore(&s.path).unwrap();
        assert_eq!(
            fs::read_to_string(&aside).unwrap(),
            "\u{0}\u{0} half a file"
        );
        let name = aside.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            name.starts_with("s.toml.") && name.ends_with(".broken"),
            "{name}"
        );
        assert!(
            fs::read_to_string(&s.path)
                .unwrap()
                .contains("referral = 1")
        );
        assert_eq!(family(&s.path).len(), 3, "{:?}", family(&s.path));
    }

    #[test]
    fn an_unreadable_backup_is_not_offered() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.toml");
        fs::write(previous(&path), "not = [toml").unwrap();
        assert_eq!(readable_previous(&path), None);
    }

    #[test]
    fn a_sessions_family_is_its_backups_and_leftovers_only() {
        let dir = tempfile::tempdir().unwrap();
        for name in [
            "s.toml",
            "s.toml.bak",
            "s.toml.20261123T100000Z.bak",
            "s.toml.20261123T100000Z.broken",
            ".s.toml.123-0.tmp",
            ".s.toml.bak.123-1.tmp",
            ".s.toml.lock",
            ".s.toml.lockx",
            "s.toml2.toml",
            "s.toml.notes.txt",
            "s.toml.a b.bak",
            "other.toml",
            "other.toml.bak",
        ] {
            fs::write(dir.path().join(name), "x").unwrap();
        }
        let found: Vec<String> = family(&dir.path().join("s.toml"))
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            found,
            [
                ".s.toml.123-0.tmp",
                ".s.toml.bak.123-1.tmp",
                ".s.toml.lock",
                "s.toml",
                "s.toml.20261123T100000Z.bak",
                "s.toml.20261123T100000Z.broken",
                "s.toml.bak",
            ]
        );
    }
}
