package dev.claimgraph.source;

import java.util.List;
import java.util.Optional;

/**
 * What a summary says about the paper it summarises.
 *
 * @param title the paper's title, if stated
 * @param date the paper's date as written, if stated
 * @param isoDate the same date as ISO 8601 ({@code 2023-12-08}, or {@code 2023-12} when only
 *     the month is known), or null when it could not be read
 * @param authors author names in the order given ("et al." dropped)
 * @param affiliations organisations the authors belong to, in the order given
 */
public record PaperMetadata(
        Optional<MetadataField> title,
        Optional<MetadataField> date,
        String isoDate,
        List<MetadataField> authors,
        List<MetadataField> affiliations) {

    public PaperMetadata {
        authors = List.copyOf(authors);
        affiliations = List.copyOf(affiliations);
    }

    public static PaperMetadata empty() {
        return new PaperMetadata(Optional.empty(), Optional.empty(), null, List.of(), List.of());
    }
}
