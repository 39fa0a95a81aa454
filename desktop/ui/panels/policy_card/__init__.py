"""The Policy card: the facts a reader wants from a policy, in plain English, each linked to
the sentence it came from, and copyable as text."""

from desktop.ui.panels.policy_card.panel import PolicyCardPanel

__all__ = ["PolicyCardPanel"]
