//! How workshop data is kept in a session file: inside the `[session]` table, which every
//! integra reads leniently, so an older integra still opens and scores the file.
//!
//! ```toml
//! [session]
//! parked = ["referral"]
//!
//! [[session.participants]]
//! id = "p1"
//! name = "AB"          # optional
//! role = "peer"
//!
//! [session.votes.referral]
//! participants = { p1 = 1, p2 = 2 }
//! roles = { staff = 2 }
//! groups = { "group-a" = 1 }
//! counts = { "0" = 2, "1" = 4 }   # anonymous, per level / answer / option
//! range = [3.0, 12.0]             # numbers: anonymous low–high
//!
//! [session.actions.referral]
//! owner = "MK"
//! due = "2027-01-31"
//!
//! [session.minutes]              # time budgets set at setup, by principle
//! services = 30
//!
//! [session.spent]                # seconds the workshop clock ran, by principle
//! services = 1260
//! ```
//!
//! Reading types every vote against the framework; a vote that no longer fits (a question
//! gone, a level off the scale) is left out and reported, like an answer would be.
//!
//! Must not: keep workshop data outside the `[session]` table, or keep a vote that no longer fits
//! the framework without reporting it.

use std::collections::BTreeMap;

use toml::{Table, Value};

use super::{ActionPlan, Participant, Votes, Workshop};
use crate::answers::{response, value_of};
use crate::diagnostic::Diagnostic;
use crate::framework::Framework;
use crate::framework::text::strip_controls;
use crate::msg;

/// The keys of `[session]` this module owns.
pub const KEYS: [&str; 6] = [
    "participants",
    "votes",
    "parked",
    "actions",
    "minutes",
    "spent",
];

/// The workshop entries to add to the `[session]` table (none for an ordinary session).
pub fn to_table(w: &Workshop) -> Table {
    let mut out = Table::new();
    if !w.participants.is_empty() {
        let list = w
            .participants
            .iter()
            .map(|p| {
                let mut t = Table::new();
                t.insert("id".into(), p.id.clone().into());
                if let Some(n) = &p.name {
                    t.insert("name".into(), n.clone().into());
                }
                t.insert("role".into(), p.role.clone().into());
                Value::Table(t)
            })
            .collect();
        out.insert("participants".into(), Value::Array(list));
    }
    if !w.parked.is_empty() {
        let list = w.parked.iter().cloned().map(Value::from).collect();
        out.insert("parked".into(), Value::Array(list));
    }
    if !w.votes.is_empty() {
        let votes = w
            .votes
            .iter()
            .map(|(q, v)| (q.clone(), Value::Table(votes_table(v))))
            .collect();
        out.insert("votes".into(), Value::Table(votes));
    }
    if !w.minutes.is_empty() {
        let m = w
            .minutes
            .iter()
            .map(|(p, n)| (p.clone(), Value::Integer(i64::from(*n))))
            .collect();
        out.insert("minutes".into(), Value::Table(m));
    }
    if !w.spent.is_empty() {
        let s = w
            .spent
            .iter()
            .map(|(p, n)| {
                (
                    p.clone(),
                    Value::Integer(i64::try_from(*n).unwrap_or(i64::MAX)),
                )
            })
            .collect();
        out.insert("spent".into(), Value::Table(s));
    }
    if !w.actions.is_empty() {
        let actions = w
            .actions
            .iter()
            .map(|(q, a)| {
                let mut t = Table::new();
                for (key, value) in [("owner", &a.owner), ("due", &a.due)] {
                    if let Some(v) = value {
                        t.insert(key.into(), v.clone().into());
                    }
                }
                (q.clone(), Value::Table(t))
            })
            .collect();
        out.insert("actions".into(), Value::Table(actions));
    }
    out
}

fn votes_table(v: &Votes) -> Table {
    let mut t = Table::new();
    for (key, map) in [
        ("participants", &v.by_participant),
        ("roles", &v.by_role),
        ("groups", &v.by_group),
    ] {
        if !map.is_empty() {
            let m = map.iter().map(|(k, r)| (k.clone(), value_of(r))).collect();
            t.insert(key.into(), Value::Table(m));
        }
    }
    if !v.counts.is_empty() {
        let m = v
            .counts
            .iter()
            .map(|(k, n)| (k.clone(), Value::Integer(i64::from(*n))))
            .collect();
        t.insert("counts".into(), Value::Table(m));
    }
    if let Some((lo, hi)) = v.range {
        t.insert("range".into(), Value::Array(vec![lo.into(), hi.into()]));
    }
    t
}

/// Reads the workshop entries of a `[session]` table, typing votes against `fw`. What does
/// not fit is left out and described in the diagnostics (they have no place in the file).
pub fn read(session: Option<&Table>, fw: &Framework) -> (Workshop, Vec<Diagnostic>) {
    let mut w = Workshop::default();
    let mut dropped = Vec::new();
    let Some(session) = session else {
        return (w, dropped);
    };
    // Text from a file never carries terminal control characters to a screen or a report.
    let str_of = |t: &Table, k: &str| t.get(k).and_then(Value::as_str).map(strip_controls);
    for item in array(session, "participants") {
        match item.as_table() {
            Some(t) if str_of(t, "id").is_some() && str_of(t, "role").is_some() => {
                w.participants.push(Participant {
                    id: str_of(t, "id").unwrap_or_default(),
                    name: str_of(t, "name"),
                    role: str_of(t, "role").unwrap_or_default(),
                });
            }
            _ => dropped.push(Diagnostic::error(0..0, msg!("workshop-bad-participant"))),
        }
    }
    w.parked = array(session, "parked")
        .iter()
        .filter_map(Value::as_str)
        .filter(|q| fw.question(q).is_some())
        .map(str::to_owned)
        .collect();
    for (q, t) in table(session, "actions") {
        let Some(t) = t.as_table() else { continue };
        let plan = ActionPlan {
            owner: str_of(t, "owner"),
            due: str_of(t, "due"),
        };
        if plan != ActionPlan::default() {
            w.actions.insert(q.clone(), plan);
        }
    }
    w.minutes = table(session, "minutes")
        .iter()
        .filter(|(p, _)| fw.principle(p).is_some())
        .filter_map(|(p, n)| Some((p.clone(), u32::try_from(n.as_integer()?).ok()?)))
        .filter(|(_, n)| *n > 0)
        .collect();
    w.spent = table(session, "spent")
        .iter()
        .filter(|(p, _)| fw.principle(p).is_some())
        .filter_map(|(p, n)| Some((p.clone(), u64::try_from(n.as_integer()?).ok()?)))
        .filter(|(_, n)| *n > 0)
        .collect();
    for (q, t) in table(session, "votes") {
        let votes = t
            .as_table()
            .map(|t| read_votes(fw, q, t, &mut dropped))
            .unwrap_or_default();
        if !votes.is_empty() {
            w.votes.insert(q.clone(), votes);
        }
    }
    (w, dropped)
}

fn read_votes(fw: &Framework, q: &str, t: &Table, dropped: &mut Vec<Diagnostic>) -> Votes {
    let mut votes = Votes::default();
    let Some(question) = fw.question(q) else {
        dropped.push(Diagnostic::error(
            0..0,
            msg!("workshop-votes-unknown-question", question = q),
        ));
        return votes;
    };
    for (key, map) in [
        ("participants", &mut votes.by_participant),
        ("roles", &mut votes.by_role),
        ("groups", &mut votes.by_group),
    ] {
        for (voter, value) in table(t, key) {
            match response(fw, question, value) {
                Ok(r) => {
                    map.insert(voter.clone(), r);
                }
                Err((message, _)) => dropped.push(Diagnostic::error(
                    0..0,
                    msg!("workshop-vote-unfit", voter = voter, problem = message),
                )),
            }
        }
    }
    votes.counts = table(t, "counts")
        .iter()
        .filter_map(|(k, v)| {
            let n = u32::try_from(v.as_integer()?).ok()?;
            (n > 0).then(|| (k.clone(), n))
        })
        .collect::<BTreeMap<_, _>>();
    let ends: Vec<f64> = array(t, "range")
        .iter()
        .filter_map(|v| v.as_float().or_else(|| v.as_integer().map(|i| i as f64)))
        .filter(|f| f.is_finite())
        .collect();
    if let [lo, hi] = ends[..] {
        votes.range = Some((lo.min(hi), lo.max(hi)));
    }
    votes
}

fn array<'a>(t: &'a Table, key: &str) -> &'a [Value] {
    t.get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

fn table<'a>(t: &'a Table, key: &str) -> &'a Table {
    static EMPTY: std::sync::OnceLock<Table> = std::sync::OnceLock::new();
    t.get(key)
        .and_then(Value::as_table)
        .unwrap_or_else(|| EMPTY.get_or_init(Table::new))
}
