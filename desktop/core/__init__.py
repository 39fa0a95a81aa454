"""PolicyLens core: plain Python, no Qt. The CLI and the GUI are two front ends over it."""
