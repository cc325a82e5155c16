//! The verdict on a small framework: tiers, coverage, "don't know" and what would lift the band.
//!
//! Tests only.

use super::needed;
use crate::answers::{Answers, Response, YesNo};
use crate::framework::{Origin, from_str};
use crate::scoring::{GateStatus, score};

const FW: &str = include_str!("../../../tests/fixtures/valid/verdict.toml");

/// The band reached and each gate's (status, cap), for answers given as (question, response).
fn verdict(given: &[(&str, Response)]) -> (Option<String>, Vec<(GateStatus, String)>) {
    let fw = from_str("verdict.toml", FW, Origin::Embedded).unwrap();
    let mut answers = Answers::default();
    for (q, r) in given {
        answers.set(*q, r.clone());
    }
    let card = score(&fw, &answers, "en");
    let gates = card
        .gates
        .iter()
        .map(|g| (g.status, g.cap.clone()))
        .collect();
    (card.overall.band.map(|b| b.id), gates)
}

fn all_good(confidentiality: Response) -> Vec<(&'static str, Response)> {
    vec![
        ("confidentiality", confidentiality),
        ("consent", Response::Level(3)),
        ("nsp", Response::YesNo(YesNo::Yes)),
        ("naloxone", Response::YesNo(YesNo::Yes)),
    ]
}

#[test]
fn a_tiered_gate_caps_by_how_badly_it_fails() {
    let yes = verdict(&all_good(Response::YesNo(YesNo::Yes)));
    assert_eq!(yes.0.as_deref(), Some("ready"));
    assert_eq!(yes.1[0], (GateStatus::Passed, "foundations".into()));
    // Partly meets the 50 tier but not the 100 tier: one band below the top.
    let partly = verdict(&all_good(Response::YesNo(YesNo::Partial)));
    assert_eq!(partly.0.as_deref(), Some("pilot"));
    assert_eq!(partly.1[0], (GateStatus::Failed, "pilot".into()));
    // Meets neither: the lowest cap among the unmet tiers.
    let no = verdict(&all_good(Response::YesNo(YesNo::No)));
    assert_eq!(no.0.as_deref(), Some("foundations"));
    assert_eq!(no.1[0], (GateStatus::Failed, "foundations".into()));
    // Not known: not yet assessed, at the gate's lowest cap.
    let unknown = verdict(&all_good(Response::DontKnow));
    assert_eq!(unknown.0.as_deref(), Some("foundations"));
    assert_eq!(
        unknown.1[0],
        (GateStatus::NotAssessed, "foundations".into())
    );
}

#[test]
fn a_plain_gate_still_caps_at_its_cap() {
    let mut given = all_good(Response::YesNo(YesNo::Yes));
    given[1].1 = Response::Level(1);
    let (band, gates) = verdict(&given);
    assert_eq!(gates[1], (GateStatus::Failed, "pilot".into()));
    assert_eq!(band.as_deref(), Some("pilot"));
}

#[test]
fn too_little_answered_caps_the_band() {
    let yes = || Response::YesNo(YesNo::Yes);
    let gated = [("confidentiality", yes()), ("consent", Response::Level(3))];
    // 2 of 4 answered (0.5): 'pilot' needs 0.5, 'ready' needs 0.75.
    assert_eq!(verdict(&gated).0.as_deref(), Some("pilot"));
    // A "don't know" is not an answer: still 2 of 4.
    let mut with_dk = gated.to_vec();
    with_dk.push(("nsp", Response::DontKnow));
    assert_eq!(verdict(&with_dk).0.as_deref(), Some("pilot"));
    // 3 of 4 meets 'ready''s own minimum.
    let mut three = gated.to_vec();
    three.push(("nsp", yes()));
    assert_eq!(verdict(&three).0.as_deref(), Some("ready"));
}

fn card(given: &[(&str, Response)]) -> crate::scoring::Scorecard {
    let fw = from_str("verdict.toml", FW, Origin::Embedded).unwrap();
    let mut answers = Answers::default();
    for (q, r) in given {
        answers.set(*q, r.clone());
    }
    score(&fw, &answers, "en")
}

/// (id, cap, binding) of each limit, and the lift as (fix, band, `answer_more`).
#[allow(clippy::type_complexity)]
fn limits(
    given: &[(&str, Response)],
) -> (
    Vec<(String, String, bool)>,
    Option<(Vec<String>, String, usize)>,
) {
    let v = card(given).verdict;
    (
        v.limits
            .iter()
            .map(|l| (l.id.clone(), l.cap.id.clone(), l.binding))
            .collect(),
        v.lift.map(|l| (l.fix, l.band.id, l.answer_more)),
    )
}

fn t(id: &str, cap: &str, binding: bool) -> (String, String, bool) {
    (id.into(), cap.into(), binding)
}

#[test]
fn a_gate_holding_the_band_is_binding_and_fixing_it_lifts_to_the_score_band() {
    // Safety 75, services 100: 87.5 reaches 'ready'; 'partial' holds it at 'pilot'.
    let (l, lift) = limits(&all_good(Response::YesNo(YesNo::Partial)));
    assert_eq!(l, [t("confidentiality", "pilot", true)]);
    assert_eq!(
        lift,
        Some((vec!["confidentiality".into()], "ready".into(), 0))
    );
}

#[test]
fn a_failed_gate_that_does_not_lower_the_band_is_not_binding() {
    // Confidentiality 'partial' and consent level 1: 70.8 is 'pilot' by the score alone,
    // so neither gate (both capping at 'pilot') lowers anything.
    let mut given = all_good(Response::YesNo(YesNo::Partial));
    given[1].1 = Response::Level(1);
    let (l, lift) = limits(&given);
    assert_eq!(
        l,
        [
            t("confidentiality", "pilot", false),
            t("consent", "pilot", false)
        ]
    );
    assert_eq!(lift, None);
}

#[test]
fn only_the_lowest_cap_binds_and_lifting_stops_at_the_next_limit() {
    // 'no' caps at 'foundations' (binding); consent level 1 caps at 'pilot', which the
    // score (58.3) reaches anyway: fixing confidentiality lifts to 'pilot', not further.
    let mut given = all_good(Response::YesNo(YesNo::No));
    given[1].1 = Response::Level(1);
    let (l, lift) = limits(&given);
    assert_eq!(
        l,
        [
            t("confidentiality", "foundations", true),
            t("consent", "pilot", false)
        ]
    );
    assert_eq!(
        lift,
        Some((vec!["confidentiality".into()], "pilot".into(), 0))
    );
}

#[test]
fn too_little_answered_is_a_binding_limit_with_a_count_to_answer() {
    let given = [
        ("confidentiality", Response::YesNo(YesNo::Yes)),
        ("consent", Response::Level(3)),
    ];
    let (l, lift) = limits(&given);
    assert_eq!(l, [t("coverage", "pilot", true)]);
    assert_eq!(lift, Some((vec!["coverage".into()], "ready".into(), 1)));
    let c = card(&given);
    let cov = &c.verdict.limits[0];
    assert_eq!(cov.short_of.as_ref().map(|b| b.id.as_str()), Some("ready"));
    assert_eq!(cov.needed, Some(3));
}

#[test]
fn dont_know_counts_as_the_lowest_answer_for_the_band() {
    // nsp 'don't know': the score (100 over the rest) would say 'ready', but with nsp at
    // its lowest the services principle is 50 and the whole 75: 'pilot'.
    let mut given = all_good(Response::YesNo(YesNo::Yes));
    given[2].1 = Response::DontKnow;
    let c = card(&given);
    assert_eq!(
        c.overall.uncapped_band.map(|b| b.id).as_deref(),
        Some("ready")
    );
    assert_eq!(c.overall.band.map(|b| b.id).as_deref(), Some("pilot"));
    let dk = &c.verdict.limits[0];
    assert_eq!((dk.id.as_str(), dk.binding), ("dont_know", true));
    assert_eq!(dk.questions, ["nsp"]);
    let find_out: Vec<_> = c
        .actions
        .iter()
        .filter(|a| a.kind == crate::scoring::ActionKind::FindOut)
        .map(|a| a.question.as_str())
        .collect();
    assert_eq!(
        find_out,
        ["nsp"],
        "a 'don't know' becomes a find-out action"
    );
}

#[test]
fn below_every_minimum_only_the_lowest_band_is_left() {
    let fw = from_str("verdict.toml", FW, Origin::Embedded).unwrap();
    assert_eq!(super::coverage_cap(&fw, 1, 4), 0);
    assert_eq!(super::coverage_cap(&fw, 2, 4), 1);
    assert_eq!(super::coverage_cap(&fw, 3, 4), 2);
    assert_eq!(
        super::coverage_cap(&fw, 0, 0),
        2,
        "nothing applicable: nothing missing"
    );
}

#[test]
fn needed_counts_whole_questions() {
    assert_eq!(needed(0.8, 10), 8);
    assert_eq!(needed(0.7, 10), 7);
    assert_eq!(needed(0.8, 41), 33, "32.8 rounds up");
    assert_eq!(needed(0.0, 41), 0);
    assert_eq!(needed(1.0, 41), 41);
    assert_eq!(needed(0.5, 0), 0);
}

#[test]
fn the_band_holders_are_the_questions_holds_band_names() {
    let fw = from_str("verdict.toml", FW, Origin::Embedded).unwrap();
    let mut dont_know = all_good(Response::YesNo(YesNo::Yes));
    dont_know[2].1 = Response::DontKnow;
    let cases = [
        (
            all_good(Response::YesNo(YesNo::Partial)),
            vec!["confidentiality"],
        ),
        (dont_know, vec!["nsp"]),
        (all_good(Response::YesNo(YesNo::Yes)), vec![]),
    ];
    for (given, expected) in cases {
        let v = card(&given).verdict;
        let holders = v.band_holders(&fw);
        let mut found: Vec<&str> = holders.iter().copied().collect();
        found.sort_unstable();
        assert_eq!(found, expected, "{given:?}");
        for q in fw.questions() {
            assert_eq!(
                expected.contains(&q.id.as_str()),
                v.holds_band(&fw, &q.id),
                "{}",
                q.id
            );
        }
    }
}
