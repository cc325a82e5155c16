//! One wizard per session: an advisory lock held while a session is open, so a second wizard
//! on the same file (a second window, a second laptop on a shared folder) is told who has it
//! instead of silently saving over the first one's answers.
//!
//! The lock is `flock` on a small file beside the session, `.S.toml.lock`, which records the
//! holder's process id and host name for that message. A session file cannot carry the lock
//! itself: every save replaces it with a new file. The lock ends with the process (however it
//! ends), so a crash never leaves a session locked; the file it leaves is locked again by the
//! next wizard and removed when that one closes. Where the file system has no locks (some
//! network shares), the session opens unlocked: the save's own check that the file has not
//! changed since it was read ([`super::store::save`]) still refuses to lose anyone's work.
//!
//! Must not: refuse to open a session where locks are not supported, or stand in for the save's own
//! check that the file has not changed.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read as _, Write as _};
use std::path::{Path, PathBuf};

/// A session held open; dropping it lets another wizard open the session.
#[derive(Debug)]
pub struct Lock {
    /// The lock file and its open handle; `None` where locks are not supported.
    held: Option<(PathBuf, File)>,
}

/// Who holds a session open, as its lock file says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holder {
    pub pid: Option<u32>,
    pub host: Option<String>,
}

/// `.S.toml.lock`, beside the session `S.toml`.
pub fn lock_path(session: &Path) -> PathBuf {
    let name = session
        .file_name()
        .map_or_else(|| "session".into(), |n| n.to_string_lossy().into_owned());
    session.with_file_name(format!(".{name}.lock"))
}

/// Takes the lock on the session at `session` (the file need not exist yet), or says who has
/// it. Where no lock file can be made (a folder that does not exist yet, a read-only one, a
/// link in the lock file's place) the session opens unlocked rather than not at all: the
/// save's own check still protects it, and a read-only session is still worth reading.
pub fn acquire(session: &Path) -> Result<Lock, Holder> {
    let path = lock_path(session);
    if path
        .parent()
        .is_some_and(|d| !d.as_os_str().is_empty() && !d.is_dir())
    {
        return Ok(Lock { held: None });
    }
    loop {
        let mut options = OpenOptions::new();
        options.read(true).write(true).create(true).truncate(false);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt as _;
            options.mode(0o600).custom_flags(NOFOLLOW);
        }
        let Ok(mut file) = options.open(&path) else {
            return Ok(Lock { held: None });
        };
        match try_lock(&file) {
            Ok(true) => {}
            Ok(false) => return Err(read_holder(&mut file)),
            // No locks on this file system: open unlocked (see the module header).
            Err(_) => return Ok(Lock { held: None }),
        }
        // The previous holder may have removed the file between our open and our lock:
        // then we hold a lock on a file nobody else will see. Try again with a fresh one.
        if same_file(&file, &path) {
            // The holder's name is for the message others see; the lock holds without it.
            let _ = write_holder(&mut file);
            return Ok(Lock {
                held: Some((path, file)),
            });
        }
    }
}

impl Lock {
    /// Whether this is the lock of the session at `session`.
    pub fn is_for(&self, session: &Path) -> bool {
        self.held
            .as_ref()
            .is_some_and(|(path, _)| *path == lock_path(session))
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        // Removed while still locked, so no other process can take a lock on the old file
        // believing it current (they check, see `acquire`).
        if let Some((path, _file)) = self.held.take() {
            let _ = fs::remove_file(path);
        }
    }
}

#[cfg(unix)]
const NOFOLLOW: i32 = rustix::fs::OFlags::NOFOLLOW.bits().cast_signed();

/// `Ok(false)` when another process holds the lock; an error when there are no locks here.
#[cfg(unix)]
fn try_lock(file: &File) -> io::Result<bool> {
    use rustix::fs::{FlockOperation, flock};
    match flock(file, FlockOperation::NonBlockingLockExclusive) {
        Ok(()) => Ok(true),
        Err(e) if e == rustix::io::Errno::WOULDBLOCK => Ok(false),
        Err(e) => Err(e.into()),
    }
}

#[cfg(not(unix))]
fn try_lock(_: &File) -> io::Result<bool> {
    Err(io::ErrorKind::Unsupported.into())
}

#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt as _;
    match (file.metadata(), fs::symlink_metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_: &File, _: &Path) -> bool {
    true
}

fn write_holder(file: &mut File) -> io::Result<()> {
    file.set_len(0)?;
    let mut table = toml::Table::new();
    table.insert("pid".into(), i64::from(std::process::id()).into());
    if let Some(host) = host_name() {
        table.insert("host".into(), host.into());
    }
    let text = toml::to_string(&table).unwrap_or_default();
    file.write_all(text.as_bytes())?;
    file.sync_all()
}

fn read_holder(file: &mut File) -> Holder {
    let mut text = String::new();
    let _ = file.take(4096).read_to_string(&mut text);
    let table: toml::Table = toml::from_str(&text).unwrap_or_default();
    Holder {
        pid: table
            .get("pid")
            .and_then(toml::Value::as_integer)
            .and_then(|p| u32::try_from(p).ok()),
        host: table
            .get("host")
            .and_then(toml::Value::as_str)
            .map(str::to_owned),
    }
}

/// This computer's name, for the message another wizard shows.
#[cfg(unix)]
pub fn host_name() -> Option<String> {
    let uname = rustix::system::uname();
    let name = uname.nodename().to_string_lossy().into_owned();
    (!name.is_empty()).then_some(name)
}

#[cfg(not(unix))]
pub fn host_name() -> Option<String> {
    std::env::var("COMPUTERNAME").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_on_a_session_names_the_first_holder() {
        let dir = tempfile::tempdir().unwrap();
        let session = dir.path().join("s.toml");
        let first = acquire(&session).unwrap();
        assert!(lock_path(&session).exists());
        match acquire(&session) {
            Err(holder) => {
                assert_eq!(holder.pid, Some(std::process::id()));
                assert_eq!(holder.host, host_name());
            }
            Ok(_) => panic!("the second lock was not refused"),
        }
        drop(first);
        assert!(!lock_path(&session).exists(), "removed when released");
        let again = acquire(&session).unwrap();
        assert!(again.held.is_some());
    }

    #[test]
    fn a_lock_file_left_by_a_dead_process_does_not_lock() {
        let dir = tempfile::tempdir().unwrap();
        let session = dir.path().join("s.toml");
        fs::write(lock_path(&session), "pid = 999999999\n").unwrap();
        let lock = acquire(&session).unwrap();
        assert!(lock.held.is_some());
        let text = fs::read_to_string(lock_path(&session)).unwrap();
        assert!(
            text.contains(&format!("pid = {}", std::process::id())),
            "{text}"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_lock_file_that_is_a_link_is_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let outside = dir.path().join("outside.txt");
        fs::write(&outside, "keep me").unwrap();
        let session = dir.path().join("s.toml");
        std::os::unix::fs::symlink(&outside, lock_path(&session)).unwrap();
        let lock = acquire(&session).unwrap();
        assert!(lock.held.is_none(), "opened unlocked");
        drop(lock);
        assert_eq!(fs::read_to_string(&outside).unwrap(), "keep me");
        assert!(
            fs::symlink_metadata(lock_path(&session)).is_ok(),
            "not removed"
        );
    }
}
