//! A session opened (resumed or created): the wizard's phase becomes that assessment, on
//! the screen it resumes at, with the per-assessment state (undo, votes, comparison) reset.
//!
//! Must not: do I/O or draw (the loop opened the file; this applies what it read).

use super::{lists, question, setup};
use crate::session::Opened;
use crate::tui::app::{
    Doc, Open, OpenScreen, Popup, Screen, State, Status, VoteState, language_name,
};
use crate::tui::effect::Effect;

/// A session was opened (resumed) or created.
pub fn open(state: &mut State, opened: Opened) -> Vec<Effect> {
    let Opened {
        framework,
        session,
        warnings,
    } = opened;
    let fresh = session.record.created.is_none() && session.answers().is_empty();
    let position = session.record.position.clone();
    let doc = Doc {
        fw: framework,
        session,
    };
    // The clock's time per principle carries on from earlier sittings.
    state.ui.clock.spent.clone_from(&doc.session.workshop.spent);
    let english = english_fallback(&doc);
    state.ui.cache.offset.set(0);
    // Undo, vote entry and the comparison belong to one assessment.
    state.ui.undo.clear();
    state.ui.votes = VoteState::default();
    state.ui.compare = None;
    state.ui.results_page = 0;
    state.ui.action = 0;
    // The setup screen for a new assessment; the others say where it resumes, just below.
    let (doc, screen) = state.phase.open(doc, OpenScreen::Setup);
    let o = &mut Open::of(&mut state.ui, doc, screen);
    if !warnings.is_empty() {
        // Told in the session's language, which the wizard now speaks.
        let lang = o.lang();
        o.ui.popup = Some(Popup::Notice {
            title: o.tr("ui-notice-changed"),
            lines: warnings.iter().map(|w| w.render(lang)).collect(),
        });
    }
    if let Some(have) = english {
        // In the session's language, which the screens about to show speak.
        o.ui.status = Some(Status {
            text: o.tr_args(
                "ui-status-framework-english",
                &[
                    ("have", have.into()),
                    ("lang", language_name(o.doc.lang()).into()),
                ],
            ),
            error: false,
        });
    }
    if fresh {
        o.ui.back = vec![Screen::Start];
        setup::load(o);
        return Vec::new();
    }
    if let Some(id) = question::resume_target(o.doc, position.as_deref()) {
        o.ui.back = vec![Screen::Overview];
        *o.screen = OpenScreen::Question;
        question::show(o, &id);
    } else {
        o.ui.back.clear();
        *o.screen = OpenScreen::Overview;
        lists::enter_overview(o);
    }
    Vec::new()
}

/// When the framework is not written in the session's language, the languages it is
/// written in (its text then shows in English; integra's own stays in the session's).
pub fn english_fallback(doc: &Doc) -> Option<String> {
    let have = if doc.fw.languages.is_empty() {
        vec!["en".to_owned()]
    } else {
        doc.fw.languages.clone()
    };
    (!have.iter().any(|l| l == doc.lang())).then(|| {
        have.iter()
            .map(|l| language_name(l))
            .collect::<Vec<_>>()
            .join(", ")
    })
}
