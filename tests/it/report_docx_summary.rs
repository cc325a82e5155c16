//! The Word report's page-one summary, read back with a .docx reader: it sits under the facts
//! and before the contents list and the detail, in shaded boxes, with the band on a scale
//! marked at the band limits, the gates that hold the band down (answer and note), what would
//! lift it and the first five actions.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use std::path::Path;

use crate::support::report_fixture as support;

use integra::report::{self, ReportContext, ReportFormat};
use roxmltree::{Document, Node};
use support::{SESSION, fixture};

fn context(session: &str, lang: &str) -> ReportContext {
    let (fw, sheet, card) = fixture(session, lang);
    ReportContext::build(&fw, &sheet, &card)
}

fn document(ctx: &ReportContext) -> String {
    let bytes = report::render_bytes(ctx, ReportFormat::Docx, None).unwrap();
    support::zip_part(&bytes, "word/document.xml")
}

fn is(node: Node, tag: &str) -> bool {
    node.tag_name().name() == tag
}

fn attr<'a>(node: Node<'a, '_>, name: &str) -> Option<&'a str> {
    node.attributes()
        .find(|a| a.name() == name)
        .map(|a| a.value())
}

/// The body's top-level paragraphs and tables, each as its text.
fn blocks<'a>(doc: &'a Document<'a>) -> Vec<(Node<'a, 'a>, String)> {
    let body = doc.descendants().find(|n| is(*n, "body")).unwrap();
    body.children()
        .filter(|n| is(*n, "p") || is(*n, "tbl"))
        .map(|n| {
            let text: String = n
                .descendants()
                .filter(|t| is(*t, "t"))
                .filter_map(|t| t.text())
                .collect();
            (n, text)
        })
        .collect()
}

/// The index of the first block whose text contains `needle`.
fn index(blocks: &[(Node, String)], needle: &str) -> usize {
    blocks
        .iter()
        .position(|(_, t)| t.contains(needle))
        .unwrap_or_else(|| panic!("no block holds '{needle}'"))
}

/// The cells of a table row.
fn cells<'a, 'i>(row: Node<'a, 'i>) -> Vec<Node<'a, 'i>> {
    row.children().filter(|n| is(*n, "tc")).collect()
}

/// The fill of a box (a one-cell table): the shading of its cell.
fn fill(table: Node) -> String {
    let cell = table.descendants().find(|n| is(*n, "tc")).unwrap();
    let shd = cell.children().find(|n| is(*n, "tcPr")).unwrap();
    let shd = shd.children().find(|n| is(*n, "shd")).unwrap();
    attr(shd, "fill").unwrap().to_owned()
}

#[test]
fn the_summary_is_on_page_one_before_the_contents_and_the_detail() {
    let ctx = context(SESSION, "en");
    let xml = document(&ctx);
    let doc = Document::parse(&xml).unwrap();
    let b = blocks(&doc);
    let facts = index(&b, "A. Facilitator");
    let heading = b.iter().position(|(_, t)| t == "Summary").unwrap();
    let verdict = index(
        &b,
        "Readiness: Building readiness · score 73.3 / 100 · 5 of 5 questions answered",
    );
    let gates = index(&b, "What holds the band down:");
    let actions = index(&b, "First actions:");
    let contents = b.iter().position(|(_, t)| t == "Contents").unwrap();
    let result = b.iter().position(|(_, t)| t == "Result").unwrap();
    assert!(facts < heading && heading < verdict && verdict < gates);
    assert!(gates < actions && actions < contents && contents < result);
    // The contents list opens page 2, so everything above it is page 1.
    let (contents_p, _) = &b[contents];
    assert!(
        contents_p.descendants().any(|n| is(n, "pageBreakBefore")),
        "the contents start a page"
    );
    assert_eq!(fill(b[verdict].0), "DEEAF6", "verdict in the blue box");
    assert_eq!(fill(b[gates].0), "FFF2CC", "gates in the amber box");
    assert_eq!(fill(b[actions].0), "F2F2F2", "actions in the grey box");
    // The gate with the answer behind it, then what would lift the band.
    let gate_box = &b[gates].1;
    let limit = &ctx.summary.gates[0];
    assert!(gate_box.contains(&limit.text), "{gate_box}");
    let answer = limit.answer.as_deref().unwrap();
    assert!(
        gate_box.contains(&format!("Answer: {answer}.")),
        "{gate_box}"
    );
    let lift = &ctx.verdict.lift.as_ref().unwrap().text;
    assert!(
        gate_box.find(&limit.text).unwrap() < gate_box.find(lift.as_str()).unwrap(),
        "the lift follows the gates: {gate_box}"
    );
    // The first actions, in rank order, with their points at stake.
    let action_box = &b[actions].1;
    let mut at = 0;
    for a in &ctx.summary.top_actions {
        let found = action_box[at..]
            .find(&a.recommendation)
            .unwrap_or_else(|| panic!("action {} missing or out of order", a.rank));
        at += found;
    }
    assert!(action_box.contains("points at stake"), "{action_box}");
}

#[test]
fn the_band_scale_is_marked_at_the_band_limits() {
    let ctx = context(SESSION, "en");
    let xml = document(&ctx);
    let doc = Document::parse(&xml).unwrap();
    let b = blocks(&doc);
    let (verdict, _) = b[index(&b, "Readiness: Building readiness ·")];
    let scale = verdict
        .descendants()
        .skip(1)
        .find(|n| is(*n, "tbl"))
        .expect("a scale inside the verdict's box");
    let rows: Vec<Node> = scale.children().filter(|n| is(*n, "tr")).collect();
    let width = |c: Node| -> usize {
        let w = c.descendants().find(|n| is(*n, "tcW")).unwrap();
        attr(w, "w").unwrap().parse().unwrap()
    };
    let shade = |c: Node| -> String {
        let s = c.descendants().find(|n| is(*n, "shd")).unwrap();
        attr(s, "fill").unwrap().to_owned()
    };
    // Bands 0–40, 40–70, 70–100 and the score 73.3: steps at 0, 40, 70, 73.3, 100.
    let bar = cells(rows[0]);
    assert_eq!(bar.len(), 4);
    let total: usize = bar.iter().map(|c| width(*c)).sum();
    let filled: usize = bar
        .iter()
        .filter(|c| shade(**c) == "2F5496")
        .map(|c| width(*c))
        .sum();
    let filled_pct = filled as f64 / total as f64 * 100.0;
    assert!(
        (filled_pct - 73.3).abs() < 0.5,
        "bar filled to {filled_pct}"
    );
    let names = cells(rows[1]);
    let text = |c: Node| -> String {
        c.descendants()
            .filter(|n| is(*n, "t"))
            .filter_map(|n| n.text())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let labels: Vec<String> = names.iter().map(|c| text(*c)).collect();
    assert_eq!(
        labels,
        [
            "Not ready: build foundations first 0–40",
            "Building readiness 40–70",
            "Ready to integrate 70–100"
        ]
    );
    // Each band as wide as its stretch; the band reached is shaded.
    let band_width = |i: usize| width(names[i]) as f64 / total as f64 * 100.0;
    for (i, stretch) in [40.0, 30.0, 30.0].into_iter().enumerate() {
        assert!((band_width(i) - stretch).abs() < 0.5, "band {i}");
    }
    assert_eq!(shade(names[1]), "B4C6E7", "the band reached");
    assert_eq!(shade(names[2]), "FFFFFF");
}

#[test]
fn the_summary_speaks_the_report_language() {
    let ctx = context(SESSION, "fr");
    let xml = document(&ctx);
    let doc = Document::parse(&xml).unwrap();
    let b = blocks(&doc);
    let heading = b.iter().position(|(_, t)| t == "Synthèse").unwrap();
    let gates = index(&b, "Ce qui retient le niveau :");
    let actions = index(&b, "Premières actions :");
    let contents = b
        .iter()
        .position(|(_, t)| t == "Table des matières")
        .unwrap();
    assert!(heading < gates && gates < actions && actions < contents);
    assert!(b[actions].1.contains("points en jeu"), "{}", b[actions].1);
    // The title follows French punctuation (a space before the colon), as the other formats.
    index(
        &b,
        "Rapport de préparation à l'intégration : Harm Reduction Network",
    );
}

#[test]
fn many_gates_are_counted_not_listed_so_the_summary_fits() {
    let fw = integra::framework::from_path(Path::new("frameworks/pwud-hiv-srhr-integration.toml"))
        .unwrap();
    let sheet = integra::answers::load_sheet(Path::new(
        "tests/fixtures/verdicts/default/issue-onestop-81-9.toml",
    ))
    .unwrap()
    .against(&fw)
    .unwrap();
    let card = integra::scoring::score(&fw, &sheet.answers, "en");
    let ctx = ReportContext::build(&fw, &sheet, &card);
    let binding = ctx.summary.gates.len();
    assert!(binding > 3, "the case has {binding} binding gates");
    let xml = document(&ctx);
    let doc = Document::parse(&xml).unwrap();
    let b = blocks(&doc);
    let gate_box = &b[index(&b, "What holds the band down:")].1;
    let named = ctx
        .summary
        .gates
        .iter()
        .filter(|g| gate_box.contains(&g.text[..40]))
        .count();
    assert_eq!(named, 3, "{gate_box}");
    assert!(
        gate_box.contains(&format!(
            "and {} more gates: see the Result section",
            binding - 3
        )),
        "{gate_box}"
    );
}
