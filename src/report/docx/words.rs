//! The fixed words of the Word and Excel reports, asked of integra's catalogues
//! (`i18n/*.ftl`) in the report's language, as the templates' `t` function does: English lives
//! in `en.ftl` only. Most words are the ones the other report formats use; the rest have
//! `docx-*` and `xlsx-*` keys.
//!
//! Every message is asked with `format = "docx"`, so a message that words itself per format
//! (`report-*` keys shared with the templates) takes its default wording. Values are passed
//! as Fluent arguments, counts as numbers, so each language picks its own plural forms.
//!
//! Must not: hold English text (it lives in `en.ftl`) or lay anything out.

use crate::i18n::{self, Arg, Lang};

/// The catalogue, in one report's language.
#[derive(Debug, Clone, Copy)]
pub struct Words {
    lang: Lang,
}

impl Words {
    /// The words for a report in `language` (English when integra does not speak it).
    pub fn new(language: &str) -> Self {
        Self {
            lang: Lang::or_english(language),
        }
    }

    /// The language the words are in.
    pub fn lang(self) -> Lang {
        self.lang
    }

    /// The text of `key`.
    pub fn t(self, key: &str) -> String {
        self.with(key, &[])
    }

    /// The text of `key` with `args` filled in.
    pub fn with(self, key: &str, args: &[(&str, Arg)]) -> String {
        let mut all = vec![("format", Arg::from("docx"))];
        all.extend(args.iter().cloned());
        i18n::tr_args(self.lang, key, &all)
    }

    /// The text of `key` followed by a space: the bold lead of a paragraph ("Questions. ").
    pub fn lead(self, key: &str) -> String {
        format!("{} ", self.t(key))
    }

    /// The text of `key` as a label, as each language writes one ("Caution: ", « Attention : »).
    pub fn label(self, key: &str) -> String {
        let name = self.t(key);
        format!("{} ", self.with("report-label", &[("label", name.into())]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The string literals of `source` (its code before the tests, comments left out) that
    /// read as words: two words of letters side by side.
    fn prose(source: &str) -> Vec<String> {
        let code = source.split("#[cfg(test)]").next().unwrap_or_default();
        let wordy = |text: &str| {
            let words: Vec<&str> = text.split(' ').collect();
            words.windows(2).any(|pair| {
                pair.iter()
                    .all(|w| w.len() > 1 && w.chars().all(|c| c.is_ascii_alphabetic()))
            })
        };
        code.lines()
            .filter(|line| !line.trim_start().starts_with("//"))
            .flat_map(|line| {
                let line = line.replace("\\\"", "");
                line.split('"')
                    .skip(1)
                    .step_by(2)
                    .filter(|text| !text.starts_with('<') && wordy(text))
                    .map(str::to_owned)
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    /// English lives in `en.ftl` only: the Word and Excel writers hold no sentence or label of
    /// their own (they once kept a table of 81 English labels beside the catalogue).
    #[test]
    fn the_word_and_excel_writers_hold_no_words_of_their_own() {
        assert_eq!(
            prose("let x = \"not recorded\"; // \"a comment\""),
            ["not recorded"]
        );
        assert!(prose("fill(\"D9E2F3\"); t(\"report-h-result\")").is_empty());
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/report");
        let mut files = vec![root.join("docx.rs"), root.join("xlsx.rs")];
        for dir in ["docx", "xlsx"] {
            for entry in std::fs::read_dir(root.join(dir)).unwrap() {
                files.push(entry.unwrap().path());
            }
        }
        assert!(files.len() > 8, "{files:?}");
        for file in files.iter().filter(|f| !f.ends_with("words.rs")) {
            let found = prose(&std::fs::read_to_string(file).unwrap());
            assert!(found.is_empty(), "{}: {found:?}", file.display());
        }
    }

    #[test]
    fn words_come_from_the_catalogue_in_the_report_language() {
        assert_eq!(Words::new("en").t("docx-contents"), "Contents");
        assert_eq!(Words::new("fr-FR").t("docx-contents"), "Table des matières");
        assert_eq!(Words::new("xx").lang(), Lang::En);
        assert_eq!(Words::new("en").label("report-caution"), "Caution: ");
        let page = Words::new("ru").with(
            "docx-page-of",
            &[("page", "{page}".into()), ("pages", "{pages}".into())],
        );
        assert!(
            page.contains("{page}") && page.contains("{pages}"),
            "{page}"
        );
    }
}
