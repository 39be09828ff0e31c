"""Helpers for writing the gold of batch v15 (one g*.py per article)."""
CLAIMS = []
STATEMENTS = []
ALIASES = {}
_doc = [None]


def doc(name):
    _doc[0] = name


def c(ev, measure, low, high, q, src=None, cert="asserted", fut=False, time=None,
      loc=None, actor=None, opt=False, add=False, note=None):
    d = {"doc": _doc[0], "evidence": ev, "measure": measure, "actor": actor,
         "low": low, "high": high, "qualifier": q, "source": src,
         "certainty": cert, "future": fut, "time": time, "location": loc}
    if opt:
        d["optional"] = True
    if add:
        d["additional"] = True
    if note:
        d["note"] = note
    CLAIMS.append(d)


def s(speaker, kind, cue, mode, content, role=None, denial=False):
    d = {"doc": _doc[0], "speaker": speaker, "kind": kind, "role": role, "cue": cue,
         "mode": mode, "content": content}
    if denial:
        d["denial"] = True
    STATEMENTS.append(d)


def a(canonical, *names):
    ALIASES.setdefault(canonical, [])
    for n in names:
        if n not in ALIASES[canonical]:
            ALIASES[canonical].append(n)
