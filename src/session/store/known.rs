//! The frameworks the start screen's list of saved sessions is matched against: a built-in
//! framework offered as its header only is read whole the first time a session names it,
//! so frameworks no session uses are never read; a framework file sessions record is hashed
//! once, however many sessions name it.
//!
//! Must not: read session files or write anything (that is the rest of `store`).

use std::path::{Path, PathBuf};

use crate::framework::{Framework, catalog, content_hash, read_text_file};

/// The frameworks saved sessions are matched against, built-in ones read whole on first use.
pub(super) struct Known<'a> {
    pub offered: &'a [Framework],
    pub lang: Option<&'a str>,
    pub whole: Vec<Framework>,
    /// Framework files already hashed (`None`: could not be read).
    pub hashed: Vec<(PathBuf, Option<String>)>,
}

impl<'a> Known<'a> {
    pub fn new(offered: &'a [Framework], lang: Option<&'a str>) -> Self {
        Self {
            offered,
            lang,
            whole: Vec::new(),
            hashed: Vec::new(),
        }
    }

    /// The content hash of the framework file at `path` as it is now, read once.
    pub fn file_hash(&mut self, path: &Path) -> Option<&str> {
        let at = self
            .hashed
            .iter()
            .position(|(p, _)| p == path)
            .unwrap_or_else(|| {
                let hash = read_text_file(path)
                    .ok()
                    .map(|text| content_hash(text.as_bytes()));
                self.hashed.push((path.to_path_buf(), hash));
                self.hashed.len() - 1
            });
        self.hashed[at].1.as_deref()
    }

    /// The framework `id` to count a session's progress with: read whole for `lang` on first
    /// use when it is a built-in header (and `lang` is given); `None` when none is offered.
    pub fn get(&mut self, id: &str) -> Option<&Framework> {
        let offered = self.offered.iter().find(|f| f.id == id)?;
        let Some(lang) = self.lang.filter(|_| catalog::is_header(offered)) else {
            return Some(offered);
        };
        if let Some(i) = self.whole.iter().position(|f| f.id == id) {
            return self.whole.get(i);
        }
        match catalog::in_language(offered, lang) {
            Some(whole) => {
                self.whole.push(whole);
                self.whole.last()
            }
            None => Some(offered),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_built_in_framework_is_read_whole_only_when_a_session_names_it() {
        let headers: Vec<Framework> = catalog::discover_headers()
            .into_iter()
            .filter_map(|e| e.result.ok())
            .filter(catalog::is_header)
            .collect();
        assert!(
            headers.len() >= 2,
            "the built-in frameworks are offered as headers"
        );
        let id = headers[1].id.clone();
        let mut known = Known::new(&headers, Some("fr"));
        let fw = known.get(&id).unwrap();
        assert!(
            !catalog::is_header(fw) && !fw.principles.is_empty(),
            "read whole"
        );
        known.get(&id).unwrap();
        assert_eq!(
            known.whole.len(),
            1,
            "read once, and no other framework read"
        );
        let mut as_given = Known {
            lang: None,
            ..known
        };
        assert!(catalog::is_header(as_given.get(&id).unwrap()));
        assert!(as_given.get("no-such-framework").is_none());
    }

    #[test]
    fn a_framework_file_is_hashed_once_for_every_session_naming_it() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("mine.toml");
        std::fs::write(&file, "one").unwrap();
        let mut known = Known::new(&[], None);
        let first = known.file_hash(&file).map(str::to_owned);
        assert_eq!(first, Some(content_hash(b"one")));
        std::fs::write(&file, "two").unwrap();
        assert_eq!(
            known.file_hash(&file).map(str::to_owned),
            first,
            "not read again"
        );
        assert_eq!(known.file_hash(&dir.path().join("gone.toml")), None);
    }
}
