//! Translatable text: a plain string (English) or a table of translations keyed by language code.
//!
//! Authors write `title = "Referral system"` or
//! `title = { en = "Referral system", fr = "Système d'orientation" }`. A translation may be
//! partial: any language without its own string falls back to English, so a framework is always
//! readable in full.
//!
//! Owns one translatable string and its fallback. Must not know which texts a framework has
//! (that is integra's `framework/translate.rs`) nor which language the user chose (callers
//! pass it).

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::LANGUAGES;

/// The language every framework must provide and every lookup falls back to.
pub const FALLBACK_LANGUAGE: &str = "en";

/// A piece of framework text in one or more languages.
///
/// The translations are a list sorted by language code, not a map: almost every text has
/// one or a few, and a map's node cost about 500 bytes per text, a third of the memory a
/// large framework took while it was read. The codes of integra's own languages are not
/// copied into each text (see [`code`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Text {
    translations: Vec<(Cow<'static, str>, String)>,
}

/// A language code as a text keeps it: integra's own languages (and so every English text)
/// borrowed from [`LANGUAGES`] rather than copied, other codes as written. A framework of
/// 2,000 questions has some 12,000 texts.
fn code(lang: &str) -> Cow<'static, str> {
    LANGUAGES
        .iter()
        .find(|own| **own == lang)
        .map_or_else(|| Cow::Owned(lang.to_owned()), |own| Cow::Borrowed(*own))
}

impl Text {
    /// English-only text.
    pub fn english(text: impl Into<String>) -> Self {
        Self {
            translations: vec![(Cow::Borrowed(FALLBACK_LANGUAGE), text.into())],
        }
    }

    /// Where `lang` is in the sorted list: `Ok` at its place, `Err` where it would go.
    fn slot(&self, lang: &str) -> Result<usize, usize> {
        self.translations.binary_search_by(|(l, _)| (**l).cmp(lang))
    }

    /// The translation in `lang` itself, without falling back.
    fn own(&self, lang: &str) -> Option<&str> {
        let at = self.slot(lang).ok()?;
        Some(self.translations[at].1.as_str())
    }

    /// The text in `lang`, falling back to English (then to any translation at all).
    pub fn get(&self, lang: &str) -> &str {
        self.own(lang)
            .or_else(|| self.own(FALLBACK_LANGUAGE))
            .or_else(|| self.translations.first().map(|(_, t)| t.as_str()))
            .unwrap_or("")
    }

    /// The English text (the reference language).
    pub fn en(&self) -> &str {
        self.get(FALLBACK_LANGUAGE)
    }

    /// Adds a translation; returns false (and changes nothing) if `lang` already has one.
    pub fn insert(&mut self, lang: &str, text: impl Into<String>) -> bool {
        match self.slot(lang) {
            Ok(_) => false,
            Err(at) => {
                self.translations.insert(at, (code(lang), text.into()));
                true
            }
        }
    }

    /// Sets the translation in `lang`, replacing any (what reading a table of them does with
    /// a language written twice).
    fn set(&mut self, lang: &str, text: String) {
        match self.slot(lang) {
            Ok(at) => self.translations[at].1 = text,
            Err(at) => self.translations.insert(at, (code(lang), text)),
        }
    }

    /// Removes control characters (keeping line breaks and tabs) from every translation.
    pub fn strip_controls(&mut self) {
        for (_, t) in &mut self.translations {
            if has_unsafe_control(t) {
                *t = strip_controls(t);
            }
        }
    }

    /// Whether this text has its own string in `lang` (no fallback).
    pub fn has(&self, lang: &str) -> bool {
        self.own(lang).is_some()
    }

    /// The language codes this text is written in.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.translations.iter().map(|(l, _)| &**l)
    }
}

/// Control characters other than line breaks and tabs: ESC and its kin can retitle, recolour
/// or corrupt a terminal, so text from files never carries them to the screen or a report.
pub fn is_unsafe_control(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}

/// Whether `text` holds an [unsafe control character](is_unsafe_control). Every string of
/// every framework is checked at load, so this looks at bytes, not characters: controls are
/// U+0000–U+001F, U+007F and U+0080–U+009F, which UTF-8 writes as one byte below 0x20, 0x7F,
/// or 0xC2 followed by 0x80–0x9F.
pub fn has_unsafe_control(text: &str) -> bool {
    let bytes = text.as_bytes();
    if !may_hold_control(bytes) {
        return false;
    }
    bytes.iter().enumerate().any(|(i, &b)| match b {
        b'\n' | b'\t' => false,
        0..0x20 | 0x7f => true,
        0xc2 => bytes.get(i + 1).is_some_and(|n| (0x80..0xa0).contains(n)),
        _ => false,
    })
}

/// Whether `bytes` holds a byte that can begin a control character (below 0x20, 0x7F or
/// 0xC2; line breaks and tabs included), looked at eight bytes at a time: most strings hold
/// none, and each byte matched on its own was 2 % of reading a large framework (4.6 % of
/// `integra validate`'s time as a loop the size-optimised build did not vectorise).
fn may_hold_control(bytes: &[u8]) -> bool {
    use crate::word;
    let suspect = |w: u64| word::below(w, 0x20) | word::equal(w, 0x7f) | word::equal(w, 0xc2);
    let mut at = 0;
    while let Some(w) = word::at(bytes, at) {
        if suspect(w) != 0 {
            return true;
        }
        at += 8;
    }
    bytes[at..]
        .iter()
        .any(|&b| b < 0x20 || b == 0x7f || b == 0xc2)
}

/// `text` without [unsafe control characters](is_unsafe_control).
pub fn strip_controls(text: &str) -> String {
    text.chars().filter(|c| !is_unsafe_control(*c)).collect()
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.en())
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.translations.len() == 1 && self.has(FALLBACK_LANGUAGE) {
            serializer.serialize_str(self.en())
        } else {
            serializer.collect_map(self.translations.iter().map(|(l, t)| (l, t)))
        }
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Text {
    fn schema_name() -> Cow<'static, str> {
        "Text".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "Text in English, or a table of translations by language code (English required).",
            "anyOf": [
                { "type": "string" },
                {
                    "type": "object",
                    "required": ["en"],
                    "additionalProperties": { "type": "string" }
                }
            ]
        })
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TextVisitor)
    }
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string, or a table of translations such as { en = \"...\", fr = \"...\" }")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
        Ok(Text::english(v))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
        let mut text = Text::default();
        while let Some((lang, t)) = map.next_entry::<String, String>()? {
            text.set(&lang, t);
        }
        if !text.has(FALLBACK_LANGUAGE) {
            return Err(de::Error::custom(
                "translations must include English: add `en = \"...\"`",
            ));
        }
        Ok(text)
    }
}
