"""Helpers for writing the gold of blind13 by hand, one module per article."""

MEASURES = {"troops", "killed", "wounded", "killed_or_wounded", "captured", "missing",
            "arrested", "displaced", "equipment", "other"}
QUALIFIERS = {"exact", "about", "at_least", "at_most", "range"}
CERTAINTIES = {"asserted", "reported", "estimated", "possible", "denied"}


def C(ev, measure, low, high, q, source=None, cert="asserted", time=None, loc=None,
      actor=None, future=False, optional=False, additional=False, note=None):
    d = {"evidence": ev, "measure": measure, "actor": actor, "low": low, "high": high,
         "qualifier": q, "source": source, "certainty": cert, "future": future,
         "time": time, "location": loc}
    if optional:
        d["optional"] = True
    if additional:
        d["additional"] = True
    if note:
        d["note"] = note
    return d


def S(speaker, kind, cue, content, mode="indirect", role=None, denial=False):
    d = {"speaker": speaker, "kind": kind, "role": role, "cue": cue, "mode": mode,
         "content": content}
    if denial:
        d["denial"] = True
    return d
