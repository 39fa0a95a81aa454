"""The Qt front end: shows and drives ``desktop.core``; no analysis logic lives here."""
