package dev.claimgraph.query;

import java.util.Map;

/**
 * One line of a model profile as a table prints it.
 *
 * @param fact what kind of fact: alias, organisation, parameters, context length, score, comparison
 * @param value the fact's value
 * @param detail setting, basis or other qualifier
 * @param source the summary's file name, or empty
 */
public record ProfileFact(String fact, String value, String detail, String source) implements TableRow {

    @Override
    public Map<String, String> cells() {
        return new Cells().put("fact", fact).put("value", value).put("detail", detail).put("source", source).build();
    }
}
