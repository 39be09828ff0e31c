"""Helpers for writing the gold of batch blind12 (r12_)."""
CLAIMS = []
STATEMENTS = []
ALIASES = {}

def C(doc, evidence, measure, low, high, qualifier, source=None, certainty="asserted",
      time=None, location=None, actor=None, future=False, optional=False,
      additional=False, note=None):
    row = {"doc": doc, "evidence": evidence, "measure": measure, "actor": actor,
           "low": low, "high": high, "qualifier": qualifier, "source": source,
           "certainty": certainty, "future": future, "time": time, "location": location}
    if optional:
        row["optional"] = True
    if additional:
        row["additional"] = True
    if note:
        row["note"] = note
    CLAIMS.append(row)

def S(doc, speaker, kind, cue, mode, content, role=None, denial=False):
    row = {"doc": doc, "speaker": speaker, "kind": kind, "role": role, "cue": cue,
           "mode": mode, "content": content}
    if denial:
        row["denial"] = True
    STATEMENTS.append(row)

def A(canonical, *names):
    ALIASES.setdefault(canonical, [])
    for n in names:
        if n not in ALIASES[canonical]:
            ALIASES[canonical].append(n)
