import Foundation
import MiniPy
import Testing
@testable import Notebook

// MARK: - Helpers

/// Runs `source` in a fresh kernel; returns nil when it completed, else the diagnostic's
/// class name and message.
private func outcome(of source: String) -> String? {
  runWithLargeStack {
    let kernel = Kernel(configuration: KernelConfiguration(workingDirectory: FileManager.default.temporaryDirectory))
    switch kernel.run(source, name: "test") {
    case .completed: return nil
    case let other:
      guard let d = other.diagnostic else { return "interrupted" }
      return "\(d.pythonClassName): \(d.message)"
    }
  }
}

// MARK: - expect_close at its tolerance edges

/// `|a − b| ≤ atol + rtol·|b|`. With rtol = 0.5, atol = 0.25 and b = 2 the tolerance is exactly
/// 1.25 (all binary fractions, so the edge is exact): 3.25 and 0.75 pass, one ulp beyond fails.
/// Each case agrees with `np.isclose(a, b, rtol, atol)` (NumPy 1.26).
@Test(arguments: [
  ("expect_close(3.25, 2.0, rtol=0.5, atol=0.25)", nil),
  ("expect_close(0.75, 2.0, 0.5, 0.25)", nil),
  ("expect_close(3.2500000000000004, 2.0, rtol=0.5, atol=0.25)",
   "AssertionError: expected 2.0, got 3.2500000000000004 (within 1.25: rtol=0.5, atol=0.25)"),
  // 2 − 0.7499999999999999 rounds to exactly 1.25 (np.isclose says True); one ulp lower does not.
  ("expect_close(0.7499999999999999, 2.0, rtol=0.5, atol=0.25)", nil),
  ("expect_close(0.7499999999999998, 2.0, rtol=0.5, atol=0.25)",
   "AssertionError: expected 2.0, got 0.7499999999999998 (within 1.25: rtol=0.5, atol=0.25)"),
  // Defaults rtol=1e-5, atol=1e-8: 1 + 1e-5 is inside (tolerance 1.001e-5), 1 + 1.1e-5 is not.
  ("expect_close(1.00001, 1.0)", nil),
  ("expect_close(1.000011, 1.0)", "AssertionError: expected 1.0, got 1.000011 (within 1.001e-05: rtol=1e-05, atol=1e-08)"),
  // The tolerance scales with the expected value, not the learner's.
  ("expect_close(0.0, 1e-9)", nil),
  ("expect_close(1e-9, 0.0, atol=0)", "AssertionError: expected 0.0, got 1e-09 (within 0: rtol=1e-05, atol=0)"),
  ("expect_close(float('inf'), float('inf'))", nil),
  ("expect_close(float('nan'), float('nan'))", "AssertionError: expected nan, got nan (within nan: rtol=1e-05, atol=1e-08)"),
  ("expect_close(True, 1)", nil),
  ("expect_close([1.0, 2.0], [1.0, 2.0])", nil),
  ("expect_close([[1, 2], [3, 4]], [[1, 2], [3, 5]])",
   "AssertionError: 1 of 4 values differ; at index (1, 1): expected 5.0, got 4.0 (within 5.001e-05: rtol=1e-05, atol=1e-08)\nexpected [[1.0, 2.0], [3.0, 5.0]]\ngot      [[1.0, 2.0], [3.0, 4.0]]"),
  ("expect_close([2.0, 2.0, 2.0], 2.0)", nil),
  ("expect_close([1.0, 2.0], [1.0, 2.0, 3.0])", "AssertionError: expected shape (3,), got shape (2,) (value [1.0, 2.0])"),
  ("expect_close(None, 2.0)", "AssertionError: your value is None (expected 2.0): did the function forget to return a value?"),
  ("expect_close('2', 2.0)", "AssertionError: your value should be a number or an array, got str"),
  ("expect_close([[1, 2], [3]], [1])", "AssertionError: your value is ragged: it mixes items of shape (2,) and (1,)"),
] as [(String, String?)])
func expectCloseEdges(source: String, expected: String?) {
  #expect(outcome(of: source) == expected)
}

// MARK: - expect_shape, expect_decreasing, expect_accuracy

@Test(arguments: [
  ("expect_shape([[1, 2, 3], [4, 5, 6]], (2, 3))", nil),
  ("expect_shape([1, 2, 3], 3)", nil),
  ("expect_shape(5, ())", nil),
  ("expect_shape([[1, 2, 3]], (3, 1))", "AssertionError: expected shape (3, 1), got shape (1, 3)"),
  ("expect_shape([1, 2], (2, 1))", "AssertionError: expected shape (2, 1), got shape (2,)"),
  ("expect_decreasing([3, 2, 2, 1])", nil),
  ("expect_decreasing([3, 2, 2, 1], strict=True)",
   "AssertionError: expected the losses to strictly decrease, but loss 2 (2.0) is equal to loss 1 (2.0)"),
  ("expect_decreasing([1.0, 0.5, 0.50001])",
   "AssertionError: expected the losses to decrease, but loss 2 (0.50001) is larger than loss 1 (0.5)"),
  ("expect_decreasing([1.0, float('nan')])", "AssertionError: loss 1 is nan: training diverged (try a smaller learning rate)"),
  ("expect_decreasing([1.0])", "AssertionError: expected at least 2 losses to see them decrease, got 1"),
  // 3 of 4 right = 0.75: passes at 0.75, fails at 0.76.
  ("expect_accuracy(lambda x: [0.9, 0.2, 0.7, 0.4], None, [1, 0, 1, 1], 0.75)", nil),
  ("expect_accuracy(lambda x: [0.9, 0.2, 0.7, 0.4], None, [1, 0, 1, 1], 0.76)",
   "AssertionError: accuracy 0.75 (3 of 4 correct) is below the required 0.76"),
  // Rows of scores are argmax'ed; labels may be one-hot.
  ("expect_accuracy(lambda x: [[0.1, 0.9], [0.8, 0.2]], None, [[0, 1], [1, 0]], 1.0)", nil),
  ("expect_accuracy(lambda x: [2, 0, 1], None, [2, 1, 1], 0.6)", nil),
  ("expect_accuracy(lambda x: [2, 0, 1], None, [2, 1, 1], 0.7)",
   "AssertionError: accuracy 0.6666666666666666 (2 of 3 correct) is below the required 0.7"),
  ("expect_accuracy(lambda x: [1, 0], None, [1, 0, 1], 0.5)", "AssertionError: expected 3 predictions (one per label), got 2"),
  ("""
  class M:
      def predict(self, x):
          return [1 if v > 0 else 0 for v in x]
  expect_accuracy(M(), [-1, 2, 3], [0, 1, 0], 0.7)
  """, "AssertionError: accuracy 0.6666666666666666 (2 of 3 correct) is below the required 0.7"),
] as [(String, String?)])
func otherHelpers(source: String, expected: String?) {
  #expect(outcome(of: source) == expected)
}
