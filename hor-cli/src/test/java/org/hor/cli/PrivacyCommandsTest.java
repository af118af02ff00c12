package org.hor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.hor.core.io.DatasetReader;
import org.hor.core.io.ReadResult;
import org.hor.core.model.Dataset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivacyCommandsTest {

    /** A valid dataset with personal data in an offer title, a civil-society partner, a note and a topic. */
    static final String DATASET = """
            {
              "formatVersion": "1",
              "asOf": "2024-12-31",
              "programme": { "id": "hor", "name": "House of Resources" },
              "sites": [
                { "id": "S-A", "name": "Haus A", "city": "Dresden", "state": "DE-SN", "carrier": "Träger A e.V.",
                  "carrierType": "MIGRANT_UMBRELLA", "coverage": "CITY", "start": "2020-01-01" },
                { "id": "S-B", "name": "Haus B", "city": "Leipzig", "state": "DE-SN", "carrier": "Träger B e.V.",
                  "carrierType": "OTHER_CARRIER", "coverage": "REGION", "start": "2020-01-01" } ],
              "organisations": [
                { "id": "ORG-ALPHA", "name": "Verein Alpha e.V.", "type": "MIGRANT_ORGANISATION",
                  "legalForm": "REGISTERED_ASSOCIATION", "attributes": { "contact": "maria@example.org", "field": "Kultur" } },
                { "id": "ORG-BETA", "name": "Initiative Beta", "type": "INITIATIVE", "legalForm": "UNREGISTERED_GROUP" } ],
              "offers": [
                { "id": "F-1", "siteId": "S-A", "type": "CONSULTING", "title": "Beratung" },
                { "id": "F-2", "siteId": "S-A", "type": "MICRO_GRANT", "title": "Mikroförderung, Tel. 0351 4567890" } ],
              "deliveries": [
                { "id": "D-1", "offerId": "F-1", "organisationId": "ORG-ALPHA", "date": "2023-03-05", "hours": 2 },
                { "id": "D-2", "offerId": "F-2", "organisationId": "ORG-BETA", "date": "2024-02-01", "amount": 500 },
                { "id": "D-3", "offerId": "F-2", "organisationId": "ORG-ALPHA", "date": "2024-05-05", "amount": 1000 } ],
              "cooperations": [
                { "id": "C-1", "siteId": "S-A", "partner": "Frau Müller, Tel. 0171-2345678", "partnerType": "CIVIL_SOCIETY",
                  "start": "2021-01-01", "formal": false },
                { "id": "C-2", "siteId": "S-A", "partner": "Stadt Dresden", "partnerType": "LOCAL_AUTHORITY",
                  "start": "2024-02-01", "formal": true } ],
              "outcomes": [
                { "id": "E-1", "siteId": "S-A", "organisationId": "ORG-ALPHA", "date": "2024-06-01",
                  "type": "NEW_PARTNERSHIP", "note": "Vorsitzender geb. 12.03.1985" } ],
              "exchanges": [
                { "id": "X-1", "date": "2024-04-04", "format": "PEER_VISIT", "siteIds": ["S-A", "S-B"],
                  "topic": "Besuch, Kontakt info@haus-a.de" } ],
              "targets": [ { "siteId": "S-A", "indicator": "reach.organisations", "period": "2024", "value": 2 } ]
            }
            """;

    @TempDir
    Path dir;

    Path data;
    Path key;

    @BeforeEach
    void files() throws IOException {
        data = dir.resolve("data.json");
        Files.writeString(data, DATASET, StandardCharsets.UTF_8);
        key = dir.resolve("fixed.key");
        Files.write(key, "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
    }

    private static Dataset read(Path file) throws IOException {
        ReadResult r = DatasetReader.builder().build().read(file);
        assertThat(r.violations()).isEmpty();
        return r.dataset().orElseThrow();
    }

    @Test
    @DisplayName(
            "pseudonymise writes a valid dataset with the keyed ids, without the originals, and counts the removed texts")
    void pseudonymise() throws IOException {
        Path out = dir.resolve("p.json");
        Cli r = Cli.run(
                "--lang",
                "en",
                "pseudonymise",
                data.toString(),
                "--key-file",
                key.toString(),
                "-o",
                out.toString(),
                "--keep-attribute",
                "field");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err())
                .isEqualTo("pseudonymised 2 organisations; dropped 1 attribute values; texts removed: "
                        + "offers.title 1, cooperations.partner 1, outcomes.note 1, exchanges.topic 1"
                        + System.lineSeparator());
        String text = Files.readString(out, StandardCharsets.UTF_8);
        for (String original : new String[] {
            "ORG-ALPHA",
            "ORG-BETA",
            "Verein Alpha e.V.",
            "Initiative Beta",
            "maria@",
            "4567890",
            "2345678",
            "1985",
            "info@"
        }) {
            assertThat(text).as(original).doesNotContain(original);
        }
        Dataset d = read(out);
        // printf 'organisation:ORG-ALPHA' | openssl dgst -sha256 -hmac 0123456789abcdef0123456789abcdef -binary |
        // base32 | cut -c1-16
        assertThat(d.organisations().get(0).id()).isEqualTo(ALPHA);
        assertThat(d.organisations().get(0).attributes()).containsOnlyKeys("field");
        assertThat(d.deliveries().get(0).organisationId()).isEqualTo(ALPHA);
        // the result passes validate, even strictly
        assertThat(Cli.run("validate", "--strict-privacy", out.toString()).exitCode())
                .isZero();
    }

    static final String ALPHA = "P-MMBLN7IFF5VNXEZR";

    @Test
    @DisplayName(
            "pseudonymise without --key-file, without -o, with a missing or short key: 64, 64, 66, 65, and nothing written")
    void pseudonymiseProblems() throws IOException {
        Path out = dir.resolve("p.json");
        assertThat(Cli.run("pseudonymise", data.toString(), "-o", out.toString())
                        .exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("pseudonymise", data.toString(), "--key-file", key.toString())
                        .exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run(
                                "pseudonymise",
                                data.toString(),
                                "--key-file",
                                dir.resolve("none.key").toString(),
                                "-o",
                                out.toString())
                        .exitCode())
                .isEqualTo(ExitCodes.NO_INPUT);
        Path shortKey = dir.resolve("short.key");
        Files.write(shortKey, new byte[15]);
        Cli r = Cli.run(
                "--lang",
                "en",
                "pseudonymise",
                data.toString(),
                "--key-file",
                shortKey.toString(),
                "-o",
                out.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.DATA);
        assertThat(r.err()).contains("15 bytes; a key has 16 to 4096 bytes");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, DATASET.replace("\"2023-03-05\"", "\"2023-02-30\""), StandardCharsets.UTF_8);
        assertThat(Cli.run("pseudonymise", broken.toString(), "--key-file", key.toString(), "-o", out.toString())
                        .exitCode())
                .isEqualTo(ExitCodes.DATA);
        assertThat(out).doesNotExist();
    }

    @Test
    @DisplayName(
            "--new-key writes 32 bytes with mode 600 and refuses to overwrite an existing file (73), which stays as it was")
    void newKey() throws IOException {
        Path k = dir.resolve("new.key");
        Cli r = Cli.run("--lang", "en", "pseudonymise", "--new-key", k.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).startsWith("new key written to " + k);
        assertThat(Files.size(k)).isEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(k)))
                .isEqualTo("rw-------");
        byte[] before = Files.readAllBytes(k);
        Cli again = Cli.run("--lang", "en", "pseudonymise", "--new-key", k.toString());
        assertThat(again.exitCode()).isEqualTo(ExitCodes.CANNOT_CREATE);
        assertThat(again.err()).contains("not overwritten");
        assertThat(Files.readAllBytes(k)).isEqualTo(before);
        assertThat(Cli.run("pseudonymise", "--new-key", dir.resolve("x.key").toString(), "-o", "y.json")
                        .exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(dir.resolve("x.key")).doesNotExist();
    }

    @Test
    @DisplayName(
            "validate warns of each finding with pointer and kind but not the value; --strict-privacy makes them errors (65)")
    void validateWarns() {
        Cli r = Cli.run("--lang", "en", "validate", data.toString());
        assertThat(r.exitCode()).isZero();
        String[] lines = r.out().split("\\R");
        assertThat(lines[0]).startsWith(data + ": valid – 2 sites");
        assertThat(lines)
                .containsSubsequence(
                        "warning: /organisations/0/attributes/contact HOR-401 possible personal data: e-mail address (characters 1–17) [ma…]",
                        "warning: /offers/1/title HOR-402 possible personal data: phone number (characters 22–33) [03…]",
                        "warning: /cooperations/0/partner HOR-402 possible personal data: phone number (characters 19–30) [01…]",
                        "warning: /outcomes/0/note HOR-405 possible personal data: date of birth (characters 14–28) [ge…]",
                        "warning: /exchanges/0/topic HOR-401 possible personal data: e-mail address (characters 17–30) [in…]");
        assertThat(lines).hasSize(6);
        assertThat(r.out()).doesNotContain("4567890", "maria@", "12.03.1985");
        assertThat(r.err()).contains("5 possible personal data");
        Cli strict = Cli.run("--lang", "en", "validate", "--strict-privacy", data.toString());
        assertThat(strict.exitCode()).isEqualTo(ExitCodes.DATA);
        assertThat(strict.out()).contains("error: /offers/1/title HOR-402");
    }

    @Test
    @DisplayName(
            "erase --organisation removes it with its deliveries and outcome; an unknown id is 65 and writes nothing")
    void eraseOrganisation() throws IOException {
        Path out = dir.resolve("e.json");
        Cli r = Cli.run("--lang", "en", "erase", data.toString(), "--organisation", "ORG-ALPHA", "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err())
                .isEqualTo("removed: organisations 1, deliveries 2, cooperations 0, outcomes 1, exchanges 0, "
                        + "measurements 0, supportActions 0" + System.lineSeparator());
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("ORG-ALPHA").doesNotContain("Verein Alpha");
        assertThat(read(out).deliveries()).hasSize(1);
        Path out2 = dir.resolve("e2.json");
        Cli unknown = Cli.run(
                "--lang",
                "en",
                "erase",
                data.toString(),
                "--organisation",
                "ORG-ALPHA",
                "ORG-X",
                "-o",
                out2.toString());
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.DATA);
        assertThat(unknown.err()).contains("no organisation with id ORG-X in the dataset");
        assertThat(out2).doesNotExist();
    }

    @Test
    @DisplayName("erase --before removes the older records; a bad date or both options or neither is a usage error")
    void eraseBefore() throws IOException {
        Path out = dir.resolve("r.json");
        Cli r = Cli.run("--lang", "en", "erase", data.toString(), "--before", "2024-01-01", "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err())
                .startsWith("removed: organisations 0, deliveries 1, cooperations 1, outcomes 0, exchanges 0,");
        assertThat(read(out).deliveries()).hasSize(2);
        assertThat(Cli.run("erase", data.toString(), "--before", "2024-13-01", "-o", out.toString())
                        .exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run(
                                "erase",
                                data.toString(),
                                "--before",
                                "2024-01-01",
                                "--organisation",
                                "ORG-BETA",
                                "-o",
                                out.toString())
                        .exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("erase", data.toString(), "-o", dir.resolve("n.json").toString())
                        .exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(dir.resolve("n.json")).doesNotExist();
    }

    @Test
    @DisplayName("the site report never prints a partner or topic in which the scan found something")
    void reportWithholds() throws IOException {
        Path out = dir.resolve("report.md");
        Cli r = Cli.run(
                "--lang",
                "en",
                "report",
                data.toString(),
                "--site",
                "S-A",
                "--year",
                "2024",
                "--format",
                "md",
                "-o",
                out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String md = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(md).doesNotContain("2345678").doesNotContain("Frau Müller").doesNotContain("info@haus-a.de");
        // Markdown escapes the brackets
        // texts from the data stand between bidi isolates (U+2068 … U+2069) in every report
        assertThat(md)
                .contains(
                        "| \u2068\\[removed\\]\u2069 | Civil society |",
                        "| 4 Apr 2024 | Peer visit | \u2068\\[removed\\]\u2069 |",
                        "| \u2068Stadt Dresden\u2069 |");
        Path de = dir.resolve("bericht.md");
        assertThat(Cli.run(
                                "--lang",
                                "de",
                                "report",
                                data.toString(),
                                "--site",
                                "S-A",
                                "--year",
                                "2024",
                                "--format",
                                "md",
                                "-o",
                                de.toString())
                        .exitCode())
                .isZero();
        assertThat(Files.readString(de, StandardCharsets.UTF_8))
                .contains("\\[entfernt\\]")
                .doesNotContain("2345678");
    }
}
