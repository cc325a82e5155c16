//! A large framework file read in parts, so that the TOML reader's working lists stay small.
//!
//! The TOML reader lists every token and every event of the text it is given before it
//! builds the document: for a file of 2,000 questions, some 5 MB touched once and given back,
//! a page fault for each 4 KB (a sixth of the time `integra validate` takes there, see
//! docs/performance.md, "Eighth pass"). So a large file is cut before its `[[principles]]`
//! lines into parts of at least [`PART`] bytes, each read on its own: one part's lists are
//! given back and reused by the next.
//!
//! The parts are used only when reading them means what reading the whole file means:
//! every part reads without an error (a cut inside a multi-line string or list leaves the
//! part before it unfinished, which is an error), the first part has no principles, and no
//! table but `principles` is written in two parts (the whole file would merge or refuse
//! them). Otherwise the whole file is read, as before, and its errors are the ones reported.
//!
//! Owns where a file is cut and when its parts stand for the whole, and moving what was read
//! in a later part to its place in the whole file ([`Shift`], [`shift_entry`]). Must not
//! read the model (that is `parse.rs`, which says where each section came from).

use std::borrow::Cow;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue, Error};

use crate::diagnostic::Diagnostic;
use crate::framework::model::{Band, Loc, Principle, Scale};
use crate::framework::raw::{GateDef, QuestionDef};
use crate::framework::translate::Entry;

/// The smallest part a file is cut into, in bytes. Smaller parts touch less memory, but each
/// costs a reading of its own; at 2,000 questions 16–64 KB read alike (docs/performance.md).
pub const PART: usize = 32 * 1024;

/// The line a part starts with.
const CUT: &[u8] = b"[[principles]]";

/// A framework file as the TOML reader read it.
#[derive(Debug)]
pub enum Document<'t> {
    /// Read in one go.
    Whole(Spanned<DeTable<'t>>),
    /// Read in parts: the first, which starts the file, and each later one with the byte of
    /// the file it starts at (the places in it count from its start).
    Parts(Spanned<DeTable<'t>>, Vec<(usize, DeTable<'t>)>),
}

impl<'t> Document<'t> {
    /// Reads `text`, in parts when that means the same, and the TOML errors of the whole text.
    pub fn read(text: &'t str) -> (Self, Vec<Error>) {
        Self::read_in(text, PART)
    }

    /// [`Document::read`] with parts of at least `part` bytes (tests cut at every principle).
    pub(in crate::framework) fn read_in(text: &'t str, part: usize) -> (Self, Vec<Error>) {
        if let Some(doc) = parts(text, part) {
            return (doc, Vec::new());
        }
        let (doc, errors) = DeTable::parse_recoverable(text);
        (Self::Whole(doc), errors)
    }
}

/// The parts of `text`, when it is large enough to be cut and its parts mean what it means.
fn parts(text: &str, part: usize) -> Option<Document<'_>> {
    if text.len() < part.saturating_mul(2) {
        return None;
    }
    let cuts = cuts(text.as_bytes(), part);
    let &first_cut = cuts.first()?;
    let first = read_part(&text[..first_cut])?;
    if first.get_ref().contains_key("principles") {
        return None;
    }
    let mut written: Vec<String> = Vec::new();
    let mut later = Vec::with_capacity(cuts.len());
    for (i, &at) in cuts.iter().enumerate() {
        let end = cuts.get(i + 1).copied().unwrap_or(text.len());
        let doc = read_part(&text[at..end])?.into_inner();
        for (key, _) in &doc {
            let key: &str = key.get_ref();
            if key == "principles" {
                continue;
            }
            // A table written in two parts would be merged (or refused) by the whole file.
            if written.iter().any(|w| w == key) || first.get_ref().contains_key(key) {
                return None;
            }
            written.push(key.to_owned());
        }
        later.push((at, doc));
    }
    Some(Document::Parts(first, later))
}

/// Where `text` is cut: before its first `[[principles]]` line, then before each one at least
/// `part` bytes past the last cut. A line counts only as the whole line, so `[[principles]]`
/// inside a string or list is a cut only where the reading of the part before it then fails.
fn cuts(text: &[u8], part: usize) -> Vec<usize> {
    let mut cuts: Vec<usize> = Vec::new();
    for at in memchr::memmem::find_iter(text, CUT) {
        let starts_line = at == 0 || text[at - 1] == b'\n';
        let rest = &text[at + CUT.len()..];
        let ends_line = rest.starts_with(b"\n") || rest.starts_with(b"\r\n");
        let far_enough = cuts.last().is_none_or(|&last| at - last >= part);
        if starts_line && ends_line && far_enough {
            cuts.push(at);
        }
    }
    cuts
}

/// One part's document, if it reads without an error.
fn read_part(text: &str) -> Option<Spanned<DeTable<'_>>> {
    let (doc, errors) = DeTable::parse_recoverable(text);
    errors.is_empty().then_some(doc)
}

/// A table of a later part that joins the header (`[coverage]` after the principles), with
/// its places moved to count from the file's start, as the header's own do.
pub(super) fn shift_entry<'i>(
    key: Spanned<Cow<'i, str>>,
    mut value: Spanned<DeValue<'i>>,
    by: usize,
) -> (Spanned<Cow<'i, str>>, Spanned<DeValue<'i>>) {
    shift_value(&mut value, by);
    (moved(key, by), value)
}

/// `value` and everything in it moved by `by` bytes; tables and lists are changed in place,
/// so they keep how they were written (inline, dotted, a list of tables).
fn shift_value(value: &mut Spanned<DeValue<'_>>, by: usize) {
    let taken = std::mem::replace(value, Spanned::new(0..0, DeValue::Boolean(false)));
    *value = moved(taken, by);
    match value.get_mut() {
        DeValue::Table(table) => {
            let keys: Vec<_> = table.keys().cloned().collect();
            for key in keys {
                if let Some((key, mut item)) = table.remove_entry(&key) {
                    shift_value(&mut item, by);
                    table.insert(moved(key, by), item);
                }
            }
        }
        DeValue::Array(items) => {
            for item in items.iter_mut() {
                shift_value(item, by);
            }
        }
        _ => {}
    }
}

fn moved<T>(spanned: Spanned<T>, by: usize) -> Spanned<T> {
    let mut span = spanned.span();
    span.shift(by);
    Spanned::new(span, spanned.into_inner())
}

/// Something read in a later part, whose places count from the part's start: moved to count
/// from the file's.
pub(super) trait Shift {
    fn shift(&mut self, by: usize);
}

impl Shift for Range<usize> {
    fn shift(&mut self, by: usize) {
        self.start += by;
        self.end += by;
    }
}

impl Shift for Loc {
    fn shift(&mut self, by: usize) {
        self.table.shift(by);
        for span in self.fields.values_mut() {
            span.shift(by);
        }
    }
}

impl Shift for Diagnostic {
    fn shift(&mut self, by: usize) {
        self.span.shift(by);
        if let Some((span, _)) = &mut self.related {
            span.shift(by);
        }
    }
}

impl Shift for Entry {
    fn shift(&mut self, by: usize) {
        self.key_span.shift(by);
    }
}

impl Shift for Scale {
    fn shift(&mut self, by: usize) {
        self.loc.shift(by);
    }
}

impl Shift for Band {
    fn shift(&mut self, by: usize) {
        self.loc.shift(by);
    }
}

impl Shift for GateDef {
    fn shift(&mut self, by: usize) {
        self.loc.shift(by);
        for tier in &mut self.tiers {
            tier.loc.shift(by);
        }
    }
}

impl Shift for Principle<QuestionDef> {
    fn shift(&mut self, by: usize) {
        self.loc.shift(by);
        for q in &mut self.questions {
            q.loc.shift(by);
        }
    }
}

impl<T: Shift> Shift for [T] {
    fn shift(&mut self, by: usize) {
        for item in self {
            item.shift(by);
        }
    }
}

#[cfg(test)]
mod tests;
