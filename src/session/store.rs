//! Keeping sessions on disk: atomic, private writes, fresh file names, and the list of saved
//! sessions the start screen offers to resume.
//!
//! A save writes a temporary file in the session's own folder, fsyncs it, renames it over the
//! session file and fsyncs the folder. A crash (or `kill -9`) at any moment therefore leaves
//! either the previous complete file or the new complete file, never half of one. Files are
//! readable by their owner only (0600, folders 0700): answers describe real services and
//! sometimes real people.
//!
//! Must not: read the locale (refusals carry catalogue messages), or write a file other than
//! atomically and 0600.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

use super::refusal::refusal;
pub use super::refusal::{Refusal, explain, is_changed_on_disk};
use super::{Counted, Progress, Session, backup, clock, leftovers, progress};
use crate::answers::{ParsedSheet, parse_sheet};
use crate::framework::{Framework, MAX_FILE_BYTES, catalog, content_hash, read_text_file};
use head::Head;
use known::Known;

/// Saves `session` at its path, stamping `updated` (and `created`, the first time) with `now`
/// and keeping its progress against `fw`, the framework it is open against, for the list of
/// saved sessions ([`list`]).
///
/// Refused, with nothing written: a file too big to be read back ([`MAX_FILE_BYTES`]); a file
/// there that is not a readable session; a file that changed since this session read or
/// wrote it ([`is_changed_on_disk`] says so): another program or another integra wrote it,
/// and replacing it would lose that. A session at a symbolic link is saved where the link
/// points, beside its target, and the link stays a link. The file replaced is kept first as
/// `NAME.toml.bak` ([`backup::keep_previous`]); temporary files a crashed save left there
/// are removed ([`leftovers::clean`]).
pub fn save(session: &mut Session, fw: &Framework, now: &str) -> io::Result<()> {
    session.record.created.get_or_insert_with(|| now.to_owned());
    session.record.updated = Some(now.to_owned());
    session.record.progress = Some(Counted::of(fw, session.answers()));
    let text = session.to_toml();
    let size = u64::try_from(text.len()).unwrap_or(u64::MAX);
    if size > MAX_FILE_BYTES {
        return Err(refusal(
            io::ErrorKind::FileTooLarge,
            crate::msg!(
                "cli-save-too-big",
                path = session.path.display().to_string(),
                size = size.to_string(),
                max = MAX_FILE_BYTES.to_string()
            ),
        ));
    }
    let target = real_path(&session.path)?;
    leftovers::clean(&target);
    backup::keep_previous(&target, session.on_disk.as_deref())?;
    write_atomic(&target, text.as_bytes())?;
    session.on_disk = Some(content_hash(text.as_bytes()));
    Ok(())
}

/// Takes the file now at the session's path as the one it replaces on its next save (an
/// explicit `--force`): without this, a save refuses to replace a file it never read. Only
/// a file that reads as a session is taken: anything else is still never written over.
pub fn adopt(session: &mut Session) {
    let name = session.path.display().to_string();
    session.on_disk = real_path(&session.path)
        .ok()
        .and_then(|p| read_text_file(&p).ok())
        .filter(|text| parse_sheet(&name, text).is_ok())
        .map(|text| content_hash(text.as_bytes()));
}

/// The file a save at `path` replaces: `path` itself, or, when it is a symbolic link, the
/// file the link points to (followed link by link, relative links from their own folder).
/// Anything there but a regular file is refused.
pub fn real_path(path: &Path) -> io::Result<PathBuf> {
    let mut current = path.to_path_buf();
    // As many links as the system itself follows before giving up.
    for _ in 0..40 {
        match fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let target = fs::read_link(&current)?;
                current = match current.parent() {
                    Some(dir) => dir.join(target),
                    None => target,
                };
            }
            Ok(meta) if !meta.is_file() => {
                return Err(refusal(
                    io::ErrorKind::InvalidInput,
                    crate::msg!("cli-save-not-file", path = current.display().to_string()),
                ));
            }
            _ => return Ok(current),
        }
    }
    Err(refusal(
        io::ErrorKind::InvalidInput,
        crate::msg!("cli-save-link-loop", path = path.display().to_string()),
    ))
}

/// Writes `bytes` to `path` atomically with mode 0600, creating missing folders with 0700.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    create_private_dir(&dir)?;
    let temp = temp_path(path);
    let result = (|| {
        let mut file = open_private(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        fs::rename(&temp, path)?;
        sync_dir(&dir)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

/// A temporary name beside `path` (`.NAME.PID-N.tmp`), unique within this process and
/// across processes.
pub(crate) fn temp_path(path: &Path) -> PathBuf {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let name = path
        .file_name()
        .map_or_else(|| "session".into(), |n| n.to_string_lossy().into_owned());
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    path.with_file_name(format!(".{name}.{}-{n}.tmp", std::process::id()))
}

/// Creates `dir` and its missing parents; new folders are private (0700).
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt as _;
        builder.mode(0o700);
    }
    builder.create(dir)
}

fn open_private(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    options.open(path)
}

/// Makes the rename itself durable: on Linux a rename is only on disk once its folder is.
/// (Windows has no folder handle to sync; NTFS journals the rename itself.)
#[cfg_attr(not(unix), allow(clippy::unnecessary_wraps))]
fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}

/// A path for a new session in `dir`: `DATE-FRAMEWORK-XXXXXX.toml`, not yet taken.
pub fn new_path(dir: &Path, framework: &str, today: &str) -> PathBuf {
    let seed = u64::from(std::process::id()) << 32 ^ clock::unix_now().unsigned_abs();
    let mut n = seed;
    loop {
        // A cheap mix so that consecutive seeds give unrelated-looking suffixes.
        n = n.wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(17);
        let candidate = dir.join(format!("{today}-{framework}-{:06x}.toml", n & 0xff_ffff));
        if !candidate.exists() {
            return candidate;
        }
    }
}

/// A saved session as the start screen lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub path: PathBuf,
    pub programme: Option<String>,
    /// The assessment's date, else the day it was last saved.
    pub date: Option<String>,
    pub framework: String,
    /// Last saved (UTC).
    pub updated: Option<String>,
    /// Percent of the visible questions answered, when the framework is at hand.
    pub percent: Option<u8>,
    /// Why the file cannot be read as a session (it is listed anyway, so that it is not
    /// silently forgotten: opening it says what is wrong and offers its backup).
    pub problem: Option<String>,
}

/// Every session file in `dir`, newest first, unreadable ones included (with their problem).
/// The progress shown is the one each file keeps when it was counted against the framework
/// now offered under its id (the same content hash), so nothing else is read. Otherwise it
/// is counted again: with `lang`, a built-in framework offered as its header only is read
/// whole for `lang` the first time a session needs it; without, `frameworks` are used as
/// they are.
pub fn list(dir: &Path, frameworks: &[Framework], lang: Option<&str>) -> Vec<Summary> {
    let Ok(read) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut known = Known::new(frameworks, lang);
    let mut out: Vec<Summary> = read
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .map(|p| summary(&p, &mut known))
        .collect();
    // Newest first by the file's own time, finer than the `updated` stamp's seconds.
    let modified = |s: &Summary| fs::metadata(&s.path).and_then(|m| m.modified()).ok();
    out.sort_by_cached_key(|s| std::cmp::Reverse((modified(s), s.updated.clone())));
    out
}

/// One session file as the list shows it: from its head alone ([`head::read`]) when it is in
/// the plain shape integra writes and keeps its progress for the framework offered now;
/// otherwise read whole, and its progress counted again if need be.
fn summary(path: &Path, known: &mut Known) -> Summary {
    let name = path.display().to_string();
    let text = read_text_file(path).map_err(|e| e.into_load_error(&name));
    if let Some(head) = text.as_ref().ok().and_then(|t| head::read(t))
        && let Some(kept) = kept_progress(path, &head, known)
    {
        return listed(path, head, Some(kept));
    }
    match text.and_then(|text| parse_sheet(&name, &text)) {
        Ok(parsed) => {
            let head = Head::of(&parsed);
            let percent = kept_progress(path, &head, known)
                .or_else(|| counted_again(path, &head, parsed, known));
            listed(path, head, percent)
        }
        Err(e) => Summary {
            path: path.to_path_buf(),
            programme: None,
            date: None,
            framework: String::new(),
            updated: None,
            percent: None,
            problem: Some(e.render()),
        },
    }
}

/// The row for a readable session: its date, else the day it was last saved.
fn listed(path: &Path, head: Head, progress: Option<Progress>) -> Summary {
    let updated = head.record.updated;
    let date = head
        .date
        .or_else(|| Some(updated.as_ref()?.chars().take(10).collect()));
    Summary {
        path: path.to_path_buf(),
        programme: head.programme,
        date,
        framework: head.framework,
        updated,
        percent: progress.map(Progress::percent),
        problem: None,
    }
}

/// The progress the file keeps, if it was counted against the framework offered under its
/// id, or against its recorded framework file as that file is now (its bytes hashed, once
/// for all the sessions naming it, not parsed).
fn kept_progress(path: &Path, head: &Head, known: &mut Known) -> Option<Progress> {
    let kept = head.record.progress.as_ref()?;
    if let Some(fw) = known.offered.iter().find(|f| f.id == head.framework) {
        return kept.for_framework(&fw.hash);
    }
    let file = head.record.framework_file(path)?;
    kept.for_framework(known.file_hash(&file)?)
}

/// The progress counted from the answers, against the framework offered under the session's
/// id, or else against its recorded framework file.
fn counted_again(
    path: &Path,
    head: &Head,
    parsed: ParsedSheet,
    known: &mut Known,
) -> Option<Progress> {
    let id = &head.framework;
    // A framework given as a file is not in the catalogue: the session says where it is.
    let from_file = head
        .record
        .framework_file(path)
        .filter(|_| !known.offered.iter().any(|f| &f.id == id))
        .and_then(|p| catalog::from_hint(&p, id).ok());
    let fw = from_file.as_ref().or_else(|| known.get(id))?;
    Some(progress(fw, &parsed.against_keeping(fw).0.answers))
}

mod head;
#[cfg(test)]
mod head_tests;
mod known;
#[cfg(test)]
mod list_tests;
#[cfg(test)]
mod safety_tests;

#[cfg(test)]
mod write_tests;
