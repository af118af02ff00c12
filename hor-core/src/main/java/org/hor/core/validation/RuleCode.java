package org.hor.core.validation;

import java.util.Optional;

/**
 * The catalogue of rule codes: every {@link Violation} carries one. Codes are stable (a code is
 * never reused for another rule) so that users can search for them. {@code HOR-1xx}: the document
 * (syntax, limits, structure, types); {@code HOR-2xx}: field rules (the Jakarta constraints);
 * {@code HOR-3xx}: integrity rules across records (spec 01 "Integrity rules" 1–4).
 */
public enum RuleCode {
    /** The document is not well-formed JSON (or is empty, or has content after its end). */
    JSON_SYNTAX("HOR-100"),
    /** The document is larger than {@link org.hor.core.io.ReadLimits#maxDocumentBytes()}. */
    LIMIT_DOCUMENT_SIZE("HOR-101"),
    /** Objects and arrays are nested deeper than {@link org.hor.core.io.ReadLimits#maxNestingDepth()}. */
    LIMIT_NESTING_DEPTH("HOR-102"),
    /** A string (or property name) is longer than {@link org.hor.core.io.ReadLimits#maxStringLength()}. */
    LIMIT_STRING_LENGTH("HOR-103"),
    /** A number literal is longer than {@link org.hor.core.io.ReadLimits#maxNumberLength()}. */
    LIMIT_NUMBER_LENGTH("HOR-104"),
    /** {@code formatVersion} is not {@code "1"}. */
    FORMAT_VERSION("HOR-105"),
    /** A key occurs twice in one JSON object. */
    DUPLICATE_KEY("HOR-106"),
    /** A field the format does not define (an error unless reading leniently). */
    UNKNOWN_FIELD("HOR-107"),
    /** A value of the wrong JSON type (a string where a number belongs, an array where an object belongs, …). */
    TYPE("HOR-108"),
    /** A spreadsheet (CSV) file that cannot be read as a table: a row with more or fewer cells than its header, an unclosed quote, a header cell without a name, {@code dataset.csv} without exactly one row. */
    CSV_SYNTAX("HOR-110"),
    /** A file whose bytes are not text in the expected encoding (UTF-8, windows-1252). */
    ENCODING("HOR-111"),
    /** An Excel workbook (or one of its sheets or cells) that cannot be read safely or as a table: not a workbook, a zip bomb, a DTD, external links, macros, too many rows, merged cells, a hidden sheet, a formula without a saved result, an error value. */
    WORKBOOK("HOR-112"),
    /** A required field is missing or {@code null}. */
    REQUIRED("HOR-200"),
    /** Not an id: 1–64 characters of {@code A–Z a–z 0–9 . _ -}. */
    ID("HOR-201"),
    /** Not a text: 1–500 code points, not all white space, no control characters. */
    TEXT("HOR-202"),
    /** Not a date {@code YYYY-MM-DD} that exists. */
    DATE("HOR-203"),
    /** Not an amount: 0 to 999 999 999.99, at most 2 fraction digits. */
    AMOUNT("HOR-204"),
    /** Not a number: absolute value at most 10⁹, at most 6 fraction digits. */
    NUMBER("HOR-205"),
    /** Not an integer (a whole value within the 32-bit range). */
    INTEGER("HOR-206"),
    /** Not one of the values of an enumeration. */
    ENUM("HOR-207"),
    /** Not the code of a German state. */
    STATE("HOR-208"),
    /** A value outside its range (negative hours, a target of 0, a founding year before 1800 or after {@code asOf}, …). */
    RANGE("HOR-209"),
    /** Not a period code. */
    PERIOD("HOR-210"),
    /** An exchange without at least 2 distinct site ids. */
    SITE_IDS("HOR-211"),
    /** An exchange's host is not one of its sites. */
    HOST_SITE("HOR-212"),
    /** Not a measure id of the support catalogue (spec 03 §3). */
    MEASURE("HOR-213"),
    /** Not a challenge rule id (spec 03 §2). */
    RULE("HOR-214"),
    /** A constraint of another library on a hor record (not used by hor's own constraints). */
    CONSTRAINT("HOR-299"),
    /** A reference ({@code siteId}, {@code offerId}, {@code organisationId}, {@code hostSiteId}, {@code siteIds}) that does not resolve. */
    REFERENCE("HOR-300"),
    /** A target's indicator is not in the loaded catalogue. */
    UNKNOWN_INDICATOR("HOR-301"),
    /** A target's period is of a type its indicator does not apply to. */
    PERIOD_TYPE("HOR-302"),
    /** A dated event (or a start) after {@code asOf}. */
    AFTER_AS_OF("HOR-303"),
    /** An {@code end} before its {@code start}. */
    DATE_ORDER("HOR-304"),
    /** An event dated outside its site's active days (or a target period outside the site's days). */
    INACTIVE("HOR-305"),
    /** A delivery's {@code amount} missing for a {@code MICRO_GRANT} offer or present for another offer. */
    GRANT_AMOUNT("HOR-306"),
    /** An id that occurs twice in its array. */
    DUPLICATE_ID("HOR-307"),
    /** A second target for the same (site, indicator, period). */
    DUPLICATE_TARGET("HOR-308"),
    /** A second budget for the same (site, year). */
    DUPLICATE_BUDGET("HOR-309"),
    /** A release file whose {@code kind} is not {@code hor-release} (such as a dataset given as a release). */
    RELEASE_KIND("HOR-600"),
    /** A release's value that no evaluation writes: a number not in its indicator's machine format, both or neither of value and reason, an unknown reason. */
    RELEASE_VALUE("HOR-601"),
    /** A release's key that no evaluation writes: out of evaluation order, twice, an indicator not in its catalogue, a scope, period or category that does not exist. */
    RELEASE_KEY("HOR-602"),
    /** Not a SHA-256: 64 lowercase hexadecimal digits. */
    RELEASE_SHA256("HOR-603"),
    /** {@code revisions} without {@code supersedes}, or {@code supersedes} without {@code revisions}, or a revision that does not fit its values. */
    RELEASE_REVISIONS("HOR-604"),
    /** A release's {@code options} or catalogue {@code origin} that hor does not know. */
    RELEASE_OPTIONS("HOR-605"),
    /** A released value (of a period complete at the release's {@code asOf}) that a dataset changes (lock, spec 06). */
    LOCK_CHANGED("HOR-610"),
    /** A released value (of a period complete at the release's {@code asOf}) that a dataset no longer has. */
    LOCK_MISSING("HOR-611"),
    /** A dataset older than the release it is checked against ({@code asOf} earlier). */
    LOCK_OLDER("HOR-612"),
    /** A dataset given as the release's own dataset whose SHA-256 is not the release's. */
    LOCK_DATASET("HOR-613"),
    /** A dataset or release of another programme than the release it is checked against or supersedes. */
    LOCK_PROGRAMME("HOR-614");

    /** The prefix of every message key. */
    static final String KEY_PREFIX = "org.hor.core.validation.";

    private final String code;

    RuleCode(String code) {
        this.code = code;
    }

    /** {@return the stable code, such as {@code HOR-204}} */
    public String code() {
        return code;
    }

    /** {@return the key of the rule's default message, {@code org.hor.core.validation.<NAME>.message}} */
    public String messageKey() {
        return KEY_PREFIX + name() + ".message";
    }

    /** {@return the key of a variant message, {@code org.hor.core.validation.<NAME>.<variant>.message}} */
    public String messageKey(String variant) {
        return KEY_PREFIX + name() + "." + variant + ".message";
    }

    /** {@return the rule with the given code (such as {@code HOR-204}), or empty} */
    public static Optional<RuleCode> ofCode(String code) {
        for (RuleCode r : values()) {
            if (r.code.equals(code)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
