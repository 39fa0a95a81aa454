"""A reading app must not drag in PyTorch or CUDA: prove it for the install and at run time."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys

from tests.conftest import SEEDS

FORBIDDEN_DISTRIBUTIONS = ("torch", "stanza", "spacy", "triton")


def test_no_pytorch_or_cuda_distribution_is_installed() -> None:
    installed = {dist.metadata["Name"].lower() for dist in importlib.metadata.distributions()}
    assert not installed & set(FORBIDDEN_DISTRIBUTIONS)
    assert not [name for name in installed if name.startswith("nvidia-")]
    assert "argostranslate" in installed


def test_running_the_app_never_imports_torch_or_stanza() -> None:
    script = f"""
import sys
from desktop.ui.app import create_application, create_window
from desktop.core.analysis import open_document
from desktop.core.policy import analyze_policy
import desktop.cli.analyze, desktop.core.translate.packs
app = create_application()
window = create_window()
window.show()
window.show_analysis(analyze_policy(open_document({str(SEEDS[0])!r})))
app.processEvents()
loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('torch', 'stanza', 'spacy'))
print(loaded)
sys.exit(1 if loaded else 0)
"""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
