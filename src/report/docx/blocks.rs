//! The building blocks of the Word report: headings, paragraphs, list items and tables, with
//! text made safe for XML on the way in.
//!
//! The writer escapes markup characters, but XML 1.0 cannot hold most control characters at
//! all, escaped or not: [`runs`] drops them (and the writer again, whatever the source), so a
//! note pasted from anywhere still gives a file Word opens. Line breaks in a note become line
//! breaks in the document.
//!
//! Must not: know what the report says (`front`, `back`, `summary` choose the content) or write
//! the package.

pub use super::table::{HeightRule, Rules, Table, TableCell, TableRow};
pub use super::xml::{Align, Block, Paragraph, Run};

/// Fill colour of a table's header row.
const HEADER_FILL: &str = "D9E2F3";
/// Colour of every table's rules: one light blue-grey, so all tables look alike.
const RULE: &str = "8EAADB";
/// The least height of a table's header row (twentieths of a point, 0.7 cm).
const HEADER_ROW_HEIGHT: u32 = 397;

/// The paragraph style ids the report uses (defined in [`super::styles`]).
pub const TITLE: &str = "Title";
pub const HEADING_1: &str = "Heading1";
pub const HEADING_2: &str = "Heading2";

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
            run = run.add_break();
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
        .hanging(360)
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
    TableCell::new().add_paragraph(para(text)).width(width)
}

/// A right-aligned cell, for numbers.
pub fn num_cell(text: &str, width: usize) -> TableCell {
    TableCell::new()
        .add_paragraph(para(text).align(Align::Right))
        .width(width)
}

/// An empty cell filled with `fill` (an RGB hex colour), one step of a bar.
pub fn shaded_cell(fill: &str, width: usize) -> TableCell {
    TableCell::new()
        .add_paragraph(Paragraph::new())
        .shading(fill)
        .width(width)
}

/// A table with a shaded bold header row; `widths` sets the columns (twentieths of a point).
pub fn table(header: &[&str], widths: &[usize], rows: Vec<TableRow>) -> Table {
    let head = header
        .iter()
        .zip(widths)
        .map(|(h, &w)| {
            TableCell::new()
                .add_paragraph(bold_para(h))
                .shading(HEADER_FILL)
                .width(w)
        })
        .collect();
    // The header row repeats at the top of every page the table runs onto.
    let head = TableRow::new(head)
        .cant_split()
        .height(HEADER_ROW_HEIGHT, HeightRule::AtLeast)
        .header();
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
    t.rules(Rules {
        size: 4,
        color: RULE,
        inside: true,
    })
    .margins(40, 100, 20)
}

/// A shaded box the width of the page holding `paragraphs`: `fill` inside, a `edge` rule
/// around. It draws the eye to the verdict and to what holds it down.
pub fn shaded_box(fill: &str, edge: &'static str, paragraphs: Vec<Paragraph>) -> Table {
    framed(
        fill,
        edge,
        paragraphs.into_iter().map(Block::from).collect(),
    )
}

/// A shaded box holding `blocks` (paragraphs and tables, in order).
pub fn framed(fill: &str, edge: &'static str, blocks: Vec<Block>) -> Table {
    let cell = blocks.into_iter().fold(
        TableCell::new().shading(fill).width(super::front::WIDTH),
        |c, b| match b {
            Block::Para(p) => c.add_paragraph(*p),
            Block::Table(t) => c.add_table(*t),
        },
    );
    // The row may break across pages: a box that jumped whole to the next page would leave
    // page 1 without the verdict when the failed gates above it are long.
    Table::new(vec![TableRow::new(vec![cell])])
        .set_grid(vec![super::front::WIDTH])
        .rules(Rules {
            size: 12,
            color: edge,
            inside: false,
        })
        .margins(80, 160, 80)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(runs: &[Run]) -> String {
        let mut xml = String::new();
        let p = runs
            .iter()
            .cloned()
            .fold(Paragraph::new(), Paragraph::add_run);
        super::super::xml::write_blocks(&mut xml, &[p.into()]);
        xml
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
