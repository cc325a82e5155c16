//! Answers in words, for people: a level's or option's label rather than the id a file stores.

use crate::answers::Response;
use crate::framework::{Framework, Question};

/// An answer in words: the level's or option's label rather than its id.
pub fn describe(fw: &Framework, q: &Question, r: &Response, lang: &str) -> String {
    let option = |id: &str| {
        q.options
            .iter()
            .find(|o| o.id == id)
            .map_or_else(|| id.to_owned(), |o| o.label.get(lang).to_owned())
    };
    match r {
        Response::Level(v) => fw
            .scale_of(q)
            .and_then(|s| s.levels.iter().find(|l| l.value == *v))
            .map_or_else(|| v.to_string(), |l| l.label.get(lang).to_owned()),
        Response::YesNo(yn) => match yn.name() {
            "partial" => "Partly".to_owned(),
            n => n[..1].to_uppercase() + &n[1..],
        },
        Response::Choice(id) => option(id),
        Response::Checklist(ids) if ids.is_empty() => "None of these".to_owned(),
        Response::Checklist(ids) => ids.iter().map(|i| option(i)).collect::<Vec<_>>().join("; "),
        Response::Number(n) => {
            let unit = q.unit.as_ref().map(|u| format!(" {}", u.get(lang)));
            format!("{n}{}", unit.unwrap_or_default())
        }
        Response::Text(t) => t.clone(),
        Response::NotApplicable => "Not applicable".to_owned(),
        Response::DontKnow => "Don't know".to_owned(),
    }
}
