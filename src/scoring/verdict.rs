//! The verdict's limits: what may hold the band below the one the score alone reaches.
//!
//! Two kinds of limit come from the framework: failed gates (see [`super::gates`]) and the
//! coverage minimums (`[coverage].min_for_band`, a band's `min_coverage`). The band reached
//! is the score's band lowered to every limit's cap.

use crate::framework::Framework;

/// How many of `applicable` questions must be answered to meet a coverage minimum `min`
/// (a fraction). Counted in whole questions so that 8 of 10 meets 0.8 exactly.
#[allow(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_precision_loss
)]
pub fn needed(min: f64, applicable: usize) -> usize {
    // The tolerance keeps 0.7 × 10 = 7.000000000000001 from asking for 8.
    ((min * applicable as f64 - 1e-9).ceil().max(0.0) as usize).min(applicable)
}

/// The coverage minimum of band `i` (a fraction); the lowest band needs none.
pub fn band_minimum(fw: &Framework, i: usize) -> f64 {
    if i == 0 {
        return 0.0;
    }
    fw.bands
        .get(i)
        .and_then(|b| b.min_coverage)
        .or_else(|| fw.coverage.as_ref().and_then(|c| c.min_for_band))
        .unwrap_or(0.0)
}

/// The highest band index whose coverage minimum is met, together with every band below it
/// (so that minimums written out of order never let a lower band be skipped).
pub fn coverage_cap(fw: &Framework, answered: usize, applicable: usize) -> usize {
    let met = |i: usize| answered >= needed(band_minimum(fw, i), applicable);
    (1..fw.bands.len())
        .take_while(|&i| met(i))
        .last()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::needed;
    use crate::answers::{Answers, Response, YesNo};
    use crate::framework::{Origin, from_str};
    use crate::scoring::{GateStatus, score};

    const FW: &str = include_str!("../../tests/fixtures/valid/verdict.toml");

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
}
