//! The frameworks built into the binary: reading one whole, for one language, or its header
//! alone (what the start screen needs), without the checks the test suite already ran.
//!
//! Owns the table of built-in frameworks and how each is read. Must not search folders or
//! choose between copies of an id (that is `catalog.rs`).

use super::DEFAULT_ID;
use crate::diagnostic::Severity;
use crate::embedded::Split;
use crate::framework::parse::placeholder;
use crate::framework::{
    Draft, Framework, LoadError, Origin, Text, from_str, parse, read_text_file,
};

/// A framework built into the binary.
#[derive(Debug, Clone, Copy)]
pub struct Builtin {
    /// Its id, so one can be found without reading the others (a test checks it matches).
    pub id: &'static str,
    pub file: Split,
}

/// The frameworks built into the binary, compressed (see `build.rs`).
pub const EMBEDDED: &[Builtin] = &[
    Builtin {
        id: DEFAULT_ID,
        file: crate::split!("pwud-hiv-srhr-integration.toml"),
    },
    Builtin {
        id: "quick-check",
        file: crate::split!("quick-check.toml"),
    },
    Builtin {
        id: "peer-involvement",
        file: crate::split!("peer-involvement.toml"),
    },
];

/// Loads a built-in framework by id.
pub fn embedded(id: &str) -> Option<Framework> {
    EMBEDDED
        .iter()
        .find(|b| b.id == id)
        .and_then(|b| load(b, None).ok())
}

/// Every built-in framework. They are checked by the test suite, so loading cannot fail.
pub fn embedded_all() -> Vec<Framework> {
    EMBEDDED.iter().filter_map(|b| load(b, None).ok()).collect()
}

/// Reads a built-in framework, whole or for one language (`lang`). The test suite validates
/// every one of them (and `.ci/run` runs `integra validate` on their sources), so at run
/// time reading is enough: the checks would only repeat, at every start, what the build
/// already proved. The hash was computed when the binary was built.
pub(super) fn load(builtin: &Builtin, lang: Option<&str>) -> Result<Framework, LoadError> {
    let text = lang.map_or_else(|| builtin.file.text(), |l| builtin.file.text_for(l));
    let (framework, diagnostics) = parse::parse(&text);
    let failed = diagnostics.iter().any(|d| d.severity == Severity::Error);
    match framework.filter(|_| !failed).map(Draft::lower) {
        Some(Ok(mut fw)) => {
            fw.origin = Origin::Embedded;
            builtin.file.hash.clone_into(&mut fw.hash);
            // Only a file with other tables left out is partial.
            fw.only_language = lang
                .filter(|_| !builtin.file.translations.is_empty())
                .map(str::to_owned);
            Ok(fw)
        }
        // Not reached with a sound binary; the full loader says what is wrong.
        _ => from_str(
            &format!("(built-in) {}", builtin.file.name),
            &builtin.file.text(),
            Origin::Embedded,
        ),
    }
}

/// A built-in framework's header alone: id, version, languages, and its title and
/// description in every language, with no scale, principle or question. What the start
/// screen shows of the frameworks on offer; `build.rs` read it into Rust data
/// ([`crate::embedded::Digest`]), so nothing is inflated or parsed. [`in_language`] reads
/// the rest when an assessment opens.
pub(super) fn load_header(builtin: &Builtin) -> Result<Framework, LoadError> {
    let d = &builtin.file.digest;
    let text = |by_lang: &[(&str, &str)]| {
        let mut text = Text::default();
        for (lang, s) in by_lang {
            text.insert(lang, *s);
        }
        text
    };
    let owned = |list: &[&str]| list.iter().map(|s| (*s).to_owned()).collect();
    let mut draft = placeholder();
    d.id.clone_into(&mut draft.id);
    d.version.clone_into(&mut draft.version);
    draft.title = text(d.title);
    draft.description = Some(text(d.description)).filter(|_| !d.description.is_empty());
    draft.authors = owned(d.authors);
    draft.licence = d.licence.map(str::to_owned);
    draft.languages = owned(d.languages);
    draft.sources = owned(d.sources);
    builtin.file.hash.clone_into(&mut draft.hash);
    match draft.lower() {
        Ok(fw) if fw.id == builtin.id && !fw.version.is_empty() => Ok(fw),
        // Not reached with a sound binary (a test reads every header).
        _ => load(builtin, None),
    }
}

/// Whether `fw` is a built-in framework's header only (see [`offer`]): nothing can be
/// answered or scored in it before [`in_language`] reads it whole.
pub fn is_header(fw: &Framework) -> bool {
    matches!(fw.origin, Origin::Embedded) && fw.principles.is_empty()
}

/// `fw` read again with all of `lang`'s text, when it was read as a header only or for
/// another language only (see [`offer`]); `None` when it already has it. Whoever opens an
/// assessment in `lang` calls this first, so no text silently falls back to English.
pub fn in_language(fw: &Framework, lang: &str) -> Option<Framework> {
    if !is_header(fw) {
        let only = fw.only_language.as_deref()?;
        if only == lang {
            return None;
        }
    }
    let builtin = EMBEDDED.iter().find(|b| b.file.hash == fw.hash)?;
    load(builtin, Some(lang)).ok()
}

/// `frameworks` with every header (see [`offer`]) read whole for `lang`: what a saved
/// session is matched against and its progress counted with.
pub fn whole_all(frameworks: &[Framework], lang: &str) -> Vec<Framework> {
    frameworks
        .iter()
        .map(|fw| {
            if is_header(fw) {
                in_language(fw, lang).unwrap_or_else(|| fw.clone())
            } else {
                fw.clone()
            }
        })
        .collect()
}

/// The text a framework was loaded from: its file, or the built-in copy with its hash.
pub fn source_text(fw: &Framework) -> Option<String> {
    match &fw.origin {
        Origin::File(path) => read_text_file(path).ok(),
        Origin::Embedded => EMBEDDED
            .iter()
            .find(|b| b.file.hash == fw.hash)
            .map(|b| b.file.text()),
    }
}
