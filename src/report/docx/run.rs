//! A run of Word text: its look (bold, italic, size, colour) and what it holds (text, tabs,
//! line breaks, fields), written as XML with every text escaped.
//!
//! Must not: know about paragraphs, tables or the report's content (`xml`, `table` and the
//! report parts have those).

use std::fmt::Write as _;

use super::xml::escape;

/// What a run holds, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Item {
    Text(String),
    Tab,
    Break,
    /// The start of a field: its instruction, and whether Word should update it on opening.
    FieldBegin(String, bool),
    FieldEnd,
}

/// A stretch of text with one look.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Run {
    bold: bool,
    italic: bool,
    size: Option<usize>,
    color: Option<String>,
    items: Vec<Item>,
}

impl Run {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add_text(mut self, text: impl Into<String>) -> Self {
        self.items.push(Item::Text(text.into()));
        self
    }

    pub fn add_tab(mut self) -> Self {
        self.items.push(Item::Tab);
        self
    }

    /// A line break inside the paragraph.
    pub fn add_break(mut self) -> Self {
        self.items.push(Item::Break);
        self
    }

    /// Opens a field with instruction `instr` (its result follows, up to [`Self::field_end`]);
    /// `dirty` asks Word to update it when the file is opened.
    pub fn field_begin(mut self, instr: &str, dirty: bool) -> Self {
        self.items.push(Item::FieldBegin(instr.to_owned(), dirty));
        self
    }

    pub fn field_end(mut self) -> Self {
        self.items.push(Item::FieldEnd);
        self
    }

    /// A whole field whose result (`placeholder`) Word and LibreOffice replace as they lay out
    /// the pages (PAGE, NUMPAGES).
    pub fn field(self, instr: &str, placeholder: &str) -> Self {
        self.field_begin(instr, false)
            .add_text(placeholder)
            .field_end()
    }

    pub fn bold(mut self) -> Self {
        self.bold = true;
        self
    }

    pub fn italic(mut self) -> Self {
        self.italic = true;
        self
    }

    /// The size in half-points.
    pub fn size(mut self, half_points: usize) -> Self {
        self.size = Some(half_points);
        self
    }

    /// The colour, an RGB hex value.
    pub fn color(mut self, rgb: &str) -> Self {
        self.color = Some(rgb.to_owned());
        self
    }

    pub(super) fn text(&self) -> String {
        self.items
            .iter()
            .filter_map(|i| match i {
                Item::Text(t) => Some(t.as_str()),
                _ => None,
            })
            .collect()
    }

    pub(super) fn write(&self, out: &mut String) {
        out.push_str("<w:r>");
        write_run_props(
            out,
            self.bold,
            self.italic,
            self.size,
            self.color.as_deref(),
        );
        for item in &self.items {
            match item {
                Item::Text(t) => {
                    let _ = write!(out, "<w:t xml:space=\"preserve\">{}</w:t>", escape(t));
                }
                Item::Tab => out.push_str("<w:tab/>"),
                Item::Break => out.push_str("<w:br/>"),
                Item::FieldBegin(instr, dirty) => {
                    let dirty = if *dirty { " w:dirty=\"true\"" } else { "" };
                    let _ = write!(
                        out,
                        "<w:fldChar w:fldCharType=\"begin\"{dirty}/>\
                         <w:instrText xml:space=\"preserve\">{}</w:instrText>\
                         <w:fldChar w:fldCharType=\"separate\"/>",
                        escape(instr)
                    );
                }
                Item::FieldEnd => out.push_str("<w:fldChar w:fldCharType=\"end\"/>"),
            }
        }
        out.push_str("</w:r>");
    }
}

/// Run properties in schema order; nothing when there are none.
pub(super) fn write_run_props(
    out: &mut String,
    bold: bool,
    italic: bool,
    size: Option<usize>,
    color: Option<&str>,
) {
    if !bold && !italic && size.is_none() && color.is_none() {
        return;
    }
    out.push_str("<w:rPr>");
    if bold {
        out.push_str("<w:b/><w:bCs/>");
    }
    if italic {
        out.push_str("<w:i/><w:iCs/>");
    }
    if let Some(c) = color {
        let _ = write!(out, "<w:color w:val=\"{}\"/>", escape(c));
    }
    if let Some(s) = size {
        let _ = write!(out, "<w:sz w:val=\"{s}\"/><w:szCs w:val=\"{s}\"/>");
    }
    out.push_str("</w:rPr>");
}
