package dev.claimgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ModelRecognizerTest {

    private static final ModelRecognizer MODELS = new ModelRecognizer(Lexicon.bundled());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Qwen1.5-72B-Chat beats it.          | Qwen1.5 72B Chat",
        "Yi-34B-200K reads long texts.       | Yi 34B 200K",
        "InternLM2-20B-base is open.         | InternLM2 20B Base",
        "Mixtral 8x7B - Instruct wins.       | Mixtral 8x7B Instruct",
        "Llama 2-Chat 70B is tuned.          | Llama 2 Chat 70B",
        "LLaMA-2 70B is the base.            | Llama 2 70B",
        "PaLM 2-L is largest.                | PaLM 2-L",
        "then GPT-4.                         | GPT-4",
        "GPT-3.5 Turbo answers.              | GPT-3.5 Turbo",
        "Claude-2.1 reads.                   | Claude 2.1",
        "Gemini Nano-2 runs on phones.       | Gemini Nano-2",
    })
    void recognisesModelsByTheirShape(String text, String name) {
        assertThat(MODELS.find(text)).extracting(ModelMention::name).containsExactly(name);
    }

    @Test
    void recognisesUnknownFamiliesFromASize() {
        assertThat(MODELS.find("Zorblax-13B-Chat is new.")).extracting(ModelMention::name)
                .containsExactly("Zorblax 13B Chat");
    }

    @Test
    void ordinaryCapitalisedWordsBeforeASizeAreNotModels() {
        assertThat(MODELS.find("The 70B model and Only 7B parameters.")).isEmpty();
    }

    @Test
    void theLineLeavesOutSizeAndVariant() {
        ModelMention m = MODELS.find("Llama 2 70B").get(0);
        assertThat(m.line()).isEqualTo("Llama 2");
        assertThat(m.sized()).isTrue();
        assertThat(m.variant()).isFalse();
    }
}
