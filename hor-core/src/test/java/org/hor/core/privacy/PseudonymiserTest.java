package org.hor.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hor.core.io.DatasetWriter;
import org.hor.core.model.Cooperation;
import org.hor.core.model.Dataset;
import org.hor.core.model.Delivery;
import org.hor.core.model.Organisation;
import org.hor.core.model.Outcome;
import org.hor.core.validation.DatasetValidator;
import org.hor.core.validation.KnownIndicators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymiserTest {

    /** The key of the hand computation: these 32 ASCII bytes. */
    static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    static final byte[] OTHER_KEY = "another key, also 32 bytes long!".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    @Test
    @DisplayName(
            "a pseudonym is P- and the first 16 Base32 characters of HMAC-SHA256(key, \"organisation:\" + id), as openssl computes it")
    void handComputedPseudonym() {
        // printf 'organisation:O-1' | openssl dgst -sha256 -hmac '0123456789abcdef0123456789abcdef' -binary | base32 |
        // cut -c1-16
        assertThat(Pseudonymiser.withKey(KEY).pseudonym("O-1")).isEqualTo("P-E4IDCOKKO6OVIJG2");
        assertThat(Pseudonymiser.withKey(KEY).pseudonym("O-0042")).isEqualTo("P-L7EKM3BDCLHMAFBJ");
        assertThat(Pseudonymiser.withKey(OTHER_KEY).pseudonym("O-1")).isEqualTo("P-Q5RNBLMUCID4HXF2");
    }

    @Test
    @DisplayName("the same key gives the same pseudonyms in two datasets; another key gives others")
    void stableForTheSameKey() {
        Dataset data = TinyDataset.create();
        List<String> first =
                ids(Pseudonymiser.withKey(KEY).apply(data, Set.of()).dataset());
        List<String> again = ids(Pseudonymiser.withKey(KEY.clone())
                .apply(TinyDataset.create(), Set.of())
                .dataset());
        List<String> other =
                ids(Pseudonymiser.withKey(OTHER_KEY).apply(data, Set.of()).dataset());
        assertThat(first).hasSize(3).isEqualTo(again).doesNotContainAnyElementsOf(other);
        assertThat(first.get(0)).isEqualTo("P-E4IDCOKKO6OVIJG2");
    }

    private static List<String> ids(Dataset d) {
        return d.organisations().stream().map(Organisation::id).toList();
    }

    @Test
    @DisplayName(
            "references follow, names become ids, attributes are dropped unless kept, texts with findings are removed and counted")
    void pseudonymisesEveryField() {
        Pseudonymiser p = Pseudonymiser.withKey(KEY);
        PseudonymisationResult r = p.apply(TinyDataset.create(), Set.of("contact", "field"));
        Dataset out = r.dataset();
        String o1 = p.pseudonym("O-1");
        String o2 = p.pseudonym("O-2");
        String o3 = p.pseudonym("O-3");
        assertThat(out.organisations()).extracting(Organisation::id).containsExactly(o1, o2, o3);
        assertThat(out.organisations()).extracting(Organisation::name).containsExactly(o1, o2, o3);
        assertThat(out.deliveries()).extracting(Delivery::organisationId).containsExactly(o1, o2, o1, o3);
        assertThat(out.outcomes()).extracting(Outcome::organisationId).containsExactly(o1, o2, o3);
        // contactLanguage dropped; contact kept but holds an e-mail address; field kept as it is
        assertThat(out.organisations().get(0).attributes())
                .containsExactly(Map.entry("contact", "[removed]"), Map.entry("field", "Kultur"));
        assertThat(out.organisations().get(1).attributes()).containsExactly(Map.entry("field", "Sport"));
        assertThat(r.droppedAttributes()).isEqualTo(1);
        assertThat(out.offers().get(1).title()).isEqualTo("[removed]");
        assertThat(out.offers().get(0).title()).isEqualTo("Beratung");
        // C-1 civil society with a phone number; C-2 an authority; C-3 other, harmless; C-4 named after O-3 (other
        // case)
        assertThat(out.cooperations())
                .extracting(Cooperation::partner)
                .containsExactly("[removed]", "Stadt Dresden", "Nachbarschaftstreff", "[removed]");
        assertThat(out.outcomes()).extracting(Outcome::note).containsExactly("[removed]", "Verein eingetragen", null);
        assertThat(out.exchanges().get(0).topic()).isEqualTo("[removed]");
        assertThat(out.exchanges().get(1).topic()).isEqualTo("Austausch zu Mikroförderung");
        assertThat(r.removed())
                .containsExactly(
                        Map.entry("organisations.attributes.contact", 1),
                        Map.entry("offers.title", 1),
                        Map.entry("cooperations.partner", 2),
                        Map.entry("outcomes.note", 1),
                        Map.entry("exchanges.topic", 1));
        assertThat(r.organisations()).isEqualTo(3);
        assertThat(DatasetValidator.create(KnownIndicators.standard()).validate(out))
                .isEmpty();
    }

    @Test
    @DisplayName(
            "a text naming an organisation by id or name from the start of a word is removed; a word that merely begins alike is not")
    void textsNamingOrganisations() {
        Dataset d = TinyDataset.create();
        List<Outcome> notes = List.of(
                withNote(d.outcomes().get(0), "Folgetermin mit o-3 vereinbart"), // an id, other case
                withNote(d.outcomes().get(1), "Treffen im Vereinsheim, Chorprobe"), // Verein…, Chor… but no name
                withNote(d.outcomes().get(2), "Auftritt: Der Chor Dreiklang")); // "Chor Drei" from a word's start
        Dataset changed = new Dataset(
                d.formatVersion(),
                d.asOf(),
                d.programme(),
                d.sites(),
                d.organisations(),
                d.offers(),
                d.deliveries(),
                d.cooperations(),
                notes,
                d.exchanges(),
                d.targets(),
                d.budgets(),
                d.measurements(),
                d.supportActions());
        PseudonymisationResult r = Pseudonymiser.withKey(KEY).apply(changed, Set.of());
        assertThat(r.dataset().outcomes())
                .extracting(Outcome::note)
                .containsExactly("[removed]", "Treffen im Vereinsheim, Chorprobe", "[removed]");
        assertThat(r.removed()).containsEntry("outcomes.note", 2);
    }

    private static Outcome withNote(Outcome o, String note) {
        return new Outcome(o.id(), o.siteId(), o.organisationId(), o.date(), o.type(), note);
    }

    @Test
    @DisplayName("no original organisation id or name remains anywhere in the written output (searched as bytes)")
    void nothingOriginalRemains() {
        byte[] out = DatasetWriter.create()
                .toBytes(Pseudonymiser.withKey(KEY)
                        .apply(TinyDataset.create(), Set.of())
                        .dataset());
        for (String original :
                List.of("O-1", "O-2", "O-3", TinyDataset.NAME_1, TinyDataset.NAME_2, TinyDataset.NAME_3)) {
            assertThat(indexOf(out, original.getBytes(StandardCharsets.UTF_8)))
                    .as(original)
                    .isEqualTo(-1);
        }
        // the check itself finds what is there
        assertThat(indexOf(out, "P-E4IDCOKKO6OVIJG2".getBytes(StandardCharsets.UTF_8)))
                .isPositive();
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    @DisplayName("a new key file has 32 bytes and mode 600, and an existing file is never overwritten")
    void newKeyFile() throws Exception {
        Path key = dir.resolve("hor.key");
        Pseudonymiser.createKeyFile(key);
        assertThat(Files.size(key)).isEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
                .isEqualTo("rw-------");
        byte[] before = Files.readAllBytes(key);
        assertThatThrownBy(() -> Pseudonymiser.createKeyFile(key)).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readAllBytes(key)).isEqualTo(before);
        Path second = dir.resolve("second.key");
        Pseudonymiser.createKeyFile(second);
        assertThat(Files.readAllBytes(second)).isNotEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("hor.key", "second.key");
        }
        assertThat(Pseudonymiser.readKeyFile(key).pseudonym("O-1"))
                .isEqualTo(Pseudonymiser.withKey(before).pseudonym("O-1"));
    }

    @Test
    @DisplayName("a key shorter than 16 bytes is refused, naming its length")
    void shortKey() {
        assertThatThrownBy(() -> Pseudonymiser.withKey(new byte[15]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a key must have 16 to 4096 bytes: 15");
    }

    @Test
    @DisplayName("Base32 follows RFC 4648's test vectors")
    void base32() {
        assertThat(Pseudonymiser.base32("foobar".getBytes(StandardCharsets.US_ASCII), 10))
                .isEqualTo("MZXW6YTBOI");
        assertThat(Pseudonymiser.base32("fooba".getBytes(StandardCharsets.US_ASCII), 8))
                .isEqualTo("MZXW6YTB");
    }
}
