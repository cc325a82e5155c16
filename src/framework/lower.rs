//! Lowering: the last loading step, which turns a checked [`Draft`] into the [`Framework`]
//! everything past loading uses, its questions, conditions and gates in their checked types
//! ([`Question`], [`Gate`]).
//!
//! Owns [`Draft::lower`] and [`Unlowered`]. Each piece lowers itself (`question.rs`,
//! `condition.rs`, `gate.rs`); this only walks the framework. It must not report problems
//! (that is `validate/`): a piece that does not lower is a bug in integra.

use std::sync::Arc;

use super::gate::Gate;
use super::model::{Draft, Framework, Principle, Scale};
use super::question::Question;

/// A piece the checks should have refused, which lowering cannot take: a bug in integra, not a
/// user's mistake (the loader reports it as `diag-unlowered` or `diag-unlowered-gate`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unlowered {
    /// A question, by id.
    Question(String),
    /// A gate, by id.
    Gate(String),
}

impl Draft {
    /// The loaded framework, its questions, conditions and gates lowered into their checked
    /// types; `Err` names a piece the checks should have refused (call it only on a draft
    /// without errors).
    pub fn lower(self) -> Result<Framework, Unlowered> {
        // One copy of each scale, shared by its rating questions: a framework may have
        // thousands of them.
        let scales: Vec<Arc<Scale>> = self.scales.iter().cloned().map(Arc::new).collect();
        let mut principles = Vec::with_capacity(self.principles.len());
        for p in self.principles {
            let mut questions = Vec::with_capacity(p.questions.len());
            for q in p.questions {
                let id = q.id.clone();
                questions.push(Question::lower(q, &scales).ok_or(Unlowered::Question(id))?);
            }
            principles.push(Principle {
                id: p.id,
                title: p.title,
                weight: p.weight,
                rationale: p.rationale,
                questions,
                minutes: p.minutes,
                loc: p.loc,
            });
        }
        let mut gates = Vec::with_capacity(self.gates.len());
        for g in self.gates {
            let id = g.id.clone();
            gates.push(Gate::lower(g, &self.bands).ok_or(Unlowered::Gate(id))?);
        }
        Ok(Framework {
            id: self.id,
            version: self.version,
            title: self.title,
            description: self.description,
            authors: self.authors,
            licence: self.licence,
            languages: self.languages,
            sources: self.sources,
            scales: self.scales,
            principles,
            gates,
            bands: self.bands,
            coverage: self.coverage,
            workshop: self.workshop,
            loc: self.loc,
            origin: self.origin,
            hash: self.hash,
            unread: self.unread,
            only_language: self.only_language,
            read_warnings: self.read_warnings,
            // The same places: every question is lowered where it was.
            lookup: self.lookup,
        })
    }
}
