//! Where the mentor's app finds its mentees' replies (issue 19): beside the bundle each mentee's
//! plan was last shared as (`Mentee::shared`, recorded by `mentor share`), the reply file that
//! sharing names. The app looks when it opens and whenever it reads the store again; a reply
//! holding entries the mentee's record knows neither as waiting nor as decided becomes an
//! [`Arrival`], which `update` takes in through the receiving operation (checked whole there).

use crate::app::Action;
use crate::app::action::{Arrival, ReplyAction};
use crate::domain::Workspace;
use crate::domain::reply::Reply;
use std::path::Path;

/// The replies with news, as one action; `None` when there is none.
pub fn look(ws: &Workspace) -> Option<Action> {
    let (mut arrivals, mut unreadable) = (Vec::new(), Vec::new());
    for m in &ws.mentees {
        let Some(shared) = &m.shared else {
            continue;
        };
        let path = crate::store::reply::path_for(Path::new(&shared.path));
        if !path.exists() {
            continue;
        }
        let shown = std::path::absolute(&path)
            .unwrap_or_else(|_| path.clone())
            .display()
            .to_string();
        // A reply that does not read is said (nothing of it is applied).
        let reply: Reply = match crate::store::reply::read(&path) {
            Ok(reply) => reply,
            Err(e) => {
                unreadable.push(format!("{shown}: {e}"));
                continue;
            }
        };
        let known = |id: &str| {
            m.inbox.iter().any(|e| e.id == id) || m.replies.iter().any(|d| d.entry.id == id)
        };
        if reply.entries.iter().any(|e| !known(&e.id)) {
            arrivals.push(Arrival { reply, path: shown });
        }
    }
    let news = !arrivals.is_empty() || !unreadable.is_empty();
    news.then_some(Action::Reply(ReplyAction::Arrived {
        replies: arrivals,
        unreadable,
    }))
}
