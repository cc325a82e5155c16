//! Report templates: the built-in ones embedded in the binary, the user's overrides in
//! [`paths::templates_dir`], and exporting the built-ins as a starting point for overrides.
//!
//! Must not: render a template (that is `engine`'s) or write anywhere but the folder it is asked to
//! export to.

use std::fmt;
use std::path::{Path, PathBuf};

use super::{ReportError, ReportFormat};
use crate::embedded::Packed;
use crate::paths;

/// A built-in template by file name: `build.rs` compresses `templates/NAME` (73 KB of text,
/// ≈ 17 KB compressed), inflated when a report is written.
macro_rules! template {
    ($name:literal) => {
        (
            $name,
            Packed::new(
                $name,
                "",
                include_bytes!(concat!(env!("OUT_DIR"), "/", $name, ".deflate")),
            ),
        )
    };
}

/// The built-in templates: (file name, compressed text). JSON has none: it is the context
/// itself.
pub const BUILTIN: &[(&str, Packed)] = &[
    template!("report.md.tera"),
    template!("report.html.tera"),
    template!("report.txt.tera"),
    template!("report.csv.tera"),
    template!("report-principles.csv.tera"),
    template!("aggregate.md.tera"),
    template!("aggregate.html.tera"),
    template!("aggregate.csv.tera"),
    template!("aggregate-stats.csv.tera"),
];

/// Template files larger than this are refused.
const MAX_TEMPLATE_BYTES: u64 = 1024 * 1024;

/// The template file name for a format, e.g. `report.html.tera`.
pub fn file_name(format: ReportFormat) -> String {
    format!("report.{}.tera", format.extension())
}

/// The built-in template text for a format (`None` for JSON).
pub fn builtin(format: ReportFormat) -> Option<String> {
    let name = file_name(format);
    BUILTIN
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, packed)| packed.text())
}

/// Where a template came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemplateOrigin {
    Builtin,
    /// The user's template folder.
    User(PathBuf),
    /// Given explicitly (`--template FILE`).
    File(PathBuf),
}

impl fmt::Display for TemplateOrigin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Builtin => f.write_str("built-in"),
            Self::User(p) | Self::File(p) => write!(f, "{}", p.display()),
        }
    }
}

/// A template ready to render: its name (used in error messages), text and origin.
#[derive(Debug, Clone)]
pub struct Template {
    pub name: String,
    pub text: String,
    pub origin: TemplateOrigin,
}

impl Template {
    /// The template for `format`: the user's override when there is one, else the built-in.
    pub fn resolve(format: ReportFormat) -> Result<Self, ReportError> {
        if let Some(path) = user_override(format) {
            let mut t = Self::from_file(&path)?;
            t.origin = TemplateOrigin::User(path);
            return Ok(t);
        }
        Self::builtin(format).ok_or(ReportError::JsonTemplate)
    }

    /// The template file `name` (e.g. `aggregate.md.tera`): the user's override when there is
    /// one, else the built-in one of that name.
    pub fn resolve_named(name: &str) -> Result<Self, ReportError> {
        if let Some(path) = user_override_named(name) {
            let mut t = Self::from_file(&path)?;
            t.origin = TemplateOrigin::User(path);
            return Ok(t);
        }
        BUILTIN
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(n, packed)| Self {
                name: (*n).to_owned(),
                text: packed.text(),
                origin: TemplateOrigin::Builtin,
            })
            .ok_or_else(|| ReportError::ReadTemplate {
                path: PathBuf::from(name),
                message: "there is no built-in template of this name".into(),
            })
    }

    /// The built-in template for `format` (`None` for JSON).
    pub fn builtin(format: ReportFormat) -> Option<Self> {
        builtin(format).map(|text| Self {
            name: file_name(format),
            text,
            origin: TemplateOrigin::Builtin,
        })
    }

    /// A template read from a file; errors name the file.
    pub fn from_file(path: &Path) -> Result<Self, ReportError> {
        let fail = |message: String| ReportError::ReadTemplate {
            path: path.to_path_buf(),
            message,
        };
        let bytes =
            crate::framework::read::bounded(path, MAX_TEMPLATE_BYTES).map_err(|refused| {
                use crate::framework::read::Refused;
                fail(match refused {
                    Refused::Io(e) => e.to_string(),
                    Refused::Folder => "it is a folder; name a template file".to_owned(),
                    Refused::NotRegular => {
                        "it is not a regular file (a device, a pipe or a socket)".to_owned()
                    }
                    Refused::TooBig(_) => {
                        "it is too big for a template (the limit is 1 MiB)".to_owned()
                    }
                })
            })?;
        let text = String::from_utf8(bytes)
            .map_err(|e| fail(format!("{e}; save the template as UTF-8 text")))?;
        Ok(Self {
            name: path.display().to_string(),
            text,
            origin: TemplateOrigin::File(path.to_path_buf()),
        })
    }
}

/// The user's override for `format`, if the file exists.
pub fn user_override(format: ReportFormat) -> Option<PathBuf> {
    user_override_named(&file_name(format))
}

/// The user's override for the template file `name`, if the file exists.
pub fn user_override_named(name: &str) -> Option<PathBuf> {
    let path = paths::templates_dir()?.join(name);
    path.is_file().then_some(path)
}

/// Writes the built-in templates into `dir` (created if needed) and returns the paths written.
/// Existing files are left alone, and reported as an error, unless `overwrite`.
pub fn export(dir: &Path, overwrite: bool) -> Result<Vec<PathBuf>, ReportError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| ReportError::Write { path, source }
    };
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    let targets: Vec<(PathBuf, String)> = BUILTIN
        .iter()
        .map(|(name, packed)| (dir.join(name), packed.text()))
        .collect();
    // A link counts as a file there (`exists` would follow it, and call a dangling one free).
    let taken = |p: &Path| p.symlink_metadata().is_ok();
    if let Some((path, _)) = targets.iter().find(|(p, _)| !overwrite && taken(p)) {
        return Err(ReportError::Write {
            path: path.clone(),
            source: std::io::Error::new(
                std::io::ErrorKind::AlreadyExists,
                "the file exists; pass --force to overwrite the templates in this folder",
            ),
        });
    }
    // Written atomically beside the old file and renamed over it: a link found there is
    // replaced, never written through to the file it points at.
    for (path, text) in &targets {
        crate::session::store::write_atomic(path, text.as_bytes()).map_err(io(path))?;
    }
    Ok(targets.into_iter().map(|(p, _)| p).collect())
}
