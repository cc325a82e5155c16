//! Translatable text: a plain string (English) or a table of translations keyed by language
//! code, falling back to English. The type lives in `integra-raw` (see `crates/integra-raw`),
//! which the release build optimises more than integra: every framework text is read
//! through it.
//!
//! Must not: grow code of its own; what a text is and does belongs to `integra_raw::text`.

pub use integra_raw::text::{
    FALLBACK_LANGUAGE, Text, has_unsafe_control, is_unsafe_control, strip_controls,
};

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

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
    fn a_control_is_found_at_every_place_of_a_long_string() {
        let controls = ['\u{0}', '\u{1b}', '\r', '\u{7f}', '\u{85}', '\u{9f}'];
        let safe = ['\n', '\t', '\u{a0}', '«', 'é', ' '];
        for len in [0, 1, 15, 16, 17, 31, 32, 33, 47] {
            for at in 0..=len {
                for c in controls.iter().chain(&safe) {
                    let mut s = "a".repeat(len);
                    s.insert(at, *c);
                    assert_eq!(
                        has_unsafe_control(&s),
                        s.chars().any(is_unsafe_control),
                        "{s:?}"
                    );
                }
            }
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
    fn translations_keep_the_order_and_lookups_of_a_map() {
        let d: Doc = toml::from_str("t = { ru = 'Привет', en = 'Hello', fr = 'Bonjour' }").unwrap();
        let mut t = d.t;
        assert_eq!(t.languages().collect::<Vec<_>>(), ["en", "fr", "ru"]);
        assert!(!t.insert("fr", "Salut"), "a language already there is kept");
        assert!(t.insert("es", "Hola"));
        assert_eq!(t.languages().collect::<Vec<_>>(), ["en", "es", "fr", "ru"]);
        assert_eq!(
            (t.get("fr"), t.get("es"), t.get("de")),
            ("Bonjour", "Hola", "Hello")
        );
        let json = serde_json::to_string(&t).unwrap();
        assert_eq!(
            json,
            r#"{"en":"Hello","es":"Hola","fr":"Bonjour","ru":"Привет"}"#
        );
        assert_eq!(
            serde_json::to_string(&Text::english("Hi")).unwrap(),
            r#""Hi""#
        );
        // Without English, any translation is better than nothing.
        let mut only_fr = Text::default();
        assert!(only_fr.insert("fr", "Bonjour"));
        assert_eq!(only_fr.get("en"), "Bonjour");
        assert_eq!(Text::default().get("en"), "");
    }

    #[test]
    fn translations_without_english_are_refused() {
        let err = toml::from_str::<Doc>("t = { fr = 'Bonjour' }")
            .err()
            .unwrap();
        assert!(err.message().contains("must include English"), "{err}");
    }
}
