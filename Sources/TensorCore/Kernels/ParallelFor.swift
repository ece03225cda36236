import Dispatch
import Foundation

// MARK: - Parallel for

/// A small parallel-for over `DispatchQueue.concurrentPerform`, used by the kernels above a
/// size threshold (below it, the dispatch overhead of a few microseconds outweighs the work).
public enum ParallelFor {
  /// The number of cores the kernels split work across (`activeProcessorCount`, at least 1).
  public static let coreCount: Int = max(1, ProcessInfo.processInfo.activeProcessorCount)

  /// Runs `body(i)` for every `i` in `0..<count`, concurrently when `count > 1` and there is
  /// more than one core; serially otherwise. Returns when every call has returned.
  ///
  /// `body` must only write memory that no other index writes (callers partition outputs).
  /// - Complexity: the calls' cost plus a few microseconds of dispatch when concurrent.
  public static func run(_ count: Int, _ body: (Int) -> Void) {
    if count <= 0 { return }
    if count == 1 || coreCount == 1 {
      for i in 0..<count { body(i) }
      return
    }
    withoutActuallyEscaping(body) { body in
      let box = UncheckedSendable(body)
      DispatchQueue.concurrentPerform(iterations: count) { i in box.value(i) }
    }
  }

  /// Splits `0..<total` into at most `coreCount` contiguous chunks whose sizes (except the last)
  /// are multiples of `granule`, and runs `body(range)` on each concurrently when
  /// `work >= threshold`; runs `body(0..<total)` once otherwise.
  public static func chunks(
    _ total: Int, granule: Int = 1, work: Int, threshold: Int, _ body: (Range<Int>) -> Void
  ) {
    if total <= 0 { return }
    let g = max(1, granule)
    let granules = (total + g - 1) / g
    let parts = min(coreCount, granules)
    if parts <= 1 || work < threshold {
      body(0..<total)
      return
    }
    run(parts) { part in
      let lo = min(total, (granules * part / parts) * g)
      let hi = min(total, (granules * (part + 1) / parts) * g)
      if lo < hi { body(lo..<hi) }
    }
  }
}

extension ParallelFor {
  /// How many parts to cut `total` items into: `coreCount` (at most `total`) when
  /// `work >= threshold`, else 1.
  public static func partCount(_ total: Int, work: Int, threshold: Int) -> Int {
    work >= threshold ? max(1, min(coreCount, total)) : 1
  }

  /// The `part`-th of `parts` contiguous, nearly equal ranges covering `0..<total`.
  public static func range(_ part: Int, of parts: Int, total: Int) -> Range<Int> {
    (total * part / parts)..<(total * (part + 1) / parts)
  }
}

/// Wraps a non-`Sendable` value (a closure over raw pointers) that the caller promises to use
/// race-free: each concurrent index writes disjoint memory. (Also used by ElementwiseLoops.swift.)
struct UncheckedSendable<T>: @unchecked Sendable {
  let value: T
  init(_ value: T) { self.value = value }
}
