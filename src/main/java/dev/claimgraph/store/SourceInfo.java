package dev.claimgraph.store;

import java.util.List;

/**
 * A stored summary and the paper it describes.
 *
 * @param fileName the summary's file name
 * @param paperTitle the paper's title, or null
 * @param date the paper's date as ISO text ("2023-07-18", "2023-12"), or null
 * @param affiliations the organisations the paper's authors belong to
 */
public record SourceInfo(String fileName, String paperTitle, String date, List<String> affiliations) {

    public SourceInfo {
        affiliations = List.copyOf(affiliations);
    }
}
