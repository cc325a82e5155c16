//! Stop requests on Windows: Ctrl+C, Ctrl+Break and closing the console window.
//!
//! Windows has no SIGHUP or SIGQUIT; a console program is told to stop through a console
//! control handler (the `ctrlc` crate, with its `termination` feature for the close, log-off
//! and shut-down events). It sets the flag [`super::watch::Watch`] keeps for signals, so
//! the wizard saves and restores the console the same way as on Unix. In raw mode Ctrl+C
//! reaches the wizard as a key, so the handler mostly sees Ctrl+Break and the window being
//! closed; Windows ends the process soon after a close event, which is why every confirmed
//! answer is already on disk by then.
//!
//! The decision logic is plain Rust, tested on every platform; only the registration is
//! Windows-only.
//!
//! Must not: touch the state or the terminal; it only sets the stop flag.

use std::sync::atomic::{AtomicUsize, Ordering};

/// The value the loop sees for any Windows stop request: SIGINT's number, which the C
/// runtime on Windows shares, so the exit status is 130 as for Ctrl+C on Unix.
pub const STOP: usize = 2;

/// Records a stop request. Returns true when one was already pending: the person asked
/// twice, so the program ends at once instead of waiting for the loop.
pub fn request(got: &AtomicUsize) -> bool {
    got.swap(STOP, Ordering::Relaxed) != 0
}

/// Reports Ctrl+C, Ctrl+Break and console close, log-off and shut-down into `got`, the flag
/// [`super::watch::Watch`] reads; a second request ends the program at once.
#[cfg(windows)]
pub fn register(got: std::sync::Arc<AtomicUsize>) -> std::io::Result<()> {
    ctrlc::set_handler(move || {
        if request(&got) {
            std::process::exit(128 + i32::try_from(STOP).unwrap_or(2));
        }
    })
    .map_err(std::io::Error::other)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_request_is_left_to_the_loop_the_second_ends_at_once() {
        let got = AtomicUsize::new(0);
        assert!(!request(&got), "a first request must let the loop save");
        assert_eq!(got.load(Ordering::Relaxed), STOP);
        assert!(request(&got), "a second request ends the program");
    }

    #[test]
    fn a_windows_stop_exits_like_ctrl_c_on_unix() {
        assert_eq!(128 + STOP, 130);
    }
}
