// Array methods with an `np.` twin: `a.sort()` (in place) `argsort cumsum cumprod nonzero
// repeat trace diagonal swapaxes take searchsorted`.

import MiniPy
import TensorCore

extension NDArray {
  static let sortingMethodNames: [String] = [
    "sort", "argsort", "cumsum", "cumprod", "nonzero", "repeat", "trace", "diagonal", "swapaxes", "take", "searchsorted",
  ]

  /// The methods above; `nil` for any other name.
  func callSortingMethod(_ name: String, _ args: Arguments) throws -> Value? {
    let interp = args.interpreter
    switch name {
    case "sort":
      // In place along one axis (`axis=None` is NumPy's TypeError); writes through a view.
      try NumPyModule.checkSortKind(args)
      guard let axis = try NumPyModule.singleAxis(args, 0, default: -1) else {
        throw PyException(.type, "'NoneType' object cannot be interpreted as an integer")
      }
      let sorted = try np { try tensor.sorted(axis: axis) }
      try replace(with: sorted)
      return Value.none
    case "argsort":
      try NumPyModule.checkSortKind(args)
      let r = try NumPyModule.sort(tensor, axis: try NumPyModule.singleAxis(args, 0, default: -1), indices: true)
      return try NumPyConvert.wrap(r, interp)
    case "cumsum", "cumprod":
      let r = try NumPyModule.running(
        tensor, axis: try NumPyModule.singleAxis(args, 0, default: nil), dtype: try NumPyModule.dtypeArgument(args, 1),
        product: name == "cumprod")
      return try NumPyConvert.wrap(r, interp)
    case "nonzero":
      return try NumPyModule.nonzero(tensor, interp)
    case "repeat":
      return try NumPyModule.repeatArray(tensor, try args.required(0, "repeats"), try args.value(1, "axis"), interp)
    case "trace":
      return try NumPyModule.trace(tensor, args, first: 0)
    case "diagonal":
      return try NumPyConvert.wrap(try NumPyModule.diagonal(tensor, args, first: 0), interp)
    case "swapaxes":
      return try NumPyModule.swapAxes(self, try args.int(0, "axis1"), try args.int(1, "axis2"), interp)
    case "take":
      return try NumPyModule.take(
        tensor, try args.required(0, "indices"), try args.value(1, "axis"), mode: try args.string(3, "mode", default: "raise"), interp)
    case "searchsorted":
      if let s = try args.value(2, "sorter"), !s.isNone { throw NumPyError.notSupported("ndarray.searchsorted(sorter=...)") }
      return try NumPyModule.searchSorted(tensor, try args.required(0, "v"), side: try args.string(1, "side", default: "left"), interp)
    default:
      return nil
    }
  }
}
