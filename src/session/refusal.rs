//! A refused save or read, as an I/O error that carries its words as catalogue messages:
//! the session layer knows no language, so the wizard or the command line tells them
//! ([`explain`]) in the reader's.
//!
//! Must not: read the locale or decide whether to refuse; it only carries the words of a refusal
//! made elsewhere.

use std::io;

use crate::diagnostic::Msg;
use crate::i18n::Lang;

/// A refused save as an I/O error carrying its words as catalogue messages (see [`Refusal`]).
pub(crate) fn refusal(kind: io::ErrorKind, message: Msg) -> io::Error {
    io::Error::new(
        kind,
        Refusal {
            lines: vec![message],
            changed: false,
        },
    )
}

/// Why a save was refused, as catalogue messages: the layer below the wizard knows no
/// language, so the words are told at the edge ([`explain`]) in the reader's.
#[derive(Debug)]
pub struct Refusal {
    /// The lines of the message, shown one under the other.
    pub lines: Vec<Msg>,
    /// Refused because the file changed on disk since it was read.
    pub changed: bool,
}

impl Refusal {
    /// The message in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let lines: Vec<String> = self.lines.iter().map(|m| m.render(lang)).collect();
        lines.join("\n")
    }
}

/// English, for logs and tests; people are told [`Refusal::render`] in their language.
impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

impl std::error::Error for Refusal {}

/// The words of a failed save or read in `lang`: a [`Refusal`]'s catalogue messages, or
/// the system's own text for any other I/O error.
pub fn explain(e: &io::Error, lang: Lang) -> String {
    match e
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<Refusal>())
    {
        Some(refusal) => refusal.render(lang),
        None => e.to_string(),
    }
}

/// Whether a save was refused because another program changed the file since it was read.
pub fn is_changed_on_disk(e: &io::Error) -> bool {
    e.get_ref()
        .and_then(|inner| inner.downcast_ref::<Refusal>())
        .is_some_and(|r| r.changed)
}
