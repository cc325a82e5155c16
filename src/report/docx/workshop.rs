//! The workshop block of the Word report: where the room's votes diverged (spread, role
//! summary, consensus) and each role's mean score per principle. Absent without votes.
//!
//! Must not: analyse the votes (the `ReportContext` carries the analysis) or write XML itself.

use super::blocks::{Block, TableRow, cell, heading, item, num_cell, para, table};
use super::front::WIDTH;
use crate::i18n::{Lang, tr, tr_args};
use crate::report::context::ReportContext;
use crate::report::filters::num_in;

/// The block, or nothing for a session without workshop data.
pub fn workshop(ctx: &ReportContext) -> Vec<Block> {
    let Some(w) = &ctx.workshop else {
        return Vec::new();
    };
    let lang = Lang::or_english(&ctx.language);
    let intro = tr_args(
        lang,
        "report-workshop-intro",
        &[
            ("participants", w.participants.len().into()),
            ("gap", num_in(Some(w.gap_percent), 0, "", lang).into()),
        ],
    );
    let mut out: Vec<Block> = vec![
        heading(1, &tr(lang, "report-h-workshop")).into(),
        para(&intro).into(),
        heading(2, &tr(lang, "report-h-divergent")).into(),
    ];
    for d in &w.divergent {
        let mut text = format!("({}): {}", d.principle_title, d.spread_text);
        if let Some(roles) = &d.roles {
            text.push_str(". ");
            text.push_str(roles);
        }
        let consensus = d.consensus.as_ref().map_or_else(
            || tr(lang, "report-no-consensus"),
            |a| tr_args(lang, "report-consensus", &[("answer", a.as_str().into())]),
        );
        text.push_str(". ");
        text.push_str(&consensus);
        out.push(item(&format!("{} {} ", d.number, d.text), &text).into());
    }
    if w.divergent.is_empty() {
        out.push(para(&tr(lang, "report-no-divergent")).into());
    }
    if !w.by_principle.is_empty() && !w.roles.is_empty() {
        out.push(heading(2, &tr(lang, "report-h-roles")).into());
        let each = (WIDTH - 3000) / w.roles.len();
        let mut widths = vec![3000];
        widths.extend(std::iter::repeat_n(each, w.roles.len()));
        let principle = tr(lang, "report-col-principle");
        let mut header: Vec<&str> = vec![principle.as_str()];
        header.extend(w.roles.iter().map(|r| r.label.as_str()));
        let rows = w
            .by_principle
            .iter()
            .map(|p| {
                let mut cells = vec![cell(&p.title, widths[0])];
                cells.extend(
                    p.means
                        .iter()
                        .zip(&widths[1..])
                        .map(|(m, wd)| num_cell(&num_in(*m, 0, "\u{2013}", lang), *wd)),
                );
                TableRow::new(cells)
            })
            .collect();
        out.push(table(&header, &widths, rows).into());
    }
    out
}
