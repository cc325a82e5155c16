//! Any bytes as an answers file for the quick check: reading, checking and scoring must never
//! panic, and every score must lie within 0..=100.
#![no_main]

use std::sync::OnceLock;

use integra::answers::parse_sheet;
use integra::framework::{Framework, catalog};
use libfuzzer_sys::fuzz_target;

/// Loaded once: loading is not what this target exercises, and it would dominate each run.
static FRAMEWORK: OnceLock<Option<Framework>> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Some(fw) = FRAMEWORK.get_or_init(|| catalog::embedded("quick-check")) else {
        return;
    };
    let Ok(parsed) = parse_sheet("fuzz.toml", text) else {
        return;
    };
    if let Ok(sheet) = parsed.against(fw) {
        let card = integra::scoring::score(fw, &sheet.answers, "en");
        for s in card
            .principles
            .iter()
            .filter_map(|p| p.score)
            .chain(card.overall.score)
        {
            assert!((0.0..=100.0).contains(&s), "{s}");
        }
    }
});
