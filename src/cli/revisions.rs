//! Finding an earlier revision of a framework for the command line: `report --compare`
//! scores a baseline against the revision it was answered on when that file is at hand, and
//! says on standard error which revision it used.
//!
//! Must not: score or compare (the report does); it only finds the revision a baseline was answered
//! on.

use std::path::{Path, PathBuf};

use crate::answers::ParsedSheet;
use crate::framework::{Framework, Origin, catalog};
use crate::i18n::{tr, tr_args};

/// The revision the earlier answers `before` (read from `path`) were given on, when it is not
/// `current` and can be found: in the framework folders, beside the earlier file, or beside
/// the current framework's file. Says what it found, or that it found nothing.
pub fn baseline_revision(
    before: &ParsedSheet,
    current: &Framework,
    path: &Path,
    words: crate::i18n::Lang,
) -> Option<Framework> {
    let version = before.version()?;
    if before.framework_id() != current.id || version == current.version {
        return None;
    }
    let mut extra = vec![folder_of(path)];
    if let Origin::File(p) = &current.origin {
        extra.push(folder_of(p));
    }
    let found = catalog::find_version(&current.id, version, before.hash(), &extra);
    let note = if let Some(fw) = &found {
        let args = [
            ("version", version.into()),
            ("file", fw.origin.to_string().into()),
        ];
        tr_args(words, "cli-compare-own-version", &args)
    } else {
        let args = [
            ("id", current.id.as_str().into()),
            ("version", version.into()),
            ("now", current.version.as_str().into()),
        ];
        tr_args(words, "cli-compare-version-missing", &args)
    };
    errln!("{}: {note}", tr(words, "diag-note"));
    found
}

fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}
