//! The catalogues checked against each other: the same keys in every language, only the
//! variables English gives, no markup, Russian plurals, fallbacks and language detection.

#![allow(clippy::unwrap_used)]

use std::collections::BTreeSet;

use fluent_bundle::FluentResource;
use fluent_syntax::ast::Entry;

use super::*;

/// The message ids of a catalogue, failing the test on any parse error.
fn keys(code: &str, source: &str) -> BTreeSet<String> {
    let resource = FluentResource::try_new(source.to_owned())
        .unwrap_or_else(|(_, errors)| panic!("{code}.ftl does not parse: {errors:?}"));
    resource
        .entries()
        .filter_map(|e| match e {
            Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

#[test]
fn every_catalogue_parses_and_has_the_same_keys_as_english() {
    let english = keys("en", SOURCES[0]);
    assert!(english.len() > 100, "only {} English keys", english.len());
    for (code, source) in LANGUAGES.iter().zip(SOURCES).skip(1) {
        let other = keys(code, source);
        let missing: Vec<_> = english.difference(&other).collect();
        let extra: Vec<_> = other.difference(&english).collect();
        assert!(missing.is_empty(), "{code}.ftl lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{code}.ftl has keys English lacks: {extra:?}"
        );
    }
}

/// Each message's text (value and variants), by key, read straight from the source.
fn bodies(source: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in source.lines() {
        let starts_message = line.starts_with(|c: char| c.is_ascii_lowercase());
        match line.split_once(" =") {
            Some((key, rest)) if starts_message => out.push((key.to_owned(), rest.to_owned())),
            _ if line.starts_with(' ') => {
                if let Some((_, body)) = out.last_mut() {
                    body.push_str(line);
                }
            }
            _ => {}
        }
    }
    out
}

/// The `$variables` a text refers to.
fn variables(text: &str) -> BTreeSet<String> {
    text.split('$')
        .skip(1)
        .map(|s| {
            s.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect()
        })
        .collect()
}

/// The markup `text` carries, if any: an HTML tag, Markdown emphasis around a placeable or
/// words, or (in `report_facing` text) a code span.
fn markup(text: &str, report_facing: bool) -> Option<&'static str> {
    const TAGS: [&str; 10] = [
        "em", "strong", "code", "b", "i", "br", "a", "span", "p", "li",
    ];
    let lower = text.to_ascii_lowercase();
    for tag in TAGS {
        if lower.contains(&format!("<{tag}>")) || lower.contains(&format!("<{tag} ")) {
            return Some("an HTML tag");
        }
    }
    if text.contains("**") || text.contains("*{") || text.contains("}*") || text.contains("__") {
        return Some("Markdown emphasis");
    }
    (report_facing && text.contains('`')).then_some("a Markdown code span")
}

/// Messages carry words only: emphasis is the caller's (a template's `em`, `strong` and
/// `code` filters, the Word writer's bold runs), so one message serves every format.
#[test]
fn catalogue_messages_carry_no_markup() {
    assert_eq!(markup("at <em>{ $cap }</em>", false), Some("an HTML tag"));
    assert_eq!(markup("at *{ $cap }*", false), Some("Markdown emphasis"));
    assert_eq!(
        markup("Framework `{ $id }`", true),
        Some("a Markdown code span")
    );
    assert_eq!(markup("add `{ $key } = ...`", false), None);
    assert_eq!(markup("use `min_score = <0-100>`", false), None);
    for (code, source) in LANGUAGES.iter().zip(SOURCES) {
        for (key, body) in bodies(source) {
            // Reports are read as documents; terminal messages quote commands in backticks.
            let report_facing = ["report-", "agg-", "docx-", "xlsx-", "verdict-"]
                .iter()
                .any(|p| key.starts_with(p));
            if let Some(what) = markup(&body, report_facing) {
                panic!("{code}: '{key}' carries {what}: {body}");
            }
        }
    }
}

#[test]
fn translations_use_only_the_variables_english_gives_them() {
    let english: std::collections::BTreeMap<_, _> = bodies(SOURCES[0]).into_iter().collect();
    for (code, source) in LANGUAGES.iter().zip(SOURCES).skip(1) {
        for (key, body) in bodies(source) {
            let known = variables(&english[&key]);
            let used = variables(&body);
            assert!(
                used.is_subset(&known),
                "{code} {key} uses {used:?}, English gives {known:?}"
            );
            assert!(!body.trim().is_empty(), "{code} {key} is empty");
        }
    }
}

#[test]
fn russian_plurals_follow_russian_rules() {
    let gates = |lang: &str, n: usize| {
        let args = [
            ("n", n.into()),
            ("capped", "no".into()),
            ("format", "txt".into()),
        ];
        tr_args(Lang::or_english(lang), "report-gates-head", &args)
    };
    assert_eq!(gates("ru", 1), "Не пройден 1 порог.");
    assert_eq!(gates("ru", 2), "Не пройдены 2 порога.");
    assert_eq!(gates("ru", 5), "Не пройдено 5 порогов.");
    assert_eq!(gates("ru", 21), "Не пройден 21 порог.");
    assert_eq!(gates("ru", 12), "Не пройдено 12 порогов.");
    assert_eq!(gates("en", 1), "1 gate failed.");
    assert_eq!(gates("en", 3), "3 gates failed.");
    assert_eq!(gates("fr", 2), "2 verrous ne sont pas franchis.");
}

#[test]
fn missing_languages_and_keys_fall_back() {
    assert_eq!(tr(Lang::or_english("pt"), "ui-screen-review"), "Review");
    assert_eq!(tr(Lang::or_english("fr"), "ui-screen-review"), "Revue");
    assert_eq!(tr(Lang::or_english("fr"), "no-such-key"), "no-such-key");
    assert!(has("ui-screen-review"));
    assert!(!has("no-such-key"));
}

#[test]
fn placeables_are_not_wrapped_in_isolation_marks() {
    let text = tr_args(Lang::Fr, "ui-export-dir", &[("dir", "/tmp/x".into())]);
    assert!(text.ends_with("/tmp/x"), "{text:?}");
}

#[test]
fn language_comes_from_the_flag_then_the_environment() {
    assert_eq!(
        from_settings(Some("ru"), Some("fr_FR.UTF-8"), None, None),
        "ru"
    );
    assert_eq!(
        from_settings(Some("pt"), Some("fr_FR.UTF-8"), None, None),
        "en"
    );
    assert_eq!(from_settings(None, Some("fr_FR.UTF-8"), None, None), "fr");
    assert_eq!(
        from_settings(None, None, Some("es_MX.UTF-8"), Some("ru_RU")),
        "es"
    );
    assert_eq!(from_settings(None, None, None, Some("ru_RU.UTF-8")), "ru");
    assert_eq!(from_settings(None, Some(""), None, Some("fr_CA")), "fr");
    assert_eq!(
        from_settings(None, Some("C"), None, Some("fr_FR.UTF-8")),
        "en"
    );
    assert_eq!(from_settings(None, None, None, Some("POSIX")), "en");
    assert_eq!(from_settings(None, None, None, Some("de_DE.UTF-8")), "en");
    assert_eq!(from_settings(None, None, None, Some("sr_RS@latin")), "en");
    assert_eq!(from_settings(None, None, None, None), "en");
    assert_eq!(supported("FR-ca"), Some("fr"));
    assert_eq!(supported("es.UTF-8"), Some("es"));
}

#[test]
fn the_system_language_counts_only_when_no_variable_is_set() {
    // Windows and macOS report codes such as `fr-FR` or `es-419`.
    assert_eq!(
        from_settings_or_system(None, None, None, None, Some("fr-FR")),
        "fr"
    );
    assert_eq!(
        from_settings_or_system(None, Some(""), None, Some(""), Some("es-419")),
        "es"
    );
    // A variable that is set wins, even `C` or a language integra does not speak.
    assert_eq!(
        from_settings_or_system(None, None, None, Some("C"), Some("ru-RU")),
        "en"
    );
    assert_eq!(
        from_settings_or_system(None, None, None, Some("de_DE.UTF-8"), Some("fr-FR")),
        "en"
    );
    assert_eq!(
        from_settings_or_system(Some("es"), None, None, None, Some("fr-FR")),
        "es"
    );
    assert_eq!(
        from_settings_or_system(None, None, None, None, Some("ja-JP")),
        "en"
    );
}

#[test]
fn a_lang_is_one_of_the_four_and_falls_back_to_english() {
    assert_eq!(Lang::parse("fr_FR.UTF-8"), Some(Lang::Fr));
    assert_eq!(Lang::parse("RU-ru"), Some(Lang::Ru));
    assert_eq!(Lang::parse("es@euro"), Some(Lang::Es));
    assert_eq!(Lang::parse("pt"), None);
    assert_eq!(Lang::parse(""), None);
    // A framework in Portuguese keeps integra's own words in English.
    assert_eq!(Lang::or_english("pt"), Lang::En);
    assert_eq!(Lang::default(), Lang::En);
    for (i, lang) in Lang::ALL.into_iter().enumerate() {
        assert_eq!(lang.as_str(), LANGUAGES[i]);
        assert_eq!(lang.index(), i);
        assert_eq!(Lang::parse(lang.as_str()), Some(lang));
        assert_eq!(lang.to_string(), LANGUAGES[i]);
    }
    assert_eq!(tr(Lang::Fr, "ui-screen-review"), "Revue");
}

/// `build.rs` cuts each catalogue by a key's first word (first two for `ui-…`): every line
/// is kept once, and each message is in the group `bundle` looks it up in.
#[test]
fn each_catalogue_is_cut_into_groups_losing_nothing() {
    for (l, source) in SOURCES.iter().enumerate() {
        let pieces: Vec<String> = PACKED_GROUPS[l]
            .iter()
            .map(crate::embedded::Packed::text)
            .collect();
        let mut cut: Vec<&str> = pieces.iter().flat_map(|p| p.lines()).collect();
        let mut whole: Vec<&str> = source.lines().collect();
        cut.sort_unstable();
        whole.sort_unstable();
        assert_eq!(cut, whole, "{}", LANGUAGES[l]);
        for (g, piece) in pieces.iter().enumerate() {
            for line in piece
                .lines()
                .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
            {
                let key = line.split([' ', '=']).next().unwrap_or("");
                assert_eq!(group(key), Some(g), "{key} in {}", LANGUAGES[l]);
            }
        }
        let start = &pieces[group("ui-start-title").unwrap_or_else(|| panic!("no group"))];
        assert!(start.contains("ui-start-title ="), "{}", LANGUAGES[l]);
        assert!(!start.contains("cli-"), "{}", LANGUAGES[l]);
        assert!(!start.contains("ui-help-"), "{}", LANGUAGES[l]);
    }
    assert_eq!(group("no-such-group-anywhere"), None);
}

/// Each group is parsed into a bundle of its own, so no message may refer to another
/// message or to a term (`{ other-key }`, `{ -term }`): it would not be found.
#[test]
fn no_message_refers_to_another() {
    for (l, source) in SOURCES.iter().enumerate() {
        let resource = FluentResource::try_new((*source).to_owned())
            .unwrap_or_else(|(_, e)| panic!("{} {e:?}", LANGUAGES[l]));
        for entry in resource.entries() {
            let text = format!("{entry:?}");
            assert!(
                !text.contains("MessageReference"),
                "{}: {text}",
                LANGUAGES[l]
            );
            assert!(!text.contains("TermReference"), "{}: {text}", LANGUAGES[l]);
        }
    }
}
