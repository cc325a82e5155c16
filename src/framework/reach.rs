//! Which questions can ever be shown: conditions evaluated over every answer that matters.
//!
//! Each question a condition looks at has a small set of answers that can change the outcome:
//! "no answer" (unanswered, hidden, not applicable and don't know all make a test false), each
//! level of a rating, yes/partial/no, each option of a choice, each subset of the checklist
//! options the condition tests, and for a number the thresholds the condition uses with a
//! point between and beyond each (inside the question's min and max). The condition is run,
//! with the wizard's own [`Condition::holds`], on every combination of those answers.
//!
//! The sets over-approximate what people can answer (they ignore that the questions looked at
//! may themselves be hidden together), so "never holds" is never claimed wrongly: if no
//! combination makes a condition hold, no real interview can. Questions already found never
//! shown offer only "no answer", which carries unreachability down the chain. Above
//! [`MAX_COMBINATIONS`] a condition is not analysed: better no warning than a slow one.
//!
//! Owns the reachability analysis of a loaded framework. Must not word warnings (that is
//! `lint.rs`) nor evaluate conditions its own way: it calls [`Condition::holds`].

use foldhash::{HashMap, HashSet, HashSetExt};

use super::condition::{Check, Condition};
use super::model::{Framework, NumberScoring};
use super::question::{Bounds, Kind, NumberSpec, Question};
use super::response::{Answers, Response, YesNo};

/// Conditions needing more combinations than this are skipped.
pub const MAX_COMBINATIONS: usize = 4096;

/// Why a question can never be shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreachable {
    /// The condition looks at questions that are never shown themselves (their ids).
    DependsOnHidden(Vec<String>),
    /// A `not` inside the condition wraps something that always holds, so it never does.
    NotOfAlwaysTrue,
    /// No combination of answers makes the condition hold.
    NeverHolds,
}

/// Every question whose condition can never hold, in framework order, with the reason.
pub fn unreachable(fw: &Framework) -> Vec<(&Question, Unreachable)> {
    // Looked up by id once: a framework may have many thousands of questions.
    let by_id: HashMap<&str, &Question> = fw.questions().map(|q| (q.id.as_str(), q)).collect();
    let mut never: HashSet<&str> = HashSet::new();
    let mut out = Vec::new();
    for q in fw.questions() {
        let Some(c) = &q.show_if else { continue };
        if let Some(why) = analyse(&by_id, c, &never) {
            never.insert(q.id.as_str());
            out.push((q, why));
        }
    }
    out
}

/// Why `c` can never hold, or `None` when it can (or is too big to tell).
fn analyse(
    by_id: &HashMap<&str, &Question>,
    c: &Condition,
    never: &HashSet<&str>,
) -> Option<Unreachable> {
    let mut ids: Vec<&str> = c.questions();
    ids.sort_unstable();
    ids.dedup();
    let mut domains = Vec::with_capacity(ids.len());
    let mut size: usize = 1;
    for id in &ids {
        let d = if never.contains(id) {
            vec![None]
        } else {
            domain(by_id.get(id)?, c)?
        };
        size = size
            .checked_mul(d.len())
            .filter(|s| *s <= MAX_COMBINATIONS)?;
        domains.push(d);
    }
    let nots = nots(c);
    let mut inner_false = vec![false; nots.len()];
    let mut holds = false;
    let mut pick = vec![0usize; ids.len()];
    for _ in 0..size {
        let mut answers = Answers::default();
        let mut visible = HashSet::new();
        for (i, id) in ids.iter().enumerate() {
            if let Some(r) = &domains[i][pick[i]] {
                answers.set(*id, r.clone());
                visible.insert(*id);
            }
        }
        holds |= c.holds(&answers, &visible);
        for (n, inner) in nots.iter().enumerate() {
            inner_false[n] |= !inner.holds(&answers, &visible);
        }
        advance(&mut pick, &domains);
    }
    if holds {
        return None;
    }
    let hidden: Vec<String> = ids
        .iter()
        .filter(|id| never.contains(*id))
        .map(|id| (*id).to_owned())
        .collect();
    Some(if !hidden.is_empty() {
        Unreachable::DependsOnHidden(hidden)
    } else if inner_false.contains(&false) {
        Unreachable::NotOfAlwaysTrue
    } else {
        Unreachable::NeverHolds
    })
}

/// Whether `c` holds when every question it looks at has its lowest-scoring answer (a
/// rating's first level, "no", the choice worth least, nothing ticked, a number at its worst
/// end): `None` when one of them cannot say what its worst answer is (`scored` is false for it,
/// or it is unknown), since then which programmes a condition hides cannot be told apart.
pub fn holds_at_worst(
    fw: &Framework,
    c: &Condition,
    scored: impl Fn(&Question) -> bool,
) -> Option<bool> {
    let mut answers = Answers::default();
    let mut visible = HashSet::new();
    for id in c.questions() {
        let q = fw.question(id).filter(|q| scored(q))?;
        let worst = match &q.kind {
            Kind::Rating { scale } => Response::Level(scale.levels.first()?.value),
            Kind::YesNo => Response::YesNo(YesNo::No),
            Kind::Choice { options } => Response::Choice(
                options
                    .iter()
                    .min_by(|a, b| a.points.total_cmp(&b.points))?
                    .id
                    .clone(),
            ),
            Kind::Checklist { .. } => Response::Checklist(Vec::new()),
            Kind::Number(n) => Response::Number(match n.bounds {
                Bounds::Scored {
                    scoring: NumberScoring::HigherIsBetter,
                    min,
                    ..
                } => min,
                Bounds::Scored {
                    scoring: NumberScoring::LowerIsBetter,
                    max,
                    ..
                } => max,
                Bounds::Unscored { .. } => return None,
            }),
            Kind::Text => return None,
        };
        answers.set(id, worst);
        visible.insert(id);
    }
    Some(c.holds(&answers, &visible))
}

/// The next combination, like an odometer.
fn advance(pick: &mut [usize], domains: &[Vec<Option<Response>>]) {
    for (i, p) in pick.iter_mut().enumerate() {
        *p += 1;
        if *p < domains[i].len() {
            return;
        }
        *p = 0;
    }
}

/// The conditions wrapped by a `not`, anywhere in `c`.
fn nots(c: &Condition) -> Vec<&Condition> {
    let mut out = Vec::new();
    if let Condition::Not(inner) = c {
        out.push(inner.as_ref());
    }
    for sub in c.nested() {
        out.extend(nots(sub));
    }
    out
}

/// Every check in `c` on question `id`.
fn tests_on<'c>(c: &'c Condition, id: &str, out: &mut Vec<&'c Check>) {
    if let Condition::Test { question, checks } = c
        && question == id
    {
        out.extend(checks);
    }
    for sub in c.nested() {
        tests_on(sub, id, out);
    }
}

/// The answers to `q` that can change the outcome of `c`, "no answer" first; `None` when
/// there are too many to try.
fn domain(q: &Question, c: &Condition) -> Option<Vec<Option<Response>>> {
    let mut tests = Vec::new();
    tests_on(c, &q.id, &mut tests);
    let mut out = vec![None];
    match &q.kind {
        Kind::Rating { scale } => {
            out.extend(scale.levels.iter().map(|l| Some(Response::Level(l.value))));
        }
        Kind::YesNo => {
            out.extend([YesNo::Yes, YesNo::Partial, YesNo::No].map(|a| Some(Response::YesNo(a))));
        }
        Kind::Choice { options } => {
            out.extend(options.iter().map(|o| Some(Response::Choice(o.id.clone()))));
        }
        Kind::Checklist { .. } => {
            let mut tested: Vec<&String> = tests
                .iter()
                .filter_map(|t| match t {
                    Check::Includes(o) => Some(o),
                    _ => None,
                })
                .collect();
            tested.sort_unstable();
            tested.dedup();
            // Options no test names cannot change the outcome; 2^k subsets of the others.
            if tested.len() > 12 {
                return None;
            }
            for mask in 0..(1usize << tested.len()) {
                let ticked = tested
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| mask & (1 << i) != 0)
                    .map(|(_, o)| (*o).clone())
                    .collect();
                out.push(Some(Response::Checklist(ticked)));
            }
        }
        Kind::Number(n) => {
            out.extend(
                number_points(n, &tests)
                    .into_iter()
                    .map(|n| Some(Response::Number(n))),
            );
        }
        Kind::Text => {}
    }
    Some(out)
}

/// For a number: each threshold, a point between each two, one beyond each end, and the
/// bounds themselves, all inside the question's min and max.
fn number_points(n: &NumberSpec, tests: &[&Check]) -> Vec<f64> {
    let mut t: Vec<f64> = tests
        .iter()
        .filter_map(|c| match c {
            Check::AtLeast(v) | Check::AtMost(v) => Some(*v),
            _ => None,
        })
        .filter(|v| v.is_finite())
        .collect();
    t.sort_by(f64::total_cmp);
    t.dedup();
    let mut points = t.clone();
    points.extend(t.windows(2).map(|w| f64::midpoint(w[0], w[1])));
    if let (Some(first), Some(last)) = (t.first(), t.last()) {
        points.push(first - 1.0);
        points.push(last + 1.0);
    }
    points.extend(n.bounds.min());
    points.extend(n.bounds.max());
    if points.is_empty() {
        points.push(0.0);
    }
    let (lo, hi) = n.bounds.range();
    points.retain(|p| (lo..=hi).contains(p));
    points.sort_by(f64::total_cmp);
    points.dedup();
    points
}

#[cfg(test)]
mod tests {
    use std::fmt::Write as _;

    use super::*;
    use crate::framework::{Origin, from_str};

    /// A framework with `n` yes/no questions and a last one shown when `condition` holds.
    fn framework(n: usize, condition: &str) -> Framework {
        let mut text = String::from(
            "id = \"t\"\nversion = \"1\"\ntitle = \"T\"\n[[principles]]\nid = \"p\"\ntitle = \"P\"\n",
        );
        for i in 0..n {
            let _ = write!(
                text,
                "[[principles.questions]]\nid = \"q{i}\"\nkind = \"yes_no\"\ntext = \"Q\"\n"
            );
        }
        let _ = write!(
            text,
            "[[principles.questions]]\nid = \"last\"\nkind = \"text\"\ntext = \"L\"\nshow_if = {condition}\n[[bands]]\nid = \"b\"\nmin = 0\nmax = 100\nlabel = \"B\"\n"
        );
        from_str("t.toml", &text, Origin::Embedded).unwrap()
    }

    #[test]
    fn a_contradiction_is_found_below_the_cap_and_skipped_above_it() {
        let contradiction =
            "{ all = [ { question = \"q0\", is = \"yes\" }, { question = \"q0\", is = \"no\" }";
        // Each yes/no question offers 4 answers (with "no answer"); 4^5 = 1024 <= the cap.
        let small: String = (1..5).fold(contradiction.to_owned(), |acc, i| {
            format!("{acc}, {{ question = \"q{i}\", one_of = [\"yes\", \"no\"] }}")
        }) + " ] }";
        let fw = framework(5, &small);
        let found = unreachable(&fw);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1, Unreachable::NeverHolds);

        // 4^7 = 16384 combinations: too many, so no claim either way.
        let big: String = (1..7).fold(contradiction.to_owned(), |acc, i| {
            format!("{acc}, {{ question = \"q{i}\", one_of = [\"yes\", \"no\"] }}")
        }) + " ] }";
        assert!(unreachable(&framework(7, &big)).is_empty());
    }

    #[test]
    fn the_shipped_frameworks_have_no_unreachable_question() {
        for fw in crate::framework::catalog::embedded_all() {
            assert_eq!(unreachable(&fw).len(), 0, "{}", fw.id);
        }
    }
}
