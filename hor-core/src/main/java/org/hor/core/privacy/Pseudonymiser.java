package org.hor.core.privacy;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.hor.core.model.Cooperation;
import org.hor.core.model.Dataset;
import org.hor.core.model.Delivery;
import org.hor.core.model.Exchange;
import org.hor.core.model.Offer;
import org.hor.core.model.Organisation;
import org.hor.core.model.Outcome;
import org.hor.core.model.PartnerType;
import org.hor.core.model.SupportAction;

/**
 * Keyed pseudonyms for organisations (GDPR art. 4(5), 89): every organisation id becomes
 * {@code P-} + the first 16 characters of the RFC 4648 Base32 (no padding) of
 * HMAC-SHA256(key, {@code "organisation:" + id}); the same key gives the same pseudonym in every
 * dataset, so years still link, and without the key the pseudonym cannot be turned back.
 *
 * <p>{@link #apply} also replaces each organisation's {@code name} by its new id, drops its
 * {@code attributes} except those named to be kept, and replaces by {@link #REMOVED} every free text
 * that may describe a person ({@code outcomes.note}, {@code supportActions.note},
 * {@code exchanges.topic}, {@code offers.title}, {@code cooperations.partner} of
 * {@code CIVIL_SOCIETY} and {@code OTHER} partners, and the kept attributes) when
 * {@link PersonalDataScan} finds something in it or when it contains an original organisation id or
 * name (ignoring case, beginning at the start of a word: {@code Chor Drei} is found in
 * {@code Der Chor Dreiklang}, {@code Eins} is not found in {@code Vereinsheim}). Every indicator value stays the same: no indicator reads an organisation's
 * id, name or attributes other than to tell organisations apart. Immutable and thread-safe.
 */
public final class Pseudonymiser {

    /** The text that replaces a removed free text in a pseudonymised dataset. */
    public static final String REMOVED = "[removed]";

    /** The prefix of every pseudonym. */
    public static final String PREFIX = "P-";

    /** The length of a key that {@link #createKeyFile} writes, in bytes. */
    public static final int KEY_BYTES = 32;

    /** The shortest key accepted, in bytes. */
    public static final int MIN_KEY_BYTES = 16;

    /** The longest key accepted, in bytes. */
    public static final int MAX_KEY_BYTES = 4096;

    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    private final SecretKeySpec key;

    private Pseudonymiser(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    /**
     * Creates a pseudonymiser with the given key.
     *
     * @param key the secret key, {@value #MIN_KEY_BYTES} to {@value #MAX_KEY_BYTES} bytes (copied)
     * @return the pseudonymiser
     * @throws NullPointerException     if {@code key} is null
     * @throws IllegalArgumentException if the key has fewer than 16 or more than 4096 bytes
     */
    public static Pseudonymiser withKey(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length < MIN_KEY_BYTES || key.length > MAX_KEY_BYTES) {
            throw new IllegalArgumentException(
                    "a key must have " + MIN_KEY_BYTES + " to " + MAX_KEY_BYTES + " bytes: " + key.length);
        }
        return new Pseudonymiser(key.clone());
    }

    /**
     * Reads a key file (its bytes are the key) and creates a pseudonymiser with it.
     *
     * @param keyFile the key file, as {@link #createKeyFile} writes it
     * @return the pseudonymiser
     * @throws IOException              if the file cannot be read
     * @throws IllegalArgumentException if the file has fewer than 16 or more than 4096 bytes
     */
    public static Pseudonymiser readKeyFile(Path keyFile) throws IOException {
        if (Files.size(keyFile) > MAX_KEY_BYTES) {
            throw new IllegalArgumentException(
                    "a key must have " + MIN_KEY_BYTES + " to " + MAX_KEY_BYTES + " bytes: " + Files.size(keyFile));
        }
        byte[] bytes = Files.readAllBytes(keyFile);
        try {
            return withKey(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /**
     * Writes a new key of {@value #KEY_BYTES} bytes from {@link SecureRandom} to {@code keyFile}. On a
     * POSIX file system the file is created with mode 600 (owner read and write) from the start, never
     * readable by others for a moment; the key is written to a temporary file beside the target and
     * then linked into place, so the target appears complete or not at all, and an existing file is
     * never overwritten.
     *
     * @param keyFile where the key goes
     * @throws FileAlreadyExistsException if {@code keyFile} exists
     * @throws IOException                if the file cannot be written
     */
    public static void createKeyFile(Path keyFile) throws IOException {
        Path target = keyFile.toAbsolutePath();
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(keyFile.toString());
        }
        boolean posix = target.getFileSystem().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
                }
                : new FileAttribute<?>[0];
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp", attributes);
        try {
            Files.write(tmp, key);
            try {
                Files.createLink(target, tmp); // fails when the target exists: never overwrites
            } catch (UnsupportedOperationException e) {
                Files.move(tmp, target); // without REPLACE_EXISTING: fails when the target exists
            }
        } finally {
            Arrays.fill(key, (byte) 0);
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Returns the pseudonym of an organisation id: {@code P-} + the first 16 characters of the
     * unpadded RFC 4648 Base32 of HMAC-SHA256(key, UTF-8 bytes of {@code "organisation:" + id}).
     *
     * @param organisationId the original id
     * @return the pseudonym, 18 characters
     * @throws NullPointerException if {@code organisationId} is null
     */
    public String pseudonym(String organisationId) {
        Objects.requireNonNull(organisationId, "organisationId");
        byte[] mac;
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            mac = hmac.doFinal(("organisation:" + organisationId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e); // every Java 17 runtime has it
        }
        return PREFIX + base32(mac, 16);
    }

    /** The first {@code chars} characters of the RFC 4648 Base32 of {@code bytes} (5 bits a character). */
    static String base32(byte[] bytes, int chars) {
        StringBuilder b = new StringBuilder(chars);
        int buffer = 0;
        int bits = 0;
        for (int i = 0; i < bytes.length && b.length() < chars; i++) {
            buffer = (buffer << 8) | (bytes[i] & 0xff);
            bits += 8;
            while (bits >= 5 && b.length() < chars) {
                b.append(BASE32[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0 && b.length() < chars) {
            b.append(BASE32[(buffer << (5 - bits)) & 31]); // the last bits, padded with zeros
        }
        return b.toString();
    }

    /**
     * Pseudonymises a dataset as the class description says; the dataset itself is not changed.
     *
     * @param dataset        a valid dataset
     * @param keepAttributes the names of the organisation attributes to keep (scanned like the other texts)
     * @return the pseudonymised dataset and what was removed
     * @throws NullPointerException  if an argument is null
     * @throws IllegalStateException if two organisation ids get the same pseudonym (a chance of about
     *                               n² / 2⁸¹ for n organisations)
     */
    public PseudonymisationResult apply(Dataset dataset, Collection<String> keepAttributes) {
        Objects.requireNonNull(dataset, "dataset");
        Set<String> keep = Set.copyOf(keepAttributes);
        Map<String, String> ids = new HashMap<>();
        Map<String, String> taken = new HashMap<>();
        List<String> originals = new ArrayList<>();
        for (Organisation o : dataset.organisations()) {
            String p = pseudonym(o.id());
            String other = taken.putIfAbsent(p, o.id());
            if (other != null && !other.equals(o.id())) {
                throw new IllegalStateException(
                        "organisations " + other + " and " + o.id() + " get the same pseudonym");
            }
            ids.put(o.id(), p);
            originals.add(o.id());
            originals.add(o.name());
        }
        Redactor r = new Redactor(originals);
        int dropped = 0;
        List<Organisation> organisations =
                new ArrayList<>(dataset.organisations().size());
        for (Organisation o : dataset.organisations()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            for (Map.Entry<String, String> a : o.attributes().entrySet()) {
                if (keep.contains(a.getKey())) {
                    attributes.put(a.getKey(), r.text("organisations.attributes." + a.getKey(), a.getValue()));
                } else {
                    dropped++;
                }
            }
            String id = ids.get(o.id());
            organisations.add(
                    new Organisation(id, id, o.type(), o.legalForm(), o.migrantLed(), o.founded(), attributes));
        }
        List<Offer> offers = new ArrayList<>(dataset.offers().size());
        for (Offer o : dataset.offers()) {
            offers.add(new Offer(o.id(), o.siteId(), o.type(), r.text("offers.title", o.title())));
        }
        List<Delivery> deliveries = new ArrayList<>(dataset.deliveries().size());
        for (Delivery d : dataset.deliveries()) {
            deliveries.add(new Delivery(
                    d.id(),
                    d.offerId(),
                    ids.getOrDefault(d.organisationId(), d.organisationId()),
                    d.date(),
                    d.hours(),
                    d.amount(),
                    d.participants()));
        }
        List<Cooperation> cooperations = new ArrayList<>(dataset.cooperations().size());
        for (Cooperation c : dataset.cooperations()) {
            boolean mayBePerson = c.partnerType() == PartnerType.CIVIL_SOCIETY || c.partnerType() == PartnerType.OTHER;
            String partner = mayBePerson
                    ? r.text("cooperations.partner", c.partner())
                    : r.names("cooperations.partner", c.partner());
            cooperations.add(
                    new Cooperation(c.id(), c.siteId(), partner, c.partnerType(), c.start(), c.end(), c.formal()));
        }
        List<Outcome> outcomes = new ArrayList<>(dataset.outcomes().size());
        for (Outcome o : dataset.outcomes()) {
            outcomes.add(new Outcome(
                    o.id(),
                    o.siteId(),
                    ids.getOrDefault(o.organisationId(), o.organisationId()),
                    o.date(),
                    o.type(),
                    r.text("outcomes.note", o.note())));
        }
        List<Exchange> exchanges = new ArrayList<>(dataset.exchanges().size());
        for (Exchange x : dataset.exchanges()) {
            exchanges.add(new Exchange(
                    x.id(), x.date(), x.format(), x.hostSiteId(), x.siteIds(), r.text("exchanges.topic", x.topic())));
        }
        List<SupportAction> actions = new ArrayList<>(dataset.supportActions().size());
        for (SupportAction a : dataset.supportActions()) {
            actions.add(new SupportAction(
                    a.id(), a.siteId(), a.date(), a.measure(), a.rule(), r.text("supportActions.note", a.note())));
        }
        Dataset result = new Dataset(
                dataset.formatVersion(),
                dataset.asOf(),
                dataset.programme(),
                dataset.sites(),
                organisations,
                offers,
                deliveries,
                cooperations,
                outcomes,
                exchanges,
                dataset.targets(),
                dataset.budgets(),
                dataset.measurements(),
                actions);
        return new PseudonymisationResult(result, organisations.size(), dropped, r.removedInOrder());
    }

    /** Replaces texts and counts the replacements per field. */
    private static final class Redactor {
        private static final List<String> ORDER = List.of(
                "organisations.attributes.",
                "offers.title",
                "cooperations.partner",
                "outcomes.note",
                "exchanges.topic",
                "supportActions.note");
        /** The folded originals by their first word (a run of letters and digits); no scan of every name per text. */
        private final Map<String, List<String>> byFirstWord = new HashMap<>();
        /** The offset of the first word in each folded original. */
        private final Map<String, Integer> firstWordAt = new HashMap<>();
        /** Originals without a letter or digit: searched in every text. */
        private final List<String> wordless = new ArrayList<>();

        private final Map<String, Integer> removed = new HashMap<>();

        Redactor(List<String> originals) {
            for (String s : new TreeSet<>(originals.stream()
                    .filter(o -> o != null && !o.isBlank())
                    .map(o -> o.toLowerCase(Locale.ROOT))
                    .toList())) {
                int start = 0;
                while (start < s.length() && !Character.isLetterOrDigit(s.charAt(start))) {
                    start++;
                }
                if (start == s.length()) {
                    wordless.add(s);
                    continue;
                }
                int end = start;
                while (end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
                    end++;
                }
                byFirstWord
                        .computeIfAbsent(s.substring(start, end), k -> new ArrayList<>())
                        .add(s);
                firstWordAt.put(s, start);
            }
        }

        /** A text that may describe a person: removed on a finding or an original id or name. */
        String text(String field, String text) {
            if (text == null) {
                return null;
            }
            if (PersonalDataScan.finds(text) || namesAnOrganisation(text)) {
                removed.merge(field, 1, Integer::sum);
                return REMOVED;
            }
            return text;
        }

        /** An institution's name: removed only when it contains an original organisation id or name. */
        String names(String field, String text) {
            if (text != null && namesAnOrganisation(text)) {
                removed.merge(field, 1, Integer::sum);
                return REMOVED;
            }
            return text;
        }

        /**
         * Whether the text contains an original id or name, ignoring case, starting at the beginning of a
         * word of the text (so {@code Chor Drei} is found in {@code Der Chor Dreiklang}).
         */
        boolean namesAnOrganisation(String text) {
            String folded = text.toLowerCase(Locale.ROOT);
            for (String w : wordless) {
                if (folded.contains(w)) {
                    return true;
                }
            }
            int i = 0;
            int n = folded.length();
            while (i < n) {
                if (!Character.isLetterOrDigit(folded.charAt(i))) {
                    i++;
                    continue;
                }
                int end = i;
                while (end < n && Character.isLetterOrDigit(folded.charAt(end))) {
                    end++;
                }
                List<String> candidates = byFirstWord.get(folded.substring(i, end));
                if (candidates != null) {
                    for (String c : candidates) {
                        int at = i - firstWordAt.get(c);
                        if (at >= 0 && folded.startsWith(c, at)) {
                            return true;
                        }
                    }
                }
                i = end;
            }
            return false;
        }

        Map<String, Integer> removedInOrder() {
            Map<String, Integer> out = new LinkedHashMap<>();
            for (String prefix : ORDER) {
                removed.entrySet().stream()
                        .filter(e -> e.getKey().startsWith(prefix))
                        .map(Map.Entry::getKey)
                        .sorted()
                        .forEach(k -> out.put(k, removed.get(k)));
            }
            return out;
        }
    }
}
