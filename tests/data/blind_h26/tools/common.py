"""Helpers for the blind11 gold: one call per claim / statement."""
CLAIMS = []
STMTS = []
META = []

def meta(doc, published, outlet, url=None, note=None):
    m = {"id": doc, "file": doc + ".txt", "published": published, "outlet": outlet, "url": url}
    if note:
        m["note"] = note
    META.append(m)

def c(doc, ev, measure, low, high, q, src=None, cert="asserted", fut=False, time=None,
      loc=None, actor=None, opt=False, add=False, note=None):
    d = {"doc": doc, "evidence": ev, "measure": measure, "actor": actor, "low": low,
         "high": high, "qualifier": q, "source": src, "certainty": cert, "future": fut,
         "time": time, "location": loc}
    if opt:
        d["optional"] = True
    if add:
        d["additional"] = True
    if note:
        d["note"] = note
    CLAIMS.append(d)

def s(doc, speaker, kind, cue, mode, content, role=None, denial=False):
    d = {"doc": doc, "speaker": speaker, "kind": kind, "role": role, "cue": cue,
         "mode": mode, "content": content}
    if denial:
        d["denial"] = True
    STMTS.append(d)
