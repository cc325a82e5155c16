//! The .docx container: a zip of XML parts (the document, its styles, settings, running
//! header and footer, properties, and the relationships and content types that tie them),
//! written on the zip code the Excel report also uses.
//!
//! Every part written is referenced, and nothing else is written: no empty comments,
//! footnotes or numbering parts. The document language goes into the styles' defaults and
//! the core properties, so a French report is spell-checked as French.
//!
//! Must not: decide the document's content (it packs the blocks it is given) or write files
//! (it returns the bytes; the caller writes them).

use std::fmt::Write as _;

use super::xml::{Block, Paragraph, escape, write_blocks};
use crate::report::ReportError;

/// Who made the file, for the document's core properties.
pub const AUTHOR: &str = "integra";

const XML_HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT: &str = "application/vnd.openxmlformats-officedocument";

/// A4 with 2 cm margins, header and footer 1 cm from the edge (twentieths of a point).
const SECTION: &str = "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" \
    w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" \
    w:gutter=\"0\"/><w:cols w:space=\"425\"/>";

/// Word's layout of its current version (without it Word opens the file in compatibility
/// mode), the tab stops the bullets' hanging indent lines up with.
const SETTINGS: &str = "<w:defaultTabStop w:val=\"840\"/><w:compat><w:compatSetting \
    w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" \
    w:val=\"15\"/></w:compat>";

/// What the package holds besides its content.
pub struct Meta<'a> {
    /// The document's title (the report's), for its properties.
    pub title: &'a str,
    /// The document language, a BCP 47 tag ([`word_language`]).
    pub lang: &'a str,
    /// When it was made, as `YYYY-MM-DDTHH:MM:SSZ`.
    pub now: &'a str,
}

/// The .docx bytes of a document made of `body`, with `header` and `footer` on every page and
/// `styles` (the inside of `w:styles`, without the document defaults).
pub fn write(
    body: &[Block],
    header: &Paragraph,
    footer: &Paragraph,
    styles: &str,
    meta: &Meta,
) -> Result<Vec<u8>, ReportError> {
    let parts = [
        ("[Content_Types].xml", content_types()),
        ("_rels/.rels", package_rels()),
        ("docProps/core.xml", core(meta)),
        ("docProps/app.xml", app()),
        ("word/_rels/document.xml.rels", document_rels()),
        ("word/document.xml", document(body)),
        ("word/styles.xml", styles_part(styles, meta.lang)),
        ("word/settings.xml", wrapped("w:settings", SETTINGS)),
        ("word/header1.xml", running("w:hdr", header)),
        ("word/footer1.xml", running("w:ftr", footer)),
    ];
    crate::report::zipped::zipped(parts).map_err(built)
}

/// The zip writer's own words, inside integra's "cannot build the Word document".
fn built(e: impl std::fmt::Display) -> ReportError {
    ReportError::DocxBuild(e.to_string())
}

/// `inner` inside the root element `root`, with the Word namespaces.
fn wrapped(root: &str, inner: &str) -> String {
    format!("{XML_HEAD}<{root} xmlns:w=\"{W_NS}\" xmlns:r=\"{R_NS}\">{inner}</{root}>")
}

fn document(body: &[Block]) -> String {
    let mut inner = String::from("<w:body>");
    write_blocks(&mut inner, body);
    let _ = write!(
        inner,
        "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader1\"/>\
         <w:footerReference w:type=\"default\" r:id=\"rIdFooter1\"/>{SECTION}</w:sectPr></w:body>"
    );
    wrapped("w:document", &inner)
}

/// A running header or footer part holding `p`.
fn running(root: &str, p: &Paragraph) -> String {
    let mut inner = String::new();
    write_blocks(&mut inner, &[Block::from(p.clone())]);
    wrapped(root, &inner)
}

fn styles_part(styles: &str, lang: &str) -> String {
    let lang = escape(lang);
    let defaults = format!(
        "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" \
         w:eastAsia=\"Calibri\" w:cs=\"Calibri\"/><w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/>\
         <w:lang w:val=\"{lang}\"/></w:rPr></w:rPrDefault>\
         <w:pPrDefault><w:pPr><w:spacing w:before=\"0\" w:after=\"100\" w:line=\"264\" \
         w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
    );
    wrapped("w:styles", &format!("{defaults}{styles}"))
}

fn content_types() -> String {
    let over = |part: &str, kind: &str| {
        format!("<Override PartName=\"/{part}\" ContentType=\"{CT}.{kind}+xml\"/>")
    };
    let wml = "wordprocessingml";
    format!(
        "{XML_HEAD}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
         <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
         <Default Extension=\"xml\" ContentType=\"application/xml\"/>{}{}{}{}{}{}\
         <Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>\
         </Types>",
        over("word/document.xml", &format!("{wml}.document.main")),
        over("word/styles.xml", &format!("{wml}.styles")),
        over("word/settings.xml", &format!("{wml}.settings")),
        over("word/header1.xml", &format!("{wml}.header")),
        over("word/footer1.xml", &format!("{wml}.footer")),
        over("docProps/app.xml", "extended-properties"),
    )
}

fn package_rels() -> String {
    format!(
        "{XML_HEAD}<Relationships xmlns=\"{PKG_REL_NS}\">\
         <Relationship Id=\"rId1\" Type=\"{R_NS}/officeDocument\" Target=\"word/document.xml\"/>\
         <Relationship Id=\"rId2\" Type=\"{PKG_REL_NS}/metadata/core-properties\" Target=\"docProps/core.xml\"/>\
         <Relationship Id=\"rId3\" Type=\"{R_NS}/extended-properties\" Target=\"docProps/app.xml\"/>\
         </Relationships>"
    )
}

fn document_rels() -> String {
    format!(
        "{XML_HEAD}<Relationships xmlns=\"{PKG_REL_NS}\">\
         <Relationship Id=\"rId1\" Type=\"{R_NS}/styles\" Target=\"styles.xml\"/>\
         <Relationship Id=\"rId2\" Type=\"{R_NS}/settings\" Target=\"settings.xml\"/>\
         <Relationship Id=\"rIdHeader1\" Type=\"{R_NS}/header\" Target=\"header1.xml\"/>\
         <Relationship Id=\"rIdFooter1\" Type=\"{R_NS}/footer\" Target=\"footer1.xml\"/>\
         </Relationships>"
    )
}

fn core(meta: &Meta) -> String {
    let now = escape(meta.now);
    format!(
        "{XML_HEAD}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
         <dc:title>{}</dc:title><dc:creator>{AUTHOR}</dc:creator><cp:lastModifiedBy>{AUTHOR}</cp:lastModifiedBy>\
         <dcterms:created xsi:type=\"dcterms:W3CDTF\">{now}</dcterms:created>\
         <dcterms:modified xsi:type=\"dcterms:W3CDTF\">{now}</dcterms:modified>\
         <dc:language>{}</dc:language></cp:coreProperties>",
        escape(meta.title),
        escape(meta.lang),
    )
}

fn app() -> String {
    format!(
        "{XML_HEAD}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">\
         <Application>{AUTHOR}</Application><DocSecurity>0</DocSecurity></Properties>"
    )
}

/// The language tag Word's proofing tools expect for `language` (a report language code).
pub fn word_language(language: &str) -> String {
    match language {
        "en" => "en-GB".to_owned(),
        "fr" => "fr-FR".to_owned(),
        "es" => "es-ES".to_owned(),
        "ru" => "ru-RU".to_owned(),
        other => other
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::docx::xml::Run;

    #[test]
    fn language_tags_are_regional_and_safe() {
        assert_eq!(word_language("fr"), "fr-FR");
        assert_eq!(word_language("pt\"/>"), "pt");
    }

    #[test]
    fn properties_escape_the_title() {
        let meta = Meta {
            title: "A & <B> \"C\"\u{1}",
            lang: "fr-FR",
            now: "2026-12-01T15:00:00Z",
        };
        let xml = core(&meta);
        assert!(
            xml.contains("<dc:title>A &amp; &lt;B&gt; &quot;C&quot;</dc:title>"),
            "{xml}"
        );
        assert!(xml.contains("<dc:language>fr-FR</dc:language>"), "{xml}");
    }

    #[test]
    fn the_running_parts_hold_their_paragraph() {
        let p = Paragraph::new().add_run(Run::new().add_text("x"));
        let xml = running("w:ftr", &p);
        assert!(xml.starts_with(XML_HEAD), "{xml}");
        assert!(
            xml.ends_with("><w:p><w:r><w:t xml:space=\"preserve\">x</w:t></w:r></w:p></w:ftr>"),
            "{xml}"
        );
    }
}
