package org.hor.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import org.hor.core.io.DatasetWriter;
import org.hor.core.io.ReadLimits;
import org.hor.core.validation.KnownIndicators;
import org.hor.csv.internal.FolderReader;
import org.hor.csv.internal.FolderWriter;
import org.hor.csv.internal.ImportSettings;
import org.jspecify.annotations.Nullable;

/**
 * Imports a dataset from a folder of CSV files, as spreadsheet programs write them, and checks it
 * completely (every rule of spec 01, with the rule codes of the JSON reader).
 *
 * <p>The folder holds {@code dataset.csv} (one row: {@code formatVersion}, {@code asOf},
 * {@code programmeId}, {@code programmeName}, {@code programmeFunder}) and one file per record
 * type, named after the dataset's array: {@code sites.csv} (required), {@code organisations.csv},
 * {@code offers.csv}, {@code deliveries.csv}, {@code cooperations.csv}, {@code outcomes.csv},
 * {@code exchanges.csv}, {@code targets.csv}, {@code budgets.csv}, {@code measurements.csv},
 * {@code supportActions.csv}. Each starts with a header row of the format's field names, in any
 * order. An empty cell is an absent optional field; rows whose cells are all empty are skipped;
 * {@code siteIds} is written {@code S1|S2}; an organisation's attributes are columns
 * {@code attributes.NAME}; one leading {@code '} is removed from text cells (names, titles,
 * partner, topic, note, city, carrier, unit, attributes, programme name and funder), as written by
 * {@link DatasetExporter}. Without {@code dataset.csv} the format version is {@code 1} and
 * {@code asOf} and the programme must come from the options. Other {@code .csv} files are reported
 * (a misspelt file name must not drop data); files of other types are ignored.
 *
 * <p>All problems are reported at once, each with file, line and column ({@link CsvViolation}). A
 * file that cannot be decoded or parsed at all is reported alone and the checks across files wait
 * until it is fixed. Instances are immutable and thread-safe; nothing is ever written by
 * {@link #importFrom(Path)}.
 *
 * <pre>{@code
 * ImportResult r = DatasetImporter.builder().build().importFrom(Path.of("house-a"));
 * if (r.isValid()) { Dataset d = r.dataset().orElseThrow(); ... }
 * else r.violations().forEach(v -> System.err.println(v.format(Locale.GERMAN)));
 * }</pre>
 */
public final class DatasetImporter {

    private final Dialect dialect;
    private final Encoding encoding;
    private final ImportSettings settings;
    private final long maxFileBytes;

    private DatasetImporter(Builder b) {
        this.dialect = b.dialect;
        this.encoding = b.encoding;
        this.settings = b.settings;
        this.maxFileBytes = b.maxFileBytes;
    }

    /**
     * Returns a builder with the defaults: {@link Dialect#AUTO}, {@link Encoding#AUTO}, no
     * overrides, the standard indicator catalogue, files of at most 512 MiB (the JSON reader's
     * {@link org.hor.core.io.ReadLimits#defaults() default document size}).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures a {@link DatasetImporter}. */
    public static final class Builder {
        private Dialect dialect = Dialect.AUTO;
        private Encoding encoding = Encoding.AUTO;
        private ImportSettings settings = ImportSettings.defaults();
        private long maxFileBytes = ReadLimits.defaults().maxDocumentBytes();

        private Builder() {}

        /**
         * Sets the largest CSV file that is read, in bytes; default 512 MiB. A larger file is
         * reported with rule {@code HOR-101} (with its size as the value) instead of being read,
         * as is a file beyond what one Java array holds (2 GiB), whatever this limit.
         *
         * @param bytes the limit
         * @return this builder
         * @throws IllegalArgumentException if {@code bytes} is not positive
         */
        public Builder maxFileBytes(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("maxFileBytes must be positive: " + bytes);
            }
            this.maxFileBytes = bytes;
            return this;
        }

        /**
         * Sets the dialect of every file; default {@link Dialect#AUTO} (detected per file).
         *
         * @param dialect the dialect
         * @return this builder
         * @throws NullPointerException if {@code dialect} is null
         */
        public Builder dialect(Dialect dialect) {
            this.dialect = Objects.requireNonNull(dialect, "dialect");
            return this;
        }

        /**
         * Sets the encoding of every file; default {@link Encoding#AUTO} (see there).
         *
         * @param encoding the encoding
         * @return this builder
         * @throws NullPointerException if {@code encoding} is null
         */
        public Builder encoding(Encoding encoding) {
            this.encoding = Objects.requireNonNull(encoding, "encoding");
            return this;
        }

        /**
         * Overrides {@code asOf} of {@code dataset.csv}.
         *
         * @param asOf the day the data was extracted, or {@code null} to take it from the file
         * @return this builder
         */
        public Builder asOf(@Nullable LocalDate asOf) {
            settings = settings.withAsOf(asOf);
            return this;
        }

        /**
         * Overrides {@code programmeId} of {@code dataset.csv}; checked like the file's value.
         *
         * @param programmeId the programme's id, or {@code null} to take it from the file
         * @return this builder
         */
        public Builder programmeId(@Nullable String programmeId) {
            settings = settings.withProgrammeId(programmeId);
            return this;
        }

        /**
         * Overrides {@code programmeName} of {@code dataset.csv}; checked like the file's value.
         *
         * @param programmeName the programme's name, or {@code null} to take it from the file
         * @return this builder
         */
        public Builder programmeName(@Nullable String programmeName) {
            settings = settings.withProgrammeName(programmeName);
            return this;
        }

        /**
         * Sets the indicator catalogue that targets are checked against.
         *
         * @param known the catalogue
         * @return this builder
         * @throws NullPointerException if {@code known} is null
         */
        public Builder knownIndicators(KnownIndicators known) {
            settings = settings.withKnown(known);
            return this;
        }

        /**
         * Builds the importer.
         *
         * @return the importer
         */
        public DatasetImporter build() {
            return new DatasetImporter(this);
        }
    }

    /**
     * Imports and checks a folder.
     *
     * @param dir the folder
     * @return the dataset, or every problem
     * @throws java.nio.file.NoSuchFileException  if the folder does not exist
     * @throws java.nio.file.NotDirectoryException if it is no folder
     * @throws IOException                          on any other I/O error (never for invalid content)
     */
    public ImportResult importFrom(Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
        return new FolderReader(dialect, encoding, settings, maxFileBytes).read(dir);
    }

    /**
     * Imports a folder and, only when it has no problem, writes the dataset as a JSON document
     * ({@link DatasetWriter}) to {@code jsonFile}, through a temporary file beside it that is then
     * renamed: with any problem {@code jsonFile} is not created or changed.
     *
     * @param dir      the folder
     * @param jsonFile the JSON file to write
     * @return the import's result
     * @throws IOException on an I/O error reading the folder or writing the file
     */
    public ImportResult importTo(Path dir, Path jsonFile) throws IOException {
        Objects.requireNonNull(jsonFile, "jsonFile");
        ImportResult r = importFrom(dir);
        if (r.isValid()) {
            FolderWriter.writeJson(r.dataset().orElseThrow(), jsonFile);
        }
        return r;
    }
}
