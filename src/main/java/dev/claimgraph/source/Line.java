package dev.claimgraph.source;

/**
 * One line of a text: {@code start..end} excludes the line break, {@code contentStart..contentEnd}
 * also excludes leading and trailing blanks; {@code indent} counts columns (a tab to the next
 * multiple of four).
 */
record Line(int number, int start, int end, int contentStart, int contentEnd, int indent) {

    boolean blank() {
        return contentStart >= contentEnd;
    }
}
