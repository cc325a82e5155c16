//! A consensus to offer the room once the votes are in, so that accepting it costs one key
//! (the facilitator can always choose another answer: the offer never scores by itself).
//!
//! Must not: set the answer: it only offers one, which the facilitator accepts or not.

use super::Votes;
use crate::answers::{Response, YesNo};
use crate::framework::{ChoiceOption, Kind, Question};

/// A consensus to offer the room, so accepting it is one key: for a rating or yes/partly/no,
/// the median answer (the lower one of two middle answers, so the offer never leans up); for
/// a choice, the answer most gave (the first listed on a tie); for a checklist, the options
/// more than half of the named voters ticked; for a number, the median figure named. Votes
/// of "not applicable" and "don't know" are not counted; `None` when nothing is left.
pub fn suggestion(q: &Question, votes: &Votes) -> Option<Response> {
    let mut given: Vec<Response> = votes.named().map(|(_, r)| r.clone()).collect();
    if !matches!(q.kind, Kind::Checklist { .. }) {
        for (key, n) in &votes.counts {
            let r = match &q.kind {
                // Only a level the scale has: a count key is free text in the file.
                Kind::Rating { scale } => key
                    .parse()
                    .ok()
                    .filter(|v| scale.levels.iter().any(|l| l.value == *v))
                    .map(Response::Level),
                Kind::YesNo => YesNo::parse(key).map(Response::YesNo),
                Kind::Choice { .. } => Some(Response::Choice(key.clone())),
                _ => None,
            };
            // A count is as many votes: capped, since one file may claim billions.
            let times = usize::try_from(*n).unwrap_or(usize::MAX).min(10_000);
            given.extend(r.into_iter().flat_map(|r| std::iter::repeat_n(r, times)));
        }
    }
    given.retain(|r| !matches!(r, Response::NotApplicable | Response::DontKnow));
    let median = |mut v: Vec<Response>, key: &dyn Fn(&Response) -> f64| {
        v.sort_by(|a, b| key(a).total_cmp(&key(b)));
        v.get(v.len().checked_sub(1)? / 2).cloned()
    };
    match &q.kind {
        Kind::Rating { .. } | Kind::YesNo | Kind::Number(_) => median(given, &|r| match r {
            #[allow(clippy::cast_precision_loss)]
            Response::Level(v) => *v as f64,
            Response::YesNo(yn) => f64::from(*yn as u8),
            Response::Number(n) => *n,
            _ => f64::NAN,
        }),
        Kind::Choice { options } => options
            .iter()
            .map(|o| {
                let n = given
                    .iter()
                    .filter(|r| matches!(r, Response::Choice(c) if *c == o.id))
                    .count();
                (n, o)
            })
            .filter(|(n, _)| *n > 0)
            .fold(
                None,
                |best: Option<(usize, &ChoiceOption)>, (n, o)| match best {
                    Some((m, _)) if m >= n => best,
                    _ => Some((n, o)),
                },
            )
            .map(|(_, o)| Response::Choice(o.id.clone())),
        Kind::Checklist { options } => {
            let lists: Vec<&Vec<String>> = given
                .iter()
                .filter_map(|r| match r {
                    Response::Checklist(t) => Some(t),
                    _ => None,
                })
                .collect();
            (!lists.is_empty()).then(|| {
                let ticked = options
                    .iter()
                    .filter(|o| {
                        2 * lists.iter().filter(|l| l.contains(&o.id)).count() > lists.len()
                    })
                    .map(|o| o.id.clone())
                    .collect();
                Response::Checklist(ticked)
            })
        }
        Kind::Text => None,
    }
}
