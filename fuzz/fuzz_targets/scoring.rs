//! Arbitrary answers (typed directly, bypassing the answers-file checks) to the default
//! framework: conditions and scoring must never panic and keep every score within 0..=100,
//! even for answers that no file could produce (levels off the scale, unknown options).
#![no_main]

use std::sync::OnceLock;

use integra::answers::{Answers, Response, YesNo};
use integra::framework::{Framework, catalog, visible_questions};
use libfuzzer_sys::fuzz_target;

/// Loaded once: loading is not what this target exercises, and it would dominate each run.
static FRAMEWORK: OnceLock<Option<Framework>> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Some(fw) = FRAMEWORK.get_or_init(|| catalog::embedded(catalog::DEFAULT_ID)) else {
        return;
    };
    let ids: Vec<&str> = fw.questions().map(|q| q.id.as_str()).collect();
    let mut answers = Answers::default();
    for chunk in data.chunks(3) {
        let [which, kind, value] = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let id = ids[usize::from(which) % ids.len()];
        let q = fw.question(id).expect("listed");
        let option = |v: u8| {
            q.options
                .get(usize::from(v) % q.options.len().max(1))
                .map_or_else(|| format!("x{v}"), |o| o.id.clone())
        };
        let r = match kind % 8 {
            0 => Response::Level(i64::from(value) - 2),
            1 => Response::YesNo([YesNo::No, YesNo::Partial, YesNo::Yes][usize::from(value % 3)]),
            2 => Response::Choice(option(value)),
            3 => Response::Checklist((0..value % 5).map(option).collect()),
            4 => Response::Number(f64::from(value) * 1.5 - 10.0),
            5 => Response::Text(String::from_utf8_lossy(chunk).into_owned()),
            6 => Response::NotApplicable,
            _ => Response::DontKnow,
        };
        answers.set(id, r);
    }
    let _ = visible_questions(fw, &answers);
    let card = integra::scoring::score(fw, &answers, "fr");
    for s in card
        .principles
        .iter()
        .filter_map(|p| p.score)
        .chain(card.overall.score)
    {
        assert!((0.0..=100.0).contains(&s), "{s}");
    }
});
