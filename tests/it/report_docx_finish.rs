//! The Word report's finish: running header and "Page N of M" footer, repeating table
//! headers, the document language, author and created date, the verdict and failed gates in
//! shaded boxes, and a package with no part that nothing refers to.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::support::report_fixture as support;

use integra::report::{self, ReportContext, ReportFormat};
use support::{SESSION, fixture};

fn docx(lang: &str) -> Vec<u8> {
    let (fw, sheet, card) = fixture(SESSION, lang);
    let ctx = ReportContext::build(&fw, &sheet, &card);
    report::render_bytes(&ctx, ReportFormat::Docx, None).unwrap()
}

fn names(bytes: &[u8]) -> Vec<String> {
    let zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    zip.file_names().map(str::to_owned).collect()
}

/// The value of the attribute `name` (any namespace) of `node`.
fn attr<'a>(node: roxmltree::Node<'a, '_>, name: &str) -> Option<&'a str> {
    node.attributes()
        .find(|a| a.name() == name)
        .map(|a| a.value())
}

fn is(node: roxmltree::Node, tag: &str) -> bool {
    node.tag_name().name() == tag
}

fn is_rels(name: &str) -> bool {
    // `_rels/.rels` has no extension as `Path` sees it, so compare the text after the dot.
    name.rsplit('.').next() == Some("rels")
}

/// Every part a relationship names, as a path in the zip.
fn referenced(bytes: &[u8]) -> Vec<String> {
    let mut out = Vec::new();
    for name in names(bytes).iter().filter(|n| is_rels(n)) {
        let base = name.replace("_rels/", "").replace(".rels", "");
        let dir = base.rsplit_once('/').map_or("", |(d, _)| d);
        let xml = support::zip_part(bytes, name);
        let doc = roxmltree::Document::parse(&xml).unwrap();
        for rel in doc.descendants().filter(|n| is(*n, "Relationship")) {
            let target = attr(rel, "Target").unwrap();
            out.push(if dir.is_empty() {
                target.to_owned()
            } else {
                format!("{dir}/{target}")
            });
        }
    }
    out
}

#[test]
fn header_and_footer_parts_are_present_and_referenced() {
    let bytes = docx("en");
    let refs = referenced(&bytes);
    for p in ["word/header1.xml", "word/footer1.xml"] {
        assert!(names(&bytes).contains(&p.to_owned()), "{p} present");
        assert!(refs.contains(&p.to_owned()), "{p} referenced: {refs:?}");
    }
    let doc = support::zip_part(&bytes, "word/document.xml");
    assert!(doc.contains("<w:headerReference") && doc.contains("<w:footerReference"));
    let header = support::zip_part(&bytes, "word/header1.xml");
    assert!(header.contains("Integration readiness report: Harm Reduction Network"));
}

#[test]
fn footer_says_page_n_of_m_with_fields() {
    let bytes = docx("en");
    let xml = support::zip_part(&bytes, "word/footer1.xml");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let mut seen = Vec::new();
    for n in doc.descendants() {
        if is(n, "t") {
            seen.push(n.text().unwrap_or("").to_owned());
        } else if is(n, "instrText") {
            seen.push(format!("[{}]", n.text().unwrap_or("").trim()));
        }
    }
    let at = |s: &str| {
        seen.iter()
            .position(|x| x == s)
            .unwrap_or_else(|| panic!("{s}: {seen:?}"))
    };
    assert!(
        at("Page ") < at("[PAGE]") && at("[PAGE]") < at(" of ") && at(" of ") < at("[NUMPAGES]")
    );
    let fr = support::zip_part(&docx("fr"), "word/footer1.xml");
    assert!(
        fr.contains(">Page </w:t>") && fr.contains("> sur </w:t>"),
        "{fr}"
    );
}

#[test]
fn header_rows_repeat_and_only_header_rows() {
    let xml = support::zip_part(&docx("en"), "word/document.xml");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let mut headed = 0;
    for tbl in doc.descendants().filter(|n| is(*n, "tbl")) {
        let rows: Vec<_> = tbl.children().filter(|n| is(*n, "tr")).collect();
        let marked = |r: &roxmltree::Node| r.descendants().any(|n| is(n, "tblHeader"));
        assert!(!rows.iter().skip(1).any(marked), "only a first row repeats");
        if rows.first().is_some_and(marked) {
            headed += 1;
            let text: String = rows[0].descendants().filter_map(|n| n.text()).collect();
            assert!(!text.is_empty(), "a repeated row has column names");
        }
        // Every table spans the text width.
        let width = tbl.descendants().find(|n| is(*n, "tblW")).unwrap();
        assert_eq!(
            (attr(width, "w"), attr(width, "type")),
            (Some("5000"), Some("pct"))
        );
    }
    // Principles, three action tables (one per principle with actions), three appendix tables.
    assert!(headed >= 5, "{headed} tables with a repeating header");
}

#[test]
fn document_language_follows_the_report() {
    for (lang, tag) in [("en", "en-GB"), ("fr", "fr-FR")] {
        let bytes = docx(lang);
        let xml = support::zip_part(&bytes, "word/styles.xml");
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let default = doc.descendants().find(|n| is(*n, "rPrDefault")).unwrap();
        let l = default.descendants().find(|n| is(*n, "lang")).unwrap();
        assert_eq!(attr(l, "val"), Some(tag), "{lang}");
        assert!(
            support::zip_part(&bytes, "docProps/core.xml")
                .contains(&format!("<dc:language>{tag}<"))
        );
    }
}

#[test]
fn core_properties_name_integra_and_the_creation_time() {
    let xml = support::zip_part(&docx("en"), "docProps/core.xml");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let text = |tag: &str| {
        doc.descendants()
            .find(|n| is(*n, tag))
            .and_then(|n| n.text())
            .unwrap_or_else(|| panic!("no {tag}"))
            .to_owned()
    };
    assert_eq!(text("creator"), "integra");
    let created = text("created");
    assert!(created.len() == 20 && created.ends_with('Z'), "{created}");
    assert!(
        created.as_str() > "2026-01-01",
        "a real date, not the 1970 default: {created}"
    );
}

#[test]
fn every_part_is_referenced_and_every_override_exists() {
    let bytes = docx("en");
    let refs = referenced(&bytes);
    for name in names(&bytes) {
        if name.ends_with('/') || is_rels(&name) || name == "[Content_Types].xml" {
            continue;
        }
        assert!(refs.contains(&name), "{name} is not referenced: {refs:?}");
    }
    let types = support::zip_part(&bytes, "[Content_Types].xml");
    let doc = roxmltree::Document::parse(&types).unwrap();
    for o in doc.descendants().filter(|n| is(*n, "Override")) {
        let name = attr(o, "PartName").unwrap().trim_start_matches('/');
        assert!(
            names(&bytes).contains(&name.to_owned()),
            "override for missing {name}"
        );
    }
}

#[test]
fn verdict_and_failed_gates_sit_in_shaded_boxes() {
    let xml = support::zip_part(&docx("en"), "word/document.xml");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    // In the detail, after the page-one summary and the contents list.
    let texts: Vec<_> = doc.descendants().filter(|n| is(*n, "t")).collect();
    let contents = texts
        .iter()
        .position(|n| n.text() == Some("Contents"))
        .unwrap();
    let fill_around = |needle: &str| {
        let t = texts[contents..]
            .iter()
            .find(|n| n.text().is_some_and(|t| t.contains(needle)))
            .unwrap_or_else(|| panic!("no '{needle}'"));
        let cell = t
            .ancestors()
            .find(|n| is(*n, "tc"))
            .expect("inside a table cell");
        let shd = cell.descendants().find(|n| is(*n, "shd")).expect("shaded");
        attr(shd, "fill").unwrap().to_owned()
    };
    assert_eq!(fill_around("Readiness: Building readiness"), "DEEAF6");
    // The binding limit and what would lift the band are in the verdict's box too.
    assert_eq!(fill_around("holds the band at"), "DEEAF6");
    assert_eq!(fill_around("Fix 'referral-followup'"), "DEEAF6");
    assert_eq!(
        fill_around("Referrals are not routinely followed up"),
        "FFF2CC"
    );
}

#[test]
fn every_part_is_well_formed_even_with_hostile_text() {
    let (fw, sheet, card) = fixture(support::HOSTILE, "en");
    let ctx = ReportContext::build(&fw, &sheet, &card);
    let bytes = report::render_bytes(&ctx, ReportFormat::Docx, None).unwrap();
    let all = names(&bytes);
    assert!(all.len() >= 10, "{all:?}");
    for name in &all {
        let xml = support::zip_part(&bytes, name);
        roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    // The programme's name is in the title, in the header and the document properties, as
    // text.
    let core = support::zip_part(&bytes, "docProps/core.xml");
    let doc = roxmltree::Document::parse(&core).unwrap();
    let title = doc.descendants().find(|n| is(*n, "title")).unwrap();
    assert!(
        title
            .text()
            .unwrap()
            .contains("<img src=x onerror=alert(1)> & Co"),
        "{core}"
    );
}
