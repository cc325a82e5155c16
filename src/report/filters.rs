//! Text helpers behind the templates' filters: numbers, bars, padding, columns and emphasis
//! here; wrapping in [`wrapping`], escaping for Markdown and CSV in [`escape`]. They are plain
//! functions on strings so they can be tested directly; [`super::engine`] registers them with
//! tera.
//!
//! Must not: read the catalogue, the session or the budget (the engine wraps them for that).

mod escape;
mod wrapping;

pub use escape::{
    css_string, csv_field, html, markdown, markdown_cell, markdown_lines, unescape_html,
};
pub use wrapping::{reflow, wrap};

use crate::i18n::{self, Lang};

/// What the shorthands `num0`, `num1` and `pct1` write for a missing number, and the HTML
/// appendix's rows for a missing answer (an en dash, as the built-in templates' tables do).
pub const DASH: &str = "–";

/// `score` (0–100) as a bar of `width` cells: `#` filled, `.` empty; `None` is blank.
pub fn bar(score: Option<f64>, width: usize) -> String {
    let Some(s) = score else {
        return " ".repeat(width);
    };
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss
    )]
    let filled = ((s.clamp(0.0, 100.0) / 100.0 * width as f64).round() as usize).min(width);
    format!("{}{}", "#".repeat(filled), ".".repeat(width - filled))
}

/// `n` with `digits` decimals and a decimal point, or `none` when there is no number.
pub fn num(n: Option<f64>, digits: usize, none: &str) -> String {
    num_in(n, digits, none, Lang::En)
}

/// [`num`] as `lang` writes it: a decimal comma in French, Spanish and Russian.
pub fn num_in(n: Option<f64>, digits: usize, none: &str, lang: Lang) -> String {
    n.map_or_else(|| none.to_owned(), |n| i18n::fixed_in(n, digits, lang))
}

/// [`num_in`] as a percentage: "6.3%" in English, "6,3 %" (a no-break space) in French,
/// Spanish and Russian; `none` when there is no number.
pub fn percent(n: Option<f64>, digits: usize, none: &str, lang: Lang) -> String {
    n.map_or_else(
        || none.to_owned(),
        |n| i18n::percent_in(&i18n::fixed_in(n, digits, lang), lang),
    )
}

/// A change with its sign, e.g. `+12.5`, `-3.0`, `0.0` (`+12,5` in French, Spanish and
/// Russian); `none` when there is no number.
pub fn signed_in(n: Option<f64>, digits: usize, none: &str, lang: Lang) -> String {
    let text = num_in(n, digits, none, lang);
    match n {
        Some(_)
            if !text.starts_with('-') && text.bytes().any(|b| b.is_ascii_digit() && b != b'0') =>
        {
            format!("+{text}")
        }
        _ => text,
    }
}

/// `text` padded with spaces to `width` characters (on the left when `right`); never cut.
pub fn pad(text: &str, width: usize, right: bool) -> String {
    if right {
        format!("{text:>width$}")
    } else {
        format!("{text:<width$}")
    }
}

/// `text` as a table column `width` wide: wrapped (continuation lines indented by `indent`)
/// and the last line padded, so whatever follows lines up whatever the text's length.
pub fn column(text: &str, width: usize, indent: usize) -> String {
    let wrapped = wrap(text, width, indent, false);
    let last = wrapped.rsplit('\n').next().map_or(0, |l| l.chars().count());
    format!("{wrapped}{}", " ".repeat(width.saturating_sub(last)))
}

/// `text` over a line of `with` as long as it, for plain-text headings in any language.
pub fn underline(text: &str, with: &str) -> String {
    format!("{text}\n{}", with.repeat(text.chars().count()))
}

/// `text` emphasised for `format`: in HTML inside `<tag>` (escaped first unless `safe`) and
/// marked safe; in Markdown between `mark`s (a code span holding a backtick falls back to
/// the escaped text); plain text and CSV as it is.
pub fn emphasis(
    text: &str,
    safe: bool,
    format: super::ReportFormat,
    tag: &str,
    mark: &str,
) -> tera::Value {
    use super::ReportFormat;
    match format {
        ReportFormat::Html => {
            let inner = if safe {
                text.to_owned()
            } else {
                let mut out = Vec::new();
                // Writing to a Vec cannot fail.
                let _ = html(text, &mut out);
                String::from_utf8(out).unwrap_or_default()
            };
            tera::Value::safe_string(&format!("<{tag}>{inner}</{tag}>"))
        }
        ReportFormat::Markdown if text.is_empty() => tera::Value::from(String::new()),
        ReportFormat::Markdown if mark == "`" && text.contains('`') => {
            tera::Value::from(markdown(text))
        }
        ReportFormat::Markdown => tera::Value::from(format!("{mark}{text}{mark}")),
        _ => tera::Value::from(text.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emphasis_is_written_the_way_each_format_writes_it() {
        use crate::report::ReportFormat;
        let em = |text: &str, safe, format| emphasis(text, safe, format, "em", "*");
        let html = em("a <b> & c", false, ReportFormat::Html);
        assert!(html.is_safe());
        assert_eq!(html.as_str(), Some("<em>a &lt;b&gt; &amp; c</em>"));
        let safe = em("<i>x</i>", true, ReportFormat::Html);
        assert_eq!(safe.as_str(), Some("<em><i>x</i></em>"));
        assert_eq!(em("x", false, ReportFormat::Markdown).as_str(), Some("*x*"));
        assert_eq!(em("", false, ReportFormat::Markdown).as_str(), Some(""));
        assert_eq!(em("x", false, ReportFormat::Text).as_str(), Some("x"));
        let code = emphasis("a`b", false, ReportFormat::Markdown, "code", "`");
        assert_eq!(code.as_str(), Some(markdown("a`b").as_str()));
    }

    #[test]
    fn bars_fill_in_proportion() {
        assert_eq!(bar(Some(50.0), 10), "#####.....");
        assert_eq!(bar(Some(0.0), 4), "....");
        assert_eq!(bar(Some(100.0), 4), "####");
        assert_eq!(bar(Some(250.0), 4), "####");
        assert_eq!(bar(None, 3), "   ");
    }

    #[test]
    fn numbers_and_padding() {
        assert_eq!(num(Some(62.456), 1, "-"), "62.5");
        assert_eq!(num(None, 1, "n/a"), "n/a");
        assert_eq!(num(Some(-0.0), 0, "-"), "0");
        assert_eq!(num(Some(-0.04), 1, "-"), "0.0");
        assert_eq!(num(Some(-2.0), 0, "-"), "-2");
        assert_eq!(signed_in(Some(12.345), 1, "-", Lang::En), "+12.3");
        assert_eq!(signed_in(Some(-3.0), 1, "-", Lang::En), "-3.0");
        assert_eq!(signed_in(Some(0.01), 1, "-", Lang::En), "0.0");
        assert_eq!(signed_in(None, 1, "n/a", Lang::En), "n/a");
        assert_eq!(signed_in(Some(12.345), 1, "-", Lang::Fr), "+12,3");
        assert_eq!(num_in(Some(62.456), 1, "-", Lang::Ru), "62,5");
        assert_eq!(percent(Some(66.666), 1, "–", Lang::En), "66.7%");
        assert_eq!(percent(Some(6.25), 1, "–", Lang::Fr), "6,3\u{a0}%");
        assert_eq!(percent(Some(6.25), 1, "–", Lang::Es), "6,3\u{a0}%");
        assert_eq!(percent(None, 1, "–", Lang::Fr), "–");
        assert_eq!(pad("ab", 4, false), "ab  ");
        assert_eq!(pad("ab", 4, true), "  ab");
        assert_eq!(pad("abcdef", 4, true), "abcdef");
    }

    #[test]
    fn columns_line_up_after_long_text() {
        assert_eq!(column("Short", 10, 2), "Short     ");
        assert_eq!(
            column("A rather long title", 12, 2),
            "A rather\n  long title"
        );
        assert_eq!(
            column("A rather long title here", 12, 2),
            "A rather\n  long title\n  here      "
        );
    }
}
