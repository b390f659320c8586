package dev.claimgraph.extract;

/**
 * A place where a text names a model.
 *
 * @param start offset of the mention in the scanned text
 * @param end offset just past it
 * @param name the canonical name ("Llama 2 70B")
 * @param family the lexicon family, or null
 * @param line the family and version without size or variant ("Llama 2"), or the name itself
 * @param sized true when the name carries a parameter size ("70B", "8x7B")
 * @param variant true when the name carries a variant word ("Chat", "Instruct", "-L")
 */
record ModelMention(int start, int end, String name, String family, String line, boolean sized, boolean variant) {

    ModelMention withName(String newName, String newLine, boolean newSized) {
        return new ModelMention(start, end, newName, family, newLine, newSized, variant);
    }
}
