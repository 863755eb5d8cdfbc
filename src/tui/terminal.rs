//! Entering and leaving the full-screen terminal, the same way on quit, on error, around
//! `$EDITOR` and on panic.
//!
//! Leaving clears the alternate screen before switching back to the main one. Without that,
//! terminals that reflow the alternate screen when leaving it copy the app's rows onto the
//! shell's screen: tmux (3.3) first resizes the alternate screen back to the size it had when it
//! was entered, reflowing (splitting) every row drawn wider than that into extra lines that go
//! into the history, then restores the main screen and grows it to the current size, pulling
//! those lines back out of the history onto the shell's screen. Started at 120x40, grown to
//! 255x58 and quit, that left 18 rows of borders (as many as the height grew). An empty screen
//! has nothing to reflow.

use crossterm::cursor::{MoveTo, Show};
use crossterm::event::{DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste};
use crossterm::execute;
use crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use std::io::{self, stdout};
use std::sync::Once;
use std::sync::atomic::{AtomicBool, Ordering};

/// True while the app holds the terminal (raw mode, alternate screen, bracketed paste).
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Whether [`enter`] turns on mouse reporting (on unless `--no-mouse` or `MENTOR_NO_MOUSE`).
static MOUSE: AtomicBool = AtomicBool::new(true);

/// Turns mouse reporting on or off for the next [`enter`]. Off leaves clicks and drags to the
/// terminal, for its own text selection.
pub fn use_mouse(on: bool) {
    MOUSE.store(on, Ordering::SeqCst);
}

/// Mouse reporting of presses, releases and the wheel (mode 1000), in SGR coordinates (1006),
/// which have no 223-column limit. Not crossterm's `EnableMouseCapture`: that also asks for every
/// motion (1003), an event per cell the pointer crosses, each one a redraw for nothing.
struct EnableClicks;

impl crossterm::Command for EnableClicks {
    fn write_ansi(&self, f: &mut impl std::fmt::Write) -> std::fmt::Result {
        f.write_str("\x1b[?1000h\x1b[?1006h")
    }
}

/// Raw mode, the alternate screen, bracketed paste (a paste arrives as text, not keys), and
/// mouse reporting unless turned off (see [`use_mouse`]).
pub fn enter() -> io::Result<()> {
    enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    execute!(stdout(), EnterAlternateScreen, EnableBracketedPaste)?;
    if MOUSE.load(Ordering::SeqCst) {
        execute!(stdout(), EnableClicks)?;
    }
    Ok(())
}

/// Undoes [`enter`]: mouse reporting off (every mode, whichever was on), bracketed paste off,
/// the alternate screen cleared and left, the cursor shown, raw mode off. Does nothing when the terminal is not held, so the panic hook and the
/// normal way out never both write.
pub fn leave() -> io::Result<()> {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return Ok(());
    }
    let screen = execute!(
        stdout(),
        DisableMouseCapture,
        DisableBracketedPaste,
        Clear(ClearType::All),
        MoveTo(0, 0),
        LeaveAlternateScreen,
        Show
    );
    let raw = disable_raw_mode();
    screen.and(raw)
}

/// Restores the terminal before any panic report is printed (chained before the hooks already
/// installed, such as color-eyre's). Installed once.
pub fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let _ = leave();
            previous(info);
        }));
    });
}

/// The app's terminal.
pub type Screen =
    ratatui::Terminal<super::clusters::ClusterSafe<ratatui::backend::CrosstermBackend<io::Stdout>>>;

/// Takes the terminal ([`enter`], with the panic hook installed first).
pub fn open() -> io::Result<Screen> {
    install_panic_hook();
    let opened = enter().and_then(|()| {
        ratatui::Terminal::new(super::clusters::ClusterSafe(
            ratatui::backend::CrosstermBackend::new(stdout()),
        ))
    });
    if opened.is_err() {
        let _ = leave();
    }
    opened
}

/// Gives the terminal back: nothing is drawn after this ([`leave`]).
pub fn close(screen: Screen) -> io::Result<()> {
    drop(screen);
    leave()
}
