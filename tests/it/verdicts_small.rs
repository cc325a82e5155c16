//! Honest verdicts for the two small shipped frameworks (issue 10): answers files describing
//! harmful programmes (tests/fixtures/verdicts/{quick-check,peer-involvement}/, each with its
//! reasoning at the top) never reach the top band, though their average alone would; an
//! exemplary programme does. Scored through the library's real `score`, as `integra score`
//! does. Also: both frameworks show their questions in French, Spanish and Russian.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use std::path::{Path, PathBuf};

use integra::answers::load_sheet;
use integra::framework::{Framework, catalog};
use integra::scoring::{Scorecard, score};

fn fixture(framework: &str, name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/verdicts")
        .join(framework)
        .join(format!("{name}.toml"))
}

/// The shipped framework `id` and the scorecard of its fixture `name`.
fn scored(id: &str, name: &str) -> (Framework, Scorecard) {
    let fw = catalog::embedded(id).unwrap();
    let sheet = load_sheet(&fixture(id, name))
        .unwrap()
        .against(&fw)
        .unwrap_or_else(|e| panic!("{name}: {e:?}"));
    let card = score(&fw, &sheet.answers, "en");
    (fw, card)
}

fn top_band(fw: &Framework) -> &str {
    &fw.bands.last().unwrap().id
}

fn failed_gates(card: &Scorecard) -> Vec<&str> {
    card.gates
        .iter()
        .filter(|g| !g.passed)
        .map(|g| g.id.as_str())
        .collect()
}

/// `name` is a harmful programme: its average alone reaches the top band (so it is the
/// policy, not a low average, that holds it back), yet its band is `band`, and each gate in
/// `must_fail` is among the failed ones.
fn assert_held_back(id: &str, name: &str, band: &str, must_fail: &[&str]) {
    let (fw, card) = scored(id, name);
    let top = top_band(&fw);
    let got = card.overall.band.as_ref().unwrap().id.as_str();
    let alone = card.overall.uncapped_band.as_ref().unwrap().id.as_str();
    assert_eq!(alone, top, "{name}: the average alone should reach '{top}'");
    assert_ne!(got, top, "{name} must not reach the top band");
    assert_eq!(got, band, "{name}: failed gates {:?}", failed_gates(&card));
    let failed = failed_gates(&card);
    for gate in must_fail {
        assert!(failed.contains(gate), "{name}: '{gate}' not in {failed:?}");
    }
}

fn assert_exemplary(id: &str) {
    let (fw, card) = scored(id, "exemplary");
    assert_eq!(
        failed_gates(&card),
        Vec::<&str>::new(),
        "{id}: exemplary fails gates"
    );
    assert_eq!(card.overall.band.as_ref().unwrap().id, top_band(&fw));
    assert!(card.overall.coverage.answered == card.overall.coverage.applicable);
}

// ------------------------------------------------------------------ quick check

#[test]
fn quick_check_plan_on_paper_with_abstinence_rule_and_nothing_for_women() {
    // Issue 10: 86.1, "Ready to integrate" in 1.0.0. An abstinence rule anywhere caps at the
    // lowest band; so would a plan never piloted (building) and no arrangements for women.
    assert_held_back(
        "quick-check",
        "paper-plan",
        "foundations",
        &["no-abstinence-rule", "women", "phased-pilot-partly"],
    );
}

#[test]
fn quick_check_one_stop_shop_that_never_checked_access() {
    // Issue 10: 85.2, "Ready to integrate" in 1.0.0. Nothing compared before and after, and
    // joined up all at once: building at most.
    assert_held_back(
        "quick-check",
        "unchecked-one-stop",
        "building",
        &["access-kept", "phased-pilot"],
    );
}

#[test]
fn quick_check_compulsory_testing_and_police_lists() {
    // Coercion and police exposure each cap at the lowest band.
    assert_held_back(
        "quick-check",
        "coercive",
        "foundations",
        &["consent", "confidentiality"],
    );
}

#[test]
fn quick_check_harm_reduction_cut_for_a_planned_one_stop_shop() {
    // The low-threshold question is asked because a one-stop shop is planned; losing it and
    // the harm-reduction staff caps at building.
    assert_held_back(
        "quick-check",
        "harm-reduction-cut",
        "building",
        &["harm-reduction-protected", "low-threshold"],
    );
}

#[test]
fn quick_check_exemplary_drop_in_with_accompanied_referrals_reaches_the_top() {
    assert_exemplary("quick-check");
}

// ------------------------------------------------------------------ peer involvement

#[test]
fn peer_involvement_consulted_underpaid_hidden_use_ad_hoc_police() {
    // Issue 10: 84.4, "Meaningful" in 1.0.0. Consultation alone is tokenism: developing.
    assert_held_back(
        "peer-involvement",
        "consulted-only",
        "developing",
        &[
            "beyond-consultation",
            "fair-pay-partly",
            "no-abstinence-rule-partly",
            "police-protection-partly",
        ],
    );
}

#[test]
fn peer_involvement_unpaid_peers_under_drug_tests() {
    // An abstinence rule for peers caps at the lowest band; so does unpaid work (developing).
    let (fw, card) = scored("peer-involvement", "unpaid-abstinent");
    let band = card.overall.band.as_ref().unwrap().id.as_str();
    assert_eq!(band, fw.bands[0].id, "{:?}", failed_gates(&card));
    let failed = failed_gates(&card);
    assert!(failed.contains(&"no-abstinence-rule") && failed.contains(&"fair-pay"));
}

#[test]
fn peer_involvement_paid_peers_without_power() {
    // Well-paid peers, but people who use drugs are only informed or consulted: tokenism.
    assert_held_back(
        "peer-involvement",
        "token-seats",
        "developing",
        &["beyond-consultation", "governance-seats"],
    );
}

#[test]
fn peer_involvement_outreach_without_police_protection() {
    // Community-led and strong in every other way, but peers carry supplies where police
    // stop people who use drugs, with no protection at all.
    assert_held_back(
        "peer-involvement",
        "police-exposed",
        "developing",
        &["police-protection"],
    );
}

#[test]
fn peer_involvement_exemplary_partnership_reaches_the_top() {
    assert_exemplary("peer-involvement");
}
