import Dispatch
import Foundation
import Synchronization

// MARK: - Parallel for

/// A small parallel-for used by the kernels above a size threshold (below it, waking another
/// thread costs more than the work).
///
/// It runs on `WorkerPool`, one long-lived thread per extra core, rather than on
/// `DispatchQueue.concurrentPerform`: measured on this 2-core Linux machine under load,
/// `concurrentPerform(iterations: 2)` over two 30 µs parts took 56–61 µs at best — the calling
/// thread ran both parts itself because libdispatch's thread pool would not add a worker while
/// the CPUs looked busy. With the pool, the calling thread always takes part, and parts are
/// handed out one at a time, so a late worker only means the caller does more of them.
public enum ParallelFor {
  /// The number of cores the kernels split work across (`activeProcessorCount`, at least 1).
  public static let coreCount: Int = max(1, ProcessInfo.processInfo.activeProcessorCount)

  /// Runs `body(i)` for every `i` in `0..<count`, on the calling thread and the pool's workers;
  /// returns when every call has returned. Serial when `count == 1`, on a 1-core machine, or
  /// when called while the pool is busy (from inside a `body`, or from a second thread).
  ///
  /// `body` must only write memory that no other index writes (callers partition outputs).
  /// - Complexity: the calls' cost, plus about a microsecond to hand out work when concurrent.
  public static func run(_ count: Int, _ body: (Int) -> Void) {
    if count <= 0 { return }
    if count == 1 || coreCount == 1 {
      for i in 0..<count { body(i) }
      return
    }
    WorkerPool.shared.run(count, body)
  }

  /// Splits `0..<total` into contiguous chunks whose sizes (except the last) are multiples of
  /// `granule` — `coreCount` chunks, or up to twice as many when that keeps them at least
  /// `granule` wide, so a late core can be made up for — and runs `body(range)` on each
  /// concurrently when `work >= threshold`; runs `body(0..<total)` once otherwise.
  public static func chunks(
    _ total: Int, granule: Int = 1, work: Int, threshold: Int, _ body: (Range<Int>) -> Void
  ) {
    if total <= 0 { return }
    let g = max(1, granule)
    let granules = (total + g - 1) / g
    let parts = min(2 * coreCount, granules)
    if parts <= 1 || coreCount == 1 || work < threshold {
      body(0..<total)
      return
    }
    run(parts) { part in
      let lo = min(total, (granules * part / parts) * g)
      let hi = min(total, (granules * (part + 1) / parts) * g)
      if lo < hi { body(lo..<hi) }
    }
  }

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

// MARK: - Worker pool

/// `coreCount - 1` threads that wait for work, spinning briefly (a training loop issues kernels
/// microseconds apart) and then sleeping on a condition variable.
final class WorkerPool: @unchecked Sendable {
  static let shared = WorkerPool(workers: ParallelFor.coreCount - 1)

  /// Set while a `run` is in progress; a second caller runs serially instead of waiting.
  private let busy = Atomic<Bool>(false)
  /// Bumped once per job; workers wait for it to change.
  private let generation = Atomic<Int>(0)
  /// The next index to hand out, and the number of indices not finished yet.
  private let next = Atomic<Int>(0)
  private let unfinished = Atomic<Int>(0)
  /// Workers inside `work()`; `run` returns only when it is 0, so a job's closure and counters
  /// outlive every worker that may read them.
  private let inWork = Atomic<Int>(0)
  /// The current job (valid while `unfinished > 0`); written before `generation` is bumped.
  nonisolated(unsafe) private var job: UnsafeRawPointer?
  nonisolated(unsafe) private var jobCount = 0
  private let sleepers = NSCondition()

  /// How long an idle worker polls before sleeping.
  private static let spinSeconds = 100e-6

  private init(workers: Int) {
    for index in 0..<workers {
      let thread = Thread { [unowned self] in self.workerLoop() }
      thread.name = "hocsau-kernels-\(index + 1)"
      thread.start()
    }
  }

  func run(_ count: Int, _ body: (Int) -> Void) {
    guard busy.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged else {
      for i in 0..<count { body(i) }
      return
    }
    withoutActuallyEscaping(body) { body in
      withUnsafePointer(to: body) { bodyPointer in
        job = UnsafeRawPointer(bodyPointer)
        jobCount = count
        next.store(0, ordering: .relaxed)
        unfinished.store(count, ordering: .releasing)
        sleepers.lock()
        generation.add(1, ordering: .releasing)
        sleepers.broadcast()
        sleepers.unlock()
        work()
        // Wait for the parts a worker took; they are as long as the caller's own, so spin.
        while unfinished.load(ordering: .acquiring) > 0 || inWork.load(ordering: .acquiring) > 0 {
          sched_yield()
        }
        job = nil
      }
    }
    busy.store(false, ordering: .releasing)
  }

  /// Takes indices until none is left.
  private func work() {
    guard let job else { return }
    let body = job.assumingMemoryBound(to: ((Int) -> Void).self).pointee
    while true {
      let i = next.add(1, ordering: .relaxed).oldValue
      if i >= jobCount { return }
      body(i)
      unfinished.subtract(1, ordering: .releasing)
    }
  }

  private func workerLoop() {
    var seen = 0
    while true {
      let spinStart = DispatchTime.now().uptimeNanoseconds
      var current = generation.load(ordering: .acquiring)
      while current == seen {
        if Double(DispatchTime.now().uptimeNanoseconds - spinStart) * 1e-9 > Self.spinSeconds {
          sleepers.lock()
          while generation.load(ordering: .acquiring) == seen { sleepers.wait() }
          sleepers.unlock()
        } else {
          sched_yield()
        }
        current = generation.load(ordering: .acquiring)
      }
      seen = current
      // The job may be finished by now (then `unfinished` is 0), or a newer one published
      // (then joining it is fine: its fields were written before `unfinished`).
      inWork.add(1, ordering: .acquiring)
      if unfinished.load(ordering: .acquiring) > 0 { work() }
      inWork.subtract(1, ordering: .releasing)
    }
  }
}

/// Wraps a non-`Sendable` value (a closure over raw pointers) that the caller promises to use
/// race-free: each concurrent index writes disjoint memory. (Also used by ElementwiseLoops.swift.)
struct UncheckedSendable<T>: @unchecked Sendable {
  let value: T
  init(_ value: T) { self.value = value }
}
