package dev.claimgraph.extract;

import dev.claimgraph.source.Block;
import dev.claimgraph.source.BlockKind;
import dev.claimgraph.source.Document;
import dev.claimgraph.source.Table;
import dev.claimgraph.source.TableCell;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads scores from tables in either orientation (models across and benchmarks down, or the
 * reverse), taking each score's setting from its cell, a setting column, the row or column
 * label, a footnote under the table or the section heading, in that order.
 */
final class TableExtractor {

    private static final Pattern SETTING_HEADER = Pattern.compile(
            "(?i)^\\s*(?:setting|settings|shots?|eval(?:uation)?(?:\\s+setting)?|setup|prompting|mode|method|protocol|metric)\\s*$");

    private static final Pattern MODEL_HEADER = Pattern.compile("(?i)\\s*models?\\s*");
    private static final Pattern BENCHMARK_HEADER = Pattern.compile("(?i)\\s*(?:benchmarks?|tasks?|datasets?|evals?)\\s*");
    private static final Pattern SCORE_HEADER = Pattern.compile(
            "(?i)\\s*(?:scores?|results?|values?|accuracy|acc|pass@1|f1)\\s*");

    private final ModelRecognizer models;
    private final BenchmarkRecognizer benchmarks;
    private final ShortNameResolver shortNames;
    private final ClaimCollector out;

    TableExtractor(ModelRecognizer models, BenchmarkRecognizer benchmarks, PaperContext paper, ClaimCollector out) {
        this.models = models;
        this.benchmarks = benchmarks;
        this.shortNames = new ShortNameResolver(paper);
        this.out = out;
    }

    void extract(Document doc) {
        for (Table table : doc.tables()) {
            if (table.rows().size() >= 2) {
                read(table, footnote(doc, table), SettingParser.parseAll(table.section()));
            }
        }
    }

    private void read(Table table, Footnote note, Setting sectionSetting) {
        List<TableCell> header = table.rows().get(0);
        Map<Integer, ModelMention> modelColumns = new HashMap<>();
        Map<Integer, BenchmarkMention> benchmarkColumns = new HashMap<>();
        int settingColumn = -1;
        for (int c = 0; c < header.size(); c++) {
            TableCell cell = header.get(c);
            if (SETTING_HEADER.matcher(cell.plain()).find()) {
                settingColumn = c;
                continue;
            }
            ModelMention model = modelIn(cell);
            BenchmarkMention bench = benchmarks.find(cell.segment().text()).stream().findFirst().orElse(null);
            if (bench != null) {
                benchmarkColumns.put(c, bench);
            } else if (model != null) {
                modelColumns.put(c, model);
            }
        }
        List<List<TableCell>> body = table.rows().subList(1, table.rows().size());
        int modelColumn = columnNamed(header, MODEL_HEADER);
        int benchmarkColumn = columnNamed(header, BENCHMARK_HEADER);
        int scoreColumn = columnNamed(header, SCORE_HEADER);
        if (modelColumn >= 0 && benchmarkColumn >= 0 && scoreColumn >= 0) {
            records(body, modelColumn, benchmarkColumn, scoreColumn, settingColumn, note, sectionSetting);
        } else if (modelColumns.size() >= benchmarkColumns.size() && !modelColumns.isEmpty()) {
            modelsAcross(header, body, modelColumns, settingColumn, note, sectionSetting);
        } else if (!benchmarkColumns.isEmpty()) {
            benchmarksAcross(header, body, benchmarkColumns, settingColumn, note, sectionSetting);
        }
    }

    /**
     * A table of records, one score a row, with columns named model, benchmark and score (the
     * form of a results list in a JSON summary).
     */
    private void records(List<List<TableCell>> body, int modelColumn, int benchmarkColumn, int scoreColumn,
            int settingColumn, Footnote note, Setting sectionSetting) {
        for (List<TableCell> row : body) {
            if (row.size() <= Math.max(modelColumn, Math.max(benchmarkColumn, scoreColumn))) {
                continue;
            }
            ModelMention model = modelIn(row.get(modelColumn));
            BenchmarkMention bench = benchmarks.find(row.get(benchmarkColumn).segment().text()).stream().findFirst()
                    .orElse(null);
            if (model == null || bench == null) {
                continue;
            }
            int at = row.get(modelColumn).segment().start();
            out.mention(model, at + model.start(), at + model.end());
            Setting rowSetting = settingColumn >= 0 && settingColumn < row.size()
                    ? SettingParser.parseAll(row.get(settingColumn).segment().text()) : Setting.NONE;
            score(row.get(modelColumn), row.get(scoreColumn), model.name(), bench.name(),
                    List.of(rowSetting, note.forBenchmark(bench.name()), note.global(), sectionSetting));
        }
    }

    private static int columnNamed(List<TableCell> header, Pattern name) {
        for (int c = 0; c < header.size(); c++) {
            if (name.matcher(header.get(c).plain()).matches()) {
                return c;
            }
        }
        return -1;
    }

    private void modelsAcross(List<TableCell> header, List<List<TableCell>> body, Map<Integer, ModelMention> columns,
            int settingColumn, Footnote note, Setting sectionSetting) {
        List<Setting> columnSettings = columnSettings(header);
        columns.forEach((c, m) -> out.mention(m, header.get(c).segment().start() + m.start(),
                header.get(c).segment().start() + m.end()));
        for (List<TableCell> row : body) {
            BenchmarkMention bench = row.isEmpty() ? null
                    : benchmarks.find(row.get(0).segment().text()).stream().findFirst().orElse(null);
            if (bench == null) {
                continue;
            }
            Setting rowSetting = settingColumn >= 0 && settingColumn < row.size()
                    ? SettingParser.parseAll(row.get(settingColumn).segment().text()) : Setting.NONE;
            Setting labelSetting = SettingParser.parseAll(row.get(0).segment().text());
            for (Map.Entry<Integer, ModelMention> col : columns.entrySet()) {
                int c = col.getKey();
                if (c >= row.size()) {
                    continue;
                }
                Setting columnSetting = columnSettings.get(c);
                score(row.get(0), row.get(c), col.getValue().name(), bench.name(),
                        List.of(rowSetting, labelSetting, columnSetting, note.forBenchmark(bench.name()), note.global(),
                                sectionSetting));
            }
        }
    }

    private void benchmarksAcross(List<TableCell> header, List<List<TableCell>> body,
            Map<Integer, BenchmarkMention> columns, int settingColumn, Footnote note, Setting sectionSetting) {
        List<Setting> columnSettings = columnSettings(header);
        for (List<TableCell> row : body) {
            if (row.isEmpty()) {
                continue;
            }
            ModelMention model = modelIn(row.get(0));
            if (model == null) {
                continue;
            }
            out.mention(model, row.get(0).segment().start() + model.start(), row.get(0).segment().start() + model.end());
            Setting rowSetting = settingColumn >= 0 && settingColumn < row.size()
                    ? SettingParser.parseAll(row.get(settingColumn).segment().text()) : Setting.NONE;
            for (Map.Entry<Integer, BenchmarkMention> col : columns.entrySet()) {
                int c = col.getKey();
                if (c >= row.size()) {
                    continue;
                }
                Setting columnSetting = columnSettings.get(c);
                String bench = col.getValue().name();
                score(row.get(0), row.get(c), model.name(), bench,
                        List.of(rowSetting, columnSetting, note.forBenchmark(bench), note.global(), sectionSetting));
            }
        }
    }

    /** The setting each column header states ("MMLU (5-shot)"), or none. */
    private static List<Setting> columnSettings(List<TableCell> header) {
        return header.stream().map(cell -> SettingParser.parseAll(cell.segment().text())).toList();
    }

    /**
     * One score cell; the first non-empty setting of the cell and then {@code fallbacks} applies.
     * The evidence runs from the row's label to the score, so that it names what was scored.
     */
    private void score(TableCell label, TableCell cell, String model, String benchmark, List<Setting> fallbacks) {
        String text = cell.segment().text();
        List<ScoreMention> numbers = NumberFinder.find(text);
        List<SettingParser.Found> settings = SettingParser.find(text);
        ScoreMention n = numbers.stream()
                .filter(x -> settings.stream().noneMatch(s -> s.start() < x.end() && x.start() < s.end()))
                .findFirst().orElse(null);
        if (n == null) {
            return;
        }
        Setting setting = settings.stream().map(SettingParser.Found::setting).reduce(Setting.NONE, Setting::orElse);
        for (Setting fallback : fallbacks) {
            if (!setting.isEmpty()) {
                break;
            }
            setting = fallback;
        }
        int start = cell.segment().start();
        int from = Math.min(label.segment().start(), start + n.start());
        out.score(model, benchmark, n, setting, out.span(from, start + n.end()), 0.9);
    }

    private ModelMention modelIn(TableCell cell) {
        String text = cell.segment().text();
        List<ModelMention> found = shortNames.complete(text, models.find(text));
        return found.isEmpty() ? null : found.get(0);
    }

    /** Settings a note right under a table states, per benchmark ("MMLU is 5-shot") or for all. */
    private record Footnote(Map<String, Setting> perBenchmark, Setting global) {
        Setting forBenchmark(String benchmark) {
            return perBenchmark.getOrDefault(benchmark, Setting.NONE);
        }
    }

    private Footnote footnote(Document doc, Table table) {
        Map<String, Setting> per = new HashMap<>();
        Setting global = Setting.NONE;
        for (Block block : doc.blocks()) {
            if (block.segment().start() < table.end() || block.segment().start() - table.end() > 400) {
                continue;
            }
            if (block.kind() == BlockKind.HEADING) {
                break;
            }
            String text = block.segment().text();
            List<BenchmarkMention> benches = benchmarks.find(text);
            for (SettingParser.Found f : SettingParser.find(text)) {
                BenchmarkMention owner = null;
                for (BenchmarkMention b : benches) {
                    if (b.end() <= f.start() && f.start() - b.end() < 25) {
                        owner = b;
                    }
                }
                if (owner == null) {
                    global = global.orElse(f.setting());
                } else {
                    per.merge(owner.name(), f.setting(), Setting::orElse);
                }
            }
            break;
        }
        return new Footnote(per, global);
    }

}
