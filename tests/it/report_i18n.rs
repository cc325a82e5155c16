//! Reports in French, Spanish and Russian: every heading and label integra writes is in the
//! report's language, no English heading is left, plain text still fits 80 columns, HTML is
//! still well-formed, and JSON keys stay English whatever the language.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::support::report_fixture as support;

use integra::i18n;
use integra::report::{ReportContext, ReportFormat};
use support::{EARLIER, HOSTILE, SESSION, fixture, render_ctx, stable};

/// The report headings (catalogue keys) every report has.
const HEADINGS: [&str; 9] = [
    "report-h-summary",
    "report-h-result",
    "report-h-principles",
    "report-h-strengths",
    "report-h-gaps",
    "report-h-actions",
    "report-h-notes",
    "report-h-appendix",
    "report-h-method",
];

/// `session` in `lang`, compared with the earlier session (so the progress section shows).
fn context(session: &str, lang: &str) -> ReportContext {
    let (fw, sheet, card) = fixture(session, lang);
    let (_, before, before_card) = fixture(EARLIER, lang);
    ReportContext::build(&fw, &sheet, &card).compared_with(&fw, &before, &before_card)
}

/// How a heading reads in `format`: `## Result`, `<h2 id="…">Result</h2>`, `RESULT`.
fn heading_lines(out: &str, format: ReportFormat) -> Vec<String> {
    let lines = out.lines();
    match format {
        ReportFormat::Markdown => lines
            .filter_map(|l| l.strip_prefix("## "))
            .map(str::to_owned)
            .collect(),
        ReportFormat::Html => lines
            .filter(|l| l.starts_with("<h2"))
            .filter_map(|l| Some(l.split_once('>')?.1.strip_suffix("</h2>")?.to_owned()))
            .collect(),
        _ => {
            // A heading is a line underlined by dashes of the same length.
            let all: Vec<&str> = out.lines().collect();
            all.windows(2)
                .filter(|w| {
                    !w[0].is_empty()
                        && w[1].chars().all(|c| c == '-')
                        && w[1].chars().count() == w[0].chars().count()
                })
                .map(|w| w[0].to_owned())
                .collect()
        }
    }
}

#[test]
fn headings_are_translated_and_no_english_heading_remains() {
    for lang in ["fr", "es", "ru"] {
        for format in [
            ReportFormat::Markdown,
            ReportFormat::Html,
            ReportFormat::Text,
        ] {
            let out = render_ctx(&context(SESSION, lang), format);
            let shown = heading_lines(&out, format);
            let mut expected: Vec<String> = HEADINGS
                .iter()
                .map(|k| i18n::tr(i18n::Lang::or_english(lang), k))
                .collect();
            expected.insert(
                2,
                i18n::tr(i18n::Lang::or_english(lang), "report-h-progress"),
            );
            if format == ReportFormat::Text {
                expected = expected.iter().map(|h| h.to_uppercase()).collect();
            }
            assert_eq!(shown, expected, "{lang} {format}");
            for key in HEADINGS {
                let english = i18n::tr(i18n::Lang::En, key);
                if english == i18n::tr(i18n::Lang::or_english(lang), key) {
                    continue; // e.g. "Notes" is French too
                }
                for h in &shown {
                    assert!(
                        !h.eq_ignore_ascii_case(&english),
                        "{lang} {format}: English heading '{english}' left"
                    );
                }
            }
        }
    }
}

#[test]
fn labels_and_prose_are_in_the_report_language() {
    let fr = render_ctx(&context(SESSION, "fr"), ReportFormat::Markdown);
    for phrase in [
        "**Couverture :**",
        "Non franchi",
        "non franchi",
        "Plan d'action",
        "| Rang | Action | Question | Score | Responsable | Échéance |",
        "en progrès",
    ] {
        assert!(fr.contains(phrase), "fr lacks '{phrase}':\n{fr}");
    }
    for english in [
        "not recorded",
        "Coverage:",
        "Readiness:",
        "needs an answer",
        "improved",
    ] {
        assert!(!fr.contains(english), "fr has '{english}'");
    }
    let ru = render_ctx(&context(SESSION, "ru"), ReportFormat::Text);
    assert!(ru.contains("ОТЧЁТ О ГОТОВНОСТИ К ИНТЕГРАЦИИ\n==============================="));
    assert!(
        ru.contains("Уровень ограничен: не пройден 1 порог."),
        "{ru}"
    );
    let es = render_ctx(&context(HOSTILE, "es"), ReportFormat::Html);
    assert!(es.contains("<h1>Informe de preparación para la integración</h1>"));
    assert!(es.contains("<dt>Fecha</dt><dd>no consta</dd>"), "{es}");
}

#[test]
fn translated_text_fits_80_columns_and_html_stays_well_formed() {
    for lang in ["fr", "es", "ru"] {
        for session in [SESSION, HOSTILE] {
            let text = render_ctx(&context(session, lang), ReportFormat::Text);
            for line in text.lines() {
                let n = line.chars().count();
                assert!(n <= 80, "{lang}: {n} columns: {line}");
            }
            let html = render_ctx(&context(session, lang), ReportFormat::Html);
            let doc = roxmltree::Document::parse(html.trim_start_matches("<!DOCTYPE html>\n"));
            assert!(doc.is_ok(), "{lang} {session}: {doc:?}");
            // Hostile text is escaped inside translated sentences too.
            assert!(!html.contains("<script"), "{lang} {session}");
            assert!(!html.contains("<img"), "{lang} {session}");
        }
    }
}

/// The keys of a JSON value, recursively, with their paths.
fn keys(v: &serde_json::Value, path: &str, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                out.push(format!("{path}.{k}"));
                keys(v, &format!("{path}.{k}"), out);
            }
        }
        serde_json::Value::Array(items) => {
            for v in items {
                keys(v, &format!("{path}[]"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn json_and_csv_keys_stay_english() {
    let json = |lang| {
        let out = render_ctx(&context(SESSION, lang), ReportFormat::Json);
        let mut k = Vec::new();
        keys(&serde_json::from_str(&out).unwrap(), "", &mut k);
        k.sort();
        k.dedup();
        k
    };
    let english = json("en");
    assert!(english.contains(&".overall.band.label".to_owned()));
    for lang in ["fr", "es", "ru"] {
        assert_eq!(json(lang), english, "{lang}");
        let csv = render_ctx(&context(SESSION, lang), ReportFormat::Csv);
        let en_csv = render_ctx(&context(SESSION, "en"), ReportFormat::Csv);
        assert_eq!(
            csv.lines().next(),
            en_csv.lines().next(),
            "{lang} CSV header"
        );
    }
}

#[test]
fn english_reports_do_not_change() {
    // The English snapshots (tests/report.rs) guard every byte; here, a report asked for in
    // a language integra does not speak is English.
    let en = stable(&render_ctx(&context(SESSION, "en"), ReportFormat::Markdown));
    let pt = stable(&render_ctx(&context(SESSION, "pt"), ReportFormat::Markdown));
    assert_eq!(en, pt);
    // Snapshots ignore leading blank lines; a template tag that leaves one is a change.
    assert!(en.starts_with("# Integration readiness report: Harm Reduction Network\n\n"));
    let txt = render_ctx(&context(SESSION, "en"), ReportFormat::Text);
    assert!(txt.starts_with("INTEGRATION READINESS REPORT\n============================\n"));
    let html = render_ctx(&context(SESSION, "en"), ReportFormat::Html);
    assert!(html.starts_with("<!DOCTYPE html>"));
}

/// The text of a Word report's body (every `w:t`), after checking the XML is well-formed.
fn docx_text(ctx: &ReportContext) -> String {
    use std::io::Read as _;
    let bytes = integra::report::render_bytes(ctx, ReportFormat::Docx, None).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    let doc = roxmltree::Document::parse(&xml).unwrap();
    doc.descendants()
        .filter(|n| n.tag_name().name() == "t")
        .filter_map(|n| n.text())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn word_reports_use_the_report_language() {
    for lang in ["fr", "es", "ru"] {
        let text = docx_text(&context(SESSION, lang));
        // The Word report has no page-one summary section (yet): its headings start at Result.
        for key in &HEADINGS[1..] {
            let heading = i18n::tr(i18n::Lang::or_english(lang), key);
            assert!(text.contains(&heading), "{lang}: no '{heading}'");
            let english = i18n::tr(i18n::Lang::En, key);
            if english != heading {
                assert!(
                    !text.lines().any(|l| l == english),
                    "{lang}: English heading '{english}' left"
                );
            }
        }
        assert!(
            !text.contains('{'),
            "{lang}: a placeholder was left unfilled"
        );
    }
    let ru = docx_text(&context(SESSION, "ru"));
    assert!(ru.contains("По сравнению с оценкой от 2024-09-10"), "{ru}");
}

#[test]
fn portfolios_use_the_sessions_language() {
    use integra::report::aggregate::{Portfolio, render};
    for lang in ["fr", "es", "ru"] {
        let sessions = vec![
            ("a.toml".to_owned(), context(SESSION, lang)),
            ("b.toml".to_owned(), context(HOSTILE, lang)),
        ];
        let portfolio = Portfolio::build(&sessions);
        for format in [ReportFormat::Markdown, ReportFormat::Html] {
            let out = render(&portfolio, format, None).unwrap();
            assert!(
                out.contains(&i18n::tr(i18n::Lang::or_english(lang), "agg-h-bands")),
                "{lang} {format}"
            );
            let median = if format == ReportFormat::Html {
                ">Median<"
            } else {
                "**Median**"
            };
            for english in ["Portfolio:", "Bands", median, "Failed gates", "held below"] {
                assert!(!out.contains(english), "{lang} {format}: '{english}' left");
            }
        }
    }
}

/// Emphasis is the template's, not the catalogue's: a band named in a sentence is in italics
/// in French HTML and Markdown, as in English, and between guillemets in plain text, where
/// nothing can be emphasised; never both.
#[test]
fn emphasis_is_passed_in_and_each_language_quotes_plain_text_its_way() {
    let ctx = context(SESSION, "fr");
    let flat = |format| {
        render_ctx(&ctx, format)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let html = flat(ReportFormat::Html);
    assert!(
        html.contains("ne peut dépasser <em>Building readiness</em>."),
        "{html}"
    );
    assert!(html.contains("Score global : <strong>73,3</strong> sur 100"));
    let md = flat(ReportFormat::Markdown);
    assert!(
        md.contains("ne peut dépasser *Building readiness*."),
        "{md}"
    );
    assert!(md.contains("Le score seul atteindrait *Ready to integrate* ;"));
    let txt = flat(ReportFormat::Text);
    assert!(
        txt.contains("ne peut dépasser « Building readiness »."),
        "{txt}"
    );
    for out in [&html, &md] {
        assert!(!out.contains("« <em>") && !out.contains("« *"), "{out}");
    }
}

#[test]
fn checklist_answers_are_joined_the_report_languages_way() {
    // French sets a space before a semicolon; English and Spanish do not.
    for (lang, joined) in [
        ("en", "HIV testing; Needle and syringe programme"),
        ("fr", "HIV testing ; Needle and syringe programme"),
        ("es", "HIV testing; Needle and syringe programme"),
    ] {
        let out = render_ctx(&context(SESSION, lang), ReportFormat::Markdown);
        assert!(out.contains(joined), "{lang}: {out}");
    }
}

/// A French report, golden: decimal commas and a no-break space before `%` ("66,7 %").
#[test]
fn french_markdown_and_text_snapshots() {
    let ctx = context(SESSION, "fr");
    insta::assert_snapshot!(
        "report_fr_md",
        stable(&render_ctx(&ctx, ReportFormat::Markdown))
    );
    insta::assert_snapshot!(
        "report_fr_txt",
        stable(&render_ctx(&ctx, ReportFormat::Text))
    );
}

/// `html` with every `<svg>…</svg>` taken out.
fn without_svg(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(start) = rest.find("<svg") {
        out.push_str(&rest[..start]);
        let end = rest[start..].find("</svg>").unwrap() + start + "</svg>".len();
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[test]
fn numbers_are_written_the_readers_way() {
    let nbsp = '\u{a0}';
    for lang in ["fr", "es", "ru"] {
        let ctx = context(SESSION, lang);
        let md = render_ctx(&ctx, ReportFormat::Markdown);
        let html = render_ctx(&ctx, ReportFormat::Html);
        let txt = render_ctx(&ctx, ReportFormat::Text);
        // Services: weight 2 of 3, so 66.7% of the overall score's weight; 1.1 is half of its
        // principle's counted weight and adds 25.0 to it.
        let share = format!("66,7{nbsp}%");
        assert!(md.contains(&format!("| {share} |")), "{lang} md: {md}");
        assert!(md.contains(&format!("| 50,0{nbsp}% | 25,0 |")), "{lang} md");
        assert!(
            md.contains(&format!("| **100{nbsp}%** | **")),
            "{lang} md sum"
        );
        assert!(html.contains(&format!(">{share}</td>")), "{lang} html");
        assert!(txt.contains(&format!("50,0{nbsp}%")), "{lang} txt");
        assert!(txt.contains("73,3"), "{lang} txt");
        // Outside the bars' coordinates, no score or share is written with a point.
        let words = without_svg(&html);
        for out in [&md, &words, &txt] {
            assert!(
                !out.contains("73.3") && !out.contains("66.7"),
                "{lang}: {out}"
            );
        }
        // The bars' coordinates are for the browser, not the reader: a decimal point.
        assert!(html.contains("width=\"73.33\""), "{lang} html svg");
        assert!(!html.contains("width=\"73,33\""), "{lang} html svg");
    }
    // English keeps "66.7%"; JSON and the default CSV keep points whatever the language.
    let en = render_ctx(&context(SESSION, "en"), ReportFormat::Markdown);
    assert!(en.contains("| 66.7% |"), "{en}");
    let fr = context(SESSION, "fr");
    let csv = render_ctx(&fr, ReportFormat::Csv);
    assert!(csv.contains(",50.0,") || csv.contains("50.0"), "{csv}");
    assert!(!csv.contains("50,0"), "{csv}");
    let json = render_ctx(&fr, ReportFormat::Json);
    assert!(json.contains("73.33"), "{json}");
}

#[test]
fn the_word_report_writes_numbers_the_readers_way_too() {
    for (lang, score, share) in [("fr", "73,3", "67\u{a0}%"), ("en", "73.3", "67%")] {
        let bytes =
            integra::report::render_bytes(&context(SESSION, lang), ReportFormat::Docx, None)
                .unwrap();
        let doc = support::zip_part(&bytes, "word/document.xml");
        assert!(doc.contains(score), "{lang}: the overall score as {score}");
        assert!(
            doc.contains(share),
            "{lang}: a principle's share as {share}"
        );
        if lang == "fr" {
            assert!(!doc.contains("73.3") && !doc.contains("67%"), "{lang}");
        }
    }
}
