//! The library's pipeline on generated frameworks of 100, 1,000 and 10,000 questions:
//! reading (parse), checking (validate), scoring and the HTML report. Each benchmark counts
//! questions, so divan prints questions per second: a constant rate means the cost grows
//! linearly. Run with `cargo bench --bench pipeline`; see docs/performance.md.
//!
//! 10,000 questions is over the loader's limit (2,000), so `validate` reports that as one
//! error and checks everything else as usual; scoring and rendering take the parsed
//! framework directly.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed benchmark

use std::fmt::Write as _;

use divan::counter::ItemsCount;
use divan::{Bencher, black_box};
use integra::answers::{AnswerSheet, Response};
use integra::framework::{Draft, Framework, parse, validate};
use integra::report::{self, ReportFormat};
use integra::scoring;

const SIZES: [usize; 3] = [100, 1_000, 10_000];
/// Questions per principle: 10,000 questions make 200 principles, the loader's maximum.
const PER_PRINCIPLE: usize = 50;

fn main() {
    divan::main();
}

/// A framework of `n` questions shaped like the shipped ones: a context question, rating
/// questions with help and recommendations, every tenth shown only for some contexts, a
/// gate per ten principles.
fn generate(n: usize) -> String {
    let mut t = String::from(
        "id = \"generated\"\nversion = \"1.0.0\"\ntitle = \"Generated\"\n\n[[scales]]\nid = \"practice\"\ntitle = \"How established?\"\nnot_applicable = true\ndont_know = true\nlevels = [\n  { value = 0, label = \"Absent\", description = \"Nothing in place.\" },\n  { value = 1, label = \"Starting\", description = \"Some of the time.\" },\n  { value = 2, label = \"Routine\", description = \"Every time, checked.\" },\n]\n\n[[principles]]\nid = \"context\"\ntitle = \"Context\"\nweight = 1\n\n[[principles.questions]]\nid = \"setting\"\nkind = \"choice\"\ntext = \"Which setting?\"\nhelp = \"Pick the closest.\"\noptions = [ { id = \"city\", label = \"City\" }, { id = \"rural\", label = \"Rural\" } ]\n\n",
    );
    for i in 0..n {
        if i % PER_PRINCIPLE == 0 {
            let p = i / PER_PRINCIPLE;
            let _ = write!(
                t,
                "[[principles]]\nid = \"p{p}\"\ntitle = \"Principle {p}\"\nweight = {}\nrationale = \"Why principle {p} matters.\"\n\n",
                1 + p % 3
            );
        }
        let _ = write!(
            t,
            "[[principles.questions]]\nid = \"q{i}\"\nkind = \"rating\"\nscale = \"practice\"\ntext = \"Is practice {i} in place?\"\nhelp = \"Look at the records for practice {i}.\"\nrecommendation = \"Put practice {i} in place.\"\nweight = {}\n",
            1 + i % 2
        );
        if i % 10 == 9 {
            t.push_str("show_if = { question = \"setting\", one_of = [\"city\"] }\n");
        }
        t.push('\n');
    }
    for g in (0..n.div_ceil(PER_PRINCIPLE)).step_by(10) {
        let _ = write!(
            t,
            "[[gates]]\nid = \"g{g}\"\nquestion = \"q{}\"\nmin_level = 1\ncap = \"building\"\nreason = \"Practice {} is missing.\"\n\n",
            g * PER_PRINCIPLE,
            g * PER_PRINCIPLE
        );
    }
    t.push_str("[[bands]]\nid = \"foundations\"\nmin = 0\nmax = 40\nlabel = \"Not ready\"\n\n[[bands]]\nid = \"building\"\nmin = 40\nmax = 70\nlabel = \"Building\"\n\n[[bands]]\nid = \"ready\"\nmin = 70\nmax = 100\nlabel = \"Ready\"\n");
    t
}

fn draft(n: usize) -> Draft {
    parse::parse(&generate(n)).0.unwrap()
}

fn framework(n: usize) -> Framework {
    draft(n).lower().unwrap()
}

/// Every question answered, levels cycling, so every score and gate is computed.
fn sheet(fw: &Framework) -> AnswerSheet {
    let mut sheet = AnswerSheet {
        framework: fw.id.clone(),
        language: Some("en".into()),
        ..AnswerSheet::default()
    };
    sheet
        .answers
        .set("setting", Response::Choice("city".into()));
    for (i, q) in fw.questions().skip(1).enumerate() {
        let level = i64::try_from(i % 3).unwrap();
        sheet.answers.set(q.id.clone(), Response::Level(level));
    }
    sheet
}

#[divan::bench(args = SIZES)]
fn load(bencher: Bencher, n: usize) {
    let text = generate(n);
    bencher
        .counter(ItemsCount::new(n))
        .bench(|| parse::parse(black_box(&text)));
}

#[divan::bench(args = SIZES)]
fn validate(bencher: Bencher, n: usize) {
    let fw = draft(n);
    bencher
        .counter(ItemsCount::new(n))
        .bench(|| validate::validate(black_box(&fw)));
}

#[divan::bench(args = SIZES)]
fn score(bencher: Bencher, n: usize) {
    let fw = framework(n);
    let sheet = sheet(&fw);
    bencher
        .counter(ItemsCount::new(n))
        .bench(|| scoring::score(black_box(&fw), &sheet.answers, "en"));
}

#[divan::bench(args = SIZES)]
fn render_html(bencher: Bencher, n: usize) {
    let fw = framework(n);
    let sheet = sheet(&fw);
    let card = scoring::score(&fw, &sheet.answers, "en");
    bencher
        .counter(ItemsCount::new(n))
        .bench(|| report::render(black_box(&fw), &sheet, &card, ReportFormat::Html, None).unwrap());
}

/// The formats a report of the full framework is timed in (issue 15: each under 50 ms).
const FORMATS: [ReportFormat; 7] = ReportFormat::ALL;

/// Every report format of the shipped default framework (the largest real one), answered as
/// in the one-stop fixture: the context is built once, as the wizard's export does, and each
/// format rendered from it.
#[divan::bench(args = FORMATS)]
fn render_full_framework(bencher: Bencher, format: ReportFormat) {
    let fw =
        integra::framework::catalog::embedded(integra::framework::catalog::DEFAULT_ID).unwrap();
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/verdicts/default/issue-onestop-81-9.toml"
    );
    let sheet = integra::answers::load_sheet(std::path::Path::new(path))
        .unwrap()
        .against(&fw)
        .unwrap();
    let card = scoring::score(&fw, &sheet.answers, "en");
    bencher.bench(|| {
        let ctx = report::ReportContext::build(black_box(&fw), &sheet, &card);
        report::render_bytes(&ctx, format, None).unwrap()
    });
}
