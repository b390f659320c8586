package dev.claimgraph.extract;

import java.util.List;

/**
 * The paper a summary describes, as the claim JSON's "paper" object reports it.
 *
 * @param title the title, or null
 * @param date ISO date ("2023-12-08" or "2023-12"), or null
 * @param organisations affiliations, canonical names where the lexicon knows them
 * @param authors author names
 * @param family the model family or line the paper is about ("Llama 2", "Gemini"), or null
 */
public record PaperInfo(String title, String date, List<String> organisations, List<String> authors, String family) {

    public PaperInfo {
        organisations = List.copyOf(organisations);
        authors = List.copyOf(authors);
    }
}
