//! The building blocks of the Word report: headings, paragraphs, list items and tables, with
//! text made safe for XML on the way in.
//!
//! docx-rs escapes `<`, `&` and quotes, but XML 1.0 cannot hold most control characters at
//! all, escaped or not: [`runs`] drops them, so a note pasted from anywhere still gives a file
//! Word opens. Line breaks in a note become line breaks in the document.

use docx_rs::{
    AlignmentType, BorderType, BreakType, HeightRule, Paragraph, Run, Shading, SpecialIndentType,
    Table, TableBorder, TableBorderPosition, TableBorders, TableCell, TableCellMargins, TableRow,
    WidthType,
};

use super::package::HEADER_ROW_HEIGHT;

/// Fill colour of a table's header row.
const HEADER_FILL: &str = "D9E2F3";
/// Colour of every table's rules: one light blue-grey, so all tables look alike.
const RULE: &str = "8EAADB";
/// A table's width: the whole text width (5000 fiftieths of a per cent).
pub const FULL_WIDTH: usize = 5000;

/// The paragraph style ids the report uses (defined in [`super::styles`]).
pub const TITLE: &str = "Title";
pub const HEADING_1: &str = "Heading1";
pub const HEADING_2: &str = "Heading2";

/// One block of the document body, in reading order.
#[derive(Debug)]
pub enum Block {
    Para(Box<Paragraph>),
    Table(Box<Table>),
}

impl From<Paragraph> for Block {
    fn from(p: Paragraph) -> Self {
        Self::Para(Box::new(p))
    }
}

impl From<Table> for Block {
    fn from(t: Table) -> Self {
        Self::Table(Box::new(t))
    }
}

/// `text` as runs: control characters dropped, each line break a break, tabs as tabs.
pub fn runs(text: &str, bold: bool) -> Vec<Run> {
    let clean: String = text
        .replace("\r\n", "\n")
        .chars()
        .map(|c| if c == '\r' { '\n' } else { c })
        .filter(|&c| c == '\n' || c == '\t' || !c.is_control())
        .collect();
    let mut out = Vec::new();
    for (i, line) in clean.split('\n').enumerate() {
        let mut run = Run::new();
        if i > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        for (j, part) in line.split('\t').enumerate() {
            if j > 0 {
                run = run.add_tab();
            }
            if !part.is_empty() {
                run = run.add_text(part);
            }
        }
        if bold {
            run = run.bold();
        }
        out.push(run);
    }
    out
}

/// A paragraph of `text`.
pub fn para(text: &str) -> Paragraph {
    add_runs(Paragraph::new(), text, false)
}

/// A paragraph: `lead` in bold, then `text`.
pub fn lead_para(lead: &str, text: &str) -> Paragraph {
    add_runs(add_runs(Paragraph::new(), lead, true), text, false)
}

/// A paragraph in bold.
pub fn bold_para(text: &str) -> Paragraph {
    add_runs(Paragraph::new(), text, true)
}

/// A heading (`level` 1 or 2; anything deeper is a level 2), shown in Word's navigation pane.
pub fn heading(level: usize, text: &str) -> Paragraph {
    let style = if level <= 1 { HEADING_1 } else { HEADING_2 };
    add_runs(Paragraph::new().style(style), text, false).keep_next(true)
}

/// A list item: a bullet and a hanging indent, so wrapped lines align with the text.
pub fn item(lead: &str, text: &str) -> Paragraph {
    let p = Paragraph::new()
        .indent(Some(360), Some(SpecialIndentType::Hanging(360)), None, None)
        .add_run(Run::new().add_text("\u{2022}").add_tab());
    add_runs(add_runs(p, lead, true), text, false)
}

pub fn add_runs(mut p: Paragraph, text: &str, bold: bool) -> Paragraph {
    for run in runs(text, bold) {
        p = p.add_run(run);
    }
    p
}

/// A cell holding `text`, `width` twentieths of a point wide.
pub fn cell(text: &str, width: usize) -> TableCell {
    TableCell::new()
        .add_paragraph(para(text))
        .width(width, WidthType::Dxa)
}

/// A right-aligned cell, for numbers.
pub fn num_cell(text: &str, width: usize) -> TableCell {
    TableCell::new()
        .add_paragraph(para(text).align(AlignmentType::Right))
        .width(width, WidthType::Dxa)
}

/// An empty cell filled with `fill` (an RGB hex colour), one step of a bar.
pub fn shaded_cell(fill: &str, width: usize) -> TableCell {
    TableCell::new()
        .add_paragraph(Paragraph::new())
        .shading(Shading::new().fill(fill))
        .width(width, WidthType::Dxa)
}

/// A table with a shaded bold header row; `widths` sets the columns (twentieths of a point).
pub fn table(header: &[&str], widths: &[usize], rows: Vec<TableRow>) -> Table {
    let head = header
        .iter()
        .zip(widths)
        .map(|(h, &w)| {
            TableCell::new()
                .add_paragraph(bold_para(h))
                .shading(Shading::new().fill(HEADER_FILL))
                .width(w, WidthType::Dxa)
        })
        .collect();
    // The row height marks the header row for the finishing pass, which makes it repeat
    // at the top of every page the table runs onto.
    let head = TableRow::new(head)
        .cant_split()
        .row_height(HEADER_ROW_HEIGHT)
        .height_rule(HeightRule::AtLeast);
    let mut all = vec![head];
    all.extend(rows);
    styled(Table::new(all).set_grid(widths.to_vec()))
}

/// A table without a header row (for facts laid out as label and value).
pub fn grid(widths: &[usize], rows: Vec<TableRow>) -> Table {
    styled(Table::new(rows).set_grid(widths.to_vec()))
}

/// The look every table shares: full width, light rules, room around the text.
fn styled(t: Table) -> Table {
    let rule = |p| {
        TableBorder::new(p)
            .border_type(BorderType::Single)
            .size(4)
            .color(RULE)
    };
    let borders = [
        TableBorderPosition::Top,
        TableBorderPosition::Left,
        TableBorderPosition::Bottom,
        TableBorderPosition::Right,
        TableBorderPosition::InsideH,
        TableBorderPosition::InsideV,
    ]
    .into_iter()
    .fold(TableBorders::new(), |b, p| b.set(rule(p)));
    t.width(FULL_WIDTH, WidthType::Pct)
        .set_borders(borders)
        .margins(TableCellMargins::new().margin(40, 100, 20, 100))
}

/// A shaded box the width of the page holding `paragraphs`: `fill` inside, a `edge` rule
/// around. It draws the eye to the verdict and to what holds it down.
pub fn shaded_box(fill: &str, edge: &str, paragraphs: Vec<Paragraph>) -> Table {
    framed(
        fill,
        edge,
        paragraphs.into_iter().map(Block::from).collect(),
    )
}

/// A shaded box holding `blocks` (paragraphs and tables, in order). Word needs a cell to end
/// with a paragraph, so an empty one follows a table that would end it.
pub fn framed(fill: &str, edge: &str, blocks: Vec<Block>) -> Table {
    let ends_with_table = matches!(blocks.last(), Some(Block::Table(_)));
    let mut cell = blocks.into_iter().fold(
        TableCell::new()
            .shading(Shading::new().fill(fill))
            .width(super::front::WIDTH, WidthType::Dxa),
        |c, b| match b {
            Block::Para(p) => c.add_paragraph(*p),
            Block::Table(t) => c.add_table(*t),
        },
    );
    if ends_with_table {
        cell = cell.add_paragraph(Paragraph::new());
    }
    let rule = |p| {
        TableBorder::new(p)
            .border_type(BorderType::Single)
            .size(12)
            .color(edge)
    };
    let borders = [
        TableBorderPosition::Top,
        TableBorderPosition::Left,
        TableBorderPosition::Bottom,
        TableBorderPosition::Right,
    ]
    .into_iter()
    .fold(TableBorders::new(), |b, p| b.set(rule(p)));
    // The row may break across pages: a box that jumped whole to the next page would leave
    // page 1 without the verdict when the failed gates above it are long.
    Table::new(vec![TableRow::new(vec![cell])])
        .set_grid(vec![super::front::WIDTH])
        .width(FULL_WIDTH, WidthType::Pct)
        .set_borders(borders)
        .margins(TableCellMargins::new().margin(80, 160, 80, 160))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(runs: &[Run]) -> String {
        runs.iter()
            .map(|r| String::from_utf8(docx_rs::BuildXML::build(r)).unwrap())
            .collect()
    }

    #[test]
    fn control_characters_are_dropped_and_lines_kept() {
        let xml = text_of(&runs("a\u{1}b\u{1b}[31m\r\nc\u{7f}", false));
        assert!(!xml.contains('\u{1}') && !xml.contains('\u{1b}') && !xml.contains('\u{7f}'));
        assert!(xml.contains(">ab[31m<"), "{xml}");
        assert!(xml.contains("<w:br"), "{xml}");
        assert!(xml.contains(">c<"), "{xml}");
    }
}
