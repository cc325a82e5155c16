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
//! Must not: hold any words itself (they are the catalogues'), or pass an argument through
//! unescaped unless it is already safe.

use tera::{Kwargs, State, TeraResult, Value};

use super::ReportFormat;
use crate::i18n::{self, Arg, Lang};

/// The `t` function for reports in `lang` and `format`.
pub struct Translate {
    pub lang: Lang,
    pub format: ReportFormat,
}

impl Translate {
    pub fn new(lang: Lang, format: ReportFormat) -> Self {
        Self { lang, format }
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
        let text = self.text(&kwargs)?;
        Ok(if self.format == ReportFormat::Html {
            Value::safe_string(&text)
        } else {
            Value::from(text)
        })
    }

    fn is_safe(&self) -> bool {
        self.format == ReportFormat::Html
    }
}

/// `text` with `&`, `<`, `>`, `"` and `'` escaped for HTML.
fn escape(text: &str) -> String {
    let mut out = Vec::new();
    // Writing to a Vec cannot fail.
    let _ = tera::escape_html(text, &mut out);
    String::from_utf8(out).unwrap_or_default()
}
