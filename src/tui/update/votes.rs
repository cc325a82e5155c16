//! Vote entry on the question screen (workshop mode, `v`): each participant's answer with
//! one key in turn (the current voter highlighted; Space passes over someone; Backspace takes
//! the last vote back), or anonymous counts (`c`: each key adds one to that answer), or a
//! number question's range. After the last voter the keys answer for the room: a digit
//! sets the consensus (the session's answer, the only thing that scores), and Enter
//! accepts the suggested one — the median or most common vote — when the votes do not
//! diverge, then goes on to the next question, vote entry still on.
//!
//! Must not: do I/O or draw.

use super::question::{digit_row, step};
use crate::answers::Response;
use crate::framework::{Question, QuestionKind};
use crate::session::workshop::analysis::divergent;
use crate::session::workshop::{Voter, count_key};
use crate::tui::app::{State, Status, Step, VoteMode};
use crate::tui::choices::{Choice, choose, numbered};
use crate::tui::effect::Effect;
use crate::tui::input::TextInput;
use crate::tui::msg::Msg;
use crate::tui::votes::{Entry, answer_label, entry, parse_range, suggestion, vote_of, voters};

/// `v`: vote entry on or off. It stays on from question to question.
pub fn toggle(state: &mut State) -> Vec<Effect> {
    state.ui.votes.on = !state.ui.votes.on;
    enter_question(state);
    let key = if state.ui.votes.on {
        "ui-status-votes-on"
    } else {
        "ui-status-votes-off"
    };
    say(state, key, false);
    Vec::new()
}

/// `c`: goes round whose votes the keys record — participants, role groups, anonymous
/// counts (participants are left out of the round when there are none). Turns vote entry
/// on when it was off.
pub fn tally(state: &mut State) -> Vec<Effect> {
    let people = state.doc().map_or(0, |d| d.session.participants().len());
    let next = match state.ui.votes.mode {
        _ if !state.ui.votes.on => VoteMode::Counts,
        VoteMode::People if people > 0 => VoteMode::Roles,
        VoteMode::Roles => VoteMode::Counts,
        VoteMode::People | VoteMode::Counts if people > 0 => VoteMode::People,
        VoteMode::People | VoteMode::Counts => VoteMode::Roles,
    };
    state.ui.votes.on = true;
    state.ui.votes.mode = next;
    enter_question(state);
    let key = match next {
        VoteMode::People => "ui-status-votes-named",
        VoteMode::Roles => "ui-status-votes-roles",
        VoteMode::Counts => "ui-status-votes-counts",
    };
    say(state, key, false);
    Vec::new()
}

/// How votes are taken on the question showing, and who votes in turn.
fn turn(state: &State) -> Option<(Question, Entry, Vec<Voter>)> {
    let doc = state.doc()?;
    let q = doc.fw.question(&state.ui.question.id)?.clone();
    let how = entry(&q, state.ui.votes.mode, doc.session.participants().len());
    let list = voters(&doc.fw, &doc.session, how);
    Some((q, how, list))
}

/// A question is shown: the first voter without a vote on it is next (so entry resumes
/// where it stopped), and nothing is there to take back yet.
pub fn enter_question(state: &mut State) {
    let next = turn(state).map_or(0, |(q, _, list)| {
        let votes = state.doc().and_then(|d| d.session.votes(&q.id));
        list.iter()
            .position(|v| votes.is_none_or(|votes| vote_of(votes, v).is_none()))
            .unwrap_or(list.len())
    });
    state.ui.votes.voter = next;
    state.ui.votes.log.clear();
    state.ui.votes.range = TextInput::default();
}

/// Keys while vote entry is on; `None` for what the question screen does as usual (moving
/// between questions, notes, and the consensus keys once every voter has voted).
pub fn update(state: &mut State, msg: &Msg, rows: &[Choice]) -> Option<Vec<Effect>> {
    if !state.ui.votes.on {
        return None;
    }
    let (_, how, list) = turn(state)?;
    let count_of = list.len();
    let consensus_turn = how.in_turn() && state.ui.votes.voter >= count_of;
    let row = match msg {
        &Msg::Digit(n) => Some(digit_row(n)).filter(|r| *r < numbered(rows)),
        Msg::DontKnow => rows.iter().position(|c| *c == Choice::DontKnow),
        Msg::NotApplicable => rows.iter().position(|c| *c == Choice::NotApplicable),
        // A click on an answer, or Space on the one under the cursor, is a vote like its key.
        &Msg::Click { column, row } => clicked(state, column, row).filter(|r| *r < rows.len()),
        Msg::Space if how == Entry::Counts => Some(state.ui.question.cursor),
        _ => None,
    };
    match (how, msg) {
        (Entry::Range, &Msg::Char(c)) => {
            state.ui.votes.range.insert(c);
            Some(Vec::new())
        }
        (Entry::Range, Msg::Backspace) if !state.ui.votes.range.as_str().is_empty() => {
            state.ui.votes.range.backspace();
            Some(Vec::new())
        }
        (Entry::Range, Msg::Enter) if !state.ui.votes.range.as_str().is_empty() => {
            Some(keep_range(state))
        }
        (Entry::None, _) => None,
        (_, Msg::Backspace) => Some(take_back(state, &list)),
        (Entry::Named | Entry::Roles, Msg::Up) => {
            state.ui.votes.voter = state.ui.votes.voter.saturating_sub(1);
            Some(Vec::new())
        }
        (Entry::Named | Entry::Roles, Msg::Down) => {
            state.ui.votes.voter = (state.ui.votes.voter + 1).min(count_of);
            Some(Vec::new())
        }
        (Entry::Named | Entry::Roles, Msg::Space) if !consensus_turn => {
            let voter = state.ui.votes.voter;
            state.ui.votes.log.push(Step::Skip { voter });
            state.ui.votes.voter += 1;
            Some(Vec::new())
        }
        (Entry::Named | Entry::Roles | Entry::Counts, Msg::Enter) => {
            Some(consensus(state, how, count_of))
        }
        // Once everyone has voted, the keys set the consensus as on any question.
        (_, Msg::Digit(_) | Msg::DontKnow | Msg::NotApplicable | Msg::Click { .. })
            if consensus_turn =>
        {
            None
        }
        (Entry::Named | Entry::Roles, _) => {
            let who = list.get(state.ui.votes.voter)?.clone();
            row.map(|row| Some(vote(state, &who, &rows[row])))?
        }
        (Entry::Counts, _) => row.map(|row| Some(count(state, &rows[row])))?,
        _ => None,
    }
}

/// The answer row drawn at a clicked cell, as the view last recorded it.
fn clicked(state: &State, column: u16, row: u16) -> Option<usize> {
    state.ui.cache.hits.borrow().iter().find_map(|(r, i)| {
        (r.x <= column && column < r.right() && r.y <= row && row < r.bottom()).then_some(*i)
    })
}

/// Records `who`'s vote (the voter in turn) and moves to the next one.
fn vote(state: &mut State, who: &Voter, choice: &Choice) -> Vec<Effect> {
    let voter = state.ui.votes.voter;
    let id = state.ui.question.id.clone();
    let Some(doc) = state.phase.doc_mut() else {
        return Vec::new();
    };
    let Some(response) = doc.fw.question(&id).and_then(|q| choose(q, choice, None)) else {
        return Vec::new();
    };
    let before = doc
        .session
        .votes(&id)
        .and_then(|v| vote_of(v, who))
        .cloned();
    doc.session.add_vote(&id, who, response);
    state.ui.votes.log.push(Step::Vote { voter, before });
    state.ui.votes.voter += 1;
    vec![Effect::Save]
}

/// Adds one to the count of the answer (or, on a checklist, of the option).
fn count(state: &mut State, choice: &Choice) -> Vec<Effect> {
    let id = state.ui.question.id.clone();
    let Some(doc) = state.phase.doc_mut() else {
        return Vec::new();
    };
    let Some(q) = doc.fw.question(&id) else {
        return Vec::new();
    };
    let key = match (q.kind.tag(), choice) {
        (QuestionKind::Checklist, Choice::Option(o)) => Some(o.clone()),
        _ => choose(q, choice, None).as_ref().and_then(count_key),
    };
    let Some(key) = key else {
        return Vec::new();
    };
    let now = doc
        .session
        .votes(&id)
        .and_then(|v| v.counts.get(&key))
        .copied()
        .unwrap_or(0);
    doc.session.set_count(&id, &key, now + 1);
    state.ui.votes.log.push(Step::Count { key });
    vec![Effect::Save]
}

/// Keeps the typed range of a number question.
fn keep_range(state: &mut State) -> Vec<Effect> {
    let typed = state.ui.votes.range.as_str().to_owned();
    let Some(range) = parse_range(&typed) else {
        let text = state.tr_args("ui-status-range-invalid", &[("typed", typed.into())]);
        state.ui.status = Some(Status { text, error: true });
        return Vec::new();
    };
    let id = state.ui.question.id.clone();
    let Some(doc) = state.phase.doc_mut() else {
        return Vec::new();
    };
    let before = doc.session.votes(&id).and_then(|v| v.range);
    doc.session.set_range(&id, Some(range));
    state.ui.votes.log.push(Step::Range { before });
    state.ui.votes.range = TextInput::default();
    vec![Effect::Save]
}

/// Backspace: takes back the last vote, pass, count or range recorded on this question.
fn take_back(state: &mut State, in_turn: &[Voter]) -> Vec<Effect> {
    let Some(last) = state.ui.votes.log.pop() else {
        say(state, "ui-status-votes-nothing", false);
        return Vec::new();
    };
    let id = state.ui.question.id.clone();
    let Some(doc) = state.phase.doc_mut() else {
        return Vec::new();
    };
    match last {
        Step::Skip { voter } => {
            state.ui.votes.voter = voter;
            return Vec::new();
        }
        Step::Vote { voter, before } => {
            let Some(who) = in_turn.get(voter) else {
                return Vec::new();
            };
            match before {
                Some(r) => doc.session.add_vote(&id, who, r),
                None => doc.session.remove_vote(&id, who),
            }
            state.ui.votes.voter = voter;
        }
        Step::Count { key } => {
            let now = doc
                .session
                .votes(&id)
                .and_then(|v| v.counts.get(&key))
                .copied()
                .unwrap_or(0);
            doc.session.set_count(&id, &key, now.saturating_sub(1));
        }
        Step::Range { before } => doc.session.set_range(&id, before),
    }
    vec![Effect::Save]
}

/// Enter: before the last voter, the rest pass and the consensus is next. Then: with a
/// consensus set, on to the next question; without one, the suggested consensus is
/// accepted when the votes agree, and the room is asked to discuss when they diverge.
fn consensus(state: &mut State, how: Entry, in_turn: usize) -> Vec<Effect> {
    if how.in_turn() && state.ui.votes.voter < in_turn {
        state.ui.votes.voter = in_turn;
        return Vec::new();
    }
    let id = state.ui.question.id.clone();
    let Some(doc) = state.phase.doc() else {
        return Vec::new();
    };
    let Some(q) = doc.fw.question(&id) else {
        return Vec::new();
    };
    if doc.session.answers().get(&id).is_some() {
        return step(state, true);
    }
    let Some(votes) = doc.session.votes(&id) else {
        say(state, "ui-status-votes-none", false);
        return Vec::new();
    };
    if divergent(&doc.fw, q, votes) {
        let key = if how.in_turn() {
            "ui-status-votes-diverge"
        } else {
            "ui-status-votes-diverge-counts"
        };
        say(state, key, true);
        return Vec::new();
    }
    let Some(answer) = suggestion(q, votes, doc.session.participants()) else {
        say(state, "ui-status-votes-tie", true);
        return Vec::new();
    };
    let words = answer_label(&doc.fw, q, &answer, doc.lang(), state.lang());
    accept(state, &id, answer);
    let mut fx = vec![Effect::Save];
    fx.extend(step(state, true));
    // Said after moving on, so it shows on the next question.
    let text = state.tr_args("ui-status-consensus", &[("answer", words.into())]);
    state.ui.status = Some(Status { text, error: false });
    fx
}

fn accept(state: &mut State, id: &str, answer: Response) {
    if let Some(doc) = state.phase.doc_mut() {
        doc.session.answers_mut().set(id.to_owned(), answer);
    }
}

fn say(state: &mut State, key: &str, error: bool) {
    state.ui.status = Some(Status {
        text: state.tr(key),
        error,
    });
}
