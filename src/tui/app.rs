//! The wizard's state: the screen showing, the open assessment, each screen's cursor, and the
//! popup on top. `update` changes it and `view` draws it; nothing here does I/O.
//!
//! The only interior mutability is [`ViewCache`]: scroll offsets and clickable rows that the
//! view works out while drawing (they depend on the terminal's size) and that the next
//! `update` reads to keep scrolling steady and to map a mouse click to an item.
//!
//! Must not: change itself in answer to keys (that is `update`'s) or touch files.

use std::cell::{Cell, RefCell};
use std::path::PathBuf;

use ratatui::layout::Rect;

use super::export::FormatChoice;
use super::input::TextInput;
use super::theme::Theme;
use crate::answers::Answers;
use crate::framework::{Framework, Question};
use crate::i18n;
use crate::session::Summary;
use crate::session::earlier::Baseline;

mod action;
mod open;
mod phase;
mod popup;
mod start;
mod votes;

pub use action::ActionForm;
pub use open::Open;
pub use phase::{Doc, OpenScreen, Phase, Screen};
pub use popup::{EditTarget, Popup};
pub use start::{StartState, language_name};
pub use votes::{PersonRow, RoleChoice, Step, VoteMode, VoteState};

/// The smallest terminal the wizard lays itself out in.
pub const MIN_SIZE: (u16, u16) = (80, 24);

/// What the wizard starts with; gathered by the caller, which may do I/O.
#[derive(Debug, Clone, Default)]
pub struct Config {
    pub theme: Theme,
    /// Today's date, the default for the assessment date.
    pub today: String,
    /// Frameworks to choose from; the first is preselected.
    pub frameworks: Vec<Framework>,
    /// Preferred language, if given on the command line.
    pub language: Option<String>,
    /// Saved sessions, newest first.
    pub sessions: Vec<Summary>,
    /// Report formats the export screen offers.
    pub formats: Vec<FormatChoice>,
    /// Terminal size at start.
    pub size: (u16, u16),
    /// The framework or language was given on the command line: "Start a new assessment"
    /// with them starts under the cursor, not the newest saved session.
    pub preselect_new: bool,
}

/// The facts of an assessment, as editable fields (catalogue keys of their labels).
pub const SETUP_FIELDS: [&str; 6] = [
    "ui-field-programme",
    "ui-field-site",
    "ui-field-country",
    "ui-field-date",
    "ui-field-facilitator",
    "ui-field-participants",
];

/// The setup screen: one field per fact, then "Continue", then the workshop's
/// participants and a row to add one.
#[derive(Debug, Clone, Default)]
pub struct SetupState {
    pub fields: [TextInput; 6],
    /// Field with the cursor; `SETUP_FIELDS.len()` is the Continue button, the rows after
    /// it are the participants, then "Add a participant".
    pub focus: usize,
    /// The participants, as edited (kept in the session as each row is left).
    pub people: Vec<PersonRow>,
    /// A participant with votes that Ctrl+D was pressed on once: a second Ctrl+D removes
    /// them with their votes, any other key keeps them.
    pub removing: Option<usize>,
}

impl SetupState {
    /// The focus of the Continue button.
    pub const CONTINUE: usize = SETUP_FIELDS.len();

    /// The participant under the cursor, if it is on one.
    pub fn person(&self) -> Option<usize> {
        self.focus
            .checked_sub(Self::CONTINUE + 1)
            .filter(|i| *i < self.people.len())
    }

    /// The focus of the "Add a participant" row.
    pub fn add_row(&self) -> usize {
        Self::CONTINUE + 1 + self.people.len()
    }
}

/// The question screen's cursor and typed number.
#[derive(Debug, Clone, Default)]
pub struct QuestionState {
    /// The question showing.
    pub id: String,
    /// Row of the answer list under the cursor.
    pub cursor: usize,
    /// A number being typed (number questions).
    pub input: TextInput,
    /// Why the typed number was refused.
    pub error: Option<String>,
    /// The person moved the cursor on this question: Enter then chooses the row under it.
    /// Until then, Enter on an unanswered question moves on without answering, so nobody
    /// records the first row by pressing Enter to go on.
    pub moved: bool,
    /// The question was opened from the review to fix an answer: Enter returns there.
    pub from_review: bool,
}

/// A list screen's cursor (overview, review, results scroll, export).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cursor {
    pub index: usize,
}

/// The export screen: which formats to write, and what was written.
#[derive(Debug, Clone, Default)]
pub struct ExportState {
    pub formats: Vec<(FormatChoice, bool)>,
    /// Leave the facilitator's and participants' names out of the reports.
    pub anonymous: bool,
    /// A short report: the Markdown, HTML, text and Word reports without the question-by-question
    /// appendix (`--detail summary`).
    pub short: bool,
    /// Row under the cursor: a format, then the short-report toggle (`formats.len()`), the
    /// names toggle, then the Write button.
    pub cursor: usize,
    pub written: Vec<PathBuf>,
    pub error: Option<String>,
    /// First line shown of the list of files written (it scrolls when it is long).
    pub scroll: usize,
}

/// A one-line message under the screen, cleared by the next key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub error: bool,
}

/// Things the view works out while drawing, for the next update (see the module header).
#[derive(Debug, Default)]
pub struct ViewCache {
    /// First item shown of the screen's main list.
    pub offset: Cell<usize>,
    /// Rows of the main list on screen: area and item index.
    pub hits: RefCell<Vec<(Rect, usize)>>,
    /// How far the open window (help, guidance, notice) or the export's list of files can
    /// scroll, as last drawn.
    pub scroll_max: Cell<usize>,
}

/// How many changes `u` can undo. A session of 70 questions is a few kilobytes of answers,
/// so keeping the last 50 states whole costs little and is simpler than diffs.
pub const UNDO_DEPTH: usize = 50;

/// One change that `u` undoes: the answers and notes as they were before it, and the
/// question it touched (shown again when it is undone).
#[derive(Debug, Clone)]
pub struct Undo {
    pub answers: Answers,
    pub question: Option<String>,
}

/// Whether the wizard writes answers as they are given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Saving {
    /// Every answer is saved at once (the default).
    #[default]
    Autosave,
    /// `--no-save`: nothing is written until the reports are exported, which writes the
    /// session file beside them too.
    Off,
    /// `integra preview`: a dry run of a framework; nothing is ever written.
    Preview,
}

/// Everything the wizard knows: where it is (the phase, which holds the open assessment) and
/// everything on screen around it.
#[derive(Debug, Default)]
pub struct State {
    /// The screen showing and the assessment open on it.
    pub phase: Phase,
    /// Cursors, popups, typed text and flags: everything that is not the assessment.
    pub ui: Ui,
}

/// The wizard's state apart from the assessment: each screen's cursor and typed text, the
/// popup, the status line and the flags. Kept apart from [`Phase`] so a screen's handler can
/// hold the open assessment and this at once.
#[derive(Debug, Default)]
pub struct Ui {
    /// Whether answers are written as they are given (set after [`State::new`]).
    pub saving: Saving,
    /// Some answers are only in memory: the last save failed, or saving is off (`--no-save`,
    /// preview) and something changed since the start or the last export.
    pub unsaved: bool,
    /// Screens to return to with Esc.
    pub back: Vec<Screen>,
    pub theme: Theme,
    pub size: (u16, u16),
    pub today: String,
    pub start: StartState,
    pub setup: SetupState,
    pub overview: Cursor,
    pub question: QuestionState,
    pub review: Cursor,
    pub results: Cursor,
    pub export: ExportState,
    /// Vote entry on the question screen (workshop mode).
    pub votes: VoteState,
    pub popup: Option<Popup>,
    /// First line shown of the open window (help, guidance, notice) when it is longer than
    /// the terminal.
    pub popup_scroll: usize,
    pub status: Option<Status>,
    /// Changes `u` can undo, the latest last (at most [`UNDO_DEPTH`]).
    pub undo: Vec<Undo>,
    pub cache: ViewCache,
    /// The earlier assessment the results are compared with (`b`), until cleared (`x`) or
    /// another assessment is opened.
    pub compare: Option<Box<Baseline>>,
    /// The page of the results showing in projector mode: 0 the overall result, then one
    /// per principle, then the gates.
    pub results_page: usize,
    /// The action under the cursor on the results (digits move it; `t` edits its owner and
    /// due date).
    pub action: usize,
    /// The workshop clock (`T`) and the time spent per principle.
    pub clock: super::timer::Clock,
}

impl State {
    pub fn new(config: Config) -> Self {
        let mut start = StartState {
            frameworks: config.frameworks,
            sessions: config.sessions,
            cursor: StartState::ROW_NEW,
            ..StartState::default()
        };
        if let Some(lang) = &config.language {
            start.language = start
                .languages()
                .iter()
                .position(|l| l == lang)
                .unwrap_or(0);
        }
        // Offer to resume: the newest unfinished session starts under the cursor, unless
        // the command line asked for a framework or language (what the screen then shows
        // is what Enter opens).
        if !config.preselect_new
            && start
                .sessions
                .first()
                .is_some_and(|s| s.problem.is_none() && s.percent != Some(100))
        {
            start.cursor = StartState::ROW_SESSIONS;
        }
        Self {
            phase: Phase::default(),
            ui: Ui {
                theme: config.theme,
                size: config.size,
                today: config.today,
                start,
                export: ExportState {
                    formats: config.formats.into_iter().map(|f| (f, f.default)).collect(),
                    ..ExportState::default()
                },
                ..Ui::default()
            },
        }
    }

    /// Whether the terminal is too small to lay the screens out.
    pub fn too_small(&self) -> bool {
        self.ui.size.0 < MIN_SIZE.0 || self.ui.size.1 < MIN_SIZE.1
    }

    /// The language of integra's own text: the open session's, else the one chosen on the
    /// start screen (so choosing Français there turns the wizard French at once).
    pub fn lang(&self) -> i18n::Lang {
        let code = match &self.phase {
            Phase::Open { doc, .. } => doc.lang().to_owned(),
            Phase::Start { .. } => self
                .ui
                .start
                .languages()
                .get(self.ui.start.language)
                .cloned()
                .unwrap_or_default(),
        };
        i18n::Lang::or_english(&code)
    }

    /// integra's text for `key` in the wizard's language.
    pub fn tr(&self, key: &str) -> String {
        i18n::tr(self.lang(), key)
    }

    /// integra's text for `key` with placeables filled in.
    pub fn tr_args(&self, key: &str, args: &[(&str, i18n::Arg)]) -> String {
        i18n::tr_args(self.lang(), key, args)
    }

    /// The question showing on the question screen.
    pub fn current_question(&self) -> Option<&Question> {
        self.doc()?.fw.question(&self.ui.question.id)
    }

    /// The screen showing.
    pub fn screen(&self) -> Screen {
        self.phase.screen()
    }

    /// The assessment open, or left behind the start screen.
    pub fn doc(&self) -> Option<&Doc> {
        self.phase.doc()
    }

    /// The assessment open, or left behind the start screen, to change.
    pub fn doc_mut(&mut self) -> Option<&mut Doc> {
        self.phase.doc_mut()
    }
}

/// One row of the overview: a principle, or a question of it (shown or hidden).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OverviewRow {
    Principle(usize),
    Question(usize, usize),
}

/// Every principle followed by all its questions, hidden ones included (they say why).
pub fn overview_rows(fw: &Framework) -> Vec<OverviewRow> {
    let mut rows = Vec::new();
    for (pi, p) in fw.principles.iter().enumerate() {
        rows.push(OverviewRow::Principle(pi));
        rows.extend((0..p.questions.len()).map(|qi| OverviewRow::Question(pi, qi)));
    }
    rows
}
