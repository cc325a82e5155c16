//! Finding frameworks: embedded in the binary, in `./frameworks`, in the user's framework
//! folder, or at an explicit path. A path or an id selects one.
//!
//! When the same id exists in several places, the nearest wins: `./frameworks`, then the
//! user's folder, then the built-in copy. That lets a team adapt a shipped framework by
//! copying it, without rebuilding integra.

use std::path::{Path, PathBuf};

use super::{Framework, LoadError, Origin, from_path, from_str};
use crate::diagnostic::Severity;
use crate::embedded::Packed;
use crate::paths;

/// A framework built into the binary.
#[derive(Debug, Clone, Copy)]
pub struct Builtin {
    /// Its id, so one can be found without reading the others (a test checks it matches).
    pub id: &'static str,
    pub file: Packed,
}

/// The frameworks built into the binary, compressed (see `build.rs`).
pub const EMBEDDED: &[Builtin] = &[
    Builtin {
        id: DEFAULT_ID,
        file: crate::packed!("pwud-hiv-srhr-integration.toml"),
    },
    Builtin {
        id: "quick-check",
        file: crate::packed!("quick-check.toml"),
    },
    Builtin {
        id: "peer-involvement",
        file: crate::packed!("peer-involvement.toml"),
    },
];

/// The id of the framework `integra` opens with no arguments.
pub const DEFAULT_ID: &str = "pwud-hiv-srhr-integration";

/// One framework found somewhere, loaded or not.
#[derive(Debug)]
pub struct Entry {
    pub origin: Origin,
    pub result: Result<Framework, LoadError>,
}

/// Loads a built-in framework by id.
pub fn embedded(id: &str) -> Option<Framework> {
    EMBEDDED
        .iter()
        .find(|b| b.id == id)
        .and_then(|b| load(b).ok())
}

/// Every built-in framework. They are checked by the test suite, so loading cannot fail.
pub fn embedded_all() -> Vec<Framework> {
    EMBEDDED.iter().filter_map(|b| load(b).ok()).collect()
}

/// Reads a built-in framework. The test suite validates every one of them (and `.ci/run`
/// runs `integra validate` on their sources), so at run time reading is enough: the checks
/// would only repeat, at every start, what the build already proved. The hash was computed
/// when the binary was built.
fn load(builtin: &Builtin) -> Result<Framework, LoadError> {
    let text = builtin.file.text();
    let (framework, diagnostics) = super::parse::parse(&text);
    let failed = diagnostics.iter().any(|d| d.severity == Severity::Error);
    match framework {
        Some(mut fw) if !failed => {
            fw.origin = Origin::Embedded;
            builtin.file.hash.clone_into(&mut fw.hash);
            Ok(fw)
        }
        // Not reached with a sound binary; the full loader says what is wrong.
        _ => from_str(
            &format!("(built-in) {}", builtin.file.name),
            &text,
            Origin::Embedded,
        ),
    }
}

/// The text a framework was loaded from: its file, or the built-in copy with its hash.
pub fn source_text(fw: &Framework) -> Option<String> {
    match &fw.origin {
        Origin::File(path) => super::read_text_file(path).ok(),
        Origin::Embedded => EMBEDDED
            .iter()
            .find(|b| b.file.hash == fw.hash)
            .map(|b| b.file.text()),
    }
}

/// The folders searched for framework files, nearest first.
pub fn search_dirs() -> Vec<PathBuf> {
    let mut dirs = vec![PathBuf::from("frameworks")];
    dirs.extend(paths::frameworks_dir());
    dirs
}

/// Every framework found: on disk (nearest first), then built in.
pub fn discover() -> Vec<Entry> {
    let mut entries = Vec::new();
    for dir in search_dirs() {
        for path in toml_files(&dir) {
            entries.push(Entry {
                origin: Origin::File(path.clone()),
                result: from_path(&path),
            });
        }
    }
    for builtin in EMBEDDED {
        entries.push(Entry {
            origin: Origin::Embedded,
            result: load(builtin),
        });
    }
    entries
}

/// Resolves `spec`, a path to a `.toml` file or a framework id, to a loaded framework.
pub fn resolve(spec: &str) -> Result<Framework, ResolveError> {
    if is_path(spec) {
        return from_path(Path::new(spec)).map_err(ResolveError::Invalid);
    }
    for dir in search_dirs() {
        for path in toml_files(&dir) {
            if let Ok(fw) = from_path(&path)
                && fw.id == spec
            {
                return Ok(fw);
            }
        }
    }
    embedded(spec).ok_or_else(|| ResolveError::NotFound {
        id: spec.to_owned(),
        known: discover()
            .into_iter()
            .filter_map(|e| e.result.ok().map(|f| f.id))
            .collect(),
    })
}

/// Whether `spec` names a file rather than an id.
fn is_path(spec: &str) -> bool {
    let path = Path::new(spec);
    let is_toml = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("toml"));
    is_toml || path.is_file() || spec.contains(std::path::MAIN_SEPARATOR)
}

/// The frameworks to offer for a new assessment: the one `spec` names (by default the
/// built-in default) first, then every other one found, nearest first, each id once.
/// Each file is read once: the chosen one comes out of the same search as the others.
pub fn offer(spec: Option<&str>) -> Result<Vec<Framework>, ResolveError> {
    let spec = spec.unwrap_or(DEFAULT_ID);
    let mut found: Vec<Framework> = discover()
        .into_iter()
        .filter_map(|e| e.result.ok())
        .collect();
    // `discover` lists in `resolve`'s order, so the first match is the one it would pick.
    let first = match found.iter().position(|f| f.id == spec) {
        Some(i) if !is_path(spec) => found.remove(i),
        _ => resolve(spec)?,
    };
    let mut out = vec![first];
    for fw in found {
        if !out.iter().any(|f| f.id == fw.id) {
            out.push(fw);
        }
    }
    Ok(out)
}

/// Why `resolve` found no framework.
#[derive(Debug, thiserror::Error)]
pub enum ResolveError {
    #[error("{}", .0.render())]
    Invalid(LoadError),
    #[error("no framework with id '{id}'\n  = hint: {}", hint(id, known))]
    NotFound { id: String, known: Vec<String> },
}

fn hint(id: &str, known: &[String]) -> String {
    hint_in("en", id, known)
}

fn hint_in(lang: &str, id: &str, known: &[String]) -> String {
    use crate::i18n::{tr, tr_args};
    match crate::diagnostic::did_you_mean(id, known.iter().map(String::as_str)) {
        Some(s) => tr_args(lang, "cli-no-framework-near", &[("near", s.into())]),
        None => tr(lang, "cli-no-framework-hint"),
    }
}

impl ResolveError {
    /// The message in `lang` (the `Display` form is English).
    pub fn render_in(&self, lang: &str) -> String {
        use crate::i18n::{tr, tr_args};
        match self {
            Self::Invalid(e) => e.render_in(lang),
            Self::NotFound { id, known } => format!(
                "{}\n  = {}: {}",
                tr_args(lang, "cli-no-framework", &[("id", id.as_str().into())]),
                tr(lang, "diag-hint"),
                hint_in(lang, id, known)
            ),
        }
    }
}

/// `.toml` files directly inside `dir`, sorted by name; none if it does not exist.
fn toml_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(read) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = read
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml") && p.is_file())
        .collect();
    files.sort();
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `load` skips at run time is proved here: every built-in framework passes the
    /// full loader, under the id the table gives it, with the hash the build recorded.
    #[test]
    fn every_builtin_passes_the_full_checks_under_its_id() {
        for builtin in EMBEDDED {
            let text = builtin.file.text();
            assert!(!text.is_empty(), "{} did not inflate", builtin.file.name);
            let full = from_str(builtin.file.name, &text, Origin::Embedded)
                .unwrap_or_else(|e| panic!("{}", e.render()));
            assert_eq!(full.id, builtin.id, "{}", builtin.file.name);
            assert_eq!(full.hash, builtin.file.hash);
            let quick = load(builtin).unwrap_or_else(|e| panic!("{}", e.render()));
            assert_eq!(format!("{quick:?}"), format!("{full:?}"));
        }
    }

    #[test]
    fn the_embedded_text_is_the_shipped_file() {
        for builtin in EMBEDDED {
            let path = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("frameworks")
                .join(builtin.file.name);
            let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
            assert_eq!(builtin.file.text(), on_disk, "{}", path.display());
        }
    }

    #[test]
    fn the_chosen_framework_is_offered_first_and_every_id_once() {
        let ids = |spec| -> Vec<String> {
            offer(spec)
                .unwrap_or_else(|e| panic!("{e}"))
                .into_iter()
                .map(|f| f.id)
                .collect()
        };
        let default = ids(None);
        assert_eq!(default[0], DEFAULT_ID);
        let chosen = ids(Some("quick-check"));
        assert_eq!(chosen[0], "quick-check");
        for list in [&default, &chosen] {
            let mut unique = list.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), list.len(), "{list:?}");
            assert!(list.iter().any(|id| id == "peer-involvement"), "{list:?}");
        }
        assert!(matches!(
            offer(Some("no-such-framework")),
            Err(ResolveError::NotFound { .. })
        ));
    }

    #[test]
    fn a_builtin_is_found_by_id_and_its_source_by_hash() {
        let fw = embedded("quick-check").unwrap_or_else(|| panic!("quick-check is built in"));
        assert_eq!(fw.id, "quick-check");
        let source = source_text(&fw).unwrap_or_default();
        assert!(source.contains("id = \"quick-check\""));
        assert!(embedded("no-such-framework").is_none());
    }
}
