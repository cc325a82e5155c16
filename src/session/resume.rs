//! Reopening a saved session against its framework.
//!
//! The framework is found by the path the session recorded (for a framework given as a file),
//! else by id among the frameworks at hand. When it has changed since the session was saved
//! (another content hash or version), every answer whose question still exists and whose
//! value still fits is kept; the rest are listed, and the file as it was is kept for good as
//! `NAME.toml.STAMP.bak` (see [`backup`]) before the next save, so even a dropped answer is
//! never lost.
//!
//! Must not: drop an answer without listing it and keeping the file as it was, or write the session
//! itself (the next save does).

use std::fmt;
use std::path::{Path, PathBuf};

use super::{Record, Session, backup};
use crate::answers::load_sheet;
use crate::diagnostic::Msg;
use crate::framework::{Framework, content_hash, from_path};
use crate::i18n::Lang;

/// A session reopened, with what the person resuming should be told.
#[derive(Debug, Clone)]
pub struct Opened {
    pub framework: Framework,
    pub session: Session,
    /// Lines explaining what changed, as catalogue messages the wizard tells in the
    /// session's language; empty when the framework is unchanged.
    pub warnings: Vec<Msg>,
}

impl Opened {
    /// The warnings in `lang`, one line each.
    pub fn warnings_in(&self, lang: Lang) -> Vec<String> {
        self.warnings.iter().map(|w| w.render(lang)).collect()
    }
}

/// Why a session could not be opened, as catalogue messages: the wizard tells them in its
/// language (until a session is read, nothing here knows which).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenError {
    /// The file cannot be read as a session (what is wrong, with its line and column), and
    /// the backup from before its last save, when that one can be read.
    Unreadable {
        message: Msg,
        backup: Option<PathBuf>,
    },
    /// The file is fine but cannot be opened here (its framework is missing, say).
    Other(Msg),
}

impl OpenError {
    /// The message in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        match self {
            Self::Unreadable { message, .. } | Self::Other(message) => message.render(lang),
        }
    }
}

/// English, for tests and logs; people are told [`OpenError::render`].
impl fmt::Display for OpenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

/// Opens the session saved at `path`, choosing its framework from `known` (or its recorded
/// file). When some answers no longer fit, the file as it was is first copied to a backup.
pub fn open(path: &Path, known: &[Framework]) -> Result<Opened, OpenError> {
    open_with(path, known, true)
}

/// [`open`], writing nothing at all when `snapshot` is false (`--no-save`): the file is
/// not saved over in that mode, so it keeps every answer as it was.
pub fn open_with(path: &Path, known: &[Framework], snapshot: bool) -> Result<Opened, OpenError> {
    let parsed = load_sheet(path).map_err(|e| OpenError::Unreadable {
        // Until the session is read its language is unknown: kept in each of integra's.
        message: Msg::each(|lang| e.render_in(lang)),
        backup: backup::readable_previous(path),
    })?;
    let mut record = Record::from_table(parsed.session());
    // Kept absolute in memory; a save writes it relative to wherever the session then is.
    record.framework_path = record.framework_file(path);
    let on_disk = Some(content_hash(parsed.text().as_bytes()));
    let id = parsed.framework_id().to_owned();
    let framework = find_framework(&id, record.framework_path.as_deref(), known).map_err(|()| {
        OpenError::Other(crate::msg!("cli-session-no-framework", id = id.as_str()))
    })?;
    let (workshop, workshop_dropped) = super::workshop::file::read(parsed.session(), &framework);
    let (mut sheet, mut dropped) = parsed.against_keeping(&framework);
    dropped.extend(workshop_dropped);
    let mut warnings = Vec::new();
    let version_changed = sheet.version.as_deref().filter(|v| *v != framework.version);
    let hash_changed = sheet.hash.as_deref().is_some_and(|h| h != framework.hash);
    if let Some(v) = version_changed {
        warnings.push(crate::msg!(
            "ui-resume-version",
            id = id.as_str(),
            now = framework.version.as_str(),
            was = v
        ));
    } else if hash_changed {
        warnings.push(crate::msg!("ui-resume-changed", id = id.as_str()));
    }
    if !dropped.is_empty() {
        let backup = if snapshot {
            Some(backup::snapshot(path).map_err(|e| {
                OpenError::Other(crate::msg!(
                    "cli-session-no-backup",
                    path = path.display().to_string(),
                    id = id.as_str(),
                    error = e.to_string()
                ))
            })?)
        } else {
            None
        };
        warnings.push(crate::msg!(
            "ui-resume-kept",
            kept = sheet.answers.len(),
            dropped = dropped.len()
        ));
        warnings.extend(
            dropped
                .iter()
                .map(|d| Msg::each(|lang| format!("  - {}", d.message_in(lang)))),
        );
        warnings.push(match backup {
            Some(b) => crate::msg!("ui-resume-backup", path = b.display().to_string()),
            None => crate::msg!("ui-resume-untouched", path = path.display().to_string()),
        });
    } else if !warnings.is_empty() {
        warnings.push(crate::msg!("ui-resume-all-fit", n = sheet.answers.len()));
    }
    // From now on the answers are given against the framework as it is.
    sheet.version = Some(framework.version.clone());
    sheet.hash = Some(framework.hash.clone());
    Ok(Opened {
        framework,
        session: Session {
            path: path.to_path_buf(),
            sheet,
            record,
            on_disk,
            workshop,
        },
        warnings,
    })
}

fn find_framework(id: &str, recorded: Option<&Path>, known: &[Framework]) -> Result<Framework, ()> {
    if let Some(fw) = recorded
        .filter(|p| p.is_file())
        .and_then(|p| from_path(p).ok())
        .filter(|fw| fw.id == id)
    {
        return Ok(fw);
    }
    known.iter().find(|f| f.id == id).cloned().ok_or(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Response;
    use crate::framework::{Origin, from_str};
    use crate::session::store;

    const FW: &str = include_str!("../../tests/fixtures/valid/minimal.toml");

    /// A session saved against `FW` 1.0.0, and version 1.1.0 of it, in which neither of the
    /// session's two answers fits any more.
    fn saved_then_changed() -> (tempfile::TempDir, Session, Framework) {
        let old = from_str("m.toml", FW, Origin::Embedded).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let mut s = Session::new(&old, "en", dir.path().join("s.toml"), "2026-11-23");
        s.answers_mut().set("referral", Response::Level(2));
        s.answers_mut().set("staff", Response::Number(40.0));
        s.answers_mut().set_note("staff", "counted in March");
        store::save(&mut s, &old, "2026-11-23T10:00:00Z").unwrap();

        // The new version caps `staff` at 30 and drops level 2 from the scale.
        let changed = FW
            .replace("version = \"1.0.0\"", "version = \"1.1.0\"")
            .replace("max = 50", "max = 30")
            .replace(
                "  { value = 2, label = \"Routine\", description = \"Everyone does it, every time, and it is checked.\" },\n",
                "",
            );
        let new = from_str("m.toml", &changed, Origin::Embedded).unwrap();
        (dir, s, new)
    }

    #[test]
    fn a_changed_framework_keeps_what_fits_and_backs_up_the_rest() {
        let (dir, s, new) = saved_then_changed();
        let opened = open(&s.path, &[new]).unwrap();
        assert!(
            opened.session.answers().is_empty(),
            "both values no longer fit"
        );
        assert_eq!(
            opened.session.answers().note("staff"),
            Some("counted in March")
        );
        let text = opened.warnings_in(Lang::En).join("\n");
        assert!(text.contains("now version 1.1.0"), "{text}");
        assert!(text.contains("Set aside 2"), "{text}");
        let backups: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| Path::new(n).extension().is_some_and(|e| e == "bak"))
            .collect();
        assert_eq!(backups.len(), 1);
        let kept = std::fs::read_to_string(dir.path().join(&backups[0])).unwrap();
        assert!(kept.contains("staff = 40"), "{kept}");
    }

    #[test]
    fn with_saving_off_a_changed_framework_writes_no_backup() {
        let (dir, s, new) = saved_then_changed();
        let before = std::fs::read(&s.path).unwrap();
        let opened = open_with(&s.path, &[new], false).unwrap();
        assert!(opened.session.answers().is_empty());
        let text = opened.warnings_in(Lang::En).join("\n");
        assert!(text.contains("is left as it was"), "{text}");
        // The words are catalogue messages: the wizard tells them in the session's language.
        let fr = opened.warnings_in(Lang::Fr);
        assert_eq!(fr.len(), opened.warnings.len());
        assert_ne!(fr.join("\n"), text, "told in French at the edge");
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1, "only the session file: {names:?}");
        assert_eq!(std::fs::read(&s.path).unwrap(), before);
    }

    #[test]
    fn an_unchanged_framework_resumes_silently() {
        let fw = from_str("m.toml", FW, Origin::Embedded).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let mut s = Session::new(&fw, "en", dir.path().join("s.toml"), "2026-11-23");
        s.answers_mut().set("referral", Response::Level(1));
        s.record.position = Some("referral".into());
        store::save(&mut s, &fw, "2026-11-23T10:00:00Z").unwrap();
        let opened = open(&s.path, &[fw]).unwrap();
        assert!(opened.warnings.is_empty());
        assert_eq!(opened.session, s);
    }
}
