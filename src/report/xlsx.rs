//! The spreadsheet (.xlsx) report: the same [`ReportContext`] the other formats show, one
//! sheet per table (Summary, Principles, Questions, Actions), for people who sort, filter
//! and chart the results themselves.
//!
//! Numbers are written as numbers, so they sum and sort; everything else is written as a
//! text cell, never a formula, whatever it starts with (a note reading `=SUM(A1)` stays
//! those eight characters). Question numbers such as "10.10" are text for the same reason a
//! spreadsheet would otherwise read them as 10.1. Each sheet's header row is frozen.
//!
//! Must not: write a formula or work out a figure of its own: every value comes from the
//! `ReportContext`.

use super::ReportError;
use super::context::ReportContext;
use super::docx::words::Words;

mod book;
mod rows;

/// The longest text a cell holds (Excel's limit); longer text is cut there.
const MAX_CELL: usize = 32_767;

/// One cell of a sheet.
#[derive(Debug, Clone, PartialEq)]
enum Cell {
    Text(String),
    Num(f64),
    /// A whole number (a count, a rank): shown without decimals.
    Int(f64),
    /// A number shown as it is (a weight: 1, 2, 0.5).
    Plain(f64),
    Empty,
}

impl Cell {
    fn text(s: &str) -> Self {
        Self::Text(s.to_owned())
    }

    fn opt_text(s: Option<&String>) -> Self {
        s.map_or(Self::Empty, |s| Self::text(s))
    }

    fn opt_num(n: Option<f64>) -> Self {
        n.map_or(Self::Empty, Self::Num)
    }

    #[allow(clippy::cast_precision_loss)] // counts of questions, far below 2^52
    fn count(n: usize) -> Self {
        Self::Int(n as f64)
    }
}

/// A sheet: its name, column headings with widths (in characters), and rows.
struct Sheet {
    name: String,
    columns: Vec<(String, f64)>,
    rows: Vec<Vec<Cell>>,
}

/// The report as the bytes of a .xlsx file.
pub fn render(ctx: &ReportContext) -> Result<Vec<u8>, ReportError> {
    let w = Words::new(&ctx.language);
    let mut sheets = [
        summary(ctx, w),
        principles(ctx, w),
        questions(ctx, w),
        actions(ctx, w),
    ];
    name_sheets(&mut sheets, w)?;
    book::write(&w.t("report-title"), crate::report::docx::AUTHOR, &sheets)
}

/// Each sheet's name made valid; an error (in the report's language) when two come out the
/// same, which a spreadsheet refuses, in any case.
fn name_sheets(sheets: &mut [Sheet], w: Words) -> Result<(), ReportError> {
    let mut seen: Vec<String> = Vec::new();
    for sheet in sheets {
        sheet.name = sheet_name(&sheet.name);
        let folded = sheet.name.to_lowercase();
        if seen.contains(&folded) {
            return Err(ReportError::XlsxBuild(w.with(
                "xlsx-duplicate-sheet",
                &[("name", sheet.name.as_str().into())],
            )));
        }
        seen.push(folded);
    }
    Ok(())
}

/// `name` made a valid sheet name: no `[]:*?/\`, not starting or ending with `'`, at most
/// 31 characters.
fn sheet_name(name: &str) -> String {
    let clean: String = name
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { ' ' } else { c })
        .take(31)
        .collect();
    let clean = clean.trim_matches('\'').trim().to_owned();
    if clean.is_empty() {
        "Sheet".to_owned()
    } else {
        clean
    }
}

/// The facts of the assessment, the overall result and coverage, then why the band is
/// what it is: one label and one value a row.
fn summary(ctx: &ReportContext, w: Words) -> Sheet {
    let a = &ctx.assessment;
    let o = &ctx.overall;
    let name = |v: &Option<String>| {
        if ctx.anonymous {
            Cell::Text(w.t("report-omitted"))
        } else {
            Cell::opt_text(v.as_ref())
        }
    };
    let fw = &ctx.framework;
    let mut rows = vec![
        vec![
            Cell::Text(w.t("ui-field-programme")),
            Cell::opt_text(a.programme.as_ref()),
        ],
        vec![
            Cell::Text(w.t("ui-field-site")),
            Cell::opt_text(a.site.as_ref()),
        ],
        vec![
            Cell::Text(w.t("ui-field-country")),
            Cell::opt_text(a.country.as_ref()),
        ],
        vec![
            Cell::Text(w.t("ui-field-date")),
            Cell::opt_text(a.date.as_ref()),
        ],
        vec![
            Cell::Text(w.t("ui-field-facilitator")),
            name(&a.facilitator),
        ],
        vec![
            Cell::Text(w.t("ui-field-participants")),
            name(&a.participants),
        ],
        vec![
            Cell::Text(w.t("ui-start-framework")),
            Cell::Text(format!("{} ({} {})", fw.title, fw.id, fw.version)),
        ],
        vec![
            Cell::Text(w.t("report-framework-hash")),
            Cell::text(&fw.hash),
        ],
        vec![
            Cell::Text(w.t("report-overall-score-row")),
            Cell::opt_num(o.score),
        ],
        vec![
            Cell::Text(w.t("report-readiness-row")),
            Cell::opt_text(o.band.as_ref().map(|b| &b.label)),
        ],
        vec![
            Cell::Text(w.t("xlsx-answered")),
            Cell::count(o.coverage.answered),
        ],
        vec![
            Cell::Text(w.t("xlsx-applicable")),
            Cell::count(o.coverage.applicable),
        ],
        vec![
            Cell::Text(w.t("xlsx-coverage-percent")),
            Cell::Num(o.coverage.percent),
        ],
    ];
    for limit in &ctx.verdict.limits {
        rows.push(vec![
            Cell::Text(w.t("verdict-heading")),
            Cell::text(&limit.text),
        ]);
    }
    if let Some(lift) = &ctx.verdict.lift {
        rows.push(vec![
            Cell::Text(w.t("verdict-heading")),
            Cell::text(&lift.text),
        ]);
    }
    Sheet {
        name: w.t("xlsx-sheet-summary"),
        columns: vec![(w.t("xlsx-col-item"), 28.0), (w.t("xlsx-col-value"), 100.0)],
        rows,
    }
}

/// One row per principle: number, title, score, share, weight and coverage.
fn principles(ctx: &ReportContext, w: Words) -> Sheet {
    let rows = ctx
        .principles
        .iter()
        .map(|p| {
            vec![
                Cell::count(p.number),
                Cell::text(&p.title),
                Cell::opt_num(p.score),
                Cell::Num(p.share),
                Cell::Plain(p.weight),
                Cell::count(p.coverage.answered),
                Cell::count(p.coverage.applicable),
            ]
        })
        .collect();
    Sheet {
        name: w.t("xlsx-sheet-principles"),
        columns: vec![
            ("#".to_owned(), 6.0),
            (w.t("report-col-principle"), 40.0),
            (w.t("report-col-score"), 10.0),
            (w.t("xlsx-col-share"), 12.0),
            (w.t("report-col-weight"), 10.0),
            (w.t("xlsx-answered"), 14.0),
            (w.t("xlsx-applicable"), 14.0),
        ],
        rows,
    }
}

/// One row per question, hidden ones included (their status says so).
fn questions(ctx: &ReportContext, w: Words) -> Sheet {
    let rows = ctx
        .questions
        .iter()
        .map(|q| {
            vec![
                Cell::text(&q.number),
                Cell::text(&q.principle_title),
                Cell::text(&q.text),
                Cell::opt_text(q.answer.as_ref()),
                Cell::opt_num(q.score),
                Cell::text(&q.status_label),
                Cell::Plain(q.weight),
                Cell::opt_text(q.note.as_ref()),
            ]
        })
        .collect();
    Sheet {
        name: w.t("xlsx-sheet-questions"),
        columns: vec![
            ("#".to_owned(), 7.0),
            (w.t("report-col-principle"), 22.0),
            (w.t("report-col-question"), 50.0),
            (w.t("report-col-answer"), 28.0),
            (w.t("report-col-score"), 9.0),
            (w.t("report-col-status"), 18.0),
            (w.t("report-col-weight"), 9.0),
            (w.t("xlsx-col-note"), 50.0),
        ],
        rows,
    }
}

/// The action plan, one row per action in rank order, with empty Owner and Due columns.
fn actions(ctx: &ReportContext, w: Words) -> Sheet {
    let mut items: Vec<_> = ctx
        .action_plan
        .iter()
        .flat_map(|g| g.actions.iter().map(move |a| (g, a)))
        .collect();
    items.sort_by_key(|(_, a)| a.rank);
    let rows = items
        .into_iter()
        .map(|(g, a)| {
            vec![
                Cell::count(a.rank),
                Cell::text(&g.principle_title),
                Cell::text(&a.number),
                Cell::text(&a.text),
                Cell::text(&a.answer),
                Cell::text(&a.recommendation),
                Cell::Num(a.score),
                Cell::Num(a.points),
            ]
        })
        .collect();
    Sheet {
        name: w.t("xlsx-sheet-actions"),
        columns: vec![
            (w.t("report-col-rank"), 7.0),
            (w.t("report-col-principle"), 22.0),
            ("#".to_owned(), 7.0),
            (w.t("report-col-question"), 40.0),
            (w.t("report-col-answer"), 22.0),
            (w.t("report-col-action"), 50.0),
            (w.t("report-col-score"), 9.0),
            (w.t("xlsx-col-points"), 12.0),
            (w.t("report-col-owner"), 18.0),
            (w.t("report-col-due"), 12.0),
        ],
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_sheets_of_one_name_are_refused_in_the_report_language() {
        let sheet = |name: &str| Sheet {
            name: name.into(),
            columns: Vec::new(),
            rows: Vec::new(),
        };
        let mut ok = [sheet("Synthèse"), sheet("Principes")];
        assert!(name_sheets(&mut ok, Words::new("fr")).is_ok());
        let mut same = [sheet("Synthèse"), sheet("a:b"), sheet("SYNTHÈSE")];
        let Err(ReportError::XlsxBuild(message)) = name_sheets(&mut same, Words::new("fr")) else {
            panic!("two sheets of one name accepted");
        };
        assert!(
            message.contains("deux feuilles s'appellent « SYNTHÈSE »"),
            "{message}"
        );
        assert_eq!(same[1].name, "a b");
    }

    #[test]
    fn sheet_names_are_made_valid() {
        assert_eq!(sheet_name("Résumé"), "Résumé");
        assert_eq!(sheet_name("a/b:c"), "a b c");
        assert_eq!(sheet_name("'x'"), "x");
        assert_eq!(sheet_name("[]"), "Sheet");
        assert_eq!(sheet_name(&"x".repeat(40)).chars().count(), 31);
    }
}
