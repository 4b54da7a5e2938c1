package io.countersign.signoff;

/** What the buyer decided on one sign-off point, as read from a returned document. */
public enum Decision {
    /** The buyer chose Confirm. */
    CONFIRMED,
    /** The buyer chose Change needed. */
    CHANGE_REQUESTED,
    /** Nothing chosen: the point is not confirmed, whatever else the document says. */
    UNDECIDED,
    /** The document came back without its form (flattened, printed and scanned): a person must read it. */
    NOT_MACHINE_READABLE,
    /** Not asked on this revision: unchanged since an earlier revision, whose decision stands. */
    CARRIED_OVER
}
