"""The reading panes: original and translation, linked sentence by sentence."""
