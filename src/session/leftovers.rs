//! Temporary files a save left when its process died half-way (`.S.toml.PID-N.tmp`, and
//! `.S.toml.bak.PID-N.tmp` for the backup): removed on the next save, unless they may belong
//! to a save still in progress in another process.
//!
//! Must not: remove a temporary file that may belong to a save still running in another process, or
//! any file of another session.

use std::fs;
use std::path::Path;

use super::backup::family;

/// Removes the temporary files of saves that never finished beside the session at `path`
/// (`.S.toml.PID-N.tmp`, `.S.toml.bak.PID-N.tmp`): those of a process that is no longer
/// running, and those older than the session file (their process id now belongs to another
/// program). Another integra's save in progress is left alone.
pub fn clean(path: &Path) {
    let session_time = fs::metadata(path).and_then(|m| m.modified()).ok();
    for file in family(path) {
        let Some(pid) = leftover_pid(&file) else {
            continue;
        };
        if pid == std::process::id() {
            continue;
        }
        let older = fs::symlink_metadata(&file)
            .and_then(|m| m.modified())
            .ok()
            .zip(session_time)
            .is_some_and(|(t, s)| t < s);
        if older || !running(pid) {
            let _ = fs::remove_file(&file);
        }
    }
}

/// The process id in a temporary file's name (`.S.toml.1234-0.tmp`), if it is one.
fn leftover_pid(file: &Path) -> Option<u32> {
    let name = file.file_name()?.to_str()?;
    let stem = name.strip_prefix('.')?.strip_suffix(".tmp")?;
    let (_, tail) = stem.rsplit_once('.')?;
    let (pid, n) = tail.split_once('-')?;
    n.parse::<u32>().ok()?;
    pid.parse().ok()
}

/// Whether a process with this id is running (as far as can be told: one of another user
/// counts as running).
#[cfg(unix)]
fn running(pid: u32) -> bool {
    let Some(pid) = i32::try_from(pid)
        .ok()
        .and_then(rustix::process::Pid::from_raw)
    else {
        return false;
    };
    rustix::process::test_kill_process(pid) != Err(rustix::io::Errno::SRCH)
}

#[cfg(not(unix))]
fn running(_: u32) -> bool {
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_temporary_names_give_a_process_id() {
        let pid = |name: &str| leftover_pid(Path::new(name));
        assert_eq!(pid(".s.toml.1234-0.tmp"), Some(1234));
        assert_eq!(pid(".s.toml.bak.77-12.tmp"), Some(77));
        assert_eq!(pid(".s.toml.lock"), None);
        assert_eq!(pid("s.toml"), None);
        assert_eq!(pid(".s.toml.x-1.tmp"), None);
    }
}
