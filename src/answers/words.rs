//! Answers in words, for people: a level's or option's label rather than the value or id a
//! file stores. Reports and the wizard both show answers this way.
//!
//! Owns the wording of one answer. Must not decide whether it scores or passes (that is
//! `scoring`) nor choose the language (callers pass it).

use super::{Response, YesNo};
use crate::framework::{Framework, Question};
use crate::i18n;

/// A response in words: level and option labels rather than values and ids.
pub fn in_words(fw: &Framework, q: &Question, r: &Response, lang: &str) -> String {
    // `lang` is the framework text's language; integra's own words fall back to English.
    let ui = i18n::Lang::or_english(lang);
    let option = |id: &str| {
        q.options()
            .iter()
            .find(|o| o.id == id)
            .map_or_else(|| id.to_owned(), |o| o.label.get(lang).to_owned())
    };
    match r {
        Response::Level(v) => fw
            .scale_of(q)
            .and_then(|s| s.levels.iter().find(|l| l.value == *v))
            .map_or_else(
                || i18n::tr_args(ui, "answer-level", &[("n", v.to_string().into())]),
                |l| l.label.get(lang).to_owned(),
            ),
        Response::YesNo(YesNo::Yes) => i18n::tr(ui, "answer-yes"),
        Response::YesNo(YesNo::Partial) => i18n::tr(ui, "answer-partly"),
        Response::YesNo(YesNo::No) => i18n::tr(ui, "answer-no"),
        Response::Choice(id) => option(id),
        Response::Checklist(ids) if ids.is_empty() => i18n::tr(ui, "answer-none-ticked"),
        // The separator is the catalogue's: French sets a space before the semicolon.
        Response::Checklist(ids) => ids
            .iter()
            .map(|id| option(id))
            .collect::<Vec<_>>()
            .join(&i18n::tr(ui, "report-list-sep")),
        Response::Number(n) => match q.number().and_then(|spec| spec.unit.as_ref()) {
            Some(unit) => format!("{} {}", number_in(*n, ui), unit.get(lang)),
            None => number_in(*n, ui),
        },
        Response::Text(t) => t.clone(),
        Response::NotApplicable => i18n::tr(ui, "answer-not-applicable"),
        Response::DontKnow => i18n::tr(ui, "answer-dont-know"),
    }
}

/// [`number`] as `lang` writes it (a decimal comma in French, Spanish and Russian).
pub fn number_in(n: f64, lang: i18n::Lang) -> String {
    i18n::in_lang(number(n), lang)
}

/// A number without a needless `.0`, and with at most two decimals.
pub fn number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        crate::i18n::fixed(n, 0)
    } else {
        let s = format!("{n:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_drop_needless_decimals() {
        assert_eq!(number(12.0), "12");
        assert_eq!(number(-3.0), "-3");
        assert_eq!(number(2.5), "2.5");
        assert_eq!(number(1.0 / 3.0), "0.33");
        assert_eq!(number(0.999), "1");
        assert_eq!(number_in(2.5, i18n::Lang::Fr), "2,5");
        assert_eq!(number_in(2.5, i18n::Lang::En), "2.5");
    }
}
