//! The finishing pass over the package docx-rs writes: what docx-rs 0.4 cannot say, said by
//! rewriting its XML parts, and the parts nothing refers to left out.
//!
//! docx-rs always writes comments, footnotes and numbering parts and leaves the document
//! language, the author and repeating table headers unset. Word and LibreOffice open such a
//! file, but a French report is then spell-checked as English, the author reads "unknown",
//! and a long table loses its column names after the first page.

use std::io::{Cursor, Read as _, Write as _};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

use crate::report::ReportError;

/// Who made the file, for the document's core properties.
pub const AUTHOR: &str = "integra";

/// The row height that marks a table's header row (see [`super::blocks::table`]): the pass
/// adds `w:tblHeader` to the rows that carry it, so Word and LibreOffice repeat them on each
/// page. docx-rs has no header-row property of its own.
pub const HEADER_ROW_HEIGHT: f32 = 397.0;

/// Parts docx-rs writes that the finished document never refers to.
const UNREFERENCED: [&str; 4] = [
    "word/comments.xml",
    "word/commentsExtended.xml",
    "word/footnotes.xml",
    "word/numbering.xml",
];

/// `packed` (a .docx from docx-rs) rewritten: document language `lang` (a BCP 47 tag),
/// author [`AUTHOR`], header rows repeated, unreferenced parts dropped.
pub fn finish(packed: &[u8], lang: &str) -> Result<Vec<u8>, ReportError> {
    let err = |e: &dyn std::fmt::Display| ReportError::DocxBuild(e.to_string());
    let mut zip = ZipArchive::new(Cursor::new(packed)).map_err(|e| err(&e))?;
    let mut out = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    for i in 0..zip.len() {
        let mut file = zip.by_index(i).map_err(|e| err(&e))?;
        let name = file.name().to_owned();
        if file.is_dir() || UNREFERENCED.contains(&name.as_str()) {
            continue;
        }
        let mut text = String::new();
        file.read_to_string(&mut text).map_err(|e| err(&e))?;
        let text = patch(&name, text, lang);
        out.start_file(name, options).map_err(|e| err(&e))?;
        out.write_all(text.as_bytes()).map_err(|e| err(&e))?;
    }
    Ok(out.finish().map_err(|e| err(&e))?.into_inner())
}

/// One part's XML with this pass's changes.
fn patch(name: &str, text: String, lang: &str) -> String {
    match name {
        "word/styles.xml" => text.replacen(
            "</w:rPr></w:rPrDefault>",
            &format!("<w:lang w:val=\"{lang}\" /></w:rPr></w:rPrDefault>"),
            1,
        ),
        "docProps/core.xml" => text
            .replace(
                "<dc:creator>unknown</dc:creator>",
                &format!("<dc:creator>{AUTHOR}</dc:creator>"),
            )
            .replace(
                "<cp:lastModifiedBy>unknown</cp:lastModifiedBy>",
                &format!("<cp:lastModifiedBy>{AUTHOR}</cp:lastModifiedBy>"),
            )
            .replacen(
                "</cp:coreProperties>",
                &format!("<dc:language>{lang}</dc:language></cp:coreProperties>"),
                1,
            ),
        "word/document.xml" => {
            let mark = format!("<w:trHeight w:val=\"{HEADER_ROW_HEIGHT}\" w:hRule=\"atLeast\" />");
            text.replace(&mark, &format!("{mark}<w:tblHeader />"))
        }
        "word/_rels/document.xml.rels" => drop_relationship(&text, "commentsExtended.xml"),
        "[Content_Types].xml" => UNREFERENCED.iter().fold(text, |t, part| {
            drop_element(&t, "<Override", &format!("PartName=\"/{part}\""))
        }),
        _ => text,
    }
}

fn drop_relationship(text: &str, target: &str) -> String {
    drop_element(text, "<Relationship ", &format!("Target=\"{target}\""))
}

/// `text` without the self-closing elements that open with `open` and contain `needle`.
fn drop_element(text: &str, open: &str, needle: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(open) {
        let Some(len) = rest[start..].find("/>") else {
            break;
        };
        let element = &rest[start..start + len + 2];
        out.push_str(&rest[..start]);
        if !element.contains(needle) {
            out.push_str(element);
        }
        rest = &rest[start + len + 2..];
    }
    out.push_str(rest);
    out
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

    #[test]
    fn drops_only_the_matching_elements() {
        let xml = r#"<R><Relationship Id="a" Target="styles.xml" /><Relationship Id="b" Target="commentsExtended.xml" /></R>"#;
        assert_eq!(
            drop_relationship(xml, "commentsExtended.xml"),
            r#"<R><Relationship Id="a" Target="styles.xml" /></R>"#
        );
    }

    #[test]
    fn language_tags_are_regional_and_safe() {
        assert_eq!(word_language("fr"), "fr-FR");
        assert_eq!(word_language("pt\"/>"), "pt");
    }
}
