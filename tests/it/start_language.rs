//! The wizard reads built-in frameworks for the start screen's language only (to start
//! quickly); an assessment opened in another language must still get all of that
//! language's text, whether it is created there or resumed from a saved session.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use integra::framework::{Framework, Origin, catalog};
use integra::session::store;
use integra::tui::effect::{Context, Step, perform};
use integra::tui::{Config, Effect, Msg, State};

/// The first question's text in Russian.
fn russian(fw: &Framework) -> String {
    fw.questions().next().unwrap().text.get("ru").to_owned()
}

/// The start screen as `catalog::offer(None, "en")` fills it, built-in copies only (the
/// tests run beside `./frameworks`, whose files would be found first and read whole).
fn english_start() -> State {
    let builtin = catalog::discover_in("en")
        .into_iter()
        .filter(|e| e.origin == Origin::Embedded)
        .map(|e| e.result.unwrap());
    State::new(Config {
        frameworks: builtin.collect(),
        size: (80, 24),
        ..Config::default()
    })
}

fn opened(step: Step) -> integra::session::Opened {
    match step {
        Step::Then(Msg::Opened(o)) => *o,
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_assessment_in_another_language_gets_all_of_its_text() {
    let whole = catalog::embedded(catalog::DEFAULT_ID).unwrap();
    let expected = russian(&whole);
    assert_ne!(expected, whole.questions().next().unwrap().text.en());

    let state = english_start();
    // The start screen's copy has English questions only.
    assert_ne!(russian(&state.ui.start.frameworks[0]), expected);
    let dir = tempfile::tempdir().unwrap();
    let ctx = Context {
        session_file: None,
        sessions_dir: Some(dir.path().to_path_buf()),
        ..Context::default()
    };
    let create = Effect::Create {
        framework: 0,
        language: "ru".into(),
    };
    let mut created = opened(perform(create, &state, &ctx));
    assert_eq!(russian(&created.framework), expected);

    // Saved in Russian, resumed from a start screen read in English.
    store::save(
        &mut created.session,
        &created.framework,
        "2026-12-01T10:00:00Z",
    )
    .unwrap();
    let state = english_start();
    let resumed = opened(perform(
        Effect::Open(created.session.path.clone()),
        &state,
        &ctx,
    ));
    assert_eq!(resumed.session.language(), "ru");
    assert_eq!(russian(&resumed.framework), expected);
}
