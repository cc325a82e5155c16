//! The few Word XML (`WordprocessingML`) elements the Word report is made of (paragraphs,
//! runs, tables, fields), as plain values that write themselves as XML. integra writes this
//! itself: a general .docx library weighed about 0.5 MB of the binary for what fits here.
//!
//! All text passes through [`escape`] on its way out, so nothing a user typed can become
//! markup, and characters XML 1.0 cannot hold at all are left out. Properties are written in
//! the order the schema asks for, which Word (unlike LibreOffice) insists on. Runs are in
//! [`super::run`], tables in [`super::table`].
//!
//! Must not: know what the report says or how it is packed (`package` zips the parts).

use std::fmt::Write as _;

pub use super::run::Run;
use super::run::write_run_props;
use super::table::Table;

/// One block of a document body or of a table cell, in reading order.
#[derive(Debug, Clone)]
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

/// Horizontal alignment of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Right,
    Center,
}

/// Space before and after a paragraph, and between its lines (all in twentieths of a point;
/// `line` is in 240ths of a line, "auto").
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LineSpacing {
    before: Option<u32>,
    after: Option<u32>,
    line: Option<u32>,
}

impl LineSpacing {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn before(mut self, v: u32) -> Self {
        self.before = Some(v);
        self
    }

    pub fn after(mut self, v: u32) -> Self {
        self.after = Some(v);
        self
    }

    pub fn line(mut self, v: u32) -> Self {
        self.line = Some(v);
        self
    }

    pub(super) fn write(self, out: &mut String) {
        out.push_str("<w:spacing");
        if let Some(v) = self.before {
            let _ = write!(out, " w:before=\"{v}\"");
        }
        if let Some(v) = self.after {
            let _ = write!(out, " w:after=\"{v}\"");
        }
        if let Some(v) = self.line {
            let _ = write!(out, " w:line=\"{v}\" w:lineRule=\"auto\"");
        }
        out.push_str("/>");
    }
}

/// A paragraph: its properties and its runs.
#[derive(Debug, Clone, Default)]
pub struct Paragraph {
    style: Option<String>,
    keep_next: bool,
    page_break_before: bool,
    spacing: Option<LineSpacing>,
    hanging: Option<usize>,
    align: Option<Align>,
    /// The size of the paragraph mark, which sets the height of an empty paragraph.
    mark_size: Option<usize>,
    runs: Vec<Run>,
}

impl Paragraph {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add_run(mut self, run: Run) -> Self {
        self.runs.push(run);
        self
    }

    /// The paragraph style, by id.
    pub fn style(mut self, id: &str) -> Self {
        self.style = Some(id.to_owned());
        self
    }

    pub fn style_id(&self) -> Option<&str> {
        self.style.as_deref()
    }

    /// Kept on the same page as the paragraph after it.
    pub fn keep_next(mut self, keep: bool) -> Self {
        self.keep_next = keep;
        self
    }

    pub fn page_break_before(mut self, brk: bool) -> Self {
        self.page_break_before = brk;
        self
    }

    pub fn line_spacing(mut self, spacing: LineSpacing) -> Self {
        self.spacing = Some(spacing);
        self
    }

    /// Indented by `twips`, its first line hanging back by as much (a list item).
    pub fn hanging(mut self, twips: usize) -> Self {
        self.hanging = Some(twips);
        self
    }

    pub fn align(mut self, align: Align) -> Self {
        self.align = Some(align);
        self
    }

    /// The size of the paragraph mark, in half-points.
    pub fn size(mut self, half_points: usize) -> Self {
        self.mark_size = Some(half_points);
        self
    }

    /// The paragraph's text, as a reader sees it (tabs, breaks and fields left out).
    pub fn raw_text(&self) -> String {
        self.runs.iter().map(Run::text).collect()
    }

    pub(super) fn write(&self, out: &mut String) {
        out.push_str("<w:p>");
        let mut props = String::new();
        if let Some(s) = &self.style {
            let _ = write!(props, "<w:pStyle w:val=\"{}\"/>", escape(s));
        }
        if self.keep_next {
            props.push_str("<w:keepNext/>");
        }
        if self.page_break_before {
            props.push_str("<w:pageBreakBefore/>");
        }
        if let Some(s) = self.spacing {
            s.write(&mut props);
        }
        if let Some(h) = self.hanging {
            let _ = write!(props, "<w:ind w:left=\"{h}\" w:hanging=\"{h}\"/>");
        }
        match self.align {
            Some(Align::Right) => props.push_str("<w:jc w:val=\"right\"/>"),
            Some(Align::Center) => props.push_str("<w:jc w:val=\"center\"/>"),
            None => {}
        }
        write_run_props(&mut props, false, false, self.mark_size, None);
        if !props.is_empty() {
            let _ = write!(out, "<w:pPr>{props}</w:pPr>");
        }
        for run in &self.runs {
            run.write(out);
        }
        out.push_str("</w:p>");
    }
}

/// `blocks` as XML, appended to `out`.
pub fn write_blocks(out: &mut String, blocks: &[Block]) {
    for b in blocks {
        match b {
            Block::Para(p) => p.write(out),
            Block::Table(t) => t.write(out),
        }
    }
}

/// `text` for XML content or an attribute value: the five markup characters escaped, and the
/// characters XML 1.0 cannot hold even escaped (most control characters, U+FFFE, U+FFFF)
/// left out.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if u32::from(c) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_characters_xml_cannot_hold_are_dropped() {
        assert_eq!(
            escape("<&>\"' a\u{0}b\u{1}c\u{8}\u{b}\u{c}\u{1f}d\u{fffe}\u{ffff}\te\u{7f}é"),
            "&lt;&amp;&gt;&quot;&apos; abcd\te\u{7f}é"
        );
        let mut xml = String::new();
        Paragraph::new()
            .add_run(Run::new().add_text("a <b> & \"c\"\u{1b}"))
            .write(&mut xml);
        assert_eq!(
            xml,
            "<w:p><w:r><w:t xml:space=\"preserve\">a &lt;b&gt; &amp; &quot;c&quot;</w:t></w:r></w:p>"
        );
    }

    #[test]
    fn properties_come_in_schema_order() {
        let mut xml = String::new();
        Paragraph::new()
            .align(Align::Right)
            .hanging(360)
            .line_spacing(LineSpacing::new().after(40))
            .page_break_before(true)
            .keep_next(true)
            .style("Heading1")
            .size(8)
            .add_run(Run::new().size(16).color("595959").italic().bold())
            .write(&mut xml);
        assert_eq!(
            xml,
            "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/><w:keepNext/><w:pageBreakBefore/>\
             <w:spacing w:after=\"40\"/><w:ind w:left=\"360\" w:hanging=\"360\"/>\
             <w:jc w:val=\"right\"/><w:rPr><w:sz w:val=\"8\"/><w:szCs w:val=\"8\"/></w:rPr></w:pPr>\
             <w:r><w:rPr><w:b/><w:bCs/><w:i/><w:iCs/><w:color w:val=\"595959\"/>\
             <w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/></w:rPr></w:r></w:p>"
        );
    }

    #[test]
    fn the_text_a_reader_sees_leaves_fields_and_tabs_out() {
        let p = Paragraph::new()
            .add_run(Run::new().field_begin("TOC \\o", true).add_text("A&B"))
            .add_run(Run::new().add_tab().add_text("c").field_end());
        assert_eq!(p.raw_text(), "A&Bc");
    }
}
