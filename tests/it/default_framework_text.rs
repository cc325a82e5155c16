//! The default framework's text and structure (issue 10): questions that ask one thing each,
//! respectful and correct terms in every language (the framework, the catalogues and the
//! docs), the policy page kept true to the gates, and validation without warnings.

use integra::framework::{Caps, Framework, Min, catalog};

use crate::support::cmd::integra_at_repo;

fn framework() -> Framework {
    catalog::embedded(catalog::DEFAULT_ID).unwrap()
}

#[test]
fn the_split_questions_ask_one_thing_each() {
    let fw = framework();
    let ids: Vec<&str> = fw
        .principles
        .iter()
        .flat_map(|p| &p.questions)
        .map(|q| q.id.as_str())
        .collect();
    for gone in ["gbv_response", "consent", "hr_protected", "service_package"] {
        assert!(!ids.contains(&gone), "{gone}");
    }
    for new in [
        "gbv_first_line",
        "gbv_pep",
        "gbv_emergency_contraception",
        "voluntary_testing",
        "voluntary_treatment",
        "informed_consent",
        "hr_budget_protected",
        "hr_staff_protected",
        "hr_hours_protected",
        "hiv_sti_package",
        "hep_tb_package",
        "srh_package",
        "planned_model",
        "pilot_findings",
        "srhr_empowerment",
        "mental_health",
        "custody_continuity",
        "stimulant_hr",
        "partner_services",
    ] {
        assert!(ids.contains(&new), "{new}");
    }
    // Peer workers are rated as colleagues, on a scale that describes colleagues.
    let peer_respect = fw
        .principles
        .iter()
        .flat_map(|p| &p.questions)
        .find(|q| q.id == "peer_respect")
        .unwrap();
    assert_eq!(
        peer_respect.scale().map(|s| s.id.as_str()),
        Some("collegial")
    );
}

/// The words of `text`, lower-cased, split at anything that is not a letter.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

#[test]
fn the_framework_and_catalogues_use_respectful_and_correct_terms() {
    let source = std::fs::read_to_string("frameworks/pwud-hiv-srhr-integration.toml").unwrap();
    let catalogues: Vec<String> = ["en", "fr", "es", "ru"]
        .iter()
        .map(|l| std::fs::read_to_string(format!("i18n/{l}.ftl")).unwrap())
        .collect();
    let docs = std::fs::read_to_string("docs/framework-format.md").unwrap()
        + &std::fs::read_to_string("README.md").unwrap();
    for (name, text) in std::iter::once(("framework", &source))
        .chain(catalogues.iter().map(|c| ("catalogue", c)))
        .chain(std::iter::once(("docs", &docs)))
    {
        // A negative test, never a "clean" one.
        assert!(
            !words(text).contains(&"clean".to_owned()),
            "{name}: 'clean'"
        );
        // French SRHR is SDSR (santé et droits sexuels et reproductifs).
        assert!(!text.contains("SSRD"), "{name}: 'SSRD'");
        // Spanish: people who use drugs, not "users who use drugs".
        for users_who_use in [
            "usuarios que usan",
            "usuario que usa drogas",
            "usuario que usa opioides",
        ] {
            assert!(!text.contains(users_who_use), "{name}: '{users_who_use}'");
        }
    }
    // The Russian example of a stigmatising word is the one people actually hear.
    let fw = framework();
    let q = fw
        .principles
        .iter()
        .flat_map(|p| &p.questions)
        .find(|q| q.id == "respectful_language")
        .unwrap();
    assert!(q.text.get("ru").contains("«наркоманы»"));
    assert!(!q.text.get("ru").contains("чист"));
    assert!(catalogues[1].contains("programmes VIH, SDSR"));
}

#[test]
fn the_policy_page_tells_the_truth_about_the_yes_no_gates() {
    // docs/default-framework.md lists each yes/no gate with its "partly" and "no" caps: every
    // row must match the framework's tiers (yes = 100, partly = 50).
    let fw = framework();
    let page = std::fs::read_to_string("docs/default-framework.md").unwrap();
    let mut rows = 0;
    for line in page
        .lines()
        .filter(|l| l.starts_with("| ") && l.contains("| `"))
    {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        if !cells[2].starts_with('`') {
            continue; // the bands table
        }
        let (question, partly, no) = (cells[2].trim_matches('`'), cells[3], cells[4]);
        let gate = fw
            .gates
            .iter()
            .find(|g| g.question() == Some(question))
            .unwrap_or_else(|| panic!("no gate on {question}"));
        let Caps::Tiers(tiers) = &gate.caps else {
            panic!("gate on {question} has no tiers")
        };
        let caps: Vec<(f64, &str)> = tiers
            .iter()
            .map(|t| match t.min {
                Min::Score(s) => (s, fw.bands[t.cap].id.as_str()),
                Min::Level(_) => panic!("tier of gate on {question} holds a level"),
            })
            .collect();
        assert_eq!(caps, [(100.0, partly), (50.0, no)], "{question}");
        rows += 1;
    }
    assert_eq!(rows, 9);
}

#[test]
fn the_default_framework_validates_without_warnings_in_four_languages() {
    let home = tempfile::tempdir().unwrap();
    let rel = "frameworks/pwud-hiv-srhr-integration.toml";
    for (lang, ok) in [
        ("en", "ok"),
        ("fr", "ok"),
        ("es", "correcto"),
        ("ru", "в порядке"),
    ] {
        let out = integra_at_repo(home.path())
            .args(["validate", "--lang", lang, rel])
            .output()
            .unwrap();
        assert!(out.status.success(), "{lang}");
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            format!("{rel}: {ok}\n"),
            "{lang}"
        );
    }
}
