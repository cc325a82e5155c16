//! Writing an answer sheet as TOML, in the same form [`super::parse_sheet`] reads.
//!
//! Owns the sheet's TOML text. Must not touch the disk (the session writes it atomically) nor
//! check answers against a framework (that is `load.rs`).

use toml::{Table, Value};

use super::{AnswerSheet, DONT_KNOW, NOT_APPLICABLE, Response};

/// The TOML text of a sheet: header keys, `[meta]`, `[answers]`, `[notes]`.
pub fn to_toml(sheet: &AnswerSheet) -> String {
    let mut root = Table::new();
    root.insert("framework".into(), sheet.framework.clone().into());
    for (key, value) in [
        ("version", &sheet.version),
        ("hash", &sheet.hash),
        ("language", &sheet.language),
    ] {
        if let Some(v) = value {
            root.insert(key.into(), v.clone().into());
        }
    }
    if let Ok(Value::Table(meta)) = Value::try_from(&sheet.meta)
        && !meta.is_empty()
    {
        root.insert("meta".into(), Value::Table(meta));
    }
    let answers: Table = sheet
        .answers
        .responses()
        .map(|(id, r)| (id.to_owned(), value_of(r)))
        .collect();
    root.insert("answers".into(), Value::Table(answers));
    let notes: Table = sheet
        .answers
        .notes()
        .map(|(id, n)| (id.to_owned(), Value::String(n.to_owned())))
        .collect();
    if !notes.is_empty() {
        root.insert("notes".into(), Value::Table(notes));
    }
    toml::to_string(&root).unwrap_or_default()
}

/// How a response is written in an answers file.
pub fn value_of(r: &Response) -> Value {
    match r {
        Response::Level(v) => Value::Integer(*v),
        Response::YesNo(yn) => Value::String(yn.name().into()),
        Response::Choice(s) | Response::Text(s) => Value::String(s.clone()),
        Response::Checklist(items) => {
            Value::Array(items.iter().map(|s| Value::String(s.clone())).collect())
        }
        Response::Number(n) => Value::Float(*n),
        Response::NotApplicable => Value::String(NOT_APPLICABLE.into()),
        Response::DontKnow => Value::String(DONT_KNOW.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{Meta, YesNo, parse_sheet};
    use crate::framework::{Origin, from_str};

    #[test]
    fn a_written_sheet_reads_back_identical() {
        let text = include_str!("../../tests/fixtures/valid/minimal.toml");
        let fw = from_str("minimal.toml", text, Origin::Embedded).unwrap();
        let mut sheet = AnswerSheet {
            framework: "minimal".into(),
            version: Some("1.0.0".into()),
            hash: Some(fw.hash.clone()),
            language: Some("fr".into()),
            meta: Meta {
                programme: Some("Programme \"Nova\"\nline two".into()),
                ..Meta::default()
            },
            ..AnswerSheet::default()
        };
        sheet.answers.set("legal", Response::Choice("legal".into()));
        sheet.answers.set("referral", Response::NotApplicable);
        sheet
            .answers
            .set("abortion", Response::YesNo(YesNo::Partial));
        sheet
            .answers
            .set("package", Response::Checklist(vec!["nsp".into()]));
        sheet.answers.set("staff", Response::Number(3.0));
        sheet.answers.set_note(
            "referral",
            "Multi-line\nnote with \"quotes\" and ] brackets",
        );
        let written = to_toml(&sheet);
        let read = parse_sheet("s.toml", &written)
            .unwrap()
            .against(&fw)
            .unwrap();
        assert_eq!(read, sheet, "{written}");
    }
}
