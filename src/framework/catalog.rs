//! Finding frameworks: embedded in the binary, in `./frameworks`, in the user's framework
//! folder, or at an explicit path. A path or an id selects one.
//!
//! When the same id exists in several places, the nearest wins: `./frameworks`, then the
//! user's folder, then the built-in copy. That lets a team adapt a shipped framework by
//! copying it, without rebuilding integra.
//!
//! Owns where frameworks come from and which copy wins. Must not check a framework itself (it
//! calls the loader) nor know about sessions or answers files beyond the id they name.

use std::path::{Path, PathBuf};

use super::{Framework, LoadError, Origin, from_path};
use crate::diagnostic::{Msg, Problem};
use crate::i18n::Lang;
use crate::paths;

mod builtin;

pub use builtin::{
    Builtin, EMBEDDED, embedded, embedded_all, in_language, is_header, source_text, whole_all,
};
use builtin::{load, load_header};

/// The id of the framework `integra` opens with no arguments.
pub const DEFAULT_ID: &str = "pwud-hiv-srhr-integration";

/// One framework found somewhere, loaded or not.
#[derive(Debug)]
pub struct Entry {
    pub origin: Origin,
    pub result: Result<Framework, LoadError>,
}

/// The folders searched for framework files, nearest first.
pub fn search_dirs() -> Vec<PathBuf> {
    let mut dirs = vec![PathBuf::from("frameworks")];
    dirs.extend(paths::frameworks_dir());
    dirs
}

/// Every framework found: on disk (nearest first), then built in.
pub fn discover() -> Vec<Entry> {
    discover_for(None, false)
}

/// [`discover`], reading the built-in frameworks for one language only (their titles and
/// descriptions in every language): enough to list them.
pub fn discover_in(lang: &str) -> Vec<Entry> {
    discover_for(Some(lang), false)
}

/// [`discover`], with the built-in frameworks as their headers only (id, version, titles
/// and descriptions, read at build time): enough to list them, with nothing parsed.
pub fn discover_headers() -> Vec<Entry> {
    discover_for(None, true)
}

fn discover_for(lang: Option<&str>, headers: bool) -> Vec<Entry> {
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
            result: if headers {
                load_header(builtin)
            } else {
                load(builtin, lang)
            },
        });
    }
    entries
}

/// Resolves `spec`, a path to a `.toml` file or a framework id, to a loaded framework.
pub fn resolve(spec: &str) -> Result<Framework, ResolveError> {
    if is_path(spec) {
        return from_path(Path::new(spec)).map_err(ResolveError::Invalid);
    }
    resolve_id(spec, None).map(|found| found.framework)
}

/// A framework found by id, and the other copies of that id that were passed over.
#[derive(Debug)]
pub struct Found {
    pub framework: Framework,
    /// Other loadable frameworks with the same id (origin and version), nearest first.
    pub others: Vec<(Origin, String)>,
}

/// Finds framework `id`, preferring `version` when given: the nearest copy of that version,
/// else the nearest copy of the id. When none has the id, a framework file in the current
/// folder that has it is named in the error, so the hint can suggest `--framework`.
pub fn resolve_id(id: &str, version: Option<&str>) -> Result<Found, ResolveError> {
    let mut candidates: Vec<Framework> = search_dirs()
        .iter()
        .flat_map(|dir| toml_files(dir))
        .filter_map(|path| from_path(&path).ok())
        .filter(|fw| fw.id == id)
        .collect();
    // The built-in copies are parsed only when needed: the default framework is large.
    if candidates.is_empty() || version.is_some_and(|v| candidates.iter().all(|f| f.version != v)) {
        candidates.extend(embedded(id));
    }
    let chosen = version
        .and_then(|v| candidates.iter().position(|fw| fw.version == v))
        .unwrap_or(0);
    if chosen >= candidates.len() {
        return Err(ResolveError::NotFound {
            id: id.to_owned(),
            known: discover()
                .into_iter()
                .filter_map(|e| e.result.ok().map(|f| f.id))
                .collect(),
            nearby: nearby_file(id),
        });
    }
    let framework = candidates.remove(chosen);
    // A copy with the same content is the same framework, not another one to choose from.
    let others = candidates
        .into_iter()
        .filter(|fw| fw.hash != framework.hash)
        .map(|fw| (fw.origin, fw.version))
        .collect();
    Ok(Found { framework, others })
}

/// An earlier revision: framework `id` at `version` (and with `hash`, when one is recorded),
/// looked for in the search folders, the built-in frameworks and the `extra` folders (those
/// of the files at hand). `None` when no copy matches.
pub fn find_version(
    id: &str,
    version: &str,
    hash: Option<&str>,
    extra: &[PathBuf],
) -> Option<Framework> {
    let fits =
        |fw: &Framework| fw.id == id && fw.version == version && hash.is_none_or(|h| h == fw.hash);
    let mut dirs = search_dirs();
    dirs.extend(extra.iter().cloned());
    dirs.dedup();
    dirs.iter()
        .flat_map(|dir| toml_files(dir))
        .filter_map(|path| from_path(&path).ok())
        .chain(embedded(id))
        .find(|fw| fits(fw))
}

/// A `.toml` file directly in the current folder whose framework id is `id` (the first few
/// dozen files only: answers files sit there too, and each is read to find out).
fn nearby_file(id: &str) -> Option<PathBuf> {
    toml_files(Path::new("."))
        .into_iter()
        .take(64)
        .find(|path| from_path(path).is_ok_and(|fw| fw.id == id))
}

/// A framework file a session names: a hint, not an order. It is loaded only when it is a
/// framework with the session's `id`; anything else is refused without quoting a line of it,
/// since a shared session file could name any file on the computer (`/etc/shadow`).
pub fn from_hint(path: &Path, id: &str) -> Result<Framework, ResolveError> {
    match from_path(path) {
        Ok(fw) if fw.id == id => Ok(fw),
        _ => Err(ResolveError::NotAFramework {
            path: path.display().to_string(),
            id: id.to_owned(),
        }),
    }
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
/// Built-in frameworks are read as their headers only (all the start screen shows): whoever
/// opens an assessment reads one whole with [`in_language`], or all with [`whole_all`].
pub fn offer(spec: Option<&str>) -> Result<Vec<Framework>, ResolveError> {
    let spec = spec.unwrap_or(DEFAULT_ID);
    let mut found: Vec<Framework> = discover_for(None, true)
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

/// Why `resolve` found no framework. Its words are catalogue messages, told in a language by
/// [`ResolveError::render_in`]; `Display` is the English of the same messages.
#[derive(Debug)]
pub enum ResolveError {
    Invalid(LoadError),
    NotFound {
        id: String,
        known: Vec<String>,
        /// A framework file with this id in the current folder, outside the search folders.
        nearby: Option<PathBuf>,
    },
    /// A session names a file for its framework that is not that framework.
    NotAFramework {
        path: String,
        id: String,
    },
}

/// What to do about a framework id that names nothing: use the file of that id found nearby,
/// a near miss, or see the list.
fn hint(id: &str, known: &[String], nearby: Option<&Path>) -> Msg {
    if let Some(path) = nearby {
        let file = path.strip_prefix(".").unwrap_or(path).display().to_string();
        return crate::msg!("cli-no-framework-nearby", file = file);
    }
    match crate::diagnostic::did_you_mean(id, known.iter().map(String::as_str)) {
        Some(s) => crate::msg!("cli-no-framework-near", near = s),
        None => crate::msg!("cli-no-framework-hint"),
    }
}

impl ResolveError {
    /// The problem with its hint, as catalogue messages (not for [`ResolveError::Invalid`],
    /// whose located diagnostics render themselves).
    fn problem(&self) -> Option<Problem> {
        match self {
            Self::Invalid(_) => None,
            Self::NotFound { id, known, nearby } => {
                Some(
                    Problem::new(crate::msg!("cli-no-framework", id = id.as_str()))
                        .with_hint(hint(id, known, nearby.as_deref())),
                )
            }
            Self::NotAFramework { path, id } => Some(
                Problem::new(crate::msg!("cli-hint-not-framework", path = path, id = id))
                    .with_hint(crate::msg!(
                        "cli-hint-not-framework-hint",
                        path = path,
                        id = id
                    )),
            ),
        }
    }

    /// The message in `lang`.
    pub fn render_in(&self, lang: Lang) -> String {
        match (self, self.problem()) {
            (Self::Invalid(e), _) => e.render_in(lang),
            (_, Some(p)) => p.render(lang),
            (_, None) => String::new(),
        }
    }
}

impl std::fmt::Display for ResolveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render_in(Lang::En))
    }
}

impl std::error::Error for ResolveError {}

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
mod one_language;
#[cfg(test)]
mod tests;
