//! Reading a framework file into the model while collecting *every* problem, not the first.
//!
//! serde stops at the first error it meets, so the file is read in pieces: TOML syntax first
//! (all syntax errors at once, via `DeTable::parse_recoverable`), then the header, each scale,
//! each principle, each question, each gate and each band on its own. Inside one piece, a key
//! that fails (unknown, wrong type) is reported, removed, and the piece is read again, so one
//! misspelt key does not hide the next. The spans of each piece's keys are kept in its `loc`
//! for the semantic checks that follow (see `validate.rs`).
//!
//! Owns the order of reading and the [`Draft`] it yields (raw questions, translations
//! applied). Must not check references or ranges (that is `validate/`) nor lower the draft
//! (that is [`Draft::lower`], after the checks).

use std::collections::HashSet;
use std::ops::Range;

use serde::de::DeserializeOwned;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::model::{Band, Draft, Framework, Loc, Principle};
use super::raw::{GateDef, QuestionDef};
use super::translate;
use super::validate::what_word;
use crate::diagnostic::{Diagnostic, Msg};
use crate::msg;

mod piece;
mod translations;

use piece::read_piece;
pub(crate) use translations::read_translations;
pub use translations::translation_entries;

/// The arrays of tables read element by element rather than with the header.
const SECTIONS: [&str; 5] = ["scales", "principles", "gates", "bands", "translations"];

/// Parses framework source text. Returns the framework if it could be read at all (it may
/// still have errors, listed in the diagnostics) and every problem found while reading.
pub fn parse(text: &str) -> (Option<Draft>, Vec<Diagnostic>) {
    let (doc, syntax) = DeTable::parse_recoverable(text);
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
    parse_document(doc)
}

/// [`parse`] of a document already read without a syntax error.
pub fn parse_document(doc: Spanned<DeTable<'_>>) -> (Option<Draft>, Vec<Diagnostic>) {
    let mut reader = Reader::default();
    let root_span = doc.span();
    // The document is taken apart, not copied: a large framework is held in memory once.
    let (header, sections) = split(doc.into_inner(), |key| SECTIONS.contains(&key));
    // Problems with the header as a whole (a missing `version`) point at its first key, not
    // at the file's first line, which is often a comment.
    let anchor = header
        .iter()
        .map(|(k, _)| k.span())
        .min_by_key(|s| s.start)
        .unwrap_or(root_span.start..root_span.start);
    let loc = loc_of(&header, anchor.clone());
    let coverage_loc = sub_table(&header, "coverage").map(|(t, span)| loc_of(t, span));
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
    let mut translations = Vec::new();
    for (name, value) in sections {
        framework.loc.fields.insert(name.clone(), value.span());
        if name == "translations" {
            translations = read_translations(&value, &mut reader.diags);
            continue;
        }
        // Each element is taken out of the document and dropped once read, so the model is
        // built in memory the document gives back rather than in fresh pages.
        let Some(items) = array_of_tables(&name, value, &mut reader.diags) else {
            continue;
        };
        for item in items {
            match name.as_str() {
                "scales" => reader.push(&mut framework.scales, &item, "scale", |s, l| s.loc = l),
                "gates" => {
                    let read = framework.gates.len();
                    reader.push(&mut framework.gates, &item, "gate", |g: &mut GateDef, l| {
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
                        reader.unread.insert(format!("tiers:{}", g.id));
                    }
                }
                "bands" => reader.push(&mut framework.bands, &item, "band", |b: &mut Band, l| {
                    b.loc = l;
                }),
                _ => {
                    if let Some(p) = reader.principle(item) {
                        framework.principles.push(p);
                    }
                }
            }
        }
    }
    translate::apply(&mut framework, &translations, &mut reader.diags);
    translate::strip_controls(&mut framework);
    framework.unread = reader.unread;
    (Some(framework), reader.diags)
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
    }
}

/// What reading has found so far: the problems, and the ids of pieces that failed.
#[derive(Default)]
struct Reader {
    diags: Vec<Diagnostic>,
    unread: HashSet<String>,
}

impl Reader {
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
                set_loc(&mut value, loc_of(table, item.span()));
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
        let mut loc = loc_of(&head, span.clone());
        let head_value = Spanned::new(span, DeValue::Table(head));
        let context = || match head_value.get_ref() {
            DeValue::Table(head) => describe("principle", head),
            _ => msg!("diag-ctx-no-id", what = what_word("principle")),
        };
        let mut principle =
            read_piece::<Principle<QuestionDef>>(&head_value, context, &mut self.diags);
        let mut read = Vec::new();
        if let Some((_, questions)) = questions.into_iter().next() {
            loc.fields.insert("questions".into(), questions.span());
            let items = array_of_tables("questions", questions, &mut self.diags);
            for q in items.into_iter().flatten() {
                self.push(&mut read, &q, "question", set_question_loc);
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

/// The table under `key` in `table`, with its span.
fn sub_table<'a, 'i>(table: &'a DeTable<'i>, key: &str) -> Option<(&'a DeTable<'i>, Range<usize>)> {
    table
        .iter()
        .find(|(k, _)| k.get_ref() == key)
        .and_then(|(_, v)| match v.get_ref() {
            DeValue::Table(t) => Some((t, v.span())),
            _ => None,
        })
}

/// The places of the `[workshop]` table and of each of its roles, in order.
fn workshop_locs(header: &DeTable<'_>) -> Option<(Loc, Vec<Loc>)> {
    let (table, span) = sub_table(header, "workshop")?;
    let roles = table
        .iter()
        .find(|(k, _)| k.get_ref() == "roles")
        .and_then(|(_, v)| match v.get_ref() {
            DeValue::Array(items) => Some(items),
            _ => None,
        })
        .map(|items| {
            items
                .iter()
                .filter_map(|item| match item.get_ref() {
                    DeValue::Table(t) => Some(loc_of(t, item.span())),
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default();
    Some((loc_of(table, span), roles))
}

/// How many tiers a gate's `tiers` key lists, read or not.
fn tiers_written(gate: &Spanned<DeValue>) -> usize {
    let DeValue::Table(table) = gate.get_ref() else {
        return 0;
    };
    match table.iter().find(|(k, _)| k.get_ref() == "tiers") {
        Some((_, tiers)) => match tiers.get_ref() {
            DeValue::Array(items) => items.len(),
            // Not a list at all: reported, and not to be taken for an empty one.
            _ => 1,
        },
        None => 0,
    }
}

/// The places of a gate's `[[gates.tiers]]` tables, in order.
fn tier_locs(gate: &Spanned<DeValue>) -> Vec<Loc> {
    let DeValue::Table(table) = gate.get_ref() else {
        return Vec::new();
    };
    let Some((_, tiers)) = table.iter().find(|(k, _)| k.get_ref() == "tiers") else {
        return Vec::new();
    };
    let DeValue::Array(items) = tiers.get_ref() else {
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|item| match item.get_ref() {
            DeValue::Table(t) => Some(loc_of(t, item.span())),
            _ => None,
        })
        .collect()
}

/// Splits a table into the entries whose key fails `take` and those (key, value) it takes.
fn split(
    table: DeTable<'_>,
    take: impl Fn(&str) -> bool,
) -> (DeTable<'_>, Vec<(String, Spanned<DeValue<'_>>)>) {
    let mut kept = DeTable::new();
    let mut taken = Vec::new();
    for (k, v) in table {
        if take(k.get_ref()) {
            taken.push((k.get_ref().to_string(), v));
        } else {
            kept.insert(k, v);
        }
    }
    (kept, taken)
}

/// A copy of `table` without the entries whose key matches `drop`.
fn without<'i>(table: &DeTable<'i>, drop: impl Fn(&str) -> bool) -> DeTable<'i> {
    table
        .iter()
        .filter(|(k, _)| !drop(k.get_ref()))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// The elements of an array of tables, taken out of `value`, or a diagnostic when `value` is
/// something else.
fn array_of_tables<'i>(
    name: &str,
    value: Spanned<DeValue<'i>>,
    diags: &mut Vec<Diagnostic>,
) -> Option<toml::de::DeArray<'i>> {
    let wrong = || {
        Diagnostic::error(value.span(), msg!("diag-list-of-tables", name = name))
            .with_hint(msg!("diag-own-header-hint", name = name))
    };
    let DeValue::Array(items) = value.get_ref() else {
        diags.push(wrong());
        return None;
    };
    let mut ok = true;
    for item in &**items {
        if !matches!(item.get_ref(), DeValue::Table(_)) {
            diags.push(
                Diagnostic::error(item.span(), msg!("diag-entry-table", name = name))
                    .with_hint(msg!("diag-own-header-hint", name = name)),
            );
            ok = false;
        }
    }
    if !ok {
        return None;
    }
    match value.into_inner() {
        DeValue::Array(items) => Some(items),
        _ => None,
    }
}

/// "question 'q1'", or "question #3" when it has no readable id.
fn describe(what: &str, table: &DeTable) -> Msg {
    match id_of(table) {
        Some(id) => msg!("diag-ctx-id", what = what_word(what), id = id),
        None => msg!("diag-ctx-no-id", what = what_word(what)),
    }
}

/// The table's `id`, when it is a string.
fn id_of(table: &DeTable) -> Option<String> {
    table
        .iter()
        .find(|(k, _)| &**k.get_ref() == "id")
        .and_then(|(_, v)| v.get_ref().as_str().map(str::to_owned))
}

fn loc_of(table: &DeTable, span: Range<usize>) -> Loc {
    Loc {
        table: span,
        fields: table
            .iter()
            .map(|(k, v)| (k.get_ref().to_string(), v.span()))
            .collect(),
    }
}
