package io.pulsecrm.oltp.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Reading CSV the way Excel writes it. */
class LeadSheetsTest {

    private static List<List<String>> csv(String text) throws LeadSheets.Unreadable {
        return LeadSheets.csv(text.getBytes(StandardCharsets.UTF_8), 100);
    }

    @Test
    void aBomIsDroppedAndQuotedValuesKeepCommasQuotesAndLineBreaks() throws Exception {
        List<List<String>> rows = csv("\uFEFF姓名,备注\r\n张三,\"说 \"\"你好\"\", 再见\r\n第二行\"\r\n");

        assertThat(rows).containsExactly(List.of("姓名", "备注"), List.of("张三", "说 \"你好\", 再见\r\n第二行"));
    }

    @Test
    void aLastLineWithoutLineBreakAndEmptyCellsAreRead() throws Exception {
        assertThat(csv("a,b,c\n1,,3")).containsExactly(List.of("a", "b", "c"), List.of("1", "", "3"));
    }

    @Test
    void readingStopsJustPastTheRowLimit() throws Exception {
        StringBuilder text = new StringBuilder("name\n");
        for (int i = 0; i < 500; i++) {
            text.append(i).append('\n');
        }
        assertThat(LeadSheets.csv(text.toString().getBytes(StandardCharsets.UTF_8), 10)).hasSize(12);
    }

    @Test
    void textThatIsNotUtf8OrAnUnclosedQuoteIsUnreadable() {
        assertThatThrownBy(() -> LeadSheets.csv(new byte[] {'a', (byte) 0xB0, (byte) 0xA1}, 10))
                .isInstanceOf(LeadSheets.Unreadable.class).hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> csv("a\n\"open")).isInstanceOf(LeadSheets.Unreadable.class);
    }

    @Test
    void headersAreMatchedInChineseOrEnglish() {
        assertThat(LeadColumns.byHeader(" 电话 ")).contains(LeadColumns.PHONE);
        assertThat(LeadColumns.byHeader("CampaignId")).contains(LeadColumns.CAMPAIGN);
        assertThat(LeadColumns.byHeader("\uFEFF姓名")).contains(LeadColumns.NAME);
        assertThat(LeadColumns.byHeader("电活")).isEmpty();
    }

    @Test
    void exportedCellsAreQuotedWhenNeededAndNeverFormulas() {
        assertThat(LeadExport.csv("逗号, 公司")).isEqualTo("\"逗号, 公司\"");
        assertThat(LeadExport.csv("=1+1")).isEqualTo("'=1+1");
        assertThat(LeadExport.csv("-2+3+cmd|' /C calc'!A0")).startsWith("'-2");
        assertThat(LeadExport.csv("+86 138-0000-0000")).isEqualTo("+86 138-0000-0000");
        assertThat(LeadExport.csv("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }
}
