//! `integra report ANSWERS.toml`: a report in Markdown, HTML, plain text, JSON or CSV, printed
//! or written (privately and atomically) to a file.
//!
//! Must not: word or lay out the report (that is `report`'s) or write a file other than privately
//! and atomically.

use std::io::{IsTerminal as _, Write as _};
use std::path::Path;
use std::process::ExitCode;

use clap::ValueEnum;

use super::{CliError, Outcome, refusal};
use crate::answers::load_sheet;
use crate::i18n;
use crate::report::csv_locale::CsvStyle;
use crate::report::{self, Detail, ReportContext, ReportFormat};
use crate::scoring::score;

/// The report formats, as named on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// Markdown: reads as plain text and renders on Git forges.
    Md,
    /// One self-contained HTML page (prints to A4).
    Html,
    /// Plain text within 80 columns.
    Txt,
    /// The report data as JSON (see docs/report-json.md).
    Json,
    /// One row per question.
    Csv,
    /// A Word document to edit and share (needs -o FILE, or standard output sent to a file).
    Docx,
    /// A spreadsheet, one sheet per table (needs -o FILE, or standard output sent to a file).
    Xlsx,
}

impl From<FormatArg> for ReportFormat {
    fn from(f: FormatArg) -> Self {
        match f {
            FormatArg::Md => Self::Markdown,
            FormatArg::Html => Self::Html,
            FormatArg::Txt => Self::Text,
            FormatArg::Json => Self::Json,
            FormatArg::Csv => Self::Csv,
            FormatArg::Docx => Self::Docx,
            FormatArg::Xlsx => Self::Xlsx,
        }
    }
}

/// What one CSV row stands for (`--by`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum By {
    /// One row per question.
    Question,
    /// One row per principle: share, score, band, counts, gates.
    Principle,
}

/// How much of the report to show (`--detail`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DetailArg {
    /// Everything, with the question-by-question appendix.
    Full,
    /// The page-one summary and principle detail, without the question-by-question appendix.
    Summary,
}

impl From<DetailArg> for Detail {
    fn from(d: DetailArg) -> Self {
        match d {
            DetailArg::Full => Self::Full,
            DetailArg::Summary => Self::Summary,
        }
    }
}

/// Which spreadsheets a CSV is written for (`--csv-locale`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CsvLocale {
    /// The report's language (decimal comma for fr, es and ru).
    Auto,
    /// `,` between fields and a decimal point.
    En,
    /// `;` between fields and a decimal comma.
    Fr,
    /// `;` between fields and a decimal comma.
    Es,
    /// `;` between fields and a decimal comma.
    Ru,
}

impl CsvLocale {
    /// The CSV style for this choice, `lang` being the report's language.
    pub fn style(self, lang: &str) -> CsvStyle {
        match self {
            Self::Auto => CsvStyle::for_lang(lang),
            Self::En => CsvStyle::Point,
            Self::Fr | Self::Es | Self::Ru => CsvStyle::Comma,
        }
    }
}

/// What `integra report` was asked for.
#[derive(Debug, Clone, Copy)]
pub struct Request<'a> {
    pub answers: &'a Path,
    pub framework: Option<&'a str>,
    pub format: Option<FormatArg>,
    pub template: Option<&'a Path>,
    pub output: Option<&'a Path>,
    pub lang: Option<&'a str>,
    /// The language of integra's own words, chosen by `cli::run`.
    pub words: crate::i18n::Lang,
    /// An earlier answers file to compare with.
    pub compare: Option<&'a Path>,
    /// Leave the facilitator's and participants' names out.
    pub anonymous: bool,
    pub by: Option<By>,
    pub detail: Option<DetailArg>,
    pub csv_locale: Option<CsvLocale>,
}

impl Request<'_> {
    /// `--format`, else what the output file's or template's name implies, else Markdown.
    /// An output file whose extension names no format is an error rather than a guess.
    pub fn format(&self) -> Result<ReportFormat, CliError> {
        if let Some(f) = self.format {
            return Ok(f.into());
        }
        if let Some(path) = self.output {
            if let Some(format) = ReportFormat::from_path(path) {
                return Ok(format);
            }
            if let Some(ext) = path.extension() {
                return Err(refusal(
                    crate::msg!(
                        "cli-report-format-unknown",
                        ext = ext.to_string_lossy().into_owned(),
                        path = path.display().to_string()
                    ),
                    crate::msg!("cli-report-format-unknown-hint"),
                ));
            }
        }
        Ok(self
            .template
            .and_then(ReportFormat::from_path)
            .unwrap_or(ReportFormat::Markdown))
    }
}

pub fn run(req: &Request<'_>) -> Outcome {
    // Notes on the way are told in the reader's language (errors by `cli::run`).
    let words = req.words;
    let parsed = load_sheet(req.answers)?;
    let found = parsed.find_framework(req.framework)?;
    super::score::say_which_copy(&found, words);
    let fw = found.framework;
    // A workshop session's votes are reported beside its answers; a vote that no longer
    // fits the framework is left out of the report, and the reader is told which.
    let (workshop, dropped) = crate::session::workshop::file::read(parsed.session(), &fw);
    if !dropped.is_empty() {
        let args = [
            ("path", req.answers.display().to_string().into()),
            ("n", dropped.len().into()),
        ];
        errln!(
            "{}",
            i18n::tr_args(words, "cli-report-votes-left-out", &args)
        );
        for d in &dropped {
            errln!("  - {}", d.message_in(words));
        }
    }
    let sheet = parsed.against(&fw)?;
    let lang = req.lang.or(sheet.language.as_deref()).unwrap_or("en");
    let card = score(&fw, &sheet.answers, lang);
    let format = req.format()?;
    let mut ctx = ReportContext::build(&fw, &sheet, &card).with_workshop(&fw, &workshop);
    if let Some(earlier) = req.compare {
        let before = load_sheet(earlier)?;
        let own = super::revisions::baseline_revision(&before, &fw, earlier, words);
        let base = own.as_ref().unwrap_or(&fw);
        let before = before.against(base)?;
        let before_card = score(base, &before.answers, lang);
        let renamed: Vec<(String, String)> = fw
            .questions()
            .filter_map(|q| Some((q.renamed_from.clone()?, q.id.clone())))
            .collect();
        ctx = ctx.compared_across(base, &renamed, &before, &before_card);
        if let (Some(own), Some(c)) = (&own, ctx.comparison.as_mut()) {
            let args = [
                ("was", own.version.as_str().into()),
                ("now", fw.version.as_str().into()),
            ];
            c.caution = Some(i18n::tr_args(
                i18n::Lang::or_english(lang),
                "report-earlier-own-version",
                &args,
            ));
        }
    }
    if req.anonymous {
        ctx = ctx.anonymised();
    }
    if let Some(detail) = req.detail {
        if !matches!(
            format,
            ReportFormat::Markdown | ReportFormat::Html | ReportFormat::Text | ReportFormat::Docx
        ) {
            return Err(refusal(
                crate::msg!("cli-report-detail-format", format = format.label()),
                crate::msg!("cli-report-detail-format-hint"),
            ));
        }
        ctx = ctx.with_detail(detail.into());
    }
    let csv = req.csv_locale.map(|c| c.style(lang));
    if csv.is_some() && format != ReportFormat::Csv {
        return Err(refusal(
            crate::msg!("cli-report-csv-locale-format", format = format.label()),
            crate::msg!("cli-report-csv-locale-format-hint"),
        ));
    }
    let csv = csv.unwrap_or_default();
    if req.by == Some(By::Principle) {
        if format != ReportFormat::Csv {
            return Err(refusal(
                crate::msg!("cli-report-by-principle", format = format.label()),
                crate::msg!("cli-report-by-principle-hint"),
            ));
        }
        let text = report::by_principle::render(&ctx, req.template)?;
        return emit(req, csv.apply(&text).as_bytes(), "ui-format-csv-principle");
    }
    if format.is_binary() && req.output.is_none() && std::io::stdout().is_terminal() {
        return Err(refusal(
            crate::msg!("cli-report-binary"),
            crate::msg!("cli-report-binary-hint"),
        ));
    }
    // The framework, answers and scores are freed before the template's copy of the report's
    // values is made, which then takes the same memory: for 2,000 questions 700 fewer pages
    // asked of the system (2.5 ms where each costs 3.5 µs) for about 1.1 ms of freeing
    // (docs/performance.md, "Eleventh pass").
    drop((fw, sheet, card, workshop));
    let done = render_and_emit(req, &ctx, format, csv);
    // The report itself is left for the system to reclaim with the process.
    std::mem::forget(ctx);
    done
}

/// Renders `ctx` in `format` (CSV with `csv`'s separators) and writes it where asked.
fn render_and_emit(
    req: &Request<'_>,
    ctx: &ReportContext,
    format: ReportFormat,
    csv: CsvStyle,
) -> Outcome {
    let mut bytes = report::render_bytes(ctx, format, req.template)?;
    if format == ReportFormat::Csv && csv == CsvStyle::Comma {
        bytes = csv
            .apply(&String::from_utf8_lossy(&bytes))
            .into_owned()
            .into_bytes();
    }
    let done = emit(req, &bytes, &format!("ui-format-{}", format.extension()));
    std::mem::forget(bytes);
    done
}

/// Writes the report to `--output` (privately) or to standard output; `label` is the
/// catalogue key of the format's name, for the message saying where it went.
fn emit(req: &Request<'_>, bytes: &[u8], label: &str) -> Outcome {
    if let Some(path) = req.output {
        let lang = req.words;
        report::write_private(path, bytes)?;
        let what = i18n::tr(lang, label);
        let path = path.display().to_string();
        let args = [("format", what.into()), ("path", path.into())];
        errln!("{}", i18n::tr_args(lang, "cli-wrote-report", &args));
    } else {
        let _ = std::io::stdout().lock().write_all(bytes);
    }
    Ok(ExitCode::SUCCESS)
}
