//! The portfolio view: many sites' assessments against one framework, one row each, so a
//! country office sees every site at once.
//!
//! Each row is taken from that session's [`ReportContext`], so a site's figures here are the
//! figures of its own report. Rows are sorted by country, site, programme and date (case
//! ignored), so a reader finds a site where an index would put it; the summary gives each
//! principle's median and mean, and how many sessions reached each band (see `stats`).
//!
//! Must not: score or re-read sessions (each row comes from a finished [`ReportContext`]) or
//! write files (the command does).

use std::cmp::Ordering;
use std::path::Path;

use serde::Serialize;

use super::context::{CoverageInfo, ReportContext};
use super::templates::Template;
use super::{ReportError, ReportFormat, engine};
use crate::i18n::{self, Lang};

mod stats;

pub use stats::{BandCount, SHADES, Stat, Summary, stat};
use stats::{shade, shade_of, summary};

/// The portfolio's shape as templates see it (`schema_version` follows the report's rules).
pub const SCHEMA_VERSION: u32 = 1;

/// Everything the portfolio table shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Portfolio {
    pub schema_version: u32,
    pub generator: String,
    pub language: String,
    /// The framework every session was scored against (id, title, version, hash).
    pub framework: FrameworkRef,
    /// Plain-words cautions, e.g. sessions answered against another version.
    pub notes: Vec<String>,
    /// The scored principles (those with a share of the score), in framework order: the
    /// table's score columns. Context-only principles never have a score, so they get none.
    pub principles: Vec<PrincipleRef>,
    /// One row per session, sorted by country, site, programme and date.
    pub rows: Vec<Row>,
    pub summary: Summary,
    /// `--anonymous`: the output says names were left out (the table never holds them).
    pub anonymous: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FrameworkRef {
    pub id: String,
    pub title: String,
    pub version: String,
    pub hash: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PrincipleRef {
    pub id: String,
    pub number: usize,
    pub title: String,
}

/// One session's result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    /// The session file, as given on the command line.
    pub file: String,
    pub programme: Option<String>,
    pub site: Option<String>,
    pub country: Option<String>,
    pub date: Option<String>,
    /// The framework version the session recorded, if any.
    pub answered_version: Option<String>,
    pub coverage: CoverageInfo,
    /// 0–100, `null` when nothing scored was answered.
    pub score: Option<f64>,
    pub band: Option<String>,
    pub band_id: Option<String>,
    /// Whether failed gates hold the band below what the score alone reaches.
    pub capped: bool,
    /// Each principle's score, in the order of [`Portfolio::principles`].
    pub principles: Vec<Option<f64>>,
    /// The heatmap's shade of the overall result and of each principle's score: 0 (the
    /// lowest band) to [`SHADES`] − 1 (the highest); `null` with no score. The overall shade
    /// is the band reached (after gates), a principle's the band its score falls in.
    pub overall_shade: Option<usize>,
    pub shades: Vec<Option<usize>>,
    /// What names the session in the heatmap's column: its site, else programme, else file.
    pub name: String,
    /// The ids of the gates that failed.
    pub failed_gates: Vec<String>,
}

impl Portfolio {
    /// The portfolio of `sessions`: (file name, its report context), all scored against the
    /// same framework, the first one's.
    pub fn build(sessions: &[(String, ReportContext)]) -> Self {
        let first = sessions.first().map(|(_, c)| c);
        let framework = first.map_or_else(
            || FrameworkRef {
                id: String::new(),
                title: String::new(),
                version: String::new(),
                hash: String::new(),
            },
            |c| FrameworkRef {
                id: c.framework.id.clone(),
                title: c.framework.title.clone(),
                version: c.framework.version.clone(),
                hash: c.framework.hash.clone(),
            },
        );
        let principles: Vec<PrincipleRef> = first
            .map(|c| {
                c.principles
                    .iter()
                    .filter(|p| p.share > 0.0)
                    .map(|p| PrincipleRef {
                        id: p.id.clone(),
                        number: p.number,
                        title: p.title.clone(),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let mut rows: Vec<Row> = sessions.iter().map(|(f, c)| row(f, c)).collect();
        rows.sort_by(order);
        let summary = summary(&rows, principles.len(), first);
        let language = first.map_or_else(|| "en".into(), |c| c.language.clone());
        Self {
            schema_version: SCHEMA_VERSION,
            generator: format!("integra {}", env!("CARGO_PKG_VERSION")),
            language: language.clone(),
            notes: version_notes(&rows, &framework, Lang::or_english(&language)),
            framework,
            principles,
            rows,
            summary,
            anonymous: false,
        }
    }
}

fn row(file: &str, c: &ReportContext) -> Row {
    let a = &c.assessment;
    let scores: Vec<Option<f64>> = c
        .principles
        .iter()
        .filter(|p| p.share > 0.0)
        .map(|p| p.score)
        .collect();
    Row {
        name: a
            .site
            .clone()
            .or_else(|| a.programme.clone())
            .unwrap_or_else(|| file.to_owned()),
        overall_shade: c.overall.band.as_ref().and_then(|band| {
            let index = c.bands.iter().position(|b| b.id == band.id)?;
            Some(shade(index, c.bands.len()))
        }),
        shades: scores.iter().map(|s| shade_of(*s, &c.bands)).collect(),
        file: file.to_owned(),
        programme: a.programme.clone(),
        site: a.site.clone(),
        country: a.country.clone(),
        date: a.date.clone(),
        answered_version: c.framework.answered_version.clone(),
        coverage: c.overall.coverage,
        score: c.overall.score,
        band: c.overall.band.as_ref().map(|b| b.label.clone()),
        band_id: c.overall.band.as_ref().map(|b| b.id.clone()),
        capped: c.overall.capped,
        principles: scores,
        failed_gates: c.failed_gates.iter().map(|g| g.id.clone()).collect(),
    }
}

/// Country, site, programme, date, then file: missing values last, case ignored.
fn order(a: &Row, b: &Row) -> Ordering {
    let key = |r: &Row| {
        [&r.country, &r.site, &r.programme, &r.date].map(|v| v.as_deref().map(str::to_lowercase))
    };
    let (ka, kb) = (key(a), key(b));
    for (x, y) in ka.iter().zip(&kb) {
        let o = match (x, y) {
            (Some(x), Some(y)) => x.cmp(y),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        };
        if o != Ordering::Equal {
            return o;
        }
    }
    a.file.cmp(&b.file)
}

/// A note naming the sessions answered against a version other than the one used.
fn version_notes(rows: &[Row], fw: &FrameworkRef, lang: Lang) -> Vec<String> {
    let other: Vec<String> = rows
        .iter()
        .filter_map(|r| {
            let v = r.answered_version.as_deref()?;
            (v != fw.version).then(|| {
                let args = [("file", r.file.as_str().into()), ("version", v.into())];
                i18n::tr_args(lang, "agg-version-item", &args)
            })
        })
        .collect();
    if other.is_empty() {
        return Vec::new();
    }
    let args = [
        ("id", fw.id.as_str().into()),
        ("version", fw.version.as_str().into()),
        ("list", other.join(", ").into()),
    ];
    vec![i18n::tr_args(lang, "agg-version-note", &args)]
}

/// Renders the portfolio's medians, means and counts as a CSV of their own
/// (`aggregate-stats.csv.tera`), with `template` when given: the session CSV holds rows only.
pub fn render_stats(portfolio: &Portfolio, template: Option<&Path>) -> Result<String, ReportError> {
    let template = match template {
        Some(path) => Template::from_file(path)?,
        None => Template::resolve_named("aggregate-stats.csv.tera")?,
    };
    engine::render(
        portfolio,
        Lang::or_english(&portfolio.language),
        ReportFormat::Csv,
        &template,
    )
}

/// Renders `portfolio` as Markdown, HTML or CSV, with `template` when given, else
/// `aggregate.<ext>.tera` from the user's template folder or the built-in one.
pub fn render(
    portfolio: &Portfolio,
    format: ReportFormat,
    template: Option<&Path>,
) -> Result<String, ReportError> {
    if !matches!(
        format,
        ReportFormat::Markdown | ReportFormat::Html | ReportFormat::Csv
    ) {
        return Err(ReportError::Template {
            name: format!("aggregate.{}", format.extension()),
            message: crate::msg!("report-err-aggregate-format"),
            hint: None,
        });
    }
    let template = match template {
        Some(path) => Template::from_file(path)?,
        None => Template::resolve_named(&format!("aggregate.{}.tera", format.extension()))?,
    };
    engine::render(
        portfolio,
        Lang::or_english(&portfolio.language),
        format,
        &template,
    )
}
