//! The tera set-up: one engine per render, the report filters, and autoescaping decided by the
//! output format (HTML: on, whatever the template file is called; others: off).

use std::error::Error as _;

use tera::{Context, Kwargs, State, Tera, TeraResult, Value};

use super::filters;
use super::templates::Template;
use super::words::Translate;
use super::{ReportError, ReportFormat};

/// Renders `ctx` (a report's or a portfolio's context) with `template` for `format`;
/// integra's own words (the `t` function) are in `lang`.
pub fn render(
    ctx: &impl serde::Serialize,
    lang: &str,
    format: ReportFormat,
    template: &Template,
) -> Result<String, ReportError> {
    let fail = |e: &tera::Error| ReportError::Template {
        name: template.name.clone(),
        message: describe(e),
    };
    let mut tera = engine(format);
    tera.register_function("t", Translate::new(lang, format));
    tera.add_raw_template(&template.name, &template.text)
        .map_err(|e| fail(&e))?;
    let context = Context::from_serialize(ctx).map_err(|e| fail(&e))?;
    tera.render(&template.name, &context).map_err(|e| fail(&e))
}

/// A tera engine with the report filters, escaping HTML when `format` is HTML.
pub fn engine(format: ReportFormat) -> Tera {
    let mut tera = Tera::new();
    // An empty suffix matches every template name: the format, not the file name, decides.
    let suffixes: Vec<&'static str> = if format == ReportFormat::Html {
        vec![""]
    } else {
        Vec::new()
    };
    tera.autoescape_on(suffixes);
    number_filters(&mut tera);
    text_filters(&mut tera);
    tera
}

/// Filters that format numbers: `num`, `signed`, `number`, `bar`.
fn number_filters(tera: &mut Tera) {
    tera.register_filter(
        "num",
        |v: Value, kw: Kwargs, _: &State| -> TeraResult<String> {
            let digits = kw.get::<usize>("digits")?.unwrap_or(1);
            let none = kw.get::<&str>("none")?.unwrap_or("-");
            Ok(filters::num(v.as_f64(), digits, none))
        },
    );
    tera.register_filter(
        "bar",
        |v: Value, kw: Kwargs, _: &State| -> TeraResult<String> {
            Ok(filters::bar(
                v.as_f64(),
                kw.get::<usize>("width")?.unwrap_or(20),
            ))
        },
    );
    tera.register_filter(
        "signed",
        |v: Value, kw: Kwargs, _: &State| -> TeraResult<String> {
            let digits = kw.get::<usize>("digits")?.unwrap_or(1);
            let none = kw.get::<&str>("none")?.unwrap_or("-");
            Ok(filters::signed(v.as_f64(), digits, none))
        },
    );
    tera.register_filter("number", |v: f64, _: Kwargs, _: &State| {
        crate::answers::number(v)
    });
}

/// Filters that lay out or escape text: `pad`, `column`, `wrap`, `underline`, `md`, `md_cell`,
/// `csv`.
fn text_filters(tera: &mut Tera) {
    tera.register_filter(
        "pad",
        |v: Value, kw: Kwargs, _: &State| -> TeraResult<String> {
            let width = kw.must_get::<usize>("width")?;
            let right = kw.get::<bool>("right")?.unwrap_or(false);
            Ok(filters::pad(&plain(&v), width, right))
        },
    );
    tera.register_filter(
        "wrap",
        |s: &str, kw: Kwargs, _: &State| -> TeraResult<String> {
            let width = kw.get::<usize>("width")?.unwrap_or(80);
            let indent = kw.get::<usize>("indent")?.unwrap_or(0);
            let first = kw.get::<bool>("first")?.unwrap_or(false);
            if kw.get::<bool>("reflow")?.unwrap_or(false) {
                return Ok(filters::wrap(&filters::reflow(s), width, indent, first));
            }
            Ok(filters::wrap(s, width, indent, first))
        },
    );
    tera.register_filter(
        "column",
        |s: &str, kw: Kwargs, _: &State| -> TeraResult<String> {
            let width = kw.must_get::<usize>("width")?;
            Ok(filters::column(
                s,
                width,
                kw.get::<usize>("indent")?.unwrap_or(0),
            ))
        },
    );
    tera.register_filter(
        "underline",
        |s: &str, kw: Kwargs, _: &State| -> TeraResult<String> {
            let with = kw.get::<&str>("char")?.unwrap_or("-");
            Ok(filters::underline(s, with))
        },
    );
    tera.register_filter("md", |s: &str, _: Kwargs, _: &State| filters::markdown(s));
    tera.register_filter("md_cell", |s: &str, _: Kwargs, _: &State| {
        filters::markdown_cell(s)
    });
    tera.register_filter("csv", |v: Value, _: Kwargs, _: &State| {
        filters::csv_field(&plain(&v))
    });
}

/// A value as text: strings as they are, numbers as tera prints them, none as empty.
fn plain(v: &Value) -> String {
    if v.is_none() || v.is_undefined() {
        String::new()
    } else {
        v.as_str().map_or_else(|| v.to_string(), str::to_owned)
    }
}

/// The error's report (with template name, line and column) and its causes.
fn describe(e: &tera::Error) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let text = s.to_string();
        if !out.contains(&text) {
            out.push_str("\n  caused by: ");
            out.push_str(&text);
        }
        source = s.source();
    }
    out
}
