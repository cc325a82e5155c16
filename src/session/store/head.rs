//! The start screen's view of a session file, read from the TOML parser's events without
//! building the document: the framework it names, its programme and date, when it was last
//! saved, where its framework file is, and the progress it keeps. Building the document and
//! the answer sheet cost some 0.75 M instructions for a 3.8 KB session; these events about
//! a third of that, and the list of saved sessions comes before the first frame.
//!
//! Only the shape integra writes is taken: `key = value` lines, `[meta]`, `[answers]`,
//! `[notes]`, `[session]` and its sub-tables. Anything else (a syntax error, a key or table
//! an answers file does not have, a dotted or quoted key, a value of the wrong type, a key
//! or table given twice) gives `None`, and the caller reads the file whole, which says
//! precisely what is wrong.
//!
//! Must not: be used for anything but the list (answers are not read), or take a file the
//! whole reader would refuse (such files are handed back with `None`).

use std::path::PathBuf;

use toml_parser::decoder::{Encoding, ScalarKind};
use toml_parser::parser::{EventReceiver, parse_document};
use toml_parser::{ErrorSink, ParseError, Source, Span};

use crate::answers::ParsedSheet;
use crate::session::{Counted, Record};

/// What the list shows of a session file.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct Head {
    pub framework: String,
    pub programme: Option<String>,
    pub date: Option<String>,
    /// `[session]` as far as the list needs it: the last save, the framework file and the
    /// kept progress (nothing else is set).
    pub record: Record,
}

impl Head {
    /// The same facts from a file read whole.
    pub fn of(parsed: &ParsedSheet) -> Self {
        let record = Record::from_table(parsed.session());
        Self {
            framework: parsed.framework_id().to_owned(),
            programme: parsed.meta().programme.clone(),
            date: parsed.meta().date.clone(),
            record: Record {
                updated: record.updated,
                framework_path: record.framework_path,
                progress: record.progress,
                ..Record::default()
            },
        }
    }
}

/// The head of the session file `text`, or `None` when it is anything but the plain shape
/// integra writes (see the module's notes).
pub(super) fn read(text: &str) -> Option<Head> {
    let source = Source::new(text);
    let tokens: Vec<_> = source.lex().collect();
    let mut reader = Reader::new(source);
    let mut errors: Vec<ParseError> = Vec::new();
    parse_document(&tokens, &mut reader, &mut errors);
    if !errors.is_empty() || reader.odd {
        return None;
    }
    reader.finish()
}

/// Where a key sits: the tables an answers file has (`[session]`'s sub-tables are the
/// wizard's bookkeeping, read only for `progress`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Table {
    Top,
    Meta,
    Answers,
    Notes,
    Session,
    Progress,
    /// Another `[session.…]` table (workshop records): its keys are not read.
    SessionOther,
}

impl Table {
    fn of(path: &[String]) -> Option<Self> {
        let parts: Vec<&str> = path.iter().map(String::as_str).collect();
        Some(match parts.as_slice() {
            ["meta"] => Self::Meta,
            ["answers"] => Self::Answers,
            ["notes"] => Self::Notes,
            ["session"] => Self::Session,
            ["session", "progress"] => Self::Progress,
            ["session", ..] => Self::SessionOther,
            _ => return None,
        })
    }
}

struct Reader<'i> {
    source: Source<'i>,
    /// Something outside the plain shape was met: the file is read whole instead.
    odd: bool,
    table: Option<Table>,
    /// Inside a table header, its keys so far.
    header: Option<Vec<String>>,
    /// Every table header so far, to refuse one given twice (a workshop session has one per
    /// question voted on: a list walked for each made the start screen quadratic).
    headers_seen: std::collections::HashSet<Vec<String>>,
    /// The current line's key (before `=`), and whether its value is next.
    key: Option<&'i str>,
    value_next: bool,
    /// Nesting inside an array or inline table value, whose insides are not read.
    depth: usize,
    /// Keys of the current table, to refuse one given twice.
    keys: Vec<&'i str>,
    progress: ProgressParts,
    head: Head,
    framework_seen: bool,
}

#[derive(Default)]
struct ProgressParts {
    answered: Option<usize>,
    shown: Option<usize>,
    hash: Option<String>,
}

impl<'i> Reader<'i> {
    fn new(source: Source<'i>) -> Self {
        Self {
            source,
            odd: false,
            table: None,
            header: None,
            headers_seen: std::collections::HashSet::new(),
            key: None,
            value_next: false,
            depth: 0,
            keys: Vec::new(),
            progress: ProgressParts::default(),
            head: Head::default(),
            framework_seen: false,
        }
    }

    fn finish(mut self) -> Option<Head> {
        if !self.close_table() || !self.framework_seen {
            return None;
        }
        let p = self.progress;
        self.head.record.progress = match (p.answered, p.shown, p.hash) {
            (Some(answered), Some(shown), Some(hash)) => Some(Counted {
                answered,
                shown,
                hash,
            })
            .filter(Counted::fits),
            _ => None,
        };
        Some(self.head)
    }

    /// Ends the current table's keys; false when one was given twice.
    fn close_table(&mut self) -> bool {
        let mut keys = std::mem::take(&mut self.keys);
        let count = keys.len();
        keys.sort_unstable();
        keys.dedup();
        count == keys.len()
    }

    fn raw(&self, span: Span) -> Option<toml_parser::Raw<'i>> {
        self.source.get(span)
    }

    /// A scalar value as text (strings decoded, other scalars as written), with its kind;
    /// `None` (and the file marked odd) when it does not decode.
    fn text(&mut self, span: Span, kind: Option<Encoding>) -> Option<(String, ScalarKind)> {
        let raw = toml_parser::Raw::new_unchecked(self.raw(span)?.as_str(), kind, span);
        let mut out = String::new();
        let mut errors: Vec<ParseError> = Vec::new();
        let scalar = raw.decode_scalar(&mut out, &mut errors);
        if !errors.is_empty() {
            self.odd = true;
            return None;
        }
        if scalar != ScalarKind::String {
            raw.as_str().clone_into(&mut out);
        }
        Some((out, scalar))
    }

    fn value(&mut self, key: &'i str, span: Span, kind: Option<Encoding>) {
        let Some((text, scalar)) = self.text(span, kind) else {
            return;
        };
        let string = scalar == ScalarKind::String;
        let count = || text.parse::<usize>().ok();
        match (self.table, key) {
            (Some(Table::Top), "framework") if string => {
                self.head.framework.clone_from(&text);
                self.framework_seen = true;
            }
            (Some(Table::Meta), "programme") if string => self.head.programme = Some(text),
            // A bare TOML date as written (`2026-11-20`); any other date-time is read whole,
            // which words it the way the rest of integra does.
            (Some(Table::Meta), "date") if string || is_plain_date(scalar, &text) => {
                self.head.date = Some(text);
            }
            (Some(Table::Session), "updated") if string => self.head.record.updated = Some(text),
            (Some(Table::Session), "framework_path") if string => {
                self.head.record.framework_path = Some(PathBuf::from(text));
            }
            (Some(Table::Progress), "answered") => self.progress.answered = count(),
            (Some(Table::Progress), "shown") => self.progress.shown = count(),
            (Some(Table::Progress), "hash") if string => self.progress.hash = Some(text),
            (table, key) => {
                if !unread_fits(table, key, string) {
                    self.odd = true;
                }
            }
        }
    }

    /// An array or inline table opens. As a key's value it is allowed only where its insides
    /// are not read; the key's value is then taken.
    fn open_nested(&mut self) {
        if self.depth == 0 {
            let key = self.key.take();
            let allowed = self.value_next
                && key.is_some_and(|k| !matches!(k, "updated" | "framework_path"))
                && matches!(
                    self.table,
                    Some(Table::Answers | Table::SessionOther | Table::Session)
                );
            if !allowed {
                self.odd = true;
            }
            self.value_next = false;
        }
        self.depth += 1;
    }
}

/// Whether a value the list does not read is of a place and type the whole reader takes.
fn unread_fits(table: Option<Table>, key: &str, string: bool) -> bool {
    match table {
        Some(Table::Top) => string && matches!(key, "version" | "hash" | "language"),
        Some(Table::Meta) => {
            string && matches!(key, "site" | "country" | "facilitator" | "participants")
        }
        Some(Table::Notes) => string,
        // The rest of `[session]` is bookkeeping the list does not show; a newer integra
        // may add keys there.
        Some(Table::Session) => !matches!(key, "updated" | "framework_path"),
        Some(Table::Answers | Table::SessionOther | Table::Progress) => true,
        None => false,
    }
}

fn is_plain_date(scalar: ScalarKind, text: &str) -> bool {
    scalar == ScalarKind::DateTime && text.len() == 10
}

impl EventReceiver for Reader<'_> {
    fn std_table_open(&mut self, _span: Span, _error: &mut dyn ErrorSink) {
        if !self.close_table() {
            self.odd = true;
        }
        self.header = Some(Vec::new());
    }

    fn std_table_close(&mut self, _span: Span, _error: &mut dyn ErrorSink) {
        let path = self.header.take().unwrap_or_default();
        self.table = Table::of(&path);
        if self.table.is_none() || !self.headers_seen.insert(path) {
            self.odd = true;
        }
    }

    fn array_table_open(&mut self, span: Span, error: &mut dyn ErrorSink) {
        // Only workshop records (`[[session.participants]]`) are lists of tables.
        self.std_table_open(span, error);
    }

    fn array_table_close(&mut self, _span: Span, _error: &mut dyn ErrorSink) {
        let path = self.header.take().unwrap_or_default();
        if path.len() < 2 || path[0] != "session" {
            self.odd = true;
        }
        self.table = Some(Table::SessionOther);
    }

    fn inline_table_open(&mut self, _span: Span, _error: &mut dyn ErrorSink) -> bool {
        self.open_nested();
        true
    }

    fn inline_table_close(&mut self, _span: Span, _error: &mut dyn ErrorSink) {
        self.depth = self.depth.saturating_sub(1);
    }

    fn array_open(&mut self, _span: Span, _error: &mut dyn ErrorSink) -> bool {
        self.open_nested();
        true
    }

    fn array_close(&mut self, _span: Span, _error: &mut dyn ErrorSink) {
        self.depth = self.depth.saturating_sub(1);
    }

    fn simple_key(&mut self, span: Span, kind: Option<Encoding>, _error: &mut dyn ErrorSink) {
        if self.depth > 0 {
            return;
        }
        let Some(raw) = self.raw(span) else {
            self.odd = true;
            return;
        };
        if let Some(header) = &mut self.header {
            // Table names integra writes are bare words.
            if kind.is_some() {
                self.odd = true;
            }
            header.push(raw.as_str().to_owned());
            return;
        }
        // Keys integra writes are bare ids: a quoted one could repeat a bare one unseen.
        if kind.is_some() || self.key.is_some() {
            self.odd = true;
        }
        if self.table.is_none() {
            self.table = Some(Table::Top);
        }
        self.key = Some(raw.as_str());
        self.keys.push(raw.as_str());
    }

    fn key_sep(&mut self, _span: Span, _error: &mut dyn ErrorSink) {
        // Dotted keys (`meta.programme = …`) are valid TOML, but not what integra writes;
        // dotted table names (`[session.progress]`) are.
        if self.depth == 0 && self.header.is_none() {
            self.odd = true;
        }
    }

    fn key_val_sep(&mut self, _span: Span, _error: &mut dyn ErrorSink) {
        if self.depth == 0 {
            self.value_next = true;
        }
    }

    fn scalar(&mut self, span: Span, kind: Option<Encoding>, _error: &mut dyn ErrorSink) {
        if self.depth > 0 {
            // Checked like any value, not read.
            let _ = self.text(span, kind);
            return;
        }
        match (self.value_next, self.key.take()) {
            (true, Some(key)) => {
                self.value_next = false;
                self.value(key, span, kind);
            }
            _ => self.odd = true,
        }
    }

    fn comment(&mut self, span: Span, _error: &mut dyn ErrorSink) {
        let mut errors: Vec<ParseError> = Vec::new();
        if let Some(raw) = self.raw(span) {
            raw.decode_comment(&mut errors);
        }
        if !errors.is_empty() {
            self.odd = true;
        }
    }

    fn newline(&mut self, _span: Span, _error: &mut dyn ErrorSink) {
        if self.depth == 0 {
            // A key whose value never came, or a nested value just closed.
            if self.key.take().is_some() {
                self.odd = true;
            }
            self.value_next = false;
        }
    }

    fn error(&mut self, _span: Span, _error: &mut dyn ErrorSink) {
        self.odd = true;
    }
}
