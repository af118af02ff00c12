package org.hor.excel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import org.hor.core.validation.KnownIndicators;
import org.hor.csv.internal.FolderWriter;
import org.hor.csv.internal.ImportSettings;
import org.hor.excel.internal.WorkbookReader;
import org.jspecify.annotations.Nullable;

/**
 * Imports a dataset from an Excel workbook (.xlsx) with the tables, headers and rules of the CSV
 * folder import ({@link org.hor.csv.DatasetImporter}): a sheet {@code dataset} (one row below its
 * header) and one sheet per record type named like the CSV file without {@code .csv}
 * ({@code sites}, {@code organisations}, {@code deliveries}, …); the template's instructions sheet
 * is skipped, any other sheet is reported.
 *
 * <p>Typed cells are read as the user means them: a number cell to Excel's 15 significant digits,
 * with the decimals its number format shows (a money cell holding the double nearest to 1500.5 is
 * {@code 1500.5}, shown as {@code 0.00} it is {@code 1500.50}; one holding 1.005 breaks the
 * two-decimal rule); a number in a date column is an Excel date (a date-formatted number in a number
 * column is an error: the spreadsheet turned an entry into a date); a formula cell gives its saved
 * result (none is an error, as is a formula in a text or id column); a text cell is read in either
 * dialect of the CSV import ({@code 1500.50} or {@code 1500,50}, {@code 2024-03-05} or
 * {@code 05.03.2024}).
 *
 * <p>Every problem names sheet, cell, rule code and value ({@link SheetViolation}), all at once.
 * Before any XML is parsed the workbook's container is checked against {@link WorkbookLimits}: a
 * zip bomb, too many parts, a DTD or entity declaration, external links and macros are refused
 * with rule {@code HOR-112}. Instances are immutable and thread-safe.
 */
public final class WorkbookImporter {

    private final ImportSettings settings;
    private final WorkbookLimits limits;

    private WorkbookImporter(Builder b) {
        this.settings = b.settings;
        this.limits = b.limits;
    }

    /**
     * Returns a builder with the defaults: no overrides, the standard catalogue, {@link WorkbookLimits#defaults()}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures a {@link WorkbookImporter}. */
    public static final class Builder {
        private ImportSettings settings = ImportSettings.defaults();
        private WorkbookLimits limits = WorkbookLimits.defaults();

        private Builder() {}

        /**
         * Overrides {@code asOf} of the sheet {@code dataset}.
         *
         * @param asOf the day, or {@code null} to take it from the sheet
         * @return this builder
         */
        public Builder asOf(@Nullable LocalDate asOf) {
            settings = settings.withAsOf(asOf);
            return this;
        }

        /**
         * Overrides {@code programmeId}; checked like the sheet's value.
         *
         * @param programmeId the id, or {@code null}
         * @return this builder
         */
        public Builder programmeId(@Nullable String programmeId) {
            settings = settings.withProgrammeId(programmeId);
            return this;
        }

        /**
         * Overrides {@code programmeName}; checked like the sheet's value.
         *
         * @param programmeName the name, or {@code null}
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
         * Sets the limits on the workbook.
         *
         * @param limits the limits
         * @return this builder
         * @throws NullPointerException if {@code limits} is null
         */
        public Builder limits(WorkbookLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Builds the importer.
         *
         * @return the importer
         */
        public WorkbookImporter build() {
            return new WorkbookImporter(this);
        }
    }

    /**
     * Imports and checks a workbook; never writes anything.
     *
     * @param file the workbook
     * @return the dataset, or every problem
     * @throws NoSuchFileException if the file does not exist
     * @throws IOException         on any other I/O error (never for invalid content)
     */
    public WorkbookImportResult importFrom(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString());
        }
        return new WorkbookReader(settings, limits).read(file);
    }

    /**
     * Imports a workbook and, only without any problem, writes the dataset as JSON to
     * {@code jsonFile} through a temporary file that is then moved into place.
     *
     * @param file     the workbook
     * @param jsonFile the JSON file
     * @return the import's result
     * @throws IOException on an I/O error
     */
    public WorkbookImportResult importTo(Path file, Path jsonFile) throws IOException {
        Objects.requireNonNull(jsonFile, "jsonFile");
        WorkbookImportResult r = importFrom(file);
        if (r.isValid()) {
            FolderWriter.writeJson(r.dataset().orElseThrow(), jsonFile);
        }
        return r;
    }
}
