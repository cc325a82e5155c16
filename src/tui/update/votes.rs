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
use crate::tui::app::{Open, Status, Step, VoteMode};
use crate::tui::choices::{Choice, choose, numbered};
use crate::tui::effect::Effect;
use crate::tui::input::TextInput;
use crate::tui::msg::Msg;
use crate::tui::votes::{Entry, answer_label, entry, parse_range, suggestion, vote_of, voters};

/// `v`: vote entry on or off. It stays on from question to question.
pub fn toggle(o: &mut Open<'_>) -> Vec<Effect> {
    o.ui.votes.on = !o.ui.votes.on;
    enter_question(o);
    let key = if o.ui.votes.on {
        "ui-status-votes-on"
    } else {
        "ui-status-votes-off"
    };
    say(o, key, false);
    Vec::new()
}

/// `c`: goes round whose votes the keys record — participants, role groups, anonymous
/// counts (participants are left out of the round when there are none). Turns vote entry
/// on when it was off.
pub fn tally(o: &mut Open<'_>) -> Vec<Effect> {
    let people = o.doc.session.participants().len();
    let next = match o.ui.votes.mode {
        _ if !o.ui.votes.on => VoteMode::Counts,
        VoteMode::People if people > 0 => VoteMode::Roles,
        VoteMode::Roles => VoteMode::Counts,
        VoteMode::People | VoteMode::Counts if people > 0 => VoteMode::People,
        VoteMode::People | VoteMode::Counts => VoteMode::Roles,
    };
    o.ui.votes.on = true;
    o.ui.votes.mode = next;
    enter_question(o);
    let key = match next {
        VoteMode::People => "ui-status-votes-named",
        VoteMode::Roles => "ui-status-votes-roles",
        VoteMode::Counts => "ui-status-votes-counts",
    };
    say(o, key, false);
    Vec::new()
}

/// How votes are taken on the question showing, and who votes in turn.
fn turn(o: &Open<'_>) -> Option<(Question, Entry, Vec<Voter>)> {
    let doc = &*o.doc;
    let q = doc.fw.question(&o.ui.question.id)?.clone();
    let how = entry(&q, o.ui.votes.mode, doc.session.participants().len());
    let list = voters(&doc.fw, &doc.session, how);
    Some((q, how, list))
}

/// A question is shown: the first voter without a vote on it is next (so entry resumes
/// where it stopped), and nothing is there to take back yet.
pub fn enter_question(o: &mut Open<'_>) {
    let next = turn(o).map_or(0, |(q, _, list)| {
        let votes = o.doc.session.votes(&q.id);
        list.iter()
            .position(|v| votes.is_none_or(|votes| vote_of(votes, v).is_none()))
            .unwrap_or(list.len())
    });
    o.ui.votes.voter = next;
    o.ui.votes.log.clear();
    o.ui.votes.range = TextInput::default();
}

/// Keys while vote entry is on; `None` for what the question screen does as usual (moving
/// between questions, notes, and the consensus keys once every voter has voted).
pub fn update(o: &mut Open<'_>, msg: &Msg, rows: &[Choice]) -> Option<Vec<Effect>> {
    if !o.ui.votes.on {
        return None;
    }
    let (_, how, list) = turn(o)?;
    let count_of = list.len();
    let consensus_turn = how.in_turn() && o.ui.votes.voter >= count_of;
    let row = match msg {
        &Msg::Digit(n) => Some(digit_row(n)).filter(|r| *r < numbered(rows)),
        Msg::DontKnow => rows.iter().position(|c| *c == Choice::DontKnow),
        Msg::NotApplicable => rows.iter().position(|c| *c == Choice::NotApplicable),
        // A click on an answer, or Space on the one under the cursor, is a vote like its key.
        &Msg::Click { column, row } => clicked(o, column, row).filter(|r| *r < rows.len()),
        Msg::Space if how == Entry::Counts => Some(o.ui.question.cursor),
        _ => None,
    };
    match (how, msg) {
        (Entry::Range, &Msg::Char(c)) => {
            o.ui.votes.range.insert(c);
            Some(Vec::new())
        }
        (Entry::Range, Msg::Backspace) if !o.ui.votes.range.as_str().is_empty() => {
            o.ui.votes.range.backspace();
            Some(Vec::new())
        }
        (Entry::Range, Msg::Enter) if !o.ui.votes.range.as_str().is_empty() => Some(keep_range(o)),
        (Entry::None, _) => None,
        (_, Msg::Backspace) => Some(take_back(o, &list)),
        (Entry::Named | Entry::Roles, Msg::Up) => {
            o.ui.votes.voter = o.ui.votes.voter.saturating_sub(1);
            Some(Vec::new())
        }
        (Entry::Named | Entry::Roles, Msg::Down) => {
            o.ui.votes.voter = (o.ui.votes.voter + 1).min(count_of);
            Some(Vec::new())
        }
        (Entry::Named | Entry::Roles, Msg::Space) if !consensus_turn => {
            let voter = o.ui.votes.voter;
            o.ui.votes.log.push(Step::Skip { voter });
            o.ui.votes.voter += 1;
            Some(Vec::new())
        }
        (Entry::Named | Entry::Roles | Entry::Counts, Msg::Enter) => {
            Some(consensus(o, how, count_of))
        }
        // Once everyone has voted, the keys set the consensus as on any question.
        (_, Msg::Digit(_) | Msg::DontKnow | Msg::NotApplicable | Msg::Click { .. })
            if consensus_turn =>
        {
            None
        }
        (Entry::Named | Entry::Roles, _) => {
            let who = list.get(o.ui.votes.voter)?.clone();
            row.map(|row| Some(vote(o, &who, &rows[row])))?
        }
        (Entry::Counts, _) => row.map(|row| Some(count(o, &rows[row])))?,
        _ => None,
    }
}

/// The answer row drawn at a clicked cell, as the view last recorded it.
fn clicked(o: &Open<'_>, column: u16, row: u16) -> Option<usize> {
    o.ui.cache.hits.borrow().iter().find_map(|(r, i)| {
        (r.x <= column && column < r.right() && r.y <= row && row < r.bottom()).then_some(*i)
    })
}

/// Records `who`'s vote (the voter in turn) and moves to the next one.
fn vote(o: &mut Open<'_>, who: &Voter, choice: &Choice) -> Vec<Effect> {
    let voter = o.ui.votes.voter;
    let id = o.ui.question.id.clone();
    let doc = &mut *o.doc;
    let Some(response) = doc.fw.question(&id).and_then(|q| choose(q, choice, None)) else {
        return Vec::new();
    };
    let before = doc
        .session
        .votes(&id)
        .and_then(|v| vote_of(v, who))
        .cloned();
    doc.session.add_vote(&id, who, response);
    o.ui.votes.log.push(Step::Vote { voter, before });
    o.ui.votes.voter += 1;
    vec![Effect::Save]
}

/// Adds one to the count of the answer (or, on a checklist, of the option).
fn count(o: &mut Open<'_>, choice: &Choice) -> Vec<Effect> {
    let id = o.ui.question.id.clone();
    let doc = &mut *o.doc;
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
    o.ui.votes.log.push(Step::Count { key });
    vec![Effect::Save]
}

/// Keeps the typed range of a number question.
fn keep_range(o: &mut Open<'_>) -> Vec<Effect> {
    let typed = o.ui.votes.range.as_str().to_owned();
    let Some(range) = parse_range(&typed) else {
        let text = o.tr_args("ui-status-range-invalid", &[("typed", typed.into())]);
        o.ui.status = Some(Status { text, error: true });
        return Vec::new();
    };
    let id = o.ui.question.id.clone();
    let doc = &mut *o.doc;
    let before = doc.session.votes(&id).and_then(|v| v.range);
    doc.session.set_range(&id, Some(range));
    o.ui.votes.log.push(Step::Range { before });
    o.ui.votes.range = TextInput::default();
    vec![Effect::Save]
}

/// Backspace: takes back the last vote, pass, count or range recorded on this question.
fn take_back(o: &mut Open<'_>, in_turn: &[Voter]) -> Vec<Effect> {
    let Some(last) = o.ui.votes.log.pop() else {
        say(o, "ui-status-votes-nothing", false);
        return Vec::new();
    };
    let id = o.ui.question.id.clone();
    let doc = &mut *o.doc;
    match last {
        Step::Skip { voter } => {
            o.ui.votes.voter = voter;
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
            o.ui.votes.voter = voter;
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
fn consensus(o: &mut Open<'_>, how: Entry, in_turn: usize) -> Vec<Effect> {
    if how.in_turn() && o.ui.votes.voter < in_turn {
        o.ui.votes.voter = in_turn;
        return Vec::new();
    }
    let id = o.ui.question.id.clone();
    let doc = &*o.doc;
    let Some(q) = doc.fw.question(&id) else {
        return Vec::new();
    };
    if doc.session.answers().get(&id).is_some() {
        return step(o, true);
    }
    let Some(votes) = doc.session.votes(&id) else {
        say(o, "ui-status-votes-none", false);
        return Vec::new();
    };
    if divergent(&doc.fw, q, votes) {
        let key = if how.in_turn() {
            "ui-status-votes-diverge"
        } else {
            "ui-status-votes-diverge-counts"
        };
        say(o, key, true);
        return Vec::new();
    }
    let Some(answer) = suggestion(q, votes, doc.session.participants()) else {
        say(o, "ui-status-votes-tie", true);
        return Vec::new();
    };
    let words = answer_label(&doc.fw, q, &answer, doc.lang(), o.lang());
    accept(o, &id, answer);
    let mut fx = vec![Effect::Save];
    fx.extend(step(o, true));
    // Said after moving on, so it shows on the next question.
    let text = o.tr_args("ui-status-consensus", &[("answer", words.into())]);
    o.ui.status = Some(Status { text, error: false });
    fx
}

fn accept(o: &mut Open<'_>, id: &str, answer: Response) {
    o.doc.session.answers_mut().set(id.to_owned(), answer);
}

fn say(o: &mut Open<'_>, key: &str, error: bool) {
    o.ui.status = Some(Status {
        text: o.tr(key),
        error,
    });
}
