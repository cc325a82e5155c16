//! A checked gate: what it watches is an enum ([`On`]) and its caps are one minimum or tiers
//! ([`Caps`]), each minimum a level or a score ([`Min`]) ("parse, don't validate"), so scoring,
//! the verdict, lint and the reports match on them and never meet a gate watching nothing,
//! a minimum that is neither a level nor a score, or a threshold beside tiers.
//!
//! Owns [`Gate`], [`On`], [`Caps`], [`Tier`], [`Min`] and the lowering from the raw
//! [`GateDef`]. Lowering refuses the shapes the validator reports (it is run only on a
//! framework the validator passed), a cap naming no band among them, and turns each cap into
//! its band's index; it must not report problems itself (that is `validate/`) nor decide
//! whether a gate passes (that is `scoring`).

use super::model::{AnyGate, Band, Loc};
use super::raw::{GateDef, GateTierDef};
use super::text::Text;

/// A readiness gate of a loaded framework: a critical minimum that caps the overall band.
#[derive(Debug, Clone)]
pub struct Gate {
    pub id: String,
    /// What the gate watches.
    pub on: On,
    /// Its minimum and cap, or its tiers.
    pub caps: Caps,
    /// Why the band is capped, in plain words.
    pub reason: Text,
    /// The author's word that a hidden watched question is not a risk (see `raw::GateDef`).
    pub safe_when_hidden: bool,
    pub loc: Loc,
}

/// What a gate watches, by id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum On {
    /// A scored question: a rating may be held to a level, any scored question to a score.
    Question(String),
    /// A principle, held to scores only (a [`Tier`] of it never has a [`Min::Level`]).
    Principle(String),
}

/// A minimum the watched answer or principle must meet.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Min {
    /// The lowest level value of a rating question that passes.
    Level(i64),
    /// The lowest score (0–100) that passes.
    Score(f64),
}

/// One minimum and the band the assessment is capped at while it is not met.
#[derive(Debug, Clone, PartialEq)]
pub struct Tier {
    pub min: Min,
    /// The band, as its index in the framework's bands (lowest first): lowering looked the
    /// written band id up, so it names a band and scoring never looks it up again. A plain
    /// gate without `cap` caps at the lowest band (0).
    pub cap: usize,
    /// Where it is written: the tier's table, or the gate's for a plain gate.
    pub loc: Loc,
}

/// A gate's caps: one minimum, or tiers that cap by how badly the gate fails.
#[derive(Debug, Clone, PartialEq)]
pub enum Caps {
    /// `min_level` or `min_score`, with `cap`.
    One(Tier),
    /// `[[gates.tiers]]`: the gate caps at the lowest cap among those not met.
    Tiers(Tiers),
}

/// A tiered gate's tiers, in the order written: at least one, by construction.
#[derive(Debug, Clone, PartialEq)]
pub struct Tiers {
    first: Tier,
    rest: Vec<Tier>,
}

impl Tiers {
    /// The tiers, or `None` when there are none (`tiers = []`, which the validator refuses).
    pub fn new(tiers: Vec<Tier>) -> Option<Self> {
        let mut tiers = tiers.into_iter();
        Some(Self {
            first: tiers.next()?,
            rest: tiers.collect(),
        })
    }

    /// The tiers in the order written.
    pub fn iter(&self) -> impl Iterator<Item = &Tier> {
        std::iter::once(&self.first).chain(&self.rest)
    }
}

impl On {
    /// The watched question's or principle's id.
    pub fn id(&self) -> &str {
        match self {
            Self::Question(id) | Self::Principle(id) => id,
        }
    }
}

impl Gate {
    /// The id of the question the gate watches; `None` for a gate on a principle.
    pub fn question(&self) -> Option<&str> {
        match &self.on {
            On::Question(id) => Some(id),
            On::Principle(_) => None,
        }
    }

    /// The id of the principle the gate watches; `None` for a gate on a question.
    pub fn principle(&self) -> Option<&str> {
        match &self.on {
            On::Principle(id) => Some(id),
            On::Question(_) => None,
        }
    }

    /// Each minimum with its 1-based tier number (`None` for a plain gate's one minimum).
    pub fn tiers(&self) -> Vec<(Option<usize>, &Tier)> {
        match &self.caps {
            Caps::One(t) => vec![(None, t)],
            Caps::Tiers(ts) => ts
                .iter()
                .enumerate()
                .map(|(i, t)| (Some(i + 1), t))
                .collect(),
        }
    }

    /// The band index the gate caps at when it fails outright (not assessed): its lowest cap.
    pub fn lowest_cap(&self) -> usize {
        match &self.caps {
            Caps::One(t) => t.cap,
            Caps::Tiers(ts) => ts.rest.iter().fold(ts.first.cap, |low, t| low.min(t.cap)),
        }
    }

    /// The checked gate, or `None` for a shape the validator refuses: not exactly one of
    /// `question` and `principle`, not exactly one minimum (per tier), a threshold or `cap`
    /// beside tiers, a level on a principle, a score outside 0–100. `bands` are the
    /// framework's: a cap names one of them (it lowers to its index), and a plain gate
    /// without `cap` caps at the first (there is always one).
    pub fn lower(def: GateDef, bands: &[Band]) -> Option<Self> {
        let on = match (def.question, def.principle) {
            (Some(q), None) => On::Question(q),
            (None, Some(p)) => On::Principle(p),
            _ => return None,
        };
        let principle = matches!(on, On::Principle(_));
        let caps = if def.tiers.is_empty() {
            let cap = match def.cap {
                Some(cap) => band_index(bands, &cap)?,
                None => bands.first().map(|_| 0)?,
            };
            let min = lower_min(def.min_level, def.min_score, principle)?;
            Caps::One(Tier {
                min,
                cap,
                loc: def.loc.clone(),
            })
        } else {
            if def.min_level.is_some() || def.min_score.is_some() || def.cap.is_some() {
                return None;
            }
            let tiers = def
                .tiers
                .into_iter()
                .map(|t| lower_tier(t, principle, bands));
            Caps::Tiers(Tiers::new(tiers.collect::<Option<_>>()?)?)
        };
        Some(Self {
            id: def.id,
            on,
            caps,
            reason: def.reason,
            safe_when_hidden: def.safe_when_hidden,
            loc: def.loc,
        })
    }
}

fn lower_tier(t: GateTierDef, principle: bool, bands: &[Band]) -> Option<Tier> {
    Some(Tier {
        min: lower_min(t.min_level, t.min_score, principle)?,
        cap: band_index(bands, &t.cap)?,
        loc: t.loc,
    })
}

/// The index of band `id` in `bands`; `None` for a band the framework does not have (the
/// validator refuses such a cap).
fn band_index(bands: &[Band], id: &str) -> Option<usize> {
    bands.iter().position(|b| b.id == id)
}

fn lower_min(level: Option<i64>, score: Option<f64>, principle: bool) -> Option<Min> {
    match (level, score) {
        (Some(level), None) if !principle => Some(Min::Level(level)),
        (None, Some(score)) if (0.0..=100.0).contains(&score) => Some(Min::Score(score)),
        _ => None,
    }
}

impl AnyGate for GateDef {
    fn id(&self) -> &str {
        &self.id
    }

    fn reason_mut(&mut self) -> &mut Text {
        &mut self.reason
    }
}

impl AnyGate for Gate {
    fn id(&self) -> &str {
        &self.id
    }

    fn reason_mut(&mut self) -> &mut Text {
        &mut self.reason
    }
}

#[cfg(test)]
mod tests;
