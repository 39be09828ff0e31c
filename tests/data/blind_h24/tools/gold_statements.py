# Gold statements for blind9. S(doc, speaker, kind, role, cue, mode, content, denial=False)
ST = []
def S(doc, sp, kind, role, cue, mode, content, denial=False):
    d = {"doc": "n9_" + doc, "speaker": sp, "kind": kind, "role": role, "cue": cue, "mode": mode, "content": content}
    if denial: d["denial"] = True
    ST.append(d)

D = "01_tripolis"
S(D, "Libyan Health Ministry", "org", None, "nach Angaben", "indirect", "mindestens 38 Menschen getötet worden")
S(D, "Libyan Health Ministry", "org", None, "teilte mit", "indirect", "Weitere 146 seien verletzt worden, darunter 19 Frauen und Kinder")
S(D, "Libyan Red Crescent", "org", None, "erklärte", "indirect", "seine Helfer hätten bis Montagmittag rund 1.200 Familien aus den umkämpften Vierteln in Sicherheit gebracht")
S(D, "Libyan Red Crescent", "org", "Sprecher", "sagte", "indirect", "Die Zahl der Vertriebenen dürfte jedoch deutlich höher liegen")
S(D, "Libyan Red Crescent", "org", "Sprecher", "seien", "indirect", "Viele Bewohner seien auf eigene Faust zu Verwandten in Tadschura oder Zawiya geflohen")
S(D, "Brigade 444", "group", "Kommandeur", "sagte", "indirect", "seine Einheit habe 27 Kämpfer der Gegenseite gefangen genommen")
S(D, "SSA", "group", None, "wies zurück", "indirect", "Die SSA wies das zurück", denial=True)
S(D, "SSA", "group", "Sprecher", "sagte", "direct", "Keiner unserer Männer ist in Gefangenschaft", denial=True)
S(D, "SSA", "group", "Sprecher", "behauptete", "indirect", "Die Brigade habe vielmehr selbst \"mindestens 15 Mann\" verloren")
S(D, "UNSMIL", "org", None, "hieß es", "indirect", "Sie habe Berichte erhalten, wonach auch ein Krankenhaus in Abu Salim beschossen worden sei")
S(D, "UNSMIL", "org", None, "rief auf", "indirect", "rief beide Seiten zu einer sofortigen Waffenruhe auf")
S(D, "Mitiga airport administration", "org", None, "Nach Angaben", "indirect", "wurden 31 Flüge nach Misrata umgeleitet")
S(D, "Mitiga airport administration", "org", None, "seien", "indirect", "Auf dem Vorfeld seien zwei Passagiermaschinen durch Granatsplitter beschädigt worden")

D = "02_mindanao"
S(D, "Antonio Nafarrete", "person", "Kommandeur der 6. Infanteriedivision", "teilte mit", "indirect", "bis zu 41 Rebellen getötet worden")
S(D, "Antonio Nafarrete", "person", "Generalmajor", "Nach Darstellung", "indirect", "setzte die Armee seit vergangenem Freitag rund 2.500 Soldaten, Kampfhubschrauber und Artillerie ein")
S(D, "Antonio Nafarrete", "person", "Generalmajor", "seien", "indirect", "Elf Soldaten seien bei den Gefechten ums Leben gekommen, 23 weitere verwundet worden")
S(D, "Antonio Nafarrete", "person", "Generalmajor", "habe", "indirect", "Man habe zudem zwölf Kämpfer festgenommen und mehr als 60 Schusswaffen sowie selbst gebaute Sprengsätze sichergestellt")
S(D, "Antonio Nafarrete", "person", "Generalmajor", "sagte", "direct", "entscheidend geschwächt")
S(D, "Antonio Nafarrete", "person", "Generalmajor", "sei", "indirect", "Ihr Anführer sei allerdings entkommen")
S(D, "BIFF", "group", "Sprecher", "sagte", "indirect", "lediglich sieben seiner Kämpfer seien gefallen")
S(D, "BIFF", "group", "Sprecher", "übertreibe", "indirect", "Die Armee übertreibe, um ihre Verluste zu verschleiern")
S(D, "BIFF", "group", "Sprecher", "behauptete", "indirect", "Es seien \"weit mehr als 30 Soldaten\" getötet worden")
S(D, "MDRRMO Datu Saudi Ampatuan", "org", None, "Nach Angaben", "indirect", "sind etwa 8.400 Familien mit insgesamt rund 41.000 Menschen vor den Kämpfen geflohen")
S(D, "Datu Omar Sinsuat", "person", "Leiter der Behörde", "sagte", "indirect", "die Vorräte reichten nur noch für wenige Tage")
S(D, "Datu Omar Sinsuat", "person", "Leiter der Behörde", None, "direct", "Wir haben Reis für vielleicht drei Tage, dann ist Schluss.")
S(D, "Datu Omar Sinsuat", "person", "Leiter der Behörde", "warnte", "indirect", "könne die Zahl der Vertriebenen auf bis zu 60.000 steigen")
S(D, "ICRC", "org", None, "bestätigte", "indirect", "den Tod von vier Zivilisten, darunter zwei Kindern")
S(D, "ICRC", "org", None, "demnach", "indirect", "Neun weitere Dorfbewohner wurden demnach verletzt")
S(D, "Antonio Nafarrete", "person", None, "erklärte", "indirect", "es prüfe den Vorfall")
S(D, "BARMM", "org", None, "forderte", "indirect", "eine Feuerpause für humanitäre Hilfe")
S(D, "Abdulraof Macacua", "person", "Chefminister", "sagte", "indirect", "die Menschen in den Gemeinden bräuchten Nahrung, sauberes Wasser und Medikamente")
S(D, "Abdulraof Macacua", "person", "Chefminister", "dürfe", "indirect", "dürfe durch die Kämpfe nicht gefährdet werden")
S(D, "Antonio Nafarrete", "person", None, "schätzt", "indirect", "ihre Stärke inzwischen auf nur noch etwa 150 bis 200 Bewaffnete")
S(D, "Ferdinand Marcos Jr.", "person", "Präsident", "sicherte zu", "indirect", "sicherte der Armee bei einem Besuch in Manila die volle Unterstützung zu")
S(D, "Ferdinand Marcos Jr.", "person", "Präsident", "sagte", "indirect", "Die Offensive werde fortgesetzt, bis die Region \"frei von Terror\" sei")

D = "03_papua"
S(D, "Candra Kurniawan", "person", "Sprecher des regionalen Militärkommandos", "sagte", "indirect", "Vier weitere seien schwer verletzt per Hubschrauber in ein Krankenhaus in Wamena geflogen worden")
S(D, "Candra Kurniawan", "person", "Oberst", "demnach", "indirect", "Der Angriff im Bezirk Nduga ereignete sich demnach bereits am Donnerstagmorgen")
S(D, "TPNPB", "group", "Sprecher", "erklärte", "indirect", "die Kämpfer hätten den Posten \"vollständig überrannt\" und dabei acht Soldaten getötet")
S(D, "TPNPB", "group", "Sprecher", "hätten", "indirect", "Zudem hätten sie sieben Sturmgewehre und mehrere Tausend Schuss Munition erbeutet")
S(D, "Indonesia", "org", None, "bestritt", "indirect", "dass Waffen verloren gegangen seien", denial=True)
S(D, "Candra Kurniawan", "person", None, "Nach Angaben", "indirect", "wurden etwa 300 zusätzliche Soldaten nach Nduga verlegt")
S(D, "Amnesty International Indonesien", "org", None, "berichtete", "indirect", "schon in den vergangenen zwei Tagen seien Hunderte Dorfbewohner aus Angst in die Wälder geflohen")

D = "04_kirkuk"
S(D, "Kirkuk health authority", "org", None, "nach Angaben", "indirect", "Mehr als 50 weitere wurden nach Angaben der örtlichen Gesundheitsbehörde verletzt")
S(D, "police", "org", None, "nach Polizeiangaben", "indirect", "Der Sprengsatz war nach Polizeiangaben in einem Gemüsekarren versteckt")
S(D, "Iraqi Interior Ministry", "org", None, "sprach von", "indirect", "von 21 Toten und 48 Verletzten")
S(D, "Rudaw", "org", None, "meldete", "indirect", "sogar 27 Todesopfer")
S(D, "Iraqi security forces", "org", None, "nach eigenen Angaben", "indirect", "nahmen nach eigenen Angaben noch am Freitag drei Verdächtige fest")
S(D, "Mohammed Schia al-Sudani", "person", "Ministerpräsident", "verurteilte", "indirect", "verurteilte den Anschlag")
S(D, "Rebwar Taha", "person", "Gouverneur", "kündigte an", "indirect", "alle Märkte der Stadt würden vorerst von Soldaten gesichert")

D = "05_olmuetz"
S(D, "police", "org", None, "spricht von", "indirect", "einer gezielten Tat")
S(D, "Martin Vondrášek", "person", "Polizeipräsident", "teilte mit", "indirect", "Sieben weitere Menschen seien verletzt worden, drei davon schwer")
S(D, "Martin Vondrášek", "person", "Polizeipräsident", "handle", "indirect", "Bei den Toten handle es sich um eine 52 Jahre alte Lehrerin und einen 16-jährigen Schüler")
S(D, "Martin Vondrášek", "person", "Polizeipräsident", "sagte", "indirect", "sei von zwei Beamten der Stadtpolizei vor dem Chemieraum im ersten Stock gestellt worden")
S(D, "Martin Vondrášek", "person", "Polizeipräsident", "habe", "indirect", "Er habe eine Pistole benutzt, die legal auf seinen Vater registriert gewesen sei")
S(D, "Martin Vondrášek", "person", "Polizeipräsident", "sei", "indirect", "Der Vater sei ebenfalls vorläufig festgenommen worden")
S(D, "Martin Vondrášek", "person", "Polizeipräsident", "gingen davon aus", "indirect", "dass der Jugendliche die Tat seit Wochen geplant habe")
S(D, "Lubomír Metnar", "person", "Innenminister", "sagte", "indirect", "in der Schule hätten sich zum Zeitpunkt der Tat etwa 600 Schülerinnen und Schüler aufgehalten")
S(D, "Lubomír Metnar", "person", "Innenminister", "sagte", "direct", "Dass es nicht mehr Opfer gegeben hat, verdanken wir dem schnellen Handeln der Lehrer")
S(D, "Lubomír Metnar", "person", "Innenminister", "hätten", "indirect", "Die Lehrer hätten die Klassenräume sofort verriegelt")
S(D, "Olomouc regional ambulance service", "org", None, "Nach Angaben", "indirect", "wurden zudem rund 40 Menschen wegen Schocks psychologisch betreut")

D = "06_guatemala"
S(D, "Conred", "org", None, "teilte mit", "indirect", "die Zahl der Todesopfer auf 64 gestiegen")
S(D, "Conred", "org", None, "seien", "indirect", "Mehr als 400 Menschen seien verletzt worden, 19 würden noch vermisst")
S(D, "USGS", "org", None, "wie mitteilte", "indirect", "Das Beben der Stärke 7,1 hatte sich am Samstagabend um 21.14 Uhr Ortszeit vor der Pazifikküste in etwa 40 Kilometern Tiefe ereignet")
S(D, "Edgar Orozco", "person", "Bürgermeister", "nach Angaben", "indirect", "kamen nach Angaben des Bürgermeisters Edgar Orozco 28 Menschen ums Leben")
S(D, "fire brigade", "org", "Sprecher", "sagte", "indirect", "Dort seien elf Gläubige getötet worden")
S(D, "fire brigade", "org", "Sprecher", "hätten", "indirect", "Retter hätten zudem drei Frauen lebend aus den Trümmern geborgen")
S(D, "Conred", "org", None, "Nach der vorläufigen Bilanz", "indirect", "wurden landesweit 3.870 Häuser beschädigt, knapp 900 davon sind unbewohnbar")
S(D, "Conred", "org", None, "hätten", "indirect", "Etwa 12.500 Menschen hätten die Nacht in Notunterkünften oder im Freien verbracht")
S(D, "Bernardo Arévalo", "person", "Präsident", "sagte", "indirect", "der Staat werde niemanden im Stich lassen")
S(D, "Bernardo Arévalo", "person", "Präsident", "seien", "indirect", "Rund 1.600 Soldaten seien inzwischen an der Suche nach Verschütteten beteiligt")
S(D, "Guatemala", "org", None, "nach eigenen Angaben", "indirect", "stellte nach eigenen Angaben auch acht Hubschrauber für den Transport von Verletzten und Hilfsgütern bereit")
S(D, "Chiapas civil protection", "org", None, "nach Angaben", "indirect", "wurden nach Angaben des dortigen Zivilschutzes zwei Menschen durch herabfallende Trümmer getötet")
S(D, "Chiapas civil protection", "org", None, "seien", "indirect", "in der Grenzstadt Tapachula seien zudem mehrere Gebäude beschädigt worden")
S(D, "Mariana Ortiz", "person", "Landesdirektorin des Kinderhilfswerks Unicef", "sagte", "indirect", "Viele Dörfer in den Bergen seien wegen verschütteter Straßen noch immer nicht erreichbar")
S(D, "Unicef", "org", None, "schätzt", "indirect", "mindestens 30.000 Kinder von dem Beben betroffen sind")
S(D, "Unicef", "org", None, "seien", "indirect", "viele Schulen seien beschädigt")
S(D, "David de León", "person", "Sprecher von Conred", "schloss nicht aus", "indirect", "dass die Zahl der Toten auf mehr als 100 steigen könnte")
S(D, "David de León", "person", "Sprecher von Conred", "sagte", "direct", "Wir haben noch längst nicht alle Gemeinden erreicht")
S(D, "Deutsches Rotes Kreuz", "org", None, "kündigte an", "indirect", "Trinkwasseraufbereitungsanlagen in die Region zu fliegen")

D = "07_hitze_italien"
S(D, "Italian Health Ministry", "org", None, "heißt es", "indirect", "Die meisten Opfer seien ältere Menschen mit Vorerkrankungen gewesen")
S(D, "Italian Health Ministry", "org", None, "seien", "indirect", "Allein in der Region Sizilien seien 19 Menschen an den Folgen der Hitze gestorben, in Apulien 11 und in Kalabrien neun")
S(D, "CGIL", "org", None, "sprach von", "indirect", "insgesamt sechs Landarbeitern, die seit Beginn der Hitzewelle bei der Arbeit gestorben seien")
S(D, "Maurizio Landini", "person", "CGIL-Generalsekretär", "sagte", "direct", "Das sind keine Unfälle, das ist Ausbeutung")
S(D, "Maurizio Landini", "person", "CGIL-Generalsekretär", "müsse", "indirect", "Die Regierung müsse die Arbeit auf den Feldern in der Mittagshitze endlich verbieten")
S(D, "ISS", "org", None, "geht davon aus", "indirect", "dass die tatsächliche Zahl der Hitzetoten um ein Vielfaches höher liegt")
S(D, "ISS", "org", None, "bezifferte", "indirect", "die Übersterblichkeit in den 27 überwachten Großstädten für die vergangenen zwei Wochen auf etwa 1.100 Todesfälle")
S(D, "Rocco Bellantone", "person", "ISS-Präsident", "erklärte", "indirect", "Solche Zahlen ließen sich aber erst nach Monaten genau bestimmen")
S(D, "Italian civil protection", "org", None, "Nach Angaben", "indirect", "mussten auf Sizilien in der Nacht zu Mittwoch etwa 700 Menschen ihre Häuser in der Nähe von Cefalù verlassen")
S(D, "Italian civil protection", "org", None, "seien", "indirect", "Rund 350 Feuerwehrleute und Freiwillige seien dort im Einsatz gewesen")
S(D, "Präfektur Grosseto", "org", None, "nach Angaben", "indirect", "starb nach Angaben der Präfektur ein 79-jähriger Tourist aus Bayern bei einer Wanderung")
S(D, "Präfektur Grosseto", "org", None, "teilte mit", "indirect", "in der Provinz seien seit Sonntag zudem 14 Menschen wegen Hitzschlags in Krankenhäuser eingeliefert worden")
S(D, "Präfektur Grosseto", "org", None, "habe", "indirect", "Der Präfekt habe deshalb angeordnet, beliebte Wanderwege in der Maremma bis auf Weiteres tagsüber zu sperren")
S(D, "Italian weather service", "org", None, "sagt voraus", "indirect", "für die kommenden Tage keine Abkühlung voraus")
S(D, "Orazio Schillaci", "person", "Gesundheitsminister", "rief auf", "indirect", "sich in den heißesten Stunden nicht im Freien aufzuhalten, viel zu trinken und auf ältere Nachbarn zu achten")

D = "08_bihar"
S(D, "Gopalganj police", "org", None, "mitteilte", "indirect", "Mindestens zwölf Menschen kamen ums Leben")
S(D, "Gopalganj police", "org", None, "demnach", "indirect", "17 Menschen wurden demnach verletzt aus dem Wasser gerettet")
S(D, "Gopalganj police", "org", None, "werde", "indirect", "Nach weiteren Insassen werde noch gesucht")
S(D, "NDRF", "org", None, "Nach Angaben", "indirect", "stürzten mindestens fünf Fahrzeuge, darunter ein vollbesetzter Kleinbus und zwei Lastwagen, in den Fluss")
S(D, "NDRF", "org", "Kommandeur", "sagte", "indirect", "erschwere die Suche")
S(D, "NDRF", "org", "Kommandeur", "seien", "indirect", "Mehr als 100 Rettungskräfte seien im Einsatz")
S(D, "Bihar government", "org", None, "sicherte zu", "indirect", "eine Entschädigung von jeweils 400.000 Rupien")

D = "09_nepal_bus"
S(D, "police", "org", None, "nach Angaben", "indirect", "mindestens 19 Menschen ums Leben, 26 weitere wurden verletzt")
S(D, "Ramesh Thapa", "person", "Polizeichef des Bezirks", "sagte", "direct", "Der Bus hatte etwa 50 Fahrgäste an Bord, viele von ihnen Wanderarbeiter auf dem Weg nach Indien")
S(D, "Ramesh Thapa", "person", "Polizeichef des Bezirks", "seien", "indirect", "Acht der Verletzten seien in kritischem Zustand mit einem Hubschrauber der Armee nach Kathmandu geflogen worden")
S(D, "Ramesh Thapa", "person", "Polizeichef des Bezirks", "würden", "indirect", "Zwei Passagiere würden noch vermisst, möglicherweise seien sie vom Fluss fortgerissen worden")
S(D, "Nepal traffic police", "org", None, "Nach Angaben", "indirect", "sterben in dem Himalaya-Staat jedes Jahr mehr als 2.000 Menschen bei Verkehrsunfällen")

D = "10_afghanen_iran"
S(D, "IOM", "org", None, "Nach Zahlen", "indirect", "haben allein in der vergangenen Woche mehr als 62.000 Afghaninnen und Afghanen Iran verlassen")
S(D, "Mihyung Park", "person", "IOM-Missionsleiter in Afghanistan", "sagte", "indirect", "Seit Jahresbeginn seien es damit rund 1,2 Millionen")
S(D, "Mihyung Park", "person", "IOM-Missionsleiter in Afghanistan", "seien", "indirect", "Etwa zwei Drittel von ihnen seien abgeschoben worden oder unter Druck der iranischen Behörden ausgereist")
S(D, "Mihyung Park", "person", "IOM-Missionsleiter in Afghanistan", "sagte", "direct", "Wir haben noch nie so viele Menschen in so kurzer Zeit gesehen")
S(D, "Iranian government", "org", None, "angekündigt", "indirect", "alle Afghanen ohne gültige Papiere bis Jahresende auszuweisen")
S(D, "UNHCR", "org", None, "Nach Schätzungen", "indirect", "leben in Iran noch immer etwa 3,5 Millionen Afghanen")
S(D, "Iranian government", "org", None, "spricht von", "indirect", "sechs Millionen")
S(D, "Iranian Interior Ministry", "org", "Sprecher", "sagte", "indirect", "bis Ende März sollten weitere zwei Millionen \"illegale Ausländer\" das Land verlassen")
S(D, "Mohammed Rahimi", "person", "Leiter des Welternährungsprogramms (WFP) in Herat", "sagte", "indirect", "Das Lager sei für 7.000 Menschen ausgelegt, beherberge aber zeitweise mehr als das Doppelte")
S(D, "Mohammed Rahimi", "person", None, "könne", "indirect", "Das WFP könne derzeit nur einem Teil der Ankommenden Nahrungsmittelhilfe geben")
S(D, "Mohammed Rahimi", "person", None, "erklärte", "indirect", "Die Organisation habe ihre Hilfe im vergangenen Jahr wegen Budgetkürzungen bereits für zehn Millionen Menschen einstellen müssen")
S(D, "Abdul Samad", "person", None, "erzählt", "indirect", "Vor vier Tagen sei er auf der Straße kontrolliert und in ein Abschiebelager gebracht worden")
S(D, "Abdul Samad", "person", None, None, "direct", "Meine Frau und meine drei Kinder sind noch in Iran. Ich weiß nicht, wann ich sie wiedersehe.")
S(D, "Abdul Samad", "person", None, "sagt", "indirect", "In dem Lager bei Mashhad seien mit ihm mehr als 400 Männer in eine Halle gepfercht gewesen")
S(D, "NRC", "org", "Mitarbeiterin", "sagte", "indirect", "Viele Familien, die in Iran jahrelang zwei Einkommen hatten, stünden nun vor dem Nichts")
S(D, "Taliban government", "org", None, "rief auf", "indirect", "die Abschiebungen zu verlangsamen")
S(D, "Taliban refugee ministry", "org", "Sprecher", "sagte", "indirect", "Man sei bereit, alle Rückkehrer aufzunehmen, brauche aber mehr Zeit")
S(D, "Taliban refugee ministry", "org", "Sprecher", "Nach seinen Angaben", "indirect", "wurden in Herat zwei neue Aufnahmezentren mit jeweils 5.000 Plätzen eingerichtet")
S(D, "United Nations", "org", None, "schätzen", "indirect", "dass in Afghanistan schon jetzt mehr als 22 Millionen Menschen auf humanitäre Hilfe angewiesen sind")

D = "11_cucuta"
S(D, "Migración Colombia", "org", None, "teilte mit", "indirect", "seien allein am Wochenende rund 14.000 Venezolanerinnen und Venezolaner eingereist")
S(D, "Migración Colombia", "org", None, "hätten", "indirect", "Etwa 3.500 von ihnen hätten angegeben, dauerhaft im Land bleiben zu wollen")
S(D, "Migración Colombia", "org", None, "seien", "indirect", "Die übrigen seien Pendler, die in Cúcuta einkauften oder arbeiteten")
S(D, "Gloria Arriero", "person", "Behördenleiterin", "sagte", "indirect", "man bereite sich auf einen weiteren Anstieg vor")
S(D, "Gloria Arriero", "person", "Behördenleiterin", "rechne", "indirect", "Die Behörde rechne damit, dass bis Jahresende bis zu 200.000 zusätzliche Migranten nach Kolumbien kommen könnten")
S(D, "Diözese Cúcuta", "org", None, "berichtete von", "indirect", "überfüllten Herbergen")
S(D, "José Libardo Garcés", "person", "Bischof", "sagte", "indirect", "In der Casa de Paso Divina Providencia würden täglich mehr als 2.000 Mahlzeiten ausgegeben")
S(D, "José Libardo Garcés", "person", "Bischof", "seien", "indirect", "Viele der Neuankömmlinge seien Frauen mit kleinen Kindern")
S(D, "UNHCR", "org", None, "Nach Angaben", "indirect", "haben seit 2015 weltweit mehr als 7,9 Millionen Menschen Venezuela verlassen")
S(D, "UNHCR", "org", None, "forderte auf", "indirect", "die internationale Gemeinschaft auf, Kolumbien stärker zu unterstützen")

D = "12_hausbrand"
S(D, "police", "org", None, "schätzt", "indirect", "Den Sachschaden schätzt die Polizei auf rund 250.000 Euro")

D = "13_schulbus"
S(D, "Landespolizeidirektion Oberösterreich", "org", None, "Laut", "indirect", "kam der Bus von der Fahrbahn ab, durchbrach einen Leitpflock")
S(D, "Christine Haberlander", "person", "Bildungslandesrätin", "sagte", "direct", "Wir sind froh, dass es keine noch schlimmeren Verletzungen gegeben hat")

D = "14_einbrueche_aargau"
S(D, "Kantonspolizei Aargau", "org", None, "geht davon aus", "indirect", "dass die Männer für weitere Einbrüche in den Kantonen Luzern und Zug verantwortlich sein könnten")
S(D, "Kantonspolizei Aargau", "org", None, "rät", "indirect", "Türen und Fenster auch bei kurzer Abwesenheit zu schliessen")

D = "15_norovirus"
S(D, "shipping company", "org", None, "Nach Angaben", "indirect", "erkrankten während der zwölftägigen Nordeuropa-Reise 214 Passagiere und 23 Besatzungsmitglieder an Magen-Darm-Beschwerden")
S(D, "Stadt Kiel", "org", "Sprecherin", "sagte", "indirect", "Bei Proben von sieben Erkrankten sei das Norovirus nachgewiesen worden")
S(D, "Stadt Kiel", "org", "Sprecherin", "seien", "indirect", "Akut krank seien beim Anlegen noch 31 Menschen gewesen, sie seien in ihren Kabinen isoliert worden")
S(D, "Stadt Kiel", "org", None, "mitteilte", "indirect", "Fünf ältere Passagiere wurden zur Beobachtung ins Städtische Krankenhaus gebracht")
S(D, "shipping company", "org", None, "erklärte", "indirect", "man habe bereits nach den ersten Fällen vor neun Tagen die Reinigung an Bord verstärkt")
S(D, "shipping company", "org", None, "werde", "indirect", "Vor dem nächsten Auslaufen am Montagabend werde das Schiff gründlich desinfiziert")

D = "16_ua_halle"
S(D, "Thomas Behrendt", "person", "Leitender Polizeidirektor", "schilderte", "indirect", "wie sich am Abend des 30. August an der Ziegelwiese innerhalb weniger Minuten eine gefährliche Enge gebildet habe")
S(D, "Thomas Behrendt", "person", None, "Nach Darstellung", "indirect", "waren an dem Abend rund 240 Polizisten im Einsatz, dazu etwa 180 Ordner eines privaten Sicherheitsdienstes")
S(D, "Thomas Behrendt", "person", None, "sagte", "indirect", "Das sei nach der damaligen Lageeinschätzung ausreichend gewesen")
S(D, "Thomas Behrendt", "person", None, "habe", "indirect", "habe niemand vorhergesehen")
S(D, "Thomas Behrendt", "person", None, "sagte", "direct", "Wir hatten ein Sicherheitskonzept, das auf dem Papier funktioniert hat")
S(D, "Thomas Behrendt", "person", None, None, "direct", "In der Realität hat es das nicht.")
S(D, "Thomas Behrendt", "person", None, "bedaure", "indirect", "Er bedaure zutiefst, dass Menschen ums Leben gekommen seien")
S(D, "Sozialministerium Sachsen-Anhalt", "org", None, "Nach Angaben", "indirect", "mussten elf Verletzte auf Intensivstationen behandelt werden")
S(D, "Thomas Behrendt", "person", None, "sagte", "indirect", "dieser Vermerk habe ihn nie erreicht", denial=True)
S(D, "Thomas Behrendt", "person", None, "sei", "indirect", "Das sei \"ein Versagen in der Kommunikationskette\", das er nicht bestreite")
S(D, "Stadt Halle", "org", None, "wies zurück", "indirect", "wies jede Verantwortung für das Unglück zurück", denial=True)
S(D, "Stadt Halle", "org", "Sprecher von Oberbürgermeister Alexander Vogt", "erklärte", "indirect", "die Stadt habe alle Auflagen der Polizei erfüllt")
S(D, "Stadt Halle", "org", "Sprecher von Oberbürgermeister Alexander Vogt", "sei", "indirect", "Die Zahl der Ordner sei sogar über das vorgeschriebene Maß hinaus erhöht worden")
S(D, "AfD", "org", "Landtagsfraktion", "warf vor", "indirect", "Informationen zurückzuhalten")
S(D, "Guido Kosmehl", "person", "Ausschussvorsitzender", "widersprach", "indirect", "Bis Donnerstag seien dem Gremium mehr als 4.300 Seiten Akten übergeben worden")
S(D, "Staatsanwaltschaft Halle", "org", "Sprecher", "bestätigte", "indirect", "dass gegen fünf Beschuldigte wegen fahrlässiger Tötung und fahrlässiger Körperverletzung ermittelt werde")
S(D, "Staatsanwaltschaft Halle", "org", "Sprecher", "werde", "indirect", "Ein Gutachten zum Ablauf des Gedränges werde nicht vor Frühjahr erwartet")

D = "17_bundesliga"
S(D, "Julian Schuster", "person", "Trainer", "sagte", "direct", "Wir haben nie aufgehört, daran zu glauben")
S(D, "Bo Henriksen", "person", "Trainer", "haderte", "direct", "Zwei Fehler in fünf Minuten, das darfst du auf diesem Niveau nicht machen.")

D = "18_quartal_bmw"
S(D, "BMW", "org", None, "wie mitteilte", "indirect", "Der Konzerngewinn vor Steuern sank von Juli bis September um 31 Prozent auf 2,1 Milliarden Euro")
S(D, "Walter Mertl", "person", "Finanzvorstand", "sprach von", "direct", "herausfordernden Umfeld")
S(D, "Walter Mertl", "person", "Finanzvorstand", "sagte", "indirect", "Allein die Zölle hätten das Ergebnis in den ersten neun Monaten mit rund 1,2 Milliarden Euro belastet")
S(D, "Walter Mertl", "person", "Finanzvorstand", "schloss aus", "indirect", "Stellenabbau in Deutschland schloss er aus", denial=True)

D = "19_ob_wahl"
S(D, "Sabine Hofmann", "person", "CSU-Kandidatin", "sagte", "direct", "Das ist ein klarer Auftrag")
S(D, "Markus Ertl", "person", None, "zeigte sich zuversichtlich", "indirect", "den Rückstand von gut 2.000 Stimmen aufholen zu können")

D = "20_tournee"
S(D, "Barracuda Music", "org", "Veranstalter", "teilte mit", "indirect", "Allein in Wien kamen an den drei Abenden rund 165.000 Fans")
S(D, "Barracuda Music", "org", "Veranstalter", "hätten", "indirect", "Insgesamt hätten die 28 Konzerte in Deutschland, Österreich und der Schweiz mehr als 1,1 Millionen Besucher angelockt")
S(D, "Barracuda Music", "org", "Veranstalter", "Laut", "indirect", "wurden an den drei Abenden zudem Fanartikel im Wert von mehr als zwei Millionen Euro verkauft")
S(D, "Lena Hörtnagl", "person", "Sängerin", "sagte", "direct", "Wir können es selbst noch gar nicht glauben")
S(D, "Lena Hörtnagl", "person", "Sängerin", None, "direct", "Vor zehn Jahren haben wir noch in Zillertaler Gasthäusern vor 50 Leuten gespielt.")
S(D, "Alpenglühn", "group", "Band", "kündigte an", "indirect", "sich 2027 eine kreative Pause zu nehmen")
