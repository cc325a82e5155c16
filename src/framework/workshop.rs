//! The framework's `[workshop]` table: the roles participants can have and the gap past
//! which a room's votes on a question count as divergent.
//!
//! Both are optional. Without roles a framework gets integra's own list (staff, peer /
//! community, clinician, manager, partner, other), whose labels come from the message
//! catalogues in every language integra speaks; a framework's own role labels are framework
//! text, translated like the rest (`role.ID.label`).
//!
//! Owns the table's types and defaults. Must not hold participants or votes (a session's) nor
//! measure divergence (that is `session/workshop`).

use serde::{Deserialize, Serialize};

use super::model::{Framework, Loc};
use super::text::Text;

/// The gap used when a framework sets none: half the scale.
pub const DEFAULT_DIVERGENCE_GAP: f64 = 0.5;

/// The roles a framework gets when it names none: (id, catalogue key of the label).
pub const DEFAULT_ROLES: [(&str, &str); 6] = [
    ("staff", "role-staff"),
    ("peer", "role-peer"),
    ("clinician", "role-clinician"),
    ("manager", "role-manager"),
    ("partner", "role-partner"),
    ("other", "role-other"),
];

/// `[workshop]`: settings for facilitated sessions where several people vote.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct WorkshopPolicy {
    /// The roles participants can have, in the order they are offered (default: staff,
    /// peer / community, clinician, manager, partner, other).
    #[serde(default)]
    pub roles: Vec<Role>,
    /// When votes on a question count as divergent: when they span more than this fraction
    /// (above 0, at most 1) of the question's answer range. Default 0.5, half the scale.
    /// The range is, for a rating, the distance from its scale's lowest level value to its
    /// highest; for yes/partly/no, choices and checklists, the 0–1 score; for a number,
    /// `min`..`max`. On a 0–4 scale with 0.5, votes 1 and 4 diverge; 1 and 3 do not.
    #[serde(default)]
    pub divergence_gap: Option<f64>,
    #[serde(skip)]
    pub loc: Loc,
}

/// A role a participant can have in a workshop.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// Stable identifier, recorded in session files (e.g. `peer`).
    pub id: String,
    pub label: Text,
    #[serde(skip)]
    pub loc: Loc,
}

impl Framework {
    /// The roles participants can have: the framework's own, else integra's default list.
    pub fn roles(&self) -> &[Role] {
        match &self.workshop {
            Some(w) if !w.roles.is_empty() => &w.roles,
            _ => default_roles(),
        }
    }

    /// The role with this id, if the framework offers it.
    pub fn role(&self, id: &str) -> Option<&Role> {
        self.roles().iter().find(|r| r.id == id)
    }

    /// The fraction of a question's answer range that votes must span to diverge.
    pub fn divergence_gap(&self) -> f64 {
        self.workshop
            .as_ref()
            .and_then(|w| w.divergence_gap)
            .unwrap_or(DEFAULT_DIVERGENCE_GAP)
    }

    /// The time budget of the principle `id`, in minutes, when the framework sets one.
    pub fn minutes(&self, principle: &str) -> Option<u32> {
        self.principles
            .iter()
            .find(|p| p.id == principle)
            .and_then(|p| p.minutes)
    }
}

/// integra's default roles, labelled in every language of the catalogues: made once, as a
/// report asks for a role's label for every vote.
pub fn default_roles() -> &'static [Role] {
    static ROLES: std::sync::OnceLock<Vec<Role>> = std::sync::OnceLock::new();
    ROLES.get_or_init(labelled_default_roles)
}

fn labelled_default_roles() -> Vec<Role> {
    DEFAULT_ROLES
        .iter()
        .map(|(id, key)| {
            let mut label = Text::english(crate::i18n::tr(crate::i18n::Lang::En, key));
            for lang in crate::i18n::Lang::ALL {
                label.insert(lang.as_str(), crate::i18n::tr(lang, key));
            }
            Role {
                id: (*id).to_owned(),
                label,
                loc: Loc::default(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::framework::{Origin, from_str};

    const FW: &str = include_str!("../../tests/fixtures/valid/minimal.toml");

    #[test]
    fn without_a_workshop_table_the_default_roles_and_half_the_scale_apply() {
        let fw = from_str("m.toml", FW, Origin::Embedded).unwrap();
        let ids: Vec<&str> = fw.roles().iter().map(|r| r.id.as_str()).collect();
        assert_eq!(
            ids,
            ["staff", "peer", "clinician", "manager", "partner", "other"]
        );
        assert!((fw.divergence_gap() - 0.5).abs() < f64::EPSILON);
        let peer = fw.role("peer").unwrap();
        assert_eq!(peer.label.get("en"), "Peer / community");
        assert_ne!(peer.label.get("fr"), peer.label.get("en"));
        assert!(fw.role("nobody").is_none());
    }

    #[test]
    fn a_framework_names_its_own_roles_gap_and_minutes() {
        let text = FW.replacen(
            "[[principles]]",
            "[workshop]\ndivergence_gap = 0.25\nroles = [{ id = \"nurse\", label = { en = \"Nurse\", fr = \"Infirmière\" } }]\n\n[[principles]]\nminutes = 20",
            1,
        );
        let fw = from_str("m.toml", &text, Origin::Embedded).unwrap();
        let roles = fw.roles();
        assert_eq!(roles.len(), 1);
        assert_eq!(roles[0].label.get("fr"), "Infirmière");
        assert!((fw.divergence_gap() - 0.25).abs() < f64::EPSILON);
        let first = &fw.principles[0].id;
        assert_eq!(fw.minutes(first), Some(20));
    }

    #[test]
    fn role_labels_translate_like_other_framework_text() {
        let text = format!(
            "{}\n[translations.es]\n\"role.nurse.label\" = \"Enfermera\"\n",
            FW.replacen(
                "[[principles]]",
                "[workshop]\nroles = [{ id = \"nurse\", label = \"Nurse\" }]\n\n[[principles]]",
                1,
            )
        );
        let fw = from_str("m.toml", &text, Origin::Embedded).unwrap();
        assert_eq!(fw.role("nurse").unwrap().label.get("es"), "Enfermera");
    }
}
