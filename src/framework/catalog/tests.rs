//! The catalogue: built-in frameworks pass the full checks, are found by id and hash, and a
//! framework read for one language says the same as one read whole.
//!
//! Tests only: they reach the private `load`, and must not be needed by any other code.

use super::*;
use crate::framework::from_str;

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
        offer(spec)
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
        offer(Some("no-such-framework")),
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

/// The start screen's headers say what the whole says of each framework, and are read
/// whole, for the language asked, before anything is answered.
#[test]
fn a_header_names_the_framework_as_the_whole_does_and_is_read_whole_on_demand() {
    for builtin in EMBEDDED {
        let header = load_header(builtin).unwrap_or_else(|e| panic!("{e}"));
        let whole = load(builtin, None).unwrap_or_else(|e| panic!("{e}"));
        assert!(is_header(&header) && !is_header(&whole), "{}", builtin.id);
        assert_eq!(header.principles.len(), 0);
        assert!(header.scales.is_empty(), "{}", builtin.id);
        let facts = |f: &Framework| (f.id.clone(), f.version.clone(), f.hash.clone());
        assert_eq!(facts(&header), facts(&whole));
        assert_eq!(header.languages, whole.languages);
        // The header is Rust data written by `build.rs`: it says all the file's header says.
        assert_eq!(header.title, whole.title, "{}", builtin.id);
        assert_eq!(header.description, whole.description, "{}", builtin.id);
        assert_eq!(header.authors, whole.authors);
        assert_eq!(header.licence, whole.licence);
        assert_eq!(header.sources, whole.sources);
        assert!(header.description.is_some() && !header.sources.is_empty());
        assert_eq!(header.origin, Origin::Embedded);
        assert!(header.read_warnings.is_empty() && header.unread.is_empty());
        for code in &whole.languages {
            assert_eq!(header.title.get(code), whole.title.get(code), "{code}");
            let desc = |f: &Framework| f.description.as_ref().map(|d| d.get(code).to_owned());
            assert_eq!(desc(&header), desc(&whole), "{code}");
            let read = in_language(&header, code).unwrap_or_else(|| panic!("{code}"));
            let direct = load(builtin, Some(code)).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(format!("{read:?}"), format!("{direct:?}"), "{code}");
        }
    }
}

#[test]
fn every_header_is_read_whole_for_the_sessions_and_other_frameworks_are_kept() {
    // (Not `offer`: the tests run where ./frameworks holds copies of the built-in ones.)
    let mut offered: Vec<Framework> = EMBEDDED
        .iter()
        .map(|b| load_header(b).unwrap_or_else(|e| panic!("{e}")))
        .collect();
    assert!(offered.iter().all(is_header));
    let on_disk = load(&EMBEDDED[2], Some("fr")).unwrap_or_else(|e| panic!("{e}"));
    offered.push(on_disk.clone());
    let whole = whole_all(&offered, "es");
    assert_eq!(whole.len(), offered.len());
    assert!(whole.iter().all(|f| !f.principles.is_empty()));
    assert!(
        whole[..3]
            .iter()
            .all(|f| f.only_language.as_deref() == Some("es"))
    );
    assert_eq!(
        format!("{:?}", whole[3]),
        format!("{on_disk:?}"),
        "kept as it was"
    );
}

/// `integra frameworks` lists the built-in frameworks from their headers: every one is
/// there, named as the whole names it, with nothing beyond the header read.
#[test]
fn the_list_reads_builtin_headers_only() {
    let listed: Vec<Framework> = discover_headers()
        .into_iter()
        .filter(|e| e.origin == Origin::Embedded)
        .map(|e| e.result.unwrap_or_else(|e| panic!("{e}")))
        .collect();
    assert_eq!(listed.len(), EMBEDDED.len());
    for (fw, builtin) in listed.iter().zip(EMBEDDED) {
        assert!(is_header(fw), "{}", builtin.id);
        let whole = load(builtin, None).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            (&fw.id, &fw.version, &fw.hash),
            (&whole.id, &whole.version, &whole.hash)
        );
        assert_eq!(fw.title, whole.title);
    }
}
