//! The raw shapes of an integra framework, as serde reads them from TOML: translatable
//! [`Text`], where things sit in the file ([`Loc`]), and every key a question, a condition
//! or a gate may write ([`QuestionDef`] and the rest); and an answers file's ([`RawSheet`],
//! read with [`read_sheet`]).
//!
//! A crate of its own so that the release build can optimise it more (`"s"`) than integra,
//! which is built for the smallest size (`"z"`): generic code (serde's deserializers for
//! these types) is compiled in the crate that names the concrete type, at that crate's
//! optimisation level, and reading a large framework is mostly that code. [`read_question`]
//! is the one entry point integra's reader calls for each question; it is not generic, so
//! all of it is compiled here.
//!
//! Must not: check, lower or word anything (integra's `framework` module does), or depend on
//! integra.

mod loc;
mod raw;
mod sheet;
pub mod text;
pub mod word;

use serde::Deserialize as _;
use toml::Spanned;
use toml::de::{DeValue, ValueDeserializer};

pub use loc::{Fields, Loc};
pub use raw::{
    ChoiceOption, ConditionDef, GateDef, GateTierDef, NumberScoring, QuestionDef, QuestionKind,
};
pub use sheet::{Meta, RawSheet, read_sheet};
pub use text::Text;

/// The languages integra's own text is written in, English first (integra's `i18n` names
/// them; a [`Text`] keeps these codes without copying them).
pub const LANGUAGES: [&str; 4] = ["en", "fr", "es", "ru"];

/// One question's table, taken out of the parsed document, as a [`QuestionDef`]: serde's
/// first error if it is not one (integra then reads it again from a copy, to report every
/// bad key). `loc` is left empty for the caller to fill.
pub fn read_question(table: Spanned<DeValue<'_>>) -> Result<QuestionDef, toml::de::Error> {
    QuestionDef::deserialize(ValueDeserializer::from(table))
}
