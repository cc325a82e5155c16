//! The wizard's phase: which screen shows, and the assessment open on it. The open
//! assessment lives inside the phase, so a screen that needs it gets it from the match and
//! no screen of an assessment can show without one. Owns [`Phase`], [`Screen`] and [`Doc`];
//! it must not touch cursors, popups or I/O (those are `Ui`'s and `effect`'s).

use crate::framework::{Framework, Question};
use crate::session::{Progress, Session, progress};

/// The screens, in the order an assessment goes through them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Screen {
    #[default]
    Start,
    Setup,
    Overview,
    Question,
    Review,
    Results,
    Export,
}

/// The screens of an open assessment: every screen but the start screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenScreen {
    Setup,
    Overview,
    Question,
    Review,
    Results,
    Export,
}

impl From<OpenScreen> for Screen {
    fn from(s: OpenScreen) -> Self {
        match s {
            OpenScreen::Setup => Self::Setup,
            OpenScreen::Overview => Self::Overview,
            OpenScreen::Question => Self::Question,
            OpenScreen::Review => Self::Review,
            OpenScreen::Results => Self::Results,
            OpenScreen::Export => Self::Export,
        }
    }
}

impl Screen {
    /// The screen as one of an open assessment's; `None` for the start screen.
    pub fn open(self) -> Option<OpenScreen> {
        Some(match self {
            Self::Start => return None,
            Self::Setup => OpenScreen::Setup,
            Self::Overview => OpenScreen::Overview,
            Self::Question => OpenScreen::Question,
            Self::Review => OpenScreen::Review,
            Self::Results => OpenScreen::Results,
            Self::Export => OpenScreen::Export,
        })
    }
}

/// Where the wizard is. Before an assessment is opened it is on the start screen; once one
/// is open, every other screen is a screen *of* that assessment and holds it.
#[derive(Debug, Clone)]
pub enum Phase {
    /// The start screen. `left` is the assessment Esc came back from: it stays open (its
    /// lock held, `o` returns to it, quitting saves it) until another is opened.
    Start { left: Option<Box<Doc>> },
    /// An assessment is open on one of its screens.
    Open { doc: Box<Doc>, screen: OpenScreen },
}

impl Default for Phase {
    fn default() -> Self {
        Self::Start { left: None }
    }
}

impl Phase {
    /// The screen showing.
    pub fn screen(&self) -> Screen {
        match self {
            Self::Start { .. } => Screen::Start,
            Self::Open { screen, .. } => (*screen).into(),
        }
    }

    /// The assessment open, or left behind the start screen.
    pub fn doc(&self) -> Option<&Doc> {
        match self {
            Self::Start { left } => left.as_deref(),
            Self::Open { doc, .. } => Some(doc),
        }
    }

    /// The assessment open, or left behind the start screen, to change.
    pub fn doc_mut(&mut self) -> Option<&mut Doc> {
        match self {
            Self::Start { left } => left.as_deref_mut(),
            Self::Open { doc, .. } => Some(doc),
        }
    }

    /// Shows `screen`: the start screen keeps the assessment behind it; an assessment's
    /// screen needs one, so without an assessment the start screen stays.
    pub fn show(&mut self, screen: Screen) {
        let doc = match std::mem::take(self) {
            Self::Start { left } => left,
            Self::Open { doc, .. } => Some(doc),
        };
        *self = match (doc, screen.open()) {
            (Some(doc), Some(screen)) => Self::Open { doc, screen },
            (left, _) => Self::Start { left },
        };
    }

    /// Opens `doc` on `screen` (the assessment open before is closed); returns them to go on
    /// working with.
    pub fn open(&mut self, doc: Doc, screen: OpenScreen) -> (&mut Doc, &mut OpenScreen) {
        *self = Self::Open {
            doc: Box::new(doc),
            screen,
        };
        match self {
            Self::Open { doc, screen } => (doc, screen),
            // Just set to `Open` above.
            Self::Start { .. } => unreachable!(),
        }
    }
}

/// The assessment being worked on: its framework and its session.
#[derive(Debug, Clone)]
pub struct Doc {
    pub fw: Framework,
    pub session: Session,
}

impl Doc {
    pub fn lang(&self) -> &str {
        self.session.language()
    }

    /// The ids of the questions shown, conditions applied: for checking many questions
    /// (a walk of [`Doc::visible`] for each made a frame of a large framework quadratic).
    pub fn shown(&self) -> foldhash::HashSet<&str> {
        crate::framework::visible_questions(&self.fw, self.session.answers())
    }

    /// The questions shown, conditions applied, in framework order.
    pub fn visible(&self) -> Vec<&Question> {
        let shown = self.shown();
        self.fw
            .questions()
            .filter(|q| shown.contains(q.id.as_str()))
            .collect()
    }

    pub fn progress(&self) -> Progress {
        progress(&self.fw, self.session.answers())
    }

    /// The principle index and the visible questions of that principle, for "3 of 7".
    pub fn position_in_principle(&self, id: &str) -> Option<(usize, usize, usize)> {
        let shown = self.shown();
        let pi = self
            .fw
            .principles
            .iter()
            .position(|p| p.questions.iter().any(|q| q.id == id))?;
        let ids: Vec<&str> = self.fw.principles[pi]
            .questions
            .iter()
            .filter(|q| shown.contains(q.id.as_str()))
            .map(|q| q.id.as_str())
            .collect();
        let at = ids.iter().position(|q| *q == id)?;
        Some((pi, at + 1, ids.len()))
    }
}
