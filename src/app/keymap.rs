//! The keymap, as data: which key does what, where, with the help text the footer and the `?`
//! overlay show. Nothing else binds keys, so the help cannot drift from the bindings.

use super::action::{Action, BriefAction, PathAction, SyncAction};
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
#[derive(Debug)]
pub struct Binding {
    pub ctx: Ctx,
    pub keys: &'static [Key],
    pub action: Action,
    pub help: &'static str,
    /// Shown in the footer (the `?` overlay shows every binding).
    pub footer: bool,
    /// Help shows bindings of one group on one line, under this text ("" for none).
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
    b(List, &[k('j'), code(C::Down)], Action::Down, "down", false).grouped("down / up"),
    b(List, &[k('k'), code(C::Up)], Action::Up, "up", false).grouped("down / up"),
    b(List, &[k('g'), code(C::Home)], Action::Top, "first", false).grouped("first / last"),
    b(List, &[k('G'), code(C::End)], Action::Bottom, "last", false).grouped("first / last"),
    b(List, &[code(C::PageUp)], Action::PageUp, "page up", false).grouped("page up / down"),
    b(List, &[code(C::PageDown)], Action::PageDown, "page down", false).grouped("page up / down"),
    b(List, &[k('a')], Action::Add, "add", true),
    b(List, &[code(C::Enter), k('o')], Action::Open, "open", true),
    b(List, &[k('e')], Action::Edit, "edit", true),
    b(List, &[k('E')], Action::EditInEditor, "edit text in $EDITOR", false),
    b(List, &[k('d'), code(C::Delete)], Action::Delete, "delete", true),
    b(Toggle, &[k('x'), k(' ')], Action::ToggleDone, "done", true),
    // The Path tab's own keys (issue 13).
    b(PathStages, &[k('x'), k(' ')], Action::Path(PathAction::StageStatusStep { forward: true }), "status on (open, in progress, done)", true).footer_group("status on / back"),
    b(PathStages, &[k('X')], Action::Path(PathAction::StageStatusStep { forward: false }), "status back", false).footer_group("status on / back"),
    b(PathStages, &[k('S')], Action::Path(PathAction::StageSkip), "skip the stage (again: open)", true),
    b(PathStages, &[k('<')], Action::Path(PathAction::StageMove(-1)), "move the stage earlier", false).grouped("move the stage earlier / later"),
    b(PathStages, &[k('>')], Action::Path(PathAction::StageMove(1)), "move the stage later", false).grouped("move the stage earlier / later"),
    b(PathSkills, &[k('+'), k('=')], Action::Path(PathAction::SkillLevelStep { target: false, by: 1 }), "level up", false).footer_group("level"),
    b(PathSkills, &[k('-')], Action::Path(PathAction::SkillLevelStep { target: false, by: -1 }), "level down", false).footer_group("level"),
    b(PathSkills, &[k('>')], Action::Path(PathAction::SkillLevelStep { target: true, by: 1 }), "target up", false).footer_group("target"),
    b(List, &[k('T')], Action::Path(PathAction::ApplyTemplate), "apply a template to the mentee", false),
    b(TemplatePick, &[k('j'), code(C::Down)], Action::Path(PathAction::TemplateMove(1)), "down", false).footer_group("down / up"),
    b(TemplatePick, &[k('k'), code(C::Up)], Action::Path(PathAction::TemplateMove(-1)), "up", false).footer_group("down / up"),
    b(TemplatePick, &[code(C::Enter)], Action::Path(PathAction::TemplateChoose), "preview what it adds", true),
    b(TemplatePick, &[code(C::Esc)], Action::Path(PathAction::TemplateBack), "close", true),
    b(TemplatePreview, &[k('j'), code(C::Down)], Action::Path(PathAction::TemplateMove(1)), "scroll down", false).footer_group("scroll"),
    b(TemplatePreview, &[k('k'), code(C::Up)], Action::Path(PathAction::TemplateMove(-1)), "scroll up", false).footer_group("scroll"),
    b(TemplatePreview, &[code(C::PageDown)], Action::Path(PathAction::TemplateMove(10)), "page down", false).grouped("page down / up"),
    b(TemplatePreview, &[code(C::PageUp)], Action::Path(PathAction::TemplateMove(-10)), "page up", false).grouped("page down / up"),
    b(TemplatePreview, &[k('y'), code(C::Enter)], Action::Path(PathAction::TemplateChoose), "apply it", true),
    b(TemplatePreview, &[k('n'), code(C::Esc)], Action::Path(PathAction::TemplateBack), "back to the list", true),
    b(PathSkills, &[k('<')], Action::Path(PathAction::SkillLevelStep { target: true, by: -1 }), "target down", false).footer_group("target"),
    // The calendar's and the Agenda's own keys: before the global ones, so the footer shows
    // them first.
    b(Calendar, &[k('h'), code(C::Left)], Action::CalendarDays(-1), "previous day", false).footer_group("day"),
    b(Calendar, &[k('l'), code(C::Right)], Action::CalendarDays(1), "next day", false).footer_group("day"),
    b(Calendar, &[k('k'), code(C::Up)], Action::CalendarDays(-7), "week before", false).footer_group("week"),
    b(Calendar, &[k('j'), code(C::Down)], Action::CalendarDays(7), "week after", false).footer_group("week"),
    b(Calendar, &[code(C::PageUp)], Action::CalendarMonths(-1), "month before", false).footer_group("month"),
    b(Calendar, &[code(C::PageDown)], Action::CalendarMonths(1), "month after", false).footer_group("month"),
    b(Calendar, &[k('t')], Action::CalendarToday, "today", true),
    b(Calendar, &[k('a')], Action::Add, "add a session", true),
    b(Calendar, &[code(C::Tab)], Action::NextPane, "day's items", true).grouped("the day's items"),
    b(Calendar, &[code(C::BackTab)], Action::PrevPane, "day's items", false).grouped("the day's items"),
    b(CalendarDay, &[k('j'), code(C::Down)], Action::Down, "down", false).footer_group("down / up"),
    b(CalendarDay, &[k('k'), code(C::Up)], Action::Up, "up", false).footer_group("down / up"),
    b(CalendarDay, &[code(C::Enter)], Action::Jump, "go to it", true),
    b(CalendarDay, &[k('o')], Action::Open, "open it", false),
    b(CalendarDay, &[code(C::Tab)], Action::NextPane, "back to the month", true).grouped("back to the month"),
    b(CalendarDay, &[code(C::BackTab)], Action::PrevPane, "back to the month", false).grouped("back to the month"),
    b(CalendarDay, &[k('a')], Action::Add, "add session (its mentee)", true),
    b(Agenda, &[k('j'), code(C::Down)], Action::Down, "down", false).footer_group("down / up"),
    b(Agenda, &[k('k'), code(C::Up)], Action::Up, "up", false).footer_group("down / up"),
    b(Agenda, &[k('g'), code(C::Home)], Action::Top, "first", false).grouped("first / last"),
    b(Agenda, &[k('G'), code(C::End)], Action::Bottom, "last", false).grouped("first / last"),
    b(Agenda, &[code(C::PageUp)], Action::PageUp, "page up", false).grouped("page up / down"),
    b(Agenda, &[code(C::PageDown)], Action::PageDown, "page down", false).grouped("page up / down"),
    b(Agenda, &[code(C::Enter)], Action::Jump, "go to it", true),
    b(Agenda, &[k('o')], Action::Open, "open it", false),
    b(Agenda, &[k('x'), k(' ')], Action::ToggleDone, "done", true),
    b(Global, &[k('u')], Action::Undo, "undo", true).grouped("undo / redo"),
    b(Global, &[ctrl('r')], Action::Redo, "redo", false).grouped("undo / redo"),
    b(Global, &[k('/')], Action::StartFilter, "filter", true),
    b(Global, &[code(C::Esc)], Action::ClearFilter, "clear filter", false),
    b(List, &[code(C::Tab)], Action::NextPane, "next pane", true).grouped("next / previous pane"),
    b(List, &[code(C::BackTab)], Action::PrevPane, "previous pane", false).grouped("next / previous pane"),
    b(Global, &[k(']')], Action::NextTab, "next tab", false).grouped("next / previous tab"),
    b(Global, &[k('[')], Action::PrevTab, "previous tab", false).grouped("next / previous tab"),
    b(Global, &[k('1')], Action::ShowTab(Tab::Goals), "goals", false).grouped("goals … overview"),
    b(Global, &[k('2')], Action::ShowTab(Tab::Sessions), "sessions", false).grouped("goals … overview"),
    b(Global, &[k('3')], Action::ShowTab(Tab::Feedback), "feedback", false).grouped("goals … overview"),
    b(Global, &[k('4')], Action::ShowTab(Tab::Network), "network", false).grouped("goals … overview"),
    b(Global, &[k('5')], Action::ShowTab(Tab::Overview), "overview", false).grouped("goals … overview"),
    b(Global, &[k('6')], Action::ShowTab(Tab::Agenda), "agenda", false).grouped("agenda / calendar"),
    b(Global, &[k('7')], Action::ShowTab(Tab::Calendar), "calendar", false).grouped("agenda / calendar"),
    b(Global, &[k('8')], Action::ShowTab(Tab::Path), "career path and skills", false),
    b(Global, &[k('J')], Action::ScrollText(1), "scroll the notes / agreement / stage down", false).grouped("scroll notes / agreement / stage"),
    b(Global, &[k('K')], Action::ScrollText(-1), "scroll the notes / agreement / stage up", false).grouped("scroll notes / agreement / stage"),
    b(Sessions, &[k('p')], Action::PlanSeries, "plan a series", true),
    b(Global, &[ctrl('f'), k(':')], Action::OpenSearch, "search every record", true),
    b(Global, &[k('s')], Action::CycleMenteeOrder, "sort mentees", false),
    b(Global, &[k('c')], Action::ToggleConcluded, "hide concluded mentees", false),
    b(Global, &[k('R')], Action::Reload, "reload from disk", false),
    b(Global, &[k('?')], Action::ShowHelp, "help", true),
    b(Global, &[k('q')], Action::Quit, "quit", true).grouped("quit (C-c: from anywhere)"),
    b(Global, &[ctrl('c')], Action::ForceQuit, "quit from anywhere", false).grouped("quit (C-c: from anywhere)"),
    b(Filter, &[code(C::Enter)], Action::FilterAccept, "keep filter", true).grouped("keep / clear filter"),
    b(Filter, &[code(C::Esc)], Action::ClearFilter, "clear filter", true).grouped("keep / clear filter"),
    b(Search, &[code(C::Enter)], Action::SearchJump, "go to the result", true),
    b(Search, &[code(C::Down), ctrl('n')], Action::SearchMove(1), "next result", true).grouped("next / previous result"),
    b(Search, &[code(C::Up), ctrl('p')], Action::SearchMove(-1), "previous result", false).grouped("next / previous result"),
    b(Search, &[code(C::PageDown)], Action::SearchMove(10), "page down", false).grouped("page down / up"),
    b(Search, &[code(C::PageUp)], Action::SearchMove(-10), "page up", false).grouped("page down / up"),
    b(Search, &[code(C::Esc)], Action::Cancel, "close", true),
    b(Form, &[code(C::Tab), code(C::Down)], Action::FormNextField, "next field", true).grouped("next / previous field"),
    b(Form, &[code(C::BackTab), code(C::Up)], Action::FormPrevField, "previous field", false).grouped("next / previous field"),
    b(Form, &[code(C::Enter)], Action::FormEnter, "next, or save on the last", false),
    b(Form, &[ctrl('s')], Action::FormSubmit, "save", true),
    b(Form, &[ctrl('e')], Action::FormEditInEditor, "field in $EDITOR", true),
    b(Form, &[ctrl('g')], Action::Path(PathAction::AgendaPrompts), "a session's agenda: questions to ask (GROW, first session, check-in)", false),
    b(Form, &[code(C::Esc)], Action::Cancel, "cancel", true),
    b(Confirm, &[k('y'), code(C::Enter)], Action::Confirm, "yes", true).grouped("yes / no"),
    b(Confirm, &[k('n')], Action::Decline, "no", true).grouped("yes / no"),
    b(Confirm, &[code(C::Esc)], Action::Cancel, "back", true),
    b(Help, &[code(C::Down)], Action::Down, "down", true).grouped("scroll down / up"),
    b(Help, &[code(C::Up)], Action::Up, "up", false).grouped("scroll down / up"),
    b(Help, &[code(C::PageDown)], Action::PageDown, "page down", true).grouped("page down / up"),
    b(Help, &[code(C::PageUp)], Action::PageUp, "page up", false).grouped("page down / up"),
    b(Help, &[code(C::Home)], Action::Top, "top", false).grouped("top / bottom"),
    b(Help, &[code(C::End)], Action::Bottom, "bottom", false).grouped("top / bottom"),
    b(Help, &[code(C::Esc), k('?')], Action::Cancel, "clear the search, or close help", true),
    b(Detail, &[k('j'), code(C::Down)], Action::Down, "down", true).grouped("scroll down / up"),
    b(Detail, &[k('k'), code(C::Up)], Action::Up, "up", false).grouped("scroll down / up"),
    b(Detail, &[code(C::PageDown)], Action::PageDown, "page down", true).grouped("page down / up"),
    b(Detail, &[code(C::PageUp)], Action::PageUp, "page up", false).grouped("page down / up"),
    b(Detail, &[k('g'), code(C::Home)], Action::Top, "top", false).grouped("top / bottom"),
    b(Detail, &[k('G'), code(C::End)], Action::Bottom, "bottom", false).grouped("top / bottom"),
    b(Detail, &[code(C::Esc), k('q'), code(C::Enter), k('o')], Action::Cancel, "close", true),
    b(Unsaved, &[k('r')], Action::QuitRetry, "retry the save", true),
    b(Unsaved, &[k('c')], Action::QuitCopyElsewhere, "write a copy elsewhere", true),
    b(Unsaved, &[k('d')], Action::QuitDiscard, "quit without saving", true),
    b(Unsaved, &[code(C::Esc)], Action::Cancel, "back to the app", true),
    b(Prompt, &[code(C::Enter)], Action::PromptSubmit, "done", true),
    b(Prompt, &[code(C::Esc)], Action::Cancel, "back", true),
    // The brief and the progress report (issue 14).
    b(List, &[k('b')], Action::Brief(BriefAction::Open), "brief before the next session", false),
    b(List, &[k('r')], Action::Brief(BriefAction::Report), "write the mentee's progress report", false),
    b(Agenda, &[k('b')], Action::Brief(BriefAction::Open), "brief of its mentee", false),
    b(CalendarDay, &[k('b')], Action::Brief(BriefAction::Open), "brief of its mentee", false),
    b(Brief, &[k('j'), code(C::Down)], Action::Down, "down", true).grouped("scroll down / up"),
    b(Brief, &[k('k'), code(C::Up)], Action::Up, "up", false).grouped("scroll down / up"),
    b(Brief, &[code(C::PageDown), k(' ')], Action::PageDown, "page down", true).grouped("page down / up"),
    b(Brief, &[code(C::PageUp)], Action::PageUp, "page up", false).grouped("page down / up"),
    b(Brief, &[k('g'), code(C::Home)], Action::Top, "top", false).grouped("top / bottom"),
    b(Brief, &[k('G'), code(C::End)], Action::Bottom, "bottom", false).grouped("top / bottom"),
    b(Brief, &[code(C::Tab)], Action::Brief(BriefAction::Pick(1)), "next suggestion", true).grouped("next / previous suggestion"),
    b(Brief, &[code(C::BackTab)], Action::Brief(BriefAction::Pick(-1)), "previous suggestion", false).grouped("next / previous suggestion"),
    b(Brief, &[k('a')], Action::Brief(BriefAction::AddSuggestion), "add it to the next session's agenda", true),
    b(Brief, &[code(C::Esc), k('q'), k('b')], Action::Cancel, "close", true),
    b(Report, &[code(C::Enter)], Action::Brief(BriefAction::ReportSubmit), "write", true),
    b(Report, &[code(C::Tab)], Action::Brief(BriefAction::ReportFormat), "Markdown / HTML", true),
    b(Report, &[code(C::Esc)], Action::Cancel, "cancel", true),
    // Sync and the conflicts it left (issue 15).
    b(Global, &[k('Y')], Action::Sync(SyncAction::Start), "sync the store through git", false),
    b(Global, &[k('C')], Action::Sync(SyncAction::OpenConflicts), "the conflicts a sync left", false),
    b(Conflicts, &[k('j'), code(C::Down)], Action::Sync(SyncAction::Move(1)), "next conflict", false).footer_group("down / up"),
    b(Conflicts, &[k('k'), code(C::Up)], Action::Sync(SyncAction::Move(-1)), "previous conflict", false).footer_group("down / up"),
    b(Conflicts, &[k('h')], Action::Sync(SyncAction::Resolve { take_other: false }), "keep the value here (a removed record: keep it)", true),
    b(Conflicts, &[k('o')], Action::Sync(SyncAction::Resolve { take_other: true }), "take the other machine's (a removed record: remove it)", true),
    b(Conflicts, &[k('u')], Action::Undo, "undo", true).grouped("undo / redo"),
    b(Conflicts, &[ctrl('r')], Action::Redo, "redo", false).grouped("undo / redo"),
    b(Conflicts, &[code(C::Esc), k('q'), k('C')], Action::Cancel, "close", true),
];

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
        BINDINGS
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
    Some(Action::Unbound)
}

/// What a paste means: text for the focused field (nothing while the terminal is too small).
pub fn resolve_paste(state: &State, text: String) -> Option<Action> {
    (!state.too_small()).then_some(Action::Paste(text))
}

/// The first key bound to `action` in `ctx`: what a hint names for it.
pub fn key_for(ctx: Ctx, action: &Action) -> Option<&'static Key> {
    BINDINGS
        .iter()
        .find(|b| b.ctx == ctx && b.action == *action)
        .and_then(|b| b.keys.first())
}

/// The bindings that work in `state` right now (edits left out in read-only mode and while a
/// sync runs).
pub fn active(state: &State) -> Vec<&'static Binding> {
    let ctxs = contexts(state);
    let no_edits = state.read_only.is_some() || state.syncing.is_some();
    BINDINGS
        .iter()
        .filter(|b| ctxs.contains(&b.ctx))
        .filter(|b| !(b.action.is_edit() && no_edits))
        .collect()
}

mod keys;
mod layer;
pub use keys::key_name;
use keys::text_edit;
pub use layer::{Layer, contexts, layer};
mod mouse;
pub use mouse::{WHEEL_ROWS, resolve_mouse};

#[cfg(test)]
mod tests;
