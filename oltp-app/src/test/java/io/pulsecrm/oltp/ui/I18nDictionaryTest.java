package io.pulsecrm.oltp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Chinese first, English complete: both dictionaries hold the same keys, every key the UI's code names
 * literally exists, every field of a spec has a label and every enumeration value a name.
 */
class I18nDictionaryTest {

    private static final Path UI = Path.of("src/main/resources/static/app");
    /** a string literal shaped like a dictionary key: 'table.total', 'lead.field.name' */
    private static final Pattern KEY = Pattern.compile("'([a-z][A-Za-z]*(?:\\.[A-Za-z0-9]+)+)'");
    private static final Pattern FIELD = Pattern.compile("field: '([A-Za-z]+)'");
    private static final Pattern ENUM_LIST = Pattern.compile("^\\s+([A-Z][A-Za-z]+): (?:\\[([^\\]]*)]|SOURCES)", Pattern.MULTILINE);
    private static final Pattern ENUM_VALUE = Pattern.compile("'([A-Za-z_]+)'");

    private static Map<String, String> flatten(String file) throws IOException {
        JsonNode root = JsonMapper.builder().build().readTree(Files.readString(UI.resolve("i18n").resolve(file)));
        Map<String, String> flat = new TreeMap<>();
        flatten("", root, flat);
        return flat;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> flat) {
        if (node.isObject()) {
            for (var entry : node.properties()) {
                flatten(prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey(), entry.getValue(), flat);
            }
        } else {
            flat.put(prefix, node.asString());
        }
    }

    private static String scripts() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(UI.resolve("js"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".js")).toList()) {
                all.append(Files.readString(file)).append('\n');
            }
        }
        return all.toString();
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndNoEmptyText() throws IOException {
        Map<String, String> chinese = flatten("zh-CN.json");
        Map<String, String> english = flatten("en.json");

        assertThat(english.keySet()).isEqualTo(chinese.keySet());
        assertThat(chinese).allSatisfy((key, text) -> assertThat(text).as(key).isNotBlank());
        assertThat(english).allSatisfy((key, text) -> assertThat(text).as(key).isNotBlank());
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> keys = flatten("zh-CN.json").keySet();
        Set<String> missing = new TreeSet<>();
        Matcher matcher = KEY.matcher(scripts());
        while (matcher.find()) {
            String key = matcher.group(1);
            if (!key.endsWith(".js") && !key.endsWith(".json") && !keys.contains(key)) {
                missing.add(key);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyFieldOfASpecHasALabel() throws IOException {
        Set<String> keys = flatten("zh-CN.json").keySet();
        Set<String> missing = new TreeSet<>();
        Matcher matcher = FIELD.matcher(scripts());
        while (matcher.find()) {
            if (!keys.contains("field." + matcher.group(1))) {
                missing.add(matcher.group(1));
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumerationValueHasAName() throws IOException {
        Set<String> keys = flatten("en.json").keySet();
        String enums = Files.readString(UI.resolve("js/specs/enums.js"));
        String sources = enums.substring(enums.indexOf("const SOURCES"), enums.indexOf(';', enums.indexOf("const SOURCES")));
        Set<String> missing = new TreeSet<>();
        Matcher list = ENUM_LIST.matcher(enums);
        int enumerations = 0;
        while (list.find()) {
            enumerations++;
            Matcher value = ENUM_VALUE.matcher(list.group(2) != null ? list.group(2) : sources);
            while (value.find()) {
                String key = "enum." + list.group(1) + "." + value.group(1);
                if (!keys.contains(key)) {
                    missing.add(key);
                }
            }
        }
        assertThat(enumerations).isGreaterThan(15);
        assertThat(missing).isEmpty();
    }
}
