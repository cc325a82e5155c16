//! Earlier assessments to compare the open one with ("compare with last time"): which saved
//! sessions qualify, and reading one as a baseline, scored against the revision of the
//! framework it was answered on when that revision is at hand.
//!
//! The comparison itself is the report's (`report::compare`), so the wizard and
//! `integra report --compare` describe a change in the same words.
//!
//! Must not: compare or word the change (that is `report::compare`) or write anything; it only
//! finds and reads sessions.

use std::path::{Path, PathBuf};

use super::store::{self, Summary, real_path};
use crate::answers::{AnswerSheet, load_sheet};
use crate::framework::{Framework, LoadError, Origin, catalog};

/// The saved sessions an assessment of framework `framework` at `current` can be compared
/// with: readable ones of the same framework, other than itself, in the order given (the
/// store lists newest first).
#[must_use]
pub fn candidates(list: &[Summary], framework: &str, current: &Path) -> Vec<Summary> {
    let same_file = |p: &Path| p == current || real_path(p).ok() == real_path(current).ok();
    list.iter()
        .filter(|s| s.problem.is_none() && s.framework == framework && !same_file(&s.path))
        .cloned()
        .collect()
}

/// The sessions to offer for comparison with the open one at `current`: [`candidates`]
/// from the sessions folder `dir` and from the open session's own folder (a session given
/// with `--session FILE` may keep its earlier ones beside it), newest saved first.
#[must_use]
pub fn offer(
    dir: Option<&Path>,
    frameworks: &[Framework],
    framework: &str,
    current: &Path,
) -> Vec<Summary> {
    let mut dirs: Vec<PathBuf> = dir.map(Path::to_path_buf).into_iter().collect();
    let own = folder_of(current);
    if !dirs.iter().any(|d| same_folder(d, &own)) {
        dirs.push(own);
    }
    let mut all: Vec<Summary> = Vec::new();
    for d in &dirs {
        for s in store::list(d, frameworks, None) {
            if !all.iter().any(|a| a.path == s.path) {
                all.push(s);
            }
        }
    }
    // Each folder's list is newest first; across folders, by the time each was last saved.
    if dirs.len() > 1 {
        all.sort_by(|a, b| b.updated.cmp(&a.updated));
    }
    candidates(&all, framework, current)
}

fn same_folder(a: &Path, b: &Path) -> bool {
    a == b || (a.canonicalize().ok().is_some() && a.canonicalize().ok() == b.canonicalize().ok())
}

/// An earlier assessment read for comparison.
#[derive(Debug, Clone)]
pub struct Baseline {
    pub path: PathBuf,
    /// The framework its answers are scored against: the revision it was answered on when
    /// that one was found, else the current one.
    pub framework: Framework,
    pub sheet: AnswerSheet,
    /// Answers or notes that do not fit the framework they are scored against (left out).
    pub dropped: usize,
}

impl Baseline {
    /// Whether it is scored against an earlier revision than `current`.
    #[must_use]
    pub fn own_revision(&self, current: &Framework) -> bool {
        self.framework.version != current.version || self.framework.hash != current.hash
    }
}

/// Reads the session at `path` as a baseline for an assessment of `current`. A file of
/// another framework is refused (the message names the file); one answered on another
/// version is scored against that version when a copy is found (in the framework folders,
/// beside either file, built in), else against `current`, keeping every answer that fits.
pub fn load(path: &Path, current: &Framework) -> Result<Baseline, LoadError> {
    let parsed = load_sheet(path)?;
    if parsed.framework_id() != current.id {
        // `against` says which framework the file names and which was expected.
        let sheet = parsed.against(current)?;
        return Ok(Baseline {
            path: path.to_path_buf(),
            framework: current.clone(),
            sheet,
            dropped: 0,
        });
    }
    let revision = parsed
        .version()
        .filter(|v| *v != current.version)
        .and_then(|v| {
            let mut extra = vec![folder_of(path)];
            if let Origin::File(p) = &current.origin {
                extra.push(folder_of(p));
            }
            catalog::find_version(&current.id, v, parsed.hash(), &extra)
        });
    let framework = revision.unwrap_or_else(|| current.clone());
    let (sheet, dropped) = parsed.against_keeping(&framework);
    Ok(Baseline {
        path: path.to_path_buf(),
        framework,
        sheet,
        dropped: dropped.len(),
    })
}

fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;
    use crate::answers::Response;
    use crate::framework::from_str;
    use crate::session::{Session, save};

    fn fixture() -> Framework {
        let text = include_str!("../../tests/fixtures/tui/wizard.toml");
        from_str("wizard.toml", text, Origin::Embedded).unwrap()
    }

    fn summary(path: &str, framework: &str, problem: Option<&str>) -> Summary {
        Summary {
            path: PathBuf::from(path),
            programme: None,
            date: None,
            framework: framework.into(),
            updated: None,
            percent: None,
            problem: problem.map(Into::into),
        }
    }

    #[test]
    fn candidates_are_other_readable_sessions_of_the_same_framework_in_order() {
        let list = [
            summary("/s/now.toml", "wizard-fixture", None),
            summary("/s/other-fw.toml", "another", None),
            summary("/s/b.toml", "wizard-fixture", None),
            summary("/s/broken.toml", "wizard-fixture", Some("bad")),
            summary("/s/a.toml", "wizard-fixture", None),
        ];
        let found = candidates(&list, "wizard-fixture", Path::new("/s/now.toml"));
        let paths: Vec<_> = found.iter().map(|s| s.path.display().to_string()).collect();
        assert_eq!(paths, ["/s/b.toml", "/s/a.toml"]);
    }

    #[test]
    fn a_link_to_the_open_session_is_not_offered() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("now.toml");
        fs::write(&real, "").unwrap();
        let link = dir.path().join("link.toml");
        #[cfg(unix)]
        std::os::unix::fs::symlink(&real, &link).unwrap();
        #[cfg(unix)]
        {
            let list = [summary(link.to_str().unwrap(), "f", None)];
            assert!(candidates(&list, "f", &real).is_empty());
        }
    }

    /// Saves a session of `fw` at `path`, last saved at `when`.
    fn saved(fw: &Framework, path: &Path, when: &str) {
        let mut s = Session::new(fw, "en", path.to_path_buf(), "2026-01-10");
        save(&mut s, fw, when).unwrap();
    }

    #[test]
    fn the_offer_joins_the_sessions_folder_and_the_open_sessions_own_newest_first() {
        let fw = fixture();
        let sessions = tempfile::tempdir().unwrap();
        let elsewhere = tempfile::tempdir().unwrap();
        saved(&fw, &sessions.path().join("a.toml"), "2026-01-01T10:00:00Z");
        saved(&fw, &sessions.path().join("c.toml"), "2026-03-01T10:00:00Z");
        saved(
            &fw,
            &elsewhere.path().join("b.toml"),
            "2026-02-01T10:00:00Z",
        );
        let current = elsewhere.path().join("now.toml");
        saved(&fw, &current, "2026-04-01T10:00:00Z");
        fs::write(sessions.path().join("notes.toml"), "not = [a session").unwrap();
        let offered = offer(
            Some(sessions.path()),
            std::slice::from_ref(&fw),
            &fw.id,
            &current,
        );
        let names: Vec<_> = offered
            .iter()
            .map(|s| s.path.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["c.toml", "b.toml", "a.toml"]);
        // The open session's folder is the sessions folder: listed once.
        let current = sessions.path().join("c.toml");
        let offered = offer(
            Some(sessions.path()),
            std::slice::from_ref(&fw),
            &fw.id,
            &current,
        );
        assert_eq!(offered.len(), 1);
        assert!(offered[0].path.ends_with("a.toml"));
    }

    #[test]
    fn a_saved_session_loads_as_a_baseline_with_its_answers() {
        let fw = fixture();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("before.toml");
        let mut s = Session::new(&fw, "en", path.clone(), "2026-01-10");
        s.answers_mut().set("referral", Response::Level(1));
        save(&mut s, &fw, "2026-01-10T10:00:00Z").unwrap();
        let base = load(&path, &fw).unwrap();
        assert_eq!(
            base.sheet.answers.get("referral"),
            Some(&Response::Level(1))
        );
        assert_eq!(base.dropped, 0);
        assert!(!base.own_revision(&fw));
    }

    #[test]
    fn a_session_of_another_framework_is_refused_naming_the_file() {
        let fw = fixture();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("other.toml");
        fs::write(&path, "framework = \"someone-else\"\n[answers]\n").unwrap();
        let err = load(&path, &fw).unwrap_err().render();
        assert!(err.contains("other.toml"), "{err}");
        assert!(err.contains("someone-else"), "{err}");
    }

    #[test]
    fn answers_that_no_longer_fit_are_counted_and_left_out() {
        let fw = fixture();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.toml");
        fs::write(
            &path,
            "framework = \"wizard-fixture\"\nversion = \"0.9.0\"\n\
             [answers]\nreferral = 2\ngone = 1\n",
        )
        .unwrap();
        let base = load(&path, &fw).unwrap();
        assert_eq!(base.dropped, 1);
        assert_eq!(
            base.sheet.answers.get("referral"),
            Some(&Response::Level(2))
        );
    }

    #[test]
    fn a_session_of_an_earlier_version_is_scored_against_that_version_when_found() {
        let fw = fixture();
        let dir = tempfile::tempdir().unwrap();
        let old = include_str!("../../tests/fixtures/tui/wizard.toml")
            .replace("version = \"1.0.0\"", "version = \"0.9.0\"")
            .replace("id = \"staff\"", "id = \"peers\"");
        fs::write(dir.path().join("wizard-0.9.toml"), old).unwrap();
        let path = dir.path().join("old.toml");
        fs::write(
            &path,
            "framework = \"wizard-fixture\"\nversion = \"0.9.0\"\n[answers]\npeers = 3\n",
        )
        .unwrap();
        let base = load(&path, &fw).unwrap();
        assert_eq!(base.framework.version, "0.9.0");
        assert!(base.own_revision(&fw));
        assert_eq!(base.dropped, 0, "its answers fit its own revision");
        assert_eq!(
            base.sheet.answers.get("peers"),
            Some(&Response::Number(3.0))
        );
    }
}
