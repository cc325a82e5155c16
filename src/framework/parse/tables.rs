//! Looking things up in the TOML reader's tables: a table's id, its keys' places, its
//! sub-tables, and taking a document apart without copying it.
//!
//! Owns these small lookups, shared by the reading of every kind of piece. Must not report
//! anything beyond a table's shape (what the keys mean is `piece.rs`'s and `validate/`'s).

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diagnostic::{Diagnostic, Msg};
use crate::framework::model::Loc;
use crate::framework::validate::what_word;
use crate::msg;

/// The table under `key` in `table`, with its span.
pub(super) fn sub_table<'a, 'i>(
    table: &'a DeTable<'i>,
    key: &str,
) -> Option<(&'a DeTable<'i>, Range<usize>)> {
    table
        .iter()
        .find(|(k, _)| k.get_ref() == key)
        .and_then(|(_, v)| match v.get_ref() {
            DeValue::Table(t) => Some((t, v.span())),
            _ => None,
        })
}

/// The places of the `[workshop]` table and of each of its roles, in order.
pub(super) fn workshop_locs(header: &DeTable<'_>) -> Option<(Loc, Vec<Loc>)> {
    let (table, span) = sub_table(header, "workshop")?;
    let roles = table
        .iter()
        .find(|(k, _)| k.get_ref() == "roles")
        .and_then(|(_, v)| match v.get_ref() {
            DeValue::Array(items) => Some(items),
            _ => None,
        })
        .map(|items| table_locs(items))
        .unwrap_or_default();
    Some((Loc::of_table(table, span), roles))
}

/// How many tiers a gate's `tiers` key lists, read or not.
pub(super) fn tiers_written(gate: &Spanned<DeValue>) -> usize {
    let DeValue::Table(table) = gate.get_ref() else {
        return 0;
    };
    match table.iter().find(|(k, _)| k.get_ref() == "tiers") {
        Some((_, tiers)) => match tiers.get_ref() {
            DeValue::Array(items) => items.len(),
            // Not a list at all: reported, and not to be taken for an empty one.
            _ => 1,
        },
        None => 0,
    }
}

/// The places of a gate's `[[gates.tiers]]` tables, in order.
pub(super) fn tier_locs(gate: &Spanned<DeValue>) -> Vec<Loc> {
    let DeValue::Table(table) = gate.get_ref() else {
        return Vec::new();
    };
    let Some((_, tiers)) = table.iter().find(|(k, _)| k.get_ref() == "tiers") else {
        return Vec::new();
    };
    let DeValue::Array(items) = tiers.get_ref() else {
        return Vec::new();
    };
    table_locs(items)
}

/// The places of the tables in a list, in order (anything else in it is skipped).
fn table_locs(items: &[Spanned<DeValue>]) -> Vec<Loc> {
    items
        .iter()
        .filter_map(|item| match item.get_ref() {
            DeValue::Table(t) => Some(Loc::of_table(t, item.span())),
            _ => None,
        })
        .collect()
}

/// Splits a table into the entries whose key fails `take` and those (key, value) it takes.
pub(super) fn split(
    table: DeTable<'_>,
    take: impl Fn(&str) -> bool,
) -> (DeTable<'_>, Vec<(String, Spanned<DeValue<'_>>)>) {
    let mut kept = DeTable::new();
    let mut taken = Vec::new();
    for (k, v) in table {
        if take(k.get_ref()) {
            taken.push((k.get_ref().to_string(), v));
        } else {
            kept.insert(k, v);
        }
    }
    (kept, taken)
}

/// A copy of `table` without the entries whose key matches `drop`.
pub(super) fn without<'i>(table: &DeTable<'i>, drop: impl Fn(&str) -> bool) -> DeTable<'i> {
    table
        .iter()
        .filter(|(k, _)| !drop(k.get_ref()))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// The elements of an array of tables, taken out of `value`, or a diagnostic when `value` is
/// something else.
pub(super) fn array_of_tables<'i>(
    name: &str,
    value: Spanned<DeValue<'i>>,
    diags: &mut Vec<Diagnostic>,
) -> Option<toml::de::DeArray<'i>> {
    let wrong = || {
        Diagnostic::error(value.span(), msg!("diag-list-of-tables", name = name))
            .with_hint(msg!("diag-own-header-hint", name = name))
    };
    let DeValue::Array(items) = value.get_ref() else {
        diags.push(wrong());
        return None;
    };
    let mut ok = true;
    for item in &**items {
        if !matches!(item.get_ref(), DeValue::Table(_)) {
            diags.push(
                Diagnostic::error(item.span(), msg!("diag-entry-table", name = name))
                    .with_hint(msg!("diag-own-header-hint", name = name)),
            );
            ok = false;
        }
    }
    if !ok {
        return None;
    }
    match value.into_inner() {
        DeValue::Array(items) => Some(items),
        _ => None,
    }
}

/// "question 'q1'", or "question #3" when it has no readable id.
pub(super) fn describe(what: &str, table: &DeTable) -> Msg {
    match id_of(table) {
        Some(id) => msg!("diag-ctx-id", what = what_word(what), id = id),
        None => msg!("diag-ctx-no-id", what = what_word(what)),
    }
}

/// The table's `id`, when it is a string.
pub(super) fn id_of(table: &DeTable) -> Option<String> {
    table
        .iter()
        .find(|(k, _)| &**k.get_ref() == "id")
        .and_then(|(_, v)| v.get_ref().as_str().map(str::to_owned))
}
