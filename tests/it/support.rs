//! Helpers the test modules share: the real binary as a command, a pseudo-terminal, the
//! wizard driven through `update`, and report fixtures.

pub mod cmd;
pub mod pty;
pub mod report_fixture;
pub mod wizard;
