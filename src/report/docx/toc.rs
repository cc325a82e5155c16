//! The table of contents: a Word TOC field over the top-level headings, written with its
//! entries already in place. Second-level headings are left out so the list fits on the
//! first page whatever the framework's size (notes alone can add dozens).
//!
//! A TOC field with no result shows as raw field code in LibreOffice, and as nothing in Word
//! until someone updates it. So the field's result is the list of headings itself (taken
//! from the blocks that follow), without page numbers, which neither program can know before
//! laying out the pages. The field is marked dirty: Word offers to update it on opening.
//!
//! Must not: number pages (no program can before laying them out) or write XML itself.

use super::blocks::{Block, HEADING_1, Paragraph, Run, add_runs, runs};
use super::words::Words;
use super::xml::LineSpacing;

/// Word's built-in style of a top-level contents entry (`toc 1`).
pub const TOC_1: &str = "TOC1";

/// The contents heading, the field with one entry per heading in `blocks`, and a hint on
/// adding page numbers. Nothing when there are no headings.
pub fn contents(blocks: &[Block], w: Words) -> Vec<Block> {
    let entries: Vec<(&str, String)> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::Para(p) => (p.style_id()? == HEADING_1).then(|| (TOC_1, p.raw_text())),
            Block::Table(_) => None,
        })
        .collect();
    if entries.is_empty() {
        return Vec::new();
    }
    // Level-1 headings only, entries as links; dirty, so Word offers to update it.
    let begin = Run::new().field_begin("TOC \\o \"1-1\" \\h", true);
    let end = Run::new().field_end();
    let last = entries.len() - 1;
    // Looks like a first-level heading but is not one, so it does not list itself. It opens
    // page 2: page 1 is the title page and the verdict.
    let title = runs(&w.t("docx-contents"), true).into_iter().fold(
        Paragraph::new()
            .page_break_before(true)
            .keep_next(true)
            .line_spacing(LineSpacing::new().before(360).after(120)),
        |p, r| p.add_run(r.size(32).color("1F3864")),
    );
    let mut out: Vec<Block> = vec![title.into()];
    for (i, (style, text)) in entries.into_iter().enumerate() {
        let mut p = Paragraph::new().style(style);
        if i == 0 {
            p = p.add_run(begin.clone());
        }
        p = add_runs(p, &text, false);
        if i == last {
            p = p.add_run(end.clone());
        }
        // The list stays in one piece, with its heading and the hint under it.
        p = p.keep_next(true);
        out.push(p.into());
    }
    let hint = runs(&w.t("docx-contents-hint"), false)
        .into_iter()
        .fold(Paragraph::new(), |p, r| {
            p.add_run(r.size(16).italic().color("595959"))
        });
    out.push(hint.into());
    out
}
