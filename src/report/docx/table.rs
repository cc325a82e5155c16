//! Word tables: rows, cells (width, fill, column span), rules around and between cells, and
//! the header row that repeats on every page a table runs onto.
//!
//! Must not: know what the tables hold (the report parts fill them) or write the package.

use std::fmt::Write as _;

use super::xml::{Block, Paragraph, escape, write_blocks};

/// How a row's height is taken: at least the height given, or exactly it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeightRule {
    AtLeast,
    Exact,
}

/// A table cell: its blocks, its width (twentieths of a point), fill and column span.
#[derive(Debug, Clone, Default)]
pub struct TableCell {
    blocks: Vec<Block>,
    width: usize,
    fill: Option<String>,
    span: Option<usize>,
}

impl TableCell {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add_paragraph(mut self, p: Paragraph) -> Self {
        self.blocks.push(p.into());
        self
    }

    pub fn add_table(mut self, t: Table) -> Self {
        self.blocks.push(t.into());
        self
    }

    pub fn width(mut self, twips: usize) -> Self {
        self.width = twips;
        self
    }

    /// Filled with `rgb` (an RGB hex colour).
    pub fn shading(mut self, rgb: &str) -> Self {
        self.fill = Some(rgb.to_owned());
        self
    }

    /// Spans `columns` of the table's grid.
    pub fn grid_span(mut self, columns: usize) -> Self {
        self.span = Some(columns);
        self
    }

    fn write(&self, out: &mut String) {
        let _ = write!(
            out,
            "<w:tc><w:tcPr><w:tcW w:w=\"{}\" w:type=\"dxa\"/>",
            self.width
        );
        if let Some(n) = self.span {
            let _ = write!(out, "<w:gridSpan w:val=\"{n}\"/>");
        }
        if let Some(f) = &self.fill {
            let _ = write!(
                out,
                "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"{}\"/>",
                escape(f)
            );
        }
        out.push_str("</w:tcPr>");
        write_blocks(out, &self.blocks);
        // A cell must end with a paragraph: Word calls the file damaged otherwise.
        if !matches!(self.blocks.last(), Some(Block::Para(_))) {
            out.push_str("<w:p/>");
        }
        out.push_str("</w:tc>");
    }
}

/// A table row.
#[derive(Debug, Clone, Default)]
pub struct TableRow {
    pub cells: Vec<TableCell>,
    cant_split: bool,
    height: Option<(u32, HeightRule)>,
    header: bool,
}

impl TableRow {
    pub fn new(cells: Vec<TableCell>) -> Self {
        Self {
            cells,
            ..Self::default()
        }
    }

    /// Kept whole on one page.
    pub fn cant_split(mut self) -> Self {
        self.cant_split = true;
        self
    }

    /// `twips` high (twentieths of a point), at least or exactly.
    pub fn height(mut self, twips: u32, rule: HeightRule) -> Self {
        self.height = Some((twips, rule));
        self
    }

    /// Repeated at the top of every page the table runs onto.
    pub fn header(mut self) -> Self {
        self.header = true;
        self
    }

    fn write(&self, out: &mut String) {
        out.push_str("<w:tr>");
        if self.cant_split || self.height.is_some() || self.header {
            out.push_str("<w:trPr>");
            if self.cant_split {
                out.push_str("<w:cantSplit/>");
            }
            if let Some((h, rule)) = self.height {
                let rule = match rule {
                    HeightRule::AtLeast => "atLeast",
                    HeightRule::Exact => "exact",
                };
                let _ = write!(out, "<w:trHeight w:val=\"{h}\" w:hRule=\"{rule}\"/>");
            }
            if self.header {
                out.push_str("<w:tblHeader/>");
            }
            out.push_str("</w:trPr>");
        }
        for cell in &self.cells {
            cell.write(out);
        }
        out.push_str("</w:tr>");
    }
}

/// A table's rules: one size (eighths of a point) and colour, around it and, when `inside`,
/// between its cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rules {
    pub size: usize,
    pub color: &'static str,
    pub inside: bool,
}

/// A table, always the width of the text.
#[derive(Debug, Clone, Default)]
pub struct Table {
    pub rows: Vec<TableRow>,
    grid: Vec<usize>,
    rules: Option<Rules>,
    /// Space inside each cell: top, left and right, bottom.
    margins: Option<(usize, usize, usize)>,
}

impl Table {
    pub fn new(rows: Vec<TableRow>) -> Self {
        Self {
            rows,
            ..Self::default()
        }
    }

    /// The columns' widths, in twentieths of a point.
    pub fn set_grid(mut self, widths: Vec<usize>) -> Self {
        self.grid = widths;
        self
    }

    pub fn rules(mut self, rules: Rules) -> Self {
        self.rules = Some(rules);
        self
    }

    /// Space inside each cell, in twentieths of a point.
    pub fn margins(mut self, top: usize, sides: usize, bottom: usize) -> Self {
        self.margins = Some((top, sides, bottom));
        self
    }

    pub(super) fn write(&self, out: &mut String) {
        out.push_str("<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/>");
        if let Some(r) = &self.rules {
            out.push_str("<w:tblBorders>");
            let sides: &[&str] = if r.inside {
                &["top", "left", "bottom", "right", "insideH", "insideV"]
            } else {
                &["top", "left", "bottom", "right"]
            };
            for side in sides {
                let _ = write!(
                    out,
                    "<w:{side} w:val=\"single\" w:sz=\"{}\" w:space=\"0\" w:color=\"{}\"/>",
                    r.size,
                    escape(r.color)
                );
            }
            out.push_str("</w:tblBorders>");
        }
        if let Some((top, sides, bottom)) = self.margins {
            let _ = write!(
                out,
                "<w:tblCellMar><w:top w:w=\"{top}\" w:type=\"dxa\"/>\
                 <w:left w:w=\"{sides}\" w:type=\"dxa\"/><w:bottom w:w=\"{bottom}\" w:type=\"dxa\"/>\
                 <w:right w:w=\"{sides}\" w:type=\"dxa\"/></w:tblCellMar>"
            );
        }
        out.push_str("</w:tblPr><w:tblGrid>");
        for w in &self.grid {
            let _ = write!(out, "<w:gridCol w:w=\"{w}\"/>");
        }
        out.push_str("</w:tblGrid>");
        for row in &self.rows {
            row.write(out);
        }
        out.push_str("</w:tbl>");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_always_ends_with_a_paragraph() {
        let inner = Table::new(vec![TableRow::new(vec![TableCell::new()])]);
        let mut xml = String::new();
        TableCell::new().add_table(inner).write(&mut xml);
        assert!(xml.ends_with("</w:tbl><w:p/></w:tc>"), "{xml}");
        assert_eq!(xml.matches("<w:p/>").count(), 2, "{xml}");
    }
}
