package io.pulsecrm.dashboards.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every text the dashboards show or answer with exists in Chinese (the default) and in English. */
class MessageDictionariesTest {

    @Test
    void everyKeyIsInBothLanguagesAndNoneIsBlank() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh_CN.properties");

        assertThat(english.stringPropertyNames()).isEqualTo(chinese.stringPropertyNames());
        assertThat(english.values()).allSatisfy(text -> assertThat((String) text).isNotBlank());
        assertThat(chinese.values()).allSatisfy(text -> assertThat((String) text).isNotBlank());
    }

    private static Properties load(String name) throws IOException {
        try (Reader in = new InputStreamReader(Objects.requireNonNull(
                MessageDictionariesTest.class.getClassLoader().getResourceAsStream(name), name), StandardCharsets.UTF_8)) {
            var properties = new Properties();
            properties.load(in);
            return properties;
        }
    }
}
