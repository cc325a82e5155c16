//! A diagnostic's words as a catalogue key and its arguments, so the loader (which knows no
//! language) can build messages that the command line renders in the reader's language.
//!
//! English is rendered once when the diagnostic is built and kept in `Diagnostic::message`,
//! so JSON output, tests and code that reads the message see the same text as before.
//!
//! Must not: read the locale, or render in any language but English before the edge asks.

use crate::i18n::{self, Arg, Lang};

/// A message: a catalogue key with arguments, or text that has no translation (for
/// example the wording of a TOML parser error, which integra does not control).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    Raw(String),
    /// Text integra has already written in each of its languages ([`Lang::ALL`] order),
    /// such as a whole rendered diagnostic quoted inside another message.
    Each(Vec<String>),
    Key(&'static str, Vec<(&'static str, MsgArg)>),
}

/// A value for a placeable in a [`Msg`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MsgArg {
    /// A count, so the catalogue can choose the plural form.
    Count(usize),
    /// Text shown as it is: ids, keys, numbers already formatted, quoted code.
    Text(String),
    /// A fragment that is itself translated ("question 'q1'", "scale").
    Msg(Box<Msg>),
    /// Words integra builds itself, such as a condition in words, in each of its languages
    /// (`i18n::LANGUAGES` order); the first is English.
    Worded(Vec<String>),
}

impl MsgArg {
    /// `words(lang)` in each of integra's languages.
    pub fn worded(words: impl Fn(Lang) -> String) -> Self {
        Self::Worded(Lang::ALL.into_iter().map(words).collect())
    }
}

impl Msg {
    /// `words(lang)` in each of integra's languages, as one message.
    pub fn each(words: impl Fn(Lang) -> String) -> Self {
        Self::Each(Lang::ALL.into_iter().map(words).collect())
    }

    /// The text in `lang` (English for a key the language lacks).
    pub fn render(&self, lang: Lang) -> String {
        match self {
            Self::Raw(s) => s.clone(),
            Self::Each(all) => all
                .get(lang.index())
                .or(all.first())
                .map(|s| s.trim_end().to_owned())
                .unwrap_or_default(),
            Self::Key(key, args) => {
                let args: Vec<(&str, Arg)> = args
                    .iter()
                    .map(|(name, value)| {
                        let value = match value {
                            MsgArg::Count(n) => Arg::from(*n),
                            MsgArg::Text(s) => Arg::Text(s.clone()),
                            MsgArg::Msg(m) => Arg::Text(m.render(lang)),
                            MsgArg::Worded(all) => {
                                let words = all.get(lang.index()).or(all.first());
                                Arg::Text(words.cloned().unwrap_or_default())
                            }
                        };
                        (*name, value)
                    })
                    .collect();
                i18n::tr_args(lang, key, &args)
            }
        }
    }
}

impl From<String> for Msg {
    fn from(s: String) -> Self {
        Self::Raw(s)
    }
}

impl From<&str> for Msg {
    fn from(s: &str) -> Self {
        Self::Raw(s.to_owned())
    }
}

impl From<usize> for MsgArg {
    fn from(n: usize) -> Self {
        Self::Count(n)
    }
}

impl From<&str> for MsgArg {
    fn from(s: &str) -> Self {
        Self::Text(s.to_owned())
    }
}

impl From<String> for MsgArg {
    fn from(s: String) -> Self {
        Self::Text(s)
    }
}

impl From<&String> for MsgArg {
    fn from(s: &String) -> Self {
        Self::Text(s.clone())
    }
}

impl From<&&str> for MsgArg {
    fn from(s: &&str) -> Self {
        Self::Text((*s).to_owned())
    }
}

/// Numbers that are not counts keep Rust's own formatting (`1.5`, `-1`, `inf`), as before.
impl From<f64> for MsgArg {
    fn from(n: f64) -> Self {
        Self::Text(n.to_string())
    }
}

impl From<i64> for MsgArg {
    fn from(n: i64) -> Self {
        Self::Text(n.to_string())
    }
}

impl From<Msg> for MsgArg {
    fn from(m: Msg) -> Self {
        Self::Msg(Box::new(m))
    }
}

/// `msg!(KEY, name = value, ...)`: a [`Msg`] with its arguments.
#[macro_export]
macro_rules! msg {
    ($key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::diagnostic::Msg::Key(
            $key,
            vec![$((stringify!($name), $crate::diagnostic::MsgArg::from($value))),*],
        )
    };
}
