package dev.claimgraph.extract;

import dev.claimgraph.source.Document;
import dev.claimgraph.source.MetadataField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a summary is about: the paper's own model line, its family and organisation.
 *
 * <p>Short names resolve against it ("Nano-1" in notes on Gemini is Gemini Nano-1, "the 70B
 * model" in notes on Llama 2 is Llama 2 70B), and it decides which claims are first party.
 */
final class PaperContext {

    private final String line;
    private final String family;
    private final String paperModel;
    private final String titleName;
    private final boolean titleSized;
    private final List<String> familyVariants;
    private final String organisation;
    private final MetadataField organisationField;
    private final PaperInfo info;

    private PaperContext(String line, String family, String paperModel, String titleName, boolean titleSized,
            List<String> familyVariants,
            String organisation, MetadataField organisationField, PaperInfo info) {
        this.line = line;
        this.family = family;
        this.paperModel = paperModel;
        this.titleName = titleName;
        this.titleSized = titleSized;
        this.familyVariants = familyVariants;
        this.organisation = organisation;
        this.organisationField = organisationField;
        this.info = info;
    }

    /** Works out the paper's model line from its title (or, failing that, the most named line). */
    static PaperContext of(Document doc, Lexicon lexicon, ModelRecognizer models) {
        Optional<MetadataField> title = doc.metadata().title();
        ModelMention lineMention = title.flatMap(t -> models.find(t.value(), true).stream().findFirst())
                .or(() -> title.flatMap(PaperContext::namedBeforeColon))
                .orElseGet(() -> mostNamed(doc, models));
        String line = lineMention == null ? null : lineMention.line();
        String family = lineMention == null ? null : lineMention.family();
        boolean sized = lineMention != null && lineMention.sized();
        String paperModel = lineMention == null ? null
                : sized || lineMention.variant() ? lineMention.name() : soleSizedMember(doc, models, line);
        List<String> variants = family == null ? List.of()
                : lexicon.family(family).map(Lexicon.Family::variants).orElse(List.of());

        String familyOrg = family == null ? null : lexicon.family(family).map(Lexicon.Family::organisation)
                .or(() -> lexicon.model(lineMention.name()).map(Lexicon.KnownModel::organisation)).orElse(null);
        List<String> organisations = new ArrayList<>();
        MetadataField orgField = chooseOrganisation(doc.metadata().affiliations(), lexicon, familyOrg);
        for (MetadataField affiliation : doc.metadata().affiliations()) {
            String canonical = canonicalOrganisation(affiliation.value(), lexicon);
            if (!organisations.contains(canonical)) {
                organisations.add(canonical);
            }
        }
        String chosen = orgField == null ? null : canonicalOrganisation(orgField.value(), lexicon);
        PaperInfo info = new PaperInfo(
                title.map(MetadataField::value).orElse(null),
                doc.metadata().isoDate(),
                organisations,
                doc.metadata().authors().stream().map(MetadataField::value).toList(),
                line);
        return new PaperContext(line, family, paperModel == null ? line : paperModel,
                lineMention == null ? null : lineMention.name(), sized, variants, chosen, orgField,
                info);
    }

    /** The affiliation that built the paper's models: the family's own, else the first the lexicon knows. */
    private static MetadataField chooseOrganisation(List<MetadataField> affiliations, Lexicon lexicon,
            String familyOrg) {
        if (familyOrg != null) {
            for (MetadataField a : affiliations) {
                if (Lexicon.key(canonicalOrganisation(a.value(), lexicon)).equals(Lexicon.key(familyOrg))) {
                    return a;
                }
            }
        }
        return affiliations.stream()
                .filter(a -> !canonicalOrganisation(a.value(), lexicon).equals(a.value())
                        || lexicon.organisation(a.value()).isPresent()).findFirst()
                .orElse(affiliations.isEmpty() ? null : affiliations.get(0));
    }

    private static final java.util.regex.Pattern BRACKETED_NAME =
            java.util.regex.Pattern.compile("^(.*?)\\s*[(（](.+?)[)）]\\s*$");

    /** The lexicon's name for an affiliation, also when written "上海人工智能实验室 (Shanghai AI Laboratory)". */
    static String canonicalOrganisation(String name, Lexicon lexicon) {
        java.util.regex.Matcher bracketed = BRACKETED_NAME.matcher(name);
        List<String> candidates = bracketed.matches()
                ? List.of(name, bracketed.group(2), bracketed.group(1)) : List.of(name);
        for (String candidate : candidates) {
            Optional<Lexicon.Organisation> known = lexicon.organisation(candidate);
            if (known.isPresent()) {
                return known.get().name();
            }
        }
        return name;
    }

    /** "Magicoder: Source Code Is All You Need" names a model the lexicon does not know. */
    private static Optional<ModelMention> namedBeforeColon(MetadataField title) {
        java.util.regex.Matcher m = NAME_BEFORE_COLON.matcher(title.value());
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group(1).strip();
        return Optional.of(new ModelMention(0, name.length(), name, null, name, false, false));
    }

    private static final java.util.regex.Pattern NAME_BEFORE_COLON = java.util.regex.Pattern.compile(
            "^\\s*(\\p{Lu}[\\p{L}\\d.-]*(?:\\s[\\p{Lu}\\d][\\p{L}\\d.-]*)?)\\s*:");

    private static ModelMention mostNamed(Document doc, ModelRecognizer models) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, ModelMention> first = new LinkedHashMap<>();
        doc.blocks().forEach(b -> models.find(b.segment().text()).forEach(m -> {
            counts.merge(m.line(), 1, Integer::sum);
            first.putIfAbsent(m.line(), m);
        }));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> first.get(e.getKey())).orElse(null);
    }

    /** "Mixtral" in notes that name only "Mixtral 8x7B" (and its variants) means Mixtral 8x7B. */
    private static String soleSizedMember(Document doc, ModelRecognizer models, String line) {
        Set<String> sized = new LinkedHashSet<>();
        doc.blocks().forEach(b -> models.find(b.segment().text()).stream()
                .filter(m -> m.line().equals(line) && m.sized() && !m.variant())
                .forEach(m -> sized.add(m.name())));
        // Models head the columns or start the rows; score cells name none.
        doc.tables().forEach(t -> t.rows().forEach(r -> {
            for (int c = 0; c < r.size(); c++) {
                if (r == t.rows().get(0) || c == 0) {
                    models.find(r.get(c).segment().text()).stream()
                            .filter(m -> m.line().equals(line) && m.sized() && !m.variant())
                            .forEach(m -> sized.add(m.name()));
                }
            }
        }));
        return sized.size() == 1 ? sized.iterator().next() : null;
    }

    /** The paper's own model line ("Llama 2"), or null when the summary does not say. */
    String line() {
        return line;
    }

    /** The lexicon family of the paper's line, or null. */
    String family() {
        return family;
    }

    /** The model a summary means when it names only the line or says "the model": "Mixtral 8x7B". */
    String paperModel() {
        return paperModel;
    }

    /** True when sizes on their own ("the 70B model") name members of the paper's line. */
    boolean sizesNameMembers() {
        return line != null && !titleSized && familyVariants.isEmpty();
    }

    /** The name sizes on their own complete ("DeepSeek LLM" + " 67B"). */
    String sizePrefix() {
        return titleName;
    }

    /** Variant words that on their own name members of the paper's family ("Ultra", "Nano"). */
    List<String> familyVariants() {
        return familyVariants;
    }

    /** The organisation behind the paper, canonical, or null. */
    String organisation() {
        return organisation;
    }

    /** Where the summary states the paper's organisation, or null. */
    MetadataField organisationField() {
        return organisationField;
    }

    PaperInfo info() {
        return info;
    }

    /** Whether a claim about {@code model} is the paper reporting on its own model. */
    boolean isFirstParty(ModelRef model, Lexicon lexicon) {
        if (line == null) {
            return false;
        }
        if (family != null && family.equals(model.family())) {
            return true;
        }
        String name = model.name();
        if (name.equals(line) || name.startsWith(line + " ") || name.startsWith(line + "-")) {
            return true; // "Magicoder-S CL 7B" in the Magicoder paper, whatever the lexicon knows
        }
        return organisation != null && model.organisation() != null
                && Lexicon.key(organisation).equals(Lexicon.key(model.organisation()));
    }

    /** A bare family or line name resolved to the paper's model ("Mixtral" to "Mixtral 8x7B"). */
    ModelMention resolve(ModelMention mention) {
        if (line != null && mention.name().equals(line) && paperModel != null && !paperModel.equals(line)) {
            return mention.withName(paperModel, line, true);
        }
        return mention;
    }
}
