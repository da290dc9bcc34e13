"""Words an attacker of a Dutch adviser's vault tries first, fed to the strength estimator.

zxcvbn knows English dictionaries, names and keyboard patterns; these add what it cannot know
about a Dutch practice: common Dutch words, the seasons and months, the big cities, and the
words of the profession itself. A passphrase made of them is rated by their rank here, not as
random letters.
"""

from __future__ import annotations

_WORDS = """
    wachtwoord welkom geheim vertrouwen vertrouwenspersoon vertrouwelijk integriteit melder
    melding klacht advies adviseur praktijk kluis sleutel toegang inloggen gebruiker beheer
    zomer winter lente herfst januari februari maart april mei juni juli augustus september
    oktober november december maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    amsterdam rotterdam utrecht denhaag eindhoven groningen tilburg almere breda nijmegen
    arnhem haarlem enschede apeldoorn amersfoort zaanstad zwolle leiden maastricht dordrecht
    delft deventer alkmaar venlo leeuwarden hilversum nederland holland friesland brabant
    limburg zeeland drenthe gelderland overijssel flevoland ajax feyenoord psv oranje voetbal
    hallo dag doei liefde schat lieverd vriend vriendin familie moeder vader oma opa kind
    kinderen zoon dochter broer zus huis tuin fiets auto boot water vuur aarde lucht zon maan
    ster hemel zee strand bos boom bloem roos tulp kaas brood koffie thee bier wijn melk
    appel peer banaan hond kat paard koe vogel vis muis beer leeuw tijger wolf vos konijn
    rood blauw groen geel oranje paars roze zwart wit grijs bruin goud zilver
    een twee drie vier vijf zes zeven acht negen tien twaalf honderd duizend
    goed slecht groot klein mooi lelijk nieuw oud jong snel langzaam sterk zwak warm koud
    blij boos bang lief stoer veilig gevaarlijk makkelijk moeilijk
    werk baan kantoor bedrijf organisatie afdeling team collega leidinggevende directeur
    medewerker personeel manager bestuur gemeente school zorg ziekenhuis politie
    jan piet kees henk gerrit willem johan peter marco mark erik sander thomas daan bram
    anna emma sanne lisa eva sophie julia lotte fleur maria ingrid anja linda petra monique
    jansen devries bakker visser smit meijer mulder bos vos peters hendriks dekker brouwer
    welkom01 geheim123 wachtwoord1 qwerty azerty asdfgh zxcvbn
    """

DUTCH_WORDS: tuple[str, ...] = tuple(dict.fromkeys(_WORDS.split()))
