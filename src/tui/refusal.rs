//! [`Refusal`]: what the wizard refuses to do, and why, as a typed value carrying catalogue
//! keys and their arguments. It is told in words only where the wizard shows it (the status
//! line, the question's number field, the export screen), in the wizard's language, as
//! `session::Refusal` is told by whoever shows it.
//!
//! Must not: decide whether to refuse (the effects and `choices` do) or read the locale.

use crate::diagnostic::Msg;
use crate::i18n::Lang;

/// Why the wizard would not do what was asked.
#[derive(Debug, Clone, PartialEq)]
pub enum Refusal {
    /// A typed number that does not read as a number.
    NotANumber { typed: String },
    /// A typed number outside the question's range, in the framework's own words (its
    /// `constraint`, already in the session's language).
    Constraint(String),
    /// A typed number outside the question's range, which has a minimum, a maximum or both.
    OutOfRange { min: Option<f64>, max: Option<f64> },
    /// The session is open in another wizard: the file's name, and which process on which
    /// computer holds it (when the lock says).
    InUse {
        file: String,
        pid: Option<u32>,
        host: Option<String>,
    },
    /// Exporting: the session file could not be saved first.
    ExportSave { path: String, error: Msg },
    /// Exporting: a report could not be made.
    Report(Msg),
    /// Exporting: a report could not be written.
    ExportWrite { path: String, error: String },
}

impl Refusal {
    /// The refusal as a catalogue message.
    pub fn message(&self) -> Msg {
        let n = |v: f64| v.to_string();
        match self {
            Self::NotANumber { typed } => crate::msg!("ui-number-invalid", typed = typed.as_str()),
            Self::Constraint(words) => Msg::Raw(words.clone()),
            Self::OutOfRange {
                min: Some(a),
                max: Some(b),
            } => crate::msg!("ui-number-between", min = n(*a), max = n(*b)),
            Self::OutOfRange {
                min: Some(a),
                max: None,
            } => crate::msg!("ui-number-at-least", min = n(*a)),
            Self::OutOfRange {
                min: None,
                max: Some(b),
            } => crate::msg!("ui-number-at-most", max = n(*b)),
            // A range without either end refuses nothing; said as nothing.
            Self::OutOfRange {
                min: None,
                max: None,
            } => Msg::Raw(String::new()),
            Self::InUse { file, pid, host } => crate::msg!(
                "ui-session-in-use",
                path = file.as_str(),
                pid = pid.map_or_else(|| "?".into(), |p| p.to_string()),
                host = host.clone().unwrap_or_else(|| "?".into())
            ),
            Self::ExportSave { path, error } => {
                crate::msg!(
                    "cli-export-save",
                    path = path.as_str(),
                    error = error.clone()
                )
            }
            Self::Report(why) => why.clone(),
            Self::ExportWrite { path, error } => crate::msg!(
                "cli-export-write",
                path = path.as_str(),
                error = error.as_str()
            ),
        }
    }

    /// The refusal in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        self.message().render(lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::tr_args;

    #[test]
    fn a_refusal_is_told_with_its_catalogue_key_in_each_language() {
        let r = Refusal::OutOfRange {
            min: Some(0.0),
            max: Some(10.0),
        };
        for lang in Lang::ALL {
            let want = tr_args(
                lang,
                "ui-number-between",
                &[("min", "0".into()), ("max", "10".into())],
            );
            assert_eq!(r.render(lang), want);
        }
        assert_ne!(r.render(Lang::Fr), r.render(Lang::En));
    }

    #[test]
    fn a_lock_without_its_holder_says_question_marks() {
        let r = Refusal::InUse {
            file: "a.toml".into(),
            pid: None,
            host: None,
        };
        let text = r.render(Lang::En);
        assert!(
            text.contains("'a.toml'") && text.contains("process ?"),
            "{text}"
        );
    }
}
