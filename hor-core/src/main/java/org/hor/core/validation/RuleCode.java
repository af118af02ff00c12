package org.hor.core.validation;

import java.util.Optional;

/**
 * The catalogue of rule codes: every {@link Violation} carries one. Codes are stable (a code is
 * never reused for another rule) so that users can search for them. {@code HOR-1xx}: the document
 * (syntax, limits, structure, types); {@code HOR-2xx}: field rules (the Jakarta constraints);
 * {@code HOR-3xx}: integrity rules across records (spec 01 "Integrity rules" 1–4); {@code HOR-5xx}:
 * indicator files (spec 05): {@code HOR-50x} syntax and limits, {@code HOR-52x} field rules,
 * {@code HOR-54x} references.
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
    /** An indicator file is not well-formed JSON (or is empty, or has content after its end). */
    INDICATOR_FILE_SYNTAX("HOR-500"),
    /** An indicator file is larger than its limit. */
    INDICATOR_FILE_SIZE("HOR-501"),
    /** Objects and arrays of an indicator file are nested deeper than its limit. */
    INDICATOR_FILE_NESTING("HOR-502"),
    /** A string (or key) of an indicator file is longer than its limit. */
    INDICATOR_FILE_STRING_LENGTH("HOR-503"),
    /** A number literal of an indicator file is longer than its limit. */
    INDICATOR_FILE_NUMBER_LENGTH("HOR-504"),
    /** An indicator file's {@code formatVersion} is not {@code "1"}. */
    INDICATOR_FILE_FORMAT_VERSION("HOR-505"),
    /** A key occurs twice in one object of an indicator file. */
    INDICATOR_FILE_DUPLICATE_KEY("HOR-506"),
    /** A key that spec 05 does not define at that place. */
    INDICATOR_FILE_UNKNOWN_FIELD("HOR-507"),
    /** A value of the wrong JSON type in an indicator file. */
    INDICATOR_FILE_TYPE("HOR-508"),
    /** Expressions nested deeper than 4 levels. */
    INDICATOR_FILE_EXPRESSION_DEPTH("HOR-509"),
    /** An indicator file without indicators, or with more than 500. */
    INDICATOR_FILE_INDICATOR_COUNT("HOR-510"),
    /** A required key of an indicator file is missing or {@code null} (a {@code measurements} selection without {@code metric} too). */
    INDICATOR_FILE_REQUIRED("HOR-520"),
    /** Not an indicator id (spec 02), or not an id of spec 01 where a site, offer, metric or attribute is named. */
    INDICATOR_FILE_ID("HOR-521"),
    /** Not a text of spec 01, or longer than the field allows (label 200, definition 500, unit 32 code points). */
    INDICATOR_FILE_TEXT("HOR-522"),
    /** Not one of the values an indicator file allows at that place (level, direction, period type, record set, field, a filter's enumeration). */
    INDICATOR_FILE_ENUM("HOR-523"),
    /** An expression that is not an object with exactly one of count, organisations, sum, share, ratio. */
    INDICATOR_FILE_EXPRESSION("HOR-524"),
    /** A key or expression that the selection's record set does not allow (a filter condition, a summed field, {@code organisations} over measurements or cooperations). */
    INDICATOR_FILE_NOT_ALLOWED("HOR-525"),
    /** {@code atLeast} is not a whole number of at least 1. */
    INDICATOR_FILE_AT_LEAST("HOR-526"),
    /** An empty list where at least one value is required (sites, periods, a filter condition, an attribute's texts). */
    INDICATOR_FILE_EMPTY("HOR-527"),
    /** A site the indicator names is not a site of the dataset. */
    INDICATOR_FILE_UNKNOWN_SITE("HOR-540"),
    /** An indicator id that occurs twice in one file. */
    INDICATOR_FILE_DUPLICATE_ID("HOR-541"),
    /** An indicator id that is already loaded: a standard indicator, a plugin's, or one of an earlier file. */
    INDICATOR_FILE_ID_CLASH("HOR-542"),
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

    /**
     * {@return the key of a variant message, {@code org.hor.core.validation.<NAME>.<variant>.message}}
     *
     * @param variant the variant's name
     */
    public String messageKey(String variant) {
        return KEY_PREFIX + name() + "." + variant + ".message";
    }

    /**
     * {@return the rule with the given code (such as {@code HOR-204}), or empty}
     *
     * @param code a rule code such as {@code HOR-204}
     */
    public static Optional<RuleCode> ofCode(String code) {
        for (RuleCode r : values()) {
            if (r.code.equals(code)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
