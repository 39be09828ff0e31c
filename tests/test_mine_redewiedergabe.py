"""scripts/mine_redewiedergabe.py: counting REDEWIEDERGABE's introducing words as cues of reported speech."""

import gzip
import importlib.util
import sys
from pathlib import Path

HEADER = "file\ttok\tnormtok\tlemma\tpos\trfpos\tsentstart\tstwr\tframe\tspeaker\tintexpr\tnote\n"


def _script():
    path = Path(__file__).resolve().parents[1] / "scripts" / "mine_redewiedergabe.py"
    spec = importlib.util.spec_from_file_location("mine_redewiedergabe", path)
    script = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("mine_redewiedergabe", script)  # (its dataclasses look their module up)
    spec.loader.exec_module(sys.modules["mine_redewiedergabe"])
    script = sys.modules["mine_redewiedergabe"]
    return script


def _row(tok, lemma, pos, start="no", stwr="-", intexpr="-"):
    return f"s1\t{tok}\t{tok}\t{lemma}\t{pos}\t-\t{start}\t{stwr}\t-\t-\t{intexpr}\t-\n"


def _corpus(tmp_path: Path) -> Path:
    rows = [
        # "Der Rat kündigte den Rückzug an." a reported speech act: its split verb counts as "ankündigen"
        _row("Der", "der", "ART", "yes", "reported.speech.1"), _row("Rat", "Rat", "NN", stwr="reported.speech.1"),
        _row("kündigte", "kündigen", "VVFIN", stwr="reported.speech.1", intexpr="intexpr.1"),
        _row("den", "der", "ART", stwr="reported.speech.1"), _row("Rückzug", "Rückzug", "NN", stwr="reported.speech.1"),
        _row("an", "an", "PTKVZ", stwr="reported.speech.1", intexpr="intexpr.1"), _row(".", "--", "$."),
        # "Er kündigte den Vertrag." the same verb without its particle is another lemma
        _row("Er", "er", "PPER", "yes"), _row("kündigte", "kündigen", "VVFIN"), _row("den", "der", "ART"),
        _row("Vertrag", "Vertrag", "NN"), _row(".", "--", "$."),
        # "Sie dachte an den Rückzug." reported thought is no speech
        _row("Sie", "sie", "PPER", "yes", "reported.thought.2"),
        _row("dachte", "denken", "VVFIN", stwr="reported.thought.2", intexpr="intexpr.2"),
        _row("an", "an", "APPR", stwr="reported.thought.2"), _row("den", "der", "ART", stwr="reported.thought.2"),
        _row("Rückzug", "Rückzug", "NN", stwr="reported.thought.2"), _row(".", "--", "$."),
        # "Er sagte, er komme." indirect speech
        _row("Er", "er", "PPER", "yes"), _row("sagte", "sagen", "VVFIN", intexpr="intexpr.3"), _row(",", "--", "$,"),
        _row("er", "er", "PPER", stwr="indirect.speech.3"), _row("komme", "kommen", "VVFIN", stwr="indirect.speech.3"),
        _row(".", "--", "$."),
    ]
    folder = tmp_path / "rw"
    folder.mkdir()
    with gzip.open(folder / "main_corpus_tokens.tsv.gz", "wt", encoding="utf-8") as handle:
        handle.write(HEADER + "".join(rows))
    (folder / "metadata.tsv").write_text("file\tfictional\ns1.tsv\tno\n", encoding="utf-8")
    return folder


def test_a_split_verb_counts_with_its_particle_and_thought_is_no_speech(tmp_path):
    script = _script()
    table = script.count(script.read_corpus(_corpus(tmp_path)), nonfiction=False)
    assert table["ankündigen"]["n"] == 1 and table["ankündigen"]["reported"] == 1
    assert table["kündigen"]["n"] == 1 and table["kündigen"]["reported"] == 0
    assert table["denken"]["thought"] == 1 and table["denken"]["reported"] == 0
    assert table["sagen"]["indirect"] == 1 and table["sagen"]["ri"] == 1


def test_the_lexicon_marks_say_where_a_lemma_is_a_cue():
    marks = _script().lexicon_marks()
    assert "R" in marks["ankündigen"] and "V" in marks["ankündigen"]
    assert "R" not in marks["sagen"] and "V" in marks["sagen"]
    assert "N" in marks["Forderung"]
