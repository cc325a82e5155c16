//! The Word (.docx) report: the same [`ReportContext`] the templates render, laid out as an
//! editable document with Word's own heading styles, so the navigation pane works and Word's
//! References > Table of Contents builds a contents list in one click, and native tables a
//! programme team can fill in (owners, due dates).
//!
//! The contents list is a Word TOC field written with its entries already filled in (the
//! top-level headings, without page numbers): LibreOffice shows a field with no result as raw field
//! code, and NGOs often open reports in LibreOffice. The field is marked dirty, so Word
//! offers to update it (adding page numbers) on opening; LibreOffice updates it on request.
//!
//! Pages carry the report's title in the header and "Page N of M" (Word's PAGE and NUMPAGES
//! fields) in the footer. [`package`] finishes what docx-rs cannot say: document language,
//! author, repeating header rows, and no unreferenced parts.
//!
//! Page 1 is the title, the facts and the summary (band scale, gates that hold the band
//! down, first actions); the contents list opens page 2 and the detail follows in the HTML
//! report's order. Every fixed word is asked of integra's catalogues ([`words`]), in the
//! report's language, as the templates ask for theirs.

mod back;
mod blocks;
mod front;
mod package;
mod summary;
mod toc;
pub mod words;
mod workshop;

use std::io::Cursor;

use docx_rs::{
    AlignmentType, Docx, Footer, Header, LineSpacing, LineSpacingType, NumPages, PageMargin,
    PageNum, Paragraph, Run, RunFonts, Style, StyleType,
};

use self::blocks::{Block, HEADING_1, HEADING_2, TITLE};
pub use self::package::AUTHOR;
use self::words::Words;
use super::{ReportContext, ReportError};

/// The body font: Calibri where it is installed (Word), else a metric-compatible one
/// (Carlito, which LibreOffice substitutes for Calibri), so pages break alike.
const FONT: &str = "Calibri";
/// Colour of the header and footer text.
const MUTED: &str = "595959";

/// The report as the bytes of a .docx file.
pub fn render(ctx: &ReportContext) -> Result<Vec<u8>, ReportError> {
    let w = Words::new(&ctx.language);
    let now = crate::session::clock::now();
    let mut doc = Docx::new()
        .page_size(11_906, 16_838)
        .page_margin(
            PageMargin::new()
                .top(1134)
                .bottom(1134)
                .left(1134)
                .right(1134)
                .header(567)
                .footer(567),
        )
        .default_fonts(
            RunFonts::new()
                .ascii(FONT)
                .hi_ansi(FONT)
                .cs(FONT)
                .east_asia(FONT),
        )
        .default_size(21)
        .default_line_spacing(spacing(0, 100))
        .header(header(ctx, w))
        .footer(footer(w))
        .created_at(&now)
        .updated_at(&now);
    for style in styles() {
        doc = doc.add_style(style);
    }
    // The title page facts and the summary come first, so page 1 says what a reader most
    // needs; the contents list opens page 2 and covers the detail.
    let mut body = front::cover(ctx, w);
    body.extend(summary::block(ctx, w));
    let parts = [
        front::result(ctx, w),
        front::progress(ctx, w),
        front::principles(ctx, w),
        back::highlights(ctx, w),
        workshop::workshop(ctx),
        back::action_plan(ctx, w),
        back::notes(ctx, w),
        back::appendix(ctx, w),
        back::method(ctx, w),
    ];
    let parts: Vec<Block> = parts.into_iter().flatten().collect();
    body.extend(toc::contents(&parts, w));
    body.extend(parts);
    for block in body {
        doc = add(doc, block);
    }
    let mut out = Cursor::new(Vec::new());
    doc.build()
        .pack(&mut out)
        .map_err(|e| ReportError::DocxBuild(e.to_string()))?;
    package::finish(&out.into_inner(), &package::word_language(&ctx.language))
}

/// The running header: the report's title (and programme), small and grey, on the right.
fn header(ctx: &ReportContext, w: Words) -> Header {
    let title = front::title(ctx, w);
    let runs = blocks::runs(&title.replace(['\n', '\r'], " "), false);
    let p = runs
        .into_iter()
        .fold(Paragraph::new(), |p, r| p.add_run(r.size(16).color(MUTED)));
    Header::new().add_paragraph(p.align(AlignmentType::Right))
}

/// The running footer: "Page N of M", centred, from Word's page fields.
fn footer(w: Words) -> Footer {
    let text = |t: &str| Run::new().add_text(t).size(16).color(MUTED);
    let mut p = Paragraph::new().align(AlignmentType::Center);
    let sentence = w.with(
        "docx-page-of",
        &[("page", "{page}".into()), ("pages", "{pages}".into())],
    );
    for piece in split_fields(&sentence) {
        p = match piece {
            Piece::Text(t) => p.add_run(text(t)),
            Piece::Page => p.add_page_num(PageNum::new()),
            Piece::Pages => p.add_num_pages(NumPages::new()),
        };
    }
    Footer::new().add_paragraph(p)
}

/// A piece of the footer's sentence.
#[derive(Debug, PartialEq)]
enum Piece<'a> {
    Text(&'a str),
    Page,
    Pages,
}

/// `template` cut at its `{page}` and `{pages}` placeholders, which become fields.
fn split_fields(template: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = template;
    loop {
        let next = [("{page}", Piece::Page), ("{pages}", Piece::Pages)]
            .into_iter()
            .filter_map(|(mark, piece)| rest.find(mark).map(|at| (at, mark.len(), piece)))
            .min_by_key(|(at, _, _)| *at);
        let Some((at, len, piece)) = next else {
            break;
        };
        if at > 0 {
            out.push(Piece::Text(&rest[..at]));
        }
        out.push(piece);
        rest = &rest[at + len..];
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest));
    }
    out
}

fn add(doc: Docx, block: Block) -> Docx {
    match block {
        Block::Para(p) => doc.add_paragraph(*p),
        Block::Table(t) => doc.add_table(*t),
    }
}

/// Space `before` and `after` a paragraph (twentieths of a point), lines 1.1 apart.
fn spacing(before: u32, after: u32) -> LineSpacing {
    LineSpacing::new()
        .before(before)
        .after(after)
        .line(264)
        .line_rule(LineSpacingType::Auto)
}

/// The title and heading styles. Their names are Word's built-in ones (`heading 1`...), and
/// each carries its outline level, which is what the navigation pane and contents read.
fn styles() -> Vec<Style> {
    vec![
        Style::new(TITLE, StyleType::Paragraph)
            .name("Title")
            .size(44)
            .bold()
            .color("1F3864")
            .line_spacing(spacing(0, 160)),
        Style::new(HEADING_1, StyleType::Paragraph)
            .name("heading 1")
            .based_on("Normal")
            .next("Normal")
            .size(32)
            .bold()
            .color("1F3864")
            .line_spacing(spacing(360, 120))
            .outline_lvl(0),
        Style::new(HEADING_2, StyleType::Paragraph)
            .name("heading 2")
            .based_on("Normal")
            .next("Normal")
            .size(26)
            .bold()
            .color("2F5496")
            .line_spacing(spacing(240, 80))
            .outline_lvl(1),
        Style::new(toc::TOC_1, StyleType::Paragraph)
            .name("toc 1")
            .based_on("Normal")
            .next("Normal"),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_sentence_splits_around_its_fields() {
        assert_eq!(
            split_fields("Page {page} of {pages}"),
            vec![
                Piece::Text("Page "),
                Piece::Page,
                Piece::Text(" of "),
                Piece::Pages
            ]
        );
        assert_eq!(
            split_fields("{pages}/{page}"),
            vec![Piece::Pages, Piece::Text("/"), Piece::Page]
        );
    }
}
