package dev.claimgraph.extract;

import dev.claimgraph.source.Document;
import java.util.List;

/**
 * Everything extracted from one summary: the paper, the models it names and the claims.
 *
 * @param document the summary that was read
 * @param paper what the summary says about the paper
 * @param models every model that some claim is about, with the names the text used for it
 * @param claims the claims, each with evidence
 */
public record ExtractionResult(Document document, PaperInfo paper, List<ModelRef> models, List<Claim> claims) {

    public ExtractionResult {
        models = List.copyOf(models);
        claims = List.copyOf(claims);
    }

    /** The claims of one kind, in order. */
    public <C extends Claim> List<C> claims(Class<C> kind) {
        return claims.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
