//! Compare with last time, inside the wizard: the earlier session chosen as a baseline and
//! what changed since, per principle and per gate.
//!
//! The change is worked out by the report's own comparison (`report::compare`, what
//! `integra report --compare` prints), so the wizard and the reports agree to the word.
//! Reading the earlier file is the loop's work ([`Effect`](super::Effect)); everything here
//! is pure.
//!
//! Must not: read files (the loop does, through `session::earlier`) or draw.

use crate::framework::Framework;
use crate::i18n::{self, Lang};
use crate::report::ReportContext;
use crate::report::compare::Comparison;
use crate::scoring::{Scorecard, score};
use crate::session::Session;
use crate::session::earlier::Baseline;

/// The open assessment (`session`, scored as `card` against `fw`) as the report describes
/// it, the room's votes included, compared with `base` when one is chosen; integra's own
/// words in `lang`.
#[must_use]
pub fn context(
    fw: &Framework,
    session: &Session,
    card: &Scorecard,
    base: Option<&Baseline>,
    lang: Lang,
) -> ReportContext {
    let sheet = &session.sheet;
    let ctx = ReportContext::build(fw, sheet, card).with_workshop(fw, session.workshop());
    let Some(base) = base else {
        return ctx;
    };
    // Scored in the language of the assessment's text, as the open one is.
    let text_lang = sheet.language.as_deref().unwrap_or("en");
    let before = score(&base.framework, &base.sheet.answers, text_lang);
    // Questions renamed since the baseline's revision are compared under their new id.
    let renamed: Vec<(String, String)> = fw
        .questions()
        .filter_map(|q| Some((q.renamed_from.clone()?, q.id.clone())))
        .collect();
    let mut ctx = ctx.compared_across(&base.framework, &renamed, &base.sheet, &before);
    if base.own_revision(fw)
        && let Some(c) = ctx.comparison.as_mut()
    {
        let args = [
            ("was", base.framework.version.as_str().into()),
            ("now", fw.version.as_str().into()),
        ];
        c.caution = Some(i18n::tr_args(lang, "report-earlier-own-version", &args));
    }
    ctx
}

/// What changed between `base` and the open assessment: [`context`]'s comparison.
#[must_use]
pub fn comparison(
    fw: &Framework,
    session: &Session,
    card: &Scorecard,
    base: &Baseline,
    lang: Lang,
) -> Option<Comparison> {
    context(fw, session, card, Some(base), lang).comparison
}

/// A change of score as the results screen shows it: `+12.5`, `−3.0` or `±0` (one
/// decimal, as the screen shows scores); in ASCII, `-3.0` and `0`.
#[must_use]
pub fn signed(change: f64, ascii: bool) -> String {
    let text = i18n::fixed(change.abs(), 1);
    if change > 0.0 {
        format!("+{text}")
    } else if change < 0.0 {
        format!("{}{text}", if ascii { '-' } else { '\u{2212}' })
    } else if ascii {
        "0".to_owned()
    } else {
        "±0".to_owned()
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::answers::Response;
    use crate::framework::{Origin, from_str};
    use crate::report::compare::Direction;
    use crate::scoring::GateStatus;

    fn fixture() -> Framework {
        let text = include_str!("../../tests/fixtures/tui/wizard.toml");
        from_str("wizard.toml", text, Origin::Embedded).unwrap()
    }

    fn session(fw: &Framework, answers: &[(&str, Response)]) -> Session {
        let mut s = Session::new(fw, "en", PathBuf::from("/x.toml"), "2026-01-01");
        for (id, r) in answers {
            s.answers_mut().set(*id, r.clone());
        }
        s
    }

    fn baseline(fw: &Framework, answers: &[(&str, Response)]) -> Baseline {
        Baseline {
            path: PathBuf::from("/before.toml"),
            framework: fw.clone(),
            sheet: session(fw, answers).sheet,
            dropped: 0,
        }
    }

    #[test]
    fn the_change_per_principle_and_per_gate_is_the_reports() {
        let fw = fixture();
        let base = baseline(&fw, &[("referral", Response::Level(0))]);
        let now = session(&fw, &[("referral", Response::Level(2))]);
        let card = score(&fw, now.answers(), "en");
        let c = comparison(&fw, &now, &card, &base, Lang::En).unwrap();
        let services = c.principles.iter().find(|p| p.id == "services").unwrap();
        assert_eq!(services.score.before, Some(0.0));
        assert_eq!(services.score.now, Some(100.0));
        assert_eq!(services.score.change, Some(100.0));
        // A principle without scored answers either time has no change to show.
        let context = c.principles.iter().find(|p| p.id == "context").unwrap();
        assert_eq!(context.score.change, None);
        // The gate failed before and passes now.
        assert_eq!(c.gates.len(), 1);
        let gate = &c.gates[0];
        assert_eq!(gate.id, "referral-followup");
        assert_eq!(gate.before, GateStatus::Failed);
        assert_eq!(gate.now, GateStatus::Passed);
        assert!(gate.resolved);
        assert_eq!(c.band_change, Some(Direction::Up));
        assert_eq!(c.caution, None);
    }

    #[test]
    fn nothing_changed_means_no_gate_changes_and_zero_change() {
        let fw = fixture();
        let answers = [("referral", Response::Level(1))];
        let base = baseline(&fw, &answers);
        let now = session(&fw, &answers);
        let card = score(&fw, now.answers(), "en");
        let c = comparison(&fw, &now, &card, &base, Lang::En).unwrap();
        assert!(c.gates.is_empty());
        assert_eq!(c.overall.change, Some(0.0));
        assert_eq!(c.band_change, Some(Direction::Same));
    }

    #[test]
    fn a_baseline_on_its_own_revision_says_so() {
        let fw = fixture();
        let mut old = fw.clone();
        old.version = "0.9.0".into();
        let mut base = baseline(&old, &[("referral", Response::Level(0))]);
        base.framework = old;
        let now = session(&fw, &[]);
        let card = score(&fw, now.answers(), "en");
        let c = comparison(&fw, &now, &card, &base, Lang::En).unwrap();
        let caution = c.caution.unwrap();
        assert!(
            caution.contains("0.9.0") && caution.contains("1.0.0"),
            "{caution}"
        );
    }

    #[test]
    fn without_a_baseline_there_is_no_comparison() {
        let fw = fixture();
        let now = session(&fw, &[("referral", Response::Level(2))]);
        let card = score(&fw, now.answers(), "en");
        assert!(
            context(&fw, &now, &card, None, Lang::En)
                .comparison
                .is_none()
        );
    }

    #[test]
    fn changes_are_signed_with_a_true_minus() {
        assert_eq!(signed(12.46, false), "+12.5");
        assert_eq!(signed(-3.0, false), "\u{2212}3.0");
        assert_eq!(signed(0.0, false), "±0");
        assert_eq!(signed(-3.0, true), "-3.0");
        assert_eq!(signed(0.0, true), "0");
    }
}
