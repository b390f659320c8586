package dev.claimgraph.query;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The named queries, by the name the command line and the README use, with what each answers. */
public enum NamedQuery {

    LEADERBOARD("leaderboard", "Models ranked by score on one benchmark (--benchmark), best first, per setting, with the range of values sources give") {
        @Override
        QueryResult run(ClaimQueries q, QueryArguments a) {
            if (a.filter().benchmark() == null) {
                throw new QueryUsageException("leaderboard needs --benchmark");
            }
            return QueryResult.of(q.leaderboard(a.filter()));
        }
    },
    SCORES("scores", "Every source's report of a score, narrowed by --model, --benchmark and --setting: the reports behind a leaderboard row") {
        @Override
        QueryResult run(ClaimQueries q, QueryArguments a) {
            return QueryResult.of(q.scores(a.filter()));
        }
    },
    CONFLICTS("conflicts", "Same model, benchmark and setting with different scores in different sources (beyond --tolerance), largest spread first (--limit)") {
        @Override
        QueryResult run(ClaimQueries q, QueryArguments a) {
            return QueryResult.of(q.conflicts(a.filter(), a.tolerance(), a.limit()));
        }
    },
    CORROBORATIONS("corroborations", "The same score for the same model, benchmark and setting from several sources") {
        @Override
        QueryResult run(ClaimQueries q, QueryArguments a) {
            return QueryResult.of(q.corroborations(a.filter()));
        }
    },
    SETTING_MISMATCH("setting-mismatch", "One score cited under different settings, and comparisons whose sides were measured in different settings") {
        @Override
        QueryResult run(ClaimQueries q, QueryArguments a) {
            return QueryResult.of(q.settingMismatches(a.filter()));
        }
    },
    HEAD_TO_HEAD("head-to-head", "Two models (--model, --model2) on every benchmark and setting where both have scores: winner, margin, agreement") {
        @Override
        QueryResult run(ClaimQueries q, QueryArguments a) {
            if (a.filter().model() == null || a.model2() == null) {
                throw new QueryUsageException("head-to-head needs --model and --model2");
            }
            return QueryResult.of(q.headToHead(a.filter().model(), a.model2(), a.filter(), a.tolerance()));
        }
    },
    MODEL("model", "All that is known about one model (--model): aliases, organisation, parameters, context length, scores, comparisons (those most sources state, --limit)") {
        @Override
        QueryResult run(ClaimQueries q, QueryArguments a) {
            if (a.filter().model() == null) {
                throw new QueryUsageException("model needs --model");
            }
            ModelProfile profile = q.model(a.filter().model(), a.limit());
            return new QueryResult(List.of(profile), profile.facts());
        }
    },
    SOTA("sota", "Best reported score per benchmark and setting over time: each paper that improved on the best so far") {
        @Override
        QueryResult run(ClaimQueries q, QueryArguments a) {
            return QueryResult.of(q.sota(a.filter()));
        }
    },
    SELF_VS_THIRD_PARTY("self-vs-third-party", "Scores a model's own organisation reported beside those others reported for it") {
        @Override
        QueryResult run(ClaimQueries q, QueryArguments a) {
            return QueryResult.of(q.selfVsThirdParty(a.filter()));
        }
    };

    private final String id;
    private final String description;

    NamedQuery(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The name on the command line: "leaderboard", "head-to-head". */
    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** Runs the query; throws {@link QueryUsageException} when a needed argument is missing. */
    public QueryResult execute(ClaimQueries queries, QueryArguments arguments) {
        return run(queries, arguments);
    }

    abstract QueryResult run(ClaimQueries queries, QueryArguments arguments);

    /** The query with this name, ignoring case and treating '_' as '-'. */
    public static Optional<NamedQuery> byName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(q -> q.id.equals(wanted)).findFirst();
    }

    /** A Markdown table of names and descriptions, for the README. */
    public static String markdownTable() {
        StringBuilder s = new StringBuilder("| Query | Answers |\n|---|---|\n");
        for (NamedQuery q : values()) {
            s.append("| `").append(q.id).append("` | ").append(q.description).append(" |\n");
        }
        return s.toString();
    }

    /** The names, comma-separated, for messages. */
    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(NamedQuery::id).toList());
    }
}
