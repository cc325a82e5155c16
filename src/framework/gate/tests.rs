//! Lowering gates: what a gate watches and its caps become enums, and what the validator
//! refuses does not lower.
//!
//! Tests only: they run the parser and validator on small drafts and compare with lowering.

use super::*;
use crate::diagnostic::Severity;
use crate::framework::{Draft, Unlowered, parse, validate};

/// A draft with a rating `r` (levels 0–2), a yes/no `y`, principle `p`, bands `low` and
/// `high`, and one gate `g` written with `keys` (TOML, `[[gates.tiers]]` tables included).
fn draft(keys: &str) -> Draft {
    let text = format!(
        "id = \"t\"\nversion = \"1\"\ntitle = \"T\"\n\
         [[scales]]\nid = \"s\"\ntitle = \"S\"\nlevels = [{{ value = 0, label = \"A\" }}, {{ value = 1, label = \"B\" }}, {{ value = 2, label = \"C\" }}]\n\
         [[principles]]\nid = \"p\"\ntitle = \"P\"\n\
         [[principles.questions]]\nid = \"r\"\nkind = \"rating\"\nscale = \"s\"\ntext = \"R\"\n\
         [[principles.questions]]\nid = \"y\"\nkind = \"yes_no\"\ntext = \"Y\"\n\
         [[bands]]\nid = \"low\"\nmin = 0\nmax = 50\nlabel = \"Low\"\n\
         [[bands]]\nid = \"high\"\nmin = 50\nmax = 100\nlabel = \"High\"\n\
         [[gates]]\nid = \"g\"\nreason = \"Why.\"\n{keys}\n"
    );
    let (draft, diags) = parse::parse(&text);
    assert!(diags.is_empty(), "{keys}: {diags:?}");
    draft.unwrap()
}

fn lowered(keys: &str) -> Option<Gate> {
    let d = draft(keys);
    let sound = !validate::validate(&d)
        .iter()
        .any(|d| d.severity == Severity::Error);
    let fw = d.lower();
    // Lowering refuses exactly what the validator refuses.
    assert_eq!(fw.is_ok(), sound, "{keys}");
    fw.ok()?.gate("g").cloned()
}

fn tier(min: Min, cap: &str) -> (Min, String) {
    (min, cap.to_owned())
}

/// A gate's minimums and the ids of the bands they cap at (the draft's bands are `low` and
/// `high`, in that order), without their places.
fn caps(g: &Gate) -> Vec<(Min, String)> {
    const BANDS: [&str; 2] = ["low", "high"];
    g.tiers()
        .into_iter()
        .map(|(_, t)| (t.min, BANDS[t.cap].to_owned()))
        .collect()
}

#[test]
fn a_plain_gate_lowers_to_one_minimum_capping_at_the_lowest_band_by_default() {
    let g = lowered("question = \"r\"\nmin_level = 1").expect("a sound gate");
    assert_eq!(g.on, On::Question("r".into()));
    assert!(matches!(g.caps, Caps::One(_)));
    assert_eq!(caps(&g), [tier(Min::Level(1), "low")]);
    assert_eq!((g.question(), g.principle()), (Some("r"), None));
    let g = lowered("principle = \"p\"\nmin_score = 60\ncap = \"high\"").expect("a sound gate");
    assert_eq!(g.on, On::Principle("p".into()));
    assert_eq!(caps(&g), [tier(Min::Score(60.0), "high")]);
    assert_eq!((g.question(), g.principle()), (None, Some("p")));
}

#[test]
fn a_tiered_gate_lowers_each_tier_in_file_order() {
    let g = lowered(
        "question = \"y\"\n\
         [[gates.tiers]]\nmin_score = 100\ncap = \"high\"\n\
         [[gates.tiers]]\nmin_score = 50\ncap = \"low\"",
    )
    .expect("a sound gate");
    let Caps::Tiers(tiers) = &g.caps else {
        panic!("tiers lower to tiers")
    };
    assert_eq!(tiers.iter().count(), 2);
    assert_eq!(
        caps(&g),
        [
            tier(Min::Score(100.0), "high"),
            tier(Min::Score(50.0), "low")
        ]
    );
    let numbers: Vec<_> = g.tiers().into_iter().map(|(n, _)| n).collect();
    assert_eq!(numbers, [Some(1), Some(2)]);
}

#[test]
fn the_lowest_cap_is_the_lowest_band_among_the_tiers_wherever_it_is_written() {
    let tiered = |order: [&str; 2]| {
        lowered(&format!(
            "question = \"y\"\n\
             [[gates.tiers]]\nmin_score = 100\ncap = \"{}\"\n\
             [[gates.tiers]]\nmin_score = 50\ncap = \"{}\"",
            order[0], order[1]
        ))
        .expect("a sound gate")
    };
    assert_eq!(
        tiered(["high", "low"]).lowest_cap(),
        0,
        "lowest written last"
    );
    assert_eq!(
        tiered(["low", "high"]).lowest_cap(),
        0,
        "lowest written first"
    );
    assert_eq!(tiered(["high", "high"]).lowest_cap(), 1);
    let plain = lowered("principle = \"p\"\nmin_score = 60\ncap = \"high\"").expect("sound");
    assert_eq!(plain.lowest_cap(), 1);
}

#[test]
fn combinations_the_validator_refuses_do_not_lower() {
    for refused in [
        // Watching nothing, or two things.
        "min_score = 50",
        "question = \"r\"\nprinciple = \"p\"\nmin_score = 50",
        // No minimum, or two.
        "question = \"r\"",
        "principle = \"p\"",
        "question = \"r\"\nmin_level = 1\nmin_score = 50",
        // A level on a principle, plain or in a tier.
        "principle = \"p\"\nmin_level = 1",
        "principle = \"p\"\n[[gates.tiers]]\nmin_level = 1\ncap = \"low\"",
        // A score outside 0-100.
        "question = \"y\"\nmin_score = 150",
        "question = \"y\"\n[[gates.tiers]]\nmin_score = -1\ncap = \"low\"",
        // A threshold or cap beside tiers.
        "question = \"y\"\nmin_score = 50\n[[gates.tiers]]\nmin_score = 100\ncap = \"low\"",
        "question = \"y\"\ncap = \"low\"\n[[gates.tiers]]\nmin_score = 100\ncap = \"low\"",
        // No tier at all: a gate that could never fail.
        "question = \"y\"\ntiers = []",
        "principle = \"p\"\ntiers = []",
        // A tier without a minimum, or with two.
        "question = \"r\"\n[[gates.tiers]]\ncap = \"low\"",
        "question = \"r\"\n[[gates.tiers]]\nmin_level = 1\nmin_score = 50\ncap = \"low\"",
        // A cap naming no band, plain or in a tier: lowering finds no index for it.
        "question = \"r\"\nmin_level = 1\ncap = \"top\"",
        "question = \"r\"\n[[gates.tiers]]\nmin_level = 1\ncap = \"top\"",
    ] {
        assert!(lowered(refused).is_none(), "{refused} lowered");
    }
}

#[test]
fn caps_lower_to_the_index_of_their_band() {
    let g = lowered("question = \"r\"\nmin_level = 1\ncap = \"high\"").expect("a sound gate");
    assert_eq!(g.tiers()[0].1.cap, 1);
    let g = lowered("question = \"r\"\nmin_level = 1").expect("a sound gate");
    assert_eq!(g.tiers()[0].1.cap, 0, "no cap: the lowest band");
}

#[test]
fn a_gate_the_checks_missed_is_named_as_unlowered() {
    // Lowering run on a draft the validator refuses (never done by the loader) names the gate.
    let d = draft("question = \"r\"");
    assert_eq!(d.lower().err(), Some(Unlowered::Gate("g".into())));
}
