// swift-tools-version:6.1
import PackageDescription

// Kernel targets are optimised even in debug builds (a debug build runs numeric loops ~1000x
// slower, which would make `swift test` slow and training tests dishonest), and target
// x86-64-v3 (AVX2 + FMA): without it `SIMD8<Float>.addProduct` lowers to calls to `fmaf`.
// README states the CPU requirement; `hocsau bench gemm` justifies it.
let kernelSettings: [SwiftSetting] = [
  .unsafeFlags(["-Xcc", "-march=x86-64-v3"]),
  .unsafeFlags(["-O"], .when(configuration: .debug)),
  .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release)),
]
// The interpreter is a hot path too (per-op overhead); optimise it in debug builds as well.
let fastSettings: [SwiftSetting] = [
  .unsafeFlags(["-O"], .when(configuration: .debug)),
  // Dynamic exclusivity checks cost ~20% of the interpreter loop (`hocsau bench minipy-loop`).
  .unsafeFlags(["-enforce-exclusivity=unchecked"]),
]

let package = Package(
  name: "hocsau",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "hocsau", targets: ["hocsau"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
  ],
  targets: [
    // MARK: - System libraries (only NCursesBackend and Datasets import these)
    .systemLibrary(
      name: "CNcurses", path: "Sources/CNcurses", pkgConfig: "ncursesw",
      providers: [.apt(["libncurses-dev"])]),
    .systemLibrary(
      name: "CReadline", path: "Sources/CReadline",
      providers: [.apt(["libreadline-dev"])]),
    .systemLibrary(
      name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib",
      providers: [.apt(["zlib1g-dev"])]),

    // MARK: - Numerics
    .target(name: "TensorCore", swiftSettings: kernelSettings),
    .target(name: "Autograd", dependencies: ["TensorCore"], swiftSettings: kernelSettings),

    // MARK: - The cell language and its libraries
    .target(name: "MiniPy", swiftSettings: fastSettings),
    .target(name: "Plot", swiftSettings: fastSettings),
    .target(name: "Datasets", dependencies: ["CZlib"], swiftSettings: fastSettings),
    .target(
      name: "MiniPyLibrary",
      dependencies: ["MiniPy", "TensorCore", "Autograd", "Plot", "Datasets"],
      swiftSettings: fastSettings),

    // MARK: - Notebook and the terminal app
    .target(name: "Notebook", dependencies: ["MiniPy", "MiniPyLibrary", "Plot"], swiftSettings: fastSettings),
    .target(name: "TerminalKit"),
    .target(name: "TerminalUI", dependencies: ["TerminalKit", "Notebook", "Plot"]),
    .target(name: "NCursesBackend", dependencies: ["TerminalKit", "CNcurses", "CReadline"]),
    .executableTarget(
      name: "hocsau",
      dependencies: [
        "TensorCore", "Autograd", "MiniPy", "MiniPyLibrary", "Plot", "Datasets", "Notebook",
        "TerminalKit", "TerminalUI", "NCursesBackend",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: fastSettings,
      // Release: the Swift runtime and Foundation linked in (as `--static-swift-stdlib` does).
      // Resolving ~25,000 symbols across 15 shared libraries took the dynamic loader longer
      // than the rest of `hocsau run` start-up (34 M instructions -> 9 M; 18 ms -> 8 ms).
      linkerSettings: [.unsafeFlags(["-static-stdlib", "-lCoreFoundation", "-l_FoundationICU", "-l_FoundationCShims", "-l_FoundationCollections"], .when(configuration: .release))]),

    // MARK: - Tests
    .testTarget(name: "TensorCoreTests", dependencies: ["TensorCore"], swiftSettings: fastSettings),
    .testTarget(name: "AutogradTests", dependencies: ["Autograd", "TensorCore"], swiftSettings: fastSettings),
    .testTarget(name: "MiniPyTests", dependencies: ["MiniPy"], resources: [.copy("Scripts")]),
    .testTarget(
      name: "MiniPyLibraryTests", dependencies: ["MiniPyLibrary", "MiniPy", "TensorCore"],
      resources: [.copy("Scripts")]),
    .testTarget(name: "PlotTests", dependencies: ["Plot"], resources: [.copy("Goldens")]),
    .testTarget(name: "DatasetsTests", dependencies: ["Datasets"]),
    .testTarget(name: "NotebookTests", dependencies: ["Notebook", "MiniPy", "MiniPyLibrary"]),
    .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit"]),
    .testTarget(
      name: "TerminalUITests", dependencies: ["TerminalUI", "TerminalKit", "Notebook"],
      resources: [.copy("Goldens")]),
    .testTarget(name: "NCursesBackendTests", dependencies: ["NCursesBackend", "TerminalKit"]),
  ]
)
