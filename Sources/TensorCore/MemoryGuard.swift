import Foundation

// MARK: - Memory guard

/// Per-thread allocation limit and meter for tensor storage.
///
/// Throwing tensor entries call ``check(shape:dtype:)`` before they allocate, so a learner who
/// types `np.zeros((200000, 200000))` gets NumPy's
/// `Unable to allocate 298. GiB for an array with shape (200000, 200000) and data type float64`
/// instead of a crashed process. The limit defaults to physical RAM; an interpreter installs a
/// smaller one on its session thread with ``setLimit(_:)``. Every storage allocation on a thread
/// adds its byte count to that thread's meter (``bytesAllocated``), which a budget can read.
public enum MemoryGuard {
  final class State {
    var limit: Int? = nil {
      didSet { effectiveLimit = limit ?? MemoryGuard.physicalMemory }
    }
    /// `limit`, or physical memory when none is set (read on every allocation check).
    var effectiveLimit = MemoryGuard.physicalMemory
    var allocated: Int = 0
  }

  nonisolated(unsafe) static let key: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key) { raw in
      Unmanaged<AnyObject>.fromOpaque(raw!).release()
    }
    return key
  }()

  @inline(__always) static var state: State {
    if let raw = pthread_getspecific(key) {
      return Unmanaged<State>.fromOpaque(raw).takeUnretainedValue()
    }
    let s = State()
    pthread_setspecific(key, Unmanaged.passRetained(s).toOpaque())
    return s
  }

  /// Physical memory of the machine, the default limit.
  public static let physicalMemory: Int = Int(clamping: ProcessInfo.processInfo.physicalMemory)

  /// The limit in bytes on this thread (physical RAM unless ``setLimit(_:)`` was called).
  public static var limit: Int {
    guard let raw = pthread_getspecific(key) else { return physicalMemory }
    return Unmanaged<State>.fromOpaque(raw)._withUnsafeGuaranteedRef { $0.effectiveLimit }
  }

  /// Sets (or with `nil`, clears) this thread's limit on one allocation, in bytes.
  public static func setLimit(_ bytes: Int?) { state.limit = bytes }

  /// Bytes of tensor storage allocated on this thread since the last ``resetMeter()``.
  public static var bytesAllocated: Int { state.allocated }

  /// Sets this thread's meter back to zero.
  public static func resetMeter() { state.allocated = 0 }

  /// Adds `bytes` to this thread's meter (without retaining the thread's state: this runs for
  /// every tensor allocated).
  @inline(__always) static func record(_ bytes: Int) {
    if let raw = pthread_getspecific(key) {
      Unmanaged<State>.fromOpaque(raw)._withUnsafeGuaranteedRef { $0.allocated &+= bytes }
    } else {
      state.allocated &+= bytes
    }
  }

  /// Throws NumPy's `Unable to allocate …` if an array of `shape` and `dtype` would exceed
  /// this thread's limit (or overflow `Int`).
  public static func check(shape: [Int], dtype: DType) throws {
    var count = 1
    var overflow = false
    for d in shape {
      let (p, o) = count.multipliedReportingOverflow(by: d)
      count = p
      overflow = overflow || o
    }
    let (bytes, o2) = count.multipliedReportingOverflow(by: dtype.byteSize)
    if overflow || o2 || bytes > limit {
      let size = overflow || o2 ? "a very large amount of memory" : formatByteSize(bytes)
      throw TensorError(
        .memory,
        "Unable to allocate \(size) for an array with shape \(formatShape(shape)) and data type \(dtype)")
    }
  }

  /// NumPy's `_size_to_string`: `298. GiB`, `1.50 KiB`, `12 bytes`.
  public static func formatByteSize(_ bytes: Int) -> String {
    let units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]
    let bitLength = bytes == 0 ? 0 : Int.bitWidth - bytes.leadingZeroBitCount
    var unit = max(bitLength - 1, 1) / 10
    var n = Double(bytes) / Double(1 << (unit * 10))
    if n.rounded(.toNearestOrEven) == 1024 {
      unit += 1
      n /= 1024
    }
    if unit >= units.count {
      n *= Double(1 << ((unit - units.count + 1) * 10))
      unit = units.count - 1
    }
    if unit == 0 { return String(format: "%.0f %@", n, units[unit]) }
    if n.rounded(.toNearestOrEven) < 1000 { return String(format: "%#.3g ", n) + units[unit] }
    return String(format: "%#.0f ", n) + units[unit]
  }
}
