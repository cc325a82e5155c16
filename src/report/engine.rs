//! The tera set-up: one engine per render, the report filters, and autoescaping decided by the
//! output format (HTML: on, whatever the template file is called; others: off).
//!
//! Each render runs on a thread of its own under a [`Budget`] (see [`run`]): the caller waits
//! for it only as long as the budget allows, so a runaway template ends in an error, not a
//! hung command. Every filter checks the budget before it works.
//!
//! Must not: hold the text helpers themselves (they are plain functions in
//! [`super::filters`]) or read files: templates come in as text.

use std::sync::Arc;

use tera::{Kwargs, State, Tera, TeraResult, Value};

use super::ReportFormat;
use super::budget::{self, Budget};
use super::filters;
use crate::i18n::Lang;

mod run;

pub use run::{render, render_with_values};

/// The widest text, padding or bar a filter may be asked for, in characters.
pub const MAX_WIDTH: usize = 1000;
/// The most decimals `num` and `signed` may be asked for.
pub const MAX_DIGITS: usize = 20;

/// A tera engine with the report filters, escaping HTML when `format` is HTML, every filter
/// and `range` counted against `budget`. Numbers are written as `lang` writes them in the
/// formats people read (Markdown, HTML, text); CSV keeps decimal points (`--csv-locale`
/// re-writes them afterwards).
fn engine_within(format: ReportFormat, lang: Lang, budget: &Arc<Budget>) -> Tera {
    let mut tera = Tera::new();
    // An empty suffix matches every template name: the format, not the file name, decides.
    let suffixes: Vec<&'static str> = if format == ReportFormat::Html {
        vec![""]
    } else {
        Vec::new()
    };
    tera.autoescape_on(suffixes);
    // The same escaping as tera's, written in runs rather than a byte at a time.
    tera.set_escape_fn(filters::html);
    let b = Arc::clone(budget);
    tera.register_function("range", move |kw: Kwargs, _: &State| b.range(&kw));
    let numbers = match format {
        ReportFormat::Markdown | ReportFormat::Html | ReportFormat::Text => lang,
        _ => Lang::En,
    };
    number_filters(&mut tera, budget, numbers);
    text_filters(&mut tera, budget);
    emphasis_filters(&mut tera, budget, format);
    tera
}

/// `em`, `strong` and `code`: a value emphasised the way `format` writes it (HTML tags around
/// the escaped value, Markdown's `*`, `**` and backticks; nothing in plain text). The
/// catalogue's messages carry no markup: a template passes an emphasised value instead, e.g.
/// `t(key="report-gate-needs", cap=g.cap_label | em)`. In Markdown the value is expected
/// escaped already (`| md | em`).
fn emphasis_filters(tera: &mut Tera, budget: &Arc<Budget>, format: ReportFormat) {
    for (name, tag, mark) in [
        ("em", "em", "*"),
        ("strong", "strong", "**"),
        ("code", "code", "`"),
    ] {
        let b = Arc::clone(budget);
        tera.register_filter(
            name,
            move |v: Value, _: Kwargs, _: &State| -> TeraResult<Value> {
                b.check()?;
                Ok(filters::emphasis(
                    &plain(&v),
                    v.is_safe(),
                    format,
                    tag,
                    mark,
                ))
            },
        );
    }
}

/// Registers `filter` under `name`, checking the budget before each call.
fn filter(
    tera: &mut Tera,
    budget: &Arc<Budget>,
    name: &'static str,
    filter: impl Fn(Value, Kwargs) -> TeraResult<String> + Send + Sync + 'static,
) {
    let b = Arc::clone(budget);
    tera.register_filter(
        name,
        move |v: Value, kw: Kwargs, _: &State| -> TeraResult<String> {
            b.check()?;
            filter(v, kw)
        },
    );
}

/// Filters that format numbers: `num`, `pct`, `signed`, `number` and the shorthands `num0`,
/// `num1`, `pct1` (written as `lang` writes them), `point` (always a decimal point, for SVG
/// coordinates and other values a program reads) and `bar`.
fn number_filters(tera: &mut Tera, b: &Arc<Budget>, lang: Lang) {
    filter(tera, b, "num", move |v: Value, kw| {
        let digits = budget::bounded(&kw, "num", "digits", 1, MAX_DIGITS)?;
        let none = kw.get::<&str>("none")?.unwrap_or("-");
        Ok(filters::num_in(v.as_f64(), digits, none, lang))
    });
    filter(tera, b, "pct", move |v: Value, kw| {
        let digits = budget::bounded(&kw, "pct", "digits", 1, MAX_DIGITS)?;
        let none = kw.get::<&str>("none")?.unwrap_or("-");
        Ok(filters::percent(v.as_f64(), digits, none, lang))
    });
    filter(tera, b, "point", |v: Value, kw| {
        let digits = budget::bounded(&kw, "point", "digits", 1, MAX_DIGITS)?;
        let none = kw.get::<&str>("none")?.unwrap_or("-");
        Ok(filters::num(v.as_f64(), digits, none))
    });
    filter(tera, b, "bar", |v: Value, kw| {
        let width = budget::bounded(&kw, "bar", "width", 20, MAX_WIDTH)?;
        Ok(filters::bar(v.as_f64(), width))
    });
    filter(tera, b, "signed", move |v: Value, kw| {
        let digits = budget::bounded(&kw, "signed", "digits", 1, MAX_DIGITS)?;
        let none = kw.get::<&str>("none")?.unwrap_or("-");
        Ok(filters::signed_in(v.as_f64(), digits, none, lang))
    });
    // The appendix's and the action plan's columns, for every question: without keyword
    // arguments, which tera builds into a map of their own on every call (a tenth of a large
    // report's work; docs/performance.md, "Seventh pass").
    filter(tera, b, "num0", move |v: Value, _| {
        Ok(filters::num_in(v.as_f64(), 0, filters::DASH, lang))
    });
    filter(tera, b, "num1", move |v: Value, _| {
        Ok(filters::num_in(v.as_f64(), 1, filters::DASH, lang))
    });
    filter(tera, b, "pct1", move |v: Value, _| {
        Ok(filters::percent(v.as_f64(), 1, filters::DASH, lang))
    });
    filter(tera, b, "number", move |v: Value, _| {
        v.as_f64()
            .map(|n| crate::answers::number_in(n, lang))
            .ok_or_else(|| tera::Error::message("number(): the value is not a number"))
    });
}

/// Filters that lay out or escape text: `pad`, `column`, `wrap`, `underline`, `md`, `md_lines`, `md_cell`,
/// `csv`, `css`.
fn text_filters(tera: &mut Tera, b: &Arc<Budget>) {
    filter(tera, b, "pad", |v: Value, kw| {
        let width = budget::required(&kw, "pad", "width", MAX_WIDTH)?;
        let right = kw.get::<bool>("right")?.unwrap_or(false);
        Ok(filters::pad(&plain(&v), width, right))
    });
    filter(tera, b, "wrap", |v: Value, kw| {
        let width = budget::bounded(&kw, "wrap", "width", 80, MAX_WIDTH)?;
        let indent = budget::bounded(&kw, "wrap", "indent", 0, MAX_WIDTH)?;
        let first = kw.get::<bool>("first")?.unwrap_or(false);
        if kw.get::<bool>("reflow")?.unwrap_or(false) {
            return Ok(filters::wrap(
                &filters::reflow(&plain(&v)),
                width,
                indent,
                first,
            ));
        }
        Ok(filters::wrap(&plain(&v), width, indent, first))
    });
    filter(tera, b, "column", |v: Value, kw| {
        let width = budget::required(&kw, "column", "width", MAX_WIDTH)?;
        let indent = budget::bounded(&kw, "column", "indent", 0, MAX_WIDTH)?;
        Ok(filters::column(&plain(&v), width, indent))
    });
    filter(tera, b, "underline", |v: Value, kw| {
        let with = kw.get::<&str>("char")?.unwrap_or("-");
        if with.chars().count() > 4 {
            return Err(tera::Error::message(
                "underline(): char must be at most 4 characters",
            ));
        }
        Ok(filters::underline(&plain(&v), with))
    });
    filter(tera, b, "md", |v: Value, _| {
        Ok(filters::markdown(&plain(&v)))
    });
    filter(tera, b, "md_lines", |v: Value, _| {
        Ok(filters::markdown_lines(&plain(&v)))
    });
    filter(tera, b, "md_cell", |v: Value, _| {
        Ok(filters::markdown_cell(&plain(&v)))
    });
    filter(tera, b, "csv", |v: Value, _| {
        Ok(filters::csv_field(&plain(&v)))
    });
    // Escaped for where it goes, a `<style>` element, where HTML's escapes are not read back
    // (`&amp;` would show as written): so its value is safe, and a value that is markup
    // already (integra's words from `t`) is taken back to plain text first.
    let budget = Arc::clone(b);
    tera.register_filter(
        "css",
        move |v: Value, _: Kwargs, _: &State| -> TeraResult<Value> {
            budget.check()?;
            let text = if v.is_safe() {
                filters::unescape_html(&plain(&v))
            } else {
                plain(&v)
            };
            Ok(Value::safe_string(&filters::css_string(&text)))
        },
    );
}

/// A value as text: strings as they are, numbers as tera prints them, none as empty.
fn plain(v: &Value) -> String {
    if v.is_none() || v.is_undefined() {
        String::new()
    } else {
        v.as_str().map_or_else(|| v.to_string(), str::to_owned)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::TemplateOrigin;
    use crate::report::templates::Template;

    /// `css` writes the text a reader sees: markup (a safe value) is taken back to plain text
    /// first, and what it writes is not escaped again for HTML.
    #[test]
    fn css_strings_hold_the_text_not_its_markup() {
        let template = Template {
            name: "t.html.tera".into(),
            text: "{{ plain | css }} {{ plain | escape | safe | css }} {{ t(key=\"report-sum\") | css }}"
                .into(),
            origin: TemplateOrigin::Builtin,
        };
        let values = serde_json::json!({ "plain": "a&b <c>" });
        let out = render(&values, Lang::En, ReportFormat::Html, &template).unwrap();
        let ours = r#""a\000026b\000020\00003Cc\00003E""#;
        assert_eq!(out, format!("{ours} {ours} \"Sum\""));
    }

    /// The shorthands write what the keyword forms they stand for write, in every language
    /// and for a missing number.
    #[test]
    fn shorthand_filters_are_their_keyword_forms() {
        let text = "{% for v in values %}\
                    {{ v | num0 }}|{{ v | num(digits=0, none=\"–\") }} \
                    {{ v | num1 }}|{{ v | num(digits=1, none=\"–\") }} \
                    {{ v | pct1 }}|{{ v | pct(digits=1, none=\"–\") }}\n{% endfor %}";
        let template = Template {
            name: "t.md.tera".into(),
            text: text.into(),
            origin: TemplateOrigin::Builtin,
        };
        let values = serde_json::json!({ "values": [null, 0, 62.5, 3.25, -0.05, 100] });
        for lang in [Lang::En, Lang::Fr, Lang::Ru] {
            let out = render(&values, lang, ReportFormat::Markdown, &template).unwrap();
            assert_eq!(out.lines().count(), 6, "{out}");
            // Pairs are separated by plain spaces (French percentages hold a no-break space).
            for pair in out.lines().flat_map(|l| l.split(' ')) {
                let (short, long) = pair.split_once('|').unwrap();
                assert_eq!(short, long, "{lang:?}: {out}");
            }
            assert!(out.starts_with("–|– –|– –|–\n"), "{out}");
        }
        let en = render(&values, Lang::En, ReportFormat::Markdown, &template).unwrap();
        assert!(en.contains("63|63 62.5|62.5 62.5%|62.5%"), "{en}");
    }
}
