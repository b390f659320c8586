package dev.claimgraph.extract;

import java.util.List;

/**
 * A model named in a summary.
 *
 * @param name canonical name ("Llama 2 70B")
 * @param family the family it belongs to ("Llama"), or null when unknown
 * @param organisation who built it according to the lexicon, or null
 * @param surfaceForms the ways the text wrote it ("LLaMA-2 70B", "the 70B model")
 */
public record ModelRef(String name, String family, String organisation, List<String> surfaceForms) {

    public ModelRef {
        surfaceForms = List.copyOf(surfaceForms);
    }
}
