//! The keymap, as data: which key does what, where, with the help text the footer and the `?`
//! overlay show (as message IDs of the catalogues, in `i18n/`). Nothing else binds keys, so the
//! help cannot drift from the bindings.

use super::action::{
    Action, BriefAction, ClosingAction, PathAction, ReplyAction, SyncAction, Write,
};
use super::state::{ListId, State, Tab};
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Ctx {
    /// Anywhere outside popups.
    Global,
    /// In any list.
    List,
    /// In lists whose items can be marked done (goals, milestones, sessions, actions, network).
    Toggle,
    /// On the Sessions tab: planning a series.
    Sessions,
    /// On the calendar.
    Calendar,
    /// On the calendar, with the keys in the selected day's list of items.
    CalendarDay,
    /// On the Agenda: moving through its items and acting on them.
    Agenda,
    /// Typing a filter.
    Filter,
    /// The global search: typing the query, moving through the results.
    Search,
    Form,
    Confirm,
    Help,
    /// The detail overlay of one record.
    Detail,
    /// Quitting with edits that are not on disk: the choice.
    Unsaved,
    /// Typing a path or the confirming word in the unsaved-edits popup.
    Prompt,
    /// The Path tab's stages: stepping a stage's status, skipping it.
    PathStages,
    /// The Path tab's skill matrix: raising and lowering levels.
    PathSkills,
    /// The template picker (`T`).
    TemplatePick,
    /// The preview of what a template adds, before it is applied.
    TemplatePreview,
    /// The brief overlay (issue 14).
    Brief,
    /// Typing where to write a progress report (issue 14).
    Report,
    /// The list of conflicts a sync left (issue 15).
    Conflicts,
    /// The closing review of a concluded mentee (issue 20).
    Closing,
    /// A mentee's Inbox of replies (issue 19).
    Inbox,
    /// Typing the reason to decline an entry of the Inbox.
    InboxReason,
    /// The mentee's reply mode: writing to the reply file about the selected record.
    Reply,
    /// Reply mode: what the mentee wrote and the mentor's answers.
    ReplyPane,
}

/// A key with its modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

const fn k(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::NONE,
    }
}
const fn code(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}
const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}

/// One line of the keymap.
#[derive(Debug, Clone)]
pub struct Binding {
    pub ctx: Ctx,
    pub keys: &'static [Key],
    pub action: Action,
    /// What the key does: a message ID of the catalogues (`key-add`), shown through
    /// [`crate::i18n::tr`].
    pub help: &'static str,
    /// Shown in the footer (the `?` overlay shows every binding).
    pub footer: bool,
    /// Help shows bindings of one group on one line, under this message ID ("" for none).
    pub group: &'static str,
    /// The footer shows the group as one hint: every key of the group, and the group's text.
    pub footer_group: bool,
}

const fn b(
    ctx: Ctx,
    keys: &'static [Key],
    action: Action,
    help: &'static str,
    footer: bool,
) -> Binding {
    Binding {
        ctx,
        keys,
        action,
        help,
        footer,
        group: "",
        footer_group: false,
    }
}

impl Binding {
    /// Puts the binding in a help group.
    const fn grouped(mut self, group: &'static str) -> Binding {
        self.group = group;
        self
    }

    /// Puts the binding in a help group that the footer shows as one hint.
    const fn footer_group(mut self, group: &'static str) -> Binding {
        self.group = group;
        self.footer = true;
        self.footer_group = true;
        self
    }
}

use Ctx::*;
use KeyCode as C;

/// Every binding, in the order help shows them.
#[rustfmt::skip]
pub static BINDINGS: &[Binding] = &[
    // The mentee's reply mode (issue 19): first, so the footer shows its keys first.
    b(Reply, &[k('n')], rw(Write::Reflection), "rmode-key-reflection", true),
    b(Reply, &[k('v')], rw(Write::Progress), "rmode-key-progress", true),
    b(Reply, &[k('x')], rw(Write::Done), "rmode-key-done", true),
    b(Reply, &[k('t')], rw(Write::Topic), "rmode-key-topic", false),
    b(Reply, &[k('i')], rw(Write::Checkin), "rmode-key-checkin", false),
    b(Reply, &[k('A')], rw(Write::NewAction), "rmode-key-new-action", false),
    b(Reply, &[k('F')], rw(Write::Closing), "rmode-key-closing", false),
    b(Reply, &[k('m')], Action::Reply(ReplyAction::ShowReply), "rmode-key-show", true),
    b(ReplyPane, &[k('j'), code(C::Down)], Action::Down, "key-down", true).grouped("key-scroll-down-up"),
    b(ReplyPane, &[k('k'), code(C::Up)], Action::Up, "key-up", false).grouped("key-scroll-down-up"),
    b(ReplyPane, &[code(C::PageDown), k(' ')], Action::PageDown, "key-page-down", false).grouped("key-page-down-up"),
    b(ReplyPane, &[code(C::PageUp)], Action::PageUp, "key-page-up", false).grouped("key-page-down-up"),
    b(ReplyPane, &[code(C::Esc), k('q'), k('m')], Action::Cancel, "key-close", true),
    b(List, &[k('j'), code(C::Down)], Action::Down, "key-down", false).grouped("key-down-up"),
    b(List, &[k('k'), code(C::Up)], Action::Up, "key-up", false).grouped("key-down-up"),
    b(List, &[k('g'), code(C::Home)], Action::Top, "key-first", false).grouped("key-first-last"),
    b(List, &[k('G'), code(C::End)], Action::Bottom, "key-last", false).grouped("key-first-last"),
    b(List, &[code(C::PageUp)], Action::PageUp, "key-page-up", false).grouped("key-page-up-down"),
    b(List, &[code(C::PageDown)], Action::PageDown, "key-page-down", false).grouped("key-page-up-down"),
    b(List, &[k('a')], Action::Add, "key-add", true),
    b(List, &[code(C::Enter), k('o')], Action::Open, "key-open", true),
    b(List, &[k('e')], Action::Edit, "key-edit", true),
    b(List, &[k('E')], Action::EditInEditor, "key-edit-text-in-editor", false),
    b(List, &[k('d'), code(C::Delete)], Action::Delete, "key-delete", true),
    b(Toggle, &[k('x'), k(' ')], Action::ToggleDone, "key-done", true),
    // The Path tab's own keys (issue 13).
    b(PathStages, &[k('x'), k(' ')], Action::Path(PathAction::StageStatusStep { forward: true }), "key-status-on-open-in-progress-done", true).footer_group("key-status-on-back"),
    b(PathStages, &[k('X')], Action::Path(PathAction::StageStatusStep { forward: false }), "key-status-back", false).footer_group("key-status-on-back"),
    b(PathStages, &[k('S')], Action::Path(PathAction::StageSkip), "key-skip-the-stage-again-open", true),
    b(PathStages, &[k('<')], Action::Path(PathAction::StageMove(-1)), "key-move-the-stage-earlier", false).grouped("key-move-the-stage-earlier-later"),
    b(PathStages, &[k('>')], Action::Path(PathAction::StageMove(1)), "key-move-the-stage-later", false).grouped("key-move-the-stage-earlier-later"),
    b(PathSkills, &[k('+'), k('=')], Action::Path(PathAction::SkillLevelStep { target: false, by: 1 }), "key-level-up", false).footer_group("key-level"),
    b(PathSkills, &[k('-')], Action::Path(PathAction::SkillLevelStep { target: false, by: -1 }), "key-level-down", false).footer_group("key-level"),
    b(PathSkills, &[k('>')], Action::Path(PathAction::SkillLevelStep { target: true, by: 1 }), "key-target-up", false).footer_group("key-target"),
    b(List, &[k('T')], Action::Path(PathAction::ApplyTemplate), "key-apply-a-template-to-the-mentee", false),
    b(TemplatePick, &[k('j'), code(C::Down)], Action::Path(PathAction::TemplateMove(1)), "key-down", false).footer_group("key-down-up"),
    b(TemplatePick, &[k('k'), code(C::Up)], Action::Path(PathAction::TemplateMove(-1)), "key-up", false).footer_group("key-down-up"),
    b(TemplatePick, &[code(C::Enter)], Action::Path(PathAction::TemplateChoose), "key-preview-what-it-adds", true),
    b(TemplatePick, &[code(C::Esc)], Action::Path(PathAction::TemplateBack), "key-close", true),
    b(TemplatePreview, &[k('j'), code(C::Down)], Action::Path(PathAction::TemplateMove(1)), "key-scroll-down", false).footer_group("key-scroll"),
    b(TemplatePreview, &[k('k'), code(C::Up)], Action::Path(PathAction::TemplateMove(-1)), "key-scroll-up", false).footer_group("key-scroll"),
    b(TemplatePreview, &[code(C::PageDown)], Action::Path(PathAction::TemplateMove(10)), "key-page-down", false).grouped("key-page-down-up"),
    b(TemplatePreview, &[code(C::PageUp)], Action::Path(PathAction::TemplateMove(-10)), "key-page-up", false).grouped("key-page-down-up"),
    b(TemplatePreview, &[k('y'), code(C::Enter)], Action::Path(PathAction::TemplateChoose), "key-apply-it", true),
    b(TemplatePreview, &[k('n'), code(C::Esc)], Action::Path(PathAction::TemplateBack), "key-back-to-the-list", true),
    b(PathSkills, &[k('<')], Action::Path(PathAction::SkillLevelStep { target: true, by: -1 }), "key-target-down", false).footer_group("key-target"),
    // The calendar's and the Agenda's own keys: before the global ones, so the footer shows
    // them first.
    b(Calendar, &[k('h'), code(C::Left)], Action::CalendarDays(-1), "key-previous-day", false).footer_group("key-day"),
    b(Calendar, &[k('l'), code(C::Right)], Action::CalendarDays(1), "key-next-day", false).footer_group("key-day"),
    b(Calendar, &[k('k'), code(C::Up)], Action::CalendarDays(-7), "key-week-before", false).footer_group("key-week"),
    b(Calendar, &[k('j'), code(C::Down)], Action::CalendarDays(7), "key-week-after", false).footer_group("key-week"),
    b(Calendar, &[code(C::PageUp)], Action::CalendarMonths(-1), "key-month-before", false).footer_group("key-month"),
    b(Calendar, &[code(C::PageDown)], Action::CalendarMonths(1), "key-month-after", false).footer_group("key-month"),
    b(Calendar, &[k('t')], Action::CalendarToday, "key-today", true),
    b(Calendar, &[k('a')], Action::Add, "key-add-a-session", true),
    b(Calendar, &[code(C::Tab)], Action::NextPane, "key-day-s-items", true).grouped("key-the-day-s-items"),
    b(Calendar, &[code(C::BackTab)], Action::PrevPane, "key-day-s-items", false).grouped("key-the-day-s-items"),
    b(CalendarDay, &[k('j'), code(C::Down)], Action::Down, "key-down", false).footer_group("key-down-up"),
    b(CalendarDay, &[k('k'), code(C::Up)], Action::Up, "key-up", false).footer_group("key-down-up"),
    b(CalendarDay, &[code(C::Enter)], Action::Jump, "key-go-to-it", true),
    b(CalendarDay, &[k('o')], Action::Open, "key-open-it", false),
    b(CalendarDay, &[code(C::Tab)], Action::NextPane, "key-back-to-the-month", true).grouped("key-back-to-the-month"),
    b(CalendarDay, &[code(C::BackTab)], Action::PrevPane, "key-back-to-the-month", false).grouped("key-back-to-the-month"),
    b(CalendarDay, &[k('a')], Action::Add, "key-add-session-its-mentee", true),
    b(Agenda, &[k('j'), code(C::Down)], Action::Down, "key-down", false).footer_group("key-down-up"),
    b(Agenda, &[k('k'), code(C::Up)], Action::Up, "key-up", false).footer_group("key-down-up"),
    b(Agenda, &[k('g'), code(C::Home)], Action::Top, "key-first", false).grouped("key-first-last"),
    b(Agenda, &[k('G'), code(C::End)], Action::Bottom, "key-last", false).grouped("key-first-last"),
    b(Agenda, &[code(C::PageUp)], Action::PageUp, "key-page-up", false).grouped("key-page-up-down"),
    b(Agenda, &[code(C::PageDown)], Action::PageDown, "key-page-down", false).grouped("key-page-up-down"),
    b(Agenda, &[code(C::Enter)], Action::Jump, "key-go-to-it", true),
    b(Agenda, &[k('o')], Action::Open, "key-open-it", false),
    b(Agenda, &[k('x'), k(' ')], Action::ToggleDone, "key-done", true),
    b(Global, &[k('u')], Action::Undo, "key-undo", true).grouped("key-undo-redo"),
    b(Global, &[ctrl('r')], Action::Redo, "key-redo", false).grouped("key-undo-redo"),
    b(Global, &[k('/')], Action::StartFilter, "key-filter", true),
    b(Global, &[code(C::Esc)], Action::ClearFilter, "key-clear-filter", false),
    b(List, &[code(C::Tab)], Action::NextPane, "key-next-pane", true).grouped("key-next-previous-pane"),
    b(List, &[code(C::BackTab)], Action::PrevPane, "key-previous-pane", false).grouped("key-next-previous-pane"),
    b(Global, &[k(']')], Action::NextTab, "key-next-tab", false).grouped("key-next-previous-tab"),
    b(Global, &[k('[')], Action::PrevTab, "key-previous-tab", false).grouped("key-next-previous-tab"),
    b(Global, &[k('1')], Action::ShowTab(Tab::Goals), "key-goals", false).grouped("key-goals-overview"),
    b(Global, &[k('2')], Action::ShowTab(Tab::Sessions), "key-sessions", false).grouped("key-goals-overview"),
    b(Global, &[k('3')], Action::ShowTab(Tab::Feedback), "key-feedback", false).grouped("key-goals-overview"),
    b(Global, &[k('4')], Action::ShowTab(Tab::Network), "key-network", false).grouped("key-goals-overview"),
    b(Global, &[k('5')], Action::ShowTab(Tab::Overview), "key-overview", false).grouped("key-goals-overview"),
    b(Global, &[k('6')], Action::ShowTab(Tab::Agenda), "key-agenda", false).grouped("key-agenda-calendar"),
    b(Global, &[k('7')], Action::ShowTab(Tab::Calendar), "key-calendar", false).grouped("key-agenda-calendar"),
    b(Global, &[k('8')], Action::ShowTab(Tab::Path), "key-career-path-and-skills", false),
    b(Global, &[k('J')], Action::ScrollText(1), "key-scroll-the-notes-agreement-stage-down", false).grouped("key-scroll-notes-agreement-stage"),
    b(Global, &[k('K')], Action::ScrollText(-1), "key-scroll-the-notes-agreement-stage-up", false).grouped("key-scroll-notes-agreement-stage"),
    b(Sessions, &[k('p')], Action::PlanSeries, "key-plan-a-series", true),
    b(Global, &[ctrl('f'), k(':')], Action::OpenSearch, "key-search-every-record", true),
    b(Global, &[k('s')], Action::CycleMenteeOrder, "key-sort-mentees", false),
    b(Global, &[k('c')], Action::ToggleConcluded, "key-hide-concluded-mentees", false),
    b(Global, &[k('R')], Action::Reload, "key-reload-from-disk", false),
    b(Global, &[k('?')], Action::ShowHelp, "key-help", true),
    b(Global, &[k('q')], Action::Quit, "key-quit", true).grouped("key-quit-c-c-from-anywhere"),
    b(Global, &[ctrl('c')], Action::ForceQuit, "key-quit-from-anywhere", false).grouped("key-quit-c-c-from-anywhere"),
    b(Filter, &[code(C::Enter)], Action::FilterAccept, "key-keep-filter", true).grouped("key-keep-clear-filter"),
    b(Filter, &[code(C::Esc)], Action::ClearFilter, "key-clear-filter", true).grouped("key-keep-clear-filter"),
    b(Search, &[code(C::Enter)], Action::SearchJump, "key-go-to-the-result", true),
    b(Search, &[code(C::Down), ctrl('n')], Action::SearchMove(1), "key-next-result", true).grouped("key-next-previous-result"),
    b(Search, &[code(C::Up), ctrl('p')], Action::SearchMove(-1), "key-previous-result", false).grouped("key-next-previous-result"),
    b(Search, &[code(C::PageDown)], Action::SearchMove(10), "key-page-down", false).grouped("key-page-down-up"),
    b(Search, &[code(C::PageUp)], Action::SearchMove(-10), "key-page-up", false).grouped("key-page-down-up"),
    b(Search, &[code(C::Esc)], Action::Cancel, "key-close", true),
    b(Form, &[code(C::Tab), code(C::Down)], Action::FormNextField, "key-next-field", true).grouped("key-next-previous-field"),
    b(Form, &[code(C::BackTab), code(C::Up)], Action::FormPrevField, "key-previous-field", false).grouped("key-next-previous-field"),
    b(Form, &[code(C::Enter)], Action::FormEnter, "key-next-or-save-on-the-last", false),
    b(Form, &[ctrl('s')], Action::FormSubmit, "key-save", true),
    b(Form, &[ctrl('e')], Action::FormEditInEditor, "key-field-in-editor", true),
    b(Form, &[ctrl('g')], Action::Path(PathAction::AgendaPrompts), "key-agenda-prompts", false),
    b(Form, &[ctrl('o')], Action::Brief(BriefAction::FormQuestion), "qs-key-form-question", false),
    b(Form, &[code(C::Esc)], Action::Cancel, "key-cancel", true),
    b(Confirm, &[k('y'), code(C::Enter)], Action::Confirm, "key-yes", true).grouped("key-yes-no"),
    b(Confirm, &[k('n')], Action::Decline, "key-no", true).grouped("key-yes-no"),
    b(Confirm, &[code(C::Esc)], Action::Cancel, "key-back", true),
    b(Help, &[code(C::Down)], Action::Down, "key-down", true).grouped("key-scroll-down-up"),
    b(Help, &[code(C::Up)], Action::Up, "key-up", false).grouped("key-scroll-down-up"),
    b(Help, &[code(C::PageDown)], Action::PageDown, "key-page-down", true).grouped("key-page-down-up"),
    b(Help, &[code(C::PageUp)], Action::PageUp, "key-page-up", false).grouped("key-page-down-up"),
    b(Help, &[code(C::Home)], Action::Top, "key-top", false).grouped("key-top-bottom"),
    b(Help, &[code(C::End)], Action::Bottom, "key-bottom", false).grouped("key-top-bottom"),
    b(Help, &[code(C::Esc), k('?')], Action::Cancel, "key-clear-the-search-or-close-help", true),
    b(Detail, &[k('j'), code(C::Down)], Action::Down, "key-down", true).grouped("key-scroll-down-up"),
    b(Detail, &[k('k'), code(C::Up)], Action::Up, "key-up", false).grouped("key-scroll-down-up"),
    b(Detail, &[code(C::PageDown)], Action::PageDown, "key-page-down", true).grouped("key-page-down-up"),
    b(Detail, &[code(C::PageUp)], Action::PageUp, "key-page-up", false).grouped("key-page-down-up"),
    b(Detail, &[k('g'), code(C::Home)], Action::Top, "key-top", false).grouped("key-top-bottom"),
    b(Detail, &[k('G'), code(C::End)], Action::Bottom, "key-bottom", false).grouped("key-top-bottom"),
    b(Detail, &[code(C::Esc), k('q'), code(C::Enter), k('o')], Action::Cancel, "key-close", true),
    b(Unsaved, &[k('r')], Action::QuitRetry, "key-retry-the-save", true),
    b(Unsaved, &[k('c')], Action::QuitCopyElsewhere, "key-write-a-copy-elsewhere", true),
    b(Unsaved, &[k('d')], Action::QuitDiscard, "key-quit-without-saving", true),
    b(Unsaved, &[code(C::Esc)], Action::Cancel, "key-back-to-the-app", true),
    b(Prompt, &[code(C::Enter)], Action::PromptSubmit, "key-done", true),
    b(Prompt, &[code(C::Esc)], Action::Cancel, "key-back", true),
    // The brief and the progress report (issue 14).
    b(List, &[k('b')], Action::Brief(BriefAction::Open), "key-brief-before-the-next-session", false),
    b(List, &[k('r')], Action::Brief(BriefAction::Report), "key-write-the-mentee-s-progress-report", false),
    b(Agenda, &[k('b')], Action::Brief(BriefAction::Open), "key-brief-of-its-mentee", false),
    b(CalendarDay, &[k('b')], Action::Brief(BriefAction::Open), "key-brief-of-its-mentee", false),
    b(Brief, &[k('j'), code(C::Down)], Action::Down, "key-down", true).grouped("key-scroll-down-up"),
    b(Brief, &[k('k'), code(C::Up)], Action::Up, "key-up", false).grouped("key-scroll-down-up"),
    b(Brief, &[code(C::PageDown), k(' ')], Action::PageDown, "key-page-down", true).grouped("key-page-down-up"),
    b(Brief, &[code(C::PageUp)], Action::PageUp, "key-page-up", false).grouped("key-page-down-up"),
    b(Brief, &[k('g'), code(C::Home)], Action::Top, "key-top", false).grouped("key-top-bottom"),
    b(Brief, &[k('G'), code(C::End)], Action::Bottom, "key-bottom", false).grouped("key-top-bottom"),
    b(Brief, &[code(C::Tab)], Action::Brief(BriefAction::Pick(1)), "key-next-suggestion", true).grouped("key-next-previous-suggestion"),
    b(Brief, &[code(C::BackTab)], Action::Brief(BriefAction::Pick(-1)), "key-previous-suggestion", false).grouped("key-next-previous-suggestion"),
    b(Brief, &[k('a')], Action::Brief(BriefAction::AddSuggestion), "key-add-it-to-the-next-session-s-agenda", true),
    b(Brief, &[k('1')], Action::Brief(BriefAction::Ask(1)), "qs-key-ask-1", true).footer_group("qs-key-ask-group"),
    b(Brief, &[k('2')], Action::Brief(BriefAction::Ask(2)), "qs-key-ask-2", false).footer_group("qs-key-ask-group"),
    b(Brief, &[k('3')], Action::Brief(BriefAction::Ask(3)), "qs-key-ask-3", false).footer_group("qs-key-ask-group"),
    b(Brief, &[code(C::Esc), k('q'), k('b')], Action::Cancel, "key-close", true),
    b(Report, &[code(C::Enter)], Action::Brief(BriefAction::ReportSubmit), "key-write", true),
    b(Report, &[code(C::Tab)], Action::Brief(BriefAction::ReportFormat), "key-markdown-html", true),
    b(Report, &[code(C::Esc)], Action::Cancel, "key-cancel", true),
    // The closing review (issue 20).
    b(List, &[k('w')], Action::Closing(ClosingAction::Open), "close-key-review", false),
    b(Closing, &[k('j'), code(C::Down)], Action::Down, "key-down", true).grouped("key-scroll-down-up"),
    b(Closing, &[k('k'), code(C::Up)], Action::Up, "key-up", false).grouped("key-scroll-down-up"),
    b(Closing, &[code(C::PageDown), k(' ')], Action::PageDown, "key-page-down", true).grouped("key-page-down-up"),
    b(Closing, &[code(C::PageUp)], Action::PageUp, "key-page-up", false).grouped("key-page-down-up"),
    b(Closing, &[k('g'), code(C::Home)], Action::Top, "key-top", false).grouped("key-top-bottom"),
    b(Closing, &[k('G'), code(C::End)], Action::Bottom, "key-bottom", false).grouped("key-top-bottom"),
    b(Closing, &[k('e')], Action::Closing(ClosingAction::Write), "close-key-write", true),
    b(Closing, &[code(C::Esc), k('q'), k('w')], Action::Cancel, "key-close", true),
    // Sync and the conflicts it left (issue 15).
    b(Global, &[k('Y')], Action::Sync(SyncAction::Start), "key-sync", false),
    b(Global, &[k('C')], Action::Sync(SyncAction::OpenConflicts), "key-conflicts", false),
    b(Conflicts, &[k('j'), code(C::Down)], Action::Sync(SyncAction::Move(1)), "key-next-conflict", false).footer_group("key-down-up"),
    b(Conflicts, &[k('k'), code(C::Up)], Action::Sync(SyncAction::Move(-1)), "key-previous-conflict", false).footer_group("key-down-up"),
    b(Conflicts, &[k('h')], Action::Sync(SyncAction::Resolve { take_other: false }), "key-conflict-keep", true),
    b(Conflicts, &[k('o')], Action::Sync(SyncAction::Resolve { take_other: true }), "key-conflict-take-other", true),
    b(Conflicts, &[k('u')], Action::Undo, "key-undo", true).grouped("key-undo-redo"),
    b(Conflicts, &[ctrl('r')], Action::Redo, "key-redo", false).grouped("key-undo-redo"),
    b(Conflicts, &[code(C::Esc), k('q'), k('C')], Action::Cancel, "key-close", true),
    // The mentor's Inbox of replies (issue 19).
    b(Global, &[k('I')], Action::Reply(ReplyAction::OpenInbox), "inb-key-open", false),
    b(Inbox, &[k('j'), code(C::Down)], Action::Reply(ReplyAction::Move(1)), "inb-key-next", false).footer_group("key-down-up"),
    b(Inbox, &[k('k'), code(C::Up)], Action::Reply(ReplyAction::Move(-1)), "inb-key-previous", false).footer_group("key-down-up"),
    b(Inbox, &[k('a')], Action::Reply(ReplyAction::Accept), "inb-key-accept", true),
    b(Inbox, &[k('d')], Action::Reply(ReplyAction::Decline), "inb-key-decline", true),
    b(Inbox, &[k('A')], Action::Reply(ReplyAction::AcceptAll), "inb-key-accept-all", true),
    b(Inbox, &[k('u')], Action::Undo, "key-undo", true).grouped("key-undo-redo"),
    b(Inbox, &[ctrl('r')], Action::Redo, "key-redo", false).grouped("key-undo-redo"),
    b(Inbox, &[code(C::Esc), k('q'), k('I')], Action::Cancel, "key-close", true),
    b(InboxReason, &[code(C::Enter)], Action::Reply(ReplyAction::ReasonSubmit), "inb-key-decline-with-reason", true),
    b(InboxReason, &[code(C::Esc)], Action::Cancel, "key-back", true),
];

/// What a key of reply mode does: opens the form of `what`.
const fn rw(what: Write) -> Action {
    Action::Reply(ReplyAction::Write(what))
}

/// Lists whose items `x` marks done.
pub fn toggles(list: ListId) -> bool {
    !matches!(
        list,
        ListId::Mentees | ListId::Feedback | ListId::Stages | ListId::Skills
    )
}

fn matches(key: &Key, event: &KeyEvent) -> bool {
    // Terminals differ on whether Shift comes with an upper-case letter or Shift-Tab; the key
    // itself says it, so Shift is ignored.
    let mods = event.modifiers - KeyModifiers::SHIFT;
    key.code == event.code && key.mods == mods
}

/// The binding a key press resolves to in `state`, if any.
pub fn binding(state: &State, event: &KeyEvent) -> Option<&'static Binding> {
    contexts(state).iter().find_map(|ctx| {
        bindings()
            .iter()
            .find(|b| b.ctx == *ctx && b.keys.iter().any(|key| matches(key, event)))
    })
}

/// What a key press means. Only presses count; Ctrl-C always quits (asking first when typed
/// text or unsaved edits would go). While the terminal is too small to show anything, only
/// quitting acts: no key may change what cannot be seen.
pub fn resolve(state: &State, event: KeyEvent) -> Option<Action> {
    if event.kind != KeyEventKind::Press {
        return None;
    }
    if event.code == KeyCode::Char('c') && event.modifiers.contains(KeyModifiers::CONTROL) {
        return Some(Action::ForceQuit);
    }
    if state.too_small() {
        let plain_q =
            event.code == KeyCode::Char('q') && (event.modifiers - KeyModifiers::SHIFT).is_empty();
        return plain_q.then_some(Action::Quit);
    }
    if let Some(b) = binding(state, &event) {
        return Some(b.action.clone());
    }
    let ctxs = contexts(state);
    if ctxs.contains(&Form) {
        return text_edit(event).map(Action::FormEdit);
    }
    if ctxs.contains(&Filter) {
        return text_edit(event).map(Action::FilterEdit);
    }
    if ctxs.contains(&Prompt) {
        return text_edit(event).map(Action::PromptEdit);
    }
    if ctxs.contains(&Report) {
        return text_edit(event).map(|e| Action::Brief(BriefAction::ReportEdit(e)));
    }
    if ctxs.contains(&Help) {
        return text_edit(event).map(Action::HelpEdit);
    }
    if ctxs.contains(&Search) {
        return text_edit(event).map(Action::SearchEdit);
    }
    if ctxs.contains(&InboxReason) {
        return text_edit(event).map(|e| Action::Reply(ReplyAction::ReasonEdit(e)));
    }
    Some(Action::Unbound)
}

/// What a paste means: text for the focused field (nothing while the terminal is too small).
pub fn resolve_paste(state: &State, text: String) -> Option<Action> {
    (!state.too_small()).then_some(Action::Paste(text))
}

/// The first key bound to `action` in `ctx`: what a hint names for it.
pub fn key_for(ctx: Ctx, action: &Action) -> Option<&'static Key> {
    bindings()
        .iter()
        .find(|b| b.ctx == ctx && b.action == *action)
        .and_then(|b| b.keys.first())
}

/// The bindings that work in `state` right now (edits left out in read-only mode and while a
/// sync runs).
pub fn active(state: &State) -> Vec<&'static Binding> {
    let ctxs = contexts(state);
    let syncing = state.syncing.is_some();
    bindings()
        .iter()
        .filter(|b| ctxs.contains(&b.ctx))
        .filter(|b| state.allows(&b.action) && !(b.action.is_edit() && syncing))
        .collect()
}

mod keys;
mod layer;
pub use keys::key_name;
use keys::text_edit;
pub use layer::{Layer, contexts, layer};
mod mouse;
mod overrides;
pub use mouse::{WHEEL_ROWS, resolve_mouse};
pub use overrides::{Override, OverrideError, action_name, apply, bindings, install, parse_key};

#[cfg(test)]
mod tests;
