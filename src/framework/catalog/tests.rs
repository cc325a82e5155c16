//! The catalogue: built-in frameworks pass the full checks, are found by id and hash, and a
//! framework read for one language says the same as one read whole.
//!
//! Tests only: they reach the private `load`, and must not be needed by any other code.

use super::*;

/// What `load` skips at run time is proved here: every built-in framework passes the
/// full loader, under the id the table gives it, with the hash the build recorded.
#[test]
fn every_builtin_passes_the_full_checks_under_its_id() {
    for builtin in EMBEDDED {
        let text = builtin.file.text();
        assert!(!text.is_empty(), "{} did not inflate", builtin.file.name);
        let full = from_str(builtin.file.name, &text, Origin::Embedded)
            .unwrap_or_else(|e| panic!("{}", e.render()));
        assert_eq!(full.id, builtin.id, "{}", builtin.file.name);
        assert_eq!(full.hash, builtin.file.hash);
        let quick = load(builtin, None).unwrap_or_else(|e| panic!("{}", e.render()));
        assert_eq!(format!("{quick:?}"), format!("{full:?}"));
    }
}

#[test]
fn the_embedded_text_is_the_shipped_file() {
    for builtin in EMBEDDED {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("frameworks")
            .join(builtin.file.name);
        let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
        assert_eq!(builtin.file.text(), on_disk, "{}", path.display());
    }
}

#[test]
fn the_chosen_framework_is_offered_first_and_every_id_once() {
    let ids = |spec| -> Vec<String> {
        offer(spec, "en")
            .unwrap_or_else(|e| panic!("{e}"))
            .into_iter()
            .map(|f| f.id)
            .collect()
    };
    let default = ids(None);
    assert_eq!(default[0], DEFAULT_ID);
    let chosen = ids(Some("quick-check"));
    assert_eq!(chosen[0], "quick-check");
    for list in [&default, &chosen] {
        let mut unique = list.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), list.len(), "{list:?}");
        assert!(list.iter().any(|id| id == "peer-involvement"), "{list:?}");
    }
    assert!(matches!(
        offer(Some("no-such-framework"), "en"),
        Err(ResolveError::NotFound { .. })
    ));
}

#[test]
fn a_builtin_is_found_by_id_and_its_source_by_hash() {
    let fw = embedded("quick-check").unwrap_or_else(|| panic!("quick-check is built in"));
    assert_eq!(fw.id, "quick-check");
    let source = source_text(&fw).unwrap_or_default();
    assert!(source.contains("id = \"quick-check\""));
    assert!(embedded("no-such-framework").is_none());
}
