// The modules MiniPy programs import: numpy, matplotlib.pyplot, pandas, sklearn, keras.
// (Filled in by the library; `hocsau run`/`repl` and notebook sessions call `install`.)

import Foundation
import MiniPy
import Plot

public enum StandardLibrary {
  /// Registers the library's modules with `interpreter` (`import numpy as np` and friends).
  /// - Parameters:
  ///   - interpreter: the session to install into.
  ///   - assetsDirectory: where bundled data files live (searched after the working folder).
  ///   - figureSink: receives the figures `plt.show()` emits; nil prints them as text through
  ///     the interpreter's output (`PltModule.textSink`).
  ///   - progressSink: receives `progress(...)` loop reports (the app's progress bar); nil
  ///     means loops only iterate.
  ///   - visualizerSink: receives `conv_visualizer(...)`'s walkthrough (the app opens it); nil
  ///     prints its first steps as text.
  public static func install(
    in interpreter: Interpreter, assetsDirectory: URL? = nil, figureSink: FigureSink? = nil,
    visualizerSink: ((ConvWalkthrough) -> Void)? = nil, progressSink: ((LoopProgress) -> Void)? = nil
  ) {
    if let assetsDirectory { interpreter.searchDirectories.append(assetsDirectory) }
    NumPyLibrary.install(in: interpreter)
    PltModule.install(in: interpreter, sink: figureSink)
    ConvVisualizerBinding.install(in: interpreter, sink: visualizerSink)
    ProgressBinding.install(in: interpreter, sink: progressSink)
  }
}
