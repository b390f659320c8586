package dev.claimgraph.source;

import java.util.List;
import java.util.Optional;

/** Collects metadata from several places in a summary, keeping the most explicit statement of each. */
final class MetadataBuilder {

    /** How explicitly a summary states a value; a higher rank replaces a lower one. */
    static final int EXPLICIT = 3;
    static final int SOURCE_LINE = 2;
    static final int HEADING = 1;
    static final int GUESS = 0;

    private MetadataField title;
    private int titleRank = -1;
    private MetadataField date;
    private int dateRank = -1;
    private List<MetadataField> authors = List.of();
    private int authorsRank = -1;
    private List<MetadataField> affiliations = List.of();
    private int affiliationsRank = -1;

    void title(Optional<MetadataField> field, int rank) {
        if (field.isPresent() && rank > titleRank) {
            title = field.get();
            titleRank = rank;
        }
    }

    void date(Optional<MetadataField> field, int rank) {
        if (field.isPresent() && rank > dateRank) {
            date = field.get();
            dateRank = rank;
        }
    }

    void authors(List<MetadataField> fields, int rank) {
        if (!fields.isEmpty() && rank > authorsRank) {
            authors = fields;
            authorsRank = rank;
        }
    }

    /** Adds to authors stated with the same rank, so one author per line or per array entry works. */
    void addAuthors(List<MetadataField> fields, int rank) {
        if (rank == authorsRank) {
            authors = concat(authors, fields);
        } else {
            authors(fields, rank);
        }
    }

    void affiliations(List<MetadataField> fields, int rank) {
        if (!fields.isEmpty() && rank > affiliationsRank) {
            affiliations = fields;
            affiliationsRank = rank;
        }
    }

    void addAffiliations(List<MetadataField> fields, int rank) {
        if (rank == affiliationsRank) {
            affiliations = concat(affiliations, fields);
        } else {
            affiliations(fields, rank);
        }
    }

    PaperMetadata build() {
        String iso = null;
        if (date != null) {
            iso = DateNormaliser.normalise(date.value());
            if (iso == null) {
                iso = DateNormaliser.findIn(date.value());
            }
        }
        return new PaperMetadata(Optional.ofNullable(title), Optional.ofNullable(date), iso, authors, affiliations);
    }

    private static List<MetadataField> concat(List<MetadataField> a, List<MetadataField> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
