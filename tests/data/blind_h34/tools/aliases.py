"""Aliases: merged from the A dicts of the per-article modules (one folder-wide namespace)."""
import glob, importlib, os
HERE = os.path.dirname(os.path.abspath(__file__))
ALIASES = {}
for mod in sorted(glob.glob(os.path.join(HERE, "g[0-9]*.py"))):
    g = importlib.import_module(os.path.basename(mod)[:-3])
    for k, v in getattr(g, "A", {}).items():
        cur = ALIASES.setdefault(k, [])
        for x in v:
            if x not in cur:
                cur.append(x)
