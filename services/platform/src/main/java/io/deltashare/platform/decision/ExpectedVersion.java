package io.deltashare.platform.decision;

/**
 * The version of a thing a client last read and means to change (optimistic locking): a change is refused as stale
 * when the thing has moved on since, and refused outright when the client had to name a version and did not. Over
 * HTTP it comes from {@code If-Match}.
 */
public final class ExpectedVersion {

    private enum Kind {
        EXACT,
        ANY,
        UNNAMED
    }

    private final Kind kind;
    private final long version;

    private ExpectedVersion(Kind kind, long version) {
        this.kind = kind;
        this.version = version;
    }

    public static ExpectedVersion of(long version) {
        return new ExpectedVersion(Kind.EXACT, version);
    }

    /** Whatever the version is now (the client sent {@code *}, or may change without naming one). */
    public static ExpectedVersion whatever() {
        return new ExpectedVersion(Kind.ANY, -1);
    }

    /** The client named no version where it must. */
    public static ExpectedVersion unnamed() {
        return new ExpectedVersion(Kind.UNNAMED, -1);
    }

    /** Accepted when the thing is still at the expected version; refused otherwise. */
    public Decision<Long> check(long current) {
        return switch (kind) {
            case ANY -> Decision.accept(current);
            case UNNAMED ->
                Decision.reject(Rejection.versionRequired(
                        "send the ETag you read in If-Match, so a " + "concurrent change is not overwritten"));
            case EXACT ->
                version == current
                        ? Decision.accept(current)
                        : Decision.reject(Rejection.stale("the resource changed since you read it (your version "
                                + version + ", now " + current + "); read it again and reapply your change"));
        };
    }
}
