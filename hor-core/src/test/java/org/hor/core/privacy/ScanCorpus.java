package org.hor.core.privacy;

import java.util.List;

/**
 * The labelled corpus of the scan for personal data: texts as they occur in notes, topics, titles
 * and attributes, each with the kind it holds, or none. Written for the test; the README's precision
 * and recall are computed over it.
 */
final class ScanCorpus {

    record Example(String text, PersonalDataKind kind) {}

    private static Example p(PersonalDataKind kind, String text) {
        return new Example(text, kind);
    }

    private static Example n(String text) {
        return new Example(text, null);
    }

    private static final PersonalDataKind EMAIL = PersonalDataKind.EMAIL;
    private static final PersonalDataKind PHONE = PersonalDataKind.PHONE;
    private static final PersonalDataKind IBAN = PersonalDataKind.IBAN;
    private static final PersonalDataKind ADDRESS = PersonalDataKind.STREET_ADDRESS;
    private static final PersonalDataKind BIRTH = PersonalDataKind.DATE_OF_BIRTH;

    static final List<Example> POSITIVE = List.of(
            // e-mail
            p(EMAIL, "Kontakt: maria.schmidt@example.org"),
            p(EMAIL, "Ansprechpartner ali.yilmaz+verein@web.de, bitte vor dem Termin melden"),
            p(EMAIL, "write to info@haus-der-vereine.de for the keys"),
            p(EMAIL, "E-Mail: k.nguyen@uni-leipzig.de"),
            p(EMAIL, "Rückfragen an anna(at)beispielverein.de"),
            p(EMAIL, "contact: j.doe [at] example [dot] com"),
            p(EMAIL, "Vorsitzende erreichbar unter müller@verein-köln.de"),
            p(EMAIL, "Mail an OLGA.PETROVA@GMAIL.COM geschickt"),
            p(EMAIL, "fatima_b@t-online.de hat zugesagt"),
            p(EMAIL, "Liste: a.b@c.io"),
            p(EMAIL, "Antrag kam von vorstand@mo-dresden.org am 3. Mai"),
            // phone, German and international
            p(PHONE, "Tel. 0351 4567890"),
            p(PHONE, "Telefon: (0351) 456 78 90"),
            p(PHONE, "Handy 0171-2345678 (nur abends)"),
            p(PHONE, "Rückruf unter 0341/9876543"),
            p(PHONE, "Frau K. ist unter 030 12345678 erreichbar"),
            p(PHONE, "+49 351 4567890"),
            p(PHONE, "WhatsApp +49 176 12345678"),
            p(PHONE, "Kontakt +49 (0)221 98765432"),
            p(PHONE, "0049 89 12345678 ist die Nummer des Vorstands"),
            p(PHONE, "Phone +33 1 23 45 67 89"),
            p(PHONE, "call +1 (212) 555-0100 after 5 pm"),
            p(PHONE, "mobile +90 532 123 45 67"),
            p(PHONE, "Nummer des Sprechers: 015112345678"),
            p(PHONE, "Fax 0221 123456-99"),
            p(PHONE, "erreichbar 0911 123 4567"),
            p(PHONE, "+4915112345678"),
            p(PHONE, "Telefonnummer 06221 54321"),
            // IBAN
            p(IBAN, "Überweisung an DE89 3704 0044 0532 0130 00"),
            p(IBAN, "IBAN DE89370400440532013000"),
            p(IBAN, "Konto des Kassenwarts: de89 3704 0044 0532 0130 00"),
            p(IBAN, "AT61 1904 3002 3457 3201 für die Rückzahlung"),
            p(IBAN, "GB29 NWBK 6016 1331 9268 19"),
            p(IBAN, "Betrag geht an FR14 2004 1010 0505 0001 3M02 606"),
            p(IBAN, "CH93 0076 2011 6238 5295 7"),
            p(IBAN, "NL91ABNA0417164300 (privat)"),
            p(IBAN, "auf TR33 0006 1005 1978 6457 8413 26 überweisen"),
            p(IBAN, "Spende von BE68539007547034"),
            // street address with German postcode
            p(ADDRESS, "wohnt Hauptstraße 5, 01067 Dresden"),
            p(ADDRESS, "Treffen bei Familie N., Karl-Marx-Straße 123, 12043 Berlin"),
            p(ADDRESS, "Lieferadresse: Am Markt 3a, 04109 Leipzig"),
            p(ADDRESS, "Schlüssel liegt in der Bahnhofstr. 12 in 99084 Erfurt"),
            p(ADDRESS, "Privatanschrift Königsallee 20 40212 Düsseldorf"),
            p(ADDRESS, "Alter Markt 7, D-50667 Köln"),
            p(ADDRESS, "Sitz: Lindenweg 4b, 18055 Rostock"),
            p(ADDRESS, "Vorsitzende, Auf der Heide 12, 30159 Hannover"),
            p(ADDRESS, "Post an Ringstraße 8-10, 55116 Mainz"),
            p(ADDRESS, "Gartenplatz 1, 80331 München"),
            // date of birth
            p(BIRTH, "Vorsitzender geb. 12.03.1985"),
            p(BIRTH, "geboren am 3. Mai 1979 in Kabul"),
            p(BIRTH, "Geburtsdatum: 1990-07-15"),
            p(BIRTH, "born 14 March 1988"),
            p(BIRTH, "date of birth 02/11/1975"),
            p(BIRTH, "DOB: 1982-01-30"),
            p(BIRTH, "Ansprechperson (*21.06.1993)"),
            p(BIRTH, "geb. 1985, alleinerziehend"),
            p(BIRTH, "born on March 5, 1990"),
            p(BIRTH, "Jahrgang 1961"),
            // honest misses: forms the scan does not recognise
            p(EMAIL, "schreib an maria punkt schmidt bei example punkt org"),
            p(PHONE, "Nummer: null drei fünf eins, vier fünf sechs"),
            p(ADDRESS, "Straße des 17. Juni 135, 10623 Berlin"),
            p(BIRTH, "Max (37) aus Halle, Geburtstag im März 1987"));

    static final List<Example> NEGATIVE = List.of(
            // grant, file and project numbers that look like phone numbers
            n("Förderkennzeichen 0120-2023-45"),
            n("Az. 0351 4567890"),
            n("Bescheid Nr. 0815/2024"),
            n("FKZ 01UG2143"),
            n("Antragsnummer 04123 456789"),
            n("Projekt 2024-0815-123"),
            n("Vorgang 0221/123456/2024"),
            n("grant reference 0171 2345678"),
            n("Vertrag 0049-2023-118"),
            n("Rechnung 04 2024 00013"),
            // amounts
            n("Zuschuss 1.500,00 €"),
            n("1500 EUR für Miete"),
            n("Gesamtbetrag 12.345,67 Euro"),
            n("+1500000 EUR Landesmittel"),
            n("Eigenanteil 0,50 € je Teilnehmer"),
            n("Kosten: 2 500 000 €"),
            // years and periods
            n("2019"),
            n("Förderjahre 2019–2021"),
            n("seit 1998 aktiv"),
            n("Projektlaufzeit 2020 2021 2022 2023"),
            n("2024-Q3 Rückblick"),
            // dates that are not birth dates
            n("gegründet am 12.03.1998"),
            n("Eintragung ins Vereinsregister am 03.05.2021"),
            n("Förderzeitraum 01.01.2024 bis 31.12.2024"),
            n("registered on 2023-05-04"),
            n("10. Geburtstag des Vereins am 12.05.2024"),
            n("Geburtstagsfeier am 12.05.2024 mit 80 Gästen"),
            n("founded 1985 by students"),
            n("Sommerfest 2024-07-15"),
            n("gegr. 1985"),
            // ids and codes
            n("D-000123"),
            n("O-0042 und O-0043 nehmen teil"),
            n("F-0123456789"),
            n("DE-BY"),
            n("Bezirk DE-SN, Kennung S-01"),
            n("ISBN 978-3-16-148410-0"),
            n("DE89 3704 0044 0532 0130 01"),
            n("Referenz AB12CDEF34567890"),
            // postcodes and places without a street
            n("Treffen in 01067 Dresden"),
            n("Region 04109 Leipzig und Umgebung"),
            n("Am Markt vor dem Rathaus"),
            n("Hauptstraße ohne Hausnummer"),
            n("Projekt Berg 2024, 12345 Euro"),
            // times, counts, measurements
            n("09:00-12:00 Uhr"),
            n("Raum 0.12, 3. OG"),
            n("45 Teilnehmende, 12 Vereine"),
            n("Workshop Öffentlichkeitsarbeit"),
            n("Vernetzungstreffen Ost"),
            n("Mikroförderung für Vereinsgründung"),
            n("Version 1.2.3"),
            n("Beratung zur Gemeinnützigkeit (§ 52 AO)"),
            n("Netzwerktreffen der Migrantenorganisationen Sachsen"),
            n("Telefonkonferenz mit 12 Vereinen"),
            n("mail an alle Vereine geschickt"),
            n("Telefonsprechstunde am 05.03.2024"),
            n("Ausgabe 03/2024 des Rundbriefs"),
            n("Tel.-Konferenz 2024-03-05, 14:00"));

    private ScanCorpus() {}
}
