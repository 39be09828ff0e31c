from common import C, S
D = "w14_05_colmar"
CO, PR, CV = "Colmar", "prefecture", "Catherine Vigneron"
claims = [
    C("eine Tote, 23", "killed", 1, 1, "exact", loc=CO, optional=True, note="headline, count of one"),
    C("23 Verletzte", "wounded", 23, 23, "exact", loc=CO, optional=True, note="headline restates the body"),
    C("Eine 67 Jahre alte Frau aus dem benachbarten Baden-Württemberg wurde dabei getötet", "killed", 1, 1, "exact", PR, time="2026-11-21", loc=CO, optional=True, note="count of one"),
    C("23 weitere Menschen wurden verletzt", "wounded", 23, 23, "exact", PR, time="2026-11-21", loc=CO, note="'weitere' after the dead: not additional"),
    C("Sechs der Verletzten seien in Lebensgefahr", "wounded", 6, 6, "exact", PR, loc=CO, note="subset"),
    C("ein zehnjähriger Junge", "wounded", 1, 1, "exact", PR, loc=CO, optional=True, note="count of one"),
    C("rund 2.000 Menschen aufhielten", "other", 2000, 2000, "about", "city administration", "estimated", time="2026-11-20", loc=CO, optional=True, note="crowd present"),
    C("den 43 Jahre alten Fahrer fest", "arrested", 1, 1, "exact", loc=CO, optional=True, note="count of one"),
    C("Zwei weitere Männer", "arrested", 2, 2, "exact", "investigator circles", loc=CO, additional=True, note="relay: Le Parisien citing investigators; increment on the driver's arrest"),
    C("wonach es zwei Tote gegeben habe", "killed", 2, 2, "exact", None, "denied", loc=CO, note="social media reports rejected by the prosecutor"),
    C("rund 120 Einsatzkräfte", "troops", 120, 120, "about", "fire brigade", loc=CO, actor="rescuers", optional=True, note="rescue deployment"),
    C("drei Schwerverletzte nach Freiburg", "wounded", 3, 3, "exact", loc=CO, note="subset; own voice"),
    C("um 300 Beamte zu verstärken", "troops", 300, 300, "exact", "French interior ministry", "possible", loc="Alsace", actor="police", future=True, optional=True, note="police reinforcement"),
]
st = [
    S(PR, "org", "mitteilte", "Eine 67 Jahre alte Frau aus dem benachbarten Baden-Württemberg wurde dabei getötet, 23 weitere Menschen wurden verletzt"),
    S(PR, "org", "seien", "Sechs der Verletzten seien in Lebensgefahr, unter ihnen ein zehnjähriger Junge"),
    S("city administration", "org", "nach Schätzung", "wo sich nach Schätzung der Stadtverwaltung rund 2.000 Menschen aufhielten"),
    S("Le Parisien", "org", "berichtete", "der Mann sei betrunken gewesen und habe zuvor einen Streit mit seiner Ehefrau gehabt"),
    S("Le Parisien", "org", "seien", "Zwei weitere Männer, die ihn begleitet hätten, seien in der Nacht ebenfalls in Gewahrsam genommen worden"),
    S(CV, "person", "sagte", 'es gebe "derzeit keinerlei Hinweise auf einen terroristischen Hintergrund"', role="zuständige Staatsanwältin", denial=True),
    S(CV, "person", "wies", "Berichte in sozialen Netzwerken, wonach es zwei Tote gegeben habe", role="zuständige Staatsanwältin", denial=True),
    S(CV, "person", "habe", "Die nationale Anti-Terror-Staatsanwaltschaft PNAT habe die Ermittlungen nicht übernommen", role="zuständige Staatsanwältin"),
    S("fire brigade", "org", "Nach Angaben", "waren rund 120 Einsatzkräfte vor Ort"),
    S("French interior ministry", "org", "kündigte", "die Polizeipräsenz auf Weihnachtsmärkten im ganzen Elsass um 300 Beamte zu verstärken"),
]
ALIASES = {
    CO: ["Weihnachtsmarkt Colmar", "Rue des Marchands", "Koifhus", "Colmar, Elsass"],
    "Alsace": ["Elsass"],
    PR: ["Präfektur des Départements Haut-Rhin", "Präfektur", "Präfektur Haut-Rhin", "Präfektur von Mayotte", "Präfektur Mayotte", "Haut-Rhin prefecture", "Mayotte prefecture"],
    CV: ["Vigneron", "Staatsanwältin Catherine Vigneron"],
    "city administration": ["Stadtverwaltung"],
    "Le Parisien": ['Zeitung "Le Parisien"'],
    "investigator circles": ["Ermittlerkreise", "Ermittlerkreisen"],
    "fire brigade": ["Feuerwehr"],
    "rescuers": ["Einsatzkräfte", "Rettungskräfte"],
    "French interior ministry": ["Innenministerium in Paris", "französisches Innenministerium"],
}
GOLD = {D: (claims, st)}
