//! Carrying a session across a framework revision (`integra migrate`).
//!
//! The answers that still fit are kept exactly as [`resume`](super::resume) keeps them (both use
//! `against_keeping`); what this adds is an account of everything that did not make it, with
//! the reason in the author's terms (question removed, option no longer offered, level off
//! the scale, number out of range, kind changed, now hidden by a condition) and where to look:
//! the line of the session file, and for a hidden question the line of its condition. Nothing
//! is written here; the caller decides where the new session goes.
//!
//! Must not: write files (the caller decides where the new session goes) or keep answers by rules
//! other than `resume`'s.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::{Spanned, Value};

use super::SessionError;
use super::revise::{carried_value, meaning_change, new_questions};
use super::{Record, Session};
use crate::answers::{DONT_KNOW, NOT_APPLICABLE, parse_sheet, response};
use crate::diagnostic::{Msg, Source, did_you_mean};
use crate::framework::{Framework, Origin, QuestionKind, catalog, read_text_file, revision};
use crate::msg;

/// Why an answer (or a note) was not carried, or no longer counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    QuestionRemoved,
    OptionGone,
    LevelOffScale,
    OutOfRange,
    KindChanged,
    /// "not applicable" or "don't know" is no longer allowed.
    SpecialNotAllowed,
    /// Carried, but a condition now hides the question, so it does not count.
    NowHidden,
    /// Any other value the question no longer accepts.
    DoesNotFit,
}

impl Reason {
    /// Whether the answer is left out of the new file (a hidden one is kept there).
    pub fn counts_as_dropped(self) -> bool {
        self != Self::NowHidden
    }

    pub fn describe(self) -> String {
        self.describe_in(crate::i18n::Lang::En)
    }

    /// The reason in `lang`.
    pub fn describe_in(self, lang: crate::i18n::Lang) -> String {
        crate::i18n::tr(
            lang,
            match self {
                Self::QuestionRemoved => "cli-migrate-reason-removed",
                Self::OptionGone => "cli-migrate-reason-option",
                Self::LevelOffScale => "cli-migrate-reason-level",
                Self::OutOfRange => "cli-migrate-reason-range",
                Self::KindChanged => "cli-migrate-reason-kind",
                Self::SpecialNotAllowed => "cli-migrate-reason-special",
                Self::NowHidden => "cli-migrate-reason-hidden",
                Self::DoesNotFit => "cli-migrate-reason-fit",
            },
        )
    }
}

/// One answer or note that did not come across whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lost {
    pub question: String,
    /// A note rather than an answer.
    pub note: bool,
    pub reason: Reason,
    /// In the author's words, e.g. "40 is out of range for question 'staff' (...)".
    pub detail: Msg,
    /// `FILE:LINE` of the answer in the old session.
    pub at: String,
    /// `FILE:LINE` in the new framework worth looking at (a hiding condition), if any.
    pub see: Option<String>,
}

/// A session carried onto a new framework, not yet written.
#[derive(Debug, Clone)]
pub struct Migration {
    pub session: Session,
    /// Answers carried (including those now hidden) and notes carried.
    pub answers: usize,
    pub notes: usize,
    /// What did not come across, in the order of the old file; hidden answers last.
    pub lost: Vec<Lost>,
    /// Answers carried from an old id to the question renamed from it.
    pub renamed: Vec<super::revise::Renamed>,
    /// Kept answers whose level or option now reads or scores differently (needs `old`).
    pub meaning: Vec<super::revise::MeaningChange>,
    /// Questions new in this revision, still to be asked (needs `old`).
    pub new_questions: Vec<String>,
}

impl Migration {
    /// Whether every answer and note came across and still counts.
    pub fn complete(&self) -> bool {
        self.lost.is_empty()
    }
}

/// The answers and notes with their places in the file.
#[derive(Deserialize)]
struct Placed {
    #[serde(default)]
    answers: BTreeMap<Spanned<String>, Spanned<Value>>,
    #[serde(default)]
    notes: BTreeMap<Spanned<String>, Spanned<Value>>,
}

/// Carries the session at `path` onto `fw`, to be saved at `out`. `old` is the framework the
/// session was answered against, when it is still at hand: it tells a changed kind apart
/// from a value that no longer fits.
pub fn migrate(
    path: &Path,
    fw: &Framework,
    old: Option<&Framework>,
    out: PathBuf,
) -> Result<Migration, SessionError> {
    let name = path.display().to_string();
    let text = read_text_file(path).map_err(|e| e.into_load_error(&name))?;
    // Answers given under a renamed question's old id are read as answers to the new one.
    let (renamed_text, renamed) = super::revise::rename_answers(&text, fw)?;
    let parsed = parse_sheet(&name, &renamed_text)?;
    let placed: Placed = toml::from_str(&text).map_err(|e| SessionError::toml(&e))?;
    let source = Source {
        name: &name,
        text: &text,
    };
    let at = |offset: usize| format!("{name}:{}", source.line_col(offset).0);
    let mut record = Record::from_table(parsed.session());
    // Votes, parked questions and action owners come across where their question still is.
    let (workshop, _) = super::workshop::file::read(parsed.session(), fw);
    let (mut sheet, _) = parsed.against_keeping(fw);
    let parsed_id_version = (sheet.framework.clone(), sheet.version.clone());

    let mut meaning = Vec::new();
    let mut lost = left_behind(fw, old, &placed, &at, &mut meaning);
    lost.sort_by_key(|l| line_of(&l.at));
    lost.extend(now_hidden(fw, &sheet.answers, &placed, &at));

    let answers = sheet.answers.len();
    let notes = placed.notes.len() - lost.iter().filter(|l| l.note).count();
    sheet.framework.clone_from(&fw.id);
    sheet.version = Some(fw.version.clone());
    sheet.hash = Some(fw.hash.clone());
    record.migrated_from = Some(format!(
        "{} {}",
        parsed_id_version.0,
        parsed_id_version.1.unwrap_or_else(|| "?".into())
    ));
    record.framework_path = match &fw.origin {
        Origin::File(p) => Some(std::path::absolute(p).unwrap_or_else(|_| p.clone())),
        Origin::Embedded => None,
    };
    if record
        .position
        .as_deref()
        .is_some_and(|p| fw.question(p).is_none())
    {
        record.position = None;
    }
    Ok(Migration {
        session: Session {
            path: out,
            sheet,
            record,
            on_disk: None,
            workshop,
        },
        answers,
        notes,
        lost,
        renamed,
        meaning,
        new_questions: old.map(|o| new_questions(o, fw)).unwrap_or_default(),
    })
}

/// The answers and notes of `placed` that cannot come across to `fw`, each with its reason;
/// answers that come across with another meaning go to `meaning`.
fn left_behind(
    fw: &Framework,
    old: Option<&Framework>,
    placed: &Placed,
    at: &dyn Fn(usize) -> String,
    meaning: &mut Vec<super::revise::MeaningChange>,
) -> Vec<Lost> {
    let mut lost = Vec::new();
    for (key, value) in &placed.answers {
        let id = key.get_ref();
        let (reason, detail) = match revision::question_for(fw, id) {
            None => (Reason::QuestionRemoved, removed(fw, id)),
            Some(q) => match response(fw, q, &carried_value(q, value.get_ref())) {
                Ok(_) => {
                    meaning.extend(old.and_then(|o| meaning_change(o, fw, id, value.get_ref())));
                    continue;
                }
                Err((message, hint)) => (
                    classify(
                        q.kind.tag(),
                        old.and_then(|o| o.question(id)).map(|o| o.kind.tag()),
                        value.get_ref(),
                    ),
                    msg!("cli-migrate-detail", message = message, hint = hint),
                ),
            },
        };
        lost.push(Lost {
            question: id.clone(),
            note: false,
            reason,
            detail,
            at: at(value.span().start),
            see: None,
        });
    }
    for key in placed.notes.keys() {
        if revision::question_for(fw, key.get_ref()).is_none() {
            lost.push(Lost {
                question: key.get_ref().clone(),
                note: true,
                reason: Reason::QuestionRemoved,
                detail: removed(fw, key.get_ref()),
                at: at(key.span().start),
                see: None,
            });
        }
    }
    lost
}

fn line_of(at: &str) -> usize {
    at.rsplit(':')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

fn removed(fw: &Framework, id: &str) -> Msg {
    match did_you_mean(id, fw.questions().map(|q| q.id.as_str())) {
        Some(near) => msg!(
            "cli-migrate-renamed",
            question = id,
            id = &fw.id,
            version = &fw.version,
            near = near
        ),
        None => msg!(
            "cli-migrate-removed",
            question = id,
            id = &fw.id,
            version = &fw.version
        ),
    }
}

/// The reason an answer `value` to a question now of kind `now` does not fit.
fn classify(now: QuestionKind, before: Option<QuestionKind>, value: &Value) -> Reason {
    if before.is_some_and(|b| b != now) {
        return Reason::KindChanged;
    }
    if matches!(value.as_str(), Some(NOT_APPLICABLE | DONT_KNOW)) {
        return Reason::SpecialNotAllowed;
    }
    let shape_fits = match now {
        QuestionKind::Rating | QuestionKind::Number => {
            matches!(value, Value::Integer(_) | Value::Float(_))
        }
        QuestionKind::Checklist => value.is_array(),
        QuestionKind::YesNo | QuestionKind::Choice | QuestionKind::Text => value.is_str(),
    };
    match now {
        _ if !shape_fits => Reason::KindChanged,
        QuestionKind::Rating => Reason::LevelOffScale,
        QuestionKind::Number => Reason::OutOfRange,
        QuestionKind::Choice | QuestionKind::Checklist => Reason::OptionGone,
        QuestionKind::YesNo | QuestionKind::Text => Reason::DoesNotFit,
    }
}

/// Carried answers whose question a condition of the new framework now hides.
fn now_hidden(
    fw: &Framework,
    answers: &crate::answers::Answers,
    placed: &Placed,
    at: &dyn Fn(usize) -> String,
) -> Vec<Lost> {
    let visible = crate::framework::visible_questions(fw, answers);
    let fw_text = catalog::source_text(fw);
    let fw_name = match &fw.origin {
        Origin::File(p) => p.display().to_string(),
        Origin::Embedded => format!("(built-in {})", fw.id),
    };
    let mut out = Vec::new();
    for (key, value) in &placed.answers {
        let Some(q) = revision::question_for(fw, key.get_ref()) else {
            continue;
        };
        if answers.get(&q.id).is_none() || visible.contains(q.id.as_str()) {
            continue;
        }
        let see = fw_text.as_deref().map(|text| {
            let line = Source { name: "", text }
                .line_col(q.loc.of("show_if").start)
                .0;
            format!("{fw_name}:{line}")
        });
        out.push(Lost {
            question: q.id.clone(),
            note: false,
            reason: Reason::NowHidden,
            detail: msg!("cli-migrate-hidden-detail"),
            at: at(value.span().start),
            see,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::framework::from_str;

    const V1: &str = include_str!("../../tests/fixtures/migrate/v1.toml");

    #[test]
    fn the_old_framework_tells_a_changed_kind_from_an_option_gone() {
        let old = from_str("v1.toml", V1, Origin::Embedded).unwrap();
        // 'outreach' was yes/no; now a choice whose options do not include "yes".
        let changed = V1.replace(
            "id = \"outreach\"\nkind = \"yes_no\"",
            "id = \"outreach\"\nkind = \"choice\"\noptions = [{ id = \"often\", label = \"Often\" }, { id = \"rarely\", label = \"Rarely\" }]",
        );
        let new = from_str("v2.toml", &changed, Origin::Embedded).unwrap();
        let session =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/migrate/session-fits.toml");
        let reason = |old: Option<&Framework>| {
            let m = migrate(&session, &new, old, PathBuf::from("out.toml")).unwrap();
            let lost: Vec<_> = m.lost.iter().filter(|l| l.question == "outreach").collect();
            assert_eq!(lost.len(), 1, "{:?}", m.lost);
            lost[0].reason
        };
        assert_eq!(reason(Some(&old)), Reason::KindChanged);
        assert_eq!(
            reason(None),
            Reason::OptionGone,
            "by the value's shape alone"
        );
    }
}
