//! Properties the scoring engine must hold for any framework and any answers (proptest).
//!
//! Frameworks are generated as TOML text and loaded through the real loader, so every case is
//! a framework an author could have written.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use std::fmt::Write as _;

use integra::answers::{Answers, Response, YesNo};
use integra::framework::{self, Framework, On, Origin};
use integra::scoring::{Scorecard, score};
use proptest::prelude::*;

/// One generated question: kind (0 rating, 1 yes/no, 2 choice, 3 checklist) and weight.
type QSpec = (u8, u32);

fn framework_text(
    principles: &[(u32, Vec<QSpec>)],
    gate_min: Option<i64>,
    reverse: bool,
) -> String {
    let mut t = String::from(
        "id = \"gen\"\nversion = \"1\"\ntitle = \"Generated\"\n\
         [[scales]]\nid = \"s\"\ntitle = \"S\"\nnot_applicable = true\ndont_know = true\n\
         levels = [{ value = 0, label = \"a\" }, { value = 1, label = \"b\" }, { value = 2, label = \"c\" }, { value = 3, label = \"d\" }, { value = 4, label = \"e\" }]\n",
    );
    for (pi, (pw, questions)) in principles.iter().enumerate() {
        let _ = write!(
            t,
            "[[principles]]\nid = \"p{pi}\"\ntitle = \"P{pi}\"\nweight = {pw}\n"
        );
        let mut order: Vec<usize> = (0..questions.len()).collect();
        if reverse {
            order.reverse();
        }
        for qi in order {
            let (kind, w) = questions[qi];
            let _ = write!(
                t,
                "[[principles.questions]]\nid = \"q{pi}_{qi}\"\ntext = \"Q\"\nweight = {w}\n"
            );
            t.push_str(match kind {
                0 => "kind = \"rating\"\nscale = \"s\"\n",
                1 => "kind = \"yes_no\"\nnot_applicable = true\n",
                2 => "kind = \"choice\"\noptions = [{ id = \"x\", label = \"x\" }, { id = \"y\", label = \"y\", points = 1 }, { id = \"z\", label = \"z\", points = 3 }]\n",
                _ => "kind = \"checklist\"\noptions = [{ id = \"x\", label = \"x\", points = 1 }, { id = \"y\", label = \"y\", points = 2 }, { id = \"z\", label = \"z\", points = 3 }]\n",
            });
        }
    }
    if let Some(min) = gate_min {
        let _ = write!(
            t,
            "[[gates]]\nid = \"g\"\nprinciple = \"p0\"\nmin_score = {min}\ncap = \"low\"\nreason = \"r\"\n"
        );
    }
    t.push_str("[[bands]]\nid = \"low\"\nmin = 0\nmax = 40\nlabel = \"L\"\n[[bands]]\nid = \"mid\"\nmin = 40\nmax = 75\nlabel = \"M\"\n[[bands]]\nid = \"high\"\nmin = 75\nmax = 100\nlabel = \"H\"\n");
    t
}

fn load(text: &str) -> Framework {
    framework::from_str("gen.toml", text, Origin::Embedded)
        .unwrap_or_else(|e| panic!("{}\n{text}", e.render()))
}

/// Turns a generated number into an answer fitting the question's kind (None: unanswered).
fn answer(kind: u8, pick: u8) -> Option<Response> {
    let options = ["x", "y", "z"];
    match (kind, pick % 7) {
        (_, 6) => None,
        (0 | 1, 5) => Some(Response::NotApplicable),
        (0, p) => Some(Response::Level(i64::from(p))),
        (1, p) => Some(Response::YesNo(
            [YesNo::No, YesNo::Partial, YesNo::Yes][usize::from(p % 3)],
        )),
        (2, p) => Some(Response::Choice(options[usize::from(p % 3)].into())),
        (_, p) => Some(Response::Checklist(
            options
                .iter()
                .take(usize::from(p % 4))
                .map(|s| (*s).to_owned())
                .collect(),
        )),
    }
}

fn answers(principles: &[(u32, Vec<QSpec>)], picks: &[u8]) -> Answers {
    let mut a = Answers::default();
    let mut picks = picks.iter().cycle();
    for (pi, (_, qs)) in principles.iter().enumerate() {
        for (qi, (kind, _)) in qs.iter().enumerate() {
            if let Some(r) = answer(*kind, *picks.next().unwrap_or(&6)) {
                a.set(format!("q{pi}_{qi}"), r);
            }
        }
    }
    a
}

fn spec() -> impl Strategy<Value = Vec<(u32, Vec<QSpec>)>> {
    prop::collection::vec(
        (1u32..10, prop::collection::vec((0u8..4, 1u32..6), 1..6)),
        1..5,
    )
}

fn band_index(fw: &Framework, card: &Scorecard, capped: bool) -> Option<usize> {
    let band = if capped {
        &card.overall.band
    } else {
        &card.overall.uncapped_band
    };
    band.as_ref()
        .and_then(|b| fw.bands.iter().position(|x| x.id == b.id))
}

proptest! {
    #[test]
    fn every_score_lies_within_0_and_100(s in spec(), picks in prop::collection::vec(0u8..7, 1..30)) {
        let fw = load(&framework_text(&s, Some(50), false));
        let card = score(&fw, &answers(&s, &picks), "en");
        let all = card.principles.iter().filter_map(|p| p.score).chain(card.overall.score);
        for v in all {
            prop_assert!((0.0..=100.0).contains(&v), "{v}");
        }
        for q in card.principles.iter().flat_map(|p| &p.questions) {
            if let Some(v) = q.score {
                prop_assert!((0.0..=1.0).contains(&v));
            }
        }
    }

    #[test]
    fn raising_one_answer_never_lowers_any_score(
        s in spec(), picks in prop::collection::vec(0u8..7, 1..30), which in any::<prop::sample::Index>()
    ) {
        let fw = load(&framework_text(&s, Some(50), false));
        let before_answers = answers(&s, &picks);
        let rated: Vec<(String, i64)> = before_answers
            .responses()
            .filter_map(|(id, r)| match r { Response::Level(v) if *v < 4 => Some((id.to_owned(), *v)), _ => None })
            .collect();
        prop_assume!(!rated.is_empty());
        let (id, level) = rated[which.index(rated.len())].clone();
        let mut after_answers = before_answers.clone();
        after_answers.set(id, Response::Level(level + 1));
        let before = score(&fw, &before_answers, "en");
        let after = score(&fw, &after_answers, "en");
        for (b, a) in before.principles.iter().zip(&after.principles) {
            if let (Some(b), Some(a)) = (b.score, a.score) {
                prop_assert!(a >= b - 1e-9, "a principle fell from {b} to {a}");
            }
        }
        prop_assert!(after.overall.score.unwrap_or(0.0) >= before.overall.score.unwrap_or(0.0) - 1e-9);
        prop_assert!(band_index(&fw, &after, true) >= band_index(&fw, &before, true));
    }

    #[test]
    fn a_gate_can_only_lower_the_band(s in spec(), picks in prop::collection::vec(0u8..7, 1..30), min in 0i64..=100) {
        let gated = load(&framework_text(&s, Some(min), false));
        let free = load(&framework_text(&s, None, false));
        let a = answers(&s, &picks);
        let with_gate = score(&gated, &a, "en");
        let without = score(&free, &a, "en");
        prop_assert_eq!(with_gate.overall.score, without.overall.score);
        prop_assert!(band_index(&gated, &with_gate, true) <= band_index(&free, &without, true));
        prop_assert_eq!(band_index(&gated, &with_gate, false), band_index(&free, &without, true));
        let failed = with_gate.gates.iter().any(|g| !g.passed);
        if !failed {
            prop_assert_eq!(band_index(&gated, &with_gate, true), band_index(&free, &without, true));
        }
    }

    #[test]
    fn question_order_does_not_matter(s in spec(), picks in prop::collection::vec(0u8..7, 1..30)) {
        let forward = load(&framework_text(&s, Some(50), false));
        let backward = load(&framework_text(&s, Some(50), true));
        let a = answers(&s, &picks);
        let (f, b) = (score(&forward, &a, "en"), score(&backward, &a, "en"));
        let close = |x: Option<f64>, y: Option<f64>| match (x, y) {
            (Some(x), Some(y)) => (x - y).abs() < 1e-9,
            (x, y) => x == y,
        };
        prop_assert!(close(f.overall.score, b.overall.score));
        for (pf, pb) in f.principles.iter().zip(&b.principles) {
            prop_assert!(close(pf.score, pb.score));
        }
        prop_assert_eq!(f.overall.band, b.overall.band);
    }

    #[test]
    fn weights_scale_as_weights(s in spec(), picks in prop::collection::vec(0u8..7, 1..30), k in 2u32..5) {
        let scaled: Vec<(u32, Vec<QSpec>)> = s.iter().map(|(w, qs)| (w * k, qs.iter().map(|(kind, qw)| (*kind, qw * k)).collect())).collect();
        let a = answers(&s, &picks);
        let one = score(&load(&framework_text(&s, None, false)), &a, "en");
        let many = score(&load(&framework_text(&scaled, None, false)), &a, "en");
        match (one.overall.score, many.overall.score) {
            // Scores are rounded to 9 decimals, so two equal means may differ by one step.
            (Some(x), Some(y)) => prop_assert!((x - y).abs() <= 2e-9, "{x} != {y}"),
            (x, y) => prop_assert_eq!(x, y),
        }
    }
}

// ---- The verdict (issue 10): coverage minimums, tiered gates, "don't know", reasons ----

/// The verdict policy added to a generated framework: a coverage minimum (tenths) for every
/// band, an optional stricter one (tenths) for the top band, and a tiered gate on `q0_0`
/// (forced to be a rating): below level `hi` capped at 'mid', below level `lo` at 'low'.
#[derive(Debug, Clone, Copy)]
struct Policy {
    min_for_band: Option<u8>,
    top_min: Option<u8>,
    tiers: Option<(i64, i64)>,
}

fn policy() -> impl Strategy<Value = Policy> {
    (
        prop::option::of(0u8..=10),
        prop::option::of(0u8..=10),
        prop::option::of((0i64..=4, 0i64..=4)),
    )
        .prop_map(|(min_for_band, top_min, tiers)| Policy {
            min_for_band,
            top_min,
            tiers: tiers.map(|(a, b)| (a.min(b), a.max(b))),
        })
}

/// The first question is a rating, so that the tiered gate has levels to watch.
fn rated_first(mut s: Vec<(u32, Vec<QSpec>)>) -> Vec<(u32, Vec<QSpec>)> {
    s[0].1[0].0 = 0;
    s
}

fn verdict_text(s: &[(u32, Vec<QSpec>)], p: Policy) -> String {
    let mut t = framework_text(s, Some(50), false);
    if let Some(tenths) = p.top_min {
        let _ = writeln!(t, "min_coverage = {}", f64::from(tenths) / 10.0);
    }
    if let Some((lo, hi)) = p.tiers {
        let _ = write!(
            t,
            "[[gates]]\nid = \"tiered\"\nquestion = \"q0_0\"\nreason = \"r\"\n\
             [[gates.tiers]]\nmin_level = {hi}\ncap = \"mid\"\n\
             [[gates.tiers]]\nmin_level = {lo}\ncap = \"low\"\n"
        );
    }
    if let Some(tenths) = p.min_for_band {
        let _ = write!(
            t,
            "[coverage]\nmin_for_band = {}\n",
            f64::from(tenths) / 10.0
        );
    }
    t
}

/// Like [`answers`], with "don't know" for pick 7.
fn answers_dk(s: &[(u32, Vec<QSpec>)], picks: &[u8]) -> Answers {
    let mut a = answers(s, &picks.iter().map(|p| p % 7).collect::<Vec<_>>());
    let mut it = picks.iter().cycle();
    for (pi, (_, qs)) in s.iter().enumerate() {
        for qi in 0..qs.len() {
            if it.next().is_some_and(|p| *p == 7) {
                a.set(format!("q{pi}_{qi}"), Response::DontKnow);
            }
        }
    }
    a
}

/// The best answer a question of `kind` can get.
fn best(kind: u8) -> Response {
    match kind {
        0 => Response::Level(4),
        1 => Response::YesNo(YesNo::Yes),
        2 => Response::Choice("z".into()),
        _ => Response::Checklist(vec!["x".into(), "y".into(), "z".into()]),
    }
}

proptest! {
    #[test]
    fn coverage_minimums_never_raise_a_band(
        s in spec(), picks in prop::collection::vec(0u8..8, 1..30), p in policy()
    ) {
        let s = rated_first(s);
        let a = answers_dk(&s, &picks);
        let loose = Policy { min_for_band: None, top_min: None, ..p };
        let (with, without) = (load(&verdict_text(&s, p)), load(&verdict_text(&s, loose)));
        let (cw, co) = (score(&with, &a, "en"), score(&without, &a, "en"));
        prop_assert_eq!(cw.overall.score, co.overall.score);
        prop_assert!(band_index(&with, &cw, true) <= band_index(&without, &co, true));
    }

    #[test]
    fn a_dont_know_never_raises_the_band(
        s in spec(), picks in prop::collection::vec(0u8..8, 1..30), p in policy(),
        which in any::<prop::sample::Index>()
    ) {
        // Whatever the question held (an answer, nothing, not applicable), "don't know"
        // instead never gives a higher band.
        let s = rated_first(s);
        let fw = load(&verdict_text(&s, p));
        let before = answers_dk(&s, &picks);
        let ids: Vec<String> = fw.questions().map(|q| q.id.clone()).collect();
        let mut after = before.clone();
        after.set(ids[which.index(ids.len())].clone(), Response::DontKnow);
        let (b, a) = (score(&fw, &before, "en"), score(&fw, &after, "en"));
        if band_index(&fw, &b, true).is_some() || band_index(&fw, &a, true).is_some() {
            prop_assert!(
                band_index(&fw, &a, true) <= band_index(&fw, &b, true),
                "{:?} -> {:?}", b.overall.band, a.overall.band
            );
        }
    }

    #[test]
    fn a_tiered_gate_caps_monotonically_in_the_answer(
        s in spec(), picks in prop::collection::vec(0u8..8, 1..30),
        lo in 0i64..=4, hi in 0i64..=4, level in 0i64..4
    ) {
        let s = rated_first(s);
        let p = Policy { min_for_band: None, top_min: None, tiers: Some((lo.min(hi), lo.max(hi))) };
        let fw = load(&verdict_text(&s, p));
        // The gate's cap as a band index; passing counts as above every band.
        let cap = |r: Response| {
            let mut a = answers_dk(&s, &picks);
            a.set("q0_0", r);
            let card = score(&fw, &a, "en");
            let g = card.gates.iter().find(|g| g.id == "tiered").unwrap();
            if g.passed { fw.bands.len() } else { fw.bands.iter().position(|b| b.id == g.cap).unwrap() }
        };
        let (unknown, lower, higher) = (cap(Response::DontKnow), cap(Response::Level(level)), cap(Response::Level(level + 1)));
        prop_assert!(unknown <= lower && lower <= higher, "{unknown} {lower} {higher}");
    }

    #[test]
    fn fixing_what_would_lift_the_band_reaches_the_band_named(
        s in spec(), picks in prop::collection::vec(0u8..8, 1..30), p in policy()
    ) {
        let s = rated_first(s);
        let fw = load(&verdict_text(&s, p));
        let mut a = answers_dk(&s, &picks);
        let card = score(&fw, &a, "en");
        let Some(lift) = card.verdict.lift.clone() else { return Ok(()) };
        let kind_of = |id: &str| {
            let (pi, qi) = id[1..].split_once('_').unwrap();
            s[pi.parse::<usize>().unwrap()].1[qi.parse::<usize>().unwrap()].0
        };
        for limit in card.verdict.limits.iter().filter(|l| l.binding) {
            prop_assert!(lift.fix.contains(&limit.id));
            match limit.kind {
                integra::scoring::LimitKind::Gate => {
                    let gate = fw.gates.iter().find(|g| g.id == limit.id).unwrap();
                    let watched: Vec<String> = match &gate.on {
                        On::Question(q) => vec![q.clone()],
                        On::Principle(pid) => fw.principle(pid).unwrap().questions.iter().map(|q| q.id.clone()).collect(),
                    };
                    for q in watched {
                        a.set(q.clone(), best(kind_of(&q)));
                    }
                }
                integra::scoring::LimitKind::DontKnow => {
                    for q in &limit.questions {
                        a.set(q.clone(), best(kind_of(q)));
                    }
                }
                integra::scoring::LimitKind::Coverage => {}
            }
        }
        // Coverage: answer as many of the still-missing questions as the lift asks.
        let missing: Vec<String> = fw
            .questions()
            .filter(|q| matches!(a.get(&q.id), None | Some(Response::DontKnow)))
            .map(|q| q.id.clone())
            .collect();
        for q in missing.iter().take(lift.answer_more) {
            a.set(q.clone(), best(kind_of(q)));
        }
        let after = score(&fw, &a, "en");
        let named = fw.bands.iter().position(|b| b.id == lift.band.id);
        prop_assert!(
            band_index(&fw, &after, true) >= named,
            "fixing {:?} reached {:?}, not {}", lift.fix, after.overall.band, lift.band.id
        );
        let before = band_index(&fw, &card, true);
        prop_assert!(named > before, "a lift names a higher band");
    }
}
