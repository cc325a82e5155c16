//! integra: readiness assessment for integrating HIV, SRHR and harm-reduction services for
//! people who use drugs.
//!
//! The library holds everything that works without a terminal: the framework model and its
//! loading and validation ([`framework`]), answers ([`answers`]), scoring ([`scoring`]), reports
//! ([`report`]) and the command line ([`cli`]). The binary only parses arguments and calls [`cli::run`].

pub mod answers;
pub mod cli;
pub mod diagnostic;
pub mod framework;
pub mod i18n;
pub mod paths;
pub mod report;
pub mod safe_text;
pub mod scoring;
pub mod session;
pub mod tui;
