//! Compresses the text embedded in the binary (the shipped frameworks and integra's own
//! catalogues) with raw DEFLATE, so the binary carries ~0.2 MB instead of ~0.7 MB of text,
//! and records each file's SHA-256 (`sha256:HEX`, as `framework::content_hash` writes it) so
//! start-up need not hash the default framework. `src/embedded.rs` inflates each piece on
//! first use.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

use sha2::{Digest, Sha256};

/// Folders whose files are embedded, and the extension taken from each.
const EMBEDDED: [(&str, &str); 2] = [("frameworks", "toml"), ("i18n", "ftl")];

fn main() {
    let out = env::var_os("OUT_DIR").map(std::path::PathBuf::from);
    let Some(out) = out else {
        panic!("cargo sets OUT_DIR for build scripts");
    };
    for (dir, ext) in EMBEDDED {
        println!("cargo::rerun-if-changed={dir}");
        let entries = fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read '{dir}': {e}"));
        for entry in entries {
            let path = entry
                .unwrap_or_else(|e| panic!("cannot list '{dir}': {e}"))
                .path();
            if path.extension().is_some_and(|e| e == ext) {
                compress(&path, &out);
            }
        }
    }
}

fn compress(path: &Path, out: &Path) {
    println!("cargo::rerun-if-changed={}", path.display());
    let text = fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let packed = miniz_oxide::deflate::compress_to_vec(&text, 10);
    let Some(name) = path.file_name() else {
        return;
    };
    let write = |suffix: &str, bytes: &[u8]| {
        let mut target = out.join(name);
        target.as_mut_os_string().push(suffix);
        fs::write(&target, bytes)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", target.display()));
    };
    write(".deflate", &packed);
    let mut hash = String::from("sha256:");
    for b in Sha256::digest(&text) {
        let _ = write!(hash, "{b:02x}");
    }
    write(".sha256", hash.as_bytes());
}
