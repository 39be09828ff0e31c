from common import C, S
DOC = "j19_19_transfer"
# no-claim article: fees, ages, years, goals, appearances, spectators, minutes
A = {
    "SC Freiburg": ["Freiburg", "Bundesligist", "Klub"],
    "kicker": ["\"kicker\""],
    "Markus Heller": ["Heller", "Sportvorstand Markus Heller"],
    "Italian media": ["italienische Medien", "italienischen Medien"],
    "Luc Vandeborne": ["Vandeborne", "Genk-Präsident Luc Vandeborne"],
    "Het Belang van Limburg": ["Zeitung \"Het Belang van Limburg\""],
    "Dominik Brandl": ["Brandl", "Trainer Dominik Brandl"],
}
CLAIMS = []
P = "person"; O = "org"; H = "Markus Heller"
STATEMENTS = [
    S("SC Freiburg", O, "mitteilte", "Der 22 Jahre alte nigerianische Stürmer Samuel Okafor wechselt vom belgischen Erstligisten KRC Genk in den Breisgau und unterschreibt einen Vertrag bis 2031"),
    S("kicker", O, "Nach Informationen", "zahlt Freiburg 28 Millionen Euro fix, durch Bonuszahlungen könnte die Summe auf bis zu 32 Millionen Euro steigen"),
    S(H, P, "sagte", "Samuel ist ein Spieler, auf den wir seit zwei Jahren schauen", mode="direct", role="Sportvorstand"),
    S(H, P, None, "Er ist schnell, kopfballstark und hat eine enorme Mentalität.", mode="direct", role="Sportvorstand"),
    S(H, P, "habe", "Der Klub habe sich gegen starke Konkurrenz aus England und Italien durchgesetzt", role="Sportvorstand"),
    S("Luc Vandeborne", P, "sagte", "man lasse Okafor \"mit einem weinenden und einem lachenden Auge\" gehen", role="Genk-Präsident"),
    S("Luc Vandeborne", P, "sei", "Der Verkauf sei wirtschaftlich nicht abzulehnen gewesen", role="Genk-Präsident"),
    S("Dominik Brandl", P, "sagte", "Wir haben jetzt eine Option mehr im Sturm", mode="direct", role="Trainer"),
]
