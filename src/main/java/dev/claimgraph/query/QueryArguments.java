package dev.claimgraph.query;

import dev.claimgraph.store.ScoreTable;
import java.math.BigDecimal;

/**
 * What a named query is asked with: the common filter, a second model for head-to-head, and the
 * tolerance under which two scores count as the same.
 *
 * @param filter model, benchmark and setting to narrow to
 * @param model2 the second model of a head-to-head, or null
 * @param tolerance the largest difference between scores that still counts as agreement
 * @param limit the most conflicts to list, largest spread first, and the most comparisons in a model's
 *     profile, those most sources state (0 for all)
 */
public record QueryArguments(ClaimFilter filter, String model2, BigDecimal tolerance, int limit) {

    /**
     * Conflicts and comparisons listed when no limit is given: enough to act on, and quick on any
     * store. No more than {@link ScoreTable#LEADING_COMPARISONS}, so that a profile reads only those.
     */
    public static final int DEFAULT_LIMIT = 100;

    public QueryArguments {
        filter = filter == null ? ClaimFilter.NONE : filter;
        model2 = model2 == null || model2.isBlank() ? null : model2.strip();
        tolerance = tolerance == null ? ClaimQueries.DEFAULT_TOLERANCE : tolerance;
        if (tolerance.signum() < 0) {
            throw new QueryUsageException("the tolerance must not be negative: " + tolerance.toPlainString());
        }
        if (limit < 0) {
            throw new QueryUsageException("the limit must not be negative: " + limit);
        }
    }

    public QueryArguments(ClaimFilter filter, String model2, BigDecimal tolerance) {
        this(filter, model2, tolerance, DEFAULT_LIMIT);
    }

    public static QueryArguments of(ClaimFilter filter) {
        return new QueryArguments(filter, null, null);
    }
}
