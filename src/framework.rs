//! Frameworks: the model, reading and checking framework files, and finding them.
//!
//! A framework is loaded in four steps: [`parse`](parse::parse) reads the TOML into a
//! [`Draft`] collecting every structural problem, [`validate`](validate::validate) checks what
//! serde cannot (references, ranges, ordering), [`Draft::lower`] turns the checked draft into a
//! [`Framework`] whose questions, conditions and gates are enums per kind and form ("parse,
//! don't validate"), and [`catalog`] finds frameworks embedded in the binary and on disk.
//!
//! This is the lowest domain layer: it must not name `answers`, `scoring`, `session`, `report`,
//! `tui` or `cli`, and it reads no locale (callers pass the language).

pub mod catalog;
pub mod condition;
pub mod gate;
pub mod kit;
pub mod lint;
pub mod lint_gates;
pub(crate) mod lookup;
pub mod lower;
pub mod model;
pub mod parse;
pub mod placement;
pub mod question;
pub mod raw;
pub mod reach;
pub mod read;
pub mod recover;
pub mod response;
pub mod revision;
mod schema;
pub mod text;
pub mod translate;
pub mod validate;
pub mod workshop;

use std::fmt::Write as _;
use std::path::Path;

use sha2::{Digest, Sha256};

pub use condition::{Check, Condition, visible_questions};
pub use gate::{Caps, Gate, Min, On, Tier, Tiers};
pub use lower::Unlowered;
pub use model::{
    AnyGate, AnyQuestion, Band, ChoiceOption, CoveragePolicy, Draft, Framework, Level, Loc,
    NumberScoring, Origin, Principle, QuestionKind, Scale,
};
pub use question::{Bounds, Kind, NumberSpec, Question};
pub use raw::{ConditionDef, GateDef, GateTierDef, QuestionDef};
pub use schema::json_schema;
pub use text::Text;
pub use workshop::{Role, WorkshopPolicy};

use crate::diagnostic::{Diagnostic, Severity, Source};

/// Files larger than this are refused before parsing: no real framework comes close.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// A framework that could not be loaded, with every problem found.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{}", self.render())]
pub struct LoadError {
    /// The file's name as shown to the user.
    pub name: String,
    /// The file's text (empty if it could not be read).
    pub text: String,
    pub diagnostics: Vec<Diagnostic>,
}

impl LoadError {
    /// Every diagnostic in `FILE:LINE:COL: error: MESSAGE` form with source lines and hints.
    pub fn render(&self) -> String {
        Source {
            name: &self.name,
            text: &self.text,
        }
        .render_all(&self.diagnostics)
    }

    /// [`LoadError::render`] with the words in `lang` (ids, keys and code stay as written).
    pub fn render_in(&self, lang: crate::i18n::Lang) -> String {
        Source {
            name: &self.name,
            text: &self.text,
        }
        .render_all_in(lang, &self.diagnostics)
    }
}

/// Parses and validates framework text. `name` is used in messages (usually the path).
pub fn from_str(name: &str, text: &str, origin: Origin) -> Result<Framework, LoadError> {
    load(name, text, origin, Hash::Content)
}

/// [`from_str`] for a check only (`integra validate`): the same problems and the same model,
/// without the content hash, which stays empty. Hashing a large file takes milliseconds on a
/// processor without SHA instructions (most laptops from before 2019), and a check does not
/// use it; a framework read so must not be reported, saved or compared by its hash.
pub fn check_str(name: &str, text: &str, origin: Origin) -> Result<Framework, LoadError> {
    load(name, text, origin, Hash::Skip)
}

/// Whether [`load`] hashes the text it read.
#[derive(Clone, Copy, PartialEq)]
enum Hash {
    Content,
    Skip,
}

fn load(name: &str, text: &str, origin: Origin, hash: Hash) -> Result<Framework, LoadError> {
    // A broken line or a single-bracket header is reported, and the rest is read anyway.
    // The working copy is parsed once: its reading is handed on to the model.
    let (prepared, (framework, mut diagnostics)) = recover::read(text, |doc| match doc {
        Some((doc, text)) => parse::parse_document(doc, text),
        None => (None, Vec::new()),
    });
    let mut unshown = None;
    if let Some(fw) = &framework {
        let mut found = validate::validate(fw);
        found.extend(revision::check(fw));
        revision::explain_renames(fw, &mut found);
        // The "N more problems not shown" note stays last, after the sort by position.
        unshown = found.pop_if(|d| d.unshown.is_some());
        diagnostics.extend(found);
    }
    prepared.finish(&mut diagnostics);
    diagnostics.sort_by_key(|d| (d.span.start, d.span.end));
    // Problems found while reading are capped like those found by validation, in one note.
    if diagnostics.len() > validate::MAX_SHOWN {
        let counted = unshown.as_ref().and_then(|d| d.unshown).unwrap_or(0);
        let more = counted + diagnostics.len() - validate::MAX_SHOWN;
        diagnostics.truncate(validate::MAX_SHOWN);
        unshown = Some(
            Diagnostic::error(0..0, validate::unshown_note(more))
                .with_hint(crate::msg!("diag-unshown-hint"))
                .counting(more),
        );
    }
    diagnostics.extend(unshown);
    let failed = diagnostics.iter().any(|d| d.severity == Severity::Error);
    match framework {
        Some(mut fw) if !failed => {
            fw.read_warnings = diagnostics;
            fw.origin = origin;
            if hash == Hash::Content {
                fw.hash = content_hash(text.as_bytes());
            }
            fw.lower().map_err(|u| LoadError {
                name: name.to_owned(),
                text: text.to_owned(),
                diagnostics: vec![unlowered(u)],
            })
        }
        _ => Err(LoadError {
            name: name.to_owned(),
            text: text.to_owned(),
            diagnostics,
        }),
    }
}

/// A piece the checks passed but lowering refused: a bug in integra, said as such.
fn unlowered(u: Unlowered) -> Diagnostic {
    let (message, hint) = match u {
        Unlowered::Question(id) => (
            crate::msg!("diag-unlowered", id = &id),
            crate::msg!("diag-unlowered-hint", id = id),
        ),
        Unlowered::Gate(id) => (
            crate::msg!("diag-unlowered-gate", id = &id),
            crate::msg!("diag-unlowered-gate-hint", id = id),
        ),
    };
    Diagnostic::error(0..0, message).with_hint(hint)
}

/// Reads, parses and validates a framework file.
pub fn from_path(path: &Path) -> Result<Framework, LoadError> {
    let name = path.display().to_string();
    let text = read_text_file(path).map_err(|e| e.into_load_error(&name))?;
    from_str(&name, &text, Origin::File(path.to_path_buf()))
}

/// Why a file could not be read as text.
#[derive(Debug, Clone)]
pub struct ReadError {
    pub message: crate::diagnostic::Msg,
    pub hint: crate::diagnostic::Msg,
    /// For a file that is not UTF-8: the valid text before the first bad byte, to locate it.
    pub valid_prefix: Option<String>,
}

impl ReadError {
    fn new(message: crate::diagnostic::Msg, hint: crate::diagnostic::Msg) -> Self {
        Self {
            message,
            hint,
            valid_prefix: None,
        }
    }

    /// A load error pointing at the first bad byte (or at the whole file).
    pub fn into_load_error(self, name: &str) -> LoadError {
        let text = self.valid_prefix.unwrap_or_default();
        let at = text.len();
        LoadError {
            name: name.to_owned(),
            diagnostics: vec![Diagnostic::error(at..at, self.message).with_hint(self.hint)],
            text,
        }
    }
}

/// Reads a UTF-8 text file of sane size, with a plain message (and hint) when it cannot.
pub fn read_text_file(path: &Path) -> Result<String, ReadError> {
    let unreadable = |e: std::io::Error| {
        ReadError::new(
            crate::msg!(
                "diag-cannot-read",
                path = path.display().to_string(),
                error = e.to_string()
            ),
            crate::msg!("diag-cannot-read-hint"),
        )
    };
    let too_big = |size: String| {
        ReadError::new(
            crate::msg!(
                "diag-too-big",
                path = path.display().to_string(),
                size = size,
                max = MAX_FILE_BYTES.to_string()
            ),
            crate::msg!("diag-too-big-hint"),
        )
    };
    let bytes = read::bounded(path, MAX_FILE_BYTES).map_err(|refused| match refused {
        read::Refused::Io(e) => unreadable(e),
        read::Refused::Folder => ReadError::new(
            crate::msg!("diag-folder", path = path.display().to_string()),
            crate::msg!("diag-folder-hint"),
        ),
        read::Refused::NotRegular => ReadError::new(
            crate::msg!("diag-not-regular", path = path.display().to_string()),
            crate::msg!("diag-not-regular-hint"),
        ),
        read::Refused::TooBig(Some(size)) => too_big(size.to_string()),
        read::Refused::TooBig(None) => ReadError::new(
            crate::msg!(
                "diag-too-big-unknown",
                path = path.display().to_string(),
                max = MAX_FILE_BYTES.to_string()
            ),
            crate::msg!("diag-too-big-hint"),
        ),
    })?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let prefix = String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned();
        ReadError {
            valid_prefix: Some(prefix),
            ..ReadError::new(
                crate::msg!(
                    "diag-not-utf8",
                    path = path.display().to_string(),
                    offset = valid.to_string()
                ),
                crate::msg!("diag-not-utf8-hint"),
            )
        }
    })
}

/// `sha256:` and the hex digest of `bytes`.
pub fn content_hash(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut out = String::from("sha256:");
    for b in digest {
        let _ = write!(out, "{b:02x}");
    }
    out
}

impl<Q: AnyQuestion, G: AnyGate> Framework<Q, G> {
    /// Every question, in framework order.
    pub fn questions(&self) -> impl Iterator<Item = &Q> {
        self.principles.iter().flat_map(|p| p.questions.iter())
    }

    /// How many questions there are, in every principle (to size a map or set of them at
    /// once: grown step by step, one is rehashed a dozen times for a large framework).
    pub fn question_count(&self) -> usize {
        self.principles.iter().map(|p| p.questions.len()).sum()
    }

    /// The first question with this id. Found through a table of every question's place,
    /// made on the first call (see `lookup.rs`): loops over questions, votes and gates call
    /// this for each, which walking the questions made quadratic.
    pub fn question(&self, id: &str) -> Option<&Q> {
        self.place_of(id)
            .map(|(p, q)| &self.principles[p].questions[q])
    }

    /// The place (principle index, question index) of the first question with this id.
    fn place_of(&self, id: &str) -> Option<(usize, usize)> {
        let ids = || {
            self.principles.iter().enumerate().flat_map(|(p, pr)| {
                pr.questions
                    .iter()
                    .enumerate()
                    .map(move |(q, question)| (p, q, question.id()))
            })
        };
        let at = |(p, q): (usize, usize)| {
            let found = self.principles.get(p)?.questions.get(q)?;
            (found.id() == id).then_some((p, q))
        };
        self.lookup
            .place(id, || self.question_count(), ids)
            .and_then(|place| at(place.at()))
            // Not in the table: a question added after it was made is still found.
            .or_else(|| ids().find(|&(_, _, qid)| qid == id).map(|(p, q, _)| (p, q)))
    }

    /// Every question by id, borrowed, for code that looks up many at once (an answers
    /// file's answers). Finds what `question` finds: the first question of a repeated id.
    pub fn question_index(&self) -> foldhash::HashMap<&str, &Q> {
        use foldhash::HashMapExt as _;
        let mut index = foldhash::HashMap::with_capacity(self.question_count());
        for q in self.questions() {
            index.entry(q.id()).or_insert(q);
        }
        index
    }

    pub fn scale(&self, id: &str) -> Option<&Scale> {
        self.scales.iter().find(|s| s.id == id)
    }

    pub fn principle(&self, id: &str) -> Option<&Principle<Q>> {
        self.principles.iter().find(|p| p.id == id)
    }

    pub fn gate(&self, id: &str) -> Option<&G> {
        self.gates.iter().find(|g| g.id() == id)
    }

    pub fn band(&self, id: &str) -> Option<&Band> {
        self.bands.iter().find(|b| b.id == id)
    }

    /// The principle a question belongs to.
    pub fn principle_of(&self, question: &str) -> Option<&Principle<Q>> {
        self.place_of(question).map(|(p, _)| &self.principles[p])
    }
}

impl Framework {
    /// The scale of a rating question.
    pub fn scale_of<'q>(&self, q: &'q Question) -> Option<&'q Scale> {
        q.scale()
    }

    /// Whether a question accepts "not applicable" (rating questions ask their scale).
    pub fn allows_na(&self, q: &Question) -> bool {
        q.allows_na()
    }

    /// Whether a question accepts "don't know" (rating questions ask their scale).
    pub fn allows_dont_know(&self, q: &Question) -> bool {
        q.allows_dont_know()
    }
}

#[cfg(test)]
mod tests;
