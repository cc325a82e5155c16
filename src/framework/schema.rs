//! `integra schema`: the JSON Schema of the framework format.
//!
//! The schema is generated from the model types by schemars, but only in the test build:
//! the program ships the generated text (`schema.json` beside this file, compressed by
//! `build.rs`), which spares the release binary schemars and the code its derives generate
//! (≈ 70 KB). The test below proves the shipped text is what the model generates, so it
//! cannot drift from what the loader accepts; `INTEGRA_WRITE_SCHEMA=1 cargo test --lib
//! framework::schema` rewrites it after a change to the model.
//!
//! Must not: be read by the loader (the schema describes the format, it does not check it).

/// The JSON Schema of the framework format, as `integra schema` prints it.
pub fn json_schema() -> String {
    let packed = crate::embedded::Packed::new(
        "schema.json",
        "",
        include_bytes!(concat!(env!("OUT_DIR"), "/schema.json.deflate")),
    );
    let mut text = packed.text();
    // The file ends in a newline, as a text file should; `integra schema` adds its own.
    text.truncate(text.trim_end().len());
    text
}

#[cfg(test)]
mod tests {
    use crate::framework::{Draft, translate};

    /// The schema from the model types, as `integra schema` printed it when it generated it
    /// at run time.
    fn generated() -> String {
        let schema = schemars::schema_for!(Draft);
        let mut value = serde_json::to_value(&schema).unwrap();
        // `[translations.LANG]` is read beside the model, not into it: describe it here.
        value
            .get_mut("properties")
            .and_then(serde_json::Value::as_object_mut)
            .unwrap()
            .insert("translations".into(), translate::json_schema());
        serde_json::to_string_pretty(&value).unwrap()
    }

    #[test]
    fn the_shipped_schema_is_what_the_model_generates() {
        let generated = generated();
        let file = concat!(env!("CARGO_MANIFEST_DIR"), "/src/framework/schema.json");
        if std::env::var_os("INTEGRA_WRITE_SCHEMA").is_some() {
            std::fs::write(file, format!("{generated}\n")).unwrap();
        }
        assert!(
            super::json_schema() == generated,
            "src/framework/schema.json is not what the model generates: after changing the \
             model, run INTEGRA_WRITE_SCHEMA=1 cargo test --lib framework::schema, then build again"
        );
    }

    #[test]
    fn the_shipped_schema_is_the_file_inflated() {
        let file = include_str!("schema.json");
        assert_eq!(format!("{}\n", super::json_schema()), file);
    }
}
