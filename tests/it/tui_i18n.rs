//! The wizard in French and Russian at 80×24: the language chosen on the start screen (the
//! session's language) turns integra's own words into that language, and the screens still
//! fit. Snapshots show the whole screen; the checks below say what must hold in any case.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use crate::support::wizard;

use integra::session::{Opened, Session};
use integra::tui::{Msg, Screen, State, update};
use wizard::{config, fixture, render, send, session_path, typed};

const SIZE: (u16, u16) = (80, 24);

/// The fixture framework, declaring Russian and Spanish too (its text falls back to English
/// where it has no translation; integra's own words do not).
fn framework() -> integra::framework::Framework {
    let mut fw = fixture();
    fw.languages = ["en", "fr", "es", "ru"].map(String::from).to_vec();
    fw
}

/// The start screen with `lang` preselected (as `--lang` or the environment would).
fn start_in(lang: &str) -> State {
    let mut c = config(SIZE);
    c.frameworks = vec![framework()];
    c.language = Some(lang.into());
    State::new(c)
}

/// A new assessment in `lang`, through setup, with two answers and a note.
fn midway_in(lang: &str) -> State {
    let mut state = start_in(lang);
    wizard::open_new(&mut state, framework(), lang, &session_path());
    let mut msgs = typed("Nova");
    msgs.extend(std::iter::repeat_n(Msg::Down, 6));
    msgs.push(Msg::Enter);
    send(&mut state, msgs);
    send(&mut state, [Msg::Digit(2), Msg::Enter, Msg::Right]);
    send(&mut state, [Msg::Digit(1), Msg::Note]);
    send(&mut state, typed("Registre vérifié."));
    send(&mut state, [Msg::Enter]);
    state
}

/// The screen's last line: the footer with its key hints.
fn footer(screen: &str) -> String {
    screen
        .lines()
        .nth(usize::from(SIZE.1) - 1)
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn start_screen_follows_the_language_chosen() {
    let fr = render(&start_in("fr"));
    assert!(fr.contains("Nouvelle évaluation"), "{fr}");
    assert!(fr.contains("Référentiel"), "{fr}");
    assert!(!fr.contains("New assessment"), "{fr}");
    insta::assert_snapshot!("start-fr-80x24", fr);
    let ru = render(&start_in("ru"));
    assert!(ru.contains("Новая оценка"), "{ru}");
    assert!(footer(&ru).contains("выход"), "quit hint cut: {ru}");
    insta::assert_snapshot!("start-ru-80x24", ru);
    // Choosing another language on the start screen turns the wizard at once.
    let mut state = start_in("ru");
    send(&mut state, [Msg::Home, Msg::Down, Msg::Left, Msg::Left]);
    let en = render(&state);
    assert!(en.contains("Nouvelle évaluation"), "{en}");
}

#[test]
fn question_screen_in_french_and_russian_fits() {
    let fr = render(&midway_in("fr"));
    assert!(fr.contains("sur"), "{fr}");
    assert!(fr.contains("Note :"), "{fr}");
    assert!(footer(&fr).contains("quitter"), "{fr}");
    insta::assert_snapshot!("question-fr-80x24", fr);
    let ru = render(&midway_in("ru"));
    assert!(ru.contains("Заметка:"), "{ru}");
    assert!(ru.contains("Отвечено 2 из"), "{ru}");
    assert!(footer(&ru).contains("выход"), "{ru}");
    insta::assert_snapshot!("question-ru-80x24", ru);
}

#[test]
fn results_and_help_in_russian_fit() {
    let mut state = midway_in("ru");
    send(&mut state, [Msg::Go(Screen::Results)]);
    let results = render(&state);
    assert!(results.contains("Охват:"), "{results}");
    assert!(results.contains("Принципы"), "{results}");
    insta::assert_snapshot!("results-ru-80x24", results);
    send(&mut state, [Msg::Help]);
    let help = render(&state);
    assert!(help.contains("Везде"), "{help}");
    assert!(!help.contains("Everywhere"), "{help}");
    insta::assert_snapshot!("help-ru-80x24", help);
}

#[test]
fn spanish_review_uses_spanish_words() {
    let mut state = midway_in("es");
    send(&mut state, [Msg::Go(Screen::Review)]);
    let review = render(&state);
    assert!(review.contains("Pregunta"), "{review}");
    assert!(review.contains("sin responder"), "{review}");
    insta::assert_snapshot!("review-es-80x24", review);
}

#[test]
fn setup_overview_and_export_fit_in_spanish_and_russian() {
    for lang in ["es", "ru"] {
        let mut state = start_in(lang);
        let fw = framework();
        let session = Session::new(&fw, lang, session_path(), "2026-11-23");
        update(
            &mut state,
            Msg::Opened(Box::new(Opened {
                framework: fw,
                session,
                warnings: Vec::new(),
            })),
        );
        send(&mut state, typed("Nova"));
        let setup = render(&state);
        // Typed text starts after the longest label, whatever the language.
        let participants = integra::i18n::tr(
            integra::i18n::Lang::or_english(lang),
            "ui-field-participants",
        );
        let column = |needle: &str| {
            let row = setup.lines().find(|l| l.contains(needle)).unwrap();
            row[..row.find(needle).unwrap()].chars().count()
        };
        let label_end = column(&participants) + participants.chars().count();
        assert!(column("Nova") > label_end, "{setup}");
        insta::assert_snapshot!(format!("setup-{lang}-80x24"), setup);
        let mut state = midway_in(lang);
        send(&mut state, [Msg::Go(Screen::Overview)]);
        insta::assert_snapshot!(format!("overview-{lang}-80x24"), render(&state));
        send(&mut state, [Msg::Go(Screen::Export)]);
        let export = render(&state);
        assert!(
            export.contains(&integra::i18n::tr(
                integra::i18n::Lang::or_english(lang),
                "ui-export-write"
            )),
            "{export}"
        );
        insta::assert_snapshot!(format!("export-{lang}-80x24"), export);
    }
}
