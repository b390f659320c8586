package dev.claimgraph.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Gathers blocks while a reader walks the lines, nesting list items by indentation and letting the
 * last block grow over continuation lines.
 */
final class BlockBuilder {

    /** A block whose end may still move. */
    static final class Pending {
        final BlockKind kind;
        final int start;
        int end;
        final String section;
        final int parent;
        final MetaRole role;
        final int markerIndent;
        final int contentColumn;

        Pending(BlockKind kind, int start, int end, String section, int parent, MetaRole role,
                int markerIndent, int contentColumn) {
            this.kind = kind;
            this.start = start;
            this.end = end;
            this.section = section;
            this.parent = parent;
            this.role = role;
            this.markerIndent = markerIndent;
            this.contentColumn = contentColumn;
        }
    }

    private final List<Pending> blocks = new ArrayList<>();
    private final Deque<Integer> openItems = new ArrayDeque<>();
    private Pending paragraph;

    int heading(int start, int end, String section, MetaRole role) {
        closeList();
        return add(new Pending(BlockKind.HEADING, start, end, section, -1, role, 0, 0));
    }

    /** Adds a list item, nested under the nearest open item that is indented less. */
    int item(int start, int end, String section, MetaRole role, int markerIndent, int contentColumn) {
        paragraph = null;
        while (!openItems.isEmpty() && blocks.get(openItems.peek()).markerIndent >= markerIndent) {
            openItems.pop();
        }
        int parent = openItems.isEmpty() ? -1 : openItems.peek();
        int index = add(new Pending(BlockKind.LIST_ITEM, start, end, section, parent, role, markerIndent, contentColumn));
        openItems.push(index);
        return index;
    }

    /** The innermost open list item, or null when no list is open. */
    Pending openItem() {
        return openItems.isEmpty() ? null : blocks.get(openItems.peek());
    }

    /** Extends the open paragraph to {@code end}, or starts a new one at {@code start}. */
    void paragraphLine(int start, int end, String section, MetaRole role) {
        closeList();
        if (paragraph != null) {
            paragraph.end = end;
        } else {
            paragraph = blocks.get(add(new Pending(BlockKind.PARAGRAPH, start, end, section, -1, role, 0, 0)));
        }
    }

    /** Adds a paragraph that no following line joins. */
    void standaloneParagraph(int start, int end, String section, MetaRole role) {
        closeList();
        add(new Pending(BlockKind.PARAGRAPH, start, end, section, -1, role, 0, 0));
    }

    void endParagraph() {
        paragraph = null;
    }

    void closeList() {
        openItems.clear();
    }

    List<Pending> pending() {
        return blocks;
    }

    List<Block> build(SegmentSource source) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Pending p : blocks) {
            out.add(new Block(p.kind, source.segment(p.start, p.end), p.section, p.parent));
        }
        return out;
    }


    private int add(Pending p) {
        if (p.kind != BlockKind.PARAGRAPH) {
            paragraph = null;
        }
        blocks.add(p);
        return blocks.size() - 1;
    }

    /** Where a block's text comes from: the raw text, or a masked copy of the same length. */
    @FunctionalInterface
    interface SegmentSource {
        Segment segment(int start, int end);
    }
}
