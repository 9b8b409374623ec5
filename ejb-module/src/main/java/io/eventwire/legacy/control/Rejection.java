package io.eventwire.legacy.control;

/**
 * A record that cannot become an order: its code, a reason naming the line and field, and the legacy
 * reference when the record got far enough to have one (its sender then gets a REJECTED status).
 */
public class Rejection extends RuntimeException {

    private final RejectCode code;
    private final String legacyRef;

    public Rejection(RejectCode code, String reason) {
        this(code, reason, null);
    }

    private Rejection(RejectCode code, String reason, String legacyRef) {
        super(reason, null, false, false);
        this.code = code;
        this.legacyRef = legacyRef;
    }

    /** The same rejection, now known to be about the record {@code legacyRef}. */
    Rejection of(String legacyRef) {
        return new Rejection(code, getMessage(), legacyRef);
    }

    public RejectCode code() {
        return code;
    }

    public String reason() {
        return getMessage();
    }

    public String legacyRef() {
        return legacyRef;
    }
}
