ALIASES = {
    # u16_01
    "both governments": ["beider Regierungen", "beide Regierungen"],
    "Thai government": ["thailändische Regierung", "Bangkok", "Regierung in Bangkok", "Sprecher in Bangkok", "thailändischer Darstellung", "Thailand's government"],
    "Cambodian government": ["kambodschanische Regierung", "Phnom Penh", "Kambodscha", "Regierung in Phnom Penh"],
    "Winthai Suvaree": ["Winthai", "Oberst Winthai Suvaree", "Sprecher der Zweiten Armeeregion"],
    "Thai defence ministry": ["Verteidigungsministerium in Bangkok", "thailändisches Verteidigungsministerium"],
    "Maly Socheata": ["Socheata", "Sprecherin des Verteidigungsministeriums"],
    "Thai army": ["thailändische Armee", "Zweite Armeeregion", "thailändische Streitkräfte"],
    "Cambodian army": ["kambodschanische Armee", "kambodschanischen Armee", "kambodschanische Streitkräfte"],
    "Oddar Meanchey provincial administration": ["Provinzverwaltung von Oddar Meanchey", "Provinzverwaltung"],
    "AKP": ["Agence Kampuchea Presse", "kambodschanische Nachrichtenagentur AKP", "Nachrichtenagentur AKP"],
    "Thai interior ministry": ["thailändisches Innenministerium", "Innenministerium in Bangkok"],
    "UNHCR": ["UN-Flüchtlingshilfswerk UNHCR", "UN-Flüchtlingshilfswerk", "Flüchtlingshilfswerk", "UN refugee agency"],
    "Thai prime minister": ["thailändische Regierungschef", "thailändischer Regierungschef", "Regierungschef"],
    "Surin": ["Provinz Surin", "Ta Muen Thom", "Tempel Ta Muen Thom"],
    "Oddar Meanchey": ["Provinz Oddar Meanchey"],
    "Thailand": ["thailändischem Gebiet", "Sisaket", "Surin und Sisaket"],
    "Thai-Cambodian border": ["thailändisch-kambodschanische Grenze", "Grenze zwischen Thailand und Kambodscha"],
    "Preah Vihear": ["Tempel Preah Vihear"],
}
ALIASES.update({
    # u16_02
    "security sources": ["Sicherheitsquellen", "zwei Sicherheitsquellen", "Quellen", "Eine der Quellen"],
    "army circles": ["Armeekreisen", "Armeekreise"],
    "Burkinabe army": ["burkinische Armee", "Armee der Junta", "Hilfsmiliz VDP", "VDP", "Soldaten und Mitglieder der Hilfsmiliz VDP", "Volontaires pour la défense de la patrie"],
    "Burkinabe government": ["Militärregierung in Ouagadougou", "Militärregierung", "Junta", "Ouagadougou", "Staatsfernsehen RTB", "RTB"],
    "JNIM": ["Gruppe JNIM", "Al-Kaida nahestehende Gruppe JNIM", "Dschihadisten", "Islamisten", "Terroristen", "Jama'at Nusrat al-Islam wal-Muslimin"],
    "SITE": ["SITE Intelligence Group", "US-Organisation SITE"],
    "aid organisations": ["Hilfsorganisationen", "von Hilfsorganisationen"],
    "local security experts": ["örtliche Sicherheitsexperten", "örtlicher Sicherheitsexperten", "Sicherheitsexperten"],
    "MSF": ["Ärzte ohne Grenzen", "Ärzte ohne Grenzen (MSF)", "Médecins Sans Frontières", "Doctors Without Borders"],
    "Aïssata Barry": ["Barry", "MSF-Koordinatorin Aïssata Barry", "Aissata Barry"],
    "United Nations": ["Vereinte Nationen", "Vereinten Nationen", "UN", "UNO", "UN-Angaben"],
    "OCHA": ["UN-Nothilfebüro OCHA", "UN-Nothilfebüro"],
    "analysts": ["Analysten"],
    "Diapaga": ["Stadt Diapaga"],
    "Burkina Faso": ["Burkina Fasos", "Osten Burkina Fasos"],
})
ALIASES.update({
    # u16_03
    "authorities": ["Behörden", "Behördenangaben", "nach Behördenangaben", "offiziellen Angaben", "nach offiziellen Angaben"],
    "Emeka Okonkwo": ["Okonkwo", "Sprecher der Polizei des Bundesstaats", "Polizei des Bundesstaats Plateau"],
    "local politicians": ["Lokalpolitiker"],
    "Daniel Gyang": ["Gyang", "Abgeordnete des Wahlkreises Bokkos/Mangu"],
    "Daily Trust": [],
    "Nigerian armed forces": ["Streitkräfte", "Sprecher der Streitkräfte", "Operation Safe Haven", "Soldaten der Operation \"Safe Haven\"", "nigerianische Armee"],
        "Fulani herders": ["Hirten", "Fulani-Hirten", "Viehzüchter", "Viehhirten"],
    "Miyetti Allah": ["Vereinigung der Fulani-Viehzüchter Miyetti Allah", "Miyetti Allah Cattle Breeders Association", "MACBAN"],
    "Red Cross": ["Nigerian Red Cross", "Rote Kreuz Vorarlberg", "Rotes Kreuz", "Roten Kreuzes", "Rote Kreuz", "Rotes Kreuz in Nigeria", "Nigerian Red Cross Society"],
    "Titus Dalyop": ["Dalyop", "Gouverneur Titus Dalyop"],
    "Bola Tinubu": ["Tinubu", "Präsident Bola Tinubu"],
    "Amnesty International": ["Amnesty", "Menschenrechtsorganisation Amnesty International"],
    "Bokkos": ["Bezirk Bokkos", "Stadt Bokkos", "Bokkos/Mangu"],
    "Mushere": ["Dorf Mushere"],
    "Plateau": ["Bundesstaat Plateau", "Plateau State", "Bundesstaats Plateau"],
})
ALIASES.update({
    "police": ["Polizei", "Kantonspolizei Basel-Stadt", "Kantonspolizei", "Gemäss Polizei", "Polizei Mainz", "Polizeipräsidium Mainz", "POL-PPMZ", "Kriminalpolizei", "Kriminalpolizei Mainz", "Polizeibeamtin", "Bereitschaftspolizei"],
})
ALIASES.update({
    # u16_04
    "Interfax": ["Agentur Interfax"],
    "TASS": ["Tass", "Agentur Tass"],
    "Dagestan interior ministry": ["Innenministerium der Kaukasusrepublik", "Innenministerium Dagestans"],
    "Dagestan health ministry": ["Gesundheitsministerium Dagestans", "Gesundheitsministerium der Teilrepublik"],
    "NAK": ["Nationale Antiterrorkomitee", "Nationales Antiterrorkomitee", "Nationale Antiterrorkomitee (NAK)", "Antiterrorkomitee"],
    "Investigative Committee": ["Ermittlungskomitee", "Ermittlungskomitees", "Russian Investigative Committee"],
    "attackers": ["Angreifer", "Bewaffnete", "mutmaßliche Viehhirten", "mutmaßlicher Viehhirten", "kriminelle Banden", "Täter", "mutmaßlich vier Angreifer", "flüchtigen Täter", "bewaffnete Männer", "bewaffneter Männer"],
    "Russian security forces": ["Sicherheitskräfte", "Spezialeinheiten", "Angehöriger der Spezialeinheiten"],
    "Sergej Melikow": ["Melikow", "Sergei Melikov", "Chef der Republik"],
    "Khasavyurt": ["Chassawjurt", "Kontrollpunkt am Stadtrand von Chassawjurt", "Polizeiposten"],
    "Endirej": ["Dorf Endirej", "Endirey", "Waldstück nahe dem Dorf Endirej"],
    "Dagestan": ["Teilrepublik Dagestan", "Derbent", "Machatschkala", "Derbent und Machatschkala", "Nordkaukasus"],
})
ALIASES.update({
    # u16_05
    "Belgian federal prosecutor": ["Bundesstaatsanwaltschaft", "belgische Bundesstaatsanwaltschaft", "Föderale Staatsanwaltschaft", "Federal prosecutor's office"],
    "Wim Claessens": ["Claessens", "Sprecher der Staatsanwaltschaft"],
    "City of Antwerp": ["Stadtverwaltung", "Stadtverwaltung Antwerpen"],
    "eyewitness": ["Augenzeugin", "Eine Augenzeugin"],
    "VRT": ["Sender VRT"],
    "SNCB": ["Bahngesellschaft SNCB", "NMBS"],
    "Bernard Quintin": ["Quintin", "Innenminister Bernard Quintin"],
    "Els van Doesburg": ["van Doesburg", "Van Doesburg"],
    "Antwerp Central Station": ["Hauptbahnhof", "Antwerpener Hauptbahnhof", "Antwerpen", "Antwerp", "Haupthalle des Bahnhofs", "Antwerpen-Centraal"],
    "Borgerhout": ["Stadtteil Borgerhout"],
    "Belgium": ["Belgien"],
})
ALIASES.update({
    # u16_06
    "fire brigade": ["Feuerwehr", "Feuerwehren", "Feuerwehrleute", "Feuerwehr des Bundesstaats", "Corpo de Bombeiros", "Feuerwehr von Minas Gerais"],
    "Leonardo Farah": ["Farah", "Feuerwehrsprecher Leonardo Farah"],
    "Minas Gerais civil defence": ["Zivilschutzbehörde", "Zivilschutz", "Defesa Civil"],
    "Minas Gerais state government": ["Landesregierung", "Regierung von Minas Gerais"],
    "Municipality of Conceição do Itabira": ["Gemeinde"],
    "Feam": ["Umweltbehörde des Bundesstaats Feam", "Umweltbehörde"],
    "G1": ["Nachrichtenportal G1"],
    "Mineração Serra Azul": ["Betreiberfirma", "Bergbaufirma Mineração Serra Azul", "Serra Azul"],
    "residents": ["Anwohner", "Mehrere Anwohner", "Bewohner"],
    "Mateus Simões": ["Simões", "Gouverneur Mateus Simões"],
    "Military Police of Minas Gerais": ["Militärpolizei", "Soldaten der Militärpolizei"],
    "Fernanda Lacerda": ["Lacerda", "Biologin Fernanda Lacerda"],
    "Conceição do Itabira": ["Kleinstadt Conceição do Itabira", "Córrego Fundo", "Becken \"Córrego Fundo\""],
    "Vila Esperança": ["Ortsteil Vila Esperança"],
    "Santa Bárbara river": ["Fluss Santa Bárbara", "Flusses Santa Bárbara", "Tal des Flusses Santa Bárbara", "Santa Bárbara", "Nova Era"],
    "Minas Gerais": ["Bundesstaat Minas Gerais", "brasilianischen Bundesstaat Minas Gerais"],
    "Mariana": [],
    "Brumadinho": [],
})
ALIASES.update({
    # u16_07
    "The Hindu": ["Zeitung \"The Hindu\"", "Hindu"],
    "Virudhunagar district collector": ["Bezirksverwalter von Virudhunagar", "Bezirksverwalter", "District Collector"],
    "M. K. Stalin": ["Stalin", "Ministerpräsident M. K. Stalin"],
    "Indian government": ["Regierung in Neu-Delhi", "indische Regierung", "Neu-Delhi"],
    "fireworks workers' union": ["Gewerkschaft der Feuerwerksarbeiter", "Gewerkschaft"],
    "Sivakasi": ["Stadt Sivakasi", "Dorf nahe der Stadt Sivakasi", "Tamil Nadu"],
    "Virudhunagar": ["Bezirk Virudhunagar"],
})
ALIASES.update({
    # u16_08
    "Philippine Coast Guard": ["Küstenwache", "philippinische Küstenwache", "PCG", "Schiffe der Küstenwache"],
    "Jonathan Tarrayo": ["Tarrayo", "Sprecher der Küstenwache"],
    "Starlite Pacific Lines": ["Reederei", "Reederei Starlite Pacific Lines", "Starlite"],
    "Marina": ["Schifffahrtsbehörde Marina", "Maritime Industry Authority", "Schifffahrtsbehörde"],
    "survivors": ["Überlebende"],
    "Marites Dumalag": ["Dumalag"],
    "GMA": ["Fernsehsender GMA", "GMA Network"],
    "Oriental Mindoro health office": ["Gesundheitsamt der Provinz Oriental Mindoro", "Gesundheitsamt"],
    "Calapan": ["Hafen von Calapan", "Mindoro", "Insel Mindoro", "Oriental Mindoro", "MV Santa Lucia 5"],
    "Basilan": ["Insel Basilan"],
})
ALIASES.update({
    # u16_09
    "Austrian foreign ministry": ["Außenministerium", "Außenministerium in Wien", "österreichisches Außenministerium"],
    "Nepal tourism department": ["nepalesische Tourismusbehörde", "Tourismusbehörde", "Behörde", "Sprecher der Tourismusbehörde", "Department of Tourism"],
    "Ang Nima Sherpa": ["Chef der Expeditionsagentur Himalayan Summit Treks", "Himalayan Summit Treks"],
    "AFP": ["Nachrichtenagentur AFP"],
    "Manaslu": ["Lager 2"],
})
ALIASES.update({
    # u16_10
    "Mayotte prefecture": ["Präfektur", "Präfektur der Insel", "Präfektur von Mayotte"],
    "Comoros government": ["Regierung der Komoren", "komorische Regierung", "Moroni"],
    "Ahmed Said Abdallah": ["Abdallah", "Regierungssprecher Ahmed Said Abdallah"],
    "police circles": ["Polizeikreise", "Polizeikreisen"],
    "Mayotte la 1ère": ["Sender Mayotte la 1ère", "Mayotte la 1ere"],
    "Mamoudzou hospital": ["Klinikleitung", "Krankenhaus von Mamoudzou", "CHM"],
    "Mlezi Maore": ["Verein Mlezi Maore", "Verein"],
    "French interior ministry": ["französisches Innenministerium", "französischen Innenministeriums"],
    "Laurent Nuñez": ["Nuñez", "Innenminister Laurent Nuñez", "Laurent Nunez"],
    "Cimade": ["La Cimade", "Organisation Cimade"],
    "aid workers": ["Helfer"],
    "Bandrélé": ["Strand von Bandrélé", "Bandrele"],
    "Mayotte": ["Insel Mayotte", "Überseegebiet Mayotte", "französischen Überseegebiets Mayotte"],
    "Mamoudzou": [],
    "Pamandzi": ["Abschiebezentrum in Pamandzi"],
    "Anjouan": ["Insel Anjouan", "komorische Insel Anjouan", "Komoren"],
})
ALIASES.update({
    # u16_11
    "IOM": ["Internationale Organisation für Migration", "Internationale Organisation für Migration (IOM)", "International Organization for Migration"],
    "Pakistani government": ["pakistanische Regierung", "Islamabad"],
    "Pakistani interior ministry": ["Innenministeriums in Islamabad", "Innenministerium in Islamabad", "pakistanisches Innenministerium", "Ministeriumssprecher"],
    "Katrin Bauer": ["Bauer", "Landesdirektorin der Welthungerhilfe in Afghanistan", "Welthungerhilfe"],
    "Taliban refugee ministry": ["Taliban-Flüchtlingsministerium", "Taliban-Flüchtlingsministerium in Kabul", "Flüchtlingsministerium"],
    "Pakistan-Afghanistan border": ["Grenzübergänge Torkham und Spin Boldak", "Spin Boldak"],
    "Torkham": ["Grenzübergang Torkham", "Aufnahmezentrum an der Grenze"],
    "Pakistan": [],
    "Afghanistan": ["Kabul"],
})
ALIASES.update({
    # u16_12
    "City of Mainz": ["Stadt Mainz", "Ordnungsamt"],
    "medical service": ["Sanitätsdienst"],
    "Mainz": ["Mainzer Innenstadt", "Innenstadt"],
    "Schillerplatz": [],
    "Ludwigsstraße": ["Ludwigsstraße, Höhe Hausnummer 18"],
    "Rheinufer": ["Rheinufer Mainz"],
})
ALIASES.update({
    # u16_13
    "Landeswarnzentrale Vorarlberg": ["Landeswarnzentrale", "LWZ"],
    "Markus Fenkart": ["Fenkart", "Einsatzleiter Markus Fenkart", "Einsatzleiter"],
    "Bezirkshauptmannschaft Dornbirn": ["Bezirkshauptmannschaft", "BH Dornbirn"],
    "Hohenems": ["Recyclingbetrieb in Hohenems", "Bezirk Dornbirn"],
})
ALIASES.update({
    # u16_14
    "Muttenzerkurve": ["Sprecher der Muttenzerkurve", "Basler Fanszene"],
    "Regula Brändli": ["Brändli", "Basler Sicherheitsdirektorin Regula Brändli", "Sicherheitsdirektorin"],
    "Basel": ["St. Jakobs-Strasse", "Gebiet der St. Jakobs-Strasse", "Basel-Stadt"],
    "Zürich": ["Zuerich"],
})
ALIASES.update({
    # u16_15
    "WHO": ["Weltgesundheitsorganisation", "Weltgesundheitsorganisation (WHO)", "World Health Organization"],
    "Tedros Adhanom Ghebreyesus": ["Tedros", "WHO-Generaldirektor Tedros Adhanom Ghebreyesus", "WHO-Generaldirektor"],
    "Tanzanian health ministry": ["tansanische Gesundheitsministerium", "tansanisches Gesundheitsministerium"],
    "Neema Kisanga": ["Kisanga", "Gesundheitsministerin Neema Kisanga", "Gesundheitsministerin"],
    "The Citizen": ["Zeitung \"The Citizen\"", "Citizen", "Blatt", "des Blattes"],
    "Kagera regional health officer": ["Gesundheitsbeauftragten der Region", "Gesundheitsbeauftragter der Region"],
    "Jonas Halvorsen": ["Halvorsen", "MSF-Nothilfekoordinator Jonas Halvorsen"],
    "Ugandan health ministry": ["ugandisches Gesundheitsministerium", "Gesundheitsministerium Ugandas"],
    "LSHTM": ["London School of Hygiene and Tropical Medicine"],
    "Kagera": ["Region Kagera", "Biharamulo", "Bezirk Biharamulo", "Bukoba", "Biharamulo und Bukoba"],
    "Nyakahura": ["Dorf Nyakahura"],
    "Tanzania": ["Tansania", "Tansanias"],
    "Uganda": ["Mutukula", "Kikagati"],
    "Rwanda": ["Ruanda"],
})
ALIASES.update({
    # u16_16
    "Lyon criminal court": ["Strafgericht", "Gericht", "Gerichts", "Strafgericht Lyon", "Tribunal correctionnel de Lyon"],
    "investigators": ["Ermittler", "Ermittlern", "Feststellung der Ermittler"],
    "Hélène Marchetti": ["Marchetti", "Vorsitzende Richterin Hélène Marchetti", "Vorsitzende Richterin"],
    "Lyon prosecutor": ["Staatsanwaltschaft Lyon", "Anklage"],
    "Olivier Sauvage": ["Sauvage", "Maître Olivier Sauvage", "Verteidiger des Eigentümers"],
    "Samia Benali": ["Benali", "Anwältin mehrerer Familien"],
    "City of Lyon": ["Stadt Lyon"],
    "Rue Paul-Bert": ["Wohnhaus in Lyon", "Rue Paul-Bert im 3. Arrondissement", "3. Arrondissement"],
    "Lyon": [],
})
ALIASES.update({
    # u16_17 - u16_20 (statements only)
    "Mikaela Shiffrin": ["Shiffrin"],
    "Lena Dürr": ["Dürr"],
    "Andreas Puelacher": ["Puelacher", "Bundestrainer Andreas Puelacher"],
    "Hanseatische Frachtlinien": ["HFL", "Reederei Hanseatische Frachtlinien", "Hanseatische Frachtlinien (HFL)"],
    "Kerstin Albrecht": ["Albrecht", "Vorstandschefin Kerstin Albrecht"],
    "HFL works council": ["Betriebsrat"],
    "Uwe Tiedemann": ["Tiedemann", "Betriebsratschef Uwe Tiedemann"],
    "Jan-Ole Petersen": ["Petersen", "Finanzvorstand Jan-Ole Petersen"],
    "German labour ministry": ["Arbeitsministerium", "Arbeitsministeriums", "Bundesarbeitsministerium"],
    "Bärbel Bas": ["Bas", "Arbeitsministerin Bärbel Bas"],
    "Pascal Reddig": ["Reddig", "Chef der Jungen Gruppe"],
    "Anja Reinalter": ["Reinalter"],
    "AfD": ["Alternative für Deutschland"],
    "Die Linke": ["Linke"],
    "Viennale": ["Festival"],
    "Eva Sangiorgi": ["Sangiorgi", "Festivaldirektorin Eva Sangiorgi"],
})
