//! Checks on `[workshop]`: role ids (valid, unique), the divergence gap (a fraction above 0
//! and at most 1) and each principle's time budget (at least one minute).
//!
//! Must not decide what divergence means for a room's votes (that is `session/workshop`).

use foldhash::{HashMap, HashMapExt};

use super::Checker;
use crate::msg;

impl Checker<'_> {
    pub(super) fn workshop(&mut self) {
        let fw = self.fw;
        for p in &fw.principles {
            if p.minutes == Some(0) {
                self.error(
                    &p.loc,
                    "minutes",
                    msg!("diag-minutes-zero", id = &p.id),
                    msg!("diag-minutes-hint"),
                );
            }
        }
        let Some(w) = &fw.workshop else {
            return;
        };
        if let Some(gap) = w.divergence_gap
            && !(gap > 0.0 && gap <= 1.0)
        {
            self.error(
                &w.loc,
                "divergence_gap",
                msg!("diag-divergence-gap", value = gap),
                msg!("diag-divergence-gap-hint"),
            );
        }
        let mut seen = HashMap::new();
        for r in &w.roles {
            self.unique_id(&mut seen, &r.id, &r.loc, "role");
        }
    }
}
