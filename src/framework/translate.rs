//! Translations kept apart from the English text: `[translations.fr]` tables whose keys name
//! a piece of text, e.g. `"question.staff_conduct.help" = "..."`.
//!
//! A translator can then work on one block (or receive it as its own file and paste it back)
//! without touching the structure of the framework. Text may also carry translations inline
//! (`title = { en = "...", fr = "..." }`); one string translated both ways is an error.
//! Keys are `title`, `description`, `scale.ID.title`, `scale.ID.level.VALUE.label|description`,
//! `principle.ID.title|rationale`, `question.ID.text|help|evidence|recommendation|unit|constraint`,
//! `question.ID.option.ID.label|description`, `gate.ID.reason`, `band.ID.label|advice`,
//! `role.ID.label` (workshop roles).
//!
//! Owns the keys of every text and applying `[translations]` while reading. Must not read the
//! TOML tables themselves (that is `parse/translations.rs`) nor write kits (that is `kit.rs`).

use std::ops::Range;

use super::model::{AnyGate, AnyQuestion, Framework};
use super::text::Text;
use crate::diagnostic::{Diagnostic, did_you_mean};
use crate::msg;

/// One translated string as found in the file.
#[derive(Debug, Clone)]
pub struct Entry {
    pub lang: String,
    pub key: String,
    pub key_span: Range<usize>,
    /// The translation; empty means "not translated yet" (a kit's blank to fill).
    pub text: String,
    /// The [`fingerprint`] of the English it was translated from, when recorded.
    pub source: Option<String>,
}

/// A short fingerprint of an English text: the first 8 hex digits of its SHA-256. Stored
/// beside a translation (`source = "..."`), it shows when the English changed since.
pub fn fingerprint(english: &str) -> String {
    super::content_hash(english.as_bytes())
        .trim_start_matches("sha256:")
        .chars()
        .take(8)
        .collect()
}

/// A translation entry's text and recorded fingerprint: `"text"`, or
/// `{ text = "...", source = "..." }`. `None` for anything else.
pub fn entry_value(value: &toml::de::DeValue) -> Option<(String, Option<String>)> {
    use toml::de::DeValue;
    match value {
        DeValue::String(s) => Some((s.to_string(), None)),
        DeValue::Table(t) => {
            let mut text = None;
            let mut source = None;
            for (k, v) in t {
                match (&**k.get_ref(), v.get_ref().as_str()) {
                    ("text", Some(s)) => text = Some(s.to_owned()),
                    ("source", Some(s)) => source = Some(s.to_owned()),
                    _ => return None,
                }
            }
            Some((text?, source))
        }
        _ => None,
    }
}

/// Every present text's key and English, in framework order.
pub fn english_texts<Q: AnyQuestion + Clone, G: AnyGate + Clone>(
    fw: &Framework<Q, G>,
) -> Vec<(String, String)> {
    let mut copy = fw.clone();
    texts_mut(&mut copy)
        .into_iter()
        .filter_map(|(k, t)| t.map(|t| (k, t.en().to_owned())))
        .collect()
}

/// The JSON Schema of `[translations.LANG]` tables, for `integra schema` (generated in the
/// test build only: see `schema.rs`).
#[cfg(test)]
pub fn json_schema() -> serde_json::Value {
    serde_json::json!({
        "description": "Translations by language code: each key names a text (e.g. \"question.ID.text\") and gives its translation, as a string or as { text, source } where source is the fingerprint of the English it was translated from (written by `integra translate`).",
        "type": "object",
        "additionalProperties": {
            "type": "object",
            "additionalProperties": {
                "anyOf": [
                    { "type": "string" },
                    {
                        "type": "object",
                        "properties": {
                            "text": { "type": "string" },
                            "source": { "type": "string" }
                        },
                        "required": ["text"],
                        "additionalProperties": false
                    }
                ]
            }
        }
    })
}

/// Every text key of a framework and, for optional text that is absent, `None`.
pub(crate) fn texts_mut<Q: AnyQuestion, G: AnyGate>(
    fw: &mut Framework<Q, G>,
) -> Vec<(String, Option<&mut Text>)> {
    let mut out: Vec<(String, Option<&mut Text>)> = Vec::new();
    out.push(("title".into(), Some(&mut fw.title)));
    out.push(("description".into(), fw.description.as_mut()));
    for s in &mut fw.scales {
        out.push((format!("scale.{}.title", s.id), Some(&mut s.title)));
        for l in &mut s.levels {
            let at = format!("scale.{}.level.{}", s.id, l.value);
            out.push((format!("{at}.label"), Some(&mut l.label)));
            out.push((format!("{at}.description"), l.description.as_mut()));
        }
    }
    for p in &mut fw.principles {
        out.push((format!("principle.{}.title", p.id), Some(&mut p.title)));
        out.push((
            format!("principle.{}.rationale", p.id),
            p.rationale.as_mut(),
        ));
        for q in &mut p.questions {
            let at = format!("question.{}", q.id());
            let texts = q.texts_mut();
            out.push((format!("{at}.text"), Some(texts.text)));
            for (name, field) in texts.optional {
                out.push((format!("{at}.{name}"), field));
            }
            for o in texts.options {
                out.push((format!("{at}.option.{}.label", o.id), Some(&mut o.label)));
                out.push((
                    format!("{at}.option.{}.description", o.id),
                    o.description.as_mut(),
                ));
            }
        }
    }
    for g in &mut fw.gates {
        out.push((format!("gate.{}.reason", g.id()), Some(g.reason_mut())));
    }
    for b in &mut fw.bands {
        out.push((format!("band.{}.label", b.id), Some(&mut b.label)));
        out.push((format!("band.{}.advice", b.id), b.advice.as_mut()));
    }
    for r in fw.workshop.iter_mut().flat_map(|w| &mut w.roles) {
        out.push((format!("role.{}.label", r.id), Some(&mut r.label)));
    }
    out
}

/// Key prefixes of renamed questions and options, old then new (`question.old.`,
/// `question.new.`), so a translation key written for the old id can be pointed to the new.
fn renamed_keys<Q: AnyQuestion, G: AnyGate>(fw: &Framework<Q, G>) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for q in fw.questions() {
        if let Some(old) = q.renamed_from() {
            out.push((format!("question.{old}."), format!("question.{}.", q.id())));
        }
        for o in q.options() {
            if let Some(old) = &o.renamed_from {
                let at = format!("question.{}.option.", q.id());
                out.push((format!("{at}{old}."), format!("{at}{}.", o.id)));
            }
        }
    }
    out
}

/// Strips terminal control characters from every text of the framework.
pub fn strip_controls<Q: AnyQuestion, G: AnyGate>(fw: &mut Framework<Q, G>) {
    each_text(fw, &mut Text::strip_controls);
}

/// Calls `f` on every present text, as [`texts_mut`] lists them but without building their
/// keys: this runs on every load, where the keys cost more than the check itself.
fn each_text<Q: AnyQuestion, G: AnyGate>(fw: &mut Framework<Q, G>, f: &mut impl FnMut(&mut Text)) {
    f(&mut fw.title);
    fw.description.as_mut().map(&mut *f);
    for s in &mut fw.scales {
        f(&mut s.title);
        for l in &mut s.levels {
            f(&mut l.label);
            l.description.as_mut().map(&mut *f);
        }
    }
    for p in &mut fw.principles {
        f(&mut p.title);
        p.rationale.as_mut().map(&mut *f);
        for q in &mut p.questions {
            let texts = q.texts_mut();
            f(texts.text);
            for (_, field) in texts.optional {
                field.map(&mut *f);
            }
            for o in texts.options {
                f(&mut o.label);
                o.description.as_mut().map(&mut *f);
            }
        }
    }
    for g in &mut fw.gates {
        f(g.reason_mut());
    }
    for b in &mut fw.bands {
        f(&mut b.label);
        b.advice.as_mut().map(&mut *f);
    }
    for r in fw.workshop.iter_mut().flat_map(|w| &mut w.roles) {
        f(&mut r.label);
    }
}

/// Every key a translation may use for this framework (present text only).
pub fn keys<Q: AnyQuestion, G: AnyGate>(fw: &mut Framework<Q, G>) -> Vec<String> {
    texts_mut(fw)
        .into_iter()
        .filter(|(_, t)| t.is_some())
        .map(|(k, _)| k)
        .collect()
}

/// The keys of every present text that has no string of its own in `lang`.
pub fn untranslated<Q: AnyQuestion + Clone, G: AnyGate + Clone>(
    fw: &Framework<Q, G>,
    lang: &str,
) -> Vec<String> {
    let mut copy = fw.clone();
    texts_mut(&mut copy)
        .into_iter()
        .filter_map(|(k, t)| t.filter(|t| !t.has(lang)).map(|_| k))
        .collect()
}

/// Applies translations to the framework's text, reporting keys that name no text.
pub fn apply<Q: AnyQuestion, G: AnyGate>(
    fw: &mut Framework<Q, G>,
    entries: &[Entry],
    diags: &mut Vec<Diagnostic>,
) {
    if entries.is_empty() {
        return;
    }
    let renames = renamed_keys(fw);
    let mut texts = texts_mut(fw);
    let present: Vec<String> = texts
        .iter()
        .filter(|(_, t)| t.is_some())
        .map(|(k, _)| k.clone())
        .collect();
    let index: std::collections::HashMap<String, usize> = texts
        .iter()
        .enumerate()
        .map(|(i, (k, _))| (k.clone(), i))
        .collect();
    for e in entries {
        let found = index.get(&e.key).and_then(|&i| texts[i].1.as_deref_mut());
        match found {
            // A blank left by a translation kit: still to translate, so still in English.
            Some(_) if e.text.is_empty() => {}
            Some(text) => {
                if let Some(source) = &e.source
                    && *source != fingerprint(text.en())
                {
                    diags.push(
                        Diagnostic::warning(
                            e.key_span.clone(),
                            msg!("diag-translation-stale", key = &e.key, lang = &e.lang),
                        )
                        .with_hint(msg!(
                            "diag-translation-stale-hint",
                            source = fingerprint(text.en()),
                            lang = &e.lang
                        )),
                    );
                }
                if !text.insert(&e.lang, e.text.clone()) {
                    diags.push(
                        Diagnostic::error(
                            e.key_span.clone(),
                            msg!("diag-translated-twice", key = &e.key, lang = &e.lang),
                        )
                        .with_hint(msg!("diag-translated-twice-hint")),
                    );
                }
            }
            None if index.contains_key(&e.key) => diags.push(
                Diagnostic::error(
                    e.key_span.clone(),
                    msg!("diag-translation-no-english", key = &e.key),
                )
                .with_hint(msg!("diag-translation-no-english-hint")),
            ),
            None => {
                let new_key = renames
                    .iter()
                    .find_map(|(old, new)| Some(format!("{new}{}", e.key.strip_prefix(old)?)))
                    .filter(|k| present.contains(k));
                let hint = match new_key {
                    // The question (or option) was renamed: its keys follow the new id.
                    Some(k) => msg!("diag-did-you-mean", word = k),
                    None => match did_you_mean(&e.key, present.iter().map(String::as_str)) {
                        Some(s) => msg!("diag-did-you-mean", word = s),
                        None => msg!("diag-translation-key-hint"),
                    },
                };
                diags.push(
                    Diagnostic::error(
                        e.key_span.clone(),
                        msg!("diag-translation-key-unknown", key = &e.key),
                    )
                    .with_hint(hint),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests;
