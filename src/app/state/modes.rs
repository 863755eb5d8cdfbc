//! The state's modes beyond the mentor's editing: the mentee's reply mode (issue 19), and what
//! may run in each.

use super::{Popup, State, ViewInfo};

impl State {
    /// The state of the mentee's reply mode: their plan, read-only, with the keys that write to
    /// the reply file.
    pub fn replying(self, info: ViewInfo, reply: crate::app::reply::ReplyMode) -> State {
        State {
            reply: Some(Box::new(reply)),
            read_only: Some(crate::t!("rmode-read-only")),
            ..self.viewing(info)
        }
    }

    /// False when `action` may not run here: an edit while nothing may be changed. In reply
    /// mode the forms of the reply are the exception: they write the reply file, never the
    /// workspace shown.
    pub fn allows(&self, action: &crate::app::Action) -> bool {
        use crate::app::Action;
        // The Inbox is the mentor's: a view of a plan has none.
        if self.view.is_some()
            && matches!(
                action,
                Action::Reply(crate::app::action::ReplyAction::OpenInbox)
            )
        {
            return false;
        }
        if self.read_only.is_none() || !action.is_edit() {
            return true;
        }
        let reply_form = matches!(&self.popup, Some(Popup::Form(f)) if f.target.is_reply());
        self.reply.is_some()
            && reply_form
            && matches!(
                action,
                Action::FormSubmit
                    | Action::EditorDone {
                        target: crate::app::action::EditorTarget::FormField(_),
                        ..
                    }
            )
    }
}
