import Foundation
import MiniPy
import MiniPyLibrary
import Plot

/// Identifies one request to a session (a cell run, a check).
public typealias RunID = Int

/// What a session reports to its listener, from its worker thread, in order.
public enum SessionEvent: @unchecked Sendable {
  /// A queued run began.
  case started(run: RunID, cell: CellID)
  /// Printed text (batched: at most every ~50 ms or 4 KiB).
  case text(run: RunID, String)
  /// A figure `plt.show()` produced.
  case figure(run: RunID, Figure)
  /// A loop wrapped in `progress(...)` advanced (at most ~15 times a second).
  case loop(run: RunID, LoopProgress)
  /// The cell called `conv_visualizer(...)`: the app offers to open it.
  case visualizer(run: RunID, ConvWalkthrough)
  /// Still running: the line being executed (of the cell) and seconds so far; at most ~10 a
  /// second.
  case progress(run: RunID, line: Int, elapsed: Double)
  /// A run ended. `outcome` says how; `duration` in seconds.
  case finished(run: RunID, cell: CellID, outcome: RunOutcome, duration: Double)
  /// An exercise was checked (after its `finished`).
  case checked(run: RunID, result: ExerciseResult)
  /// A queued run was dropped by `interrupt()` or `restart()` before it began.
  case cancelled(run: RunID, cell: CellID)
  /// The interpreter was replaced by a fresh one: every variable is gone.
  case restarted
  /// `undoLastRun()` restored the variables to before the run of `cell` (nil: nothing to undo).
  case undone(cell: CellID?)
}
