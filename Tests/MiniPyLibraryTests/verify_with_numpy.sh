#!/bin/sh
# Runs every MiniPyLibrary script test through CPython + NumPy (+ pandas, scikit-learn) and checks
# its `# expect:` lines; `--update` rewrites them from CPython's output.
# Needs numpy, pandas and scikit-learn; PYTHON picks the interpreter, e.g. a venv made with
#   python3 -m venv --system-site-packages /tmp/skvenv && /tmp/skvenv/bin/pip install scikit-learn pandas
here=$(dirname "$0")
PYTHON=${PYTHON:-$( [ -x /tmp/skvenv/bin/python ] && echo /tmp/skvenv/bin/python || echo python3 )}
exec "$PYTHON" "$here/verify_with_numpy.py" "$@"
