package io.countersign.signoff.online;

import io.countersign.signoff.Decision;
import io.countersign.signoff.SignOffPoint;
import java.time.Instant;
import java.util.Objects;

/**
 * One point as the buyer decided it online: the decision ({@link Decision#CONFIRMED} or
 * {@link Decision#CHANGE_REQUESTED}), the note (empty when none), when and from where the last
 * choice was made, and how many times the buyer changed their mind on it before finishing.
 */
public record OnlineDecision(SignOffPoint point, Decision decision, String note, Instant decidedAt, String ip, String userAgent,
                             int changesOfMind) {

    public OnlineDecision {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(decidedAt, "decidedAt");
        if (decision != Decision.CONFIRMED && decision != Decision.CHANGE_REQUESTED) {
            throw new IllegalArgumentException("an online decision is CONFIRMED or CHANGE_REQUESTED, not " + decision
                    + " (point " + point.id() + ")");
        }
        if (changesOfMind < 0) {
            throw new IllegalArgumentException("changesOfMind must be 0 or more: " + changesOfMind);
        }
        note = note == null ? "" : note.strip();
        ip = ip == null ? "" : ip;
        userAgent = userAgent == null ? "" : userAgent;
    }
}
