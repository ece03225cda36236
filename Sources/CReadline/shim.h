#ifndef HOCSAU_CREADLINE_SHIM_H
#define HOCSAU_CREADLINE_SHIM_H
#include <stdio.h>
#include <stdlib.h>
#include <readline/readline.h>
#include <readline/history.h>

// Swift 6 rejects direct reads and writes of C globals; go through these accessors.
static inline int hocsau_rl_version(void) { return rl_readline_version; }
static inline const char *hocsau_rl_library_version(void) { return rl_library_version; }
static inline void hocsau_rl_set_completion(rl_completion_func_t *f) { rl_attempted_completion_function = f; }
static inline void hocsau_rl_set_completion_append(int c) { rl_completion_append_character = c; }
static inline void hocsau_rl_set_word_break(const char *s) { rl_basic_word_break_characters = (char *)s; }
static inline const char *hocsau_rl_line_buffer(void) { return rl_line_buffer; }
static inline void hocsau_rl_set_attempted_over(int v) { rl_attempted_completion_over = v; }
static inline void hocsau_rl_set_catch_signals(int v) { rl_catch_signals = v; }
static inline void hocsau_rl_set_done(int v) { rl_done = v; }
static inline FILE *hocsau_stdin_file(void) { return stdin; }
#endif
