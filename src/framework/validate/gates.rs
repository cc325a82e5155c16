//! Checks on gates and the coverage policy: targets, thresholds, caps and tiers (a gate has
//! tiers or one threshold with a cap, never both), and coverage minimums as fractions.
//!
//! Must not decide whether a gate fails (that is `scoring`) nor warn about weak gates (that is
//! `lint_gates.rs`).

use foldhash::{HashMap, HashMapExt};

use super::Checker;
use crate::framework::model::{Loc, QuestionKind};
use crate::framework::raw::{GateDef, QuestionDef};
use crate::msg;

impl Checker<'_> {
    pub(super) fn gates(&mut self) {
        let fw = self.fw;
        let mut seen = HashMap::new();
        for g in &fw.gates {
            self.unique_id(&mut seen, &g.id, &g.loc, "gate");
            // A 'tiers' key that failed to read was reported already: no threshold is no news.
            let tiered = !g.tiers.is_empty() || g.loc.fields.contains_key("tiers");
            if tiered {
                // `tiers = []`, though, is a gate with no minimum: it could never fail.
                if g.tiers.is_empty() && !self.unread("tiers", &g.id) {
                    self.error(
                        &g.loc,
                        "tiers",
                        msg!("diag-gate-tiers-empty", id = &g.id),
                        msg!("diag-gate-tiers-empty-hint"),
                    );
                }
                self.gate_tiers(g);
            }
            match (&g.question, &g.principle) {
                (Some(qid), None) => match fw.question(qid) {
                    None if self.unread("question", qid) => {}
                    None => {
                        let hint = self.suggest(
                            qid,
                            fw.questions().map(|q| q.id.as_str()),
                            msg!("diag-check-question-id"),
                        );
                        self.error(
                            &g.loc,
                            "question",
                            msg!("diag-gate-unknown-question", id = &g.id, target = qid),
                            hint,
                        );
                    }
                    Some(q) => self.gate_threshold_for_question(g, q, tiered),
                },
                (None, Some(pid)) => self.gate_on_principle(g, pid, tiered),
                _ => self.error(
                    &g.loc,
                    "id",
                    msg!("diag-gate-target", id = &g.id),
                    msg!("diag-gate-target-hint"),
                ),
            }
            self.gate_min_score(&g.id, &g.loc, g.min_score);
            if let Some(cap) = &g.cap {
                self.gate_cap(&g.id, &g.loc, cap);
            }
        }
    }

    fn gate_on_principle(&mut self, g: &GateDef, pid: &str, tiered: bool) {
        let fw = self.fw;
        if fw.principle(pid).is_none() && !self.unread("principle", pid) {
            let hint = self.suggest(
                pid,
                fw.principles.iter().map(|p| p.id.as_str()),
                msg!("diag-check-principle-id"),
            );
            self.error(
                &g.loc,
                "principle",
                msg!("diag-gate-unknown-principle", id = &g.id, target = pid),
                hint,
            );
        }
        let levels = std::iter::once((&g.loc, g.min_level))
            .chain(g.tiers.iter().map(|t| (&t.loc, t.min_level)));
        for (loc, level) in levels {
            if level.is_some() {
                self.error(
                    loc,
                    "min_level",
                    msg!("diag-gate-principle-level", id = &g.id),
                    msg!("diag-gate-principle-level-hint"),
                );
            }
        }
        if !tiered && g.min_score.is_none() && g.min_level.is_none() {
            self.error(
                &g.loc,
                "principle",
                msg!("diag-gate-no-threshold", id = &g.id),
                msg!("diag-gate-no-threshold-hint"),
            );
        }
    }

    /// A tiered gate: no plain threshold or cap beside the tiers, and each tier sound.
    fn gate_tiers(&mut self, g: &GateDef) {
        for key in ["min_level", "min_score", "cap"] {
            if g.loc.fields.contains_key(key) {
                self.error(
                    &g.loc,
                    key,
                    msg!("diag-gate-tiers-and-plain", id = &g.id, key = key),
                    msg!("diag-gate-tiers-and-plain-hint"),
                );
            }
        }
        for (i, t) in g.tiers.iter().enumerate() {
            if t.min_level.is_some() == t.min_score.is_some() {
                self.error(
                    &t.loc,
                    if t.min_level.is_some() {
                        "min_level"
                    } else {
                        ""
                    },
                    msg!("diag-gate-tier-threshold", id = &g.id, tier = i + 1),
                    msg!("diag-gate-threshold-hint"),
                );
            }
            self.gate_min_score(&g.id, &t.loc, t.min_score);
            self.gate_cap(&g.id, &t.loc, &t.cap);
        }
    }

    fn gate_min_score(&mut self, id: &str, loc: &Loc, min_score: Option<f64>) {
        if let Some(s) = min_score
            && !(0.0..=100.0).contains(&s)
        {
            self.error(
                loc,
                "min_score",
                msg!("diag-gate-min-score", id = id, score = s),
                msg!("diag-gate-min-score-hint"),
            );
        }
    }

    fn gate_cap(&mut self, id: &str, loc: &Loc, cap: &str) {
        let fw = self.fw;
        if !fw.bands.iter().any(|b| b.id == cap) && !self.unread("band", cap) {
            let hint = self.suggest(
                cap,
                fw.bands.iter().map(|b| b.id.as_str()),
                msg!("diag-gate-cap-hint"),
            );
            self.error(
                loc,
                "cap",
                msg!("diag-gate-unknown-cap", id = id, band = cap),
                hint,
            );
        }
    }

    fn gate_threshold_for_question(&mut self, g: &GateDef, q: &QuestionDef, tiered: bool) {
        if tiered {
            for t in &g.tiers {
                if let Some(level) = t.min_level {
                    self.gate_level(&g.id, &t.loc, level, q);
                }
            }
        } else {
            match (g.min_level, g.min_score) {
                (Some(_), Some(_)) | (None, None) => self.error(
                    &g.loc,
                    "id",
                    msg!("diag-gate-threshold", id = &g.id),
                    msg!("diag-gate-threshold-hint"),
                ),
                (Some(level), None) => self.gate_level(&g.id, &g.loc, level, q),
                (None, Some(_)) => {}
            }
        }
        if !q.is_scorable() {
            self.error(
                &g.loc,
                "question",
                msg!("diag-gate-unscored", id = &g.id, question = &q.id),
                msg!("diag-gate-unscored-hint"),
            );
        }
    }

    /// `min_level` must be a level of the watched rating question's scale.
    fn gate_level(&mut self, id: &str, loc: &Loc, level: i64, q: &QuestionDef) {
        let scale = q.scale.as_deref().and_then(|s| self.fw.scale(s));
        match scale {
            Some(s) if q.kind == QuestionKind::Rating && !s.levels.is_empty() => {
                if !s.levels.iter().any(|l| l.value == level) {
                    let values: Vec<String> =
                        s.levels.iter().map(|l| l.value.to_string()).collect();
                    self.error(
                        loc,
                        "min_level",
                        msg!("diag-gate-level", id = id, level = level, scale = &s.id),
                        msg!("diag-use-one-of", values = values.join(", ")),
                    );
                }
            }
            // A rating whose scale is missing was reported already; one cause, one message.
            _ if q.kind == QuestionKind::Rating => {}
            _ => self.error(
                loc,
                "min_level",
                msg!("diag-gate-level-not-rating", id = id, question = &q.id),
                msg!("diag-gate-level-not-rating-hint"),
            ),
        }
    }

    /// `[coverage].min_for_band` and each band's `min_coverage` are fractions.
    pub(super) fn coverage(&mut self) {
        let fw = self.fw;
        if let Some(c) = &fw.coverage
            && let Some(v) = c.min_for_band
            && !(0.0..=1.0).contains(&v)
        {
            self.error(
                &c.loc,
                "min_for_band",
                msg!("diag-coverage-fraction", key = "min_for_band", value = v),
                msg!("diag-coverage-fraction-hint"),
            );
        }
        for b in &fw.bands {
            if let Some(v) = b.min_coverage
                && !(0.0..=1.0).contains(&v)
            {
                self.error(
                    &b.loc,
                    "min_coverage",
                    msg!("diag-coverage-fraction", key = "min_coverage", value = v),
                    msg!("diag-coverage-fraction-hint"),
                );
            }
        }
    }
}
