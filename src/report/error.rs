//! Why a report could not be rendered or written. The words live in the catalogues only:
//! [`ReportError::message_in`] tells them in a language at the edge, `Display` in English;
//! what the template engine or the system says is kept as it said it.
//!
//! Must not: read the locale (the language is passed in at the edge) or print anything.

use std::fmt;
use std::path::{Path, PathBuf};

use super::budget;
use crate::diagnostic::{Msg, Problem};
use crate::i18n::Lang;

/// Why a report could not be rendered or written. The words live in the catalogues only:
/// [`ReportError::message_in`] tells them in a language, `Display` in English.
#[derive(Debug)]
pub enum ReportError {
    /// A template failed to parse or render; `message` names the template, line and column.
    Template {
        name: String,
        /// What tera said (its own words), or integra's.
        message: Msg,
        /// What to do, when integra can tell (a block left open).
        hint: Option<Msg>,
    },
    ReadTemplate {
        path: PathBuf,
        message: String,
    },
    JsonTemplate,
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    Serialise(String),
    DocxTemplate,
    DocxAsText,
    DocxBuild(String),
    XlsxTemplate,
    XlsxAsText,
    XlsxBuild(String),
    /// A template ran past its time, output or memory budget and was stopped.
    Budget {
        name: String,
        what: budget::Exceeded,
        limits: budget::Limits,
    },
}

impl fmt::Display for ReportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message_in(Lang::En))
    }
}

impl std::error::Error for ReportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Write { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Why a render was stopped, in `lang`.
fn budget_message(
    lang: Lang,
    name: &str,
    what: budget::Exceeded,
    limits: &budget::Limits,
) -> String {
    const MIB: u64 = 1024 * 1024;
    let (key, amount) = match what {
        budget::Exceeded::Time => ("report-err-budget-time", limits.time.as_secs()),
        budget::Exceeded::Output => ("report-err-budget-output", limits.output as u64 / MIB),
        budget::Exceeded::Memory => ("report-err-budget-memory", limits.memory / MIB),
    };
    crate::i18n::tr_args(
        lang,
        key,
        &[("name", name.into()), ("amount", amount.to_string().into())],
    )
}

impl ReportError {
    /// The message in `lang` (`Display` is this in English); what the template engine or the
    /// system says inside is kept as given.
    pub fn message_in(&self, lang: Lang) -> String {
        use crate::i18n::{tr, tr_args};
        let shown = |p: &Path| p.display().to_string();
        match self {
            Self::Template {
                name,
                message,
                hint,
            } => {
                let mut problem =
                    Problem::new(crate::msg!("report-err-template", name = name.as_str()))
                        .with_detail(message.clone());
                problem.hint.clone_from(hint);
                problem.render(lang)
            }
            Self::ReadTemplate { path, message } => tr_args(
                lang,
                "report-err-read-template",
                &[
                    ("path", shown(path).into()),
                    ("error", message.as_str().into()),
                ],
            ),
            Self::JsonTemplate => tr(lang, "report-err-json-template"),
            Self::Write { path, source } => tr_args(
                lang,
                "report-err-write",
                &[
                    ("path", shown(path).into()),
                    ("error", crate::session::store::explain(source, lang).into()),
                ],
            ),
            Self::Serialise(e) => tr_args(
                lang,
                "report-err-serialise",
                &[("error", e.as_str().into())],
            ),
            Self::DocxTemplate => tr(lang, "report-err-docx-template"),
            Self::DocxAsText => tr(lang, "report-err-docx-as-text"),
            Self::DocxBuild(e) => tr_args(
                lang,
                "report-err-docx-build",
                &[("error", e.as_str().into())],
            ),
            Self::XlsxTemplate => tr(lang, "report-err-xlsx-template"),
            Self::XlsxAsText => tr(lang, "report-err-xlsx-as-text"),
            Self::XlsxBuild(e) => tr_args(
                lang,
                "report-err-xlsx-build",
                &[("error", e.as_str().into())],
            ),
            Self::Budget { name, what, limits } => budget_message(lang, name, *what, limits),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ReportError;
    use crate::diagnostic::Msg;
    use crate::i18n::Lang;

    fn all() -> Vec<ReportError> {
        vec![
            ReportError::Template {
                name: "t.md.tera".into(),
                message: Msg::Raw("error at 1:2".into()),
                hint: Some(crate::msg!(
                    "report-hint-unclosed",
                    tag = "if",
                    line = 3usize
                )),
            },
            ReportError::ReadTemplate {
                path: "t.md.tera".into(),
                message: "not found".into(),
            },
            ReportError::JsonTemplate,
            ReportError::Write {
                path: "r.md".into(),
                source: std::io::Error::other("disk full"),
            },
            ReportError::Serialise("bad".into()),
            ReportError::DocxTemplate,
            ReportError::DocxAsText,
            ReportError::DocxBuild("zip".into()),
            ReportError::XlsxTemplate,
            ReportError::XlsxAsText,
            ReportError::XlsxBuild("zip".into()),
            ReportError::Budget {
                name: "t.md.tera".into(),
                what: crate::report::budget::Exceeded::Time,
                limits: crate::report::budget::Limits::default(),
            },
            ReportError::Budget {
                name: "t.md.tera".into(),
                what: crate::report::budget::Exceeded::Output,
                limits: crate::report::budget::Limits::default(),
            },
            ReportError::Budget {
                name: "t.md.tera".into(),
                what: crate::report::budget::Exceeded::Memory,
                limits: crate::report::budget::Limits::default(),
            },
        ]
    }

    #[test]
    fn display_is_the_english_of_the_catalogue() {
        // The English lives in en.ftl only: `Display` reads it from there.
        assert_eq!(
            ReportError::DocxAsText.to_string(),
            "a Word report is a binary file, not text; write it to a file with -o report.docx"
        );
        assert_eq!(
            ReportError::Serialise("x".into()).to_string(),
            "cannot serialise the report: x"
        );
        for e in all() {
            assert_eq!(e.message_in(Lang::En), e.to_string());
        }
    }

    #[test]
    fn report_errors_are_told_in_the_readers_language() {
        for lang in [Lang::Fr, Lang::Es, Lang::Ru] {
            for e in all() {
                let said = e.message_in(lang);
                assert_ne!(said, e.to_string(), "{lang}: {said}");
            }
        }
        let fr = ReportError::DocxAsText.message_in(Lang::Fr);
        assert!(fr.contains("fichier binaire"), "{fr}");
    }
}
