//! Forgetting a session: its file, backups, files set aside and leftovers, each overwritten
//! with zeros, flushed to the disk, then removed.
//!
//! Overwriting defeats undelete tools reading a plain hard disk; it cannot promise more. SSDs
//! and USB sticks write new data to fresh cells and keep the old ones until they recycle
//! them; copy-on-write file systems (btrfs, ZFS, APFS) and snapshots keep old blocks;
//! journals may hold pieces; backups and synced folders hold their own copies. Full-disk
//! encryption is what protects a lost laptop.
//!
//! Must not: touch a file outside the session's own family (its backups, files set aside and
//! leftovers), or promise more than overwriting gives.

use std::fs::{self, OpenOptions};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

use super::SessionError;
use super::backup;
use crate::answers::parse_sheet;
use crate::diagnostic::Msg;
use crate::framework::read_text_file;

/// The files to remove for the session at `path`, once it is known to be an integra
/// session: the file itself, or else one of its backups, must be a session integra saved
/// (an answers file with a `[session]` table). Anything else is refused, with the reason.
pub fn files(path: &Path) -> Result<Vec<PathBuf>, SessionError> {
    let shown = path.display().to_string();
    let family = backup::family(path);
    if family.is_empty() {
        return Err(crate::msg!("cli-forget-missing", path = shown).into());
    }
    if fs::symlink_metadata(path).is_ok_and(|m| !m.file_type().is_file()) {
        return Err(crate::msg!("cli-forget-not-file", path = shown).into());
    }
    let why = match is_session(path) {
        Ok(()) => return Ok(family),
        Err(why) => why,
    };
    // A session that cannot be read any more is recognised by its backups.
    if family.iter().any(|f| f != path && is_session(f).is_ok()) {
        return Ok(family);
    }
    // The reason is a whole located report: kept in each language for the edge to pick.
    let why = Msg::each(|lang| why.render(lang));
    Err(crate::msg!("cli-forget-not-session", path = shown, why = why).into())
}

fn is_session(path: &Path) -> Result<(), SessionError> {
    let name = path.display().to_string();
    let text = read_text_file(path).map_err(|e| e.into_load_error(&name))?;
    let sheet = parse_sheet(&name, &text)?;
    if sheet.session().is_none() {
        return Err(crate::msg!("cli-forget-no-session-table").into());
    }
    Ok(())
}

/// Overwrites `path` with zeros, flushes it to the disk, then removes it (and flushes the
/// folder, so the removal itself is on disk). Symbolic links are removed, never followed.
pub fn shred(path: &Path) -> io::Result<()> {
    let meta = fs::symlink_metadata(path)?;
    if meta.file_type().is_file() {
        let mut file = OpenOptions::new().write(true).open(path)?;
        let zeros = vec![0u8; 64 * 1024];
        let mut left = meta.len();
        while left > 0 {
            let n = usize::try_from(left.min(zeros.len() as u64)).unwrap_or(zeros.len());
            file.write_all(&zeros[..n])?;
            left -= n as u64;
        }
        file.sync_all()?;
    }
    fs::remove_file(path)?;
    #[cfg(unix)]
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::File::open(dir)?.sync_all()?;
    }
    Ok(())
}
