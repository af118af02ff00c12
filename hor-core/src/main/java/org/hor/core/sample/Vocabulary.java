package org.hor.core.sample;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.hor.core.model.CarrierType;
import org.hor.core.model.Coverage;
import org.hor.core.model.OfferType;
import org.hor.core.model.OutcomeType;
import org.hor.core.model.PartnerType;

/**
 * The fixed word lists of the sample: German cities with their states, carriers, offer titles,
 * organisation name parts, partners and topics. No person names anywhere.
 */
final class Vocabulary {

    private Vocabulary() {}

    /**
     * One of the twelve sites of the story.
     *
     * @param city        the city
     * @param state       its ISO 3166-2 state code
     * @param carrier     the carrier's name
     * @param carrierType the carrier type
     * @param coverage    the coverage
     * @param yearOffset  the start year minus the first year
     * @param startMonth  the month of the start (day 1)
     */
    record SiteBlueprint(
            String city,
            String state,
            String carrier,
            CarrierType carrierType,
            Coverage coverage,
            int yearOffset,
            int startMonth) {}

    /** The twelve sites of the story; S-03 (index 2) is the one that closes. */
    static final List<SiteBlueprint> STORY_SITES = List.of(
            new SiteBlueprint(
                    "Dresden",
                    "DE-SN",
                    "Verband der Migrantenorganisationen Dresden e.V.",
                    CarrierType.MIGRANT_UMBRELLA,
                    Coverage.CITY,
                    0,
                    1),
            new SiteBlueprint(
                    "Leipzig",
                    "DE-SN",
                    "Dachverband der Migrantenorganisationen Westsachsen e.V.",
                    CarrierType.MIGRANT_UMBRELLA,
                    Coverage.REGION,
                    0,
                    3),
            new SiteBlueprint(
                    "Erfurt",
                    "DE-TH",
                    "Jugendkulturwerk Thüringen e.V.",
                    CarrierType.OTHER_CARRIER,
                    Coverage.CITY,
                    0,
                    5),
            new SiteBlueprint(
                    "Berlin",
                    "DE-BE",
                    "Konsortium Ressourcenhaus Berlin (Bildungswerk Vielfalt e.V. und "
                            + "Netzwerk Neue Nachbarn e.V.)",
                    CarrierType.CONSORTIUM,
                    Coverage.CITY,
                    1,
                    1),
            new SiteBlueprint(
                    "Hamburg",
                    "DE-HH",
                    "Nachbarschaftswerk Hamburg e.V.",
                    CarrierType.OTHER_CARRIER,
                    Coverage.CITY,
                    1,
                    4),
            new SiteBlueprint(
                    "Köln",
                    "DE-NW",
                    "Bund der Migrantenvereine Rheinland e.V.",
                    CarrierType.MIGRANT_UMBRELLA,
                    Coverage.REGION,
                    1,
                    2),
            new SiteBlueprint(
                    "Stuttgart",
                    "DE-BW",
                    "Trägerverbund Vielfalt am Neckar",
                    CarrierType.CONSORTIUM,
                    Coverage.REGION,
                    0,
                    9),
            new SiteBlueprint(
                    "München",
                    "DE-BY",
                    "Interkulturelles Bildungswerk Oberbayern e.V.",
                    CarrierType.OTHER_CARRIER,
                    Coverage.REGION,
                    1,
                    6),
            new SiteBlueprint(
                    "Hannover",
                    "DE-NI",
                    "Verband der Migrantenorganisationen Hannover e.V.",
                    CarrierType.MIGRANT_UMBRELLA,
                    Coverage.CITY,
                    5,
                    1),
            new SiteBlueprint(
                    "Magdeburg",
                    "DE-ST",
                    "Konsortium Ressourcen Sachsen-Anhalt",
                    CarrierType.CONSORTIUM,
                    Coverage.CITY,
                    5,
                    4),
            new SiteBlueprint(
                    "Rostock",
                    "DE-MV",
                    "Wohlfahrtswerk Mecklenburg-Vorpommern e.V.",
                    CarrierType.OTHER_CARRIER,
                    Coverage.REGION,
                    5,
                    6),
            new SiteBlueprint(
                    "Mainz",
                    "DE-RP",
                    "Netzwerk der Migrantenorganisationen Rheinhessen e.V.",
                    CarrierType.MIGRANT_UMBRELLA,
                    Coverage.REGION,
                    5,
                    9));

    /** Further cities with their state codes, used in turn for sites beyond the twelve. */
    static final String[][] MORE_CITIES = {
        {"Bremen", "DE-HB"}, {"Kiel", "DE-SH"}, {"Saarbrücken", "DE-SL"}, {"Potsdam", "DE-BB"},
        {"Wiesbaden", "DE-HE"}, {"Frankfurt am Main", "DE-HE"}, {"Nürnberg", "DE-BY"}, {"Düsseldorf", "DE-NW"},
        {"Dortmund", "DE-NW"}, {"Essen", "DE-NW"}, {"Bonn", "DE-NW"}, {"Münster", "DE-NW"},
        {"Karlsruhe", "DE-BW"}, {"Freiburg im Breisgau", "DE-BW"}, {"Augsburg", "DE-BY"}, {"Regensburg", "DE-BY"},
        {"Chemnitz", "DE-SN"}, {"Jena", "DE-TH"}, {"Halle (Saale)", "DE-ST"}, {"Cottbus", "DE-BB"},
        {"Schwerin", "DE-MV"}, {"Lübeck", "DE-SH"}, {"Braunschweig", "DE-NI"}, {"Osnabrück", "DE-NI"},
        {"Oldenburg", "DE-NI"}, {"Göttingen", "DE-NI"}, {"Kassel", "DE-HE"}, {"Darmstadt", "DE-HE"},
        {"Trier", "DE-RP"}, {"Ludwigshafen am Rhein", "DE-RP"}, {"Heidelberg", "DE-BW"}, {"Ulm", "DE-BW"},
        {"Würzburg", "DE-BY"}, {"Bielefeld", "DE-NW"}, {"Aachen", "DE-NW"}, {"Wuppertal", "DE-NW"},
        {"Duisburg", "DE-NW"}, {"Gera", "DE-TH"}, {"Weimar", "DE-TH"}, {"Zwickau", "DE-SN"},
        {"Dessau-Roßlau", "DE-ST"}, {"Greifswald", "DE-MV"}, {"Flensburg", "DE-SH"}, {"Bremerhaven", "DE-HB"},
        {"Frankfurt (Oder)", "DE-BB"}, {"Neunkirchen", "DE-SL"}, {"Koblenz", "DE-RP"}, {"Mannheim", "DE-BW"},
    };

    /** The carrier name of a site beyond the twelve, by carrier type. */
    static String carrierFor(CarrierType type, String city) {
        return switch (type) {
            case MIGRANT_UMBRELLA -> "Verband der Migrantenorganisationen " + city + " e.V.";
            case OTHER_CARRIER -> "Interkultureller Verein " + city + " e.V.";
            case CONSORTIUM -> "Trägerverbund Vielfalt " + city;
        };
    }

    /** The offers every site has, in catalogue order: type and German title. */
    static final List<OfferTemplate> OFFERS = List.of(
            new OfferTemplate(OfferType.CONSULTING, "Vereinsberatung"),
            new OfferTemplate(OfferType.CONSULTING, "Beratung zu Fördermitteln und Anträgen"),
            new OfferTemplate(OfferType.TRAINING, "Workshop Vereinsrecht und Satzung"),
            new OfferTemplate(OfferType.TRAINING, "Schulung Buchhaltung und Finanzen im Verein"),
            new OfferTemplate(OfferType.ROOM, "Raumnutzung Veranstaltungsraum"),
            new OfferTemplate(OfferType.EQUIPMENT, "Technikverleih (Beamer, Lautsprecher, Laptop)"),
            new OfferTemplate(OfferType.MICRO_GRANT, "Mikroförderung für Vereinsprojekte"),
            new OfferTemplate(OfferType.NETWORKING_EVENT, "Vernetzungstreffen der Vereine"),
            new OfferTemplate(OfferType.OTHER, "Dolmetsch- und Übersetzungspool"));

    /**
     * An offer every site has.
     *
     * @param type  the offer type
     * @param title the German title
     */
    record OfferTemplate(OfferType type, String title) {}

    /** Adjective stems of migrant organisations' names ("Afrikanisch" + "er Kulturverein"). */
    static final String[] ORIGINS = {
        "Afrikanisch",
        "Syrisch",
        "Vietnamesisch",
        "Türkisch",
        "Kurdisch",
        "Eritreisch",
        "Afghanisch",
        "Polnisch",
        "Russischsprachig",
        "Arabisch",
        "Ukrainisch",
        "Ghanaisch",
        "Kamerunisch",
        "Iranisch",
        "Griechisch",
        "Italienisch",
        "Lateinamerikanisch",
        "Tamilisch",
        "Somalisch",
        "Kongolesisch",
        "Bosnisch",
        "Chilenisch",
        "Irakisch",
        "Togoisch",
    };

    /** Nouns of migrant organisations' names with the adjective ending their gender needs. */
    static final String[][] ORGANISATION_NOUNS = {
        {"er", "Kulturverein"}, {"er", "Elternverein"}, {"er", "Frauenverein"}, {"er", "Jugendverein"},
        {"er", "Sportverein"}, {"e", "Gemeinde"}, {"es", "Kulturzentrum"}, {"es", "Bildungswerk"},
        {"es", "Netzwerk"}, {"es", "Forum"}, {"er", "Studierendenverein"}, {"e", "Gemeinschaft"},
    };

    /** Parts of a city, for local associations and initiatives. */
    static final String[] QUARTERS = {
        "Altstadt",
        "Neustadt",
        "Nord",
        "Süd",
        "Ost",
        "West",
        "am Hafen",
        "am Markt",
        "Bahnhofsviertel",
        "Gartenstadt",
        "Hochfeld",
        "Lindenhof",
        "Mitte",
        "Schlossberg",
        "Am Ring",
    };

    /** Names of integrative associations ({@code %s} is a city or a quarter). */
    static final String[] ASSOCIATIONS = {
        "Verein für interkulturelle Begegnung %s",
        "Interkultureller Garten %s",
        "Bürgerverein %s",
        "Forum für Vielfalt %s",
        "Brückenbauer %s",
        "Miteinander %s",
        "Haus der Kulturen %s",
        "Nachbarschaftsverein %s",
        "Begegnungsstätte %s",
        "Kulturbrücke %s",
    };

    /** Names of initiatives ({@code %s} is a city or a quarter). */
    static final String[] INITIATIVES = {
        "Initiative Nachbarschaftsgarten %s",
        "Initiative Sprachpaten %s",
        "Initiative Willkommen %s",
        "Nähcafé %s",
        "Offene Fahrradwerkstatt %s",
        "Elterninitiative %s",
        "Initiative Lernpatenschaften %s",
        "Repair-Café %s",
        "Initiative Kulturküche %s",
        "Frauencafé %s",
    };

    /** Names of other organisations by legal form ({@code %s} is a city). */
    static final String[] OTHERS_COMPANY = {
        "Interkulturelle Bildung %s gGmbH", "Zentrum für Integration %s gGmbH", "Werkstatt der Kulturen %s gGmbH",
    };

    /** Names of foundations ({@code %s} is a city). */
    static final String[] OTHERS_FOUNDATION = {
        "Stiftung Chancen %s", "Stiftung Zusammenleben %s", "Bürgerstiftung Vielfalt %s",
    };

    /** Names of other organisations ({@code %s} is a city or a quarter). */
    static final String[] OTHERS_OTHER = {
        "Begegnungscafé %s", "Kulturkollektiv %s", "Medienprojekt %s", "Theatergruppe %s",
    };

    /** Contact languages (ISO 639-1) for the {@code contactLanguage} attribute. */
    static final String[] LANGUAGES = {"ar", "tr", "uk", "fa", "vi", "ti", "ru", "fr", "en", "ku", "pl", "es"};

    /** Fields of work for the {@code field} attribute. */
    static final String[] FIELDS = {"Kultur", "Bildung", "Sport", "Jugend", "Frauen", "Eltern", "Religion", "Umwelt"};

    /** A partner's name of a type ({@code %s} is the site's city). */
    static String partner(PartnerType type, String city, SplittableRandom random) {
        String[] names = switch (type) {
            case LOCAL_AUTHORITY ->
                new String[] {
                    "Integrationsbüro der Stadt %s", "Amt für Migration und Integration %s", "Sozialdezernat %s"
                };
            case PUBLIC_AUTHORITY ->
                new String[] {
                    "Landesverwaltungsamt, Referat Integration (%s)",
                    "Regionalstelle Migration und Flucht %s",
                    "Agentur für Arbeit %s"
                };
            case WELFARE_ASSOCIATION ->
                new String[] {"Wohlfahrtsverband %s e.V.", "Sozialwerk %s e.V.", "Paritätisches Netzwerk %s"};
            case FOUNDATION -> new String[] {"Bürgerstiftung %s", "Stiftung Gemeinsinn %s"};
            case EDUCATION ->
                new String[] {"Volkshochschule %s", "Hochschule %s, Institut für Sozialarbeit", "Gesamtschule %s"};
            case BUSINESS -> new String[] {"Genossenschaftsbank %s eG", "Stadtwerke %s GmbH", "Druckhaus %s GmbH"};
            case MIGRANT_ORGANISATION ->
                new String[] {
                    "Deutsch-Syrischer Verein %s e.V.",
                    "Afrikanischer Dachverband %s e.V.",
                    "Vietnamesische Gemeinde %s e.V."
                };
            case CIVIL_SOCIETY ->
                new String[] {"Freiwilligenagentur %s", "Stadtjugendring %s e.V.", "Bündnis Weltoffenes %s"};
            case OTHER -> new String[] {"Stadtbibliothek %s", "Soziokulturelles Zentrum %s"};
        };
        return String.format(Locale.ROOT, names[random.nextInt(names.length)], city);
    }

    /** Topics of cross-site exchanges. */
    static final String[] TOPICS = {
        "Mikroförderung: Verfahren und Erfahrungen", "Zusammenarbeit mit Kommunen", "Professionalisierung von Vereinen",
        "Digitale Vereinsarbeit", "Ehrenamt gewinnen und halten", "Raum- und Technikverleih organisieren",
        "Neue Organisationen erreichen", "Wirkungen sichtbar machen", "Gemeinnützigkeit und Satzung",
    };

    /** A note for an outcome of a type. */
    static String outcomeNote(OutcomeType type) {
        return switch (type) {
            case ASSOCIATION_REGISTERED -> "Eintragung ins Vereinsregister";
            case NON_PROFIT_STATUS -> "Gemeinnützigkeit vom Finanzamt anerkannt";
            case PUBLIC_FUNDING_ACQUIRED -> "Erster eigener Förderantrag bewilligt";
            case OWN_PROJECT_IMPLEMENTED -> "Eigenes Projekt durchgeführt";
            case NEW_PARTNERSHIP -> "Kooperation mit einer Schule vereinbart";
            case JOINED_NETWORK -> "Mitglied im lokalen Integrationsnetzwerk";
            case VOLUNTEERS_GAINED -> "Neue Ehrenamtliche gewonnen";
            case OTHER -> "Vorstand neu aufgestellt";
        };
    }
}
