package io.pulsecrm.segment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RuleParseTest {

    private static final String EXAMPLE = """
            {"op": "AND", "rules": [
              {"feature": "industry", "operator": "IN", "values": ["IT", "FINANCE"]},
              {"op": "OR", "rules": [
                {"feature": "received_total", "operator": "GTE", "values": ["100000.00"]},
                {"feature": "follow_ups_30d", "operator": "GT", "values": [3]}]}]}""";

    private static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    private static List<RuleError> errorsOf(String singleQuoted) {
        return catchThrowableOfType(RuleInvalid.class, () -> Rule.parse(json(singleQuoted))).errors();
    }

    private static String cond(String feature, String operator, String values) {
        return "{'feature':'" + feature + "','operator':'" + operator + "','values':[" + values + "]}";
    }

    @Test
    void theContractsExampleParsesIntoGroupsAndTypedConditions() {
        Rule rule = Rule.parse(EXAMPLE);

        assertThat(rule).isEqualTo(Group.and(
                Condition.of(Feature.INDUSTRY, Operator.IN, "IT", "FINANCE"),
                Group.or(Condition.of(Feature.RECEIVED_TOTAL, Operator.GTE, new BigDecimal("100000.00")),
                        Condition.of(Feature.FOLLOW_UPS_30D, Operator.GT, 3L))));
        assertThat(rule.features()).containsExactlyInAnyOrder(Feature.INDUSTRY, Feature.RECEIVED_TOTAL, Feature.FOLLOW_UPS_30D);
        assertThat(rule.conditions()).hasSize(3);
    }

    @Test
    void toJsonIsCanonicalAndParsesBackToTheSameRule() {
        Rule rule = Rule.parse(json("{'op':'OR','rules':[" + cond("received_total", "GT", "100000.5") + ","
                + cond("contract_count", "EQ", "'3'") + ",{'feature':'industry','operator':'IS_SET'}]}"));

        assertThat(rule.toJsonText()).isEqualTo(json("{'op':'OR','rules':["
                + "{'feature':'received_total','operator':'GT','values':['100000.50']},"
                + "{'feature':'contract_count','operator':'EQ','values':[3]},"
                + "{'feature':'industry','operator':'IS_SET','values':[]}]}"));
        assertThat(Rule.parse(rule.toJson())).isEqualTo(rule);
        assertThat(Rule.parse(rule.toJsonText())).isEqualTo(rule);
    }

    @Test
    void aSingleConditionIsARuleToo() {
        assertThat(Rule.parse(json(cond("level", "EQ", "'KEY'")))).isEqualTo(Condition.of(Feature.LEVEL, Operator.EQ, "KEY"));
    }

    @Test
    void amountsKeepEveryDigitWhenGivenAsNumbers() {
        Rule rule = Rule.parse(json(cond("received_total", "EQ", "9999999999999999.99")));

        assertThat(((Condition) rule).values()).containsExactly(new BigDecimal("9999999999999999.99"));
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "[]|rule|must be a group {op, rules} or a condition {feature, operator, values}",
            "{}|rule|must be a group {op, rules} or a condition {feature, operator, values}",
            "{'op':'AND','rules':[],'feature':'level'}|rule|must be a group",
            "{'op':'AND','rules':[{'feature':'level','operator':'EQ','values':['KEY'],'colour':1}]}|rule.rules[0].colour|is not a property of a condition [feature, operator, values]",
            "{'op':'AND','rules':[{'feature':'level','operator':'EQ','values':['KEY']}],'name':'x'}|rule.name|is not a property of a group",
            "{'rules':[{'feature':'level','operator':'EQ','values':['KEY']}]}|rule.op|is required",
            "{'op':'XOR','rules':[{'feature':'level','operator':'EQ','values':['KEY']}]}|rule.op|must be AND or OR",
            "{'op':'and','rules':[{'feature':'level','operator':'EQ','values':['KEY']}]}|rule.op|must be AND or OR",
            "{'op':'AND'}|rule.rules|is required",
            "{'op':'AND','rules':[]}|rule.rules|must be an array of 1 to 20 rules",
            "{'op':'AND','rules':{}}|rule.rules|must be an array of 1 to 20 rules",
            "{'op':'AND','rules':[null]}|rule.rules[0]|is required",
            "{'op':'AND','rules':[7]}|rule.rules[0]|must be a group",
            "{'operator':'EQ','values':['KEY']}|rule.feature|is required",
            "{'feature':'tickets','operator':'EQ','values':[1]}|rule.feature|is not a feature; one of [recency_days, contract_count",
            "{'feature':7,'operator':'EQ','values':[1]}|rule.feature|is not a feature",
            "{'feature':'level','values':['KEY']}|rule.operator|is required",
            "{'feature':'level','operator':'LIKE','values':['KEY']}|rule.operator|is not an operator; one of [EQ, NE, IN, NOT_IN]",
            "{'feature':'industry','operator':'GT','values':['IT']}|rule.operator|does not apply to TEXT feature industry; one of [EQ, NE, IN, NOT_IN, CONTAINS, IS_SET, IS_NOT_SET]",
            "{'feature':'level','operator':'IS_SET'}|rule.operator|does not apply to ENUM feature level",
            "{'feature':'campaigns','operator':'IN','values':[1]}|rule.operator|does not apply to SET feature campaigns",
            "{'feature':'received_total','operator':'CONTAINS','values':['1']}|rule.operator|does not apply to MONEY",
            "{'feature':'level','operator':'EQ','values':'KEY'}|rule.values|must be an array",
            "{'feature':'level','operator':'EQ','values':['KEY','SMALL']}|rule.values|EQ takes exactly 1 value",
            "{'feature':'level','operator':'EQ'}|rule.values|EQ takes exactly 1 value",
            "{'feature':'industry','operator':'IS_SET','values':['IT']}|rule.values|IS_SET takes no values",
            "{'feature':'contract_count','operator':'BETWEEN','values':[1]}|rule.values|BETWEEN takes exactly 2 values",
            "{'feature':'industry','operator':'IN','values':[]}|rule.values|IN takes 1 to 100 values",
            "{'feature':'contract_count','operator':'EQ','values':['three']}|rule.values[0]|must be a whole number",
            "{'feature':'contract_count','operator':'EQ','values':[3.5]}|rule.values[0]|must be a whole number",
            "{'feature':'contract_count','operator':'EQ','values':[null]}|rule.values[0]|must be a whole number",
            "{'feature':'recency_days','operator':'GT','values':[99999999999999999999]}|rule.values[0]|must be a whole number",
            "{'feature':'received_total','operator':'GT','values':['1.234']}|rule.values[0]|must be an amount",
            "{'feature':'received_total','operator':'GT','values':[1.005]}|rule.values[0]|must be an amount",
            "{'feature':'received_total','operator':'GT','values':['1e3']}|rule.values[0]|must be an amount",
            "{'feature':'received_total','operator':'GT','values':[1E16]}|rule.values[0]|must be an amount",
            "{'feature':'received_total','operator':'GT','values':[true]}|rule.values[0]|must be an amount",
            "{'feature':'industry','operator':'EQ','values':['   ']}|rule.values[0]|must be text of 1 to 64 characters, not blank",
            "{'feature':'industry','operator':'EQ','values':[12]}|rule.values[0]|must be text of 1 to 64 characters",
            "{'feature':'level','operator':'EQ','values':['HUGE']}|rule.values[0]|must be one of KEY, NORMAL, SMALL",
            "{'feature':'source','operator':'IN','values':['WEBSITE','BILLBOARD']}|rule.values[1]|must be one of SEARCH, SOCIAL",
            "{'feature':'lifecycle_stage','operator':'EQ','values':['customer']}|rule.values[0]|must be one of POOLED, PROSPECT, IN_PIPELINE, CUSTOMER",
            "{'feature':'campaigns','operator':'CONTAINS_ANY','values':[0]}|rule.values[0]|must be a campaign id",
            "{'feature':'campaigns','operator':'CONTAINS_ALL','values':[5,-1]}|rule.values[1]|must be a campaign id",
            "{'feature':'contract_count','operator':'BETWEEN','values':[5,1]}|rule.values[1]|must not be less than values[0]",
            "{'feature':'received_total','operator':'BETWEEN','values':['10.00','9.99']}|rule.values[1]|must not be less than values[0]",
    })
    void aBadRuleIsRefusedNamingThePathAndTheProblem(String rule, String path, String message) {
        List<RuleError> errors = errorsOf(rule);

        assertThat(errors).hasSize(1);
        assertThat(errors.getFirst().path()).isEqualTo(path);
        assertThat(errors.getFirst().message()).startsWith(message);
    }

    @Test
    void malformedJsonIsRefusedAtTheRoot() {
        assertThat(catchThrowableOfType(RuleInvalid.class, () -> Rule.parse("{\"op\": ")).errors())
                .containsExactly(new RuleError("rule", "is not valid JSON"));
        assertThat(catchThrowableOfType(RuleInvalid.class, () -> Rule.parse((String) null)).errors())
                .containsExactly(new RuleError("rule", "is required"));
    }

    @Test
    void everyProblemIsReportedWithItsPathNotOnlyTheFirst() {
        String rule = EXAMPLE.replace("\"100000.00\"", "\"lots\"").replace("\"IN\"", "\"GT\"").replace("[3]", "[3, 4]");

        assertThat(errorsOf(rule)).extracting(RuleError::path)
                .containsExactly("rule.rules[0].operator", "rule.rules[1].rules[0].values[0]", "rule.rules[1].rules[1].values");
    }

    @Test
    void textValuesMayHaveSixtyFourCharactersNotSixtyFive() {
        String sixtyFour = "行".repeat(64);

        assertThat(Rule.parse(json(cond("region", "EQ", "'" + sixtyFour + "'")))).isNotNull();
        assertThat(errorsOf(cond("region", "EQ", "'" + sixtyFour + "x'"))).extracting(RuleError::path)
                .containsExactly("rule.values[0]");
    }

    @Test
    void aConditionTakesAHundredValuesNotMore() {
        String hundred = String.join(",", Collections.nCopies(100, "'IT'"));

        assertThat(((Condition) Rule.parse(json(cond("industry", "IN", hundred)))).values()).hasSize(100);
        assertThat(errorsOf(cond("industry", "IN", hundred + ",'X'")))
                .containsExactly(new RuleError("rule.values", "IN takes 1 to 100 values"));
    }

    @Test
    void groupsNestFiveDeepNotSix() {
        String five = nest(5, cond("level", "EQ", "'KEY'"));

        assertThat(Rule.parse(json(five)).conditions()).hasSize(1);
        assertThat(errorsOf(nest(6, cond("level", "EQ", "'KEY'")))).containsExactly(new RuleError(
                "rule.rules[0].rules[0].rules[0].rules[0].rules[0]", "is nested too deep: groups nest at most 5 deep"));
    }

    @Test
    void aGroupHasTwentyRulesNotMore() {
        String twenty = String.join(",", Collections.nCopies(20, cond("level", "EQ", "'KEY'")));

        assertThat(Rule.parse(json("{'op':'OR','rules':[" + twenty + "]}")).conditions()).hasSize(20);
        assertThat(errorsOf("{'op':'OR','rules':[" + twenty + "," + cond("level", "EQ", "'KEY'") + "]}"))
                .containsExactly(new RuleError("rule.rules", "must be an array of 1 to 20 rules"));
    }

    @Test
    void aRuleHasFiftyConditionsNotMore() {
        assertThat(Rule.parse(json(conditions(50))).conditions()).hasSize(50);
        assertThat(errorsOf(conditions(51))).containsExactly(new RuleError("rule", "has more than 50 conditions"));
    }

    @Test
    void aHugeBadDocumentIsRefusedWithABoundedListOfProblems() {
        String badCondition = cond("level", "EQ", "'HUGE'");
        String group = "{'op':'OR','rules':[" + String.join(",", Collections.nCopies(20, badCondition)) + "]}";
        String document = "{'op':'OR','rules':[" + String.join(",", Collections.nCopies(20, group)) + "]}";

        List<RuleError> errors = errorsOf(document);

        assertThat(errors).hasSizeLessThanOrEqualTo(RuleParser.MAX_ERRORS + 1).hasSizeGreaterThan(1);
        assertThat(errors.getFirst()).isEqualTo(new RuleError("rule.rules[0].rules[0].values[0]", "must be one of KEY, NORMAL, SMALL"));
    }

    @Test
    void aConditionThatBreaksTheRulesCannotBeBuiltInCodeEither() {
        assertThatThrownBy(() -> Condition.of(Feature.INDUSTRY, Operator.GT, "IT")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Condition.of(Feature.LEVEL, Operator.EQ, "HUGE")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Condition.of(Feature.CONTRACT_COUNT, Operator.BETWEEN, 5L, 1L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Condition.of(Feature.RECEIVED_TOTAL, Operator.GT, "100")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Group(Group.Op.AND, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(Condition.of(Feature.CONTRACT_COUNT, Operator.EQ, 3).values()).containsExactly(3L);
    }

    private static String nest(int depth, String inner) {
        String rule = inner;
        for (int i = 0; i < depth; i++) {
            rule = "{'op':'AND','rules':[" + rule + "]}";
        }
        return rule;
    }

    private static String conditions(int count) {
        String ten = "{'op':'OR','rules':[" + String.join(",", Collections.nCopies(10, cond("level", "EQ", "'KEY'"))) + "]}";
        int groups = count / 10;
        String rest = count % 10 == 0 ? "" : ",{'op':'OR','rules':["
                + String.join(",", Collections.nCopies(count % 10, cond("level", "EQ", "'KEY'"))) + "]}";
        return "{'op':'AND','rules':[" + String.join(",", Collections.nCopies(groups, ten)) + rest + "]}";
    }
}
