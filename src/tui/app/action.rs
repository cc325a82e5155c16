//! The state of the form for an action's owner and due date (`t` on the results); its keys
//! are `update/actions.rs`'s and its drawing `view/actions.rs`'s.

use super::super::input::TextInput;

/// The form for an action's owner and due date.
#[derive(Debug, Clone)]
pub struct ActionForm {
    /// The question the action is on (actions are per question).
    pub question: String,
    pub owner: TextInput,
    pub due: TextInput,
    /// The field with the cursor: 0 the owner, 1 the due date.
    pub field: usize,
    /// Why the due date was refused.
    pub error: Option<String>,
}
