//! The spreadsheet report: one sheet per table, typed numbers, frozen header rows, text that
//! stays text (never a formula), and a private file picked by the `.xlsx` extension.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::support::report_fixture as support;

use integra::report::{self, ReportContext, ReportFormat};
use support::{SESSION, fixture};

fn context(lang: &str) -> ReportContext {
    let (fw, sheet, card) = fixture(SESSION, lang);
    ReportContext::build(&fw, &sheet, &card)
}

fn xlsx(ctx: &ReportContext) -> Vec<u8> {
    report::render_bytes(ctx, ReportFormat::Xlsx, None).unwrap()
}

fn is(node: roxmltree::Node, tag: &str) -> bool {
    node.tag_name().name() == tag
}

fn attr<'a>(node: roxmltree::Node<'a, '_>, name: &str) -> Option<&'a str> {
    node.attributes()
        .find(|a| a.name() == name)
        .map(|a| a.value())
}

/// The workbook's sheet names, in order.
fn sheet_names(bytes: &[u8]) -> Vec<String> {
    let xml = support::zip_part(bytes, "xl/workbook.xml");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    doc.descendants()
        .filter(|n| is(*n, "sheet"))
        .map(|n| attr(n, "name").unwrap().to_owned())
        .collect()
}

/// A cell as the sheet holds it: its type (`n` for a number, `s` for shared text, `str`
/// for a formula's text) and its value, shared text looked up.
#[derive(Debug, PartialEq)]
struct Cell {
    kind: String,
    value: String,
    formula: bool,
}

/// Every cell of sheet `n` (1-based), by reference (`B9`).
fn cells(bytes: &[u8], n: usize) -> Vec<(String, Cell)> {
    let shared_xml = support::zip_part(bytes, "xl/sharedStrings.xml");
    let shared_doc = roxmltree::Document::parse(&shared_xml).unwrap();
    let shared: Vec<String> = shared_doc
        .descendants()
        .filter(|n| is(*n, "si"))
        .map(|si| {
            si.descendants()
                .filter(|t| is(*t, "t"))
                .filter_map(|t| t.text())
                .collect()
        })
        .collect();
    let xml = support::zip_part(bytes, &format!("xl/worksheets/sheet{n}.xml"));
    let doc = roxmltree::Document::parse(&xml).unwrap();
    doc.descendants()
        .filter(|c| is(*c, "c"))
        .map(|c| {
            let kind = attr(c, "t").unwrap_or("n").to_owned();
            let raw = c
                .descendants()
                .find(|v| is(*v, "v"))
                .and_then(|v| v.text())
                .unwrap_or("")
                .to_owned();
            let value = if kind == "s" {
                shared[raw.parse::<usize>().unwrap()].clone()
            } else {
                raw
            };
            let formula = c.descendants().any(|f| is(f, "f"));
            (
                attr(c, "r").unwrap().to_owned(),
                Cell {
                    kind,
                    value,
                    formula,
                },
            )
        })
        .collect()
}

fn find<'a>(cells: &'a [(String, Cell)], value: &str) -> &'a (String, Cell) {
    cells
        .iter()
        .find(|(_, c)| c.value == value)
        .unwrap_or_else(|| panic!("no cell '{value}': {cells:?}"))
}

#[test]
fn one_sheet_per_table_in_the_report_language() {
    let bytes = xlsx(&context("en"));
    assert_eq!(
        sheet_names(&bytes),
        ["Summary", "Principles", "Questions", "Actions"]
    );
    assert_eq!(
        sheet_names(&xlsx(&context("fr"))),
        ["Synthèse", "Principes", "Questions", "Actions"]
    );
}

#[test]
fn numbers_are_numbers_and_question_numbers_text() {
    let bytes = xlsx(&context("en"));
    let summary = cells(&bytes, 1);
    let (score_ref, _) = find(&summary, "Overall score");
    let row = &score_ref[1..];
    let score = &summary
        .iter()
        .find(|(r, _)| *r == format!("B{row}"))
        .unwrap()
        .1;
    assert_eq!(score.kind, "n", "the overall score is a number");
    assert!(
        (score.value.parse::<f64>().unwrap() - 73.333).abs() < 0.01,
        "{score:?}"
    );
    let questions = cells(&bytes, 3);
    let (_, number) = find(&questions, "2.1");
    assert_eq!(number.kind, "s", "a question number is text");
    // A question's score is a number (2.1 is answered "Starting", 50 points).
    let (r, _) = find(&questions, "Are referrals followed up?");
    let row = &r[1..];
    let s = &questions
        .iter()
        .find(|(x, _)| *x == format!("E{row}"))
        .unwrap()
        .1;
    assert_eq!((s.kind.as_str(), s.value.as_str()), ("n", "50"));
}

#[test]
fn every_sheet_freezes_its_header_row() {
    let bytes = xlsx(&context("en"));
    for n in 1..=4 {
        let xml = support::zip_part(&bytes, &format!("xl/worksheets/sheet{n}.xml"));
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let pane = doc
            .descendants()
            .find(|p| is(*p, "pane"))
            .unwrap_or_else(|| panic!("sheet {n} has no pane"));
        assert_eq!(attr(pane, "state"), Some("frozen"), "sheet {n}");
        assert_eq!(attr(pane, "ySplit"), Some("1"), "sheet {n}");
        assert!(xml.contains("<col "), "sheet {n} sets column widths");
    }
}

/// The height set on each row of sheet `n` (1-based), by row number; rows left at the default
/// height are absent.
fn row_heights(bytes: &[u8], n: usize) -> std::collections::BTreeMap<u32, f64> {
    let xml = support::zip_part(bytes, &format!("xl/worksheets/sheet{n}.xml"));
    let doc = roxmltree::Document::parse(&xml).unwrap();
    doc.descendants()
        .filter(|r| is(*r, "row") && attr(*r, "customHeight") == Some("1"))
        .map(|r| {
            let row = attr(r, "r").unwrap().parse().unwrap();
            (row, attr(r, "ht").unwrap().parse().unwrap())
        })
        .collect()
}

/// LibreOffice draws wrapped text a program wrote over the rows below unless the row is
/// given its height: long text gets the lines it needs, short text keeps the default.
#[test]
fn rows_are_as_tall_as_their_wrapped_text() {
    let mut ctx = context("en");
    ctx.assessment.participants = Some("A. Person, ".repeat(30));
    ctx.assessment.site = Some("one\ntwo\nthree".into());
    let bytes = xlsx(&ctx);
    let summary = cells(&bytes, 1);
    let row_of = |value: &str| -> u32 {
        let (r, _) = find(&summary, value);
        r.trim_start_matches(char::is_alphabetic).parse().unwrap()
    };
    let heights = row_heights(&bytes, 1);
    // 330 characters in a column 100 wide (110 letters a line, ten names): three lines at 15
    // points.
    let participants = row_of(&"A. Person, ".repeat(30));
    assert_eq!(heights.get(&participants), Some(&45.0), "{heights:?}");
    // Line breaks count as lines.
    assert_eq!(heights.get(&row_of("one\ntwo\nthree")), Some(&45.0));
    // One line: the default height.
    assert_eq!(heights.get(&row_of("Harm Reduction Network")), None);
    // Column titles wrap too: "Applicable questions" in a column 14 wide.
    let principles = row_heights(&bytes, 2);
    assert_eq!(principles.get(&1), Some(&30.0), "{principles:?}");
    // Printed one page wide, landscape, the header row on every page.
    for n in 1..=4 {
        let xml = support::zip_part(&bytes, &format!("xl/worksheets/sheet{n}.xml"));
        assert!(xml.contains("orientation=\"landscape\""), "sheet {n}");
        // One page wide (the default `fitToWidth`), as many pages down as needed.
        assert!(xml.contains("fitToPage=\"1\""), "sheet {n}");
        assert!(xml.contains("fitToHeight=\"0\""), "sheet {n}");
        assert!(!xml.contains("fitToWidth=") || xml.contains("fitToWidth=\"1\""));
    }
    let book = support::zip_part(&bytes, "xl/workbook.xml");
    assert_eq!(book.matches("_xlnm.Print_Titles").count(), 4, "{book}");
}

#[test]
fn hostile_text_is_stored_as_text_never_a_formula() {
    let mut ctx = context("en");
    ctx.questions[0].note = Some("=SUM(A1)".to_owned());
    ctx.assessment.programme = Some("@cmd|' /C calc'!A0".to_owned());
    let bytes = xlsx(&ctx);
    for n in 1..=4 {
        assert!(
            cells(&bytes, n).iter().all(|(_, c)| !c.formula),
            "sheet {n}"
        );
    }
    let questions = cells(&bytes, 3);
    assert_eq!(find(&questions, "=SUM(A1)").1.kind, "s");
    let summary = cells(&bytes, 1);
    assert_eq!(find(&summary, "@cmd|' /C calc'!A0").1.kind, "s");
}

#[test]
fn xlsx_cannot_be_text_or_templated() {
    let ctx = context("en");
    let err = report::render_context(&ctx, ReportFormat::Xlsx, None).unwrap_err();
    assert!(err.to_string().contains("-o report.xlsx"), "{err}");
    let tera = std::path::Path::new("x.tera");
    let err = report::render_bytes(&ctx, ReportFormat::Xlsx, Some(tera)).unwrap_err();
    assert!(err.to_string().contains("not templated"), "{err}");
}

#[cfg(unix)]
#[test]
fn cli_picks_xlsx_from_the_extension_and_writes_it_privately() {
    use std::os::unix::fs::PermissionsExt as _;
    use std::process::Command;
    let dir = tempfile::tempdir().unwrap();
    for (path, extra) in [
        (dir.path().join("r.xlsx"), &[][..]),
        (dir.path().join("r.out"), &["--format", "xlsx"][..]),
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_integra"))
            .env_remove("LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .args(["report", SESSION, "--framework", support::FRAMEWORK, "-o"])
            .arg(&path)
            .args(extra)
            .env("XDG_CONFIG_HOME", dir.path())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "mode {mode:o}");
        let bytes = std::fs::read(&path).unwrap();
        assert_eq!(sheet_names(&bytes)[0], "Summary", "{}", path.display());
    }
}

#[test]
fn csv_question_numbers_stay_text_in_a_spreadsheet() {
    let csv = report::render_context(&context("en"), ReportFormat::Csv, None).unwrap();
    assert!(csv.contains("\nq1.1,") && csv.contains("\nq2.2,"), "{csv}");
    // No row starts with a bare number a spreadsheet would read as a decimal. (A note's
    // second line is no row, and starts with a letter in the fixture.)
    let bare = csv
        .lines()
        .find(|l| l.starts_with(|c: char| c.is_ascii_digit()));
    assert_eq!(bare, None, "{csv}");
}

#[cfg(unix)]
#[test]
fn wizard_export_offers_and_writes_a_private_spreadsheet() {
    use std::os::unix::fs::PermissionsExt as _;
    let offered = integra::tui::export::formats();
    let tick = offered
        .iter()
        .find(|c| c.format == ReportFormat::Xlsx)
        .expect("the export screen lists the spreadsheet");
    assert!(!tick.default, "not ticked at first, like Word");
    let (dir, written) = support::wizard_export(ReportFormat::Xlsx);
    let file = dir.path().join("visit-report.xlsx");
    assert_eq!(written, file);
    assert_eq!(sheet_names(&std::fs::read(&file).unwrap())[0], "Summary");
    let mode = std::fs::metadata(&file).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "mode {mode:o}");
}

/// integra writes the package itself (src/report/xlsx/book.rs): every part is well-formed
/// XML, has a content type, and is reached from the package's relationships; the heading
/// style is bold on a fill and the number formats are the report's.
#[test]
fn the_package_is_whole_and_every_part_is_typed_and_reachable() {
    use std::io::Read as _;
    let bytes = xlsx(&context("ru"));
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&bytes[..])).unwrap();
    let names: Vec<String> = zip.file_names().map(str::to_owned).collect();
    let types = support::zip_part(&bytes, "[Content_Types].xml");
    let rels = support::zip_part(&bytes, "_rels/.rels")
        + &support::zip_part(&bytes, "xl/_rels/workbook.xml.rels");
    for name in &names {
        let mut xml = String::new();
        zip.by_name(name).unwrap().read_to_string(&mut xml).unwrap();
        roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{name}: {e}"));
        if name.contains("_rels/") || name == "[Content_Types].xml" {
            continue;
        }
        assert!(
            types.contains(&format!("PartName=\"/{name}\"")),
            "{name} has no type"
        );
        let target = name.strip_prefix("xl/").unwrap_or(name);
        let reached = [name.as_str(), target]
            .iter()
            .any(|t| rels.contains(&format!("Target=\"{t}\"")));
        assert!(reached, "{name} is not reached");
    }
    assert_eq!(
        names
            .iter()
            .filter(|n| n.starts_with("xl/worksheets/"))
            .count(),
        4
    );
    let styles = support::zip_part(&bytes, "xl/styles.xml");
    assert!(
        styles.contains("<b/>") && styles.contains("FFD9E2F3"),
        "{styles}"
    );
    assert!(styles.contains("formatCode=\"0.0\"") && styles.contains("formatCode=\"0\""));
    let core = support::zip_part(&bytes, "docProps/core.xml");
    assert!(core.contains("<dc:creator>integra</dc:creator>"), "{core}");
}
