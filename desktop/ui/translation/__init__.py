"""Translation in the GUI: the background job, its status bar, and the language packs dialog."""
