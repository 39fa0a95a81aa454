"""Side panels docked around the reader: outline, highlights, policy card."""
