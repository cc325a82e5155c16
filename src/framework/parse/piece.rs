//! Reading one table (a header, a scale, a question...) into its type, and turning serde's
//! messages into an author's: each key that fails is reported with a hint, dropped, and the
//! table read again, so every bad key of the table is found. A sound question is read once,
//! taken out of the document ([`take_question`]); only one that fails is read this way.
//!
//! Owns the wording of structural problems. Must not look across tables (references, order,
//! duplicates are `validate/`'s) nor decide which tables a file has (that is `parse.rs`).

use std::ops::Range;

use serde::de::DeserializeOwned;
use toml::Spanned;
use toml::de::{DeValue, ValueDeserializer};

use super::tables::without;
use crate::diagnostic::{Diagnostic, Msg, did_you_mean};
use crate::framework::model::Loc;
use crate::framework::raw::QuestionDef;
use crate::msg;

/// Reads one table into `T`. A key that fails is reported, dropped and the table read again,
/// so every bad key of the table is found; a missing required key ends the attempt.
/// `context` words the piece in messages ("question 'q1'"); it is called only when a key
/// fails, so a sound piece costs no message.
pub(super) fn read_piece<T: DeserializeOwned>(
    value: &Spanned<DeValue>,
    context: impl Fn() -> Msg,
    diags: &mut Vec<Diagnostic>,
) -> Option<T> {
    // The deserializer takes its value: the table is copied once per attempt, and a working
    // copy to drop keys from is made only once a key has failed (a sound piece, by far the
    // most common, costs one copy, not two).
    let mut current: Option<Spanned<DeValue>> = None;
    let mut dropped: Vec<String> = Vec::new();
    loop {
        let attempt = current.as_ref().unwrap_or(value).clone();
        let err = match T::deserialize(ValueDeserializer::from(attempt)) {
            Ok(v) => return Some(v),
            Err(err) => err,
        };
        let current = current.get_or_insert_with(|| value.clone());
        // A required key already reported as bad and dropped: its absence is no new problem.
        if backticked(err.message())
            .first()
            .is_some_and(|k| dropped.contains(k))
            && err.message().starts_with("missing field")
        {
            return None;
        }
        let span = err.span().unwrap_or_else(|| current.span());
        let DeValue::Table(table) = current.get_mut() else {
            diags.push(Diagnostic::error(span, Msg::Raw(clean(err.message()))));
            return None;
        };
        let found = table
            .iter()
            .find(|(k, v)| contains(&k.span(), &span) || contains(&v.span(), &span));
        let written = found.and_then(|(_, v)| plain_value(v.get_ref()));
        let culprit = found.map(|(k, _)| (k.get_ref().to_string(), k.span()));
        let mut d = explain(err.message(), span, &context(), culprit.as_ref());
        if let (Some((key, _)), Some(value)) = (&culprit, written)
            && err.message().contains("expected a string")
        {
            // `version = 1.0`: the fix is the same value in quotes.
            d = d.with_hint(msg!("diag-type-text-hint", key = key, value = value));
        }
        diags.push(d);
        let (key, _) = culprit?;
        *table = without(table, |k| k == key);
        dropped.push(key);
    }
}

/// Reads a question's table, taken out of the document, into `out`; `false` if it is not a
/// sound question (nothing is reported: the table is gone, so it is read again from a copy).
pub(super) fn take_question(out: &mut Vec<QuestionDef>, item: Spanned<DeValue>) -> bool {
    let DeValue::Table(table) = item.get_ref() else {
        // As `Reader::push`: `array_of_tables` has reported what is not a table.
        return true;
    };
    let loc = Loc::of_table(table, item.span());
    match integra_raw::read_question(item) {
        Ok(mut q) => {
            q.loc = loc;
            out.push(q);
            true
        }
        Err(_) => false,
    }
}

fn contains(outer: &Range<usize>, inner: &Range<usize>) -> bool {
    outer.start <= inner.start && inner.end <= outer.end && outer != &(0..0)
}

/// A number or boolean as written, to show it in quotes in a hint.
fn plain_value(value: &DeValue) -> Option<String> {
    match value {
        DeValue::Integer(i) => Some(i.as_str().to_owned()),
        DeValue::Float(f) => Some(f.as_str().to_owned()),
        DeValue::Boolean(b) => Some(b.to_string()),
        _ => None,
    }
}

/// Turns a serde message into an author-friendly one with a hint.
fn explain(
    message: &str,
    span: Range<usize>,
    context: &Msg,
    culprit: Option<&(String, Range<usize>)>,
) -> Diagnostic {
    let ticked = backticked(message);
    if message.starts_with("unknown field") {
        let key = ticked.first().cloned().unwrap_or_default();
        let expected: Vec<&str> = ticked.iter().skip(1).map(String::as_str).collect();
        let d = Diagnostic::error(
            span,
            msg!("diag-unknown-key", key = &key, context = context.clone()),
        );
        // A principle's key written below its first question lands in the question.
        if expected.contains(&"kind")
            && crate::framework::placement::PRINCIPLE_ONLY.contains(&key.as_str())
        {
            return d.with_hint(msg!("diag-move-above-questions"));
        }
        return match did_you_mean(&key, expected.iter().copied()) {
            Some(s) => d.with_hint(msg!("diag-did-you-mean", word = s)),
            None => d.with_hint(msg!("diag-keys-allowed", keys = expected.join(", "))),
        };
    }
    if message.starts_with("missing field") {
        let key = ticked.first().cloned().unwrap_or_default();
        return Diagnostic::error(
            span,
            msg!("diag-missing-key", context = context.clone(), key = &key),
        )
        .with_hint(msg!(
            "diag-missing-key-hint",
            key = &key,
            context = context.clone()
        ));
    }
    if message.starts_with("unknown variant") {
        let value = ticked.first().cloned().unwrap_or_default();
        let expected: Vec<&str> = ticked.iter().skip(1).map(String::as_str).collect();
        let key = culprit.map_or("value", |(k, _)| k.as_str());
        let d = Diagnostic::error(
            span,
            msg!(
                "diag-bad-variant",
                value = &value,
                key = key,
                context = context.clone()
            ),
        );
        return match did_you_mean(&value, expected.iter().copied()) {
            Some(s) => d.with_hint(msg!("diag-did-you-mean", word = s)),
            None => d.with_hint(msg!("diag-use-one-of", values = expected.join(", "))),
        };
    }
    let key = culprit.map_or_else(|| msg!("diag-a-value"), |(k, _)| Msg::Raw(format!("'{k}'")));
    Diagnostic::error(
        span,
        msg!(
            "diag-bad-value",
            key = key,
            context = context.clone(),
            detail = clean(message)
        ),
    )
    .with_hint(type_hint(message))
}

fn type_hint(message: &str) -> Msg {
    if message.contains("expected f64") || message.contains("expected i64") {
        msg!("diag-type-number-hint")
    } else if message.contains("a boolean") {
        msg!("diag-type-bool-hint")
    } else if message.contains("a sequence") {
        msg!("diag-type-list-hint")
    } else {
        msg!("diag-type-other-hint")
    }
}

/// serde's wording, minus Rust type names an author would not know.
fn clean(message: &str) -> String {
    message
        .trim_end_matches('\n')
        .replace("expected f64", "expected a number")
        .replace("expected i64", "expected a whole number")
        .replace("expected a string", "expected text in quotes")
        .replace('`', "'")
}

fn backticked(message: &str) -> Vec<String> {
    message
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}
