//! integra's own words in reports: the `t` function templates call for headings, labels and
//! prose, in the report's language (see [`crate::i18n`]).
//!
//! `{{ t(key="report-h-result") }}` gives the text; any other argument fills a placeable, e.g.
//! `t(key="report-coverage-value", answered=3, applicable=4, percent="75")`. Numbers stay
//! numbers, so plurals are chosen right. The output format is passed as `$format` (`md`,
//! `html`, `txt`, `csv`), so a message may word itself per format where English needs it.
//!
//! Messages carry no markup: a template emphasises a value before passing it (`cap=x | em`,
//! see the `em`, `strong` and `code` filters). In HTML the catalogue's text is trusted (it is
//! ours) while every argument is escaped here unless already safe (an emphasised value, a
//! nested `t`), so report data never becomes markup.
//!
//! A call with no argument but `key` always gives the same text for one render (the language
//! and format are fixed), so it is worked out once and kept: a template writes its column
//! headings again for every principle's table, and the message catalogue's formatting is
//! some 7,000 instructions a call.
//!
//! Must not: hold any words itself (they are the catalogues'), or pass an argument through
//! unescaped unless it is already safe.

use std::collections::HashMap;
use std::sync::Mutex;

use tera::{Kwargs, State, TeraResult, Value};

use super::ReportFormat;
use crate::i18n::{self, Arg, Lang};

/// The `t` function for reports in `lang` and `format`.
pub struct Translate {
    pub lang: Lang,
    pub format: ReportFormat,
    /// The texts of the calls made with `key` alone so far, by key.
    plain: Mutex<HashMap<String, Value>>,
}

impl Translate {
    pub fn new(lang: Lang, format: ReportFormat) -> Self {
        Self {
            lang,
            format,
            plain: Mutex::default(),
        }
    }

    /// The texts kept so far. The lock is only held to look one up or add one, so no panic
    /// can leave it half done: a poisoned lock still holds sound texts.
    fn kept(&self) -> std::sync::MutexGuard<'_, HashMap<String, Value>> {
        self.plain
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn text(&self, kwargs: &Kwargs) -> TeraResult<String> {
        let key = kwargs.must_get::<&str>("key")?;
        let html = self.format == ReportFormat::Html;
        let mut args: Vec<(&str, Arg)> = vec![("format", self.format.extension().into())];
        for (name, value) in kwargs.iter() {
            let name = name.as_str().unwrap_or_default();
            if name == "key" {
                continue;
            }
            let arg = match value.as_f64() {
                Some(n) if value.is_number() => Arg::Num(n),
                _ => {
                    let text = if value.is_none() || value.is_undefined() {
                        String::new()
                    } else {
                        value
                            .as_str()
                            .map_or_else(|| value.to_string(), str::to_owned)
                    };
                    // A value already safe (the output of a nested `t`) is not escaped twice.
                    Arg::Text(if html && !value.is_safe() {
                        escape(&text)
                    } else {
                        text
                    })
                }
            };
            args.push((name, arg));
        }
        if !i18n::has(key) {
            return Err(tera::Error::message(format!(
                "t(): there is no text '{key}' in integra's catalogue"
            )));
        }
        Ok(i18n::tr_args(self.lang, key, &args))
    }
}

impl tera::Function<TeraResult<Value>> for Translate {
    fn call(&self, kwargs: Kwargs, _: &State) -> TeraResult<Value> {
        let plain = kwargs.iter().all(|(name, _)| name.as_str() == Some("key"));
        let key = plain
            .then(|| kwargs.get::<&str>("key"))
            .transpose()?
            .flatten();
        if let Some(key) = key
            && let Some(kept) = self.kept().get(key)
        {
            return Ok(kept.clone());
        }
        let text = self.text(&kwargs)?;
        let value = if self.format == ReportFormat::Html {
            Value::safe_string(&text)
        } else {
            Value::from(text)
        };
        if let Some(key) = key {
            self.kept().insert(key.to_owned(), value.clone());
        }
        Ok(value)
    }

    fn is_safe(&self) -> bool {
        self.format == ReportFormat::Html
    }
}

/// `text` with `&`, `<`, `>`, `"` and `'` escaped for HTML, as `t` escapes its arguments.
pub(super) fn escape(text: &str) -> String {
    let mut out = Vec::new();
    // Writing to a Vec cannot fail.
    let _ = tera::escape_html(text, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(lang: Lang, format: ReportFormat, text: &str) -> String {
        let mut tera = tera::Tera::default();
        tera.register_function("t", Translate::new(lang, format));
        tera.render_str(text, &tera::Context::new(), false).unwrap()
    }

    #[test]
    fn a_text_called_again_is_the_same_and_calls_with_arguments_are_not_kept() {
        let text = "{{ t(key=\"report-sum\") }}|{{ t(key=\"report-sum\") }}|\
                    {{ t(key=\"report-n-of-m\", answered=1, applicable=2) }}|\
                    {{ t(key=\"report-n-of-m\", answered=3, applicable=4) }}";
        assert_eq!(
            render(Lang::En, ReportFormat::Markdown, text),
            "Sum|Sum|1 of 2|3 of 4"
        );
        assert_eq!(
            render(Lang::Fr, ReportFormat::Markdown, text),
            "Somme|Somme|1 sur 2|3 sur 4"
        );
    }

    #[test]
    fn a_kept_text_in_html_is_written_as_the_first_was() {
        // Not escaped (the catalogue is trusted), the first time or the second.
        let mut tera = tera::Tera::default();
        tera.register_function("t", Translate::new(Lang::En, ReportFormat::Html));
        tera.autoescape_on(vec![""]);
        let text = "{% for i in [1, 2] %}{{ t(key=\"report-h-workshop\") }};{% endfor %}";
        let out = tera.render_str(text, &tera::Context::new(), true).unwrap();
        assert_eq!(out, "The room's votes;The room's votes;");
    }
}
