package dev.claimgraph.source;

/**
 * One heading, paragraph or list item of a summary, in reading order.
 *
 * @param kind what the block is
 * @param segment its text (without the bullet or number that introduces a list item)
 * @param section the plain text of the nearest heading above it, or "" at the top
 * @param parent index in {@link Document#blocks()} of the list item this one is nested
 *     under, or -1
 */
public record Block(BlockKind kind, Segment segment, String section, int parent) {}
