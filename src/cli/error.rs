//! What a command can fail with. Every variant carries catalogue messages or a lower layer's
//! typed error, never finished text: `cli::run` renders the error once, in the language it
//! chose for the command line, and prints it on standard error.
//!
//! Must not: hold finished text or read the locale: the error is rendered once, by `cli::run`.

use std::process::ExitCode;

use crate::diagnostic::{Msg, Problem};
use crate::framework::LoadError;
use crate::framework::catalog::ResolveError;
use crate::i18n::Lang;
use crate::report::ReportError;
use crate::session::SessionError;

/// Why a command failed.
#[derive(Debug)]
pub enum CliError {
    /// Said in integra's own words: a message, its detail and a hint.
    Problem(Problem),
    /// A framework, answers or session file that could not be read, with every problem.
    Load(LoadError),
    /// A framework that could not be found or loaded.
    Resolve(ResolveError),
    /// A report that could not be rendered or written.
    Report(ReportError),
    /// A session that could not be carried across or forgotten.
    Session(SessionError),
    /// The wizard could not start or had to stop; it says in which language to tell it.
    Wizard(crate::tui::Failure),
    /// Several problems found together (every unreadable session of an aggregate), one
    /// under the other.
    Many(Vec<CliError>),
}

impl CliError {
    /// The error in `lang`, without a final newline.
    pub fn render(&self, lang: Lang) -> String {
        let text = match self {
            Self::Problem(p) => p.render(lang),
            Self::Load(e) => e.render_in(lang),
            Self::Resolve(e) => e.render_in(lang),
            Self::Report(e) => e.message_in(lang),
            Self::Session(e) => e.render(lang),
            // The wizard is an edge of its own: it chose the language.
            Self::Wizard(f) => f.render(),
            Self::Many(all) => {
                let each: Vec<String> = all.iter().map(|e| e.render(lang)).collect();
                each.join("\n")
            }
        };
        text.trim_end_matches('\n').to_owned()
    }
}

/// English, for tests and logs; people are told [`CliError::render`] in their language.
impl std::fmt::Display for CliError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

impl std::error::Error for CliError {}

impl From<Problem> for CliError {
    fn from(p: Problem) -> Self {
        Self::Problem(p)
    }
}

impl From<Msg> for CliError {
    fn from(m: Msg) -> Self {
        Self::Problem(Problem::new(m))
    }
}

impl From<LoadError> for CliError {
    fn from(e: LoadError) -> Self {
        Self::Load(e)
    }
}

impl From<ResolveError> for CliError {
    fn from(e: ResolveError) -> Self {
        Self::Resolve(e)
    }
}

impl From<ReportError> for CliError {
    fn from(e: ReportError) -> Self {
        Self::Report(e)
    }
}

impl From<SessionError> for CliError {
    fn from(e: SessionError) -> Self {
        Self::Session(e)
    }
}

impl From<Vec<CliError>> for CliError {
    fn from(all: Vec<CliError>) -> Self {
        Self::Many(all)
    }
}

/// A refusal: the message with what to do next under it.
pub fn refusal(message: Msg, hint: Msg) -> CliError {
    Problem::new(message).with_hint(hint).into()
}

/// A file integra could not write: the system's reason, or a refused save's own words in
/// every language (see [`crate::session::store::Refusal`]).
pub fn cannot_write(path: &std::path::Path, e: &std::io::Error) -> CliError {
    let error = Msg::each(|lang| crate::session::store::explain(e, lang));
    crate::msg!(
        "cli-cannot-write",
        path = path.display().to_string(),
        error = error
    )
    .into()
}

/// What a command returns: an exit code, or why it failed.
pub type Outcome = Result<ExitCode, CliError>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_command_error_renders_in_each_language_with_its_hint() {
        let e = refusal(
            crate::msg!("cli-migrate-same", path = "s.toml"),
            crate::msg!("cli-migrate-same-hint"),
        );
        for lang in Lang::ALL {
            let said = e.render(lang);
            let (message, hint) = said.split_once('\n').unwrap();
            let args = [("path", "s.toml".into())];
            assert_eq!(
                message,
                crate::i18n::tr_args(lang, "cli-migrate-same", &args)
            );
            let label = crate::i18n::tr(lang, "diag-hint");
            let expected = crate::i18n::tr(lang, "cli-migrate-same-hint");
            assert_eq!(hint, format!("  = {label}: {expected}"), "{lang}");
        }
        assert_ne!(e.render(Lang::Ru), e.render(Lang::En));
        assert_eq!(e.to_string(), e.render(Lang::En));
    }

    #[test]
    fn several_errors_are_told_one_under_the_other() {
        let e = CliError::from(vec![
            CliError::from(crate::msg!("cli-aggregate-no-sessions")),
            CliError::from(crate::msg!("cli-new-no-folder")),
        ]);
        let fr = e.render(Lang::Fr);
        assert_eq!(fr.lines().count(), 2, "{fr}");
        assert!(fr.starts_with("aucun fichier de session"), "{fr}");
    }
}
