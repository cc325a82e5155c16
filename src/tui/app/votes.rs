//! Workshop state of the wizard: the participants being edited on the setup screen, and
//! vote entry on the question screen (whose vote the next key records, what Backspace takes
//! back). The votes themselves live in the session (`session::workshop`); this is only where
//! the facilitator is in entering them.
//!
//! Must not: change the session (that is `update`'s) or do I/O.

use crate::answers::Response;
use crate::tui::input::TextInput;

/// One participant as edited on the setup screen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PersonRow {
    /// The participant's id in the session (empty for one added since the screen opened).
    pub id: String,
    /// Initials or a name (optional).
    pub name: TextInput,
    /// The participant's role.
    pub role: RoleChoice,
}

/// A participant's role on the setup screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RoleChoice {
    /// The framework's role at this index.
    Listed(usize),
    /// A role id the framework does not list (kept as it was).
    Other(String),
}

impl Default for RoleChoice {
    fn default() -> Self {
        Self::Listed(0)
    }
}

/// One thing recorded during vote entry on the question showing, for Backspace.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// A vote: the voter's place in turn, and their vote before it (if any).
    Vote {
        voter: usize,
        before: Option<Response>,
    },
    /// A voter passed over (absent or abstaining).
    Skip { voter: usize },
    /// One added to an anonymous count.
    Count { key: String },
    /// A number range typed in, and the range before it.
    Range { before: Option<(f64, f64)> },
}

/// Whose votes the keys record.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum VoteMode {
    /// Each participant in turn.
    #[default]
    People,
    /// Each role group in turn, speaking as one ("the peers say…").
    Roles,
    /// Anonymous counts per answer.
    Counts,
}

/// Vote entry on the question screen.
#[derive(Debug, Clone, Default)]
pub struct VoteState {
    /// Vote entry is on (`v`); it stays on from question to question until `v` again.
    pub on: bool,
    /// Whose votes the keys record (`c` goes round: participants, role groups, anonymous
    /// counts). Checklists are always counted per option.
    pub mode: VoteMode,
    /// The participant whose vote the next key records; the number of participants means
    /// the consensus (the session's answer) is next.
    pub voter: usize,
    /// What was recorded on the question showing, latest last (Backspace takes it back).
    pub log: Vec<Step>,
    /// A number question's range of figures, as typed ("3-12").
    pub range: TextInput,
}
