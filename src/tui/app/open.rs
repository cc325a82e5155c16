//! [`Open`]: what the handlers of an open assessment's screens work on — the assessment,
//! the screen showing and the rest of the wizard's state, borrowed apart from one another.
//! `update` matches the phase once and hands this on, so no handler has to ask whether an
//! assessment is open.
//!
//! Must not: hold state of its own or do I/O (it only borrows `State`'s parts).

use super::{Doc, OpenScreen, Screen, Ui};
use crate::framework::Question;
use crate::i18n;

/// An assessment open on one of its screens, with the wizard's UI state around it.
#[derive(Debug)]
pub struct Open<'a> {
    pub ui: &'a mut Ui,
    pub doc: &'a mut Doc,
    pub screen: &'a mut OpenScreen,
}

impl<'a> Open<'a> {
    /// The parts of an open assessment's state, as `update` takes them out of the phase.
    pub fn of(ui: &'a mut Ui, doc: &'a mut Doc, screen: &'a mut OpenScreen) -> Self {
        Self { ui, doc, screen }
    }

    /// The screen showing.
    pub fn screen(&self) -> Screen {
        (*self.screen).into()
    }

    /// The language of integra's own text: the session's.
    pub fn lang(&self) -> i18n::Lang {
        i18n::Lang::or_english(self.doc.lang())
    }

    /// integra's text for `key` in the session's language.
    pub fn tr(&self, key: &str) -> String {
        i18n::tr(self.lang(), key)
    }

    /// integra's text for `key` with placeables filled in.
    pub fn tr_args(&self, key: &str, args: &[(&str, i18n::Arg)]) -> String {
        i18n::tr_args(self.lang(), key, args)
    }

    /// The question showing on the question screen.
    pub fn current_question(&self) -> Option<&Question> {
        self.doc.fw.question(&self.ui.question.id)
    }
}
