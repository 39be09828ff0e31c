from common import C, S, A
D = "r12_17_volleyball"
# no claims: scores, sets, points, ages, table positions, spectators and tickets only
S(D, "Jens Rohlfing", "person", "sagte", "direct", "Wir haben heute in den entscheidenden Momenten einfach ruhiger gespielt", role="Trainer")
S(D, "Marco Berger", "person", "sprach von", "direct", "verdienten Sieg für Lüneburg", role="Trainer")
S(D, "Marco Berger", "person", "kündigte", "indirect", "die Niederlage in Ruhe aufzuarbeiten", role="Trainer")
A("Jens Rohlfing", "Rohlfing", "Lüneburgs Trainer Jens Rohlfing")
A("Marco Berger", "Berger", "Berlins Trainer Marco Berger")
