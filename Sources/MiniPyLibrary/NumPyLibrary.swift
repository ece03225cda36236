// Installs MiniPy's scientific modules into an interpreter: `numpy` (with `numpy.random`,
// `numpy.linalg`), `pandas` and `sklearn.linear_model`.

import MiniPy

/// The NumPy-compatible part of MiniPy's standard library.
public enum NumPyLibrary {
  /// Registers `numpy`, `numpy.random`, `numpy.linalg`, `pandas`, `sklearn` and
  /// `sklearn.linear_model` in `interp` (fresh module objects: each session has its own
  /// random state).
  public static func install(in interp: Interpreter) {
    let (numpy, random, linalg) = NumPyModule.make(interp)
    interp.registerModule(name: "numpy", numpy)
    interp.registerModule(name: "numpy.random", random)
    interp.registerModule(name: "numpy.linalg", linalg)
    interp.registerModule(name: "pandas", PandasModule.make())
    let (linearModel, sklearn) = SklearnModule.make()
    interp.registerModule(name: "sklearn", sklearn)
    interp.registerModule(name: "sklearn.linear_model", linearModel)
  }
}
