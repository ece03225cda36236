// TensorCore — see DESIGN.md for what this target holds.
