package io.resuelve.agent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A line-by-line comparison of two texts (longest common subsequence), for an article's version history. */
final class LineDiff {

    /** Beyond this many lines on either side the texts are shown whole instead of compared. */
    private static final int MAX_LINES = 3000;

    enum Kind { SAME, REMOVED, ADDED }

    record Line(Kind kind, String text) {
    }

    private LineDiff() {
    }

    static List<Line> between(String before, String after) {
        String[] a = before.split("\n", -1);
        String[] b = after.split("\n", -1);
        if (a.length > MAX_LINES || b.length > MAX_LINES) {
            List<Line> whole = new ArrayList<>();
            for (String line : a) {
                whole.add(new Line(Kind.REMOVED, line));
            }
            for (String line : b) {
                whole.add(new Line(Kind.ADDED, line));
            }
            return whole;
        }
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i].equals(b[j])) {
                lines.add(new Line(Kind.SAME, a[i]));
                i++;
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                lines.add(new Line(Kind.REMOVED, a[i++]));
            } else {
                lines.add(new Line(Kind.ADDED, b[j++]));
            }
        }
        while (i < a.length) {
            lines.add(new Line(Kind.REMOVED, a[i++]));
        }
        while (j < b.length) {
            lines.add(new Line(Kind.ADDED, b[j++]));
        }
        return Collections.unmodifiableList(lines);
    }
}
