//! Sessions: one assessment in progress, saved after every change so nothing confirmed is lost.
//!
//! A session file *is* an answers file (`framework`, `version`, `hash`, `language`, `[meta]`,
//! `[answers]`, `[notes]`), so `integra score SESSION.toml` scores it, plus a `[session]` table
//! with the wizard's bookkeeping: when it was created and last saved, the question the team was
//! on, and where a framework loaded from a file lives. [`store`] writes it atomically and lists
//! saved sessions; [`resume`] reopens one against its framework, keeping every answer that
//! still fits.
//!
//! Must not: render or write reports (that is `report`, which sits above), read the locale
//! (messages go up as catalogue keys), or name `report`, `tui` or `cli`.

pub mod backup;
pub mod clock;
pub mod earlier;
mod error;
pub mod folder;
pub mod forget;
pub mod leftovers;
pub mod lock;
pub mod merge;
pub mod migrate;
mod progress;
mod refusal;
pub mod resume;
pub mod revise;
pub mod store;
pub mod workshop;

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::answers::{AnswerSheet, Answers, Meta, to_toml};
use crate::framework::{Framework, Origin};

pub use error::SessionError;
pub use progress::{Counted, Progress, progress};
pub use resume::{OpenError, Opened, open};
pub use store::{Summary, save};

/// The `[session]` table: the wizard's bookkeeping, ignored by `integra score`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
pub struct Record {
    /// When the session was first saved (UTC, `YYYY-MM-DDTHH:MM:SSZ`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    /// When it was last saved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
    /// The id of the question the team was on, to resume there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<String>,
    /// The framework file, when the framework did not come from the catalogue by id: a hint
    /// for finding it again, checked against the id before use. In memory it is absolute
    /// ([`Record::framework_file`]); in the file it is relative to the session's folder, or
    /// only the file's name when the way there would name the user's home (see
    /// [`recorded_path`]), so a shared session never carries a home path or a user name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub framework_path: Option<PathBuf>,
    /// `ID VERSION` of the framework revision this session was migrated from, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub migrated_from: Option<String>,
    /// How far the assessment had got when last saved ([`store::save`] counts it), so that
    /// the list of saved sessions needs no framework read.
    #[serde(
        default,
        deserialize_with = "Counted::lenient",
        skip_serializing_if = "Option::is_none"
    )]
    pub progress: Option<Counted>,
}

impl Record {
    /// Reads the `[session]` table; unknown keys (from a newer integra) are ignored and a
    /// table that does not fit is treated as absent rather than losing the answers with it.
    pub fn from_table(table: Option<&toml::Table>) -> Self {
        table
            .and_then(|t| toml::Value::Table(t.clone()).try_into().ok())
            .unwrap_or_default()
    }
}

impl Record {
    /// The recorded framework file, a relative one taken from the folder of the session saved
    /// at `session`.
    pub fn framework_file(&self, session: &Path) -> Option<PathBuf> {
        let path = self.framework_path.as_deref()?;
        Some(folder(session).join(path))
    }
}

/// The folder a file is in (`.` for a bare file name).
fn folder(file: &Path) -> &Path {
    match file.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

/// How the framework file `framework` is written in the session saved at `session`: the way
/// from the session's folder to it (`../frameworks/mine.toml`), or its file name alone when
/// the two share nothing but the root or the way would name the home folder (the user's
/// name). The id, version and hash recorded beside it are what identify the framework.
pub fn recorded_path(framework: &Path, session: &Path) -> PathBuf {
    use std::path::Component;
    let absolute = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let to = absolute(framework);
    let from = absolute(folder(session));
    let name = || PathBuf::from(to.file_name().unwrap_or(to.as_os_str()));
    let to_parts: Vec<Component<'_>> = to.components().collect();
    let from_parts: Vec<Component<'_>> = from.components().collect();
    let common = to_parts
        .iter()
        .zip(&from_parts)
        .take_while(|(a, b)| a == b)
        .count();
    let shared_beyond_root = to_parts[..common]
        .iter()
        .any(|c| matches!(c, Component::Normal(_)));
    if !shared_beyond_root {
        return name();
    }
    let mut way = PathBuf::new();
    for _ in common..from_parts.len() {
        way.push("..");
    }
    way.extend(&to_parts[common..]);
    let user = crate::paths::home_dir().and_then(|h| h.file_name().map(ToOwned::to_owned));
    if user.is_some_and(|u| way.components().any(|c| c.as_os_str() == u)) {
        return name();
    }
    way
}

/// One assessment: where it is saved, its answer sheet and its bookkeeping.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub path: PathBuf,
    pub sheet: AnswerSheet,
    pub record: Record,
    /// The content hash of the file as this session last read or wrote it (`None` for a
    /// session not yet on disk): a save never replaces a file that differs from it, which
    /// would lose what someone else wrote there in between.
    pub on_disk: Option<String>,
    /// Participants, votes, parked questions and action owners (workshop mode); empty for
    /// an ordinary session. Kept inside the `[session]` table.
    pub workshop: workshop::Workshop,
}

impl Session {
    /// A new, empty session for `fw` in `language`, dated `today`, to be saved at `path`.
    pub fn new(fw: &Framework, language: &str, path: PathBuf, today: &str) -> Self {
        let framework_path = match &fw.origin {
            Origin::File(p) => Some(std::path::absolute(p).unwrap_or_else(|_| p.clone())),
            Origin::Embedded => None,
        };
        Self {
            path,
            sheet: AnswerSheet {
                framework: fw.id.clone(),
                version: Some(fw.version.clone()),
                hash: Some(fw.hash.clone()),
                language: Some(language.to_owned()),
                meta: Meta {
                    date: Some(today.to_owned()),
                    ..Meta::default()
                },
                answers: Answers::default(),
            },
            record: Record {
                framework_path,
                ..Record::default()
            },
            on_disk: None,
            workshop: workshop::Workshop::default(),
        }
    }

    pub fn answers(&self) -> &Answers {
        &self.sheet.answers
    }

    pub fn answers_mut(&mut self) -> &mut Answers {
        &mut self.sheet.answers
    }

    /// The language the assessment runs in (English if none is recorded).
    pub fn language(&self) -> &str {
        self.sheet.language.as_deref().unwrap_or("en")
    }

    /// The file's text: the answers file, then the `[session]` table.
    pub fn to_toml(&self) -> String {
        let mut text = to_toml(&self.sheet);
        let record = Record {
            framework_path: self
                .record
                .framework_path
                .as_deref()
                .map(|p| recorded_path(p, &self.path)),
            ..self.record.clone()
        };
        let mut table = match toml::Value::try_from(&record) {
            Ok(toml::Value::Table(t)) => t,
            _ => toml::Table::new(),
        };
        table.extend(workshop::file::to_table(&self.workshop));
        let mut wrapper = toml::Table::new();
        wrapper.insert("session".into(), toml::Value::Table(table));
        if let Ok(table) = toml::to_string(&wrapper) {
            text.push('\n');
            text.push_str(&table);
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{Response, parse_sheet};
    use crate::framework::from_str;

    #[test]
    fn a_session_file_is_an_answers_file_with_a_session_table() {
        let text = include_str!("../tests/fixtures/valid/minimal.toml");
        let fw = from_str("minimal.toml", text, Origin::Embedded).unwrap();
        let mut s = Session::new(&fw, "fr", PathBuf::from("s.toml"), "2026-11-23");
        s.answers_mut().set("referral", Response::Level(2));
        s.record.position = Some("referral".into());
        s.record.updated = Some("2026-11-23T10:00:00Z".into());
        let written = s.to_toml();
        let parsed = parse_sheet("s.toml", &written).unwrap();
        assert_eq!(Record::from_table(parsed.session()), s.record);
        let sheet = parsed.against(&fw).unwrap();
        assert_eq!(sheet, s.sheet, "{written}");
    }

    #[test]
    fn a_framework_file_is_recorded_without_the_way_from_the_root() {
        let session = Path::new("/srv/team/sessions/s.toml");
        assert_eq!(
            recorded_path(Path::new("/srv/team/frameworks/f.toml"), session),
            Path::new("../frameworks/f.toml")
        );
        assert_eq!(
            recorded_path(Path::new("/srv/team/sessions/f.toml"), session),
            Path::new("f.toml")
        );
        // Nothing shared but the root: the way would spell out the folders (and a user
        // name), so only the file's name is kept.
        assert_eq!(
            recorded_path(Path::new("/home/ann/drafts/f.toml"), session),
            Path::new("f.toml")
        );
    }
}
