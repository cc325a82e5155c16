//! Shared by the wizard's tests: the fixture framework, a wizard state on it, driving it with
//! messages (performing the effects a test allows), and rendering it on a `TestBackend`.

#![allow(dead_code)] // each test file uses its own part

use std::path::{Path, PathBuf};

use integra::answers::Response;
use integra::framework::{Framework, from_path};
use integra::session::workshop::Votes;
use integra::session::{Opened, Session};
use integra::tui::export::formats;
use integra::tui::theme::Theme;
use integra::tui::{Config, Effect, Msg, State, update, view};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The wizard's own fixture framework: every kind, a condition, a gate.
pub fn fixture() -> Framework {
    from_path(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tui/wizard.toml"))
        .unwrap()
}

/// What the wizard starts with in these tests: the fixture framework, no colour, a fixed date.
pub fn config(size: (u16, u16)) -> Config {
    Config {
        theme: Theme {
            color: false,
            ascii: false,
            present: false,
            ansi16: false,
        },
        today: "2026-11-23".into(),
        frameworks: vec![fixture()],
        language: None,
        sessions: Vec::new(),
        formats: formats(),
        size,
        preselect_new: false,
    }
}

/// A wizard on the start screen, offering the fixture framework.
pub fn start_state(size: (u16, u16)) -> State {
    State::new(config(size))
}

/// A wizard with a new assessment of the fixture open (as the loop would after Create),
/// saved (virtually) at `path`.
pub fn opened(size: (u16, u16), path: &Path) -> State {
    let mut state = start_state(size);
    open_new(&mut state, fixture(), "en", path);
    state
}

/// Opens a new assessment of `fw` in `lang` at `path`, as the loop does after Create.
pub fn open_new(state: &mut State, fw: Framework, lang: &str, path: &Path) {
    let session = Session::new(&fw, lang, path.to_path_buf(), "2026-11-23");
    update(
        state,
        Msg::Opened(Box::new(Opened {
            framework: fw,
            session,
            warnings: Vec::new(),
        })),
    );
}

/// Sends messages in order; returns every effect asked for.
pub fn send(state: &mut State, msgs: impl IntoIterator<Item = Msg>) -> Vec<Effect> {
    msgs.into_iter().flat_map(|m| update(state, m)).collect()
}

/// A failed export, as the loop reports a full disk.
pub fn disk_full() -> integra::tui::refusal::Refusal {
    integra::tui::refusal::Refusal::ExportWrite {
        path: "/reports/nova-report.md".into(),
        error: "disk full".into(),
    }
}

/// Typed text as messages.
pub fn typed(text: &str) -> Vec<Msg> {
    text.chars().map(Msg::Char).collect()
}

/// From a new assessment's setup screen to its first question, naming the programme.
pub fn through_setup(state: &mut State, programme: &str) -> Vec<Effect> {
    let mut msgs = typed(programme);
    msgs.extend(std::iter::repeat_n(Msg::Down, 6));
    msgs.push(Msg::Enter);
    send(state, msgs)
}

pub fn answer(state: &State, id: &str) -> Option<Response> {
    state.doc()?.session.answers().get(id).cloned()
}

/// The status line's text, empty when there is none.
pub fn status(state: &State) -> String {
    state
        .ui
        .status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default()
}

/// The room's votes on question `id` of the open assessment; panics when it has none.
pub fn votes(state: &State, id: &str) -> Votes {
    state.doc().unwrap().session.votes(id).unwrap().clone()
}

/// The text of the screen as drawn at the state's size.
pub fn render(state: &State) -> String {
    let (w, h) = state.ui.size;
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| view(state, f)).unwrap();
    terminal.backend().to_string()
}

/// A path that is never written by these tests (effects are not performed).
pub fn session_path() -> PathBuf {
    PathBuf::from("/sessions/nova-clinic.toml")
}

/// The cells drawn at the state's size, to check styles.
pub fn render_buffer(state: &State) -> ratatui::buffer::Buffer {
    let (w, h) = state.ui.size;
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| view(state, f)).unwrap();
    terminal.backend().buffer().clone()
}
