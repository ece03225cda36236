import Foundation
#if canImport(Glibc)
import Glibc
#endif

// MARK: - Timing whole processes

/// Starts `executable` with `arguments` and `environment`, output discarded, and waits for it:
/// the exit status, or -1 when it could not start or died by a signal.
///
/// `posix_spawn` rather than Foundation's `Process`: on Linux `Process.run` costs ~35 ms more
/// per launch (it closes every possible descriptor and starts a monitoring thread), which would
/// be counted against hocsau in the start-up and whole-program benchmarks but not against the
/// Python peers, which use `subprocess`.
func spawnAndWait(_ executable: String, _ arguments: [String], environment: [String: String]) -> Int32 {
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
  let argv = ([executable] + arguments).map { strdup($0) } + [nil]
  let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
  defer {
    for p in argv { free(p) }
    for p in envp { free(p) }
  }
  var pid = pid_t()
  guard posix_spawn(&pid, executable, &actions, nil, argv, envp) == 0 else { return -1 }
  var status: Int32 = 0
  while waitpid(pid, &status, 0) < 0 {
    if errno != EINTR { return -1 }
  }
  return (status & 0x7f) == 0 ? (status >> 8) & 0xff : -1
}
