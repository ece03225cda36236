import TerminalKit

/// The app's styles in one place. With `NO_COLOR` every style keeps only its attributes.
public struct Theme: Sendable {
  public var color: Bool

  public init(color: Bool) { self.color = color }

  private func c(_ s: Style) -> Style { color ? s : s.monochrome }

  public var plain: Style { .plain }
  public var heading1: Style { c(Style(foreground: .indexed(75), bold: true, underline: true)) }
  public var heading2: Style { c(Style(foreground: .indexed(75), bold: true)) }
  public var heading3: Style { c(Style(bold: true)) }
  public var emphasis: Style { Style(underline: true) }
  public var strong: Style { Style(bold: true) }
  public var inlineCode: Style { c(Style(foreground: .indexed(180))) }
  public var link: Style { c(Style(foreground: .indexed(75), underline: true)) }
  public var quote: Style { c(Style(foreground: .indexed(245))) }
  public var dim: Style { Style(dim: true) }
  public var codeBlock: Style { c(Style(foreground: .indexed(250))) }
  public var tableBorder: Style { c(Style(foreground: .indexed(242))) }

  // Code cells.
  public var keyword: Style { c(Style(foreground: .indexed(176), bold: true)) }
  public var string: Style { c(Style(foreground: .indexed(114))) }
  public var number: Style { c(Style(foreground: .indexed(215))) }
  public var comment: Style { c(Style(foreground: .indexed(244), dim: !color)) }
  public var builtin: Style { c(Style(foreground: .indexed(81))) }
  public var cellBorder: Style { c(Style(foreground: .indexed(240))) }
  public var selectedBorder: Style { c(Style(foreground: .indexed(75), bold: true)) }
  public var editingBorder: Style { c(Style(foreground: .indexed(114), bold: true)) }

  // Status.
  public var ok: Style { c(Style(foreground: .indexed(114))) }
  public var error: Style { c(Style(foreground: .indexed(203), bold: true)) }
  public var running: Style { c(Style(foreground: .indexed(221))) }
  public var output: Style { .plain }
  public var keyBar: Style { Style(reverse: true) }
  public var keyName: Style { Style(bold: true, reverse: true) }
  public var title: Style { c(Style(bold: true, reverse: true)) }
  public var selection: Style { Style(reverse: true) }
}
