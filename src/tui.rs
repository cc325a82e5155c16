//! The interactive wizard: an Elm loop over ratatui (through `ratatui::crossterm`).
//!
//! Draw `view(&state)`; read one event; [`keymap`] turns it into a [`Msg`]; [`update`]
//! changes the state and returns [`Effect`]s; the loop performs them (save, open, export,
//! quit), feeding any result back as a message. Only this file touches the terminal, and it
//! restores it on every way out: quit, error, panic (ratatui's hook, plus mouse capture), and
//! every signal that would end it, after keeping whatever was being typed; a terminal that
//! goes away ends it the same way ([`watch`]; on Windows also Ctrl+Break and closing the
//! console window, see `console`).
//!
//! Must not: decide what a key means (keymap), change the state (update) or draw (view).

pub mod app;
pub mod choices;
pub mod compare;
#[cfg(any(windows, test))]
mod console;
pub mod effect;
pub mod export;
mod failure;
pub mod input;
pub mod keymap;
pub mod msg;
pub mod refusal;
pub mod search;
pub mod term;
pub mod theme;
pub mod timer;
pub mod update;
pub mod view;
pub mod votes;
pub mod watch;
pub mod widgets;

use std::collections::VecDeque;
use std::io::{IsTerminal as _, Write as _, stdout};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use ratatui::crossterm::event;

pub use app::{Config, Saving, Screen, State};
pub use effect::{Context, Effect};
pub use msg::{Msg, Written};
pub use update::update;
pub use view::view;

use crate::framework::catalog;
use crate::session::{clock, folder, store};
use crate::{i18n, paths};
pub use failure::{Failure, Reason};

/// How `integra run` was asked to start.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Framework id or path, preselected (default: the built-in default framework).
    pub framework: Option<String>,
    /// A session file to resume, or to create when it does not exist.
    pub session: Option<PathBuf>,
    /// Language for framework text.
    pub lang: Option<String>,
    /// Start in projector mode.
    pub present: bool,
    /// Draw with ASCII characters only.
    pub ascii: bool,
    /// Whether answers are written as they are given (`--no-save`, `integra preview`).
    pub saving: Saving,
}

/// Runs the wizard until the person quits; returns the exit code.
pub fn run(options: &Options) -> Result<ExitCode, Failure> {
    // integra's own language before a session is open: --lang, else the environment.
    let ui_lang = i18n::detect(options.lang.as_deref());
    if !std::io::stdin().is_terminal() || !stdout().is_terminal() {
        return Err(Failure::new(crate::msg!("cli-needs-terminal"), ui_lang));
    }
    let preview = options.saving == Saving::Preview;
    // Built-in frameworks are read as headers (see `catalog::offer`): the first frame waits
    // for no question text.
    let mut frameworks =
        catalog::offer(options.framework.as_deref()).map_err(|e| Failure::new(e, ui_lang))?;
    // A preview shows the one framework and no saved session: it reads nothing it could
    // then be asked to write back.
    let sessions_dir = if preview {
        frameworks.truncate(1);
        None
    } else {
        paths::sessions_dir()
    };
    // What TERM, COLORTERM and NO_COLOR say the terminal shows (see `term`).
    let caps = term::Caps::from_env();
    let config = Config {
        theme: theme::Theme {
            color: caps.colors != term::Colors::None,
            ascii: options.ascii || !caps.unicode,
            present: options.present,
            ansi16: caps.colors == term::Colors::Ansi16,
        },
        today: clock::today(),
        sessions: sessions_dir
            .as_deref()
            .map(|d| effect::sessions(d, &frameworks, ui_lang))
            .unwrap_or_default(),
        frameworks,
        // The language preselected on the start screen: --lang, else the environment's.
        language: options
            .lang
            .clone()
            .or_else(|| Some(ui_lang.as_str().to_owned())),
        formats: export::formats(),
        size: ratatui::crossterm::terminal::size().unwrap_or(app::MIN_SIZE),
        preselect_new: options.framework.is_some() || options.lang.is_some(),
    };
    let ctx = Context {
        session_file: if preview {
            // Never written: saving is off and export refuses in a preview.
            Some(PathBuf::from("preview.toml"))
        } else {
            options.session.clone()
        },
        sessions_dir,
        lock: std::cell::RefCell::default(),
    };
    // `--no-save` and a preview change nothing on disk, permissions included.
    if let Some(dir) = ctx
        .sessions_dir
        .as_deref()
        .filter(|_| options.saving == Saving::Autosave)
    {
        keep_private(dir);
    }
    let mut state = State::new(config);
    state.ui.saving = options.saving;
    let failed = |key: &'static str, e: std::io::Error| {
        let why = crate::diagnostic::Msg::Key(key, vec![("error", e.to_string().into())]);
        Failure::new(why, ui_lang)
    };
    let watch = watch::Watch::start().map_err(|e| failed("cli-signals", e))?;
    let mut terminal = enter_with(caps).map_err(|e| failed("cli-terminal-open", e))?;
    if let Some(first) = first_effect(&state, options) {
        perform_all(&mut state, vec![first], &ctx);
    }
    if let Some(file) = ctx.session_file.as_deref().filter(|_| !preview) {
        warn_if_loose(&mut state, file);
    }
    let result = event_loop(&mut terminal, &mut state, &ctx, &watch);
    mouse(caps.mouse, false);
    // Errors are ignored: on a terminal that has gone there is nothing to restore, and
    // nowhere to say so.
    let _ = ratatui::try_restore();
    result
}

/// Takes the terminal over as a modern terminal emulator allows; see [`enter_with`].
pub fn enter() -> std::io::Result<term::Terminal> {
    enter_with(term::Caps::FULL)
}

/// Takes the terminal over: raw mode, the alternate screen, clicks and the wheel (where the
/// terminal reports them). From here on a panic gives it back (mouse off, raw mode off,
/// main screen) before the panic message is printed, so the message is readable and the
/// shell usable.
pub fn enter_with(caps: term::Caps) -> std::io::Result<term::Terminal> {
    use ratatui::crossterm::{queue, terminal};
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        mouse(caps.mouse, false);
        ratatui::restore();
        previous(info);
    }));
    terminal::enable_raw_mode()?;
    // Queued, not yet written: the alternate screen and mouse reporting go out with the
    // first frame, in the same write (standard output is buffered until ratatui flushes
    // the frame). One write instead of three wakes the terminal once and leaves fewer
    // points where a busy machine can preempt integra before the screen is whole
    // (docs/performance.md, "Fifth pass"). A panic before that frame flushes them, in
    // order, ahead of the codes that give the terminal back.
    queue!(stdout(), terminal::EnterAlternateScreen)?;
    let terminal = ratatui::Terminal::new(ratatui::backend::CrosstermBackend::new(
        term::Out::new(caps.colors),
    ))?;
    mouse(caps.mouse, true);
    Ok(terminal)
}

/// Asks the terminal for clicks and the wheel only (modes 1000 and 1006), not every mouse
/// movement as crossterm's `EnableMouseCapture` does (mode 1003): over SSH each movement
/// would send bytes for nothing. Nothing is sent to a terminal without a mouse. Turning
/// reporting on waits for the first frame's flush (see [`enter_with`]); turning it off is
/// written at once.
fn mouse(has_mouse: bool, on: bool) {
    if !has_mouse {
        return;
    }
    let codes = if on {
        "\x1b[?1000h\x1b[?1006h"
    } else {
        "\x1b[?1006l\x1b[?1000l"
    };
    let mut out = stdout();
    let _ = out.write_all(codes.as_bytes());
    if !on {
        let _ = out.flush();
    }
}

/// integra's own data folder is kept private ([`folder`]): tightened to 0700 if it was found
/// writable by others. Failing to is not a reason not to start.
fn keep_private(sessions: &Path) {
    for dir in [Some(sessions), sessions.parent()].into_iter().flatten() {
        let _ = folder::tighten(dir);
    }
}

/// A session file chosen by the person in a folder others can write to: said at the start
/// (the folder is theirs, so it is left as it is), below any other notice.
fn warn_if_loose(state: &mut State, file: &Path) {
    let real = store::real_path(file).unwrap_or_else(|_| file.to_path_buf());
    let dir = match real.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !folder::loose(&dir) {
        return;
    }
    let line = state.tr_args(
        "ui-folder-loose",
        &[("path", dir.display().to_string().into())],
    );
    match &mut state.ui.popup {
        Some(app::Popup::Notice { lines, .. }) => {
            lines.push(String::new());
            lines.push(line);
        }
        None => {
            state.ui.popup = Some(app::Popup::Notice {
                title: state.tr("ui-folder-loose-title"),
                lines: vec![line],
            });
        }
        Some(_) => {}
    }
}

/// With `--session FILE`: resume it if it exists, else start it. A preview starts at once.
fn first_effect(state: &State, options: &Options) -> Option<Effect> {
    if options.saving != Saving::Preview {
        let file = options.session.as_ref()?;
        if file.exists() {
            return Some(Effect::Open(file.clone()));
        }
    }
    let language = state
        .ui
        .start
        .languages()
        .get(state.ui.start.language)
        .cloned()?;
    Some(Effect::Create {
        framework: state.ui.start.framework,
        language,
    })
}

/// How the event loop ended.
enum End {
    /// The person quit (everything was saved, or they chose to lose it).
    Quit,
    /// A signal or a vanished terminal: everything is to be kept before leaving.
    From(watch::Ending),
    /// The terminal failed in some other way: keep everything, then say what failed.
    Failed(std::io::Error),
}

fn event_loop(
    terminal: &mut term::Terminal,
    state: &mut State,
    ctx: &Context,
    watch: &watch::Watch,
) -> Result<ExitCode, Failure> {
    let end = turns(terminal, state, ctx, watch);
    if !matches!(end, End::Quit) {
        keep_everything(state, ctx);
    }
    match end {
        End::Quit => Ok(ExitCode::SUCCESS),
        End::From(ending) => Ok(ExitCode::from(ending.code())),
        End::Failed(e) => {
            // A read that fails on a terminal that has gone is a hang-up, not an error to
            // report (there is nowhere to report it).
            if watch::terminal_gone() {
                return Ok(ExitCode::from(watch::Ending::Gone.code()));
            }
            Err(Failure::new(
                crate::msg!("cli-terminal-error", error = e.to_string()),
                state.lang(),
            ))
        }
    }
}

/// Keeps what is being typed (an open note, a field), then saves: nothing confirmed is lost.
fn keep_everything(state: &mut State, ctx: &Context) {
    let fx = update(state, Msg::Quit);
    perform_all(
        state,
        fx.into_iter().filter(|e| *e == Effect::Save).collect(),
        ctx,
    );
    // The last word: its result has nowhere to show.
    let _ = effect::save(state);
}

/// Draws, reads one event and handles it, until something ends the loop. Signals and the
/// terminal are checked on every turn, and the wait for input ends on a hang-up or a signal,
/// so neither goes unnoticed. crossterm is never left waiting on the terminal itself: its
/// reader can spin for ever on one that has gone (issue 11).
fn turns(
    terminal: &mut term::Terminal,
    state: &mut State,
    ctx: &Context,
    watch: &watch::Watch,
) -> End {
    let mut redraw = true;
    // The workshop clock's time: seconds since the loop started (see `timer`).
    let started = std::time::Instant::now();
    loop {
        if let Some(ending) = watch.ending() {
            return End::From(ending);
        }
        if redraw {
            if let Err(e) = terminal.draw(|f| view(state, f)) {
                return End::Failed(e);
            }
            redraw = false;
        }
        // Input already there (or buffered by crossterm) is taken at once; otherwise wait
        // for input, a hang-up or a signal (at most a quarter of a second), and look again.
        // Nothing is drawn unless something changed.
        match event::poll(Duration::from_millis(1)) {
            Ok(true) => {}
            Ok(false) => {
                watch::wait(Duration::from_millis(250));
                // While the clock runs, a new second is a tick: the redraw it causes writes
                // the clock's digits only (the rest of the screen is unchanged).
                let now = started.elapsed().as_secs();
                if state.ui.clock.due(now) {
                    let _ = update(state, Msg::Tick(now));
                    redraw = true;
                }
                continue;
            }
            Err(e) => return End::Failed(e),
        }
        let event = match event::read() {
            Ok(event) => event,
            Err(e) => return End::Failed(e),
        };
        let Some(msg) = keymap::map(state, &event) else {
            continue;
        };
        let fx = update(state, msg);
        if perform_all(state, fx, ctx) {
            return End::Quit;
        }
        redraw = true;
    }
}

/// Performs effects and the updates their results cause; `true` when it is time to quit.
fn perform_all(state: &mut State, effects: Vec<Effect>, ctx: &Context) -> bool {
    let mut queue: VecDeque<Effect> = effects.into();
    while let Some(fx) = queue.pop_front() {
        // Two saves in a row (an answer, then moving on) need one write.
        if fx == Effect::Save && queue.front() == Some(&Effect::Save) {
            continue;
        }
        match effect::perform(fx, state, ctx) {
            effect::Step::Continue => {}
            effect::Step::Quit => return true,
            effect::Step::Then(msg) => {
                // Quitting right after a failed save would lose what it could not write:
                // stay, so the person can save elsewhere (or quit knowingly).
                if matches!(msg, Msg::SaveFailed { .. }) {
                    queue.retain(|e| *e != Effect::Quit);
                }
                queue.extend(update(state, msg));
            }
        }
    }
    false
}
