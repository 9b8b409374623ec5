package io.eventwire.legacy.control;

/** Why a legacy record could not become an order; sent as {@code rejectCode} (at most 20 characters). */
public enum RejectCode {
    /** No body, or only whitespace. */
    EMPTY,
    /** Larger than the bound on one record (parsing never starts). */
    TOO_LARGE,
    /** The bytes are not UTF-8. */
    BAD_ENCODING,
    /** A control character (NUL and the like) where no format allows one: only tab, CR and LF may appear. */
    CONTROL_CHARACTER,
    /** Neither a TextMessage nor a BytesMessage. */
    UNSUPPORTED_MESSAGE,
    /** Not FIXED, CSV or XML, by content or by the {@code format} property. */
    UNKNOWN_FORMAT,
    /** The layout is broken: truncated or unknown lines, missing HDR/TRL, wrong column count, XML not well-formed. */
    MALFORMED,
    /** XML with a DOCTYPE: DTDs and entities are never read. */
    DTD_FORBIDDEN,
    /** A required field is blank or absent. */
    MISSING_FIELD,
    /** A field is present but not valid (too long, not an e-mail address, not a payment token…). */
    BAD_FIELD,
    /** A quantity that is not a whole number from 1 to 99999. */
    BAD_QUANTITY,
    /** The TRL item count is not a number or does not match the ITM lines. */
    BAD_TRAILER,
    /** CSV rows of one message that disagree on legacyRef, customerId, email or paymentToken. */
    MIXED_REFERENCES,
    /** An order without a single item. */
    NO_ITEMS
}
