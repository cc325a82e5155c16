//! The .xlsx container: a zip of `SpreadsheetML` parts, written here as plain XML (what the
//! spreadsheet report needs is a few styles, text and number cells, column widths, row
//! heights, a frozen header row repeated on printed pages, landscape one page wide; a general
//! spreadsheet library weighed 0.4 MB of the binary for it).
//!
//! Text goes through the shared-strings table, never as a formula or an inline value a
//! spreadsheet might interpret. Characters XML 1.0 cannot hold are written as Excel's
//! `_xHHHH_` escapes, and a literal `_xHHHH_` in the text is protected the same way, so the
//! cell reads back as typed.
//!
//! Must not: know what the report says (sheets come in as cells) or write to disk.

use std::collections::HashMap;
use std::fmt::Write as _;

use super::rows::{row_height, row_lines};
use super::{Cell, Sheet};
use crate::report::ReportError;

const XML_HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const MAIN_NS: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";

/// Cell styles, by their index in `styles.xml`'s `cellXfs`.
const STYLE_HEAD: u8 = 1;
const STYLE_WRAP: u8 = 2;
const STYLE_NUMBER: u8 = 3;
const STYLE_WHOLE: u8 = 4;
const STYLE_PLAIN: u8 = 5;

/// Bold on a light blue fill, wrapped (headings); wrapped text at the top; "0.0" and "0"
/// numbers and plain numbers at the top.
const STYLES: &str = concat!(
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">",
    "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"0.0\"/>",
    "<numFmt numFmtId=\"165\" formatCode=\"0\"/></numFmts>",
    "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>",
    "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>",
    "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill>",
    "<fill><patternFill patternType=\"gray125\"/></fill>",
    "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFD9E2F3\"/><bgColor indexed=\"64\"/>",
    "</patternFill></fill></fills>",
    "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>",
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>",
    "<cellXfs count=\"6\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>",
    "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" ",
    "applyFill=\"1\" applyAlignment=\"1\"><alignment wrapText=\"1\"/></xf>",
    "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">",
    "<alignment vertical=\"top\" wrapText=\"1\"/></xf>",
    "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" ",
    "applyAlignment=\"1\"><alignment vertical=\"top\"/></xf>",
    "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" ",
    "applyAlignment=\"1\"><alignment vertical=\"top\"/></xf>",
    "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">",
    "<alignment vertical=\"top\"/></xf></cellXfs>",
    "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>",
    "<dxfs count=\"0\"/><tableStyles count=\"0\"/></styleSheet>"
);

/// The workbook `sheets` (each name already valid and distinct), titled `title`, as the
/// bytes of a .xlsx file.
pub fn write(title: &str, author: &str, sheets: &[Sheet]) -> Result<Vec<u8>, ReportError> {
    let mut strings = Strings::default();
    let bodies: Vec<String> = (0..)
        .zip(sheets)
        .map(|(i, s)| worksheet(s, i == 0, &mut strings))
        .collect();
    let mut parts: Vec<(String, String)> = vec![
        ("[Content_Types].xml".into(), content_types(sheets.len())),
        ("_rels/.rels".into(), package_rels()),
        ("docProps/core.xml".into(), core(title, author)),
        ("docProps/app.xml".into(), app()),
        ("xl/workbook.xml".into(), workbook(sheets)),
        (
            "xl/_rels/workbook.xml.rels".into(),
            workbook_rels(sheets.len()),
        ),
        ("xl/styles.xml".into(), format!("{XML_HEAD}{STYLES}")),
        ("xl/sharedStrings.xml".into(), strings.xml()),
    ];
    for (i, body) in (1..).zip(bodies) {
        parts.push((format!("xl/worksheets/sheet{i}.xml"), body));
    }
    crate::report::zipped::zipped(parts).map_err(built)
}

/// The zip writer's own words, inside integra's "cannot build the spreadsheet".
fn built(e: impl std::fmt::Display) -> ReportError {
    ReportError::XlsxBuild(e.to_string())
}

/// The shared-strings table: each distinct text once, cells refer to it by index.
#[derive(Default)]
struct Strings {
    index: HashMap<String, usize>,
    order: Vec<String>,
    uses: usize,
}

impl Strings {
    fn id(&mut self, text: &str) -> usize {
        self.uses += 1;
        if let Some(&i) = self.index.get(text) {
            return i;
        }
        let i = self.order.len();
        self.index.insert(text.to_owned(), i);
        self.order.push(text.to_owned());
        i
    }

    fn xml(&self) -> String {
        let mut out = format!(
            "{XML_HEAD}<sst xmlns=\"{MAIN_NS}\" count=\"{}\" uniqueCount=\"{}\">",
            self.uses,
            self.order.len()
        );
        for s in &self.order {
            // Spaces at either end are kept only when the text says so.
            let keep = s.starts_with(char::is_whitespace) || s.ends_with(char::is_whitespace);
            let space = if keep { " xml:space=\"preserve\"" } else { "" };
            let _ = write!(out, "<si><t{space}>{}</t></si>", escape(s));
        }
        out.push_str("</sst>");
        out
    }
}

fn worksheet(sheet: &Sheet, first: bool, strings: &mut Strings) -> String {
    let cols = sheet.columns.len().max(1);
    let rows = sheet.rows.len() + 1;
    let selected = if first { " tabSelected=\"1\"" } else { "" };
    let mut out = format!(
        "{XML_HEAD}<worksheet xmlns=\"{MAIN_NS}\" xmlns:r=\"{REL_NS}\">\
         <sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><dimension ref=\"A1:{}{rows}\"/>\
         <sheetViews><sheetView{selected} workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" \
         activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/></sheetView>\
         </sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>",
        column(cols - 1)
    );
    for (i, (_, width)) in (1..).zip(&sheet.columns) {
        let _ = write!(
            out,
            "<col min=\"{i}\" max=\"{i}\" width=\"{}\" customWidth=\"1\"/>",
            stored_width(*width)
        );
    }
    // Spreadsheets do not grow a row to fit wrapped text a program wrote (LibreOffice draws
    // it over the rows below), so each row is given the height its text needs.
    let widths: Vec<f64> = sheet.columns.iter().map(|(_, w)| *w).collect();
    let row_start = |out: &mut String, row: usize, cells: &[Cell]| {
        let lines = row_lines(cells, &widths);
        let _ = if lines > 1 {
            let ht = row_height(lines);
            write!(out, "<row r=\"{row}\" ht=\"{ht}\" customHeight=\"1\">")
        } else {
            write!(out, "<row r=\"{row}\">")
        };
    };
    out.push_str("</cols><sheetData>");
    let titles: Vec<Cell> = sheet.columns.iter().map(|(t, _)| Cell::text(t)).collect();
    row_start(&mut out, 1, &titles);
    for (col, (title, _)) in sheet.columns.iter().enumerate() {
        let _ = write!(
            out,
            "<c r=\"{}1\" s=\"{STYLE_HEAD}\" t=\"s\"><v>{}</v></c>",
            column(col),
            strings.id(title)
        );
    }
    out.push_str("</row>");
    for (row, cells) in (2..).zip(&sheet.rows) {
        row_start(&mut out, row, cells);
        for (col, cell) in cells.iter().enumerate() {
            let at = format!("{}{row}", column(col));
            let _ = match cell {
                Cell::Text(s) => {
                    let s: String = s.chars().take(super::MAX_CELL).collect();
                    write!(
                        out,
                        "<c r=\"{at}\" s=\"{STYLE_WRAP}\" t=\"s\"><v>{}</v></c>",
                        strings.id(&s)
                    )
                }
                Cell::Num(n) => number(&mut out, &at, STYLE_NUMBER, *n),
                Cell::Int(n) => number(&mut out, &at, STYLE_WHOLE, *n),
                Cell::Plain(n) => number(&mut out, &at, STYLE_PLAIN, *n),
                Cell::Empty => Ok(()),
            };
        }
        out.push_str("</row>");
    }
    out.push_str(
        "</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" \
         header=\"0.3\" footer=\"0.3\"/><pageSetup orientation=\"landscape\" fitToHeight=\"0\"/>\
         </worksheet>",
    );
    out
}

/// A number cell; a value a spreadsheet cannot hold (not finite) leaves the cell empty.
fn number(out: &mut String, at: &str, style: u8, n: f64) -> std::fmt::Result {
    if n.is_finite() {
        write!(out, "<c r=\"{at}\" s=\"{style}\"><v>{n}</v></c>")
    } else {
        Ok(())
    }
}

/// A column's letters from its 0-based index: A … Z, AA, AB, ….
fn column(mut index: usize) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(b'A' + u8::try_from(index % 26).unwrap_or(0));
        if index < 26 {
            break;
        }
        index = index / 26 - 1;
    }
    letters.iter().rev().map(|&b| char::from(b)).collect()
}

/// A width in characters as Excel stores it: widened by the cell padding (5 pixels at a
/// 7-pixel digit), to the nearest 1/256 below.
fn stored_width(chars: f64) -> f64 {
    if chars <= 0.0 {
        return 0.0;
    }
    ((chars * 7.0 + 5.0) / 7.0 * 256.0).floor() / 256.0
}

/// `text` for XML content or an attribute value: markup characters escaped, characters
/// XML 1.0 cannot hold as `_xHHHH_`, and a literal `_xHHHH_` protected (its `_` as
/// `_x005F_`) so that it reads back as written.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '_' if looks_escaped(&text[i..]) => out.push_str("_x005F_"),
            '\t' | '\n' | '\r' => out.push(c),
            c if u32::from(c) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {
                let _ = write!(out, "_x{:04X}_", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out
}

/// Whether `s` starts with `_xHHHH_`.
fn looks_escaped(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 7
        && b.starts_with(b"_x")
        && b[2..6].iter().all(u8::is_ascii_hexdigit)
        && b[6] == b'_'
}

fn content_types(sheets: usize) -> String {
    let ct = "application/vnd.openxmlformats-officedocument";
    let mut out = format!(
        "{XML_HEAD}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
         <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
         <Default Extension=\"xml\" ContentType=\"application/xml\"/>\
         <Override PartName=\"/docProps/app.xml\" ContentType=\"{ct}.extended-properties+xml\"/>\
         <Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>\
         <Override PartName=\"/xl/styles.xml\" ContentType=\"{ct}.spreadsheetml.styles+xml\"/>\
         <Override PartName=\"/xl/workbook.xml\" ContentType=\"{ct}.spreadsheetml.sheet.main+xml\"/>\
         <Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"{ct}.spreadsheetml.sharedStrings+xml\"/>"
    );
    for i in 1..=sheets {
        let _ = write!(
            out,
            "<Override PartName=\"/xl/worksheets/sheet{i}.xml\" ContentType=\"{ct}.spreadsheetml.worksheet+xml\"/>"
        );
    }
    out.push_str("</Types>");
    out
}

fn package_rels() -> String {
    format!(
        "{XML_HEAD}<Relationships xmlns=\"{PKG_REL_NS}\">\
         <Relationship Id=\"rId1\" Type=\"{REL_NS}/officeDocument\" Target=\"xl/workbook.xml\"/>\
         <Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>\
         <Relationship Id=\"rId3\" Type=\"{REL_NS}/extended-properties\" Target=\"docProps/app.xml\"/>\
         </Relationships>"
    )
}

fn core(title: &str, author: &str) -> String {
    format!(
        "{XML_HEAD}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
         <dc:title>{}</dc:title><dc:creator>{}</dc:creator><cp:lastModifiedBy>{}</cp:lastModifiedBy>\
         </cp:coreProperties>",
        escape(title),
        escape(author),
        escape(author)
    )
}

fn app() -> String {
    format!(
        "{XML_HEAD}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">\
         <Application>integra</Application><DocSecurity>0</DocSecurity></Properties>"
    )
}

fn workbook(sheets: &[Sheet]) -> String {
    let mut out = format!(
        "{XML_HEAD}<workbook xmlns=\"{MAIN_NS}\" xmlns:r=\"{REL_NS}\"><bookViews><workbookView/></bookViews><sheets>"
    );
    for (i, s) in (1..).zip(sheets) {
        let _ = write!(
            out,
            "<sheet name=\"{}\" sheetId=\"{i}\" r:id=\"rId{i}\"/>",
            escape(&s.name)
        );
    }
    // Each sheet's header row is printed at the top of every page.
    out.push_str("</sheets><definedNames>");
    for (i, s) in sheets.iter().enumerate() {
        let quoted = format!("'{}'!$1:$1", s.name.replace('\'', "''"));
        let _ = write!(
            out,
            "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"{i}\">{}</definedName>",
            escape(&quoted)
        );
    }
    out.push_str("</definedNames><calcPr calcId=\"124519\" fullCalcOnLoad=\"1\"/></workbook>");
    out
}

fn workbook_rels(sheets: usize) -> String {
    let mut out = format!("{XML_HEAD}<Relationships xmlns=\"{PKG_REL_NS}\">");
    for i in 1..=sheets {
        let _ = write!(
            out,
            "<Relationship Id=\"rId{i}\" Type=\"{REL_NS}/worksheet\" Target=\"worksheets/sheet{i}.xml\"/>"
        );
    }
    let _ = write!(
        out,
        "<Relationship Id=\"rId{}\" Type=\"{REL_NS}/styles\" Target=\"styles.xml\"/>\
         <Relationship Id=\"rId{}\" Type=\"{REL_NS}/sharedStrings\" Target=\"sharedStrings.xml\"/>\
         </Relationships>",
        sheets + 1,
        sheets + 2
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_lettered_as_a_spreadsheet_does() {
        let names: Vec<String> = [0, 1, 25, 26, 27, 51, 52, 701, 702, 16_383]
            .into_iter()
            .map(column)
            .collect();
        assert_eq!(
            names,
            ["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA", "XFD"]
        );
    }

    #[test]
    fn widths_are_stored_as_excel_stores_them() {
        assert!((stored_width(28.0) - 28.710_937_5).abs() < 1e-9);
        assert!((stored_width(100.0) - 100.710_937_5).abs() < 1e-9);
        assert!(stored_width(0.0).abs() < f64::EPSILON);
    }

    #[test]
    fn text_is_escaped_for_xml_and_reads_back_as_typed() {
        assert_eq!(escape("a<b & \"c\">"), "a&lt;b &amp; &quot;c&quot;&gt;");
        assert_eq!(escape("bell\u{7}"), "bell_x0007_");
        assert_eq!(escape("tab\tline\n"), "tab\tline\n");
        assert_eq!(escape("_x0041_ and _x41_"), "_x005F_x0041_ and _x41_");
    }
}
