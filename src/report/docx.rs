//! The Word (.docx) report: the same [`ReportContext`] the templates render, laid out as an
//! editable document with Word's own heading styles, so the navigation pane works and Word's
//! References > Table of Contents builds a contents list in one click, and native tables a
//! programme team can fill in (owners, due dates).
//!
//! No contents field is written: LibreOffice shows a field Word has not yet filled in as raw
//! field code, and NGOs often open reports in LibreOffice.
//!
//! Sections follow the HTML report's order. Every fixed word comes from [`labels`], so a
//! translation touches one file.

mod back;
mod blocks;
mod front;
pub mod labels;
mod translated;

use std::io::Cursor;

use docx_rs::{Docx, PageMargin, Style, StyleType};

use self::blocks::{Block, HEADING_1, HEADING_2, TITLE};
use super::{ReportContext, ReportError};

/// The report as the bytes of a .docx file.
pub fn render(ctx: &ReportContext) -> Result<Vec<u8>, ReportError> {
    let l = labels::labels(&ctx.language);
    let mut doc = Docx::new()
        .page_margin(
            PageMargin::new()
                .top(1134)
                .bottom(1134)
                .left(1134)
                .right(1134),
        )
        .default_size(21);
    for style in styles() {
        doc = doc.add_style(style);
    }
    let mut body = front::cover(ctx, l);
    let parts = [
        front::result(ctx, l),
        front::progress(ctx, l),
        front::principles(ctx, l),
        back::highlights(ctx, l),
        back::action_plan(ctx, l),
        back::notes(ctx, l),
        back::appendix(ctx, l),
        back::method(ctx, l),
    ];
    for block in body.drain(..) {
        doc = add(doc, block);
    }
    for block in parts.into_iter().flatten() {
        doc = add(doc, block);
    }
    let mut out = Cursor::new(Vec::new());
    doc.build()
        .pack(&mut out)
        .map_err(|e| ReportError::DocxBuild(e.to_string()))?;
    Ok(out.into_inner())
}

fn add(doc: Docx, block: Block) -> Docx {
    match block {
        Block::Para(p) => doc.add_paragraph(*p),
        Block::Table(t) => doc.add_table(*t),
    }
}

/// The title and heading styles. Their names are Word's built-in ones (`heading 1`...), and
/// each carries its outline level, which is what the navigation pane and contents read.
fn styles() -> Vec<Style> {
    vec![
        Style::new(TITLE, StyleType::Paragraph)
            .name("Title")
            .size(44)
            .bold()
            .color("1F3864"),
        Style::new(HEADING_1, StyleType::Paragraph)
            .name("heading 1")
            .based_on("Normal")
            .next("Normal")
            .size(32)
            .bold()
            .color("1F3864")
            .outline_lvl(0),
        Style::new(HEADING_2, StyleType::Paragraph)
            .name("heading 2")
            .based_on("Normal")
            .next("Normal")
            .size(26)
            .bold()
            .color("2F5496")
            .outline_lvl(1),
    ]
}
