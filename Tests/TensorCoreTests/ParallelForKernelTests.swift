import Synchronization
import Testing

@testable import TensorCore

// ParallelFor: every index exactly once, nested and concurrent callers safe, chunks tile the range.

struct ParallelForKernelTests {
  final class Counts: Sendable {
    let values: Mutex<[Int]>
    init(_ n: Int) { values = Mutex([Int](repeating: 0, count: n)) }
    subscript(i: Int) -> Int { values.withLock { $0[i] } }
    func bump(_ i: Int) { values.withLock { $0[i] += 1 } }
  }

  @Test func everyIndexRunsExactlyOnce() {
    for count in [1, 2, 3, 7, 64] {
      for _ in 0..<200 {
        let counts = Counts(count)
        ParallelFor.run(count) { counts.bump($0) }
        #expect((0..<count).allSatisfy { counts[$0] == 1 }, "count \(count)")
      }
    }
  }

  @Test func nestedCallsRunSerially() {
    let counts = Counts(16)
    ParallelFor.run(4) { outer in
      ParallelFor.run(4) { inner in counts.bump(outer * 4 + inner) }
    }
    #expect((0..<16).allSatisfy { counts[$0] == 1 })
  }

  @Test func concurrentCallersAreSafe() async {
    let counts = Counts(8 * 32)
    await withTaskGroup(of: Void.self) { group in
      for caller in 0..<8 {
        group.addTask {
          for _ in 0..<50 { ParallelFor.run(32) { _ in } }
          ParallelFor.run(32) { counts.bump(caller * 32 + $0) }
        }
      }
    }
    #expect((0..<(8 * 32)).allSatisfy { counts[$0] == 1 })
  }

  @Test(arguments: [(1, 1), (7, 1), (100, 6), (97, 16), (5, 16)])
  func chunksTileTheRangeInGranules(total: Int, granule: Int) {
    let counts = Counts(total)
    let misaligned = Atomic<Int>(0)
    ParallelFor.chunks(total, granule: granule, work: 1, threshold: 0) { range in
      if range.lowerBound % granule != 0 { misaligned.add(1, ordering: .relaxed) }
      for i in range { counts.bump(i) }
    }
    #expect((0..<total).allSatisfy { counts[$0] == 1 })
    #expect(misaligned.load(ordering: .relaxed) == 0)
  }

  @Test func rangesPartitionTheTotal() {
    for parts in 1...5 {
      let ranges = (0..<parts).map { ParallelFor.range($0, of: parts, total: 17) }
      #expect(ranges.first?.lowerBound == 0 && ranges.last?.upperBound == 17)
      #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
    }
  }
}
