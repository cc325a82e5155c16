//! Checks on the readiness bands: unique ids, sound bounds, written in order, and together
//! covering 0 to 100 without overlap or gap.
//!
//! Must not look at scores or gates: what a band means for a verdict is `scoring`'s.

use foldhash::{HashMap, HashMapExt};

use super::Checker;
use crate::framework::model::Band;
use crate::msg;

impl Checker<'_> {
    // Bands must meet exactly: authors write literal numbers, so exact comparison is the rule.
    #[allow(clippy::float_cmp)]
    pub(super) fn bands(&mut self) {
        let fw = self.fw;
        if fw.unread.iter().any(|u| u.starts_with("band:")) {
            // A band that failed to read leaves a hole that is no new problem.
            return;
        }
        if fw.bands.is_empty() {
            // Something missing has no place of its own: point at the header.
            self.error(
                &fw.loc,
                "",
                msg!("diag-no-bands"),
                msg!("diag-no-bands-hint"),
            );
            return;
        }
        let mut seen = HashMap::new();
        for b in &fw.bands {
            self.unique_id(&mut seen, &b.id, &b.loc, "band");
            if b.min.partial_cmp(&b.max) != Some(std::cmp::Ordering::Less) {
                self.error(
                    &b.loc,
                    "min",
                    msg!("diag-band-bounds", id = &b.id, min = b.min, max = b.max),
                    msg!("diag-band-bounds-hint"),
                );
            }
        }
        let mut sorted: Vec<_> = fw.bands.iter().collect();
        sorted.sort_by(|a, b| a.min.total_cmp(&b.min));
        if sorted
            .iter()
            .map(|b| b.id.as_str())
            .ne(fw.bands.iter().map(|b| b.id.as_str()))
        {
            self.error(
                &fw.loc,
                "bands",
                msg!("diag-bands-order"),
                msg!("diag-bands-order-hint"),
            );
        }
        self.band_cover(&sorted);
    }

    /// The bands, sorted by `min`, run from 0 to 100 and each starts where the one before ends.
    #[allow(clippy::float_cmp)]
    fn band_cover(&mut self, sorted: &[&Band]) {
        let (Some(first), Some(last)) = (sorted.first(), sorted.last()) else {
            return;
        };
        if first.min != 0.0 {
            self.error(
                &first.loc,
                "min",
                msg!("diag-band-first", id = &first.id, min = first.min),
                msg!("diag-band-first-hint"),
            );
        }
        if last.max != 100.0 {
            self.error(
                &last.loc,
                "max",
                msg!("diag-band-last", id = &last.id, max = last.max),
                msg!("diag-band-last-hint"),
            );
        }
        for pair in sorted.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            if b.min < a.max {
                self.error(
                    &b.loc,
                    "min",
                    msg!(
                        "diag-band-overlap",
                        id = &b.id,
                        min = b.min,
                        other = &a.id,
                        max = a.max
                    ),
                    msg!("diag-band-start-at", id = &b.id, at = a.max),
                );
            } else if b.min > a.max {
                // 0–34 then 35–59 reads "inclusive" bands: the fix is the earlier band's max.
                let hint = if b.min - a.max == 1.0 && a.max.fract() == 0.0 {
                    let between = a.max + 0.5;
                    msg!(
                        "diag-band-inclusive-hint",
                        other = &a.id,
                        at = b.min,
                        between = between
                    )
                } else {
                    msg!("diag-band-start-at", id = &b.id, at = a.max)
                };
                self.error(
                    &b.loc,
                    "min",
                    msg!(
                        "diag-band-gap",
                        id = &b.id,
                        min = b.min,
                        other = &a.id,
                        max = a.max
                    ),
                    hint,
                );
            }
        }
    }
}
