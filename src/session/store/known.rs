//! The frameworks the start screen's list of saved sessions is matched against: a built-in
//! framework offered as its header only is read whole the first time a session names it,
//! so frameworks no session uses are never read.
//!
//! Must not: read session files or write anything (that is the rest of `store`).

use crate::framework::{Framework, catalog};

/// The frameworks saved sessions are matched against, built-in ones read whole on first use.
pub(super) struct Known<'a> {
    pub offered: &'a [Framework],
    pub lang: Option<&'a str>,
    pub whole: Vec<Framework>,
}

impl Known<'_> {
    /// The framework `id` to count a session's progress with: read whole for `lang` on first
    /// use when it is a built-in header (and `lang` is given); `None` when none is offered.
    pub fn get(&mut self, id: &str) -> Option<&Framework> {
        let offered = self.offered.iter().find(|f| f.id == id)?;
        let Some(lang) = self.lang.filter(|_| catalog::is_header(offered)) else {
            return Some(offered);
        };
        if let Some(i) = self.whole.iter().position(|f| f.id == id) {
            return self.whole.get(i);
        }
        match catalog::in_language(offered, lang) {
            Some(whole) => {
                self.whole.push(whole);
                self.whole.last()
            }
            None => Some(offered),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_built_in_framework_is_read_whole_only_when_a_session_names_it() {
        let headers: Vec<Framework> = catalog::discover_headers()
            .into_iter()
            .filter_map(|e| e.result.ok())
            .filter(catalog::is_header)
            .collect();
        assert!(
            headers.len() >= 2,
            "the built-in frameworks are offered as headers"
        );
        let id = headers[1].id.clone();
        let mut known = Known {
            offered: &headers,
            lang: Some("fr"),
            whole: Vec::new(),
        };
        let fw = known.get(&id).unwrap();
        assert!(
            !catalog::is_header(fw) && !fw.principles.is_empty(),
            "read whole"
        );
        known.get(&id).unwrap();
        assert_eq!(
            known.whole.len(),
            1,
            "read once, and no other framework read"
        );
        let mut as_given = Known {
            lang: None,
            ..known
        };
        assert!(catalog::is_header(as_given.get(&id).unwrap()));
        assert!(as_given.get("no-such-framework").is_none());
    }
}
