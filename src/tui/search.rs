//! Finding questions by keyword for the wizard's search line: every visible question whose
//! id, text or principle title (in the session's language) holds every typed word, ignoring
//! case and accents ("reduccion" finds "reducción", "ЕЛКА" finds "ёлка").
//!
//! Must not: change the state or draw; it is a pure function over the open assessment.

use super::app::Doc;

/// The visible questions matching `query`, in framework order (none for a blank query).
pub fn find(doc: &Doc, query: &str) -> Vec<String> {
    let words: Vec<String> = query.split_whitespace().map(fold).collect();
    if words.is_empty() {
        return Vec::new();
    }
    let lang = doc.lang();
    let visible = doc.shown();
    let mut found = Vec::new();
    for p in &doc.fw.principles {
        // A typed word holds no space, so it is found in the id, the text or the principle's
        // title, never across two of them: each is folded once (the title once for all its
        // questions), at every letter typed.
        let title = fold(p.title.get(lang));
        for q in p
            .questions
            .iter()
            .filter(|q| visible.contains(q.id.as_str()))
        {
            let (id, text) = (fold(&q.id), fold(q.text.get(lang)));
            let holds = |w: &String| id.contains(w) || text.contains(w) || title.contains(w);
            if words.iter().all(holds) {
                found.push(q.id.clone());
            }
        }
    }
    found
}

/// `text` in lower case with accents taken off the letters that carry them in the
/// framework languages (Latin scripts, and Russian ё and й), so a facilitator typing on a
/// keyboard without them still finds the question.
pub fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
            'ç' | 'ć' | 'č' => 'c',
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' => 'i',
            'ñ' | 'ń' | 'ň' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => 'o',
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' => 'u',
            'ý' | 'ÿ' => 'y',
            'ś' | 'š' => 's',
            'ź' | 'ż' | 'ž' => 'z',
            'ё' => 'е',
            'й' => 'и',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn folding_takes_off_case_and_accents() {
        assert_eq!(fold("Réduction des RISQUES"), "reduction des risques");
        assert_eq!(fold("Reducción Ñ"), "reduccion n");
        assert_eq!(fold("Ёлка Йод"), "елка иод");
        assert_ne!(fold("referral"), fold("referal"));
    }
}
