//! Translation kits: the `[translations.LANG]` block `integra translate` writes for a
//! translator, with every text of the framework in it.
//!
//! Each entry is `"KEY" = { text = "...", source = "FINGERPRINT" }`, with the English above it
//! as a comment. A text not yet translated has `text = ""` (it stays in English, and `validate`
//! still counts it as untranslated, until filled in). `source` is the fingerprint of the
//! English the translation was made from (see [`translate::fingerprint`]): when the English is
//! revised, `validate` warns that the translation needs checking, and the kit marks the entry
//! CHECK and shows the new English. Texts translated inline (`title = { en = "...", fr = "..." }`)
//! are left where they are.
//!
//! Owns the kit's text. Must not apply translations (that is `translate.rs`, while reading)
//! nor write files (the `translate` command does).

use std::collections::HashMap;
use std::fmt::Write as _;

use super::model::Framework;
use super::translate::{self, Entry, english_texts, fingerprint};

/// A kit and what it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kit {
    /// The TOML block, ready to paste in place of any `[translations.LANG]` table.
    pub block: String,
    /// Entries with an empty `text`, to translate.
    pub todo: usize,
    /// Entries whose English changed since they were translated.
    pub check: usize,
    /// Entries translated and up to date.
    pub done: usize,
}

/// The kit for `lang`. `entries` are the file's `[translations]` entries (all languages);
/// `header` is the comment put at the top and `check(fingerprint)` the comment above an entry
/// to check (both already in the reader's language).
pub fn kit(
    fw: &Framework,
    entries: &[Entry],
    lang: &str,
    header: &str,
    check_note: &dyn Fn(&str) -> String,
) -> Kit {
    let ours: HashMap<&str, &Entry> = entries
        .iter()
        .filter(|e| e.lang == lang)
        .map(|e| (e.key.as_str(), e))
        .collect();
    // Looked up for every text: a list walked each time made a large framework's kit
    // quadratic.
    let inline: std::collections::HashSet<String> =
        translate::untranslated(fw, lang).into_iter().collect();
    let mut block = String::new();
    for line in header.lines() {
        let _ = writeln!(block, "# {line}");
    }
    let _ = writeln!(block, "[translations.{lang}]");
    let (mut todo, mut check, mut done) = (0, 0, 0);
    for (key, english) in english_texts(fw) {
        let entry = ours.get(key.as_str()).copied();
        // Translated inline, beside the English: nothing to do here.
        if entry.is_none() && !inline.contains(&key) {
            continue;
        }
        let now = fingerprint(&english);
        let (text, source, mark) = match entry {
            Some(e) if !e.text.is_empty() => match &e.source {
                Some(s) if *s != now => {
                    check += 1;
                    (e.text.as_str(), s.clone(), "CHECK")
                }
                _ => {
                    done += 1;
                    (e.text.as_str(), now.clone(), "")
                }
            },
            _ => {
                todo += 1;
                ("", now.clone(), "TODO")
            }
        };
        block.push('\n');
        for line in english.lines() {
            let _ = writeln!(block, "# {line}");
        }
        if mark == "CHECK" {
            let _ = writeln!(block, "# CHECK: {}", check_note(&now));
        }
        let _ = writeln!(
            block,
            "{} = {{ text = {}, source = \"{source}\" }}{}",
            quote(&key),
            quote(text),
            if mark.is_empty() {
                String::new()
            } else {
                format!("  # {mark}")
            }
        );
    }
    Kit {
        block,
        todo,
        check,
        done,
    }
}

/// A TOML basic string.
fn quote(s: &str) -> String {
    toml::Value::String(s.to_owned()).to_string()
}

#[cfg(test)]
mod tests {
    use crate::framework::{Origin, from_str};

    #[test]
    fn a_kit_lists_every_text_and_reads_back_as_untranslated_until_filled() {
        let text = include_str!("../../tests/fixtures/valid/minimal.toml");
        let fw = from_str("m.toml", text, Origin::Embedded).unwrap();
        let kit = super::kit(&fw, &[], "fr", "Kit", &|s| s.to_owned());
        assert_eq!(kit.done + kit.check, 0);
        assert_eq!(
            kit.todo,
            crate::framework::translate::untranslated(&fw, "fr").len()
        );
        assert!(kit.block.contains(
            "# Are referrals followed up?\n\"question.referral.text\" = { text = \"\", source = \""
        ));
        let with = format!("{text}\n{}", kit.block);
        let again = from_str("m.toml", &with, Origin::Embedded).unwrap();
        assert_eq!(
            crate::framework::translate::untranslated(&again, "fr").len(),
            kit.todo,
            "blanks are not translations"
        );
    }
}
