"""Offline translation with Argos Translate packs, run directly on CTranslate2.

Nothing here imports Qt, Stanza or PyTorch, and nothing touches the network unless a caller
asks for the catalogue or a download.
"""
