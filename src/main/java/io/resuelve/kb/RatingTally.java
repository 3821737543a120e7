package io.resuelve.kb;

/** How many readers found an article useful and how many did not. */
public record RatingTally(long helpful, long notHelpful) {

    public static final RatingTally NONE = new RatingTally(0, 0);

    public long total() {
        return helpful + notHelpful;
    }

    /** Share of "yes" answers, 0–100, or -1 without answers. */
    public int helpfulPercent() {
        return total() == 0 ? -1 : (int) Math.round(100.0 * helpful / total());
    }
}
