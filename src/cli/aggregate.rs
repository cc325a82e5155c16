//! `integra aggregate SESSIONS...`: many sites' sessions of one framework in one table.
//!
//! Sessions of another framework are an error naming every such file (their scores measure
//! different things, so one table would mislead); a session answered against another version
//! of the same framework is scored against the version in use, and the output says so.
//! Every unreadable file is reported with its line and column before anything is written.
//!
//! Must not: score or describe a session itself (each row is its report context's, see
//! `report::aggregate`), or write anything before every file has been read.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::ValueEnum;

use super::{CliError, Outcome, refusal};
use crate::answers::{ParsedSheet, load_sheet};
use crate::diagnostic::{Msg, Problem};
use crate::framework::Framework;
use crate::i18n;
use crate::report::aggregate::{self, Portfolio};
use crate::report::{self, ReportContext, ReportFormat};
use crate::scoring::score;

/// The portfolio's formats, as named on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AggregateFormat {
    /// One Markdown table.
    Md,
    /// One self-contained HTML page (prints landscape).
    Html,
    /// One row per session, for spreadsheets.
    Csv,
}

impl From<AggregateFormat> for ReportFormat {
    fn from(f: AggregateFormat) -> Self {
        match f {
            AggregateFormat::Md => Self::Markdown,
            AggregateFormat::Html => Self::Html,
            AggregateFormat::Csv => Self::Csv,
        }
    }
}

/// What `integra aggregate` was asked for.
#[derive(Debug, Clone, Copy)]
pub struct Request<'a> {
    pub sessions: &'a [PathBuf],
    pub framework: Option<&'a str>,
    pub format: Option<AggregateFormat>,
    pub output: Option<&'a Path>,
    pub template: Option<&'a Path>,
    pub lang: Option<&'a str>,
    /// The language of integra's own words, chosen by `cli::run`.
    pub words: crate::i18n::Lang,
    pub anonymous: bool,
    /// CSV only: the medians, means and counts instead of one row per session.
    pub stats: bool,
    pub csv_locale: Option<super::report::CsvLocale>,
}

impl Request<'_> {
    fn format(&self) -> Result<ReportFormat, CliError> {
        if let Some(f) = self.format {
            return Ok(f.into());
        }
        let Some(path) = self.output else {
            return Ok(ReportFormat::Markdown);
        };
        match ReportFormat::from_path(path) {
            Some(f @ (ReportFormat::Markdown | ReportFormat::Html | ReportFormat::Csv)) => Ok(f),
            _ if path.extension().is_none() => Ok(ReportFormat::Markdown),
            _ => Err(refusal(
                crate::msg!(
                    "cli-aggregate-format-unknown",
                    path = path.display().to_string()
                ),
                crate::msg!("cli-aggregate-format-unknown-hint"),
            )),
        }
    }
}

pub fn run(req: &Request<'_>) -> Outcome {
    let format = req.format()?;
    for (asked, flag) in [
        (req.stats, "--stats"),
        (req.csv_locale.is_some(), "--csv-locale"),
    ] {
        if asked && format != ReportFormat::Csv {
            return Err(super::refusal(
                crate::msg!(
                    "cli-aggregate-csv-only",
                    flag = flag,
                    format = format.label()
                ),
                crate::msg!("cli-aggregate-csv-only-hint"),
            ));
        }
    }
    let portfolio = build(req)?;
    let text = if req.stats {
        aggregate::render_stats(&portfolio, req.template)
    } else {
        aggregate::render(&portfolio, format, req.template)
    }?;
    let text = match req.csv_locale {
        Some(c) => c.style(&portfolio.language).apply(&text).into_owned(),
        None => text,
    };
    if let Some(path) = req.output {
        report::write_private(path, &text)?;
        let lang = req.words;
        let args = [
            ("n", portfolio.rows.len().into()),
            ("path", path.display().to_string().into()),
        ];
        errln!("{}", i18n::tr_args(lang, "cli-wrote-portfolio", &args));
    } else {
        out!("{text}");
    }
    Ok(ExitCode::SUCCESS)
}

/// Reads, checks and scores every session; all problems are reported together.
pub fn build(req: &Request<'_>) -> Result<Portfolio, CliError> {
    let mut problems: Vec<CliError> = Vec::new();
    let mut parsed: Vec<(&PathBuf, ParsedSheet)> = Vec::new();
    for path in req.sessions {
        match load_sheet(path) {
            Ok(p) => parsed.push((path, p)),
            Err(e) => problems.push(e.into()),
        }
    }
    let fw = match (req.framework, parsed.first()) {
        (_, None) if !problems.is_empty() => return Err(problems.into()),
        (None, None) => return Err(crate::msg!("cli-aggregate-no-sessions").into()),
        (Some(spec), _) => crate::framework::catalog::resolve(spec)?,
        (None, Some((_, first))) => first.framework(None)?,
    };
    let others: Vec<Msg> = parsed
        .iter()
        .filter(|(_, p)| p.framework_id() != fw.id)
        .map(|(path, p)| {
            let item = crate::msg!(
                "cli-aggregate-other-item",
                path = path.display().to_string(),
                id = p.framework_id()
            );
            Msg::each(|lang| format!("  {}", item.render(lang)))
        })
        .collect();
    if !others.is_empty() {
        let mut problem = Problem::new(crate::msg!(
            "cli-aggregate-other-frameworks",
            id = fw.id.as_str()
        ))
        .with_hint(crate::msg!("cli-aggregate-other-frameworks-hint"));
        problem.detail = others;
        problems.push(problem.into());
    }
    let contexts = contexts(&fw, parsed, req, &mut problems);
    if !problems.is_empty() {
        return Err(problems.into());
    }
    let mut portfolio = Portfolio::build(&contexts);
    portfolio.anonymous = req.anonymous;
    Ok(portfolio)
}

/// Each session of framework `fw` checked against it, scored, and described, with the name
/// the table shows for it (see [`shown_name`]).
fn contexts(
    fw: &Framework,
    parsed: Vec<(&PathBuf, ParsedSheet)>,
    req: &Request<'_>,
    problems: &mut Vec<CliError>,
) -> Vec<(String, ReportContext)> {
    let lang = req.lang;
    let mut out = Vec::new();
    // One language for the whole table: asked for, else the first session's, else English.
    let mut lang = lang.map(str::to_owned);
    for (at, (path, p)) in parsed.into_iter().enumerate() {
        if p.framework_id() != fw.id {
            continue;
        }
        match p.against(fw) {
            Ok(sheet) => {
                let lang = lang
                    .get_or_insert_with(|| sheet.language.clone().unwrap_or_else(|| "en".into()));
                let card = score(fw, &sheet.answers, lang);
                let ctx = ReportContext::build(fw, &sheet, &card);
                out.push((shown_name(path, at, req.anonymous), ctx));
            }
            Err(e) => problems.push(e.into()),
        }
    }
    out
}

/// How a session file is named in the table, which is shared: its file name only (a folder
/// can hold the user's name), or with `--anonymous` only its place on the command line
/// (`#2`), since file names often name the site.
fn shown_name(path: &Path, at: usize, anonymous: bool) -> String {
    if anonymous {
        return format!("#{}", at + 1);
    }
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}
