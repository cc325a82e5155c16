//! The start screen's state: the frameworks and languages offered for a new assessment,
//! and the saved sessions to resume. Owns [`StartState`]; it must not touch the open
//! assessment (that is the phase's) or do I/O.

use crate::framework::Framework;
use crate::i18n;
use crate::session::Summary;

/// A language code's name, for the languages frameworks are published in.
pub fn language_name(code: &str) -> String {
    match code {
        "en" => "English".into(),
        "fr" => "Français".into(),
        "es" => "Español".into(),
        "ru" => "Русский".into(),
        "pt" => "Português".into(),
        other => other.to_owned(),
    }
}

/// The start screen: framework and language for a new assessment, or a session to resume.
#[derive(Debug, Clone, Default)]
pub struct StartState {
    pub frameworks: Vec<Framework>,
    pub framework: usize,
    pub language: usize,
    pub sessions: Vec<Summary>,
    /// Row under the cursor: see [`StartState::ROW_SESSIONS`].
    pub cursor: usize,
}

impl StartState {
    pub const ROW_FRAMEWORK: usize = 0;
    pub const ROW_LANGUAGE: usize = 1;
    pub const ROW_NEW: usize = 2;
    /// Saved sessions start at this row.
    pub const ROW_SESSIONS: usize = 3;

    pub fn rows(&self) -> usize {
        Self::ROW_SESSIONS + self.sessions.len()
    }

    /// The languages on offer: integra's own (its interface speaks them whatever the
    /// framework), then any other the selected framework is written in. The list does not
    /// depend on the framework's own languages, so the choice survives a change of framework.
    pub fn languages(&self) -> Vec<String> {
        let mut out: Vec<String> = i18n::LANGUAGES.iter().map(|l| (*l).to_owned()).collect();
        for l in self.framework_languages() {
            if !out.contains(&l) {
                out.push(l);
            }
        }
        out
    }

    /// The languages the selected framework is written in (English if it declares none).
    pub fn framework_languages(&self) -> Vec<String> {
        self.frameworks
            .get(self.framework)
            .map(|f| f.languages.clone())
            .filter(|l| !l.is_empty())
            .unwrap_or_else(|| vec!["en".to_owned()])
    }

    /// The language chosen (a code).
    pub fn language_code(&self) -> String {
        self.languages()
            .get(self.language)
            .cloned()
            .unwrap_or_else(|| "en".to_owned())
    }

    /// Whether the selected framework lacks the chosen language (its text then shows in
    /// English while integra's own text stays in the chosen language).
    pub fn framework_lacks_language(&self) -> bool {
        !self.framework_languages().contains(&self.language_code())
    }
}
