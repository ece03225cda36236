// MARK: - Storage

/// The contiguous buffer behind one or more ``Tensor`` values (shared until one of them
/// mutates: copy-on-write).
///
/// Small buffers (up to ``inlineLimit`` bytes: the book's weights, biases and mini-batch
/// activations) live in the object's own allocation, after the header — one `malloc` per tensor
/// instead of two, which is most of the cost of a small array operation. Larger buffers are a
/// separate allocation aligned to 64 bytes for SIMD loads. Either way ``pointer`` is at least
/// 16-byte aligned; kernels use unaligned loads on tensor data.
@usableFromInline
final class TensorStorage: ManagedBuffer<TensorStorage.Header, UInt64>, @unchecked Sendable {
  /// 32 bytes, so that with the 16-byte object header the elements start 48 bytes into a
  /// 16-byte aligned `malloc` block: 16-byte aligned without asking for alignment (an element
  /// type aligned to 16 makes the runtime call `memalign`, several times slower than `malloc`).
  @usableFromInline struct Header {
    @usableFromInline var pointer: UnsafeMutableRawPointer
    @usableFromInline var byteCount: Int
    @usableFromInline var external: Bool
    @usableFromInline var padding: Int = 0
  }

  /// Buffers of at most this many bytes are allocated inside the storage object.
  @usableFromInline static let inlineLimit = 4096

  /// Allocates an uninitialised buffer of `byteCount` bytes and counts it in the thread's
  /// ``MemoryGuard`` meter.
  @usableFromInline static func make(byteCount: Int) -> TensorStorage {
    MemoryGuard.record(byteCount)
    if byteCount <= inlineLimit {
      let words = (byteCount + 7) >> 3
      let buffer = TensorStorage.create(minimumCapacity: max(words, 1)) { _ in
        Header(pointer: UnsafeMutableRawPointer(bitPattern: 16)!, byteCount: byteCount, external: false)
      }
      let s = unsafeDowncast(buffer, to: TensorStorage.self)
      s.withUnsafeMutablePointers { header, elements in header.pointee.pointer = UnsafeMutableRawPointer(elements) }
      return s
    }
    let p = UnsafeMutableRawPointer.allocate(byteCount: byteCount, alignment: 64)
    let buffer = TensorStorage.create(minimumCapacity: 0) { _ in
      Header(pointer: p, byteCount: byteCount, external: true)
    }
    return unsafeDowncast(buffer, to: TensorStorage.self)
  }

  /// The first byte of the elements.
  @inlinable var pointer: UnsafeMutableRawPointer { header.pointer }
  /// Size of the elements in bytes.
  @inlinable var byteCount: Int { header.byteCount }

  @usableFromInline func copy() -> TensorStorage {
    let s = TensorStorage.make(byteCount: byteCount)
    s.pointer.copyMemory(from: pointer, byteCount: byteCount)
    return s
  }

  deinit {
    if header.external { header.pointer.deallocate() }
  }
}
