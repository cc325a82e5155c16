//! The portfolio's figures over all sessions: each principle's median and mean, how many
//! sessions reached each band, and the heatmap's shades (bands spread over [`SHADES`]).
//!
//! Must not: build rows or read a session's own figures beyond its report context (that is
//! [`super`]); it only sums up what the rows already hold.

use serde::Serialize;

use super::Row;
use crate::report::context::{BandInfo, ReportContext};

/// Figures over all rows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    pub sessions: usize,
    pub overall: Stat,
    /// Per principle, in the order of [`Portfolio::principles`](super::Portfolio::principles).
    pub principles: Vec<Stat>,
    /// Every band of the framework, lowest first, with how many sessions reached it.
    pub bands: Vec<BandCount>,
    /// Sessions with no overall score yet.
    pub unscored: usize,
    /// Sessions whose band failed gates hold down.
    pub capped: usize,
}

/// The median and mean of the scores that exist, and how many there were.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Stat {
    pub median: Option<f64>,
    pub mean: Option<f64>,
    pub count: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BandCount {
    pub id: String,
    pub label: String,
    pub count: usize,
    /// Its lowest score (inclusive) and upper bound.
    pub min: f64,
    pub max: f64,
    /// Its heatmap shade (see [`Row::shades`]).
    pub shade: usize,
}

/// How many shades the heatmap has: the bands are spread over them, lowest to highest.
pub const SHADES: usize = 5;

/// The shade of band `index` of `count` bands: the lowest 0, the highest `SHADES − 1`.
pub(super) fn shade(index: usize, count: usize) -> usize {
    if count <= 1 {
        return SHADES - 1;
    }
    // Rounded to the nearest shade, so three bands take 0, 2 and 4.
    (index * (SHADES - 1) * 2 + (count - 1)) / ((count - 1) * 2)
}

/// The shade of `score` among `bands` (lowest first); the top band includes its maximum.
pub(super) fn shade_of(score: Option<f64>, bands: &[BandInfo]) -> Option<usize> {
    let score = score?;
    let index = bands
        .iter()
        .position(|b| score >= b.min && score < b.max)
        .or_else(|| bands.iter().rposition(|b| score >= b.min))?;
    Some(shade(index, bands.len()))
}

pub(super) fn summary(rows: &[Row], principles: usize, first: Option<&ReportContext>) -> Summary {
    let bands = first.map(|c| c.bands.as_slice()).unwrap_or_default();
    Summary {
        sessions: rows.len(),
        overall: stat(rows.iter().map(|r| r.score)),
        principles: (0..principles)
            .map(|i| stat(rows.iter().map(|r| r.principles.get(i).copied().flatten())))
            .collect(),
        bands: bands
            .iter()
            .enumerate()
            .map(|(i, b)| BandCount {
                id: b.id.clone(),
                label: b.label.clone(),
                min: b.min,
                max: b.max,
                shade: shade(i, bands.len()),
                count: rows
                    .iter()
                    .filter(|r| r.band_id.as_deref() == Some(b.id.as_str()))
                    .count(),
            })
            .collect(),
        unscored: rows.iter().filter(|r| r.score.is_none()).count(),
        capped: rows.iter().filter(|r| r.capped).count(),
    }
}

/// Median and mean of the values present.
pub fn stat(values: impl Iterator<Item = Option<f64>>) -> Stat {
    let mut v: Vec<f64> = values.flatten().collect();
    v.sort_by(f64::total_cmp);
    let n = v.len();
    let median = match n {
        0 => None,
        _ if n % 2 == 1 => Some(v[n / 2]),
        _ => Some(f64::midpoint(v[n / 2 - 1], v[n / 2])),
    };
    #[allow(clippy::cast_precision_loss)]
    let mean = (n > 0).then(|| v.iter().sum::<f64>() / n as f64);
    Stat {
        median,
        mean,
        count: n,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_spread_over_the_shades_lowest_to_highest() {
        assert_eq!((0..3).map(|i| shade(i, 3)).collect::<Vec<_>>(), [0, 2, 4]);
        assert_eq!(
            (0..4).map(|i| shade(i, 4)).collect::<Vec<_>>(),
            [0, 1, 3, 4]
        );
        assert_eq!(
            (0..5).map(|i| shade(i, 5)).collect::<Vec<_>>(),
            [0, 1, 2, 3, 4]
        );
        assert_eq!(shade(0, 1), 4);
        let band = |min: f64, max: f64| crate::report::context::BandInfo {
            id: String::new(),
            label: String::new(),
            advice: None,
            min,
            max,
        };
        let bands = [band(0.0, 40.0), band(40.0, 70.0), band(70.0, 100.0)];
        let at = |s| shade_of(Some(s), &bands);
        assert_eq!(
            [at(0.0), at(39.9), at(40.0), at(70.0), at(100.0)],
            [Some(0), Some(0), Some(2), Some(4), Some(4)]
        );
        assert_eq!(shade_of(None, &bands), None);
    }

    #[test]
    fn medians_and_means_skip_missing_scores() {
        let s = stat([Some(10.0), None, Some(30.0), Some(20.0)].into_iter());
        assert_eq!((s.median, s.mean, s.count), (Some(20.0), Some(20.0), 3));
        let s = stat([Some(10.0), Some(40.0)].into_iter());
        assert_eq!(s.median, Some(25.0));
        let s = stat([None].into_iter());
        assert_eq!((s.median, s.mean, s.count), (None, None, 0));
    }
}
