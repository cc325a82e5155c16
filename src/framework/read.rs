//! Reading a file someone named: only a regular file, and never more than a limit.
//!
//! A path on the command line, in a session or in the sessions folder can name a device
//! (`/dev/zero` never ends), a FIFO (opening it waits for a writer that may never come) or a
//! file whose size the system does not know (`/proc`). So the path must be a regular file
//! before it is opened, it is opened without waiting (`O_NONBLOCK`, in case it was swapped
//! for a FIFO in between) and checked again through the open handle, and at most `limit + 1`
//! bytes are read whatever its size claims.
//!
//! Owns the bounded read. Must not parse what it reads nor word messages for a particular
//! kind of file (callers do).

use std::fs::{File, OpenOptions};
use std::io::{self, Read as _};
use std::path::Path;

/// Why [`bounded`] read nothing.
#[derive(Debug)]
pub enum Refused {
    /// The path is a folder.
    Folder,
    /// The path is a device, FIFO or socket.
    NotRegular,
    /// The file holds more than the limit; the size when the system said it.
    TooBig(Option<u64>),
    /// The system refused (missing, permissions, ...).
    Io(io::Error),
}

impl From<io::Error> for Refused {
    fn from(e: io::Error) -> Self {
        Self::Io(e)
    }
}

impl From<Refused> for io::Error {
    fn from(r: Refused) -> Self {
        match r {
            Refused::Io(e) => e,
            Refused::Folder => io::Error::new(io::ErrorKind::IsADirectory, "a folder, not a file"),
            Refused::NotRegular => io::Error::new(
                io::ErrorKind::InvalidInput,
                "not a regular file (a device, a pipe or a socket)",
            ),
            Refused::TooBig(_) => {
                io::Error::new(io::ErrorKind::FileTooLarge, "the file is too big")
            }
        }
    }
}

/// The bytes of the regular file at `path` (links followed), at most `limit` of them.
pub fn bounded(path: &Path, limit: u64) -> Result<Vec<u8>, Refused> {
    let kind = |meta: &std::fs::Metadata| {
        if meta.is_dir() {
            Err(Refused::Folder)
        } else if meta.is_file() {
            Ok(())
        } else {
            Err(Refused::NotRegular)
        }
    };
    let meta = std::fs::metadata(path)?;
    kind(&meta)?;
    if meta.len() > limit {
        return Err(Refused::TooBig(Some(meta.len())));
    }
    let file = open_without_waiting(path)?;
    kind(&file.metadata()?)?;
    // Room for the size the system gave (and one byte to see the end) in one piece: grown
    // from nothing, a large framework was read in a dozen calls, each copying what came before
    // into fresh memory.
    let expected = usize::try_from(meta.len().saturating_add(1)).unwrap_or(usize::MAX);
    let mut bytes = Vec::with_capacity(expected);
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(Refused::TooBig(None));
    }
    Ok(bytes)
}

/// Opens `path` for reading; on Unix without waiting for a writer if it is a FIFO.
fn open_without_waiting(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regular_files_are_read_up_to_the_limit() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.toml");
        std::fs::write(&path, "12345").unwrap();
        assert_eq!(bounded(&path, 5).unwrap(), b"12345");
        assert!(matches!(bounded(&path, 4), Err(Refused::TooBig(Some(5)))));
        assert!(matches!(bounded(dir.path(), 4), Err(Refused::Folder)));
    }

    #[cfg(unix)]
    #[test]
    fn devices_and_fifos_are_refused_without_reading() {
        assert!(matches!(
            bounded(Path::new("/dev/zero"), 10),
            Err(Refused::NotRegular)
        ));
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe.toml");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        assert!(matches!(bounded(&fifo, 10), Err(Refused::NotRegular)));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_file_whose_size_the_system_does_not_know_is_still_bounded() {
        // /proc files say they are empty, then give more.
        let meta = std::fs::metadata("/proc/self/status").unwrap();
        assert_eq!(meta.len(), 0);
        assert!(matches!(
            bounded(Path::new("/proc/self/status"), 10),
            Err(Refused::TooBig(None))
        ));
    }
}
