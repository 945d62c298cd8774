"""pip-audit over the installed packages, saying plainly what it could not check.

Fails when a known vulnerability is found. pip-audit asks PyPI's JSON API for each
installed release; where that is unreachable (some package mirrors serve only the simple
index) it can audit nothing, and then this says so rather than passing in silence.
"""

import json
import subprocess
import sys
from pathlib import Path


def main() -> int:
    pip_audit = Path(sys.executable).with_name("pip-audit")
    completed = subprocess.run(
        [str(pip_audit), "--skip-editable", "--progress-spinner=off", "--format=json"],
        capture_output=True,
        text=True,
    )
    try:
        found = json.loads(completed.stdout)["dependencies"]
    except (json.JSONDecodeError, KeyError):
        print(completed.stderr or completed.stdout, file=sys.stderr)
        print("pip-audit did not run: see its output above.", file=sys.stderr)
        return 1
    # The portal itself is installed editable: ours to read, not an index's to look up.
    dependencies = [dep for dep in found if "editable" not in dep.get("skip_reason", "")]
    audited = [dep for dep in dependencies if "skip_reason" not in dep]
    vulnerable = [dep for dep in audited if dep.get("vulns")]
    for dep in vulnerable:
        for vuln in dep["vulns"]:
            fixed = ", ".join(vuln.get("fix_versions") or []) or "no fixed release yet"
            print(f"VULNERABLE {dep['name']} {dep['version']}: {vuln['id']} (fixed in {fixed})")
    print(f"pip-audit: {len(audited)} of {len(dependencies)} installed packages audited, ", end="")
    print(f"{len(vulnerable)} with a known vulnerability.")
    if len(audited) < len(dependencies):
        reasons = {dep["skip_reason"].split(":")[0] for dep in dependencies if "skip_reason" in dep}
        print(f"NOT AUDITED: {len(dependencies) - len(audited)} packages ({'; '.join(reasons)}).")
        print("pip-audit looks each release up in PyPI's JSON API (pypi.org/pypi/<name>/<version>/")
        print("json); where that answers, as on an open network, `make audit` checks them all.")
    return 1 if vulnerable else 0


if __name__ == "__main__":
    sys.exit(main())
