//! Reading an answers file (or session file) and checking every answer against its framework.
//!
//! Two steps, because the file names its framework: [`parse_sheet`] reads the TOML and keeps
//! each answer's place in the file; [`ParsedSheet::against`] then types every answer by its
//! question and reports, with `FILE:LINE:COL`, answers to unknown questions, values off the
//! scale, options not offered and numbers out of bounds — all of them, not the first.
//!
//! Owns the answers file's shape and where each answer sits in it; typing one answer is
//! `typed.rs`'s. Must not score answers nor write files (that is `write.rs`, via the session).

use std::path::Path;

use integra_raw::RawSheet;
use toml::Spanned;

use super::typed::response;
use super::{AnswerSheet, Answers, Meta};
use crate::diagnostic::{Diagnostic, did_you_mean};
use crate::framework::catalog::{self, ResolveError};
use crate::framework::text::strip_controls;
use crate::framework::{Framework, LoadError, read_text_file};
use crate::msg;

/// An answers file read but not yet checked against its framework.
#[derive(Debug)]
pub struct ParsedSheet {
    name: String,
    text: String,
    raw: RawSheet,
}

impl ParsedSheet {
    /// The text the sheet was parsed from, exactly as read.
    pub fn text(&self) -> &str {
        &self.text
    }
}

/// Reads and parses an answers file from disk.
pub fn load_sheet(path: &Path) -> Result<ParsedSheet, LoadError> {
    let name = path.display().to_string();
    let text = read_text_file(path).map_err(|e| e.into_load_error(&name))?;
    parse_sheet(&name, &text)
}

/// Parses answers-file text; `name` is used in messages.
pub fn parse_sheet(name: &str, text: &str) -> Result<ParsedSheet, LoadError> {
    let fail = |diagnostics| LoadError {
        name: name.to_owned(),
        text: text.to_owned(),
        diagnostics,
    };
    let (doc, syntax) = toml::de::DeTable::parse_recoverable(text);
    if !syntax.is_empty() {
        return Err(fail(
            syntax
                .iter()
                .map(|e| {
                    let span = e.span().unwrap_or(0..0);
                    crate::diagnostic::toml_syntax::diagnostic(e.message(), span, text)
                })
                .collect(),
        ));
    }
    // The document already read is deserialized, not the text read again (what
    // `toml::from_str` would do): the same messages and places, at half the cost.
    match integra_raw::read_sheet(doc) {
        Ok(raw) => Ok(ParsedSheet {
            name: name.to_owned(),
            text: text.to_owned(),
            raw,
        }),
        Err(e) => {
            let message = e.message().trim_end().replace('`', "'");
            let hint = if message.starts_with("missing field 'framework'") {
                msg!("diag-sheet-framework-hint")
            } else if message.starts_with("unknown field") {
                msg!("diag-sheet-keys-hint")
            } else {
                msg!("diag-sheet-format-hint")
            };
            // The message is the TOML reader's own wording: it stays English.
            Err(fail(vec![
                Diagnostic::error(e.span().unwrap_or(0..0), message).with_hint(hint),
            ]))
        }
    }
}

impl ParsedSheet {
    /// The facts (`[meta]`) as written, before any framework is matched.
    pub fn meta(&self) -> &Meta {
        &self.raw.meta
    }

    /// The framework id the file names.
    pub fn framework_id(&self) -> &str {
        self.raw.framework.get_ref()
    }

    /// The framework version the file names, if any.
    pub fn version(&self) -> Option<&str> {
        self.raw.version.as_deref()
    }

    /// The framework content hash the file records, if any.
    pub fn hash(&self) -> Option<&str> {
        self.raw.hash.as_deref()
    }

    /// The framework these answers were given against: `explicit` if given, else the id the
    /// file names, else (for a session started on a framework file that is not installed)
    /// the file the wizard recorded in `[session] framework_path`.
    pub fn framework(&self, explicit: Option<&str>) -> Result<Framework, ResolveError> {
        self.find_framework(explicit).map(|found| found.framework)
    }

    /// [`framework`](Self::framework), with the other copies of its id that were passed
    /// over: of several versions, the one the file names is preferred.
    pub fn find_framework(&self, explicit: Option<&str>) -> Result<catalog::Found, ResolveError> {
        let only = |framework| catalog::Found {
            framework,
            others: Vec::new(),
        };
        if let Some(spec) = explicit {
            return catalog::resolve(spec).map(only);
        }
        let by_id = catalog::resolve_id(self.framework_id(), self.raw.version.as_deref());
        let recorded = self
            .session()
            .and_then(|s| s.get("framework_path"))
            .and_then(toml::Value::as_str);
        match (by_id, recorded) {
            // A relative path is relative to the session file's folder (see `session::Record`).
            (Err(ResolveError::NotFound { .. }), Some(path)) => {
                let folder = Path::new(&self.name).parent().unwrap_or(Path::new(""));
                catalog::from_hint(&folder.join(path), self.framework_id()).map(only)
            }
            (result, _) => result,
        }
    }

    /// The wizard's `[session]` table, if the file has one.
    pub fn session(&self) -> Option<&toml::Table> {
        self.raw.session.as_ref()
    }

    /// Checks every answer against `fw` and types it.
    pub fn against(self, fw: &Framework) -> Result<AnswerSheet, LoadError> {
        let (sheet, diagnostics) = self.check(fw);
        if diagnostics.is_empty() {
            Ok(sheet)
        } else {
            Err(LoadError {
                name: self.name,
                text: self.text,
                diagnostics,
            })
        }
    }

    /// Like [`against`](Self::against), but keeps whatever still fits: answers and notes to
    /// questions `fw` no longer has, and values that no longer fit their question, are left
    /// out and returned as diagnostics. Resuming a session against a changed framework uses
    /// this, so one changed question does not cost every other answer.
    pub fn against_keeping(self, fw: &Framework) -> (AnswerSheet, Vec<Diagnostic>) {
        self.check(fw)
    }

    fn check(&self, fw: &Framework) -> (AnswerSheet, Vec<Diagnostic>) {
        let mut diags = Vec::new();
        let raw = &self.raw;
        if raw.framework.get_ref() != &fw.id {
            diags.push(
                Diagnostic::error(
                    raw.framework.span(),
                    msg!(
                        "diag-sheet-other-framework",
                        named = raw.framework.get_ref(),
                        id = &fw.id
                    ),
                )
                .with_hint(msg!("diag-sheet-other-framework-hint")),
            );
        }
        let questions = fw.question_index();
        let mut typed = Vec::with_capacity(raw.answers.len());
        for (key, value) in &raw.answers {
            let Some(&q) = questions.get(key.get_ref().as_str()) else {
                diags.push(unknown_question(fw, key));
                continue;
            };
            match response(fw, q, value.get_ref()) {
                Ok(r) => typed.push((q.id.clone(), r)),
                Err((message, hint)) => {
                    diags.push(Diagnostic::error(value.span(), message).with_hint(hint));
                }
            }
        }
        let mut answers: Answers = typed.into_iter().collect();
        for (key, note) in &raw.notes {
            if questions.contains_key(key.get_ref().as_str()) {
                answers.set_note(key.get_ref().clone(), strip_controls(note));
            } else {
                diags.push(unknown_question(fw, key));
            }
        }
        diags.sort_by_key(|d| d.span.start);
        let sheet = AnswerSheet {
            framework: raw.framework.get_ref().clone(),
            version: raw.version.clone(),
            hash: raw.hash.clone(),
            language: raw.language.clone(),
            meta: raw.meta.without_controls(),
            answers,
        };
        (sheet, diags)
    }
}

fn unknown_question(fw: &Framework, key: &Spanned<String>) -> Diagnostic {
    let id = key.get_ref();
    let d = Diagnostic::error(
        key.span(),
        msg!("diag-sheet-unknown-question", question = id, id = &fw.id),
    );
    match did_you_mean(id, fw.questions().map(|q| q.id.as_str())) {
        Some(s) => d.with_hint(msg!("diag-did-you-mean", word = s)),
        None => d.with_hint(msg!("diag-sheet-unknown-question-hint")),
    }
}
