"""`python -m tnp` runs every example of the tf.experimental.numpy guide and agrees with NumPy on each."""

from __future__ import annotations

import os
import subprocess
import sys

# The guide's examples (tf_experimental_numpy_r2.4): each prints its title line, then its results or a note.
TITLES = [
    "broadcast add",
    "int16 + uint8 promotion",
    "np.sum over tnp + NumPy",
    "tf op on a tnp array",
    "tnp op on a tf.Tensor",
    "tnp.sum over tnp + tf",
    "tf.device",
    "tf.function",
    "tf.Variable",
]


def example_problem(lines: list[str], title: str) -> str | None:
    """None if example `title` printed its title, then tnp's and NumPy's (equal) results or a skip note."""
    found = [i for i, line in enumerate(lines) if line.startswith(f"{title}: ")]
    if len(found) != 1:
        return f"{title!r}: title line printed {len(found)} times"
    body = lines[found[0] + 1 : found[0] + 3]
    if body and body[0].startswith("  skipped: tnp has no "):
        return None
    if len(body) == 2 and body[0].startswith("  tnp: ") and body[1].startswith("  numpy: "):
        return None if body[1].endswith("  same") else f"{title!r}: differs from NumPy: {body}"
    return f"{title!r}: no result printed: {body}"


def test_showcase_runs_every_example_like_numpy():
    """One subprocess for all checks (TensorFlow's start-up is the cost; xdist would repeat a fixture)."""
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "2"}
    proc = subprocess.run([sys.executable, "-m", "tnp"], capture_output=True, text=True, timeout=300, env=env)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    problems = [p for title in TITLES if (p := example_problem(lines, title))]
    assert not problems, "\n".join(problems) + "\n\n" + proc.stdout
