//! Honest verdicts from the default framework (issue 10): answers files describing programmes
//! that would harm people who use drugs, or that are mostly unassessed, never reach the top two
//! bands ("Ready to pilot", "Ready to integrate"); an exemplary drop-in centre that delivers the
//! package through accompanied referrals still reaches the top. Every case goes through the
//! real scoring of the built-in framework; the answers files are in
//! tests/fixtures/verdicts/default/, each with the programme it describes in its header.

use std::path::Path;

use integra::answers::{Answers, Response, YesNo, load_sheet};
use integra::framework::{Framework, catalog};
use integra::scoring::{QuestionStatus, Scorecard, score};

use crate::support::cmd::integra_at_repo;

const DIR: &str = "tests/fixtures/verdicts/default";
/// The two bands a harmful programme must never reach.
const TOP_TWO: [&str; 2] = ["pilot", "ready"];

fn framework() -> Framework {
    catalog::embedded(catalog::DEFAULT_ID).unwrap()
}

fn answers(fw: &Framework, file: &str) -> Answers {
    load_sheet(&Path::new(DIR).join(file))
        .unwrap()
        .against(fw)
        .unwrap()
        .answers
}

fn scored(fw: &Framework, answers: &Answers) -> Scorecard {
    score(fw, answers, "en")
}

fn verdict(file: &str) -> Scorecard {
    let fw = framework();
    scored(&fw, &answers(&fw, file))
}

fn band(card: &Scorecard) -> &str {
    &card.overall.band.as_ref().unwrap().id
}

fn failed(card: &Scorecard) -> Vec<&str> {
    card.gates
        .iter()
        .filter(|g| !g.passed)
        .map(|g| g.id.as_str())
        .collect()
}

fn status(card: &Scorecard, question: &str) -> QuestionStatus {
    card.principles
        .iter()
        .flat_map(|p| &p.questions)
        .find(|q| q.id == question)
        .unwrap()
        .status
}

/// A harmful programme: high enough on average to reach a top band on its score alone, held
/// below the top two by the gates named (and reaching exactly `expected`).
fn assert_held_down(file: &str, expected: &str, gates: &[&str]) {
    let card = verdict(file);
    let got = band(&card);
    assert!(!TOP_TWO.contains(&got), "{file}: {got}");
    assert_eq!(got, expected, "{file}: failed gates {:?}", failed(&card));
    for g in gates {
        assert!(failed(&card).contains(g), "{file}: {g} passed");
    }
    // The average alone would have said "ready": the cap is what tells the truth.
    assert!(card.overall.score.unwrap() >= 60.0, "{file}");
}

#[test]
fn the_exemplary_drop_in_centre_reaches_the_top_band() {
    // Everything is delivered through accompanied, confirmed referrals (no one-stop shop), the
    // pilot was checked for access by sex, peers co-lead: the honest verdict is "ready".
    let card = verdict("exemplary-drop-in.toml");
    assert_eq!(band(&card), "ready", "failed gates {:?}", failed(&card));
    assert!(failed(&card).is_empty());
    assert!(card.overall.coverage.ratio >= 0.99);
}

#[test]
fn the_one_stop_shop_from_the_issue_is_not_ready() {
    // Issue 10's first case (81.9, "Ready to integrate" in version 1): abstinence for hepatitis
    // C treatment, compulsory drug tests, harm reduction budget and staff unprotected, no low
    // threshold, clients registered as a condition of care, drug use alone reported to child
    // protection. Each of these alone holds the verdict in the lowest band.
    assert_held_down(
        "issue-onestop-81-9.toml",
        "foundations",
        &[
            "no-abstinence-conditions",
            "voluntary-testing",
            "hr-budget-protected",
            "hr-staff-protected",
            "low-threshold-kept",
            "no-registry-exposure",
            "non-punitive-maternal",
        ],
    );
}

#[test]
fn only_the_old_gated_questions_with_two_unknowns_is_not_ready() {
    // Issue 10's second case (74.7, "Ready to pilot" in version 1): only seven questions
    // answered, two of them "don't know". The unknown gates fail as not yet assessed, every
    // unanswered "do no harm" gate does too, and 7 answers are far below the coverage minimum.
    let card = verdict("gated-only.toml");
    assert_eq!(band(&card), "foundations");
    assert!(failed(&card).contains(&"no-police-data-sharing"));
    assert!(failed(&card).contains(&"referral-tracking"));
    assert!(card.overall.coverage.ratio < 0.2);
}

#[test]
fn an_abstinence_rule_anywhere_holds_the_lowest_band() {
    // One partner's hepatitis C treatment demands six months without drugs: an abstinence
    // rule anywhere is "no", and it keeps people out of treatment.
    assert_held_down(
        "abstinence-rule.toml",
        "foundations",
        &["no-abstinence-conditions"],
    );
}

#[test]
fn compulsory_testing_holds_the_lowest_band() {
    // HIV and drug tests required for OAT, clients pressed to accept treatment: coercion
    // breaks trust and rights.
    assert_held_down(
        "compulsory-testing.toml",
        "foundations",
        &["voluntary-testing", "voluntary-treatment"],
    );
}

#[test]
fn cutting_harm_reduction_to_pay_for_integration_holds_the_lowest_band() {
    // Needle and syringe money moved, outreach staff reassigned, evening hours closed.
    assert_held_down(
        "harm-reduction-cuts.toml",
        "foundations",
        &[
            "hr-budget-protected",
            "hr-staff-protected",
            "hr-hours-protected",
        ],
    );
}

#[test]
fn registering_clients_beyond_what_the_law_requires_holds_the_lowest_band() {
    // The state OAT clinic registers every referred client, even for care the law does not
    // require it for.
    assert_held_down(
        "registry-exposure.toml",
        "foundations",
        &["no-registry-exposure"],
    );
}

#[test]
fn tokenism_is_not_ready_to_pilot() {
    // Consultation only (a survey and a focus group), peers underpaid and hiding their drug use:
    // consultation alone is tokenism, so no pilot yet.
    assert_held_down("tokenism.toml", "early", &["community-involvement"]);
}

#[test]
fn a_pilot_nobody_checked_for_access_is_not_ready_to_pilot_further() {
    // "Pilot reviewed" by counting services added, with no before/after figures on contacts,
    // supplies or experience, and no data by sex.
    assert_held_down("unchecked-pilot.toml", "early", &["pilot-kept-access"]);
}

#[test]
fn handing_client_lists_to_police_holds_the_lowest_band() {
    // Client lists given to the police on request; shared records open to all staff.
    assert_held_down(
        "police-data-sharing.toml",
        "foundations",
        &["no-police-data-sharing", "confidentiality"],
    );
}

#[test]
fn a_planned_one_stop_shop_is_checked_before_it_is_built() {
    // Services not linked yet, a move into a hospital planned with appointments and ID at the
    // door, few women, no young people served. The questions on keeping the low threshold, on
    // women's barriers and on young people are asked of the plan, and the plan is not ready.
    let file = "planned-onestop-appointments.toml";
    assert_held_down(file, "foundations", &["low-threshold-kept"]);
    let card = verdict(file);
    for q in ["onestop_low_threshold", "women_barriers", "young_people"] {
        assert_eq!(status(&card, q), QuestionStatus::Scored, "{q}");
    }
}

#[test]
fn mostly_unknown_answers_are_not_ready_even_with_every_gate_passed() {
    // Every critical question answered well, nearly everything else "don't know": no gate
    // fails, and the score of what is known is high, but too little is known to call it ready.
    let card = verdict("most-unknown.toml");
    assert!(failed(&card).is_empty(), "{:?}", failed(&card));
    assert!(card.overall.score.unwrap() >= 80.0);
    assert!(card.overall.coverage.ratio < 0.5);
    assert_eq!(band(&card), "foundations");
}

#[test]
fn the_command_line_gives_the_same_verdicts() {
    // The same files through `integra score --format json`, which resolves the built-in
    // framework by the id the file names.
    let home = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(DIR).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let out = integra_at_repo(home.path())
            .args(["score", "--format", "json"])
            .arg(&path)
            .output()
            .unwrap();
        assert!(out.status.success(), "{name}");
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let expected = verdict(&name);
        assert_eq!(v["overall"]["band"]["id"], band(&expected), "{name}");
        let top = name == "exemplary-drop-in.toml";
        assert_eq!(
            TOP_TWO.contains(&band(&expected)),
            top,
            "{name}: only the exemplary centre may reach a top band"
        );
    }
}

/// The exemplary answers with one answer changed.
fn exemplary_with(changes: &[(&str, Response)]) -> Scorecard {
    let fw = framework();
    let mut a = answers(&fw, "exemplary-drop-in.toml");
    for (q, r) in changes {
        a.set(*q, r.clone());
    }
    scored(&fw, &a)
}

#[test]
fn do_no_harm_gates_have_two_tiers() {
    // "Partly" keeps a programme out of the top band only; "no" or "don't know" holds it in
    // the lowest band.
    for q in [
        "no_abstinence_conditions",
        "voluntary_testing",
        "voluntary_treatment",
        "hr_budget_protected",
        "hr_staff_protected",
        "hr_hours_protected",
        "confidentiality",
        "no_police_sharing",
    ] {
        let partly = exemplary_with(&[(q, Response::YesNo(YesNo::Partial))]);
        assert_eq!(band(&partly), "pilot", "{q} partly");
        let no = exemplary_with(&[(q, Response::YesNo(YesNo::No))]);
        assert_eq!(band(&no), "foundations", "{q} no");
        let unknown = exemplary_with(&[(q, Response::DontKnow)]);
        assert_eq!(band(&unknown), "foundations", "{q} don't know");
    }
}

#[test]
fn registration_where_the_law_requires_it_is_judged_by_the_access_offered() {
    let registry = ("drug_law", Response::Choice("registry".into()));
    let with = |option: &str| {
        exemplary_with(&[
            registry.clone(),
            ("registry_free", Response::Choice(option.into())),
        ])
    };
    // A parallel route outside the state system: nobody has to be registered.
    assert_eq!(band(&with("no_exposure")), "ready");
    // Registered only where the law demands it, told beforehand, coded for everything else.
    assert_eq!(band(&with("legal_minimum")), "pilot");
    assert_eq!(band(&with("beyond_law")), "foundations");
    assert_eq!(band(&with("condition_of_care")), "foundations");
    // Asked everywhere: a health-led drug law can still keep lists, and no condition may hide
    // the gated question (and pass its gate) from a programme that registers people.
    let decriminalised = exemplary_with(&[
        ("drug_law", Response::Choice("decriminalised".into())),
        ("registry_free", Response::Choice("beyond_law".into())),
    ]);
    assert_eq!(
        status(&decriminalised, "registry_free"),
        QuestionStatus::Scored
    );
    assert_eq!(band(&decriminalised), "foundations");
}

#[test]
fn stigma_must_be_respectful_in_practice() {
    let at = |level| {
        band(&exemplary_with(&[(
            "staff_conduct",
            Response::Level(level),
        )]))
        .to_owned()
    };
    assert_eq!(at(3), "ready"); // respectful in practice
    assert_eq!(at(2), "pilot"); // a policy on paper
    assert_eq!(at(1), "foundations"); // tolerated but judged
}

#[test]
fn the_pilot_must_show_that_access_was_kept() {
    let at = |level| {
        band(&exemplary_with(&[(
            "pilot_findings",
            Response::Level(level),
        )]))
        .to_owned()
    };
    assert_eq!(at(3), "ready");
    assert_eq!(at(2), "pilot"); // partly checked
    assert_eq!(at(1), "early"); // not checked
    assert_eq!(at(0), "foundations"); // access fell
    // Rushing: no phased plan at all holds a programme below piloting.
    let all_at_once = exemplary_with(&[("phased_plan", Response::Level(1))]);
    assert_eq!(band(&all_at_once), "early");
    assert_eq!(
        status(&all_at_once, "pilot_findings"),
        QuestionStatus::Hidden
    );
}

#[test]
fn community_involvement_must_go_beyond_consultation() {
    let at = |level| band(&exemplary_with(&[("pwud_design", Response::Level(level))])).to_owned();
    assert_eq!(at(3), "ready"); // involved
    assert_eq!(at(2), "early"); // consulted
    assert_eq!(at(1), "foundations"); // informed
}

#[test]
fn an_accompanied_referral_ranks_with_co_location() {
    // The top of the referral scale is "on site, or accompanied and confirmed": a drop-in
    // centre that accompanies clients loses nothing against a one-stop shop.
    let fw = framework();
    let scale = fw.scales.iter().find(|s| s.id == "referral").unwrap();
    let top = scale.levels.last().unwrap();
    let text = top.description.as_ref().unwrap().get("en");
    assert!(
        text.contains("same visit") && text.contains("goes with them"),
        "{text}"
    );
    let card = verdict("exemplary-drop-in.toml");
    let q = card
        .principles
        .iter()
        .flat_map(|p| &p.questions)
        .find(|q| q.id == "referral_mode")
        .unwrap();
    assert_eq!(q.score, Some(1.0));
}

#[test]
fn services_illegal_in_a_setting_can_be_marked_not_applicable() {
    // Where the law forbids OAT or needle programmes, answering "not applicable" leaves the
    // verdict as it is instead of punishing the programme for the law.
    let card = exemplary_with(&[
        ("pkg_oat", Response::NotApplicable),
        ("pkg_nsp", Response::NotApplicable),
    ]);
    assert_eq!(band(&card), "ready");
    assert_eq!(status(&card, "pkg_oat"), QuestionStatus::NotApplicable);
}

#[test]
fn each_band_needs_enough_answers() {
    // The exemplary answers with the last n rated questions turned into "don't know": the
    // score of what is left stays high, but the band follows how much is known (at least half
    // for "Early preparation", 70% for "Ready to pilot", 85% for "Ready to integrate"), and
    // never rises above the band the same answers reach with each "don't know" at the lowest
    // level.
    let fw = framework();
    let full = answers(&fw, "exemplary-drop-in.toml");
    let rated: Vec<String> = fw
        .principles
        .iter()
        .flat_map(|p| &p.questions)
        .filter(|q| q.scale().is_some() && full.get(&q.id).is_some())
        .map(|q| q.id.clone())
        .collect();
    let gated: Vec<&str> = fw.gates.iter().filter_map(|g| g.question()).collect();
    let with_last = |n: usize, r: &Response| {
        let mut a = full.clone();
        for id in rated
            .iter()
            .rev()
            .filter(|id| !gated.contains(&id.as_str()))
            .take(n)
        {
            a.set(id.as_str(), r.clone());
        }
        scored(&fw, &a)
    };
    let order = |id: &str| fw.bands.iter().position(|b| b.id == id).unwrap();
    let mut seen = Vec::new();
    for n in [0, 5, 10, 20, 30, 40, 50] {
        let card = with_last(n, &Response::DontKnow);
        let ratio = card.overall.coverage.ratio;
        let by_coverage = match ratio {
            r if r >= 0.85 => "ready",
            r if r >= 0.7 => "pilot",
            r if r >= 0.5 => "early",
            _ => "foundations",
        };
        // Every rated scale here starts at level 0.
        let floor = with_last(n, &Response::Level(0));
        let expected = if order(band(&floor)) < order(by_coverage) {
            band(&floor).to_owned()
        } else {
            by_coverage.to_owned()
        };
        assert!(failed(&card).is_empty(), "{n}: {:?}", failed(&card));
        assert!(card.overall.score.unwrap() >= 80.0, "{n}");
        assert_eq!(band(&card), expected, "{n} unknown, coverage {ratio:.2}");
        seen.push((n, band(&card).to_owned()));
    }
    // The sequence really passes through every band, held by coverage.
    for (n, expected) in [
        (0, "ready"),
        (20, "pilot"),
        (30, "early"),
        (50, "foundations"),
    ] {
        assert!(seen.contains(&(n, expected.to_owned())), "{seen:?}");
    }
}
