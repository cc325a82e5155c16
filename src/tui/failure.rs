//! Why the wizard could not start, or had to stop: the reason as catalogue messages (or the
//! framework that could not be found), with the language the wizard was speaking then. The
//! wizard chooses that language (the open session's, else the one it started in), so the
//! command line tells the failure in it.

use crate::diagnostic::Problem;
use crate::framework::catalog::ResolveError;
use crate::i18n::Lang;

#[derive(Debug)]
pub enum Reason {
    /// Said in integra's own words.
    Problem(Problem),
    /// The framework asked for could not be found or loaded.
    Framework(ResolveError),
}

/// A failure and the wizard's language when it happened.
#[derive(Debug)]
pub struct Failure {
    pub reason: Reason,
    pub lang: Lang,
}

impl Failure {
    pub fn new(reason: impl Into<Reason>, lang: Lang) -> Self {
        Self {
            reason: reason.into(),
            lang,
        }
    }

    /// The failure in the wizard's language, without a final newline.
    pub fn render(&self) -> String {
        let text = match &self.reason {
            Reason::Problem(p) => p.render(self.lang),
            Reason::Framework(e) => e.render_in(self.lang),
        };
        text.trim_end().to_owned()
    }
}

impl From<Problem> for Reason {
    fn from(p: Problem) -> Self {
        Self::Problem(p)
    }
}

impl From<crate::diagnostic::Msg> for Reason {
    fn from(m: crate::diagnostic::Msg) -> Self {
        Self::Problem(Problem::new(m))
    }
}

impl From<ResolveError> for Reason {
    fn from(e: ResolveError) -> Self {
        Self::Framework(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failure_is_told_in_the_language_the_wizard_spoke() {
        let f = Failure::new(crate::msg!("cli-needs-terminal"), Lang::Ru);
        assert_eq!(f.render(), crate::i18n::tr(Lang::Ru, "cli-needs-terminal"));
        assert_ne!(f.render(), crate::i18n::tr(Lang::En, "cli-needs-terminal"));
    }
}
