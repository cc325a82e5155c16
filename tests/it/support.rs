//! Helpers the test modules share: the real binary as a command, a pseudo-terminal, the
//! wizard driven through `update`, report fixtures, and integra's own source files.

pub mod cmd;
pub mod pty;
pub mod report_fixture;
pub mod sources;
pub mod wizard;
