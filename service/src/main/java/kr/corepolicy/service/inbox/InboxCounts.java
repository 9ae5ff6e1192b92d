package kr.corepolicy.service.inbox;

/**
 * The header's numbers for the signed-in user.
 *
 * @param waiting approval steps waiting for the user or for someone they stand in for today
 * @param returned the user's documents that were returned
 * @param unread the user's unread notifications
 */
public record InboxCounts(long waiting, long returned, long unread) {

    /** Nothing waits (a page without a signed-in user). */
    public static final InboxCounts NONE = new InboxCounts(0, 0, 0);
}
