//! Translatable text: a plain string (English) or a table of translations keyed by language code.
//!
//! Authors write `title = "Referral system"` or
//! `title = { en = "Referral system", fr = "Système d'orientation" }`. A translation may be
//! partial: any language without its own string falls back to English, so a framework is always
//! readable in full.
//!
//! Owns one translatable string and its fallback. Must not know which texts a framework has
//! (that is `translate.rs`) nor which language the user chose (callers pass it).

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The language every framework must provide and every lookup falls back to.
pub const FALLBACK_LANGUAGE: &str = "en";

/// A piece of framework text in one or more languages.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Text {
    translations: BTreeMap<String, String>,
}

impl Text {
    /// English-only text.
    pub fn english(text: impl Into<String>) -> Self {
        let mut translations = BTreeMap::new();
        translations.insert(FALLBACK_LANGUAGE.to_owned(), text.into());
        Self { translations }
    }

    /// The text in `lang`, falling back to English (then to any translation at all).
    pub fn get(&self, lang: &str) -> &str {
        self.translations
            .get(lang)
            .or_else(|| self.translations.get(FALLBACK_LANGUAGE))
            .or_else(|| self.translations.values().next())
            .map_or("", String::as_str)
    }

    /// The English text (the reference language).
    pub fn en(&self) -> &str {
        self.get(FALLBACK_LANGUAGE)
    }

    /// Adds a translation; returns false (and changes nothing) if `lang` already has one.
    pub fn insert(&mut self, lang: &str, text: impl Into<String>) -> bool {
        if self.has(lang) {
            return false;
        }
        self.translations.insert(lang.to_owned(), text.into());
        true
    }

    /// Removes control characters (keeping line breaks and tabs) from every translation.
    pub fn strip_controls(&mut self) {
        for t in self.translations.values_mut() {
            if has_unsafe_control(t) {
                *t = strip_controls(t);
            }
        }
    }

    /// Whether this text has its own string in `lang` (no fallback).
    pub fn has(&self, lang: &str) -> bool {
        self.translations.contains_key(lang)
    }

    /// The language codes this text is written in.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.translations.keys().map(String::as_str)
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
    bytes.iter().enumerate().any(|(i, &b)| match b {
        b'\n' | b'\t' => false,
        0..0x20 | 0x7f => true,
        0xc2 => bytes.get(i + 1).is_some_and(|n| (0x80..0xa0).contains(n)),
        _ => false,
    })
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
            self.translations.serialize(serializer)
        }
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
        let mut translations = BTreeMap::new();
        while let Some((lang, text)) = map.next_entry::<String, String>()? {
            translations.insert(lang, text);
        }
        if !translations.contains_key(FALLBACK_LANGUAGE) {
            return Err(de::Error::custom(
                "translations must include English: add `en = \"...\"`",
            ));
        }
        Ok(Text { translations })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize)]
    struct Doc {
        t: Text,
    }

    #[test]
    fn the_byte_check_finds_exactly_the_unsafe_controls() {
        let samples = [
            "plain",
            "line\nbreak\tand tab",
            "esc \u{1b}[2J",
            "nul \u{0}",
            "del \u{7f}",
            "next line \u{85}",
            "csi \u{9b}31m",
            "guillemets « » and ° and ÿ",
            "Ā and Ÿ",
            "Готовность",
            "\r carriage return",
            "",
            "\u{a0} no-break space",
        ];
        for s in samples {
            assert_eq!(
                has_unsafe_control(s),
                s.chars().any(is_unsafe_control),
                "{s:?}"
            );
        }
        for c in (0..0x0011_0000).filter_map(char::from_u32) {
            assert_eq!(
                has_unsafe_control(c.encode_utf8(&mut [0; 4])),
                is_unsafe_control(c),
                "{c:?}"
            );
        }
    }

    #[test]
    fn plain_string_is_english() {
        let d: Doc = toml::from_str("t = 'Hello'").unwrap();
        assert_eq!(d.t.get("fr"), "Hello");
        assert!(d.t.has("en"));
    }

    #[test]
    fn partial_translation_falls_back_to_english() {
        let d: Doc = toml::from_str("t = { en = 'Hello', fr = 'Bonjour' }").unwrap();
        assert_eq!(d.t.get("fr"), "Bonjour");
        assert_eq!(d.t.get("es"), "Hello");
    }

    #[test]
    fn translations_without_english_are_refused() {
        let err = toml::from_str::<Doc>("t = { fr = 'Bonjour' }")
            .err()
            .unwrap();
        assert!(err.message().contains("must include English"), "{err}");
    }
}
