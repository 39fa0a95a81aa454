"""Category highlights: colours and line styles, pane decorations, the legend and passages."""
