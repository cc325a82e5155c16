//! The wizard's state: the screen showing, the open assessment, each screen's cursor, and the
//! popup on top. `update` changes it and `view` draws it; nothing here does I/O.
//!
//! The only interior mutability is [`ViewCache`]: scroll offsets and clickable rows that the
//! view works out while drawing (they depend on the terminal's size) and that the next
//! `update` reads to keep scrolling steady and to map a mouse click to an item.

use std::cell::{Cell, RefCell};
use std::path::PathBuf;

use ratatui::layout::Rect;

use super::export::FormatChoice;
use super::input::TextInput;
use super::theme::Theme;
use crate::answers::Answers;
use crate::framework::{Framework, Question};
use crate::i18n;
use crate::session::earlier::Baseline;
use crate::session::{Progress, Session, Summary, progress};

/// A language code's name, for the languages frameworks are published in.
pub fn language_name(code: &str) -> String {
    match code {
        "en" => "English".into(),
        "fr" => "Français".into(),
        "es" => "Español".into(),
        "ru" => "Русский".into(),
        "pt" => "Português".into(),
        other => other.to_owned(),
    }
}

/// The smallest terminal the wizard lays itself out in.
pub const MIN_SIZE: (u16, u16) = (80, 24);

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

    /// The questions shown, conditions applied, in framework order.
    pub fn visible(&self) -> Vec<&Question> {
        let shown = crate::framework::visible_questions(&self.fw, self.session.answers());
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
        let visible = self.visible();
        let pi = self
            .fw
            .principles
            .iter()
            .position(|p| p.questions.iter().any(|q| q.id == id))?;
        let ids: Vec<&str> = self.fw.principles[pi]
            .questions
            .iter()
            .filter(|q| visible.iter().any(|v| v.id == q.id))
            .map(|q| q.id.as_str())
            .collect();
        let at = ids.iter().position(|q| *q == id)?;
        Some((pi, at + 1, ids.len()))
    }
}

/// The start screen: framework and language for a new assessment, or a session to resume.
#[derive(Debug, Clone, Default)]
pub struct StartState {
    pub frameworks: Vec<Framework>,
    pub framework: usize,
    pub language: usize,
    pub sessions: Vec<Summary>,
    /// Row under the cursor: see [`StartState::ROW_SESSIONS`].
    pub cursor: usize,
}

impl StartState {
    pub const ROW_FRAMEWORK: usize = 0;
    pub const ROW_LANGUAGE: usize = 1;
    pub const ROW_NEW: usize = 2;
    /// Saved sessions start at this row.
    pub const ROW_SESSIONS: usize = 3;

    pub fn rows(&self) -> usize {
        Self::ROW_SESSIONS + self.sessions.len()
    }

    /// The languages on offer: integra's own (its interface speaks them whatever the
    /// framework), then any other the selected framework is written in. The list does not
    /// depend on the framework's own languages, so the choice survives a change of framework.
    pub fn languages(&self) -> Vec<String> {
        let mut out: Vec<String> = i18n::LANGUAGES.iter().map(|l| (*l).to_owned()).collect();
        for l in self.framework_languages() {
            if !out.contains(&l) {
                out.push(l);
            }
        }
        out
    }

    /// The languages the selected framework is written in (English if it declares none).
    pub fn framework_languages(&self) -> Vec<String> {
        self.frameworks
            .get(self.framework)
            .map(|f| f.languages.clone())
            .filter(|l| !l.is_empty())
            .unwrap_or_else(|| vec!["en".to_owned()])
    }

    /// The language chosen (a code).
    pub fn language_code(&self) -> String {
        self.languages()
            .get(self.language)
            .cloned()
            .unwrap_or_else(|| "en".to_owned())
    }

    /// Whether the selected framework lacks the chosen language (its text then shows in
    /// English while integra's own text stays in the chosen language).
    pub fn framework_lacks_language(&self) -> bool {
        !self.framework_languages().contains(&self.language_code())
    }
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

/// The setup screen: one field per fact, then "Continue".
#[derive(Debug, Clone, Default)]
pub struct SetupState {
    pub fields: [TextInput; 6],
    /// Field with the cursor; `SETUP_FIELDS.len()` is the Continue button.
    pub focus: usize,
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
    /// Row under the cursor: a format, then the names toggle (`formats.len()`), then the
    /// Write button.
    pub cursor: usize,
    pub written: Vec<PathBuf>,
    pub error: Option<String>,
    /// First line shown of the list of files written (it scrolls when it is long).
    pub scroll: usize,
}

/// What a text editor popup is editing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditTarget {
    Note(String),
    TextAnswer(String),
}

/// A window over the screen.
#[derive(Debug, Clone)]
pub enum Popup {
    /// The keys that work here.
    Help,
    /// The question's guidance, evidence prompt and principle rationale, in full.
    Info,
    ConfirmQuit,
    /// Something to read and dismiss (e.g. what changed in a framework).
    Notice {
        title: String,
        lines: Vec<String>,
    },
    Editor {
        target: EditTarget,
        input: TextInput,
    },
    /// A session file that cannot be read: what is wrong, and its backup to open instead.
    Unreadable {
        path: PathBuf,
        message: String,
        backup: Option<PathBuf>,
    },
    /// Saving failed: why, and an editable path to save at instead.
    SaveElsewhere {
        message: String,
        input: TextInput,
    },
    /// Compare with an earlier assessment: the sessions to choose from (newest first) and
    /// the row under the cursor (0 stops comparing; then the sessions).
    Compare {
        sessions: Vec<Summary>,
        cursor: usize,
    },
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

/// Everything the wizard knows.
#[derive(Debug, Default)]
pub struct State {
    pub screen: Screen,
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
    pub doc: Option<Doc>,
    pub setup: SetupState,
    pub overview: Cursor,
    pub question: QuestionState,
    pub review: Cursor,
    pub results: Cursor,
    pub export: ExportState,
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
            theme: config.theme,
            size: config.size,
            today: config.today,
            start,
            export: ExportState {
                formats: config.formats.into_iter().map(|f| (f, f.default)).collect(),
                ..ExportState::default()
            },
            ..Self::default()
        }
    }

    /// Whether the terminal is too small to lay the screens out.
    pub fn too_small(&self) -> bool {
        self.size.0 < MIN_SIZE.0 || self.size.1 < MIN_SIZE.1
    }

    /// The language of integra's own text: the open session's, else the one chosen on the
    /// start screen (so choosing Français there turns the wizard French at once).
    pub fn lang(&self) -> &'static str {
        let code = match &self.doc {
            Some(doc) if self.screen != Screen::Start => doc.lang().to_owned(),
            _ => self
                .start
                .languages()
                .get(self.start.language)
                .cloned()
                .unwrap_or_default(),
        };
        i18n::supported(&code).unwrap_or("en")
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
        self.doc.as_ref()?.fw.question(&self.question.id)
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
