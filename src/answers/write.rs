//! Writing an answer sheet as TOML, in the same form [`super::parse_sheet`] reads.

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
    if let Ok(Value::Table(meta)) = Value::try_from(&sheet.meta) {
        if !meta.is_empty() {
            root.insert("meta".into(), Value::Table(meta));
        }
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
