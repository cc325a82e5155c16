//! The closing line of a check: how many errors and warnings, with each language's plurals.
//!
//! Must not: count anything but the diagnostics it is given, or word a plural outside the
//! catalogues.

use std::fmt;

use super::Diagnostic;
use super::Severity;
use crate::i18n::Lang;

/// Counts errors and warnings for a closing summary line.
pub fn summary(diagnostics: &[Diagnostic]) -> Summary {
    // A note "N more ... not shown" stands for N problems, not one.
    let count = |severity| -> usize {
        diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .map(|d| d.unshown.unwrap_or(1))
            .sum()
    };
    Summary {
        errors: count(Severity::Error),
        warnings: count(Severity::Warning),
    }
}

/// Numbers of errors and warnings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
}

impl Summary {
    /// "2 errors, 1 warning" in `lang`, with its plurals.
    pub fn in_lang(self, lang: Lang) -> String {
        crate::i18n::tr_args(
            lang,
            "diag-summary",
            &[
                ("errors", self.errors.into()),
                ("warnings", self.warnings.into()),
            ],
        )
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plural = |n: usize, word: &str| {
            if n == 1 {
                format!("{n} {word}")
            } else {
                format!("{n} {word}s")
            }
        };
        write!(
            f,
            "{}, {}",
            plural(self.errors, "error"),
            plural(self.warnings, "warning")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summaries_take_each_language_plural() {
        let s = |errors, warnings| Summary { errors, warnings };
        assert_eq!(s(1, 2).in_lang(Lang::En), s(1, 2).to_string());
        assert_eq!(s(0, 1).in_lang(Lang::En), "0 errors, 1 warning");
        assert_eq!(s(1, 2).in_lang(Lang::Ru), "1 ошибка, 2 предупреждения");
        assert_eq!(s(5, 21).in_lang(Lang::Ru), "5 ошибок, 21 предупреждение");
        assert_eq!(s(2, 0).in_lang(Lang::Es), "2 errores, 0 avisos");
    }

    #[test]
    fn a_note_for_problems_not_shown_counts_the_number_it_carries_not_its_words() {
        use crate::diagnostic::Diagnostic;
        let found = [
            Diagnostic::error(0..1, "one"),
            // Worded in any language, or not at all: the count is carried, not read back.
            Diagnostic::error(0..0, crate::msg!("diag-unshown", count = 7usize)).counting(7),
            Diagnostic::warning(0..0, "quelques avertissements").counting(3),
        ];
        assert_eq!(
            summary(&found),
            Summary {
                errors: 8,
                warnings: 3
            }
        );
    }
}
