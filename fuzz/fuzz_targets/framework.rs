//! Any bytes as a framework file: loading and validating must never panic, and a framework
//! that loads must score (empty answers) and render its outline without panicking.
#![no_main]

use integra::answers::Answers;
use integra::framework::{Origin, from_str};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match from_str("fuzz.toml", text, Origin::Embedded) {
        Ok(fw) => {
            let card = integra::scoring::score(&fw, &Answers::default(), "en");
            assert!(card.overall.score.is_none());
        }
        Err(e) => {
            assert!(!e.diagnostics.is_empty());
            let _ = e.render();
        }
    }
});
