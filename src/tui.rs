//! The interactive wizard: an Elm loop over ratatui (through `ratatui::crossterm`).
//!
//! Draw `view(&state)`; read one event; [`keymap`] turns it into a [`Msg`]; [`update`]
//! changes the state and returns [`Effect`]s; the loop performs them (save, open, export,
//! quit), feeding any result back as a message. Only this file touches the terminal, and it
//! restores it on every way out: quit, error, panic (ratatui's hook, plus mouse capture), and
//! SIGTERM, SIGHUP, SIGINT or SIGQUIT, after keeping whatever was being typed.

pub mod app;
pub mod choices;
pub mod effect;
pub mod input;
pub mod keymap;
pub mod msg;
pub mod term;
pub mod theme;
pub mod update;
pub mod view;
pub mod widgets;

use std::collections::VecDeque;
use std::io::{IsTerminal as _, Write as _, stdout};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use ratatui::crossterm::event;

pub use app::{Config, Saving, Screen, State};
pub use effect::{Context, Effect};
pub use msg::Msg;
pub use update::update;
pub use view::view;

use crate::cli::Outcome;
use crate::framework::{Framework, catalog};
use crate::session::{clock, export, store};
use crate::{i18n, paths};

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
pub fn run(options: &Options) -> Outcome {
    // integra's own language before a session is open: --lang, else the environment.
    let ui_lang = i18n::detect(options.lang.as_deref());
    if !std::io::stdin().is_terminal() || !stdout().is_terminal() {
        return Err(i18n::tr(ui_lang, "cli-needs-terminal"));
    }
    let preview = options.saving == Saving::Preview;
    let words = crate::i18n::detect(options.lang.as_deref());
    let mut frameworks = frameworks(options.framework.as_deref(), words)?;
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
        },
        today: clock::today(),
        sessions: sessions_dir
            .as_deref()
            .map(|d| store::list(d, &frameworks))
            .unwrap_or_default(),
        frameworks,
        // The language preselected on the start screen: --lang, else the environment's.
        language: options.lang.clone().or_else(|| Some(ui_lang.to_owned())),
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
    };
    let mut state = State::new(config);
    state.saving = options.saving;
    let failed = |key: &str, e: std::io::Error| {
        i18n::tr_args(ui_lang, key, &[("error", e.to_string().into())])
    };
    let signal = signals().map_err(|e| failed("cli-signals", e))?;
    let mut terminal = enter_with(caps).map_err(|e| failed("cli-terminal-open", e))?;
    if let Some(first) = first_effect(&state, options) {
        perform_all(&mut state, vec![first], &ctx);
    }
    let result = event_loop(&mut terminal, &mut state, &ctx, &signal);
    mouse(caps.mouse, false);
    ratatui::restore();
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
    use ratatui::crossterm::{execute, terminal};
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        mouse(caps.mouse, false);
        ratatui::restore();
        previous(info);
    }));
    terminal::enable_raw_mode()?;
    execute!(stdout(), terminal::EnterAlternateScreen)?;
    let terminal = ratatui::Terminal::new(ratatui::backend::CrosstermBackend::new(
        term::Out::new(caps.colors),
    ))?;
    mouse(caps.mouse, true);
    Ok(terminal)
}

/// Asks the terminal for clicks and the wheel only (modes 1000 and 1006), not every mouse
/// movement as crossterm's `EnableMouseCapture` does (mode 1003): over SSH each movement
/// would send bytes for nothing. Nothing is sent to a terminal without a mouse.
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
    let _ = out.flush();
}

/// With `--session FILE`: resume it if it exists, else start it. A preview starts at once.
fn first_effect(state: &State, options: &Options) -> Option<Effect> {
    if options.saving != Saving::Preview {
        let file = options.session.as_ref()?;
        if file.exists() {
            return Some(Effect::Open(file.clone()));
        }
    }
    let language = state.start.languages().get(state.start.language).cloned()?;
    Some(Effect::Create {
        framework: state.start.framework,
        language,
    })
}

/// The frameworks on offer: the one asked for (or the default) first, then every other
/// one found, nearest first, each id once.
/// A framework that cannot be loaded is reported in `lang`.
fn frameworks(spec: Option<&str>, lang: &str) -> Result<Vec<Framework>, String> {
    let first =
        catalog::resolve(spec.unwrap_or(catalog::DEFAULT_ID)).map_err(|e| e.render_in(lang))?;
    let mut out = vec![first];
    for entry in catalog::discover() {
        if let Ok(fw) = entry.result
            && !out.iter().any(|f| f.id == fw.id)
        {
            out.push(fw);
        }
    }
    Ok(out)
}

/// The signal received (0 for none); a second one ends the program at once.
fn signals() -> std::io::Result<Arc<AtomicUsize>> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    use signal_hook::flag;
    let got = Arc::new(AtomicUsize::new(0));
    let again = Arc::new(AtomicBool::new(false));
    for sig in [SIGTERM, SIGHUP, SIGINT, SIGQUIT] {
        flag::register_conditional_shutdown(sig, 128 + sig, Arc::clone(&again))?;
        flag::register(sig, Arc::clone(&again))?;
        flag::register_usize(sig, Arc::clone(&got), usize::try_from(sig).unwrap_or(15))?;
    }
    Ok(got)
}

fn event_loop(
    terminal: &mut term::Terminal,
    state: &mut State,
    ctx: &Context,
    signal: &AtomicUsize,
) -> Outcome {
    let lang = state.lang();
    let io = |e: std::io::Error| {
        i18n::tr_args(
            lang,
            "cli-terminal-error",
            &[("error", e.to_string().into())],
        )
    };
    let mut redraw = true;
    loop {
        if redraw {
            terminal.draw(|f| view(state, f)).map_err(io)?;
            redraw = false;
        }
        let sig = signal.load(Ordering::Relaxed);
        if sig != 0 {
            // Keep what is being typed, then save: nothing confirmed is lost.
            let fx = update(state, Msg::Quit);
            perform_all(
                state,
                fx.into_iter().filter(|e| *e == Effect::Save).collect(),
                ctx,
            );
            let _ = effect::save(state);
            return Ok(ExitCode::from(u8::try_from(128 + sig).unwrap_or(1)));
        }
        // Wake up now and then to notice signals; nothing is drawn unless something changed.
        if !event::poll(Duration::from_millis(250)).map_err(io)? {
            continue;
        }
        let event = event::read().map_err(io)?;
        let Some(msg) = keymap::map(state, &event) else {
            continue;
        };
        let fx = update(state, msg);
        if perform_all(state, fx, ctx) {
            return Ok(ExitCode::SUCCESS);
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
