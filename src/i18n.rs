//! integra's own words (the wizard's labels, key hints and messages, report headings and
//! prose) in English, French, Spanish and Russian. Framework text is translated by the
//! framework itself ([`crate::framework::text`]); this module covers everything else.
//!
//! The catalogues are Fluent files (`i18n/{en,fr,es,ru}.ftl`) embedded in the binary, so
//! plurals follow each language's rules (Russian: 1 вопрос, 2 вопроса, 5 вопросов). A key
//! missing from a language falls back to English; a key missing from English shows as the
//! key itself, which the tests forbid. [`detect`] picks the language from `--lang` and the
//! environment.
//!
//! Must not: translate framework text (frameworks carry their own), or name any layer above it.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

mod number;
pub use number::{NBSP, fixed, fixed_in, in_lang, percent_in};

/// The languages integra's own text is written in, English first (kept with framework texts,
/// which borrow these codes rather than copy them).
pub use integra_raw::LANGUAGES;

/// The language of integra's own text (the interface, messages, report prose): one of the
/// four it is written in. Chosen once at an entry point (`cli::run`, the wizard's start) and
/// passed down; framework text may be in other languages too (such as `pt`), which stay codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub enum Lang {
    #[default]
    En,
    Fr,
    Es,
    Ru,
}

impl Lang {
    /// Every language, in the order of [`LANGUAGES`].
    pub const ALL: [Lang; 4] = [Self::En, Self::Fr, Self::Es, Self::Ru];

    /// The language of a code such as `fr`, `fr-CA` or `fr_FR.UTF-8`, if integra speaks it.
    pub fn parse(code: &str) -> Option<Self> {
        // A bare code, as frameworks and sessions write it (asked once per question in a
        // report), without lowering a copy of it first.
        if let Some(lang) = Self::ALL.into_iter().find(|l| l.as_str() == code) {
            return Some(lang);
        }
        let base = code
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Self::ALL.into_iter().find(|l| l.as_str() == base)
    }

    /// The language for `code`, English when integra does not speak it (a framework in
    /// Portuguese is shown with integra's own words in English).
    pub fn or_english(code: &str) -> Self {
        Self::parse(code).unwrap_or_default()
    }

    /// The two-letter code.
    pub fn as_str(self) -> &'static str {
        LANGUAGES[self.index()]
    }

    /// The position in [`LANGUAGES`] and [`Lang::ALL`].
    pub fn index(self) -> usize {
        match self {
            Self::En => 0,
            Self::Fr => 1,
            Self::Es => 2,
            Self::Ru => 3,
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// So a language compares with its code (`lang == "en"`) where codes are still text.
impl PartialEq<&str> for Lang {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<str> for Lang {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

/// The catalogue sources as written, for the tests.
#[cfg(test)]
pub const SOURCES: [&str; 4] = [
    include_str!("../i18n/en.ftl"),
    include_str!("../i18n/fr.ftl"),
    include_str!("../i18n/es.ftl"),
    include_str!("../i18n/ru.ftl"),
];

type Bundle = FluentBundle<FluentResource>;

// `GROUPS`: the groups `build.rs` cuts each catalogue into, sorted (see `group`).
include!(concat!(env!("OUT_DIR"), "/catalogue_groups.rs"));

/// Each catalogue's groups, in the order of [`LANGUAGES`] and [`GROUPS`].
const PACKED_GROUPS: [[crate::embedded::Packed; GROUPS.len()]; 4] = [
    include!(concat!(env!("OUT_DIR"), "/en.ftl.groups.rs")),
    include!(concat!(env!("OUT_DIR"), "/fr.ftl.groups.rs")),
    include!(concat!(env!("OUT_DIR"), "/es.ftl.groups.rs")),
    include!(concat!(env!("OUT_DIR"), "/ru.ftl.groups.rs")),
];

/// The group of `key`, by the rule `build.rs` cuts by: the key's first word, and for the
/// wizard's own words (`ui-…`) its first two. `None` for a key no catalogue has a group for.
fn group(key: &str) -> Option<usize> {
    let mut words = key.split('-');
    let first = words.next().unwrap_or("");
    let second = words.next().filter(|_| first == "ui");
    let len = second.map_or(first.len(), |s| first.len() + 1 + s.len());
    GROUPS.binary_search(&&key[..len]).ok()
}

/// The bundle of one language (by its index in [`LANGUAGES`]) for the keys of one group,
/// built on first use: a run in French reads the French messages it shows and, for any key
/// they lack, the English ones; the wizard's first screen parses the few `ui-…` groups it
/// shows.
fn bundle(index: usize, key: &str) -> Option<&'static Bundle> {
    static BUNDLES: [[OnceLock<Bundle>; GROUPS.len()]; 4] =
        [const { [const { OnceLock::new() }; GROUPS.len()] }; 4];
    let g = group(key)?;
    Some(BUNDLES[index][g].get_or_init(|| build(LANGUAGES[index], PACKED_GROUPS[index][g].text())))
}

/// A bundle for `code` from `source`. Entries that fail to parse are skipped (the rest of
/// the file still loads); the tests make sure there are none.
fn build(code: &str, source: String) -> Bundle {
    let id: LanguageIdentifier = code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Fluent wraps each placeable in Unicode isolation marks by default; terminals and
    // plain-text reports show them as stray characters.
    bundle.set_use_isolating(false);
    let resource = FluentResource::try_new(source).unwrap_or_else(|(r, _)| r);
    let _ = bundle.add_resource(resource);
    bundle
}

/// The supported language for a code such as `fr`, `fr-CA` or `fr_FR.UTF-8`, if any.
pub fn supported(code: &str) -> Option<&'static str> {
    Lang::parse(code).map(Lang::as_str)
}

/// The system's display language, recorded once by the binary's entry point (Windows and
/// macOS keep it outside the environment); `None` until then and in the library's tests.
static SYSTEM: OnceLock<Option<String>> = OnceLock::new();

/// Records the system's display language (a code such as `fr-FR`), consulted by [`detect`]
/// when none of `LC_ALL`, `LC_MESSAGES` and `LANG` is set. Called once, at the entry point;
/// later calls change nothing.
pub fn set_system_language(code: Option<String>) {
    let _ = SYSTEM.set(code);
}

/// The language for integra's own text: `--lang` when given, else the first of `LC_ALL`,
/// `LC_MESSAGES` and `LANG` that is set (the POSIX order), else the system's language (see
/// [`set_system_language`]), else English. A language integra does not speak gives English.
pub fn detect(cli: Option<&str>) -> Lang {
    let var = |name: &str| std::env::var(name).ok();
    from_settings_or_system(
        cli,
        var("LC_ALL").as_deref(),
        var("LC_MESSAGES").as_deref(),
        var("LANG").as_deref(),
        SYSTEM.get().and_then(Option::as_deref),
    )
}

/// [`detect`] without reading the environment or the system.
pub fn from_settings(
    cli: Option<&str>,
    lc_all: Option<&str>,
    lc_messages: Option<&str>,
    lang: Option<&str>,
) -> Lang {
    from_settings_or_system(cli, lc_all, lc_messages, lang, None)
}

/// [`from_settings`], falling back to the system's language when no variable is set.
pub fn from_settings_or_system(
    cli: Option<&str>,
    lc_all: Option<&str>,
    lc_messages: Option<&str>,
    lang: Option<&str>,
    system: Option<&str>,
) -> Lang {
    if let Some(code) = cli {
        return Lang::or_english(code);
    }
    // An empty variable counts as unset; the first one set decides, even if it is `C`.
    [lc_all, lc_messages, lang]
        .into_iter()
        .flatten()
        .find(|v| !v.is_empty())
        .or(system)
        .map_or(Lang::En, Lang::or_english)
}

/// The text for `key` in `lang` (English when `lang` or the key is missing there).
pub fn tr(lang: Lang, key: &str) -> String {
    format(lang, key, None)
}

/// The text for `key` in `lang`, with `args` filled in. Pass counts as numbers (so plurals
/// are chosen right) and anything already formatted as text.
pub fn tr_args(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
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
    bundle(0, key).is_some_and(|b| b.has_message(key))
}

fn format(lang: Lang, key: &str, args: Option<&FluentArgs>) -> String {
    let index = lang.index();
    // The loop returns at the first hit: English is built only when the language lacks the key.
    for i in [index, 0] {
        let Some(bundle) = bundle(i, key) else {
            break;
        };
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
