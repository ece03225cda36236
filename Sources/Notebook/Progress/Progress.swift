import Foundation

// MARK: - What is saved

/// Everything a learner has done, for every chapter. Saved as versioned JSON by `ProgressStore`.
public struct Progress: Sendable, Equatable, Codable {
  /// The on-disk format this build writes. A file with a larger number is moved aside, not read.
  public static let currentVersion = 1
  /// Marks a file as hocsau progress (so importing an unrelated JSON file fails clearly).
  public static let formatName = "hocsau-progress"

  public var format: String
  public var version: Int
  /// By chapter id (the file stem).
  public var chapters: [String: ChapterProgress]
  /// The chapter open last, to continue there.
  public var lastChapter: String?

  public init(chapters: [String: ChapterProgress] = [:], lastChapter: String? = nil) {
    self.format = Self.formatName
    self.version = Self.currentVersion
    self.chapters = chapters
    self.lastChapter = lastChapter
  }

  /// The chapter's progress, created empty on first access.
  public subscript(chapter id: String) -> ChapterProgress {
    get { chapters[id] ?? ChapterProgress() }
    set { chapters[id] = newValue }
  }
}

/// One chapter's progress.
public struct ChapterProgress: Sendable, Equatable, Codable {
  /// Learner edits and output summaries, by cell id.
  public var cells: [CellID: CellProgress]
  /// By exercise id.
  public var exercises: [String: ExerciseProgress]
  /// The cell the learner was at.
  public var lastCell: CellID?
  /// When anything in this chapter last changed.
  public var updated: Date?

  public init(
    cells: [CellID: CellProgress] = [:], exercises: [String: ExerciseProgress] = [:], lastCell: CellID? = nil,
    updated: Date? = nil
  ) {
    self.cells = cells
    self.exercises = exercises
    self.lastCell = lastCell
    self.updated = updated
  }

  /// The code to show for a cell: the learner's edit if any, else the chapter's.
  public func source(of cell: ChapterCell) -> String { cells[cell.id]?.source ?? cell.source }

  /// Whether the learner's edit of `cell` was made on a different version of the chapter's code.
  public func editIsStale(for cell: ChapterCell) -> Bool {
    guard let progress = cells[cell.id], progress.source != nil, let base = progress.baseHash else { return false }
    return base != sourceHash(cell.source)
  }
}

/// A cell's saved state.
public struct CellProgress: Sendable, Equatable, Codable {
  /// The learner's edited code; nil when unedited.
  public var source: String?
  /// `sourceHash` of the chapter's code the edit started from (to notice a changed chapter).
  public var baseHash: String?
  /// What the last run showed, summarised.
  public var output: OutputSummary?

  public init(source: String? = nil, baseHash: String? = nil, output: OutputSummary? = nil) {
    self.source = source
    self.baseHash = baseHash
    self.output = output
  }
}

/// A summary of a cell run's output: enough to show "last run" when the chapter is reopened.
public struct OutputSummary: Sendable, Equatable, Codable {
  /// Printed text, the last `OutputSummary.textLimit` characters.
  public var text: String
  /// How many figures were shown.
  public var figures: Int
  /// The error message, if the run failed.
  public var error: String?
  /// Seconds.
  public var duration: Double
  public var ranAt: Date?

  public static let textLimit = 4000

  public init(text: String, figures: Int = 0, error: String? = nil, duration: Double = 0, ranAt: Date? = nil) {
    self.text = text.count > Self.textLimit ? "…" + String(text.suffix(Self.textLimit)) : text
    self.figures = figures
    self.error = error
    self.duration = duration
    self.ranAt = ranAt
  }
}

/// An exercise's saved state.
public struct ExerciseProgress: Sendable, Equatable, Codable {
  /// Hints revealed so far (hints are revealed in order, so this is also the next one's index).
  public var hintsUsed: Int
  /// How many times the learner ran the checks.
  public var attempts: Int
  /// The last check's result.
  public var lastResult: ExerciseResult?
  /// Whether it has passed at least once.
  public var solved: Bool

  public init(hintsUsed: Int = 0, attempts: Int = 0, lastResult: ExerciseResult? = nil, solved: Bool = false) {
    self.hintsUsed = hintsUsed
    self.attempts = attempts
    self.lastResult = lastResult
    self.solved = solved
  }
}

/// A short stable hash of a cell's code (FNV-1a 64, hex): identifies the version an edit
/// started from.
public func sourceHash(_ text: String) -> String {
  var hash: UInt64 = 0xcbf2_9ce4_8422_2325
  for byte in text.utf8 {
    hash ^= UInt64(byte)
    hash &*= 0x100_0000_01b3
  }
  return String(hash, radix: 16)
}

// MARK: - Hints, results and solutions

extension ChapterProgress {
  /// Reveals the next hint of `exercise` (hints come one at a time, in order) and records it.
  /// - Returns: the revealed hint's index, or nil when every hint is already shown.
  public mutating func revealNextHint(of exercise: Exercise) -> Int? {
    var progress = exercises[exercise.id] ?? ExerciseProgress()
    guard progress.hintsUsed < exercise.hints.count else { return nil }
    progress.hintsUsed += 1
    exercises[exercise.id] = progress
    return progress.hintsUsed - 1
  }

  /// The hints of `exercise` the learner has revealed, in order.
  public func revealedHints(of exercise: Exercise) -> [[Inline]] {
    Array(exercise.hints.prefix(exercises[exercise.id]?.hintsUsed ?? 0))
  }

  /// Records a check of an exercise: one more attempt, the last result, solved once passed.
  public mutating func record(_ result: ExerciseResult) {
    var progress = exercises[result.exerciseID] ?? ExerciseProgress()
    progress.attempts += 1
    progress.lastResult = result
    progress.solved = progress.solved || result.passed
    exercises[result.exerciseID] = progress
  }
}

extension Exercise {
  /// The reference solution, shown only in instructor mode (nil otherwise).
  public func solution(instructorMode: Bool) -> String? { instructorMode ? solution?.code : nil }
}
