//! Reading a framework file into the model while collecting *every* problem, not the first.
//!
//! serde stops at the first error it meets, so the file is read in pieces: TOML syntax first
//! (all syntax errors at once, via `DeTable::parse_recoverable`; a large file in parts, see
//! `parts.rs`), then the header, each scale, each principle, each question, each gate and
//! each band on its own. Inside one piece, a key that fails (unknown, wrong type) is
//! reported, removed, and the piece is read again, so one misspelt key does not hide the
//! next. The spans of each piece's keys are kept in its `loc` for the semantic checks that
//! follow (see `validate.rs`); what a later part of a file gives is moved to its place in
//! the whole file.
//!
//! Owns the order of reading and the [`Draft`] it yields (raw questions, translations
//! applied). Must not check references or ranges (that is `validate/`) nor lower the draft
//! (that is [`Draft::lower`], after the checks).

use std::collections::HashSet;

use serde::de::DeserializeOwned;
use toml::Spanned;
use toml::de::DeValue;

use super::model::{Band, Draft, Framework, Loc, Principle};
use super::raw::{GateDef, QuestionDef};
use super::translate;
use super::validate::what_word;
use crate::diagnostic::Diagnostic;
use crate::msg;

mod parts;
mod piece;
mod tables;
#[cfg(test)]
mod tests;
mod translations;

pub use parts::Document;
use parts::Shift;
use piece::{read_piece, take_question};
use tables::{
    array_of_tables, describe, id_of, split, sub_table, tier_locs, tiers_written, workshop_locs,
};
pub(crate) use translations::read_translations;
pub use translations::translation_entries;

/// The arrays of tables read element by element rather than with the header.
const SECTIONS: [&str; 5] = ["scales", "principles", "gates", "bands", "translations"];

/// Parses framework source text. Returns the framework if it could be read at all (it may
/// still have errors, listed in the diagnostics) and every problem found while reading.
pub fn parse(text: &str) -> (Option<Draft>, Vec<Diagnostic>) {
    let (doc, syntax) = Document::read(text);
    if !syntax.is_empty() {
        let diags = syntax
            .iter()
            .map(|e| {
                let span = e.span().unwrap_or(0..0);
                crate::diagnostic::toml_syntax::diagnostic(e.message(), span, text)
            })
            .collect();
        return (None, diags);
    }
    parse_document(doc, text)
}

/// [`parse`] of a document already read from `text` without a syntax error.
///
/// Questions, by far the most pieces, are read straight out of the document: a sound one
/// costs no copy. A question that fails needs its table again to find and drop each bad key
/// (see `piece.rs`), so then the whole text is read again, every question from a copy of
/// its table. A sound file is read once; a file with a bad question twice.
pub fn parse_document<'t>(doc: Document<'t>, text: &'t str) -> (Option<Draft>, Vec<Diagnostic>) {
    if let Some(read) = read_document(doc, Questions::Taken) {
        return read;
    }
    // Read whole: the same as in parts (`parts.rs`), and only for a file to be mended.
    let (doc, _) = toml::de::DeTable::parse_recoverable(text);
    // Copied questions never stop the reading, so this is always `Some`.
    read_document(Document::Whole(doc), Questions::Copied).unwrap_or_default()
}

/// How the reader reads a question's table.
#[derive(Clone, Copy, PartialEq, Default)]
enum Questions {
    /// Taken out of the document and deserialized; one that fails stops the reading.
    Taken,
    /// Deserialized from a copy, so that a bad key can be reported, dropped and the table
    /// read again.
    #[default]
    Copied,
}

/// Reads the model out of `doc`; `None` when a question taken out of it failed.
fn read_document(
    doc: Document<'_>,
    questions: Questions,
) -> Option<(Option<Draft>, Vec<Diagnostic>)> {
    let (doc, later) = match doc {
        Document::Whole(doc) => (doc, Vec::new()),
        Document::Parts(first, later) => (first, later),
    };
    let mut reader = Reader {
        questions,
        ..Reader::default()
    };
    let root_span = doc.span();
    // The document is taken apart, not copied: a large framework is held in memory once.
    let (mut header, sections) = split(doc.into_inner(), |key| SECTIONS.contains(&key));
    // The sections of every part, each with where its part starts; a later part's other
    // tables (`[coverage]` after the principles) join the header, moved to their place.
    let mut sections: Vec<_> = sections.into_iter().map(|(n, v)| (n, v, 0)).collect();
    for (at, part) in later {
        for (key, value) in part {
            if SECTIONS.contains(&&**key.get_ref()) {
                sections.push((key.get_ref().to_string(), value, at));
            } else {
                let (key, value) = parts::shift_entry(key, value, at);
                header.insert(key, value);
            }
        }
    }
    // Problems with the header as a whole (a missing `version`) point at its first key, not
    // at the file's first line, which is often a comment.
    let anchor = header
        .iter()
        .map(|(k, _)| k.span())
        .min_by_key(|s| s.start)
        .unwrap_or(root_span.start..root_span.start);
    let loc = Loc::of_table(&header, anchor.clone());
    let coverage_loc = sub_table(&header, "coverage").map(|(t, span)| Loc::of_table(t, span));
    let workshop_locs = workshop_locs(&header);
    let header_value = Spanned::new(anchor, DeValue::Table(header));
    // A broken header must not hide the problems below it: read on with a placeholder.
    let mut framework =
        read_piece::<Draft>(&header_value, || msg!("diag-ctx-header"), &mut reader.diags)
            .unwrap_or_else(|| {
                reader.unread.insert(HEADER.to_owned());
                placeholder()
            });
    framework.loc = loc;
    if let (Some(c), Some(l)) = (framework.coverage.as_mut(), coverage_loc) {
        c.loc = l;
    }
    if let (Some(w), Some((l, roles))) = (framework.workshop.as_mut(), workshop_locs) {
        w.loc = l;
        for (role, loc) in w.roles.iter_mut().zip(roles) {
            role.loc = loc;
        }
    }
    // In the order the whole file's document gives them: by name (a stable sort keeps the
    // parts of `principles` in file order).
    sections.sort_by(|a, b| a.0.cmp(&b.0));
    let mut translations = Vec::new();
    for (name, value, at) in sections {
        let mark = Mark::of(&framework, &reader, &translations);
        // A list of tables is where its first header is: in a file read in parts, the
        // first part's that has it.
        if !framework.loc.fields.contains_key(&name) {
            let mut span = value.span();
            span.shift(at);
            framework.loc.fields.insert(name.clone(), span);
        }
        reader.section(&mut framework, &mut translations, &name, value);
        if reader.failed {
            return None;
        }
        if at > 0 {
            mark.shift_since(&mut framework, &mut reader, &mut translations, at);
        }
    }
    translate::apply(&mut framework, &translations, &mut reader.diags);
    translate::strip_controls(&mut framework);
    framework.unread = reader.unread;
    Some((Some(framework), reader.diags))
}

/// How much of each list read so far: what a later part adds is what lies past it.
struct Mark {
    scales: usize,
    principles: usize,
    gates: usize,
    bands: usize,
    translations: usize,
    diags: usize,
}

impl Mark {
    fn of(framework: &Draft, reader: &Reader, translations: &[translate::Entry]) -> Self {
        Self {
            scales: framework.scales.len(),
            principles: framework.principles.len(),
            gates: framework.gates.len(),
            bands: framework.bands.len(),
            translations: translations.len(),
            diags: reader.diags.len(),
        }
    }

    /// Moves what was read since the mark by `by` bytes (see `parts.rs`).
    fn shift_since(
        &self,
        framework: &mut Draft,
        reader: &mut Reader,
        translations: &mut [translate::Entry],
        by: usize,
    ) {
        framework.scales[self.scales..].shift(by);
        framework.principles[self.principles..].shift(by);
        framework.gates[self.gates..].shift(by);
        framework.bands[self.bands..].shift(by);
        translations[self.translations..].shift(by);
        reader.diags[self.diags..].shift(by);
    }
}

/// The entry recorded in `Framework::unread` when the header itself could not be read.
/// Other entries are `kind:id`, e.g. `scale:practice` (`band:` for a band without an id;
/// `tiers:GATE` for a gate read without the tiers it lists).
pub const HEADER: &str = "(header)";

/// An empty draft (no id, no version), to be filled in: the reader's stand-in for a header
/// it could not read, and the start of a built-in framework's header (`catalog`).
pub(in crate::framework) fn placeholder() -> Draft {
    Framework {
        id: String::new(),
        version: String::new(),
        title: crate::framework::Text::default(),
        description: None,
        authors: Vec::new(),
        licence: None,
        languages: Vec::new(),
        sources: Vec::new(),
        scales: Vec::new(),
        principles: Vec::new(),
        gates: Vec::new(),
        bands: Vec::new(),
        coverage: None,
        workshop: None,
        loc: Loc::default(),
        origin: crate::framework::Origin::Embedded,
        hash: String::new(),
        unread: HashSet::new(),
        only_language: None,
        read_warnings: Vec::new(),
        lookup: super::lookup::QuestionLookup::default(),
    }
}

/// What reading has found so far: the problems, and the ids of pieces that failed.
#[derive(Default)]
struct Reader {
    diags: Vec<Diagnostic>,
    unread: HashSet<String>,
    questions: Questions,
    /// A question taken out of the document failed: the reading must be done again.
    failed: bool,
}

impl Reader {
    /// Reads one section (`scales`, `principles`, ...) of the document into the draft.
    fn section(
        &mut self,
        framework: &mut Draft,
        translations: &mut Vec<translate::Entry>,
        name: &str,
        value: Spanned<DeValue<'_>>,
    ) {
        if name == "translations" {
            translations.extend(read_translations(&value, &mut self.diags));
            return;
        }
        // Each element is taken out of the document and dropped once read, so the model is
        // built in memory the document gives back rather than in fresh pages.
        let Some(items) = array_of_tables(name, value, &mut self.diags) else {
            return;
        };
        for item in items {
            match name {
                "scales" => self.push(&mut framework.scales, &item, "scale", |s, l| s.loc = l),
                "gates" => {
                    let read = framework.gates.len();
                    self.push(&mut framework.gates, &item, "gate", |g: &mut GateDef, l| {
                        g.loc = l;
                        for (tier, loc) in g.tiers.iter_mut().zip(tier_locs(&item)) {
                            tier.loc = loc;
                        }
                    });
                    // Tiers written but not read were reported: the checks must tell them
                    // from `tiers = []`, which they refuse.
                    if let Some(g) = framework.gates.get(read)
                        && g.tiers.is_empty()
                        && tiers_written(&item) > 0
                    {
                        self.unread.insert(format!("tiers:{}", g.id));
                    }
                }
                "bands" => self.push(&mut framework.bands, &item, "band", |b: &mut Band, l| {
                    b.loc = l;
                }),
                _ => match self.principle(item) {
                    Some(p) => framework.principles.push(p),
                    // A question taken out of the document failed: all is read again.
                    None if self.failed => return,
                    None => {}
                },
            }
        }
    }

    fn push<T: DeserializeOwned>(
        &mut self,
        out: &mut Vec<T>,
        item: &Spanned<DeValue>,
        what: &str,
        set_loc: impl Fn(&mut T, Loc),
    ) {
        let DeValue::Table(table) = item.get_ref() else {
            return;
        };
        match read_piece::<T>(item, || describe(what, table), &mut self.diags) {
            Some(mut value) => {
                set_loc(&mut value, Loc::of_table(table, item.span()));
                out.push(value);
            }
            None => {
                self.unread
                    .insert(format!("{what}:{}", id_of(table).unwrap_or_default()));
            }
        }
    }

    /// A principle is read without its questions, then each question alone, dropped once read.
    fn principle(&mut self, item: Spanned<DeValue>) -> Option<Principle<QuestionDef>> {
        let span = item.span();
        let DeValue::Table(table) = item.into_inner() else {
            return None;
        };
        let (head, questions) = split(table, |key| key == "questions");
        let mut loc = Loc::of_table(&head, span.clone());
        let head_value = Spanned::new(span, DeValue::Table(head));
        let context = || match head_value.get_ref() {
            DeValue::Table(head) => describe("principle", head),
            _ => msg!("diag-ctx-no-id", what = what_word("principle")),
        };
        let mut principle =
            read_piece::<Principle<QuestionDef>>(&head_value, context, &mut self.diags);
        let mut read = Vec::new();
        if let Some((_, questions)) = questions.into_iter().next() {
            loc.fields.insert("questions", questions.span());
            let items = array_of_tables("questions", questions, &mut self.diags);
            // Sized once: a question is large, and doubling the list copied each twice over.
            read.reserve(items.as_ref().map_or(0, |items| items.len()));
            for q in items.into_iter().flatten() {
                if self.questions == Questions::Copied {
                    self.push(&mut read, &q, "question", set_question_loc);
                } else if !take_question(&mut read, q) {
                    self.failed = true;
                    return None;
                }
            }
        }
        if principle.is_none() {
            let DeValue::Table(head) = head_value.get_ref() else {
                return None;
            };
            self.unread
                .insert(format!("principle:{}", id_of(head).unwrap_or_default()));
            // Its questions are lost with it: references to them are not new problems.
            self.unread.extend(
                read.iter()
                    .map(|q: &QuestionDef| format!("question:{}", q.id)),
            );
        }
        if let Some(p) = principle.as_mut() {
            p.questions = read;
            p.loc = loc;
        }
        principle
    }
}

fn set_question_loc(q: &mut QuestionDef, loc: Loc) {
    q.loc = loc;
}
