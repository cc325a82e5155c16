//! What a room's votes show, computed without side effects: the spread of votes on a
//! question (a histogram and the span of values), whether they diverge, each role's mean per
//! question and per principle, and the one-line role summary ("peers rate 'Referrals' 1.2
//! points lower than staff").
//!
//! Values are in the question's own unit where it has one — level values for a rating, the
//! figure for a number — and in percentage points of the question's 0–1 score for
//! yes/partly/no, choices and checklists. Divergence compares the span of values with the
//! framework's gap (`Framework::divergence_gap`) times the question's range in that unit.
//!
//! Must not: change the session or the score, or word anything except through the catalogue,
//! in the language it is given.

use super::{Votes, Workshop};
use crate::answers::{DONT_KNOW, NOT_APPLICABLE, Response, YesNo};
use crate::framework::{Framework, Kind, Question};
use crate::scoring::response_score;

/// How many votes gave one answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bin {
    /// The answer: a level value, `yes` / `partial` / `no`, an option id, `na`, `dont_know`.
    pub key: String,
    pub count: u32,
}

/// The spread of the votes on one question.
#[derive(Debug, Clone, PartialEq)]
pub struct Spread {
    /// Counts in answer order (levels low to high, no / partly / yes, options as listed; for
    /// a checklist, how many ticked each option), then "not applicable" and "don't know"
    /// when given. Empty for numbers and text.
    pub bins: Vec<Bin>,
    /// How many votes were counted (named and anonymous; a range counts as none).
    pub votes: u32,
    /// The lowest and highest value among the votes, in the question's unit (see the module).
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// The width of the question's answer range in that unit, when it has one.
    pub range: Option<f64>,
    /// Whether the votes span more than the framework's gap of that range.
    pub divergent: bool,
}

/// Which unit a question's values are in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// Level values of the rating scale.
    Levels,
    /// Percentage points of the question's score.
    Percent,
    /// The number question's own figures.
    Number,
}

/// The unit of `q`'s values.
pub fn unit(q: &Question) -> Unit {
    match q.kind {
        Kind::Rating { .. } => Unit::Levels,
        Kind::Number(_) => Unit::Number,
        _ => Unit::Percent,
    }
}

/// The value of one answer in `q`'s unit; `None` for "not applicable", "don't know", text,
/// and answers that carry no score where the unit is a score.
pub fn value(q: &Question, r: &Response) -> Option<f64> {
    match (&q.kind, r) {
        #[allow(clippy::cast_precision_loss)]
        (Kind::Rating { .. }, Response::Level(v)) => Some(*v as f64),
        (Kind::Number(_), Response::Number(n)) => Some(*n),
        _ => response_score(q, r).map(|s| s * 100.0),
    }
}

/// The width of `q`'s answer range in its unit, when it has one.
pub fn range(q: &Question) -> Option<f64> {
    match &q.kind {
        Kind::Rating { scale } => {
            let levels = &scale.levels;
            let lo = levels.iter().map(|l| l.value).min()?;
            let hi = levels.iter().map(|l| l.value).max()?;
            #[allow(clippy::cast_precision_loss)]
            Some((hi - lo) as f64).filter(|w| *w > 0.0)
        }
        Kind::Number(n) => Some(n.bounds.max()? - n.bounds.min()?).filter(|w| *w > 0.0),
        Kind::Text => None,
        _ => q.is_scorable().then_some(100.0),
    }
}

/// The value an anonymous count key stands for (checklist counts stand for none: a tick
/// count per option says nothing about any one person's whole answer).
fn count_value(q: &Question, key: &str) -> Option<f64> {
    let r = match q.kind {
        Kind::Rating { .. } => Response::Level(key.parse().ok()?),
        Kind::YesNo => Response::YesNo(YesNo::parse(key)?),
        Kind::Choice { .. } => Response::Choice(key.to_owned()),
        _ => return None,
    };
    value(q, &r)
}

/// The answer keys of `q` in display order.
fn keys(q: &Question) -> Vec<String> {
    match &q.kind {
        Kind::Rating { scale } => scale.levels.iter().map(|l| l.value.to_string()).collect(),
        Kind::YesNo => ["no", "partial", "yes"].map(str::to_owned).to_vec(),
        Kind::Choice { options } | Kind::Checklist { options } => {
            options.iter().map(|o| o.id.clone()).collect()
        }
        Kind::Number(_) | Kind::Text => Vec::new(),
    }
}

/// The spread of `votes` on `q`.
pub fn spread(fw: &Framework, q: &Question, votes: &Votes) -> Spread {
    let mut tally: Vec<Bin> = keys(q)
        .into_iter()
        .map(|key| Bin { key, count: 0 })
        .collect();
    let mut add = |key: &str, n: u32| match tally.iter_mut().find(|b| b.key == key) {
        // Counts come from files: a hostile one must not overflow.
        Some(b) => b.count = b.count.saturating_add(n),
        None => tally.push(Bin {
            key: key.to_owned(),
            count: n,
        }),
    };
    let mut values = Vec::new();
    let mut counted: u32 = 0;
    for (_, r) in votes.named() {
        counted = counted.saturating_add(1);
        match r {
            Response::Checklist(ticked) => ticked.iter().for_each(|t| add(t, 1)),
            Response::Number(_) | Response::Text(_) => {}
            other => {
                if let Some(k) = super::count_key(other) {
                    add(&k, 1);
                }
            }
        }
        values.extend(value(q, r));
    }
    for (key, n) in &votes.counts {
        add(key, *n);
        if !matches!(q.kind, Kind::Checklist { .. }) {
            counted = counted.saturating_add(*n);
            values.extend(count_value(q, key));
        }
    }
    if let Some((lo, hi)) = votes.range {
        values.extend([lo, hi]);
    }
    // "Not applicable" and "don't know" come last, and only when someone gave them.
    tally.sort_by_key(|b| u8::from(b.key == NOT_APPLICABLE) + 2 * u8::from(b.key == DONT_KNOW));
    let low = values.iter().copied().reduce(f64::min);
    let high = values.iter().copied().reduce(f64::max);
    let width = range(q);
    let divergent = match (low, high, width) {
        (Some(lo), Some(hi), Some(w)) => hi - lo > fw.divergence_gap() * w + 1e-9,
        _ => false,
    };
    if matches!(q.kind, Kind::Number(_) | Kind::Text) {
        tally.retain(|b| b.count > 0);
    }
    Spread {
        bins: tally,
        votes: counted,
        low,
        high,
        range: width,
        divergent,
    }
}

/// Whether the votes on `q` span more than the framework's gap.
pub fn divergent(fw: &Framework, q: &Question, votes: &Votes) -> bool {
    spread(fw, q, votes).divergent
}

/// One role's mean on a question or a principle.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleMean {
    pub role: String,
    pub mean: f64,
    /// How many votes it is the mean of.
    pub votes: usize,
}

/// Each named vote with the role it counts for: a participant's vote for their role, then a
/// role group's for that role. Anonymous counts and breakout groups have no role.
fn role_votes<'a>(
    w: &'a Workshop,
    votes: &'a Votes,
) -> impl Iterator<Item = (&'a str, &'a Response)> {
    let own = votes
        .by_participant
        .iter()
        .filter_map(|(id, r)| Some((w.participant(id)?.role.as_str(), r)));
    own.chain(votes.by_role.iter().map(|(role, r)| (role.as_str(), r)))
}

/// Each role's mean value on `question` (its unit: see [`unit()`]), in the framework's role
/// order: a participant's vote counts for their role, a role group's for that role.
/// Anonymous counts and breakout groups have no role and are left out.
pub fn role_means(fw: &Framework, w: &Workshop, question: &str) -> Vec<RoleMean> {
    let (Some(q), Some(votes)) = (fw.question(question), w.votes.get(question)) else {
        return Vec::new();
    };
    let mut roles: Vec<&str> = fw.roles().iter().map(|r| r.id.as_str()).collect();
    // A participant may carry a role the framework no longer lists: still counted, last.
    for p in &w.participants {
        if !roles.contains(&p.role.as_str()) {
            roles.push(&p.role);
        }
    }
    // Each vote is put with its role in one pass: a report asks this of every question.
    let mut values: Vec<Vec<f64>> = vec![Vec::new(); roles.len()];
    for (role, r) in role_votes(w, votes) {
        if let (Some(i), Some(v)) = (roles.iter().position(|x| *x == role), value(q, r)) {
            values[i].push(v);
        }
    }
    roles
        .into_iter()
        .zip(values)
        .filter(|(_, v)| !v.is_empty())
        .map(|(role, v)| {
            #[allow(clippy::cast_precision_loss)]
            let mean = v.iter().sum::<f64>() / v.len() as f64;
            RoleMean {
                role: role.to_owned(),
                mean,
                votes: v.len(),
            }
        })
        .collect()
}

/// Each role's mean score (0–100) on principle `principle`: for each role, the mean over
/// the principle's questions it voted on, weighted by question weight.
pub fn principle_role_means(fw: &Framework, w: &Workshop, principle: &str) -> Vec<RoleMean> {
    let Some(p) = fw.principle(principle) else {
        return Vec::new();
    };
    let roles = fw.roles();
    // For each role, (mean score × 100, weight) of each question it voted on.
    let mut per_question: Vec<Vec<(f64, f64)>> = vec![Vec::new(); roles.len()];
    let mut this_question: Vec<Vec<f64>> = vec![Vec::new(); roles.len()];
    for q in &p.questions {
        let Some(votes) = w.votes.get(&q.id) else {
            continue;
        };
        for (role, r) in role_votes(w, votes) {
            if let (Some(i), Some(s)) = (
                roles.iter().position(|x| x.id == role),
                response_score(q, r),
            ) {
                this_question[i].push(s);
            }
        }
        for (out, s) in per_question.iter_mut().zip(&mut this_question) {
            if !s.is_empty() {
                #[allow(clippy::cast_precision_loss)]
                let mean = s.iter().sum::<f64>() / s.len() as f64;
                out.push((mean * 100.0, q.weight));
                s.clear();
            }
        }
    }
    roles
        .iter()
        .zip(per_question)
        .filter_map(|(r, scored)| {
            let weight: f64 = scored.iter().map(|(_, w)| w).sum();
            (weight > 0.0).then(|| RoleMean {
                mean: scored.iter().map(|(s, w)| s * w).sum::<f64>() / weight,
                votes: scored.len(),
                role: r.id.clone(),
            })
        })
        .collect()
}

/// The widest gap between two roles on one question: the data of the one-line summary.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleGap {
    pub question: String,
    /// The role whose mean is lowest, and the one whose mean is highest.
    pub lower: String,
    pub higher: String,
    /// How far apart their means are, in `unit`.
    pub points: f64,
    pub unit: Unit,
}

/// The widest gap between roles on `question`, when at least two roles voted and differ.
pub fn role_gap(fw: &Framework, w: &Workshop, question: &str) -> Option<RoleGap> {
    let q = fw.question(question)?;
    let means = role_means(fw, w, question);
    let lo = means.iter().min_by(|a, b| a.mean.total_cmp(&b.mean))?;
    let hi = means.iter().max_by(|a, b| a.mean.total_cmp(&b.mean))?;
    let points = hi.mean - lo.mean;
    (points > 1e-9).then(|| RoleGap {
        question: question.to_owned(),
        lower: lo.role.clone(),
        higher: hi.role.clone(),
        points,
        unit: unit(q),
    })
}

impl RoleGap {
    /// The summary line in `lang`: "'Peer / community' rate 'Are referrals followed up?' 1.5
    /// points lower than 'Staff'".
    pub fn message(&self, fw: &Framework, lang: &str) -> String {
        let label = |id: &str| {
            fw.role(id)
                .map_or_else(|| id.to_owned(), |r| r.label.get(lang).to_owned())
        };
        let text = fw
            .question(&self.question)
            .map_or_else(|| self.question.clone(), |q| q.text.get(lang).to_owned());
        let key = match self.unit {
            Unit::Levels => "workshop-amount-levels",
            Unit::Percent => "workshop-amount-percent",
            Unit::Number => "workshop-amount-number",
        };
        let words = crate::i18n::Lang::or_english(lang);
        let points = crate::answers::number((self.points * 10.0).round() / 10.0);
        let amount = crate::i18n::tr_args(words, key, &[("points", points.into())]);
        crate::i18n::tr_args(
            words,
            "workshop-role-gap",
            &[
                ("lower", label(&self.lower).into()),
                ("higher", label(&self.higher).into()),
                ("question", text.into()),
                ("amount", amount.into()),
            ],
        )
    }
}

#[cfg(test)]
mod tests;
