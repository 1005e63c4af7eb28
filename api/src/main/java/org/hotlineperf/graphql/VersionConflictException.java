package org.hotlineperf.graphql;

/**
 * An edit based on a version of an entity that is no longer the stored one: somebody else changed it first.
 * Reported as CONFLICT with the current version, and nothing is written.
 */
public class VersionConflictException extends RuntimeException {

    private final String entityType;
    private final long entityId;
    private final int currentVersion;

    public VersionConflictException(String entityType, long entityId, int givenVersion, int currentVersion) {
        super(entityType + " " + entityId + " is at version " + currentVersion + ", not " + givenVersion
                + "; it was changed since you read it: read it again and reapply your change");
        this.entityType = entityType;
        this.entityId = entityId;
        this.currentVersion = currentVersion;
    }

    /** Throws unless the version an edit was based on is the stored one. */
    public static void requireCurrent(String entityType, long entityId, int givenVersion, int currentVersion) {
        if (givenVersion != currentVersion) {
            throw new VersionConflictException(entityType, entityId, givenVersion, currentVersion);
        }
    }

    public String entityType() {
        return entityType;
    }

    public long entityId() {
        return entityId;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
