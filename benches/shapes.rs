//! Other shapes of large framework, each at 200 and 2,000 questions: a gate on every other
//! question, a chain of conditions (each question shown once the one before is answered), a
//! workshop session with twelve votes on every question, and a translation kit. Each
//! benchmark counts questions, so divan prints questions per second: the same rate at both
//! sizes means the cost grows linearly. Each of these grew faster than its questions before
//! the twelfth pass of docs/performance.md (a question found by walking all of them, a list
//! walked for each item). Run with `cargo bench --bench shapes`.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed benchmark

use std::fmt::Write as _;

use divan::counter::ItemsCount;
use divan::{Bencher, black_box};
use integra::answers::parse_sheet;
use integra::framework::{Draft, Framework, Origin, parse, validate};
use integra::report::{self, ReportContext, ReportFormat};
use integra::scoring;

const SIZES: [usize; 2] = [200, 2_000];
const PER_PRINCIPLE: usize = 50;
const PARTICIPANTS: usize = 12;

fn main() {
    divan::main();
}

/// What each question carries besides its text.
#[derive(Clone, Copy, PartialEq)]
enum Shape {
    Plain,
    /// Shown only once the question before it has an answer.
    Chain,
    /// A gate on every other question.
    Gates,
}

/// A framework of `n` rating questions in principles of 50, shaped as `shape` says.
fn generate(n: usize, shape: Shape) -> String {
    let mut t = String::from(
        "id = \"shaped\"\nversion = \"1.0.0\"\ntitle = \"Shaped\"\nlanguages = [\"en\", \"fr\"]\n\n[[scales]]\nid = \"practice\"\ntitle = \"How established?\"\nlevels = [\n  { value = 0, label = \"Absent\" },\n  { value = 1, label = \"Starting\" },\n  { value = 2, label = \"Routine\" },\n]\n\n",
    );
    for i in 0..n {
        if i % PER_PRINCIPLE == 0 {
            let p = i / PER_PRINCIPLE;
            let _ = write!(
                t,
                "[[principles]]\nid = \"p{p}\"\ntitle = \"Principle {p}\"\nweight = 1\n\n"
            );
        }
        let _ = write!(
            t,
            "[[principles.questions]]\nid = \"q{i}\"\nkind = \"rating\"\nscale = \"practice\"\ntext = \"Is practice {i} in place?\"\nhelp = \"Look at the records for practice {i}.\"\nrecommendation = \"Put practice {i} in place.\"\n"
        );
        if shape == Shape::Chain && i > 0 {
            let _ = writeln!(t, "show_if = {{ question = \"q{}\", at_least = 0 }}", i - 1);
        }
        t.push('\n');
    }
    let gated = (0..n).filter(|i| match shape {
        Shape::Gates => i % 2 == 0,
        _ => i % 500 == 0,
    });
    for g in gated {
        let _ = write!(
            t,
            "[[gates]]\nid = \"g{g}\"\nquestion = \"q{g}\"\nmin_level = 1\ncap = \"building\"\nreason = \"Practice {g} is missing.\"\n\n"
        );
    }
    t.push_str("[[bands]]\nid = \"foundations\"\nmin = 0\nmax = 40\nlabel = \"Not ready\"\n\n[[bands]]\nid = \"building\"\nmin = 40\nmax = 70\nlabel = \"Building\"\n\n[[bands]]\nid = \"ready\"\nmin = 70\nmax = 100\nlabel = \"Ready\"\n");
    t
}

fn draft(n: usize, shape: Shape) -> Draft {
    parse::parse(&generate(n, shape)).0.unwrap()
}

fn framework(n: usize, shape: Shape) -> Framework {
    integra::framework::from_str("shaped.toml", &generate(n, shape), Origin::Embedded).unwrap()
}

/// A workshop session answering all `n` questions, with twelve participants' votes on each
/// and an action owner on every fifth.
fn workshop_session(n: usize) -> String {
    let mut t = String::from(
        "framework = \"shaped\"\nversion = \"1.0.0\"\nlanguage = \"en\"\n\n[answers]\n",
    );
    for i in 0..n {
        let _ = writeln!(t, "q{i} = {}", i % 3);
    }
    t.push_str("\n[session]\n");
    for p in 0..PARTICIPANTS {
        let role = if p % 2 == 0 { "staff" } else { "peer" };
        let _ = write!(
            t,
            "\n[[session.participants]]\nid = \"p{p}\"\nrole = \"{role}\"\n"
        );
    }
    for i in 0..n {
        let votes: Vec<String> = (0..PARTICIPANTS)
            .map(|p| format!("p{p} = {}", (i + p) % 3))
            .collect();
        let _ = write!(
            t,
            "\n[session.votes.q{i}]\nparticipants = {{ {} }}\n",
            votes.join(", ")
        );
        if i % 5 == 0 {
            let _ = write!(t, "\n[session.actions.q{i}]\nowner = \"MK\"\n");
        }
    }
    t
}

#[divan::bench(args = SIZES)]
fn validate_gates(bencher: Bencher, n: usize) {
    let fw = draft(n, Shape::Gates);
    bencher
        .counter(ItemsCount::new(n))
        .bench(|| validate::validate(black_box(&fw)));
}

#[divan::bench(args = SIZES)]
fn validate_chain(bencher: Bencher, n: usize) {
    let fw = draft(n, Shape::Chain);
    bencher
        .counter(ItemsCount::new(n))
        .bench(|| validate::validate(black_box(&fw)));
}

#[divan::bench(args = SIZES)]
fn report_gates(bencher: Bencher, n: usize) {
    let fw = framework(n, Shape::Gates);
    let text = workshop_session(n);
    let sheet = parse_sheet("s.toml", &text).unwrap().against(&fw).unwrap();
    let card = scoring::score(&fw, &sheet.answers, "en");
    bencher.counter(ItemsCount::new(n)).bench(|| {
        let ctx = ReportContext::build(black_box(&fw), &sheet, &card);
        report::render_bytes(&ctx, ReportFormat::Html, None).unwrap()
    });
}

#[divan::bench(args = SIZES)]
fn report_workshop(bencher: Bencher, n: usize) {
    let fw = framework(n, Shape::Plain);
    let text = workshop_session(n);
    let parsed = parse_sheet("s.toml", &text).unwrap();
    let (workshop, dropped) = integra::session::workshop::file::read(parsed.session(), &fw);
    assert!(dropped.is_empty());
    let sheet = parsed.against(&fw).unwrap();
    let card = scoring::score(&fw, &sheet.answers, "en");
    bencher.counter(ItemsCount::new(n)).bench(|| {
        let ctx = ReportContext::build(black_box(&fw), &sheet, &card).with_workshop(&fw, &workshop);
        report::render_bytes(&ctx, ReportFormat::Html, None).unwrap()
    });
}

#[divan::bench(args = SIZES)]
fn translation_kit(bencher: Bencher, n: usize) {
    let fw = framework(n, Shape::Plain);
    bencher.counter(ItemsCount::new(n)).bench(|| {
        integra::framework::kit::kit(black_box(&fw), &[], "fr", "Kit", &|f: &str| f.to_owned())
    });
}
