package dev.claimgraph.source;

import java.util.List;

/**
 * A summary file read into text, metadata, blocks and tables.
 *
 * <p>Every {@link Segment} and {@link MetadataField} offset points into {@link #text()}, the
 * file's full text as decoded, so evidence spans found in a block are spans of the file.
 *
 * @param name the file name, without folders (the claim JSON's "document" field)
 * @param format how the file was read
 * @param text the file's full text
 * @param metadata title, authors, affiliations and date, as far as the summary states them
 * @param blocks headings, paragraphs and list items in reading order (tables excluded)
 * @param tables tables in reading order
 */
public record Document(
        String name,
        SourceFormat format,
        String text,
        PaperMetadata metadata,
        List<Block> blocks,
        List<Table> tables) {

    public Document {
        blocks = List.copyOf(blocks);
        tables = List.copyOf(tables);
    }
}
