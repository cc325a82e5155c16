//! `[translations.LANG]` tables as written: each language's `"key" = "text"` entries, read
//! while a framework is parsed and by `integra translate`.
//!
//! Owns reading the entries and the problems of their shape. Must not apply them to the
//! framework's text nor judge their keys (that is `translate.rs`).

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diagnostic::Diagnostic;
use crate::framework::translate;
use crate::msg;

/// Every `[translations.LANG]` entry of a framework's text, for a translation kit (problems
/// are left to `validate`).
pub fn translation_entries(text: &str) -> Vec<translate::Entry> {
    let (doc, _) = DeTable::parse_recoverable(text);
    doc.get_ref()
        .iter()
        .find(|(k, _)| &**k.get_ref() == "translations")
        .map(|(_, v)| read_translations(v, &mut Vec::new()))
        .unwrap_or_default()
}

/// `[translations.LANG]` tables: `"key" = "text"` (or `{ text = "...", source = "..." }`)
/// for each language.
pub(crate) fn read_translations(
    value: &Spanned<DeValue>,
    diags: &mut Vec<Diagnostic>,
) -> Vec<translate::Entry> {
    let hint = || msg!("diag-translations-hint");
    let mut out = Vec::new();
    let DeValue::Table(langs) = value.get_ref() else {
        diags.push(
            Diagnostic::error(value.span(), msg!("diag-translations-table")).with_hint(hint()),
        );
        return out;
    };
    for (lang, table) in langs {
        let code: &str = lang.get_ref();
        if code.is_empty()
            || !code
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            diags.push(
                Diagnostic::error(lang.span(), msg!("diag-lang-code", code = code))
                    .with_hint(msg!("diag-lang-code-hint")),
            );
            continue;
        }
        let DeValue::Table(entries) = table.get_ref() else {
            diags.push(
                Diagnostic::error(
                    table.span(),
                    msg!("diag-translations-lang-table", code = code),
                )
                .with_hint(hint()),
            );
            continue;
        };
        for (key, text) in entries {
            match translate::entry_value(text.get_ref()) {
                Some((t, source)) => out.push(translate::Entry {
                    lang: code.to_owned(),
                    key: key.get_ref().to_string(),
                    key_span: key.span(),
                    text: t,
                    source,
                }),
                None => diags.push(
                    Diagnostic::error(
                        text.span(),
                        msg!("diag-translation-text", key = key.get_ref().to_string()),
                    )
                    .with_hint(msg!("diag-translation-text-hint")),
                ),
            }
        }
    }
    out
}
