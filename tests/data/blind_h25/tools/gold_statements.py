# Hand-written gold statements for blind10.
STATEMENTS = []
import json as _j, os as _o
DOC = {int(m["id"][4:6]): m["id"] for m in map(_j.loads, open(_o.path.join(_o.path.dirname(_o.path.abspath(__file__)), "..", "articles", "meta.jsonl"), encoding="utf-8"))}
def S(d, speaker, kind, role, cue, mode, content, denial=False):
    r = {"doc": DOC[d], "speaker": speaker, "kind": kind, "role": role, "cue": cue,
         "mode": mode, "content": content}
    if denial: r["denial"] = True
    STATEMENTS.append(r)

d = 1
S(d, "Palestinian Health Ministry", "org", None, "nach Angaben", "indirect", "elf Menschen getötet, darunter zwei Jugendliche")
S(d, "Palestinian Health Ministry", "org", None, "seien", "indirect", "Mehr als 40 Menschen seien verletzt worden, einige von ihnen schwer")
S(d, "Israeli army", "org", None, "sprach", "indirect", 'von neun getöteten "Terroristen"')
S(d, "Israeli army", "org", "Armeesprecher", "sagte", "indirect", "die Soldaten hätten zudem 27 gesuchte Personen festgenommen und mehrere Sprengsätze unschädlich gemacht")
S(d, "Israeli army", "org", "Armeesprecher", "seien", "indirect", "Zivilisten seien bei dem Einsatz nicht gezielt angegriffen worden", denial=True)
S(d, "Israeli army", "org", "Armeesprecher", "wies zurück", "indirect", "Berichte über getötete Kinder", denial=True)
S(d, "Israeli army", "org", "Armeesprecher", "wies zurück", "direct", "Unter den Toten war kein einziges Kind.", denial=True)
S(d, "Israeli army", "org", None, "nach Armeeangaben", "indirect", "rund 600 Soldaten, unterstützt von Drohnen und etwa 30 gepanzerten Fahrzeugen, in das Lager eingerückt")
S(d, "Wafa", "org", "palästinensische Nachrichtenagentur", "berichtete", "indirect", "rund 3.000 Bewohner hätten das Lager während des Einsatzes verlassen müssen")
S(d, "OCHA", "org", "UN-Nothilfebüro", "erklärte", "indirect", "seit Jahresbeginn seien im Westjordanland mehr als 32.000 Palästinenser durch Militäreinsätze und Abrisse vertrieben worden")
S(d, "OCHA", "org", "UN-Nothilfebüro", "sei", "indirect", 'Die Lage in den Lagern im Norden sei "so angespannt wie seit Jahrzehnten nicht"')
S(d, "Israeli army", "org", None, "nach Militärangaben", "indirect", "Auch ein israelischer Soldat wurde nach Militärangaben bei einem Schusswechsel leicht verletzt")
S(d, "Israeli army", "org", None, "kündigte an", "indirect", "die Einsätze in der Region fortzusetzen")

d = 2
S(d, "Armenian Defence Ministry", "org", None, "teilte mit", "indirect", "aserbaidschanische Einheiten hätten nahe dem Dorf Sotk in der Provinz Gegharkunik armenische Stellungen mit Mörsern und Drohnen beschossen")
S(d, "Armenian Defence Ministry", "org", None, "seien", "indirect", "Zwei armenische Soldaten seien getötet, fünf weitere verwundet worden")
S(d, "Azerbaijani Defence Ministry", "org", None, "wies zurück", "indirect", "Baku wies die Darstellung zurück", denial=True)
S(d, "Azerbaijani Defence Ministry", "org", "Sprecher", "sagte", "indirect", 'die armenische Seite habe zuerst das Feuer eröffnet, die eigenen Truppen hätten lediglich "angemessen reagiert"')
S(d, "Azerbaijani Defence Ministry", "org", "Sprecher", "sei", "indirect", "Auf aserbaidschanischer Seite sei ein Soldat verletzt worden")
S(d, "Azerbaijani Defence Ministry", "org", "Sprecher", "seien", "indirect", 'Berichte über einen Vorstoß auf armenisches Gebiet seien "frei erfunden"', denial=True)
S(d, "Karine Sarkissjan", "person", "Gouverneurin von Gegharkunik", "Nach Angaben", "indirect", "wurden zudem drei Zivilisten in Sotk durch Granatsplitter verletzt")
S(d, "Karine Sarkissjan", "person", "Gouverneurin von Gegharkunik", "hätten", "indirect", "Etwa 120 Bewohner hätten die Nacht in Kellern verbracht, rund 40 Familien seien vorübergehend in die Provinzhauptstadt Gawar gebracht worden")
S(d, "EUMA", "org", "Beobachtermission der Europäischen Union", "bestätigte", "indirect", "bestätigte Schusswechsel, machte aber keine Angaben zu Opfern")
S(d, "Nikol Paschinjan", "person", "armenische Regierungschef", "rief auf", "indirect", "rief zur Zurückhaltung auf")
S(d, "Nikol Paschinjan", "person", "armenische Regierungschef", "sprach", "indirect", 'sprach von einer "gezielten Provokation" kurz vor neuen Gesprächen über ein Friedensabkommen')

d = 3
S(d, "local authorities", "group", None, "nach Angaben", "indirect", "mindestens 17 Zivilisten getötet worden")
S(d, "Tomás Badae", "person", "Bezirksverwalter", "sagte", "indirect", "Die Kämpfer hätten am Wochenende mehrere Dörfer im Bezirk Macomia in der Provinz Cabo Delgado überfallen, Häuser angezündet und Dutzende Menschen verschleppt")
S(d, "Tomás Badae", "person", "Bezirksverwalter", "seien", "indirect", "Unter den Toten seien sechs Frauen")
S(d, "Mozambican government", "org", "Regierung in Maputo", "bestätigte", "indirect", "bestätigte zunächst nur die Angriffe selbst")
S(d, "IOM", "org", "Internationale Organisation für Migration", "Nach Angaben", "indirect", "knapp 9.400 Menschen aus dem Bezirk in die Provinzhauptstadt Pemba und in Lager südlich von Macomia geflohen")
S(d, "IOM", "org", None, "warnte", "indirect", "Die Zahl könnte in den kommenden Tagen auf bis zu 15.000 steigen")
S(d, "Mozambican army", "org", None, "nach eigenen Angaben", "indirect", "etwa 800 zusätzliche Soldaten in die Region verlegt")
S(d, "military sources", "group", None, "hieß es", "indirect", "Ruandische Truppen, die seit 2021 in Cabo Delgado stationiert sind, seien an einer Gegenoffensive beteiligt")
S(d, "military sources", "group", None, "seien", "indirect", "Dabei seien am Montag 14 Aufständische getötet worden")

d = 4
S(d, "Romanian Interior Ministry", "org", None, "meldete", "indirect", "meldete am Freitagmorgen neun Todesopfer")
S(d, "IGSU", "org", "Katastrophenschutz", "Nach Angaben", "indirect", "wurden im Kreis bislang rund 2.300 Menschen in Sicherheit gebracht, davon etwa 400 mit Booten und Hubschraubern")
S(d, "Cătălin Predoiu", "person", "Innenminister", "sagte", "indirect", 'es handele sich um "das schlimmste Hochwasser in dieser Region seit 2010"')
S(d, "Cătălin Predoiu", "person", "Innenminister", "seien", "indirect", "Rund 1.200 Einsatzkräfte von Feuerwehr, Gendarmerie und Armee seien im Einsatz, darunter 350 Soldaten")
S(d, "Cătălin Predoiu", "person", "Innenminister", "sagte", "indirect", "Die Regierung werde am Montag über Soforthilfen für die Betroffenen beraten")
S(d, "Moldovan General Inspectorate for Emergencies", "org", None, "nach Angaben", "indirect", "etwa 650 Bewohner der Gemeinde Cahul ihre Häuser verlassen")
S(d, "ANM", "org", "nationale Wetterbehörde", "warnte", "indirect", "in den Karpaten könnten bis Sonntag bis zu 80 Liter Regen pro Quadratmeter fallen")
S(d, "Elena Mircea", "person", "IGSU-Sprecherin", "sagte", "indirect", 'Die Zahl der Evakuierten könne sich dann "leicht verdoppeln"')
S(d, "Elena Mircea", "person", "IGSU-Sprecherin", "schätzte", "indirect", "dass im schlimmsten Fall bis zu 5.000 weitere Menschen ihre Häuser verlassen müssten")
S(d, "Ionel Stan", "person", "Bürgermeister von Slobozia Conachi", "sagte", "indirect", "Die Dämme am Sereth seien seit Jahren nicht verstärkt worden")
S(d, "Ionel Stan", "person", "Bürgermeister von Slobozia Conachi", None, "direct", "Wir haben 2010 gesagt, dass das wieder passieren wird. Niemand hat zugehört.")
S(d, "Ionel Stan", "person", "Bürgermeister von Slobozia Conachi", "seien", "indirect", "In seiner Gemeinde seien fast 300 Häuser zerstört worden, viele Familien hätten alles verloren")
S(d, "Ionel Stan", "person", "Bürgermeister von Slobozia Conachi", "seien", "indirect", "Allein in seinem Dorf seien 1.100 Menschen obdachlos")
S(d, "Vrancea prefecture", "org", "Präfektur", "nach Angaben", "indirect", "Zwei Bewohner wurden nach Angaben der Präfektur leicht verletzt")
S(d, "Vrancea prefecture", "org", "Präfektur", "hieß es", "indirect", "In Vrancea seien bislang etwa 140 Menschen evakuiert worden")
S(d, "Red Cross", "org", "Hilfsorganisation", "Nach Angaben", "indirect", "sind dort derzeit knapp 1.800 Menschen untergebracht")

d = 5
S(d, "Squamish-Lillooet Regional District", "org", "Regionalverwaltung", "mitteilte", "indirect", "mussten bis Mittwochabend rund 4.500 Menschen ihre Häuser verlassen")
S(d, "BC Wildfire Service", "org", None, "Nach Angaben", "indirect", "bereits eine Fläche von mehr als 18.000 Hektar erfasst")
S(d, "BC Wildfire Service", "org", "Sprecher", "sagte", "indirect", "Mindestens 37 Gebäude, darunter 22 Wohnhäuser, seien zerstört worden")
S(d, "David Eby", "person", "Provinzpremier", "sagte", "indirect", 'man werde "alle verfügbaren Kräfte" in die Region schicken')

d = 6
S(d, "Vietnam Disaster Management Authority", "org", "nationale Katastrophenschutzbehörde", "mitteilte", "indirect", "Mindestens 14 Menschen kamen ums Leben")
S(d, "Vietnamese state media", "group", None, "zufolge", "indirect", "über 46.000 Häuser beschädigt oder abgedeckt")
S(d, "Quang Ngai provincial government", "org", "Provinzregierung", "erklärte", "indirect", "allein dort seien neun Menschen gestorben")
S(d, "Quang Ngai provincial government", "org", "Provinzregierung", "seien", "indirect", "Viele Dörfer seien noch von der Außenwelt abgeschnitten")
S(d, "Quang Ngai provincial government", "org", "Provinzregierung", "schätzt", "indirect", "Die Zahl der Menschen, die ihr Zuhause verloren haben, schätzt die Provinzregierung auf 15.000 bis 20.000")
S(d, "Quang Ngai provincial government", "org", "Provinzregierung", "seien", "indirect", "Rund 7.000 Soldaten und Polizisten seien im Einsatz, um Straßen zu räumen und Lebensmittel zu verteilen")
S(d, "Pham Minh Chinh", "person", "Regierungschef", "ordnete an", "indirect", "die Suche nach den Vermissten fortzusetzen")
S(d, "meteorologists", "group", None, "warnten", "indirect", "vor Erdrutschen im Hochland, wo in den kommenden zwei Tagen noch bis zu 400 Millimeter Regen fallen könnten")
S(d, "Red Cross", "org", None, "befürchtet", "indirect", "dass die Zahl der Todesopfer weiter steigen wird")

d = 7
S(d, "Copperbelt police", "org", "Sprecher der Polizei", "sagte", "indirect", "Rettungskräfte hätten am Donnerstag weitere sieben Leichen geborgen")
S(d, "Copperbelt police", "org", None, "Nach Angaben", "indirect", "arbeiteten zu diesem Zeitpunkt rund 60 Bergleute unter Tage, viele von ihnen illegal")
S(d, "Paul Kabuswe", "person", "Bergbauminister", "sagte", "indirect", "man gehe von bis zu 25 Vermissten aus")
S(d, "Paul Kabuswe", "person", "Bergbauminister", "sei", "indirect", "Die Hoffnung, noch Überlebende zu finden, sei gering")
S(d, "local miners' representatives", "group", "Bergarbeitervertreter", "sprachen", "indirect", 'von "mindestens 40 Männern", die noch in der Mine seien')
S(d, "Zambian government", "org", None, "kündigte an", "indirect", "die Sicherheitsvorschriften für den Bergbau in der Region zu überprüfen")

d = 8
S(d, "Chandpur police", "org", None, "mitteilte", "indirect", "kenterte das dreistöckige Schiff am Mittwochabend in einem Sturm")
S(d, "BIWTA", "org", "Binnenschifffahrtsbehörde", "nach Angaben", "indirect", "An Bord waren nach Angaben der Binnenschifffahrtsbehörde BIWTA etwa 180 Passagiere")
S(d, "Kamrul Hasan", "person", "Bezirksverwaltungschef", "Nach Angaben", "indirect", "werden noch 47 Passagiere vermisst")
S(d, "survivors", "group", "Überlebende", "berichteten", "indirect", 'das Boot sei mit "mehr als 250 Menschen" völlig überfüllt gewesen')
S(d, "Kamrul Hasan", "person", None, "sagte", "indirect", "Unter den Toten seien acht Kinder und elf Frauen")
S(d, "Kamrul Hasan", "person", None, "würden", "indirect", "26 Verletzte würden in Krankenhäusern in Chandpur behandelt")

d = 9
S(d, "Greek Migration Ministry", "org", None, "Nach Angaben", "indirect", "hielten sich am Donnerstag 4.870 Menschen in dem Lager Zervou auf")
S(d, "Greek Migration Ministry", "org", None, "nach Ministeriumsangaben", "indirect", "Mitte Oktober hatten nach Ministeriumsangaben erst knapp 2.100 Menschen in Zervou gelebt")
S(d, "Hellenic Coast Guard", "org", "Küstenwache", "nach Angaben", "indirect", "mehr als 300 Migranten in Schlauchbooten von der türkischen Küste nach Samos über")
S(d, "Giorgos Stantzos", "person", "Bürgermeister von Ost-Samos", "sagte", "direct", "Die Lage ist außer Kontrolle")
S(d, "Giorgos Stantzos", "person", "Bürgermeister von Ost-Samos", "hätten", "indirect", "Viele hätten seit Tagen nicht duschen können")
S(d, "Giorgos Stantzos", "person", "Bürgermeister von Ost-Samos", "fehle", "indirect", "Es fehle an Ärzten, Dolmetschern und Decken")
S(d, "Hellenic Coast Guard", "org", "Küstenwache", "berichtete", "indirect", "seit Anfang November seien in der Ägäis rund 2.600 Migranten aufgegriffen oder aus Seenot gerettet worden")
S(d, "Thanos Plevris", "person", "Migrationsminister", "kündigte an", "indirect", "rund 1.500 Menschen bis Ende kommender Woche auf das Festland zu bringen")
S(d, "Thanos Plevris", "person", "Migrationsminister", "würden", "indirect", "Dort würden sie in Lager bei Athen und Thessaloniki verteilt")
S(d, "Thanos Plevris", "person", "Migrationsminister", "halte", "indirect", "Ankara halte sich nicht an die Vereinbarungen zur Kontrolle der Küste")
S(d, "Turkish Foreign Ministry", "org", None, "wies zurück", "indirect", "Das türkische Außenministerium wies das zurück", denial=True)
S(d, "Turkish Foreign Ministry", "org", "Sprecher", "erklärte", "indirect", "Die türkische Küstenwache habe allein im Oktober mehr als 4.200 Migranten gestoppt")
S(d, "Médecins Sans Frontières", "org", None, "erklärte", "indirect", "ihre mobile Klinik auf Samos habe in den vergangenen zwei Wochen etwa 900 Patienten behandelt")
S(d, "Médecins Sans Frontières", "org", None, "seien", "indirect", "Unter den Lagerbewohnern seien nach Schätzungen der Organisation mindestens 600 unbegleitete Minderjährige")
S(d, "Lena Hoffmann", "person", "Koordinatorin auf Samos", "sagte", "direct", "Das Lager ist kein Ort für Kinder")
S(d, "Greek Migration Ministry", "org", None, "spricht", "indirect", "von 410 unbegleiteten Minderjährigen, die bereits in spezielle Unterkünfte gebracht werden sollen")
S(d, "European Commission", "org", None, "erklärte", "indirect", "man stehe mit Athen in Kontakt und sei bereit, zusätzliche Mittel bereitzustellen")
S(d, "European Commission", "org", "Sprecherin", "verwies", "indirect", "dass Griechenland in diesem Jahr bereits mehr als 48.000 Ankünfte verzeichnet habe")
S(d, "Greek Council for Refugees", "org", None, "rechnen damit", "indirect", "dass die Zahl bis Jahresende auf etwa 55.000 steigen könnte")
S(d, "Giorgos Stantzos", "person", "Bürgermeister", "forderte", "indirect", "Neuankömmlinge schneller weiterzuverteilen und die Asylverfahren zu beschleunigen")

d = 10
S(d, "Federal Police", "org", "Bundespolizeipräsidium", "teilte mit", "indirect", "Von Januar bis Ende Oktober seien 19.840 Menschen abgeschoben worden")
S(d, "Federal Police", "org", None, "rechnet damit", "indirect", "dass die Zahl bis Jahresende auf mehr als 23.000 steigen wird")
S(d, "Federal Police", "org", None, "nach Angaben", "indirect", "gut 5.300 Menschen das Land verlassen mussten")
S(d, "Federal Interior Ministry", "org", "Sprecher des Ministeriums", "sagte", "indirect", "weitere Flüge seien in Vorbereitung")
S(d, "Federal Police", "org", None, "Nach Angaben", "indirect", "bis Ende Oktober knapp 14.000 Rückführungen abgebrochen oder gar nicht erst begonnen")
S(d, "Federal Police", "org", None, "habe", "indirect", "In 612 Fällen habe sich ein Pilot geweigert, einen Abzuschiebenden mitzunehmen")
S(d, "Pro Asyl", "org", None, "erklärte", "indirect", "unter den Abgeschobenen seien auch Familien mit Kindern gewesen")
S(d, "Pro Asyl", "org", "Sprecher", "sagte", "direct", "Hier wird Härte demonstriert, wo sie niemandem nützt")
S(d, "Gewerkschaft der Polizei", "org", None, "wies hin", "indirect", "Für einen einzigen Sammelflug würden oft mehr als 100 Bundespolizisten als Begleitkräfte eingesetzt")
S(d, "Alexander Dobrindt", "person", "Bundesinnenminister", "sagte", "indirect", "Wer kein Bleiberecht habe, müsse das Land verlassen")
S(d, "Alexander Dobrindt", "person", "Bundesinnenminister", "kündigte an", "indirect", "die Zahl der Abschiebehaftplätze von derzeit etwa 800 auf 1.200 auszubauen")

d = 11
S(d, "police", "org", None, "nach Angaben", "indirect", "34 Beamtinnen und Beamte verletzt worden")
S(d, "police", "org", "Polizeisprecher", "sagte", "indirect", "Zwei von ihnen mussten im Krankenhaus behandelt werden")
S(d, "police", "org", None, "Nach Angaben", "indirect", "zogen am Samstagnachmittag etwa 9.000 Menschen vom Hauptbahnhof in Richtung Messehallen")
S(d, "Kein Raum für Hetze alliance", "group", "Veranstalter", "sprachen", "indirect", "von mehr als 25.000 Teilnehmern")
S(d, "police", "org", None, "hätten", "indirect", "Rund 400 zum Teil vermummte Personen hätten versucht, eine Absperrung zu durchbrechen")
S(d, "Kein Raum für Hetze alliance", "group", "Veranstalter", "warfen vor", "indirect", "der Polizei ein unverhältnismäßiges Vorgehen vor")
S(d, "Miriam Okafor", "person", "Sprecherin des Bündnisses", "sagte", "indirect", "die Beamten hätten eine friedliche Sitzblockade ohne Vorwarnung geräumt")
S(d, "Miriam Okafor", "person", "Sprecherin des Bündnisses", "seien", "indirect", "Dabei seien mindestens 60 Demonstrierende verletzt worden")
S(d, "Miriam Okafor", "person", "Sprecherin des Bündnisses", "habe", "indirect", "Die Polizei habe zudem Journalisten behindert")
S(d, "police", "org", "Polizeisprecher", "wies zurück", "indirect", "Ein Polizeisprecher wies die Vorwürfe zurück", denial=True)
S(d, "police", "org", "Polizeisprecher", "sei", "indirect", "Die Räumung sei mehrfach angekündigt worden")
S(d, "Hamburg fire brigade", "org", "Rettungsdienst der Feuerwehr Hamburg", "teilte mit", "indirect", "er habe elf Menschen vom Demonstrationsgeschehen in Krankenhäuser gebracht")
S(d, "police", "org", None, "nach Angaben", "indirect", "rund 3.200 Beamtinnen und Beamte im Einsatz")
S(d, "Andy Grote", "person", "Innensenator", "verurteilte", "indirect", "verurteilte die Gewalt gegen Einsatzkräfte")
S(d, "Andy Grote", "person", "Innensenator", "sagte", "direct", "Wer Polizistinnen und Polizisten mit Steinen bewirft, demonstriert nicht, sondern begeht schwere Straftaten")
S(d, "Die Linke", "org", None, "forderte", "indirect", "eine unabhängige Untersuchung des Einsatzes")
S(d, "Thomas Jungfer", "person", "Landeschef", "sagte", "indirect", 'es sei "nur Glück", dass niemand schwerer verletzt worden sei')
S(d, "Thomas Jungfer", "person", "Landeschef", "Nach seinen Angaben", "indirect", "wurden bei den Ausschreitungen zudem 27 Einsatzfahrzeuge beschädigt")
S(d, "Thomas Jungfer", "person", "Landeschef", "forderte", "indirect", "eine bessere Schutzausrüstung und härtere Strafen für Angriffe auf Einsatzkräfte")

d = 12
S(d, "Federal Police", "org", "Bundespolizeiinspektion Dortmund", "teilten mit", "indirect", "Bei einem Messerangriff im Hauptbahnhof Hagen sind am Mittwochabend drei Menschen verletzt worden, einer von ihnen lebensgefährlich")
S(d, "investigators", "group", "Ermittler", "nach Angaben", "indirect", "er schwebt nach Angaben der Ermittler weiterhin in Lebensgefahr")
S(d, "police", "org", None, "nach Angaben", "indirect", "bereits wegen Körperverletzung in Erscheinung getreten")

d = 13
S(d, "Saarland State Police", "org", None, "mitteilte", "indirect", "neun von ihnen in Saarbrücken")
S(d, "investigators", "group", "Ermittler", "gehen davon aus", "indirect", "dass die Bande in diesem Zeitraum mehr als 300 Kilogramm Cannabis umgesetzt hat")

d = 14
S(d, "Cloppenburg health office", "org", None, "meldete", "indirect", "meldete am Donnerstag 87 Erkrankte")
S(d, "Cloppenburg district", "org", "Landkreis", "teilte mit", "indirect", "Bei 19 Patienten sei inzwischen ein EHEC-Erreger im Labor nachgewiesen worden")
S(d, "Markus Lohmann", "person", "Leiter des Gesundheitsamts", "sagte", "indirect", "Bei drei Kindern habe sich ein hämolytisch-urämisches Syndrom (HUS) entwickelt")
S(d, "Markus Lohmann", "person", "Leiter des Gesundheitsamts", "müssten", "indirect", "Zwei der Kinder müssten derzeit an die Dialyse")
S(d, "Markus Lohmann", "person", "Leiter des Gesundheitsamts", "sagte", "direct", "Wir rechnen leider damit, dass in den kommenden Tagen noch Fälle hinzukommen")
S(d, "Markus Lohmann", "person", None, "betrage", "indirect", "Die Inkubationszeit betrage bis zu zehn Tage")
S(d, "school management", "group", "Schulleitung", "Nach Schätzung", "indirect", "kamen rund 600 Besucher, darunter etwa 280 Schülerinnen und Schüler")
S(d, "Cloppenburg district", "org", "Landkreis", "Nach Angaben", "indirect", "wurde der Betrieb vorsorglich geschlossen")
S(d, "Cloppenburg health office", "org", None, "nach Angaben", "indirect", "elf Geschwisterkinder erkrankt, die selbst nicht auf dem Fest waren")
S(d, "Markus Lohmann", "person", None, "sagte", "indirect", "Das deute auf Übertragungen innerhalb der Familien hin")
S(d, "Markus Lohmann", "person", None, "rief auf", "indirect", "zu gründlichem Händewaschen auf")
S(d, "Johann Wimberg", "person", "Landrat", "sagte", "indirect", "man tue alles, um die Quelle zu finden")
S(d, "Johann Wimberg", "person", "Landrat", "warnte", "indirect", "vor Spekulationen in sozialen Netzwerken")
S(d, "Johann Wimberg", "person", "Landrat", None, "direct", "Das stimmt nicht. Es ist bislang kein Mensch an dieser Infektion gestorben.", denial=True)
S(d, "Lower Saxony Health Ministry", "org", None, "nach eigenen Angaben", "indirect", "das Robert Koch-Institut eingeschaltet")
S(d, "Lower Saxony Health Ministry", "org", None, "sei", "indirect", "Ein Team des RKI sei seit Mittwoch in Cloppenburg")
S(d, "school", "org", "Schule", "nach Angaben", "indirect", "etwa 250 Mütter und Väter zu einem Informationsabend in die Turnhalle")
S(d, "Cloppenburg health office", "org", None, "rät", "indirect", "Kinder mit Durchfall in jedem Fall zu Hause zu lassen")

d = 15
S(d, "Passau public prosecutor", "org", "Staatsanwaltschaft", "wirft vor", "indirect", "zwischen März und August 2025 auf mindestens 14 Fahrten insgesamt 212 Migranten von Ungarn über Österreich nach Bayern gebracht zu haben")
S(d, "defendant", "person", "Angeklagte", "räumte ein", "indirect", "räumte die Vorwürfe über seinen Verteidiger teilweise ein")
S(d, "defendant", "person", "Angeklagte", "ließ erklären", "indirect", "Er sei aber nur sechs Mal gefahren und habe jedes Mal höchstens 15 Personen dabeigehabt, insgesamt also allenfalls 90")
S(d, "defendant", "person", "Angeklagte", "habe", "indirect", "Von der Bande habe er pro Fahrt 800 Euro bekommen")
S(d, "defendant", "person", "Angeklagte", "habe", "indirect", "Die übrigen Fahrten habe ein anderer Fahrer übernommen")
S(d, "defendant", "person", "Angeklagte", "habe", "indirect", 'Er habe die Menschen "immer gut behandelt" und an Raststätten Wasser gekauft')
S(d, "Federal Police", "org", "Beamter der Bundespolizei", "schilderte", "indirect", "die Kontrolle vom 19. August 2025 auf der A3 bei Pocking")
S(d, "Federal Police", "org", "Beamter der Bundespolizei", "hätten", "indirect", "In dem Transporter hätten sich 23 Menschen aus Syrien und Afghanistan befunden, darunter vier Kinder")
S(d, "Federal Police", "org", "Beamter der Bundespolizei", "seien", "indirect", "Mehrere von ihnen seien dehydriert gewesen, zwei hätten ins Krankenhaus gebracht werden müssen")
S(d, "Federal Police", "org", "Beamter der Bundespolizei", "habe", "indirect", "Der Angeklagte habe versucht zu flüchten")

d = 16
S(d, "Helmut Rasche", "person", "Brandschutzgutachter", "sagte", "indirect", "hätten sich nach seiner Berechnung zwischen 480 und 550 Menschen in dem Club aufgehalten")
S(d, "Sabine Wirth", "person", "rechtsmedizinische Sachverständige", "schätzte", "indirect", "dass weitere rund 120 Gäste leichte Rauchvergiftungen erlitten hätten")
S(d, "Helmut Rasche", "person", None, "seien", "indirect", "An der Abendkasse seien 412 Eintrittskarten verkauft worden")
S(d, "Helmut Rasche", "person", None, "sagte", "direct", "Realistisch waren es eher 500 Menschen als 300")
S(d, "Helmut Rasche", "person", None, "sei", "indirect", "Von den drei Notausgängen sei einer mit Getränkekisten verstellt und ein zweiter abgeschlossen gewesen")
S(d, "Tobias Grenz", "person", "Rechtsanwalt", "sagte", "indirect", "die Kassendaten seien fehlerhaft, viele Karten seien doppelt erfasst worden")
S(d, "Tobias Grenz", "person", "Rechtsanwalt", "gingen aus", "indirect", "Seine Mandanten gingen von höchstens 340 Gästen aus")
S(d, "Helmut Rasche", "person", "Gutachter", "widersprach", "indirect", "Die Nebelmaschine sei zwar der Ausgangspunkt des Brandes gewesen, das Gerät sei aber seit Jahren nicht gewartet worden")
S(d, "Helmut Rasche", "person", None, "habe", "indirect", "Zudem habe die Deckenverkleidung aus leicht entflammbarem Material bestanden")
S(d, "Helmut Rasche", "person", None, "habe", "indirect", "Die Feuerwehr habe bereits 2022 bei einer Brandschau Mängel festgestellt")
S(d, "Bielefeld public order office", "org", "Ordnungsamt", "nach Angaben", "indirect", "in acht von 31 Betrieben Mängel beim Brandschutz festgestellt")

d = 17
S(d, "Christian Heidel", "person", "Sportvorstand", "sagte", "direct", "Chidi ist schnell, torgefährlich und erst am Anfang seiner Entwicklung")
S(d, "Mainz 05", "org", "Bundesligist", "mitteilte", "indirect", "unterschreibt einen Vertrag bis zum 30. Juni 2030")
d = 18
S(d, "Robert Scheller", "person", "Kämmerer", "sagte", "direct", "Wir investieren in die Zukunft, aber der Spielraum wird enger")
S(d, "CSU-Fraktion", "org", None, "kündigte an", "indirect", "dem Entwurf in dieser Form nicht zuzustimmen")
d = 19
S(d, "Katharina Holzinger", "person", "Rektorin", "sprach", "indirect", 'von einem "großen Erfolg für die ganze Universität"')
S(d, "CHE", "org", "Centrum für Hochschulentwicklung", "nach Angaben", "indirect", "mehr als 120.000 Studierende befragt")
d = 20
S(d, "Jörg Junhold", "person", "Zoodirektor", "sagte", "indirect", "Bis Ende Oktober kamen 1,94 Millionen Besucherinnen und Besucher")
S(d, "Jörg Junhold", "person", "Zoodirektor", "seien", "indirect", "Das seien gut sieben Prozent mehr als im gleichen Zeitraum des Vorjahres")
S(d, "Jörg Junhold", "person", "Zoodirektor", "rechne", "indirect", "Bis zum Jahresende rechne der Zoo mit mehr als 2,1 Millionen Gästen")
