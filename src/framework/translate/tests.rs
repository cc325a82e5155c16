//! Translation keys and `[translations]` blocks: every text has its key, blocks fill text and
//! fall back to English, renamed ids point to their new keys, and one string is translated once.
//! Tests only.

use crate::framework::{Origin, from_str};

#[test]
fn each_text_visits_exactly_the_texts_that_have_keys() {
    let mut fw = crate::framework::catalog::embedded(crate::framework::catalog::DEFAULT_ID)
        .unwrap_or_else(|| panic!("the default framework is built in"));
    let keyed: Vec<String> = super::texts_mut(&mut fw)
        .into_iter()
        .filter_map(|(_, t)| t.map(|t| t.en().to_owned()))
        .collect();
    let mut visited = Vec::new();
    super::each_text(&mut fw, &mut |t| visited.push(t.en().to_owned()));
    assert_eq!(visited, keyed);
}

#[test]
fn translation_blocks_fill_text_and_fall_back_to_english() {
    let text = include_str!("../../../tests/fixtures/valid/translated.toml");
    let fw = from_str("translated.toml", text, Origin::Embedded).unwrap();
    assert_eq!(fw.title.get("fr"), "Exemple minimal");
    assert_eq!(
        fw.title.get("es"),
        "Ejemplo mínimo",
        "inline translations still work"
    );
    let q = fw.question("referral").unwrap();
    assert_eq!(q.text.get("fr"), "Les orientations sont-elles suivies ?");
    assert_eq!(
        q.recommendation.as_ref().unwrap().get("fr"),
        "Start tracking every referral until the client is seen."
    );
    let legal = fw.question("legal").unwrap();
    assert_eq!(legal.options()[2].label.get("fr"), "Non légal");
    assert_eq!(
        legal.options()[0].label.get("fr"),
        "Legal on request or broad grounds"
    );
    assert_eq!(fw.band("ready").unwrap().label.get("fr"), "Prêt à intégrer");
    assert_eq!(
        fw.scale("practice").unwrap().levels[2].label.get("fr"),
        "Routine"
    );
}

#[test]
fn the_default_framework_is_complete_in_four_languages() {
    let fw = crate::framework::catalog::embedded(crate::framework::catalog::DEFAULT_ID).unwrap();
    assert_eq!(fw.languages, ["en", "fr", "es", "ru"]);
    for lang in ["fr", "es", "ru"] {
        assert_eq!(
            super::untranslated(&fw, lang),
            Vec::<String>::new(),
            "{lang}"
        );
    }
    assert!(
        super::untranslated(&fw, "pt").len() > 500,
        "the check can fail"
    );
}

#[test]
fn a_translation_key_of_a_renamed_question_points_to_the_new_key() {
    let text = include_str!("../../../tests/fixtures/valid/translated.toml").replace(
        "id = \"referral\"\n",
        "id = \"clients_seen_after_referral\"\nrenamed_from = \"referral\"\n",
    );
    let err = from_str("t.toml", &text, Origin::Embedded).unwrap_err();
    assert!(
        err.render()
            .contains("hint: did you mean 'question.clients_seen_after_referral.text'?"),
        "{}",
        err.render()
    );
}

#[test]
fn the_same_string_translated_twice_is_an_error() {
    let text = include_str!("../../../tests/fixtures/valid/translated.toml").replace(
        "\"title\" = \"Exemple minimal\"",
        "\"title\" = \"Exemple\"\n[translations.es]\n\"title\" = \"Otra vez\"",
    );
    let err = from_str("t.toml", &text, Origin::Embedded).unwrap_err();
    assert!(
        err.render()
            .contains("'title' is translated into 'es' twice"),
        "{}",
        err.render()
    );
}
