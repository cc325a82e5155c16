//! integra's own words (the wizard's labels, key hints and messages, report headings and
//! prose) in English, French, Spanish and Russian. Framework text is translated by the
//! framework itself ([`crate::framework::text`]); this module covers everything else.
//!
//! The catalogues are Fluent files (`i18n/{en,fr,es,ru}.ftl`) embedded in the binary, so
//! plurals follow each language's rules (Russian: 1 вопрос, 2 вопроса, 5 вопросов). A key
//! missing from a language falls back to English; a key missing from English shows as the
//! key itself, which the tests forbid. [`detect`] picks the language from `--lang` and the
//! environment.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

mod number;
pub use number::fixed;

/// The languages integra's own text is written in, English first.
pub const LANGUAGES: [&str; 4] = ["en", "fr", "es", "ru"];

/// The catalogue sources, in the order of [`LANGUAGES`].
pub const SOURCES: [&str; 4] = [
    include_str!("../i18n/en.ftl"),
    include_str!("../i18n/fr.ftl"),
    include_str!("../i18n/es.ftl"),
    include_str!("../i18n/ru.ftl"),
];

type Bundle = FluentBundle<FluentResource>;

/// One bundle per language, built on first use.
fn bundles() -> &'static [Bundle] {
    static BUNDLES: OnceLock<Vec<Bundle>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        LANGUAGES
            .iter()
            .zip(SOURCES)
            .map(|(code, source)| build(code, source))
            .collect()
    })
}

/// A bundle for `code` from `source`. Entries that fail to parse are skipped (the rest of
/// the file still loads); the tests make sure there are none.
fn build(code: &str, source: &str) -> Bundle {
    let id: LanguageIdentifier = code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Fluent wraps each placeable in Unicode isolation marks by default; terminals and
    // plain-text reports show them as stray characters.
    bundle.set_use_isolating(false);
    let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, _)| r);
    let _ = bundle.add_resource(resource);
    bundle
}

/// The supported language for a code such as `fr`, `fr-CA` or `fr_FR.UTF-8`, if any.
pub fn supported(code: &str) -> Option<&'static str> {
    let base = code
        .split(['_', '-', '.', '@'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    LANGUAGES.iter().copied().find(|l| *l == base)
}

/// The language for integra's own text: `--lang` when given, else the first of `LC_ALL`,
/// `LC_MESSAGES` and `LANG` that is set (the POSIX order), else English. A language integra
/// does not speak gives English.
pub fn detect(cli: Option<&str>) -> &'static str {
    let var = |name: &str| std::env::var(name).ok();
    from_settings(
        cli,
        var("LC_ALL").as_deref(),
        var("LC_MESSAGES").as_deref(),
        var("LANG").as_deref(),
    )
}

/// [`detect`] without reading the environment.
pub fn from_settings(
    cli: Option<&str>,
    lc_all: Option<&str>,
    lc_messages: Option<&str>,
    lang: Option<&str>,
) -> &'static str {
    if let Some(code) = cli {
        return supported(code).unwrap_or("en");
    }
    // An empty variable counts as unset; the first one set decides, even if it is `C`.
    [lc_all, lc_messages, lang]
        .into_iter()
        .flatten()
        .find(|v| !v.is_empty())
        .and_then(supported)
        .unwrap_or("en")
}

/// The text for `key` in `lang` (English when `lang` or the key is missing there).
pub fn tr(lang: &str, key: &str) -> String {
    format(lang, key, None)
}

/// The text for `key` in `lang`, with `args` filled in. Pass counts as numbers (so plurals
/// are chosen right) and anything already formatted as text.
pub fn tr_args(lang: &str, key: &str, args: &[(&str, Arg)]) -> String {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Num(n) => fluent.set(*name, FluentValue::from(*n)),
            Arg::Text(s) => fluent.set(*name, FluentValue::from(s.clone())),
        }
    }
    format(lang, key, Some(&fluent))
}

/// A value for a placeable.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Num(f64),
    Text(String),
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Self::Num(n as f64)
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Self::Num(f64::from(n))
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Self::Text(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Self::Text(s)
    }
}

/// Whether the English catalogue has `key`.
pub fn has(key: &str) -> bool {
    bundles()[0].has_message(key)
}

fn format(lang: &str, key: &str, args: Option<&FluentArgs>) -> String {
    let all = bundles();
    let index = supported(lang)
        .and_then(|l| LANGUAGES.iter().position(|x| *x == l))
        .unwrap_or(0);
    for bundle in [&all[index], &all[0]] {
        let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
            continue;
        };
        let mut errors = Vec::new();
        return bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned();
    }
    key.to_owned()
}

#[cfg(test)]
mod tests;
