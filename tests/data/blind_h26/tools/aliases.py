ALIASES = {
 # k11_01
 "Momo local authorities": ["örtliche Behörden", "örtlichen Behörden", "local authorities"],
 "Emmanuel Tabe Nkongho": ["Tabe Nkongho", "Nkongho", "Präfekt des Bezirks", "Präfekt"],
 "Serge Mballa Ndongo": ["Mballa Ndongo", "Oberst Serge Mballa Ndongo"],
 "Ayuk Bantar": ["Général Ayuk Bantar", "General Ayuk Bantar", "Bantar"],
 "ADF": ["Ambazonia Defence Forces", "Ambazonia Defence Forces (ADF)"],
 "Anglophone separatists": ["separatistische Milizen", "Separatisten", "Terroristen", "Amba Boys", "Ambazonian separatists"],
 "Cameroonian army": ["kamerunische Armee", "Armee Kameruns", "Cameroon army", "Cameroonian armed forces"],
 "Ndzeng resident": ["Bewohner von Ndzeng", "Ein Bewohner von Ndzeng"],
 "International Crisis Group": ["Crisis Group", "ICG"],
 "OCHA": ["UN-Nothilfebüro OCHA", "UN-Nothilfebüro", "UN-Nothilfebüros", "UN Office for the Coordination of Humanitarian Affairs"],
 "Human Rights Watch": ["HRW"],
 "Ndzeng": ["Dorf Ndzeng", "Momo", "Bezirk Momo"],
 "Anglophone Cameroon": ["englischsprachige Regionen", "englischsprachigen Regionen", "beiden englischsprachigen Regionen Nordwest und Südwest", "Nordwest und Südwest", "Ambazonia"],
 "Cameroon": ["Kamerun"],
 "Nigeria": [],
 "Bamenda": [],

 # k11_02
 "Kashmir": ["Kaschmir", "Himalaya-Region Kaschmir"],
 "Kupwara": ["Bezirk Kupwara"],
 "Kupwara district administration": ["Bezirksverwaltung von Kupwara", "Bezirksverwaltung"],
 "Indian military sources": ["Militärkreise", "Militärkreisen", "indische Militärkreise"],
 "PTI": ["Press Trust of India", "indische Nachrichtenagentur PTI"],
 "Indian army": ["indische Armee", "indischen Armee", "indische Truppen", "indischen Truppen", "indische Soldaten", "Indian Army"],
 "Keran": ["Sektor Keran"],
 "Neelum disaster management authority": ["Katastrophenschutzbehörde im Neelum-Tal", "Katastrophenschutzbehörde"],
 "Neelum Valley": ["Neelum-Tal", "Athmuqam", "Neelum"],
 "Sardar Tariq Mahmood": ["Tariq Mahmood", "Mahmood"],
 "ISPR": ["Militär-Pressedienst ISPR", "Militär-Pressedienstes ISPR", "pakistanische Armee", "Pakistani army", "Pakistan Army", "Inter-Services Public Relations"],
 "Rajiv Bhatnagar": ["Bhatnagar", "Oberstleutnant Rajiv Bhatnagar"],
 "Ayushi Kaul": ["Kaul", "Bezirkschefin"],
 "UNMOGIP": ["UN-Beobachtermission UNMOGIP", "UN-Beobachtermission"],
 "Poonch": ["Bezirk Poonch"],
 "India": ["Indien"],
 "Pakistan": [],

 # k11_03
 "Niger defence ministry": ["Verteidigungsministerium", "Verteidigungsministeriums", "nigrisches Verteidigungsministerium", "Ministry of Defence of Niger"],
 "Nigerien army": ["nigrische Armee", "Armee Nigers", "Soldaten der Junta", "Niger army", "Niger armed forces", "FAN"],
 "IS Sahel": ["Islamischer Staat in der Sahelzone", "IS-Sahel", "Terrormiliz Islamischer Staat in der Sahelzone", "Islamic State Sahel Province", "Islamischer Staat", "Amak", "Amaq", "Dschihadisten", "mutmaßliche Dschihadisten"],
 "Moussa Hamidou": ["Hamidou"],
 "Tera hospital worker": ["Mitarbeiter eines Krankenhauses in Tera", "Ein Mitarbeiter eines Krankenhauses in Tera"],
 "ACLED": ["Acled", "Konfliktdatenorganisation Acled"],
 "UNHCR": ["UN-Flüchtlingshilfswerk UNHCR", "UN-Flüchtlingshilfswerk", "Flüchtlingshilfswerk", "UN refugee agency"],
 "Tera": ["Téra"],
 "Kokorou-Bangou": ["Dorf Kokorou-Bangou"],
 "Tillabéri": ["Region Tillabéri", "Tillaberi"],
 "Niger": [],

 # generic, bound once for the folder
 "police": ["Polizei", "Wiener Polizei", "Polizisten", "Polizeiangaben", "Polizei im Bezirk Kupwara", "Polizei des Bundesstaates Westbengalen", "West Bengal police", "Kupwara police"],
 # k11_04
 "Mandera county hospital": ["Bezirkskrankenhaus", "Bezirkskrankenhauses", "Mandera hospital"],
 "Kenya Red Cross": ["Kenianisches Rotes Kreuz", "Kenianischen Roten Kreuzes", "Kenya Red Cross Society"],
 "Samuel Kiprono Rotich": ["Rotich", "Kiprono Rotich", "Polizeichef des Bezirks"],
 "al-Shabaab": ["Al-Shabaab", "Terrormiliz al-Shabaab", "Shabaab", "al-Schabab"],
 "security experts": ["Sicherheitsexperten"],
 "Mandera elders": ["örtliche Älteste", "örtlicher Ältester", "Älteste", "local elders"],
 "William Ruto": ["Ruto", "Präsident William Ruto"],
 "Kipchumba Murkomen": ["Murkomen", "Innenminister Kipchumba Murkomen"],
 "GSU": ["Spezialeinheit GSU", "General Service Unit"],
 "Mandera": ["Grenzstadt Mandera", "Stadt Mandera"],
 "Kenya": ["Kenia"],
 "Nairobi": [],

 # k11_05
 "Heilbronn": ["Heilbronner Innenstadt", "Kiliansplatz"],
 "Jens Oberländer": ["Oberländer", "Polizeisprecher Jens Oberländer"],
 "eyewitnesses": ["Augenzeugen"],
 "investigator sources": ["Ermittlerkreise", "Ermittlerkreisen"],
 "Katrin Weyhe": ["Weyhe", "Oberstaatsanwältin Katrin Weyhe"],
 "Heilbronn prosecutor's office": ["Staatsanwaltschaft Heilbronn"],

 # k11_06
 "Kidunda": ["Kidunda-Damm", "Kidunda-Damms", "Kidunda Dam", "Siedlungen unterhalb des Kidunda-Damms", "Ruvu"],
 "Kiziwa": ["Dorf Kiziwa"],
 "Morogoro": ["Region Morogoro"],
 "Tanzania": ["Tansania"],
 "Fatma Mwassa": ["Mwassa", "Regionalkommissarin"],
 "TPDF": ["Tanzania People's Defence Force", "tansanische Armee", "Tanzanian army"],
 "Tanzania Red Cross": ["Tansanisches Rotes Kreuz", "Tansanischen Roten Kreuzes", "Tanzania Red Cross Society"],
 "Prime Minister's Office": ["Amt des Premierministers", "Tanzanian Prime Minister's Office"],
 "Tanzanian government": ["tansanische Regierung", "Government of Tanzania", "Regierung Tansanias"],
 "Tanzanian water ministry": ["Wasserministerium", "Wasserministeriums", "Sprecher des Wasserministeriums"],
 "Kenyan interior ministry": ["Innenministerium in Nairobi", "Innenministeriums in Nairobi", "kenianisches Innenministerium"],
 "meteorologists": ["Meteorologen"],
 "UNICEF": ["Unicef", "UN-Kinderhilfswerk Unicef", "UN-Kinderhilfswerk"],

 # k11_07
 "Sagar Island": ["Insel Sagar", "Sagar", "Gangasagar", "Gangasagar Mela", "Anlegestelle auf der Insel Sagar"],
 "Kakdwip": [],
 "West Bengal": ["Westbengalen", "Bundesstaat Westbengalen"],
 "West Bengal government": ["Landesregierung", "Regierung von Westbengalen"],
 "Kakdwip hospital doctor": ["Arzt des Krankenhauses in Kakdwip", "Ein Arzt des Krankenhauses in Kakdwip"],
 "Suvendu Adhikari": ["Adhikari", "Oppositionsführer im Landesparlament"],
 "Mamata Banerjee": ["Banerjee", "Ministerpräsidentin Mamata Banerjee"],
 "Prayagraj": ["Kumbh Mela in Prayagraj"],
 "NDTV": ["Fernsehsender NDTV"],

 # k11_08
 "US Midwest": ["Mittlerer Westen", "Mittleren Westen", "Mittleren Westen der USA", "Midwest"],
 "United States": ["USA", "Vereinigte Staaten", "US"],
 "Missouri": ["Bundesstaat Missouri"],
 "Illinois": [],
 "Indiana": [],
 "Poplar Bluff": ["Kleinstadt Poplar Bluff"],
 "Carmi": ["Ortschaft Carmi"],
 "Mike Kehoe": ["Kehoe", "Gouverneur Mike Kehoe"],
 "authorities": ["Behörden", "Behördenangaben"],
 "NWS": ["Nationaler Wetterdienst", "Nationale Wetterdienst", "National Weather Service", "Wetterdienst"],
 "Poplar Bluff fire department": ["örtliche Feuerwehr", "örtlichen Feuerwehr"],
 "Dale Whitfield": ["Whitfield", "Feuerwehrchef Dale Whitfield"],
 "Missouri National Guard": ["Nationalgarde", "National Guard", "Soldaten der Nationalgarde"],
 "JB Pritzker": ["Pritzker", "Gouverneur JB Pritzker"],
 "Poweroutage.us": ["Internetseite Poweroutage.us"],
 "Donald Trump": ["Trump", "US-Präsident Donald Trump"],
 "FEMA": ["Fema", "Katastrophenschutzbehörde Fema"],

 "fire brigade": ["Feuerwehr", "Feuerwehr Wilhelmshaven", "Feuerwehr Bochum", "Berufsfeuerwehr", "Feuerwehrmann", "Berufsfeuerwehr Wien"],
 # k11_09
 "Wilhelmshaven": ["Wilhelmshavener Hafen", "Hafen Wilhelmshaven", "Hafengelände", "Voslapp", "Chemieterminal"],
 "Arne Tjaden": ["Tjaden", "Stadtbrandmeister Arne Tjaden", "Stadtbrandmeister"],
 "City of Wilhelmshaven": ["Stadt", "Stadt Wilhelmshaven"],
 "Jade Chemie Logistik": ["Jade Chemie Logistik GmbH", "Betreiber des Terminals", "Unternehmen"],

 # k11_10
 "Polish-Belarusian border": ["Grenze zwischen Polen und Belarus", "polnisch-belarussische Grenze", "polnisch-belarussischen Grenze", "Grenzgebiet", "Grenzwald", "Grenze"],
 "Białowieża": ["Bialowieza", "Hajnówka", "Abschnitt um Białowieża und Hajnówka", "Białowieża und Hajnówka"],
 "Poland": ["Polen"],
 "Belarus": ["Weißrussland"],
 "Polish Border Guard": ["polnischer Grenzschutz", "polnische Grenzschutz", "Grenzschutz", "Straż Graniczna", "Grenzschützer"],
 "Ewa Dąbrowska-Lis": ["Dąbrowska-Lis", "Sprecherin der Behörde"],
 "PAP": ["Nachrichtenagentur PAP", "Polska Agencja Prasowa"],
 "Polish government": ["Regierung in Warschau", "polnische Regierung", "Warschau"],
 "Władysław Kosiniak-Kamysz": ["Kosiniak-Kamysz", "Verteidigungsminister Władysław Kosiniak-Kamysz"],
 "Polish army": ["polnische Armee", "polnische Soldaten", "Polish armed forces"],
 "aid organisations": ["Hilfsorganisationen"],
 "Grupa Granica": ["Initiative Grupa Granica"],
 "Zofia Wierzbicka": ["Wierzbicka"],
 "Belarusian border committee": ["belarussischer Grenzschutz", "belarussische Grenzschutz", "Belarusian border guard"],
 "Alexander Lukashenko": ["Alexandr Lukaschenko", "Lukaschenko"],

 # k11_11
 "Dominican Republic": ["Dominikanische Republik", "Dominikanischen Republik", "Santo Domingo"],
 "Haiti": ["Port-au-Prince"],
 "Haiti-Dominican Republic border": ["Grenzübergänge", "offizielle Grenzübergänge", "Ouanaminthe", "Belladère", "Ouanaminthe und Belladère"],
 "DGM": ["Generaldirektion für Migration", "Generaldirektion für Migration (DGM)", "Migrationsbehörde", "Dirección General de Migración"],
 "IOM": ["Internationale Organisation für Migration", "Internationale Organisation für Migration (IOM)", "UN-Organisation", "International Organization for Migration"],
 "Listín Diario": ["Listin Diario", "Zeitung Listín Diario"],
 "Luis Abinader": ["Abinader", "Präsident Luis Abinader"],
 "Dominican government": ["dominikanische Regierung", "Regierung der Dominikanischen Republik"],
 "human rights organisations": ["Menschenrechtsorganisationen", "Menschenrechtler"],
 "Médecins du Monde": ["Ärzte der Welt", "Hilfsorganisation Médecins du Monde"],
 "GARR": ["Garr", "haitianische Organisation Garr", "Groupe d'appui aux rapatriés et réfugiés"],
 "Homero Figueroa": ["Figueroa", "Regierungssprecher Homero Figueroa"],
 "United Nations": ["Vereinte Nationen", "Vereinten Nationen", "UN", "UNO", "UN-Angaben"],
 "Ulrich Sandvoss": ["Sandvoss"],

 # k11_12
 "Bochum": ["Bochum-Querenburg", "Querenburg", "Hustadtring"],

 # k11_13
 "Vienna": ["Wien", "Favoriten", "Ottakring", "Floridsdorf", "Favoriten und Ottakring", "Silvesterpfad"],
 "Leopoldstadt": [],
 "Simmering": [],
 "Berufsrettung Wien": ["Berufsrettung", "Rettung", "Wiener Berufsrettung"],
 "AKH Wien": ["AKH", "Allgemeines Krankenhaus Wien", "Unfallchirurgie des AKH"],
 "Thomas Heinzl": ["Heinzl", "Primar Thomas Heinzl"],
 "Dieter Csefan": ["Csefan", "Landespolizeivizepräsident Dieter Csefan"],
 "organisers": ["Veranstalter"],

 # k11_14
 "Nuremberg": ["Nürnberg", "Gostenhof", "St. Leonhard", "Sündersbühl", "Rothenburger Straße", "Nürnberger Stadtteile", "Gostenhof, St. Leonhard und Sündersbühl"],
 "Kriminalpolizei Nürnberg": ["Kriminalpolizei", "Ermittlungsgruppe \"Funke\""],

 # k11_15
 "Görlitz district": ["Landkreis Görlitz", "Görlitz", "Zittau", "Löbau", "Herrnhut"],
 "Görlitz district health office": ["Gesundheitsamt", "Landkreis", "Behörde", "Gesundheitsamt des Landkreises Görlitz"],
 "Sabine Krautz": ["Krautz", "Amtsärztin Dr. Sabine Krautz", "Dr. Sabine Krautz", "Amtsärztin"],
 "RKI": ["Robert Koch-Institut", "Robert Koch-Instituts", "Robert-Koch-Institut"],
 "Germany": ["Deutschland", "bundesweit"],
 "Saxony": ["Sachsen"],
 "Kreiselternrat": ["Kreiselternrat Görlitz"],
 "Kerstin Wendler": ["Wendler"],

 # k11_16
 "Schwaz": ["Zeltfest in Schwaz", "Festgelände"],
 "Innsbruck prosecutor's office": ["Staatsanwaltschaft Innsbruck", "Anklage", "Anklagebehörde"],
 "defendants": ["Angeklagte", "Alle drei", "die drei Angeklagten"],
 "defence": ["Verteidigung"],
 "Florian Eberharter": ["Eberharter", "Staatsanwalt Florian Eberharter", "Staatsanwalt"],
 "Markus Höllwarth": ["Höllwarth", "Anwalt des Obmanns"],

 "Innsbruck": ["Landesgericht Innsbruck"],

 # k11_17
 "Marco Odermatt": ["Odermatt"],
 "Thomas Stauffer": ["Stauffer", "Swiss-Ski-Cheftrainer Thomas Stauffer"],

 # k11_18
 "Condor": ["Ferienflieger Condor", "Fluggesellschaft", "Airline"],
 "Peter Gerber": ["Gerber", "Vorstandschef Peter Gerber"],
 "Claudia Lenhardt": ["Lenhardt", "Finanzchefin Claudia Lenhardt"],
 "Vereinigung Cockpit": ["Pilotengewerkschaft Vereinigung Cockpit", "Gewerkschaft", "VC"],

 # k11_19
 "Fabian Peter": ["Peter", "Regierungsrat Fabian Peter"],
 "referendum committee": ["Referendumskomitee", "Komitee"],
 "Martina Bucher": ["Bucher", "Komitee-Sprecherin Martina Bucher"],

 # k11_20
 "Katrin Overbeck": ["Overbeck", "Direktorin Katrin Overbeck"],
 "DSM": ["Deutsches Schifffahrtsmuseum", "Deutsche Schifffahrtsmuseum", "Museum", "Museums", "Schifffahrtsmuseum"],
 "Jan-Hendrik Brüning": ["Brüning"],
}
