// MARK: - Storage

/// The contiguous buffer behind one or more ``Tensor`` values (shared until one of them
/// mutates: copy-on-write). Aligned to 64 bytes for SIMD loads.
@usableFromInline
final class TensorStorage: @unchecked Sendable {
  @usableFromInline let pointer: UnsafeMutableRawPointer
  @usableFromInline let byteCount: Int

  @usableFromInline init(byteCount: Int) {
    self.byteCount = byteCount
    pointer = UnsafeMutableRawPointer.allocate(byteCount: max(byteCount, 1), alignment: 64)
    MemoryGuard.record(byteCount)
  }

  @usableFromInline func copy() -> TensorStorage {
    let s = TensorStorage(byteCount: byteCount)
    s.pointer.copyMemory(from: pointer, byteCount: byteCount)
    return s
  }

  deinit { pointer.deallocate() }
}
