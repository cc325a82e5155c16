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
//! fields) in the footer. The package is integra's own ([`xml`], [`run`], [`table`],
//! [`package`]): the document language, author, repeating table headers, and only the parts
//! the document uses.
//!
//! Page 1 is the title, the facts and the summary (band scale, gates that hold the band
//! down, first actions); the contents list opens page 2 and the detail follows in the HTML
//! report's order. Every fixed word is asked of integra's catalogues ([`words`]), in the
//! report's language, as the templates ask for theirs.
//!
//! Must not: compute scores or verdicts (it lays out the `ReportContext` it is given), hold
//! English text (the catalogues have it) or write files (it returns the bytes).

mod back;
mod blocks;
mod front;
mod package;
mod run;
mod summary;
mod table;
mod toc;
pub mod words;
mod workshop;
mod xml;

use std::fmt::Write as _;

use self::blocks::{Block, HEADING_1, HEADING_2, TITLE};
pub use self::package::AUTHOR;
use self::words::Words;
use self::xml::{Align, Paragraph, Run};
use super::{ReportContext, ReportError};

/// Colour of the header and footer text.
const MUTED: &str = "595959";

/// The report as the bytes of a .docx file.
pub fn render(ctx: &ReportContext) -> Result<Vec<u8>, ReportError> {
    let w = Words::new(&ctx.language);
    let now = crate::session::clock::now();
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
        // `--detail summary` leaves the question-by-question appendix out, as in the other
        // formats; the principle detail and the method stay.
        if ctx.detail == crate::report::Detail::Summary {
            Vec::new()
        } else {
            back::appendix(ctx, w)
        },
        back::method(ctx, w),
    ];
    let parts: Vec<Block> = parts.into_iter().flatten().collect();
    body.extend(toc::contents(&parts, w));
    body.extend(parts);
    let title = front::title(ctx, w);
    let lang = package::word_language(&ctx.language);
    let meta = package::Meta {
        title: &title,
        lang: &lang,
        now: &now,
    };
    package::write(&body, &header(ctx, w), &footer(w), &styles(), &meta)
}

/// The running header: the report's title (and programme), small and grey, on the right.
fn header(ctx: &ReportContext, w: Words) -> Paragraph {
    let title = front::title(ctx, w);
    let runs = blocks::runs(&title.replace(['\n', '\r'], " "), false);
    let p = runs
        .into_iter()
        .fold(Paragraph::new(), |p, r| p.add_run(r.size(16).color(MUTED)));
    p.align(Align::Right)
}

/// The running footer: "Page N of M", centred, from Word's page fields.
fn footer(w: Words) -> Paragraph {
    // The page numbers look like the words around them.
    let run = || Run::new().size(16).color(MUTED);
    let mut p = Paragraph::new().align(Align::Center);
    let sentence = w.with(
        "docx-page-of",
        &[("page", "{page}".into()), ("pages", "{pages}".into())],
    );
    for piece in split_fields(&sentence) {
        p = match piece {
            Piece::Text(t) => p.add_run(run().add_text(t)),
            Piece::Page => p.add_run(run().field("PAGE", "1")),
            Piece::Pages => p.add_run(run().field("NUMPAGES", "1")),
        };
    }
    p
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

/// Space `before` and `after` a paragraph and lines 1.1 apart, as a style's `w:spacing`.
fn spacing(before: u32, after: u32) -> String {
    format!(
        "<w:spacing w:before=\"{before}\" w:after=\"{after}\" w:line=\"264\" w:lineRule=\"auto\"/>"
    )
}

/// The styles: Normal, the title, the headings and the contents entries. Their names are
/// Word's built-in ones (`heading 1`...), and each heading carries its outline level, which
/// is what the navigation pane and contents read. The body font is Calibri where it is
/// installed (Word), else a metric-compatible one (Carlito, which LibreOffice substitutes),
/// so pages break alike; it is set in the document defaults ([`package`]).
fn styles() -> String {
    let mut out = String::from(
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">\
         <w:name w:val=\"Normal\"/><w:qFormat/></w:style>",
    );
    // id, name, outline level, space before and after, size (half-points), colour.
    let styled = [
        (TITLE, "Title", None, (0, 160), 44, "1F3864"),
        (HEADING_1, "heading 1", Some(0), (360, 120), 32, "1F3864"),
        (HEADING_2, "heading 2", Some(1), (240, 80), 26, "2F5496"),
    ];
    for (id, name, level, (before, after), size, color) in styled {
        let _ = write!(
            out,
            "<w:style w:type=\"paragraph\" w:styleId=\"{id}\"><w:name w:val=\"{name}\"/>\
             <w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr>{}",
            spacing(before, after)
        );
        if let Some(level) = level {
            let _ = write!(out, "<w:outlineLvl w:val=\"{level}\"/>");
        }
        let _ = write!(
            out,
            "</w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val=\"{color}\"/>\
             <w:sz w:val=\"{size}\"/><w:szCs w:val=\"{size}\"/></w:rPr></w:style>"
        );
    }
    let _ = write!(
        out,
        "<w:style w:type=\"paragraph\" w:styleId=\"{}\"><w:name w:val=\"toc 1\"/>\
         <w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/></w:style>",
        toc::TOC_1
    );
    out
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
