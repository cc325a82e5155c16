//! HTML reports: well-formed, self-contained, and never turning user or framework text into
//! markup.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::support::report_fixture as support;

use integra::framework::Text;
use integra::report::{self, ReportFormat};
use integra::scoring::score;
use support::{HOSTILE, SESSION, fixture, render};

fn parse_html(html: &str) -> roxmltree::Document<'_> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    roxmltree::Document::parse_with_options(html, options)
        .unwrap_or_else(|e| panic!("HTML is not well-formed: {e}"))
}

#[test]
fn html_is_well_formed_and_self_contained() {
    let html = render(SESSION, ReportFormat::Html);
    assert!(html.starts_with("<!DOCTYPE html>"));
    let doc = parse_html(&html);
    let elements: Vec<_> = doc
        .descendants()
        .filter(roxmltree::Node::is_element)
        .collect();
    let named = |n: &str| elements.iter().filter(|e| e.tag_name().name() == n).count();
    assert_eq!(named("script"), 0);
    assert_eq!(named("link"), 0);
    assert_eq!(named("img"), 0);
    assert_eq!(named("style"), 1);
    assert_eq!(
        named("svg"),
        3,
        "one bar for the overall score and one per scored principle (context has none)"
    );
    for e in &elements {
        for a in e.attributes() {
            assert!(
                !a.name().starts_with("on"),
                "event handler attribute {}",
                a.name()
            );
            assert!(
                !a.value().contains("http:") && !a.value().contains("https:"),
                "external reference {}",
                a.value()
            );
        }
    }
    assert!(!html.contains("url("), "no external resources from CSS");
    assert!(!html.contains("@import"));
    assert!(html.contains("@media print") && html.contains("size: A4"));
    assert!(html.contains("name=\"viewport\""));
    // A browser that opens the file is told to load and run nothing at all.
    let csp = elements
        .iter()
        .find(|e| e.attribute("http-equiv") == Some("Content-Security-Policy"))
        .and_then(|e| e.attribute("content"))
        .expect("a Content-Security-Policy meta tag");
    assert!(csp.starts_with("default-src 'none';"), "{csp}");
    assert!(!csp.contains("script-src"), "{csp}");
}

#[test]
fn html_bars_carry_their_numbers_in_words_too() {
    let html = render(SESSION, ReportFormat::Html);
    let doc = parse_html(&html);
    let labels: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("svg"))
        .filter_map(|n| n.attribute("aria-label"))
        .collect();
    assert_eq!(
        labels,
        ["73.3 out of 100", "70.0 out of 100", "80.0 out of 100"]
    );
    let widths: Vec<&str> = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("fill"))
        .filter_map(|n| n.attribute("width"))
        .collect();
    assert_eq!(widths, ["73.33", "70.00", "80.00"]);
}

const HOSTILE_STRINGS: &[&str] = &[
    "<script>alert('note')</script>",
    "\" onmouseover=\"alert(1)\" x=\"",
    "[click me](javascript:alert(1)) <a href=\"javascript:alert(2)\">link</a>",
    "</td></tr></table><script>alert('answer')</script>",
    "<img src=x onerror=alert(1)> & Co",
    "\" onload=\"alert(1)",
    "javascript:alert(1)",
];

#[test]
fn html_keeps_hostile_text_as_text() {
    let html = render(HOSTILE, ReportFormat::Html);
    let doc = parse_html(&html);
    let text: String = doc
        .descendants()
        .filter(roxmltree::Node::is_text)
        .filter_map(|n| n.text())
        .collect();
    for s in HOSTILE_STRINGS {
        assert!(text.contains(s), "missing as text: {s}");
    }
    let elements: Vec<_> = doc
        .descendants()
        .filter(roxmltree::Node::is_element)
        .collect();
    assert!(
        !elements
            .iter()
            .any(|e| matches!(e.tag_name().name(), "script" | "img" | "a"))
    );
    for e in &elements {
        for a in e.attributes() {
            assert!(
                !a.name().starts_with("on"),
                "injected attribute {}",
                a.name()
            );
            assert!(
                !a.value().contains("javascript:"),
                "javascript: URL in {}",
                a.name()
            );
        }
    }
    assert!(html.contains("&lt;script&gt;alert(&#39;note&#39;)&lt;/script&gt;"));
}

#[test]
fn html_framework_text_is_escaped_too() {
    let (mut fw, sheet, _) = fixture(SESSION, "en");
    fw.principles[1].title = Text::english("<b onclick=\"x()\">Services</b>");
    fw.bands[1].label = Text::english("Building <em>readiness</em>");
    let card = score(&fw, &sheet.answers, "en");
    let html = report::render(&fw, &sheet, &card, ReportFormat::Html, None).unwrap();
    let doc = parse_html(&html);
    assert!(!doc.descendants().any(|n| n.has_tag_name("b")));
    assert!(html.contains("&lt;b onclick=&quot;x()&quot;&gt;Services&lt;/b&gt;"));
    assert!(html.contains("Building &lt;em&gt;readiness&lt;/em&gt;"));
}

#[test]
fn html_escapes_whatever_the_template_file_is_called() {
    let (fw, sheet, card) = fixture(HOSTILE, "en");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("custom.tera");
    std::fs::write(&path, "{% for n in notes %}<p>{{ n.note }}</p>{% endfor %}").unwrap();
    let html = report::render(&fw, &sheet, &card, ReportFormat::Html, Some(&path)).unwrap();
    assert!(!html.contains("<script"), "{html}");
    assert!(html.contains("&lt;script&gt;"));
    let md = report::render(&fw, &sheet, &card, ReportFormat::Markdown, Some(&path)).unwrap();
    assert!(
        md.contains("<script>"),
        "non-HTML formats are not HTML-escaped"
    );
}

/// The overall bar is marked where the bands meet (not at quarters), and each band's stretch
/// names the band, so the distance to the next band can be read off it.
#[test]
fn the_overall_bar_is_marked_at_the_band_limits() {
    let (fw, sheet, card) = fixture(SESSION, "en");
    let ctx = integra::report::ReportContext::build(&fw, &sheet, &card);
    let html = support::render_ctx(&ctx, ReportFormat::Html);
    let doc = parse_html(&html);
    let scale = doc
        .descendants()
        .find(|n| n.has_tag_name("svg") && n.attribute("class") == Some("bar scale"))
        .expect("the overall bar");
    let limits: Vec<f64> = scale
        .children()
        .filter(|n| n.attribute("class") == Some("tick band-limit"))
        .map(|n| n.attribute("x1").unwrap().parse().unwrap())
        .collect();
    let expected: Vec<f64> = ctx.bands.iter().skip(1).map(|b| b.min).collect();
    assert_eq!(limits, expected);
    let titles: Vec<String> = scale
        .descendants()
        .filter(|n| n.has_tag_name("title"))
        .map(|n| n.text().unwrap().to_owned())
        .collect();
    assert_eq!(titles.len(), ctx.bands.len());
    assert!(titles[0].starts_with(&ctx.bands[0].label), "{titles:?}");
}

/// The name a column's values follow on a phone, from the report's style: the first CSS
/// string of the rule whose selector list has `selector`, its six-digit escapes read back.
fn column_name(style: &str, selector: &str) -> Option<String> {
    let rule = style.lines().find(|l| {
        l.split('{')
            .next()
            .is_some_and(|sel| sel.split(',').any(|s| s.trim() == selector))
    })?;
    let quoted = rule.split_once("content: \"")?.1.split_once('"')?.0;
    let mut name = String::new();
    let mut rest = quoted;
    while let Some(at) = rest.find('\\') {
        name.push_str(&rest[..at]);
        let code = u32::from_str_radix(&rest[at + 1..at + 7], 16).ok()?;
        name.push(char::from_u32(code)?);
        rest = &rest[at + 7..];
    }
    Some(name + rest)
}

#[test]
fn on_a_phone_the_appendix_stacks_each_question_with_its_column_names() {
    for (lang, colon) in [("en", ":"), ("fr", " :")] {
        let (fw, sheet, card) = fixture(SESSION, lang);
        let ctx = report::ReportContext::build(&fw, &sheet, &card);
        let html = support::render_ctx(&ctx, ReportFormat::Html);
        let doc = parse_html(&html);
        let style = doc
            .descendants()
            .find(|n| n.has_tag_name("style"))
            .and_then(|n| n.text())
            .unwrap();
        let tables: Vec<_> = doc
            .descendants()
            .filter(|n| n.has_tag_name("table"))
            .filter_map(|n| Some((n, n.attribute("class")?.strip_prefix("questions ")?)))
            .collect();
        assert_eq!(tables.len(), 3, "context and two scored principles");
        let mut named = 0;
        for (table, kind) in tables {
            let heads: Vec<String> = table
                .descendants()
                .filter(|n| n.has_tag_name("th") && n.ancestors().any(|a| a.has_tag_name("thead")))
                .map(|th| th.text().unwrap_or_default().to_owned())
                .collect();
            let columns = match kind {
                "scored" => 8,
                "plain" => 4,
                other => panic!("a table of questions of another kind: {other}"),
            };
            assert_eq!(heads.len(), columns, "{kind}: {heads:?}");
            let rows = table
                .descendants()
                .filter(|n| n.has_tag_name("tr") && n.ancestors().any(|a| a.has_tag_name("tbody")));
            for row in rows {
                let cells: Vec<_> = row.children().filter(roxmltree::Node::is_element).collect();
                assert_eq!(cells.len(), columns);
                // The number and the question lead the block; they need no name.
                if row.attribute("class") != Some("sum") {
                    assert_eq!(cells[0].attribute("class"), Some("qn"));
                    assert_eq!(cells[1].attribute("class"), Some("qt"));
                }
            }
            for column in 1..=columns {
                let selector = format!("table.questions.{kind} td:nth-child({column})::before");
                let name = column_name(style, &selector);
                if column <= 2 {
                    assert_eq!(name, None, "{lang}: {selector}");
                } else {
                    let head = &heads[column - 1];
                    assert_eq!(name, Some(format!("{head}{colon}")), "{lang}: {selector}");
                    named += 1;
                }
            }
        }
        assert_eq!(named, 6 + 6 + 2, "{lang}");
    }
    let html = render(SESSION, ReportFormat::Html);
    for rule in [
        "@media (max-width: 420px) {",
        "table.questions thead { display: none; }",
        "table.questions, table.questions tbody, table.questions tr { display: block;",
        "table.questions td:empty { display: none; }",
    ] {
        assert!(html.contains(rule), "{rule}");
    }
}
