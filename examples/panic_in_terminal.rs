//! Panics inside the wizard's terminal, for checking by hand that a release build (which
//! aborts on panic instead of unwinding) still gives the terminal back first:
//!
//! ```sh
//! cargo run --release --example panic_in_terminal; stty -a | grep -o -- '-\?icanon'
//! ```
//!
//! The shell must be usable afterwards (`icanon` on, no mouse reports, the main screen back)
//! and the message readable. `tests/it/panic_restore.rs` checks the same in the test build.

fn main() {
    match integra::tui::enter() {
        Ok(_terminal) => panic!("deliberate panic inside the wizard's terminal"),
        Err(e) => eprintln!("no terminal to take over: {e}"),
    }
}
