package org.doorstep.course;

/**
 * A lesson's YAML as the author edits it: the draft if there is one, else the published text; with the
 * published text beside it, and whether a trainer has asked a content editor to review the draft.
 */
public record LessonSource(String slug, String title, String source, boolean draft, int publishedVersion,
        String publishedSource, boolean awaitingReview) {

    /** Whether this text is the published one, so publishing it would change nothing. */
    public boolean unchanged(String text) {
        return publishedSource.equals(text);
    }
}
