//! Reports: an assessment's results as Markdown, HTML, plain text, JSON, CSV or Word.
//!
//! One serialisable [`ReportContext`] (built in [`context`]) is the single source of truth:
//! JSON is that context serialised, Word (.docx) is built from it in [`docx`], every other
//! format is a tera template that renders it.
//! Templates are built in ([`templates::BUILTIN`]); a file of the same name in the user's
//! template folder, or a file given explicitly, replaces the built-in one. HTML is rendered
//! with autoescaping on, so nothing written by a user or a framework author becomes markup.
//!
//! ```no_run
//! # use std::path::Path;
//! # fn demo(fw: &integra::framework::Framework, sheet: &integra::answers::AnswerSheet) -> Result<(), integra::report::ReportError> {
//! use integra::report::{ReportFormat, render, write_private};
//! let card = integra::scoring::score(fw, &sheet.answers, "en");
//! let html = render(fw, sheet, &card, ReportFormat::Html, None)?;
//! write_private(Path::new("report.html"), &html)?;
//! # Ok(()) }
//! ```
//!
//! Must not: score answers or change a session (it reads a finished scorecard and answers file), or
//! name `tui` or `cli`.

pub mod aggregate;
mod appendix;
pub mod budget;
pub mod by_principle;
pub mod compare;
pub mod context;
pub mod csv_locale;
mod describe;
pub mod docx;
mod engine;
mod error;
mod filters;
mod plan;
pub mod templates;
mod unclosed;
pub mod verdict;
mod words;
pub mod workshop;
mod write;
pub mod xlsx;
mod zipped;

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

pub use context::{Detail, ReportContext, SCHEMA_VERSION};
pub use error::ReportError;
pub use templates::{Template, TemplateOrigin};
pub use write::write_private;

use crate::answers::AnswerSheet;
use crate::framework::Framework;
use crate::i18n::Lang;
use crate::scoring::Scorecard;

/// The formats a report can be rendered in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReportFormat {
    Markdown,
    Html,
    Text,
    Json,
    Csv,
    /// A Word document (.docx): binary, built from the context without a template.
    Docx,
    /// A spreadsheet (.xlsx), one sheet per table: binary, built without a template.
    Xlsx,
}

impl ReportFormat {
    /// Every format, in the order menus list them.
    pub const ALL: [Self; 7] = [
        Self::Markdown,
        Self::Html,
        Self::Docx,
        Self::Text,
        Self::Json,
        Self::Csv,
        Self::Xlsx,
    ];

    /// The file extension (without the dot), also the name used on the command line.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Markdown => "md",
            Self::Html => "html",
            Self::Text => "txt",
            Self::Json => "json",
            Self::Csv => "csv",
            Self::Docx => "docx",
            Self::Xlsx => "xlsx",
        }
    }

    /// A name for people, e.g. in the wizard's export menu.
    pub fn label(self) -> &'static str {
        match self {
            Self::Markdown => "Markdown",
            Self::Html => "HTML (one self-contained page)",
            Self::Text => "Plain text",
            Self::Json => "JSON (for other tools)",
            Self::Csv => "CSV (one row per question)",
            Self::Docx => "Word (.docx, to edit and share)",
            Self::Xlsx => "Spreadsheet (.xlsx, one sheet per table)",
        }
    }

    /// The format for a file extension (`md`, `markdown`, `html`, `htm`, `txt`, `json`, `csv`).
    pub fn from_extension(ext: &str) -> Option<Self> {
        match ext.to_ascii_lowercase().as_str() {
            "md" | "markdown" => Some(Self::Markdown),
            "html" | "htm" => Some(Self::Html),
            "txt" | "text" => Some(Self::Text),
            "json" => Some(Self::Json),
            "csv" => Some(Self::Csv),
            "docx" => Some(Self::Docx),
            "xlsx" => Some(Self::Xlsx),
            _ => None,
        }
    }

    /// The format a file name implies: `report.html`, or a template's `x.html.tera`.
    pub fn from_path(path: &Path) -> Option<Self> {
        let name = path.file_name()?.to_str()?;
        let name = name.strip_suffix(".tera").unwrap_or(name);
        Self::from_extension(name.rsplit_once('.')?.1)
    }

    /// Whether this format is rendered from a template (all but JSON, Word and spreadsheet).
    pub fn is_templated(self) -> bool {
        !matches!(self, Self::Json | Self::Docx | Self::Xlsx)
    }

    /// Whether the report is bytes rather than text (Word, spreadsheet): render it with
    /// [`render_bytes`].
    pub fn is_binary(self) -> bool {
        matches!(self, Self::Docx | Self::Xlsx)
    }
}

impl fmt::Display for ReportFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.extension())
    }
}

/// Renders a report of `card` (scored from `sheet` against `fw`) in `format`.
///
/// The template is `template_override` when given, else `report.<ext>.tera` from the user's
/// template folder when it exists, else the built-in one.
pub fn render(
    fw: &Framework,
    sheet: &AnswerSheet,
    card: &Scorecard,
    format: ReportFormat,
    template_override: Option<&Path>,
) -> Result<String, ReportError> {
    let ctx = ReportContext::build(fw, sheet, card);
    render_context(&ctx, format, template_override)
}

/// A file name for a report, e.g. `integra-report-harm-reduction-network-2025-03-14.html`:
/// the programme and date when the answers record them, safe on every file system.
pub fn suggested_file_name(sheet: &AnswerSheet, format: ReportFormat) -> String {
    let mut name = String::from("integra-report");
    for part in [&sheet.meta.programme, &sheet.meta.date]
        .into_iter()
        .flatten()
    {
        let slug = slug(part);
        if !slug.is_empty() {
            name.push('-');
            name.push_str(&slug);
        }
    }
    format!("{name}.{}", format.extension())
}

/// Lower-case ASCII letters and digits, anything else one `-`, at most 40 characters.
fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.len() >= 40 {
            break;
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// Renders an already built context in any format, Word included, as the bytes of the file.
pub fn render_bytes(
    ctx: &ReportContext,
    format: ReportFormat,
    template_override: Option<&Path>,
) -> Result<Vec<u8>, ReportError> {
    match (format, template_override) {
        (ReportFormat::Docx, None) => docx::render(ctx),
        (ReportFormat::Docx, Some(_)) => Err(ReportError::DocxTemplate),
        (ReportFormat::Xlsx, None) => xlsx::render(ctx),
        (ReportFormat::Xlsx, Some(_)) => Err(ReportError::XlsxTemplate),
        _ => render_context(ctx, format, template_override).map(String::into_bytes),
    }
}

/// Renders an already built context as text (lets callers render several formats from one
/// context). Word is binary: use [`render_bytes`] for it.
pub fn render_context(
    ctx: &ReportContext,
    format: ReportFormat,
    template_override: Option<&Path>,
) -> Result<String, ReportError> {
    if format == ReportFormat::Xlsx {
        return Err(ReportError::XlsxAsText);
    }
    if format.is_binary() {
        return Err(ReportError::DocxAsText);
    }
    if !format.is_templated() {
        if template_override.is_some() {
            return Err(ReportError::JsonTemplate);
        }
        let mut json =
            serde_json::to_string_pretty(ctx).map_err(|e| ReportError::Serialise(e.to_string()))?;
        json.push('\n');
        return Ok(json);
    }
    let template = match template_override {
        Some(path) => Template::from_file(path)?,
        None => Template::resolve(format)?,
    };
    render_with(ctx, format, &template)
}

/// Renders `ctx` with a given template (for callers that pick or build the template).
pub fn render_with(
    ctx: &ReportContext,
    format: ReportFormat,
    template: &Template,
) -> Result<String, ReportError> {
    if format.is_binary() {
        return render_context(ctx, format, None);
    }
    if !format.is_templated() {
        return Err(ReportError::JsonTemplate);
    }
    let lang = Lang::or_english(&ctx.language);
    if format != ReportFormat::Html {
        return engine::render(ctx, lang, format, template);
    }
    // The appendix's rows are written by integra (see `appendix`): the built-in template then
    // needs no `questions`, the largest part of a report's values; other templates get them.
    let builtin =
        template.origin == TemplateOrigin::Builtin && template.name == templates::file_name(format);
    let rows = || {
        let rows = match ctx.detail {
            Detail::Full => appendix::question_rows(ctx, lang),
            Detail::Summary => tera::Value::from(BTreeMap::<String, String>::new()),
        };
        vec![("question_rows", rows)]
    };
    engine::render_with_values(
        &appendix::Values::of(ctx, !builtin),
        lang,
        format,
        template,
        rows,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_know_their_extensions() {
        for f in ReportFormat::ALL {
            assert_eq!(ReportFormat::from_extension(f.extension()), Some(f));
        }
        assert_eq!(
            ReportFormat::from_path(Path::new("out/Report.HTML")),
            Some(ReportFormat::Html)
        );
        assert_eq!(
            ReportFormat::from_path(Path::new("mine.txt.tera")),
            Some(ReportFormat::Text)
        );
        assert_eq!(ReportFormat::from_path(Path::new("report")), None);
        assert_eq!(
            ReportFormat::from_path(Path::new("report.docx")),
            Some(ReportFormat::Docx)
        );
        assert_eq!(ReportFormat::from_path(Path::new("report.doc")), None);
    }

    #[test]
    fn suggested_names_are_safe_slugs() {
        let mut sheet = AnswerSheet::default();
        assert_eq!(
            suggested_file_name(&sheet, ReportFormat::Markdown),
            "integra-report.md"
        );
        sheet.meta.programme = Some("Réseau / Harm-Reduction: Nairobi!".into());
        sheet.meta.date = Some("2025-03-14".into());
        assert_eq!(
            suggested_file_name(&sheet, ReportFormat::Html),
            "integra-report-r-seau-harm-reduction-nairobi-2025-03-14.html"
        );
        sheet.meta.programme = Some("../../etc/passwd".into());
        assert_eq!(
            suggested_file_name(&sheet, ReportFormat::Csv),
            "integra-report-etc-passwd-2025-03-14.csv"
        );
    }
}
