# Loaded at start-up by a `python -m mtaudit` subprocess whose PYTHONPATH
# names this folder (tests/test_cli.py): registers the test checks.
import report_test_checks

report_test_checks.install_globally()
