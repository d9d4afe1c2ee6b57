// ncursesw for Swift 6: wide-character API on, C globals and macros behind accessors,
// and a guard that restores the terminal when the process dies of a signal.
#ifndef PODWRIGHT_CNCURSESW_SHIM_H
#define PODWRIGHT_CNCURSESW_SHIM_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>
#include <ncursesw/curses.h>

static inline WINDOW *pw_stdscr(void) { return stdscr; }
static inline int pw_lines(void) { return LINES; }
static inline int pw_cols(void) { return COLS; }
static inline int pw_colors(void) { return COLORS; }
static inline attr_t pw_color_pair(short n) { return (attr_t)COLOR_PAIR(n); }
static inline attr_t pw_a_bold(void) { return A_BOLD; }
static inline attr_t pw_a_reverse(void) { return A_REVERSE; }
static inline attr_t pw_a_underline(void) { return A_UNDERLINE; }
static inline attr_t pw_a_normal(void) { return A_NORMAL; }
static inline int pw_key_code_yes(void) { return KEY_CODE_YES; }
static inline int pw_err(void) { return ERR; }

/// Restores the terminal, then dies of the same signal as before.
static inline void pw_guard_handler(int sig) {
    endwin();
    signal(sig, SIG_DFL);
    raise(sig);
}

/// Set by SIGINT from outside (`kill -INT`): the session ends as Ctrl-C does, with status 130 and the draft saved.
static volatile sig_atomic_t pw_interrupted = 0;

static inline void pw_interrupt_handler(int sig) { (void)sig; pw_interrupted = 1; }

/// Whether a SIGINT arrived since the last call (and forgets it).
static inline int pw_take_interrupt(void) {
    int was = pw_interrupted;
    pw_interrupted = 0;
    return was;
}

/// Restores the terminal on the signals that end a process (traps included); Ctrl-C is a key in raw mode, and a
/// SIGINT sent from outside is turned into that key (ncurses' own handler would exit 1).
static inline void pw_install_guard(void) {
    struct sigaction interrupt;
    sigemptyset(&interrupt.sa_mask);
    interrupt.sa_flags = 0; /* no SA_RESTART: the wait for a key returns at once */
    interrupt.sa_handler = pw_interrupt_handler;
    sigaction(SIGINT, &interrupt, NULL);
    int signals[] = { SIGABRT, SIGSEGV, SIGILL, SIGTRAP, SIGBUS, SIGFPE, SIGTERM, SIGHUP, SIGQUIT };
    for (unsigned i = 0; i < sizeof(signals) / sizeof(signals[0]); i++) {
        signal(signals[i], pw_guard_handler);
    }
}

/// Puts back the default action of the guarded signals once the terminal is restored.
static inline void pw_remove_guard(void) {
    signal(SIGINT, SIG_DFL);
    int signals[] = { SIGABRT, SIGSEGV, SIGILL, SIGTRAP, SIGBUS, SIGFPE, SIGTERM, SIGHUP, SIGQUIT };
    for (unsigned i = 0; i < sizeof(signals) / sizeof(signals[0]); i++) {
        signal(signals[i], SIG_DFL);
    }
}

#endif
