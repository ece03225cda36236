#ifndef HOCSAU_CNCURSES_SHIM_H
#define HOCSAU_CNCURSES_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <stdio.h>
#include <ncursesw/curses.h>

// Swift 6 rejects direct reads of C globals; read them through these accessors.
static inline int hocsau_lines(void) { return LINES; }
static inline int hocsau_cols(void) { return COLS; }
static inline int hocsau_colors(void) { return COLORS; }
static inline int hocsau_color_pairs(void) { return COLOR_PAIRS; }
static inline WINDOW *hocsau_stdscr(void) { return stdscr; }
static inline FILE *hocsau_stdin(void) { return stdin; }
static inline FILE *hocsau_stdout(void) { return stdout; }
static inline int hocsau_key_resize(void) { return KEY_RESIZE; }
static inline int hocsau_key_mouse(void) { return KEY_MOUSE; }
static inline int hocsau_err(void) { return ERR; }
static inline int hocsau_ok(void) { return OK; }
static inline attr_t hocsau_a_bold(void) { return A_BOLD; }
static inline attr_t hocsau_a_dim(void) { return A_DIM; }
static inline attr_t hocsau_a_reverse(void) { return A_REVERSE; }
static inline attr_t hocsau_a_underline(void) { return A_UNDERLINE; }
static inline attr_t hocsau_a_normal(void) { return A_NORMAL; }
static inline attr_t hocsau_color_pair(int n) { return COLOR_PAIR(n); }
static inline mmask_t hocsau_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t hocsau_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t hocsau_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline mmask_t hocsau_button1_clicked(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED; }
#endif
