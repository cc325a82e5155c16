//! A built-in framework read for one language (to start quickly) says the same as the whole
//! framework in that language, and is completed when another language is asked for.
//!
//! Tests only: they reach `load` and `texts_mut`, and must not be needed by any other code.

use super::*;
use crate::framework::Text;
use crate::framework::translate::texts_mut;

/// Every text of a framework read for `lang` reads as in the whole framework, in `lang`;
/// titles and descriptions in every language.
#[test]
fn a_framework_read_for_one_language_says_the_same_in_it() {
    for builtin in EMBEDDED {
        let mut whole = load(builtin, None).unwrap_or_else(|e| panic!("{e}"));
        let mut langs = whole.languages.clone();
        langs.push("pt".to_owned());
        for lang in &langs {
            let mut one = load(builtin, Some(lang)).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(one.hash, whole.hash);
            for code in &whole.languages {
                assert_eq!(one.title.get(code), whole.title.get(code), "{code}");
                let desc = |f: &Framework| f.description.as_ref().map(|d| d.get(code).to_owned());
                assert_eq!(desc(&one), desc(&whole), "{code}");
            }
            let (a, b) = (texts_mut(&mut one), texts_mut(&mut whole));
            assert_eq!(a.len(), b.len());
            for ((key, x), (_, y)) in a.into_iter().zip(b) {
                let get = |t: Option<&mut Text>| t.map(|t| t.get(lang).to_owned());
                assert_eq!(get(x), get(y), "{} {key} in {lang}", builtin.id);
            }
        }
    }
}

#[test]
fn a_partial_framework_is_completed_for_another_language_only() {
    let fr = load(&EMBEDDED[0], Some("fr")).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(fr.only_language.as_deref(), Some("fr"));
    assert!(in_language(&fr, "fr").is_none(), "already has French");
    let q = |f: &Framework| f.questions().next().map(|q| q.text.get("ru").to_owned());
    let whole = load(&EMBEDDED[0], None).unwrap_or_else(|e| panic!("{e}"));
    assert_ne!(
        q(&fr),
        q(&whole),
        "the French read has no Russian questions"
    );
    let ru = in_language(&fr, "ru").unwrap_or_else(|| panic!("read again for Russian"));
    assert_eq!(q(&ru), q(&whole));
    assert!(
        in_language(&whole, "ru").is_none(),
        "a whole framework is kept"
    );
}
