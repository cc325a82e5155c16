//! What a session operation (carrying answers across, forgetting a session) can fail with:
//! a file that cannot be read as a session, with every problem located, or a problem said in
//! integra's own words. Both carry catalogue messages; the command line or the wizard tells
//! them in the reader's language.
//!
//! Must not: read the locale or print: the caller tells the message in the reader's language.

use std::fmt;

use crate::diagnostic::{Msg, Problem};
use crate::framework::LoadError;
use crate::i18n::Lang;

#[derive(Debug, Clone)]
pub enum SessionError {
    /// The file cannot be read as a session (or as TOML): every problem, with its place.
    Load(LoadError),
    /// Anything else, in integra's words.
    Problem(Problem),
}

impl SessionError {
    /// The error in `lang`, without a final newline.
    pub fn render(&self, lang: Lang) -> String {
        match self {
            Self::Load(e) => e.render_in(lang).trim_end().to_owned(),
            Self::Problem(p) => p.render(lang),
        }
    }

    /// The TOML parser's own words, which integra does not translate.
    pub fn toml(e: &impl fmt::Display) -> Self {
        Self::Problem(Problem::new(Msg::Raw(e.to_string())))
    }
}

/// English, for tests and logs; people are told [`SessionError::render`].
impl fmt::Display for SessionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

impl std::error::Error for SessionError {}

impl From<LoadError> for SessionError {
    fn from(e: LoadError) -> Self {
        Self::Load(e)
    }
}

impl From<Problem> for SessionError {
    fn from(p: Problem) -> Self {
        Self::Problem(p)
    }
}

impl From<Msg> for SessionError {
    fn from(m: Msg) -> Self {
        Self::Problem(Problem::new(m))
    }
}
