import TerminalKit

/// In this module a `Cell` is a screen cell. (Plot and Notebook each have their own `Cell`:
/// a chart canvas cell and a chapter's code cell, written `Notebook.Cell` here.)
public typealias Cell = TerminalKit.Cell
