//! What ends the wizard from outside: signals, and the terminal going away (an SSH connection
//! dropped, a window or tmux session closed). The event loop asks [`Watch::ending`] on every
//! turn and, when something ended it, keeps everything (the open note included) before it
//! exits.
//!
//! Every signal whose default action would end the program is caught, so none of them leaves
//! the terminal in raw mode on the alternate screen; a second one ends the program at once.
//! A file-size limit (SIGXFSZ) is not an ending: the write that hit it fails, and the wizard
//! says so and offers another place, as on a full disk.
//!
//! Must not: touch the state or the terminal; the loop acts on what it reports.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

/// Why the wizard is being ended from outside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// This signal was received.
    Signal(i32),
    /// The terminal is gone: reading it fails, or it reports a hang-up.
    Gone,
}

impl Ending {
    /// The exit status: 128 + the signal, as a shell reports a death by signal (a hang-up
    /// is reported as SIGHUP, which the kernel sends in that case anyway).
    pub fn code(self) -> u8 {
        let sig = match self {
            Self::Signal(sig) => sig,
            Self::Gone => HANGUP,
        };
        u8::try_from(128 + sig).unwrap_or(1)
    }
}

#[cfg(unix)]
const HANGUP: i32 = signal_hook::consts::SIGHUP;
#[cfg(not(unix))]
const HANGUP: i32 = 1;

/// The signals that end the wizard (after keeping everything).
#[cfg(unix)]
const ENDING: &[i32] = {
    use signal_hook::consts::signal::{
        SIGALRM, SIGHUP, SIGINT, SIGPROF, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGVTALRM, SIGXCPU,
    };
    &[
        SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU,
    ]
};
#[cfg(not(unix))]
const ENDING: &[i32] = &[signal_hook::consts::SIGTERM, signal_hook::consts::SIGINT];

/// Signals registered and the terminal watched, for the event loop.
#[derive(Debug)]
pub struct Watch {
    signal: Arc<AtomicUsize>,
}

impl Watch {
    /// Starts catching the ending signals.
    pub fn start() -> std::io::Result<Self> {
        use signal_hook::flag;
        let got = Arc::new(AtomicUsize::new(0));
        let again = Arc::new(AtomicBool::new(false));
        for &sig in ENDING {
            flag::register_conditional_shutdown(sig, 128 + sig, Arc::clone(&again))?;
            flag::register(sig, Arc::clone(&again))?;
            flag::register_usize(sig, Arc::clone(&got), usize::try_from(sig).unwrap_or(15))?;
        }
        // Ctrl+Break and closing the console have no signal on Windows.
        #[cfg(windows)]
        super::console::register(Arc::clone(&got))?;
        // Handled (by doing nothing), a file-size limit makes the write fail with "file too
        // large" instead of killing the process.
        #[cfg(unix)]
        flag::register(
            signal_hook::consts::SIGXFSZ,
            Arc::new(AtomicBool::new(false)),
        )?;
        Ok(Self { signal: got })
    }

    /// A signal received, else whether the terminal is gone; `None` while all is well.
    pub fn ending(&self) -> Option<Ending> {
        let sig = self.signal.load(Ordering::Relaxed);
        if sig != 0 {
            return Some(Ending::Signal(i32::try_from(sig).unwrap_or(15)));
        }
        terminal_gone().then_some(Ending::Gone)
    }
}

// macOS's poll(2) does not work on terminals (it reports them invalid), so there the wait is
// crossterm's own (select-based with its `use-dev-tty` reader) and a hang-up is noticed by the
// SIGHUP the system sends, not by polling.

/// Waits up to `timeout` for the terminal to have input or to hang up, or for a signal,
/// whichever comes first. The wait is the kernel's, not a loop: an idle wizard costs nothing,
/// and a hang-up or a signal is seen at once.
#[cfg(all(unix, not(target_os = "macos")))]
pub fn wait(timeout: Duration) {
    use rustix::event::{PollFd, PollFlags, Timespec, poll};
    let stdin = std::io::stdin();
    let mut fds = [PollFd::new(&stdin, PollFlags::IN)];
    let timeout = Timespec {
        tv_sec: i64::try_from(timeout.as_secs()).unwrap_or(i64::MAX),
        tv_nsec: i64::from(timeout.subsec_nanos()),
    };
    // Whatever it returns (input, hang-up, interrupted by a signal, time up), the loop looks.
    let _ = poll(&mut fds, Some(&timeout));
}

#[cfg(not(all(unix, not(target_os = "macos"))))]
pub fn wait(timeout: Duration) {
    let _ = ratatui::crossterm::event::poll(timeout);
}

/// Whether standard input (the terminal the wizard reads) reports a hang-up or an error:
/// the other end was closed. Asked without waiting.
#[cfg(all(unix, not(target_os = "macos")))]
pub fn terminal_gone() -> bool {
    use rustix::event::{PollFd, PollFlags, poll};
    let stdin = std::io::stdin();
    let mut fds = [PollFd::new(&stdin, PollFlags::IN)];
    let zero = rustix::event::Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    match poll(&mut fds, Some(&zero)) {
        Ok(_) => fds[0]
            .revents()
            .intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL),
        Err(e) => e != rustix::io::Errno::INTR,
    }
}

#[cfg(not(all(unix, not(target_os = "macos"))))]
pub fn terminal_gone() -> bool {
    false
}
