//! The zip container the Word and Excel reports share: named XML parts, deflated, in order.
//!
//! Must not: know what the parts hold (the docx and xlsx writers build them) or write files.

use std::io::{Cursor, Write as _};

use zip::result::ZipResult;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

/// The bytes of a zip holding `parts` (name, XML text), each deflated, in the order given.
pub fn zipped<N: AsRef<str>>(parts: impl IntoIterator<Item = (N, String)>) -> ZipResult<Vec<u8>> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    for (name, xml) in parts {
        zip.start_file(name.as_ref(), options)?;
        zip.write_all(xml.as_bytes())?;
    }
    Ok(zip.finish()?.into_inner())
}
